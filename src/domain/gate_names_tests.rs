//! Names at the gate: one person is one spelling on screen, whatever case
//! they typed it in.

use super::event::EventKind;
use super::gate::peer_review;
use super::gate_tests::{approve, case_with, edit, request};

/// (events as (minute, who, what), peer review open, words in its reason)
type Row = (Vec<(i64, &'static str, EventKind)>, bool, &'static str);

/// One person is one spelling on screen: the one first seen on the case
/// ("Bob asked for changes" then "approved by Bob", not "by bob"). The
/// case was made by "ann", so Cat writes the drafts here.
#[test]
fn names_are_shown_as_first_seen_table() {
    let table: Vec<Row> = vec![
        (
            vec![
                (1, "Cat", edit("Thanks")),
                (2, "Bob", request("Thanks")),
                (3, "Cat", edit("Thank you")),
                (4, "bob", approve("Thank you")),
            ],
            true,
            "approved by Bob (",
        ),
        (
            vec![(1, "Cat", edit("Thanks")), (2, "BOB", request("Thanks"))],
            false,
            "BOB asked for changes",
        ),
        (
            vec![(1, "Cat", edit("Thanks")), (2, "cat", approve("Thanks"))],
            false,
            "Cat approved, but also wrote",
        ),
        (
            vec![
                (1, "Cat", edit("Thanks")),
                (2, "Bob", approve("Thanks")),
                (3, "cat", edit("Thanks!")),
            ],
            false,
            "approval by Bob is stale since Cat edited",
        ),
    ];
    for (i, (events, open, reason)) in table.into_iter().enumerate() {
        let case = case_with(true, events);
        let g = peer_review(&case);
        assert_eq!(g.open, open, "row {i}: {}", g.reason);
        assert!(
            g.reason.to_string().contains(reason),
            "row {i}: {}",
            g.reason
        );
    }
    let case = case_with(
        true,
        vec![(1, "Cat", edit("Thanks")), (2, "cat", edit("Thank you"))],
    );
    assert_eq!(case.draft_authors.iter().collect::<Vec<_>>(), ["Cat"]);
    let saves: Vec<_> = case.history.moments.iter().map(|m| m.by.as_str()).collect();
    assert!(saves.iter().all(|by| *by != "cat"), "{saves:?}");
}
