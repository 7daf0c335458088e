//! Table-driven tests of every gate rule.
#![allow(clippy::type_complexity)] // the tables are read row by row

use time::{Duration, OffsetDateTime};

use super::case::Case;
use super::draft::Drafts;
use super::event::{Event, EventKind};
use super::gate::{approval_refusal, can_send, cooldown, peer_review};
use super::playbook::Playbook;
use super::review::Review;
use super::test_support;

pub(super) use super::test_support::T0;

pub(super) fn playbook(peer_review: bool) -> Playbook {
    test_support::playbook(
        &format!(
            "[gates]\ncooldown_minutes = 15\nupset_cooldown_minutes = 60\nupset_from = 3\n\
             peer_review = {peer_review}\n[coach]\nblock = []"
        ),
        &["check-in", "compose"],
    )
}

pub(super) fn review() -> Review {
    Review {
        customer: "Mara".into(),
        platform: "text".into(),
        rating: Some(1),
        title: None,
        text: "It arrived broken.".into(),
        received_at: T0,
        platform_id: None,
        url: None,
        existing_reply: None,
    }
}

/// A five-star review in warm words: the only kind a playbook without a
/// peer review or a cool-down may be used for (see `floors`).
pub(super) fn praise() -> Review {
    test_support::review_with(
        Some(5),
        "Lovely mug, beautifully packed, and it came early. Thank you!",
    )
}

/// A case from (minutes after T0, who, what) triples. A playbook without
/// peer review only applies to praise, so such cases answer praise.
pub(super) fn case_with(peer: bool, events: Vec<(i64, &str, EventKind)>) -> Case {
    let events = events
        .into_iter()
        .map(|(m, by, kind)| Event::new(T0 + Duration::minutes(m), by, kind));
    let review = if peer { review() } else { praise() };
    test_support::fold("c1", review, &playbook(peer), events)
}

pub(super) fn edit(public: &str) -> EventKind {
    EventKind::DraftEdited {
        drafts: Drafts::new(public, "Option A or option B, by Friday."),
    }
}

pub(super) fn approve(public: &str) -> EventKind {
    EventKind::Approved {
        drafts_sha256: Drafts::new(public, "Option A or option B, by Friday.").sha256(),
        note: String::new(),
        signature: None,
        at_keyboard: false,
    }
}

pub(super) fn request(public: &str) -> EventKind {
    EventKind::ChangesRequested {
        drafts_sha256: Drafts::new(public, "Option A or option B, by Friday.").sha256(),
        comment: "less stiff".into(),
        comments: Vec::new(),
    }
}

pub(super) fn at(m: i64) -> OffsetDateTime {
    T0 + Duration::minutes(m)
}

#[test]
fn cooldown_table() {
    use EventKind::{CheckedIn, Opened};
    // (events, minutes after T0 to check, open?, reason contains)
    let table: Vec<(Vec<(i64, &str, EventKind)>, i64, bool, &str)> = vec![
        (vec![], 500, false, "not started"),
        // No check-in yet: the longer cool-down applies.
        (vec![(0, "ann", Opened)], 59, false, "1 min left"),
        (vec![(0, "ann", Opened)], 60, true, "done"),
        // Calm check-in: 15 minutes.
        (
            vec![(0, "ann", Opened), (1, "ann", CheckedIn { level: 2 })],
            14,
            false,
            "cooling down",
        ),
        (
            vec![(0, "ann", Opened), (1, "ann", CheckedIn { level: 2 })],
            15,
            true,
            "15 min",
        ),
        // Upset at the threshold: 60 minutes.
        (
            vec![(0, "ann", Opened), (1, "ann", CheckedIn { level: 3 })],
            30,
            false,
            "30 min left",
        ),
        // Checking in calmer later never shortens it.
        (
            vec![
                (0, "ann", Opened),
                (1, "ann", CheckedIn { level: 5 }),
                (2, "ann", CheckedIn { level: 1 }),
            ],
            20,
            false,
            "cooling down",
        ),
        // It counts from the FIRST opening, not the latest.
        (
            vec![(0, "ann", Opened), (40, "ann", Opened)],
            60,
            true,
            "done",
        ),
        // Clock moved backwards before the last event: closed even though the
        // cool-down itself would be over by the event times.
        (
            vec![
                (0, "ann", Opened),
                (1, "ann", CheckedIn { level: 1 }),
                (90, "ann", Opened),
            ],
            80,
            false,
            "clock reads earlier",
        ),
    ];
    for (i, (events, minute, open, reason)) in table.into_iter().enumerate() {
        let case = case_with(true, events);
        let g = cooldown(&case, at(minute));
        assert_eq!(g.open, open, "row {i}: {}", g.reason);
        assert!(
            g.reason.to_string().contains(reason),
            "row {i}: {}",
            g.reason
        );
    }
}

