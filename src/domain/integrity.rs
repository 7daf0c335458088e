//! Tamper evidence. Each person's events on a case form a hash chain (each
//! names the sha256 of that person's previous event file, the first one the
//! `created` file); sequence numbers have no gaps; nothing is dated before
//! the case began; the playbook copy matches its hash. What fails is a hand
//! edit: both gates stay closed until a team member who wrote none of the
//! drafts looks at exactly those findings and accepts them.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use super::case::Case;
use super::event::{Event, EventKind};
use super::identity::chain_key;
use super::team::NotOnRoster;

/// One event file as the store read it.
#[derive(Debug, Clone, Copy)]
pub struct EventRecord<'a> {
    /// The file name (shown to people).
    pub file: &'a str,
    /// The sequence number its name starts with, if it has one.
    pub seq: Option<u64>,
    /// sha256 of the file's bytes, lower-case hex.
    pub sha256: &'a str,
    pub event: &'a Event,
}

/// One inconsistency a hand edit leaves.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum HandEdit {
    /// The file before this one in its author's chain changed or is gone.
    ChainBroken { file: String, by: String },
    /// The author's chain had started, but this event names no predecessor.
    ChainMissing { file: String, by: String },
    /// Sequence numbers jump: files were removed.
    Missing { seq: u64 },
    /// Dated before the case was created.
    BeforeCreated { file: String },
    /// Dated well before the same person's previous event.
    OutOfOrder { file: String },
    /// The playbook copied into the case no longer matches its hash.
    PlaybookCopyChanged,
}

/// How far back a person's clock may step between their events (clock
/// corrections happen) before it counts as out of order.
pub const CLOCK_SLACK_MINUTES: i64 = 5;

/// `at` less the clock slack (the earliest time still counted as `at`).
pub fn with_slack(at: time::OffsetDateTime) -> time::OffsetDateTime {
    at.checked_sub(time::Duration::minutes(CLOCK_SLACK_MINUTES))
        .unwrap_or(at)
}

/// Every inconsistency in one case's event files, in fold order.
/// `playbook_sha256` is the hash of the playbook copy as the store
/// serialises it, compared with the one recorded at creation.
pub fn check(records: &[EventRecord], playbook_sha256: Option<&str>) -> Vec<HandEdit> {
    let mut out = Vec::new();
    let Some(first) = records.first() else {
        return out;
    };
    if let (
        EventKind::Created {
            playbook_sha256: recorded,
            ..
        },
        Some(actual),
    ) = (&first.event.kind, playbook_sha256)
        && recorded != actual
    {
        out.push(HandEdit::PlaybookCopyChanged);
    }
    let created_at = first.event.at;
    // Files written before chains existed name no predecessor; once any
    // event of a case does, every later one must.
    let chained = records.iter().any(|r| r.event.prev.is_some());
    // Per person: the sha of their last event, whether their chain started,
    // and when their last event was.
    let mut last: HashMap<String, (&str, bool, time::OffsetDateTime)> = HashMap::new();
    for r in &records[1..] {
        let key = chain_key(&r.event.by);
        let (expected, started, prev_at) =
            last.get(&key)
                .copied()
                .unwrap_or((first.sha256, false, created_at));
        let by = r.event.by.clone();
        match &r.event.prev {
            Some(p) if p != expected => out.push(HandEdit::ChainBroken {
                file: r.file.to_string(),
                by,
            }),
            None if started || chained => out.push(HandEdit::ChainMissing {
                file: r.file.to_string(),
                by,
            }),
            _ => {}
        }
        if r.event.at < with_slack(created_at) {
            out.push(HandEdit::BeforeCreated {
                file: r.file.to_string(),
            });
        } else if r.event.at < with_slack(prev_at) {
            out.push(HandEdit::OutOfOrder {
                file: r.file.to_string(),
            });
        }
        let now_started = started || r.event.prev.is_some();
        last.insert(key, (r.sha256, now_started, r.event.at.max(prev_at)));
    }
    let seqs: std::collections::BTreeSet<u64> = records.iter().filter_map(|r| r.seq).collect();
    if let Some(max) = seqs.last() {
        out.extend(
            (1..*max)
                .filter(|s| !seqs.contains(s))
                .map(|seq| HandEdit::Missing { seq }),
        );
    }
    out
}

