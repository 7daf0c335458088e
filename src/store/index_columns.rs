//! How an inbox row's values are written to and read from the index's
//! columns (times as nanoseconds, steps and states by name).

use rusqlite::Row;
use time::OffsetDateTime;

use crate::domain::StepKind;
use crate::domain::inbox_row::CaseRow;
use crate::domain::progress::CaseState;

/// Separates author names in the `authors` column (never typed in a name).
pub(super) const SEP: char = '\u{1f}';

/// The columns a [`CaseRow`] is read from, in [`row_from`]'s order.
pub(super) const ROW_COLUMNS: &str = "id, customer, platform, platform_id, rating, headline, playbook, \
     state, created_at, received_at, deadline, sent, done, total, pending_step, \
     peer_review_open, review_pending, authors, cooldown_opens_at, latest_event_at, \
     changed, follow_up_due, practice, closing, answered, assignee, owner_approval_open";

pub(super) fn nanos(t: OffsetDateTime) -> i64 {
    i64::try_from(t.unix_timestamp_nanos()).unwrap_or(i64::MAX)
}

pub(super) fn time_of(n: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(n)).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// How a name is compared with the draft authors (as `same_person`).
/// A name as the domain compares people (`identity::name_key`): case,
/// hidden characters and lookalike letters fold away, so "B\u{435}n" finds
/// Ben's reviews here as it does on a freshly folded case.
pub(super) fn person_key(name: &str) -> String {
    crate::domain::identity::name_key(name)
}

pub(super) fn step_name(kind: StepKind) -> &'static str {
    kind.label()
}

pub(super) fn step_of(name: &str) -> Option<StepKind> {
    serde_json::from_value(serde_json::Value::String(name.into())).ok()
}

/// The `state` column's words, as the index has always stored them (its
/// queries compare with `'closed'`).
pub(super) const STATES: [(CaseState, &str); 5] = [
    (CaseState::New, "new"),
    (CaseState::InProgress, "in progress"),
    (CaseState::Sent, "sent"),
    (CaseState::Closed, "closed"),
    (CaseState::Parked, "parked"),
];

pub(super) fn state_name(state: CaseState) -> &'static str {
    match state {
        CaseState::New => STATES[0].1,
        CaseState::InProgress => STATES[1].1,
        CaseState::Sent => STATES[2].1,
        CaseState::Closed => STATES[3].1,
        CaseState::Parked => STATES[4].1,
    }
}

pub(super) fn state_at(r: &Row, i: usize) -> rusqlite::Result<CaseState> {
    let name: String = r.get(i)?;
    STATES
        .iter()
        .find(|(_, n)| *n == name)
        .map(|(s, _)| *s)
        .ok_or(rusqlite::Error::InvalidColumnType(
            i,
            name,
            rusqlite::types::Type::Text,
        ))
}

pub(super) fn usize_at(r: &Row, i: usize) -> rusqlite::Result<usize> {
    Ok(usize::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
}

pub(super) fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

pub(super) fn row_from(r: &Row) -> rusqlite::Result<CaseRow> {
    let authors: String = r.get(17)?;
    Ok(CaseRow {
        id: r.get(0)?,
        customer: r.get(1)?,
        platform: r.get(2)?,
        platform_id: r.get(3)?,
        rating: r.get(4)?,
        headline: r.get(5)?,
        playbook: r.get(6)?,
        state: state_at(r, 7)?,
        created_at: time_of(r.get(8)?),
        received_at: time_of(r.get(9)?),
        deadline: time_of(r.get(10)?),
        sent: r.get(11)?,
        done: usize_at(r, 12)?,
        total: usize_at(r, 13)?,
        pending_step: r.get::<_, Option<String>>(14)?.as_deref().and_then(step_of),
        peer_review_open: r.get(15)?,
        review_pending: r.get(16)?,
        authors: authors
            .split(SEP)
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .collect(),
        cooldown_opens_at: r.get::<_, Option<i64>>(18)?.map(time_of),
        latest_event_at: time_of(r.get(19)?),
        review_changed_after_send: r.get(20)?,
        follow_up_due: r.get::<_, Option<i64>>(21)?.map(time_of),
        practice: r.get(22)?,
        closing: r.get(23)?,
        answered: r.get(24)?,
        assignee: r.get(25)?,
        owner_approval_open: r.get(26)?,
    })
}