#[test]
fn cooldown_opens_at_is_reported_and_never_earlier_than_last_event() {
    let case = case_with(true, vec![(0, "ann", EventKind::Opened)]);
    assert_eq!(cooldown(&case, at(10)).opens_at, Some(at(60)));
    let case = case_with(
        true,
        vec![
            (0, "ann", EventKind::Opened),
            (1, "ann", EventKind::CheckedIn { level: 1 }),
            (200, "ann", EventKind::ReadThrough),
        ],
    );
    // Clock set back to minute 5: the gate waits until minute 200 at least.
    assert_eq!(cooldown(&case, at(5)).opens_at, Some(at(200)));
}

/// The first rows of [`peer_review_table`].
fn peer_review_table_rows() -> Vec<(
    bool,
    Vec<(i64, &'static str, EventKind)>,
    bool,
    &'static str,
)> {
    vec![
        (false, vec![], true, "not required"),
        (true, vec![], false, "both drafts"),
        (
            true,
            vec![(1, "ann", edit("Thanks"))],
            false,
            "waiting for a colleague",
        ),
        (
            true,
            vec![(1, "ann", edit("Thanks")), (2, "bob", approve("Thanks"))],
            true,
            "approved by bob",
        ),
        // Self-approval never opens the gate.
        (
            true,
            vec![(1, "ann", edit("Thanks")), (2, "ann", approve("Thanks"))],
            false,
            "also wrote",
        ),
    ]
}

/// The rest of [`peer_review_table`].
fn peer_review_table_more_rows() -> Vec<(
    bool,
    Vec<(i64, &'static str, EventKind)>,
    bool,
    &'static str,
)> {
    vec![
        // A reviewer who edited the drafts is an author too.
        (
            true,
            vec![
                (1, "ann", edit("Thanks")),
                (2, "bob", edit("Thank you")),
                (3, "bob", approve("Thank you")),
            ],
            false,
            "also wrote",
        ),
        // Any edit after the approval makes it stale.
        (
            true,
            vec![
                (1, "ann", edit("Thanks")),
                (2, "bob", approve("Thanks")),
                (3, "ann", edit("Thanks!")),
            ],
            false,
            "approval by bob is stale since ann edited",
        ),
        // Changes requested closes the gate even after an approval...
        (
            true,
            vec![
                (1, "ann", edit("Thanks")),
                (2, "bob", approve("Thanks")),
                (3, "cy", request("Thanks")),
            ],
            false,
            "asked for changes",
        ),
        // ...until a new approval of the new text.
        (
            true,
            vec![
                (1, "ann", edit("Thanks")),
                (2, "bob", request("Thanks")),
                (3, "ann", edit("Thank you")),
                (4, "bob", approve("Thank you")),
            ],
            true,
            "approved by bob",
        ),
        // An approval of the old text does not carry over to the new one.
        (
            true,
            vec![
                (1, "ann", edit("Thanks")),
                (2, "bob", request("Thanks")),
                (3, "ann", edit("Thank you")),
                (4, "bob", approve("Thanks")),
            ],
            false,
            "approval by bob was for an earlier version",
        ),
        // A non-author's approval counts even if an author approved later.
        (
            true,
            vec![
                (1, "ann", edit("Thanks")),
                (2, "bob", approve("Thanks")),
                (3, "ann", approve("Thanks")),
            ],
            true,
            "approved by bob",
        ),
    ]
}

#[test]
fn peer_review_table() {
    let mut table = peer_review_table_rows();
    table.extend(peer_review_table_more_rows());
    for (i, (peer, events, open, reason)) in table.into_iter().enumerate() {
        let case = case_with(peer, events);
        let g = peer_review(&case);
        assert_eq!(g.open, open, "row {i}: {}", g.reason);
        assert!(
            g.reason.to_string().contains(reason),
            "row {i}: {}",
            g.reason
        );
    }
}

#[test]
fn approval_refusal_table() {
    let drafted = case_with(true, vec![(1, "ann", edit("Thanks"))]);
    let empty = case_with(true, vec![]);
    let table: Vec<(&Case, &str, Option<&str>)> = vec![
        (&drafted, "bob", None),
        (&drafted, "ann", Some("cannot approve")),
        (&drafted, "ANN", Some("cannot approve")),
        (&empty, "bob", Some("nothing to approve")),
    ];
    for (case, who, refusal) in table {
        let got = approval_refusal(case, who);
        match refusal {
            None => assert_eq!(got, None),
            Some(part) => assert!(got.unwrap().to_string().contains(part)),
        }
    }
}

#[test]
fn can_send_lists_every_closed_reason_and_opens_when_all_done() {
    let case = case_with(true, vec![(0, "ann", EventKind::Opened)]);
    let check = can_send(&case, at(1));
    assert!(!check.can_send());
    let reasons = crate::present::gate::lines(&check.reasons()).join("\n");
    assert!(
        reasons.contains("steps not done: Check in, Compose"),
        "{reasons}"
    );
    assert!(reasons.contains("cool-down closed"), "{reasons}");
    assert!(reasons.contains("peer review closed"), "{reasons}");

    let done = case_with(
        true,
        vec![
            (0, "ann", EventKind::Opened),
            (1, "ann", EventKind::CheckedIn { level: 1 }),
            (2, "ann", edit("Thanks")),
            (3, "bob", approve("Thanks")),
        ],
    );
    assert!(!can_send(&done, at(10)).can_send(), "cool-down still runs");
    let check = can_send(&done, at(16));
    assert!(check.can_send(), "{:?}", check.reasons());

    let mut sent = done.clone();
    sent.sent = Some(super::case::Sending {
        by: "ann".into(),
        at: at(17),
        channel: "file".into(),
        drafts_sha256: String::new(),
    });
    assert_eq!(
        can_send(&sent, at(20)).reasons(),
        vec![super::gate::Blocker::AlreadySent]
    );
}

#[test]
fn floors_hold_whatever_the_playbook_copy_says_table() {
    // A praise-only playbook (no cool-down, no peer review) on a case whose
    // review is a complaint: the floors apply at every gate check.
    let pb = test_support::playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\nupset_from = 5\npeer_review = false",
        &["compose"],
    );
    let events = || {
        vec![
            Event::new(T0, "ann", EventKind::Opened),
            Event::new(
                T0,
                "ann",
                EventKind::DraftEdited {
                    drafts: Drafts::new("Thank you, and I am sorry.", "A or B."),
                },
            ),
        ]
    };
    // (review, minutes later, cool-down open?, peer review open?)
    let table = [
        (review(), 1, false, false),
        (review(), 61, true, false),
        (
            test_support::review_with(Some(5), "Terrible. Broken, rude, a scam. Never again."),
            1,
            false,
            false,
        ),
        (
            test_support::review_with(None, "It was fine I suppose."),
            1,
            false,
            false,
        ),
        (praise(), 1, true, true),
    ];
    for (i, (r, minute, cool, peer)) in table.into_iter().enumerate() {
        let case = test_support::fold("c", r, &pb, events());
        assert_eq!(
            cooldown(&case, at(minute)).open,
            cool,
            "row {i}: {}",
            cooldown(&case, at(minute)).reason
        );
        assert_eq!(
            peer_review(&case).open,
            peer,
            "row {i}: {}",
            peer_review(&case).reason
        );
    }
}

#[test]
fn blocking_coach_findings_keep_compose_open_and_send_closed() {
    let pb = test_support::playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\npeer_review = false\n\
         [coach]\nblock = [\"shouting\"]",
        &["compose"],
    );
    let fold = |public: &str| {
        let events = [
            Event::new(T0, "ann", EventKind::Opened),
            Event::new(
                T0,
                "ann",
                EventKind::DraftEdited {
                    drafts: Drafts::new(public, "Option A or option B."),
                },
            ),
        ];
        test_support::fold("c", praise(), &pb, events)
    };
    let loud = fold("We are SO SORRY!!!");
    assert!(!loud.step_done(&loud.playbook.steps[0]));
    let check = can_send(&loud, at(1));
    assert!(!check.can_send());
    assert!(
        check
            .reasons()
            .iter()
            .any(|r| r.to_string().starts_with("the coach blocks: shouting")),
        "{:?}",
        check.reasons()
    );
    let calm = fold("Thank you, and I am sorry the mug arrived broken.");
    assert!(
        calm.step_done(&calm.playbook.steps[0]),
        "{:?}",
        calm.coach_report()
    );
    assert!(
        can_send(&calm, at(1)).can_send(),
        "{:?}",
        can_send(&calm, at(1)).reasons()
    );
}
