//! The rows of the inbox's `waiting_and_filters_table`: what each case
//! waits for and which filters show it, before and after sending.

use super::{at, review, sent, verdict, with, written};
use crate::domain::inbox::{Filter, Waiting};
use crate::domain::test_support::T0;
use crate::domain::{EventKind, FollowUpOutcome};

/// (what, events, me, now in minutes, waiting, filters it is in)
pub(super) type WaitingRow = (
    &'static str,
    Vec<(i64, &'static str, EventKind)>,
    &'static str,
    i64,
    Waiting,
    Vec<Filter>,
);

/// Rows of `waiting_and_filters_table` before the reply is sent.
pub(super) fn waiting_rows_before_sending() -> Vec<WaitingRow> {
    use Filter::*;
    vec![
        (
            "new",
            vec![],
            "ann",
            0,
            Waiting::Step(crate::domain::StepKind::CheckIn),
            vec![Open, All],
        ),
        (
            "drafts by ann, seen by ann",
            written("ann"),
            "ann",
            5,
            Waiting::OthersReview,
            vec![Open, OthersReview, All],
        ),
        (
            "drafts by ann, seen by ben",
            written("ann"),
            "ben",
            5,
            Waiting::MyReview,
            vec![Open, MyReview, All],
        ),
        (
            "changes requested",
            with(written("ann"), vec![verdict("ben", false)]),
            "ann",
            5,
            Waiting::ChangesRequested,
            vec![Open, All],
        ),
        (
            "changes requested, seen by the reviewer",
            with(written("ann"), vec![verdict("ben", false)]),
            "ben",
            5,
            Waiting::ChangesRequested,
            vec![Open, All],
        ),
        (
            "the author approved their own text",
            with(written("ann"), vec![verdict("ann", true)]),
            "cat",
            5,
            Waiting::MyReview,
            vec![Open, MyReview, All],
        ),
        (
            "approved, cooling down",
            with(written("ann"), vec![verdict("ben", true)]),
            "ann",
            5,
            Waiting::Cooldown(Some(at(15))),
            vec![Open, All],
        ),
        (
            "approved, cool-down over",
            with(written("ann"), vec![verdict("ben", true)]),
            "ann",
            16,
            Waiting::Ready,
            vec![Open, All],
        ),
    ]
}

/// Rows of `waiting_and_filters_table` once the reply is sent.
pub(super) fn waiting_rows_after_sending() -> Vec<WaitingRow> {
    use Filter::*;
    let follow_up_done = (
        30,
        "ann",
        EventKind::FollowUpDone {
            outcome: FollowUpOutcome::Resolved,
            note: String::new(),
        },
    );
    let changed = (
        40,
        "import",
        EventKind::ReviewUpdated {
            review: Box::new(review("Ann", "Better now", T0)),
        },
    );
    vec![
        (
            "sent",
            with(written("ann"), vec![verdict("ben", true), sent()]),
            "ann",
            21,
            Waiting::Sent,
            vec![Sent, All],
        ),
        (
            "sent three days ago",
            with(written("ann"), vec![verdict("ben", true), sent()]),
            "ann",
            20 + 3 * 24 * 60,
            Waiting::FollowUp,
            vec![FollowUpDue, Sent, All],
        ),
        (
            "sent, review changed",
            with(
                written("ann"),
                vec![verdict("ben", true), sent(), changed.clone()],
            ),
            "ann",
            41,
            Waiting::FollowUp,
            vec![FollowUpDue, Sent, All],
        ),
        (
            "sent, followed up",
            with(
                written("ann"),
                vec![
                    verdict("ben", true),
                    sent(),
                    follow_up_done,
                    changed.clone(),
                ],
            ),
            "ann",
            20 + 10 * 24 * 60,
            Waiting::FollowUp,
            vec![FollowUpDue, Sent, All],
        ),
    ]
}
