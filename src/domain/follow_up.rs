//! Following up after the reply went out (seed 003: "follow up on
//! resolutions"). The date defaults to the playbook's `follow_up_days` after
//! sending; a review edited on the platform after our reply makes a
//! follow-up due at once. Marking it done records how it ended.

use time::{Duration, OffsetDateTime};

use super::case::Case;
use super::when::later;

pub use super::follow_up_outcome::{FollowUpOutcome, FollowUpRecord};

/// Days a follow-up date may lie after sending, at most.
pub const MAX_DAYS: i64 = 365;

/// The playbook's suggestion: `follow_up_days` after sending.
pub fn default_due(case: &Case) -> Option<OffsetDateTime> {
    let days = i64::from(case.playbook.gates.follow_up_days);
    case.sent
        .as_ref()
        .map(|s| later(s.at, Duration::days(days)))
}

/// When the next follow-up is due: the date set after sending, or the
/// playbook's default when none was set (a reply sent from the command line
/// still gets one); none once a follow-up was done and no new date set.
pub fn due_at(case: &Case) -> Option<OffsetDateTime> {
    case.sent.as_ref()?;
    match case.follow_up_due {
        Some(due) => Some(due),
        None if case.follow_ups.is_empty() => default_due(case),
        None => None,
    }
}

/// Whether the case belongs in "follow-up due": its date came, or the
/// customer changed the review after our reply.
pub fn is_due(case: &Case, now: OffsetDateTime) -> bool {
    case.sent.is_some()
        && (case.review_changed_after_send || due_at(case).is_some_and(|d| d <= now))
}

/// Why a follow-up is due (worded by `present::follow_up`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueReason {
    /// The customer changed their review after our reply.
    ReviewChanged,
    /// The follow-up date has come.
    DateCame,
}

/// Why it is due.
pub fn due_reason(case: &Case, now: OffsetDateTime) -> Option<DueReason> {
    if !is_due(case, now) {
        return None;
    }
    Some(if case.review_changed_after_send {
        DueReason::ReviewChanged
    } else {
        DueReason::DateCame
    })
}

/// Why a follow-up date cannot be set or a follow-up marked done (worded
/// by `present::follow_up`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpRefusal {
    /// The reply to this customer has not been sent yet.
    NotSent {
        customer: String,
    },
    BeforeSending,
    /// Later than [`MAX_DAYS`] after sending.
    TooFar,
    /// "Other" says nothing without a note.
    OtherNeedsNote,
    /// This follow-up was already recorded, with this outcome.
    AlreadyRecorded(FollowUpOutcome),
}

/// Whether the person should still be asked for a follow-up date.
pub fn needs_date(case: &Case) -> bool {
    case.sent.is_some() && case.follow_up_due.is_none() && case.follow_ups.is_empty()
}

/// Move a proposed date by `days`, kept between the day of sending and
/// [`MAX_DAYS`] after it.
pub fn shift(case: &Case, due: OffsetDateTime, days: i64) -> OffsetDateTime {
    let Some(sent) = &case.sent else {
        return later(due, Duration::days(days));
    };
    later(due, Duration::days(days)).clamp(sent.at, later(sent.at, Duration::days(MAX_DAYS)))
}

/// Why a follow-up date cannot be set, if it cannot.
pub fn set_refusal(case: &Case, due: OffsetDateTime) -> Option<FollowUpRefusal> {
    let Some(sent) = &case.sent else {
        return Some(not_sent(case));
    };
    if due < sent.at {
        return Some(FollowUpRefusal::BeforeSending);
    }
    if due > later(sent.at, Duration::days(MAX_DAYS)) {
        return Some(FollowUpRefusal::TooFar);
    }
    None
}

/// Why a follow-up cannot be marked done, if it cannot.
pub fn done_refusal(case: &Case, outcome: FollowUpOutcome, note: &str) -> Option<FollowUpRefusal> {
    if case.sent.is_none() {
        return Some(not_sent(case));
    }
    if outcome == FollowUpOutcome::Other && note.trim().is_empty() {
        return Some(FollowUpRefusal::OtherNeedsNote);
    }
    // One outcome per follow-up: a second `--done` would record both.
    let open = due_at(case).is_some() || case.review_changed_after_send;
    if let (false, Some(last)) = (open, case.follow_ups.last()) {
        return Some(FollowUpRefusal::AlreadyRecorded(last.outcome));
    }
    None
}

