//! Event files written by hand (or pushed by a teammate) that `decide`
//! would have refused: folded, they must not open a gate. Each row was a
//! way round the peer review or the cool-down found by the fold property
//! (tests/fold_property.rs).

use time::Duration;

use super::event::{Event, EventKind};
use super::gate::{cooldown, peer_review};
use super::gate_tests::{approve, at, edit, review};
use super::test_support;

const TEXT: &str = "Sorry, Mara.";

fn on(device: Option<&str>, m: i64, by: &str, kind: EventKind) -> Event {
    let mut e = Event::new(at(m), by, kind);
    e.device = device.map(str::to_string);
    e
}

fn signed_with(signature: &str) -> EventKind {
    match approve(TEXT) {
        EventKind::Approved {
            drafts_sha256,
            note,
            at_keyboard,
            ..
        } => EventKind::Approved {
            drafts_sha256,
            note,
            signature: Some(signature.into()),
            at_keyboard,
        },
        _ => unreachable!(),
    }
}

#[test]
fn approvals_heard_would_refuse_keep_the_peer_review_closed() {
    let ann = Some("ann-laptop");
    // (what was written by hand, the events)
    let table: Vec<(&str, Vec<Event>)> = vec![
        (
            "an approval with no name",
            vec![
                on(ann, 1, "ann", edit(TEXT)),
                on(None, 2, "", approve(TEXT)),
            ],
        ),
        (
            "an approval of drafts not written yet, then those drafts by someone else",
            vec![
                on(None, 1, "ann", approve(TEXT)),
                on(None, 2, "bob", edit(TEXT)),
            ],
        ),
        (
            "an approval typed on the drafts' machine, unsigned",
            vec![
                on(ann, 1, "ann", edit(TEXT)),
                on(ann, 2, "bob", approve(TEXT)),
            ],
        ),
        (
            "an approval typed on the drafts' machine with a signature that does not verify",
            vec![
                on(ann, 1, "ann", edit(TEXT)),
                on(ann, 2, "bob", signed_with("not a signature")),
            ],
        ),
    ];
    let playbook = super::gate_tests::playbook(true);
    for (what, events) in table {
        let case = test_support::fold("c1", review(), &playbook, events);
        let gate = peer_review(&case);
        assert!(!gate.open, "{what}: {}", gate.reason);
    }
    // The same approval from Bob's own machine counts.
    let case = test_support::fold(
        "c1",
        review(),
        &playbook,
        vec![
            on(ann, 1, "ann", edit(TEXT)),
            on(Some("bob-laptop"), 2, "bob", approve(TEXT)),
        ],
    );
    assert!(peer_review(&case).open, "{}", peer_review(&case).reason);
}

#[test]
fn a_check_in_level_no_screen_offers_does_not_shorten_the_cool_down() {
    let playbook = super::gate_tests::playbook(true);
    for level in [0u8, 6, 255] {
        let case = test_support::fold(
            "c1",
            review(),
            &playbook,
            vec![
                Event::new(at(0), "ann", EventKind::Opened),
                Event::new(at(1), "ann", EventKind::CheckedIn { level }),
            ],
        );
        // Without a real check-in the longer (upset) cool-down applies.
        let gate = cooldown(&case, at(0) + Duration::minutes(30));
        assert!(!gate.open, "level {level}: {}", gate.reason);
        assert_eq!(case.ignored.len(), 1, "level {level} is listed as ignored");
    }
}