/// The hash a `hand_edits_accepted` event names: these exact findings.
pub fn findings_sha256(findings: &[String]) -> String {
    let mut h = Sha256::new();
    for f in findings {
        h.update(f.as_bytes());
        h.update(b"\n");
    }
    format!("{:x}", h.finalize())
}

/// Why someone may not accept a case's hand edits (worded by
/// `present::integrity`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AcceptanceRefusal {
    /// `heard verify` finds nothing to accept.
    NothingToAccept,
    /// The findings were read before they changed.
    FindingsChanged,
    /// They wrote part of the drafts.
    Author(String),
    /// The team has no roster, so nobody is a member who may accept.
    NoRoster,
    NotOnTeam(NotOnRoster),
}

/// Why `by` may not accept the case's hand edits, if they may not.
pub fn acceptance_refusal(
    case: &Case,
    by: &str,
    findings_sha256: &str,
) -> Option<AcceptanceRefusal> {
    if case.hand_edits.is_empty() {
        return Some(AcceptanceRefusal::NothingToAccept);
    }
    if *findings_sha256 != self::findings_sha256(&case.hand_edits) {
        return Some(AcceptanceRefusal::FindingsChanged);
    }
    if case.is_author(by) {
        return Some(AcceptanceRefusal::Author(by.to_string()));
    }
    if case.team.is_open() {
        return Some(AcceptanceRefusal::NoRoster);
    }
    case.team.refusal(by).map(AcceptanceRefusal::NotOnTeam)
}