fn not_sent(case: &Case) -> FollowUpRefusal {
    FollowUpRefusal::NotSent {
        customer: case.review.customer.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{self, T0};
    use crate::domain::{Event, EventKind, Review};

    fn at(hours: i64) -> OffsetDateTime {
        T0 + Duration::hours(hours)
    }

    fn fold(kinds: Vec<(i64, EventKind)>) -> Case {
        let playbook = test_support::playbook(
            "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\nfollow_up_days = 3",
            &["compose"],
        );
        let review = Review::from_plain_text("Cold.", &Default::default(), T0).unwrap();
        let events = kinds.into_iter().map(|(h, k)| Event::new(at(h), "ann", k));
        test_support::fold("c", review, &playbook, events)
    }

    fn sent() -> (i64, EventKind) {
        (
            1,
            EventKind::Sent {
                channel: "file".into(),
                drafts_sha256: String::new(),
            },
        )
    }

    fn done(h: i64) -> (i64, EventKind) {
        (
            h,
            EventKind::FollowUpDone {
                outcome: FollowUpOutcome::Resolved,
                note: String::new(),
            },
        )
    }

    fn edited(h: i64) -> (i64, EventKind) {
        let mut review = Review::from_plain_text("Better now.", &Default::default(), T0).unwrap();
        review.rating = Some(4);
        (
            h,
            EventKind::ReviewUpdated {
                review: Box::new(review),
            },
        )
    }

    #[test]
    #[allow(clippy::type_complexity)] // a table read row by row
    fn due_table() {
        let set = |h: i64, due: i64| (h, EventKind::FollowUpSet { due: at(due) });
        // (events, now in hours, due_at in hours, due now, asks for a date)
        let table: Vec<(Vec<(i64, EventKind)>, i64, Option<i64>, bool, bool)> = vec![
            (vec![], 200, None, false, false),
            (vec![edited(2)], 200, None, false, false),
            (vec![sent()], 2, Some(1 + 72), false, true),
            (vec![sent()], 73, Some(73), true, true),
            (vec![sent(), set(2, 30)], 29, Some(30), false, false),
            (vec![sent(), set(2, 30)], 30, Some(30), true, false),
            (vec![sent(), set(2, 30), done(31)], 500, None, false, false),
            (vec![sent(), edited(2)], 2, Some(73), true, true),
            (vec![sent(), edited(2), done(3)], 4, None, false, false),
            (vec![sent(), done(3), edited(4)], 4, None, true, false),
            (
                vec![sent(), done(3), set(4, 100)],
                100,
                Some(100),
                true,
                false,
            ),
        ];
        for (i, (events, now, due, is, asks)) in table.into_iter().enumerate() {
            let c = fold(events);
            assert_eq!(due_at(&c), due.map(at), "row {i}");
            assert_eq!(is_due(&c, at(now)), is, "row {i}");
            assert_eq!(due_reason(&c, at(now)).is_some(), is, "row {i}");
            assert_eq!(needs_date(&c), asks, "row {i}");
        }
    }

    #[test]
    fn dates_stay_between_sending_and_a_year() {
        let c = fold(vec![sent()]);
        let due = default_due(&c).unwrap();
        assert_eq!(due, at(73));
        assert_eq!(shift(&c, due, 1), at(97));
        assert_eq!(shift(&c, due, -10), at(1), "never before sending");
        assert_eq!(shift(&c, due, 1000), at(1) + Duration::days(MAX_DAYS));
        assert!(set_refusal(&c, at(0)).is_some());
        assert_eq!(set_refusal(&c, at(5)), None);
        assert!(
            set_refusal(&fold(vec![]), at(5))
                .unwrap()
                .to_string()
                .contains("not been sent")
        );
    }

    #[test]
    fn outcomes_parse_and_other_needs_a_note() {
        for o in FollowUpOutcome::ALL {
            assert_eq!(o.cli_name().parse::<FollowUpOutcome>(), Ok(o));
        }
        assert_eq!("Review_Updated".parse(), Ok(FollowUpOutcome::ReviewUpdated));
        assert_eq!("updated".parse(), Ok(FollowUpOutcome::ReviewUpdated));
        assert!(
            "maybe"
                .parse::<FollowUpOutcome>()
                .unwrap_err()
                .to_string()
                .contains("no-answer")
        );
        let c = fold(vec![sent()]);
        assert!(done_refusal(&c, FollowUpOutcome::Other, " ").is_some());
        assert_eq!(done_refusal(&c, FollowUpOutcome::Other, "called"), None);
        assert_eq!(done_refusal(&c, FollowUpOutcome::NoAnswer, ""), None);
        assert!(done_refusal(&fold(vec![]), FollowUpOutcome::Resolved, "").is_some());
    }

    /// `--done resolved` then `--done no-answer` recorded both; a new date
    /// (or the customer changing the review) opens the next follow-up.
    #[test]
    fn a_follow_up_is_closed_once() {
        let once = fold(vec![sent(), done(80)]);
        let why = done_refusal(&once, FollowUpOutcome::NoAnswer, "")
            .expect("refused")
            .to_string();
        assert!(why.contains("already recorded as resolved"), "{why}");
        let due = at(200);
        let again = fold(vec![sent(), done(80), (90, EventKind::FollowUpSet { due })]);
        assert_eq!(done_refusal(&again, FollowUpOutcome::NoAnswer, ""), None);
        let early = fold(vec![sent()]);
        assert_eq!(done_refusal(&early, FollowUpOutcome::Resolved, ""), None);
    }

    #[test]
    fn old_event_files_without_a_note_still_read() {
        let json = r#"{"at":"2026-11-23T09:00:00Z","by":"ann","type":"follow_up_done","outcome":"no_answer"}"#;
        let e: Event = serde_json::from_str(json).unwrap();
        assert_eq!(
            e.kind,
            EventKind::FollowUpDone {
                outcome: FollowUpOutcome::NoAnswer,
                note: String::new()
            }
        );
    }
}
