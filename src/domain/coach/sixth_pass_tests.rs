//! Issue 11's sixth pass, studied on the fourth blind set's misses: each
//! row uses other words and trades than that set, so a rule is a kind of
//! wording, not a memorised line.

use super::sentence_table::{self, Row};
use super::*;
use Category::*;

const REVIEW: &str = "The kitchen fitters left a mess, the worktop is chipped and nobody \
    rang me back about the invoice.";

fn assert_rows(rows: &[Row]) {
    sentence_table::assert_rows(REVIEW, rows);
}

#[test]
fn thanks_and_owned_decisions_are_not_blame_or_defence() {
    assert_rows(&[
        (
            "We appreciate that you took the trouble to describe the fitting.",
            &[],
            &[Blame],
        ),
        (
            "Thank you for taking a moment; you took time to explain it all.",
            &[],
            &[Blame],
        ),
        (
            "You took nine days to send the photos of the worktop.",
            &[Blame],
            &[],
        ),
        (
            "I should've rung before cutting the worktop: the choice was yours to make, not ours.",
            &[],
            &[Defensive],
        ),
        (
            "The mess was left by the plumbers, not us.",
            &[Defensive],
            &[],
        ),
    ]);
}