/// Hand edits nobody has accepted yet (empty when the case is clean or a
/// team member accepted exactly these findings).
pub fn unaccepted(case: &Case) -> &[String] {
    let sha = findings_sha256(&case.hand_edits);
    let accepted = case.accepted_hand_edits.iter().any(|(who, s)| {
        *s == sha && !case.is_author(who) && !case.team.is_open() && case.team.allows(who)
    });
    if accepted { &[] } else { &case.hand_edits }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::T0;
    use time::Duration;

    fn ev(min: i64, by: &str, kind: EventKind, prev: Option<&str>) -> Event {
        let mut e = Event::new(T0 + Duration::minutes(min), by, kind);
        e.prev = prev.map(str::to_string);
        e
    }

    fn created() -> EventKind {
        EventKind::Created {
            playbook: Some(Box::new(crate::domain::test_support::playbook(
                "[gates]\ncooldown_minutes = 15\nupset_cooldown_minutes = 60\n",
                &["compose"],
            ))),
            playbook_sha256: "pb".into(),
        }
    }

    /// (name, sha, event) rows with sequence numbers 1, 2, 3…
    fn run(rows: &[(&str, &str, Event)], skip_seq: Option<u64>, pb: &str) -> Vec<String> {
        let recs: Vec<EventRecord> = rows
            .iter()
            .enumerate()
            .map(|(i, (file, sha, e))| {
                let seq = i as u64 + 1 + u64::from(skip_seq.is_some_and(|s| i as u64 + 1 >= s));
                EventRecord {
                    file,
                    seq: Some(seq),
                    sha256: sha,
                    event: e,
                }
            })
            .collect();
        check(&recs, Some(pb))
            .iter()
            .map(|h| h.to_string())
            .collect()
    }

    /// (what, rows, a gap at, playbook hash, the finding expected or none)
    type HandEditRow = (
        &'static str,
        Vec<(&'static str, &'static str, Event)>,
        Option<u64>,
        &'static str,
        Option<&'static str>,
    );

    // The events the hand-edit tables chain: made, opened, a check-in, and
    // Bob opening it.
    fn made() -> Event {
        ev(0, "ann", created(), None)
    }

    fn opened(prev: Option<&str>) -> Event {
        ev(1, "ann", EventKind::Opened, prev)
    }

    fn check_in(min: i64, prev: Option<&str>) -> Event {
        ev(min, "ann", EventKind::CheckedIn { level: 4 }, prev)
    }

    fn bob_opened(prev: Option<&str>) -> Event {
        ev(3, "Bob", EventKind::Opened, prev)
    }

    /// The first rows of [`hand_edits_are_found_table`].
    fn hand_edits_are_found_table_rows() -> Vec<HandEditRow> {
        // (what, rows, a gap at, playbook hash, the finding expected or none)
        vec![
            (
                "a clean chain",
                vec![
                    ("1", "h1", made()),
                    ("2", "h2", opened(Some("h1"))),
                    ("3", "h3", check_in(2, Some("h2"))),
                    ("4", "h4", bob_opened(Some("h1"))),
                ],
                None,
                "pb",
                None,
            ),
            (
                "older files without a chain",
                vec![
                    ("1", "h1", made()),
                    ("2", "h2", opened(None)),
                    ("3", "h3", check_in(2, None)),
                ],
                None,
                "pb",
                None,
            ),
            (
                "an earlier event edited",
                vec![
                    ("1", "h1", made()),
                    ("2", "hX", opened(Some("h1"))),
                    ("3", "h3", check_in(2, Some("h2"))),
                ],
                None,
                "pb",
                Some("3: the event before it by ann"),
            ),
            (
                "created edited (gates)",
                vec![("1", "hX", made()), ("2", "h2", opened(Some("h1")))],
                None,
                "pb",
                Some("2: the event before it by ann"),
            ),
            (
                "playbook copy edited",
                vec![("1", "h1", made())],
                None,
                "other",
                Some("does not match its hash"),
            ),
        ]
    }

    /// The rest of [`hand_edits_are_found_table`].
    fn hand_edits_are_found_table_more_rows() -> Vec<HandEditRow> {
        // (what, rows, a gap at, playbook hash, the finding expected or none)
        vec![
            (
                "an event written by hand mid-chain",
                vec![
                    ("1", "h1", made()),
                    ("2", "h2", opened(Some("h1"))),
                    ("3", "h3", check_in(2, None)),
                ],
                None,
                "pb",
                Some("does not name ann's previous"),
            ),
            (
                "a file deleted",
                vec![
                    ("1", "h1", made()),
                    ("2", "h2", opened(Some("h1"))),
                    ("4", "h4", bob_opened(Some("h1"))),
                ],
                Some(3),
                "pb",
                Some("event 00000003 is missing"),
            ),
            (
                "opened moved before creation",
                vec![
                    ("1", "h1", made()),
                    (
                        "2",
                        "h2",
                        ev(-60 * 24, "ann", EventKind::Opened, Some("h1")),
                    ),
                ],
                None,
                "pb",
                Some("dated before the case was created"),
            ),
            (
                "time moved back by its author",
                vec![
                    ("1", "h1", made()),
                    ("2", "h2", check_in(60, Some("h1"))),
                    ("3", "h3", check_in(10, Some("h2"))),
                ],
                None,
                "pb",
                Some("3: dated before its author's previous event"),
            ),
            (
                "a lookalike name is the same chain",
                vec![
                    ("1", "h1", made()),
                    ("2", "h2", opened(Some("h1"))),
                    (
                        "3",
                        "h3",
                        ev(2, "\u{0430}nn", EventKind::Opened, Some("h1")),
                    ),
                ],
                None,
                "pb",
                Some("3: the event before it"),
            ),
        ]
    }

    #[test]
    fn hand_edits_are_found_table() {
        let mut table = hand_edits_are_found_table_rows();
        table.extend(hand_edits_are_found_table_more_rows());
        for (what, rows, gap, pb, want) in table {
            let found = run(&rows, gap, pb);
            match want {
                None => assert!(found.is_empty(), "{what}: {found:?}"),
                Some(part) => assert!(found.iter().any(|f| f.contains(part)), "{what}: {found:?}"),
            }
        }
    }
}
