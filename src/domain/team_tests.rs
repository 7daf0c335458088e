//! Table-driven tests of the team rules: the roster, stale approvals told
//! to the author, line-anchored comments, and the debrief.
#![allow(clippy::type_complexity)] // the tables are read row by row

use super::case::Case;
use super::comments::{Anchor, DraftPart, LineComment, ReviewComment};
use super::debrief::DebriefField;
use super::draft::Drafts;
use super::event::{Event, EventKind};
use super::gate::{approval_refusal, peer_review, stale_approval};
use super::gate_tests::{approve, at, case_with, edit, request};
use super::team::Roster;
use super::test_support;

const PRIVATE: &str = "Option A or option B, by Friday.";

fn hash(public: &str) -> String {
    Drafts::new(public, PRIVATE).sha256()
}

fn request_with(public: &str, comments: Vec<LineComment>) -> EventKind {
    EventKind::ChangesRequested {
        drafts_sha256: hash(public),
        comment: super::comments::summarise(&comments),
        comments,
    }
}

fn anchored(draft: DraftPart, line: u32, text: &str) -> LineComment {
    LineComment {
        text: text.into(),
        anchor: Some(Anchor {
            draft,
            line,
            quote: String::new(),
        }),
    }
}

/// The first rows of [`roster_table`].
fn roster_table_rows() -> Vec<(
    Roster,
    Vec<(i64, &'static str, EventKind)>,
    &'static str,
    Option<&'static str>,
    bool,
    &'static str,
)> {
    // (roster, events, approver asking, refusal contains, gate open, gate reason)
    vec![
        // No roster: anyone who is not an author.
        (
            Roster::anyone(),
            vec![(1, "ann", edit("Thanks")), (2, "zed", approve("Thanks"))],
            "zed",
            None,
            true,
            "approved by zed",
        ),
        // A roster: members may approve, names compared without case.
        (
            Roster::new(["Ann", "Bob"]),
            vec![(1, "ann", edit("Thanks")), (2, "bob", approve("Thanks"))],
            "BOB ",
            None,
            true,
            "approved by bob",
        ),
        // Someone outside it is refused, and their approval (synced in from a
        // machine without the roster) never opens the gate.
        (
            Roster::new(["ann", "bob"]),
            vec![(1, "ann", edit("Thanks")), (2, "zed", approve("Thanks"))],
            "zed",
            Some("not on the team roster"),
            false,
            "zed approved, but is not on the team roster",
        ),
    ]
}

/// The rest of [`roster_table`].
fn roster_table_more_rows() -> Vec<(
    Roster,
    Vec<(i64, &'static str, EventKind)>,
    &'static str,
    Option<&'static str>,
    bool,
    &'static str,
)> {
    // (roster, events, approver asking, refusal contains, gate open, gate reason)
    let drafted = || vec![(1, "ann", edit("Thanks"))];
    vec![
        // A member who wrote the drafts is still an author.
        (
            Roster::new(["ann", "bob"]),
            drafted(),
            "ann",
            Some("wrote part of these drafts"),
            false,
            "waiting for a colleague",
        ),
        // A member who edited as a reviewer is an author too.
        (
            Roster::new(["ann", "bob"]),
            vec![(1, "ann", edit("Thanks")), (2, "bob", edit("Thank you"))],
            "bob",
            Some("cannot approve"),
            false,
            "waiting for a colleague",
        ),
        // A nameless approver is refused.
        (
            Roster::anyone(),
            drafted(),
            "  ",
            Some("needs a name"),
            false,
            "waiting",
        ),
    ]
}

#[test]
fn roster_table() {
    let mut table = roster_table_rows();
    table.extend(roster_table_more_rows());
    for (i, (roster, events, who, refusal, open, reason)) in table.into_iter().enumerate() {
        let mut case = case_with(true, events);
        case.team = roster;
        match (approval_refusal(&case, who).map(|r| r.to_string()), refusal) {
            (None, None) => {}
            (Some(got), Some(part)) => assert!(got.contains(part), "row {i}: {got}"),
            (got, want) => panic!("row {i}: refusal {got:?}, wanted {want:?}"),
        }
        let (g_open, g_reason) = (
            peer_review(&case).open,
            peer_review(&case).reason.to_string(),
        );
        assert_eq!(g_open, open, "row {i}: {g_reason}");
        assert!(g_reason.contains(reason), "row {i}: {g_reason}");
    }
}

#[test]
fn stale_approval_tells_the_author_who_edited_table() {
    let table: Vec<(Vec<(i64, &str, EventKind)>, Option<&str>)> = vec![
        (vec![(1, "ann", edit("Thanks"))], None),
        (
            vec![(1, "ann", edit("Thanks")), (2, "bob", approve("Thanks"))],
            None,
        ),
        (
            vec![
                (1, "ann", edit("Thanks")),
                (2, "bob", approve("Thanks")),
                (3, "ann", edit("Thanks!")),
            ],
            Some("approval by bob is stale since ann edited the drafts (2026-11-23 09:03 UTC)"),
        ),
        // The edit of a third person is named, not the first author.
        (
            vec![
                (1, "ann", edit("Thanks")),
                (2, "bob", approve("Thanks")),
                (3, "cy", edit("Thanks!")),
            ],
            Some("since cy edited"),
        ),
        // Editing back to the approved text makes the approval count again.
        (
            vec![
                (1, "ann", edit("Thanks")),
                (2, "bob", approve("Thanks")),
                (3, "ann", edit("Thanks!")),
                (4, "ann", edit("Thanks")),
            ],
            None,
        ),
        // An approval given to an older version than the one on file.
        (
            vec![
                (1, "ann", edit("Thanks")),
                (2, "ann", edit("Thank you")),
                (3, "bob", approve("Thanks")),
            ],
            Some("was for an earlier version"),
        ),
    ];
    for (i, (events, want)) in table.into_iter().enumerate() {
        let case = case_with(true, events);
        let got = stale_approval(&case);
        match (&got, want) {
            (None, None) => {}
            (Some(g), Some(w)) => {
                assert!(g.to_string().contains(w), "row {i}: {g}");
                // The gate says the same thing.
                assert!(peer_review(&case).reason.to_string().contains(w), "row {i}");
            }
            _ => panic!("row {i}: {got:?}, wanted {want:?}"),
        }
    }
}

#[test]
fn anchor_parse_table() {
    let drafts = Drafts::new("Hi Mara,\nWe are sorry.\n", "One\nTwo\nThree");
    let table: Vec<(&str, Result<(DraftPart, u32, &str), &str>)> = vec![
        ("public:1", Ok((DraftPart::Public, 1, "Hi Mara,"))),
        ("public:2", Ok((DraftPart::Public, 2, "We are sorry."))),
        (" Private : 3 ", Ok((DraftPart::Private, 3, "Three"))),
        ("priv:1", Ok((DraftPart::Private, 1, "One"))),
        ("public:3", Err("has 2 line(s); there is no line 3")),
        ("public:0", Err("there is no line 0")),
        ("public", Err("write it as public:3")),
        ("draft:1", Err("write it as public:3")),
        ("public:x", Err("write it as public:3")),
    ];
    for (spec, want) in table {
        let got = Anchor::parse(spec, &drafts);
        match (got, want) {
            (Ok(a), Ok((d, l, q))) => {
                assert_eq!((a.draft, a.line, a.quote.as_str()), (d, l, q), "{spec}")
            }
            (Err(e), Err(part)) => assert!(e.to_string().contains(part), "{spec}: {e}"),
            (got, want) => panic!("{spec}: {got:?}, wanted {want:?}"),
        }
    }
}

/// (events after the request, open comment texts)
type CommentRow = (Vec<(i64, &'static str, EventKind)>, Vec<&'static str>);

/// Rows of [`comments_fold_resolve_and_stay_open_table`], about the
/// request's two comments `all`.
fn comment_rows(all: &[String]) -> Vec<CommentRow> {
    vec![
        (vec![], vec!["say sorry first", "warmer, please"]),
        (
            vec![(
                3,
                "ann",
                EventKind::CommentResolved {
                    comment_id: all[0].clone(),
                },
            )],
            vec!["warmer, please"],
        ),
        // An unknown id changes nothing; resolving twice is harmless.
        (
            vec![
                (
                    3,
                    "ann",
                    EventKind::CommentResolved {
                        comment_id: "nope".into(),
                    },
                ),
                (
                    4,
                    "ann",
                    EventKind::CommentResolved {
                        comment_id: all[1].clone(),
                    },
                ),
                (
                    5,
                    "cy",
                    EventKind::CommentResolved {
                        comment_id: all[1].clone(),
                    },
                ),
            ],
            vec!["say sorry first"],
        ),
        // Editing the drafts does not resolve comments by itself.
        (
            vec![(3, "ann", edit("Sorry, and thanks"))],
            vec!["say sorry first", "warmer, please"],
        ),
    ]
}

#[test]
fn comments_fold_resolve_and_stay_open_table() {
    let c1 = anchored(DraftPart::Public, 1, "say sorry first");
    let c2 = LineComment::general("warmer, please");
    let req = (2, "bob", request_with("Thanks", vec![c1, c2]));
    let ids = |case: &Case| -> Vec<String> { case.comments.iter().map(|c| c.id.clone()).collect() };
    let base = case_with(true, vec![(1, "ann", edit("Thanks")), req.clone()]);
    let all = ids(&base);
    assert_eq!(all.len(), 2);
    assert_ne!(all[0], all[1]);
    let table = comment_rows(&all);
    for (i, (more, open)) in table.into_iter().enumerate() {
        let mut events = vec![(1, "ann", edit("Thanks")), req.clone()];
        events.extend(more);
        let case = case_with(true, events);
        assert_eq!(ids(&case), all, "row {i}: ids are stable");
        let got: Vec<&str> = case
            .open_comments()
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(got, open, "row {i}");
    }
    let resolved = case_with(
        true,
        vec![
            (1, "ann", edit("Thanks")),
            req,
            (
                3,
                "ann",
                EventKind::CommentResolved {
                    comment_id: all[0].clone(),
                },
            ),
        ],
    );
    assert_eq!(resolved.comments[0].resolved_by.as_deref(), Some("ann"));
    assert_eq!(
        resolved.comments[0].anchor.as_ref().unwrap().to_string(),
        "public:1"
    );
    assert_eq!(
        resolved.comments[0].summary(),
        "bob on public:1: say sorry first"
    );
}

#[test]
fn old_change_requests_without_comments_still_read_and_resolve() {
    // An event file written before comments existed.
    let json = format!(
        r#"{{"at":"2026-11-23T09:02:00Z","by":"bob","type":"changes_requested","drafts_sha256":"{}","comment":"less stiff"}}"#,
        hash("Thanks")
    );
    let old: Event = serde_json::from_str(&json).unwrap();
    let mut case = case_with(true, vec![(1, "ann", edit("Thanks"))]);
    let events = [Event::new(at(1), "ann", edit("Thanks")), old];
    case = test_support::fold("c1", case.review.clone(), &case.playbook, events);
    assert_eq!(case.open_comments().len(), 1);
    assert_eq!(case.open_comments()[0].text, "less stiff");
    assert!(case.open_comments()[0].anchor.is_none());
    assert!(!peer_review(&case).open);
    // The plain request (the hand-over) behaves the same.
    let case = case_with(
        true,
        vec![(1, "ann", edit("Thanks")), (2, "bob", request("Thanks"))],
    );
    assert_eq!(case.open_comments()[0].text, "less stiff");
    // New events round-trip, and a request without line comments stays small.
    let e = Event::new(at(2), "bob", request("Thanks"));
    let text = serde_json::to_string(&e).unwrap();
    assert!(!text.contains("comments"), "{text}");
    assert_eq!(serde_json::from_str::<Event>(&text).unwrap(), e);
    let ids: Vec<String> = (0..3)
        .map(|i| ReviewComment::make_id("bob", at(2), i, "x"))
        .collect();
    assert!(ids[0] != ids[1] && ids[1] != ids[2]);
}

fn debrief_events() -> Vec<(i64, &'static str, EventKind)> {
    vec![
        (0, "ann", EventKind::CheckedIn { level: 4 }),
        (1, "ann", edit("Thanks")),
        (2, "bob", approve("Thanks")),
        (
            90,
            "ann",
            EventKind::Sent {
                channel: "file".into(),
                drafts_sha256: hash("Thanks"),
            },
        ),
    ]
}

fn note(field: DebriefField, text: &str) -> EventKind {
    EventKind::DebriefNoted {
        field,
        text: text.into(),
    }
}

#[test]
fn debrief_missing_table() {
    use DebriefField::{Differently, Escalation, Process};
    let table: Vec<(Vec<(i64, &str, EventKind)>, Vec<&str>)> = vec![
        (
            vec![],
            vec![
                "how it escalated",
                "what we would do differently",
                "whether a process is broken",
                "a check-in at the debrief",
            ],
        ),
        (
            vec![
                (100, "ann", note(Escalation, "two late parcels, no reply")),
                (101, "bob", note(Differently, "answer the first email")),
                (102, "bob", EventKind::ProcessJudged { broken: true }),
            ],
            vec!["which process is broken", "a check-in at the debrief"],
        ),
        (
            vec![
                (100, "ann", note(Escalation, "x")),
                (101, "bob", note(Differently, "y")),
                (102, "bob", EventKind::ProcessJudged { broken: false }),
                (103, "ann", EventKind::DebriefCheckedIn { level: 2 }),
            ],
            vec![],
        ),
        // A blank note answers nothing.
        (
            vec![
                (100, "ann", note(Escalation, "  ")),
                (101, "bob", note(Differently, "y")),
                (102, "bob", EventKind::ProcessJudged { broken: true }),
                (103, "bob", note(Process, "the inbox has no owner")),
                (104, "ann", EventKind::DebriefCheckedIn { level: 2 }),
            ],
            vec!["how it escalated"],
        ),
    ];
    for (i, (more, missing)) in table.into_iter().enumerate() {
        let mut events = debrief_events();
        events.extend(more);
        let case = case_with(true, events);
        assert_eq!(case.debrief.missing(), missing, "row {i}");
        assert_eq!(case.debrief.is_done(), missing.is_empty(), "row {i}");
    }
}

#[test]
fn debrief_records_who_took_part_and_the_check_in_before_and_after() {
    let mut events = debrief_events();
    events.extend([
        (100, "ann", EventKind::DebriefJoined),
        (100, "bob", EventKind::DebriefJoined),
        (
            101,
            "bob",
            note(DebriefField::Escalation, "no reply for a week"),
        ),
        (102, "ann", EventKind::DebriefCheckedIn { level: 5 }),
        (103, "ann", EventKind::DebriefCheckedIn { level: 2 }),
        (104, "cy", EventKind::ProcessJudged { broken: false }),
    ]);
    let case = case_with(true, events);
    let d = &case.debrief;
    assert_eq!(d.participants, vec!["ann", "bob", "cy"]);
    assert_eq!(d.before, Some(("ann".to_string(), 4)));
    assert_eq!(d.after, Some(("ann".to_string(), 2)), "the latest counts");
    assert_eq!(d.change().unwrap(), "4/5 (very upset) → 2/5 (a bit tense)");
    // A debrief check-in never feeds the cool-down.
    assert_eq!(case.preparation.check_ins, vec![4]);
    // The Markdown is worded in `present`; checked here on the same case.
    let md = crate::present::debrief::to_markdown(&case);
    for part in [
        "# Debrief: Mara (text, ★☆☆☆☆)",
        "Reply sent by ann via file",
        "## Participants\n\n- ann\n- bob\n- cy\n",
        "Check-in before replying (ann): 4/5, very upset",
        "Check-in at the debrief (ann): 2/5, a bit tense",
        "## How it escalated\n\n- **bob**: no reply for a week\n",
        "No process is broken.",
        "_Still open: what we would do differently._",
    ] {
        assert!(md.contains(part), "missing {part:?} in\n{md}");
    }
}
