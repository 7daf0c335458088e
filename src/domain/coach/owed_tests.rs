//! What the customer should have had is owed, not blame: "you should have
//! left with a clean car", "you should have taken home the bass you were
//! shown". Each form came from a good draft a sealed run blocked; beside
//! each, the missed duty that must still block.

use super::*;

use super::blocked_good_tests::check_rows;
use super::sentence_table::BLOCK;

/// blind157 carwash_scratch-good-2, blocked at its sealed run: what the
/// customer should have left with is what they were owed.
#[test]
fn what_they_should_have_left_with_is_owed() {
    use Category::Blame;
    check_rows(&[
        (
            "Sorry - you should have left with a clean car, not scratches and a shrug.",
            Blame,
            None,
        ),
        (
            "You should have left with a boiler that worked that day.",
            Blame,
            None,
        ),
        ("You should have left the keys at the desk.", Blame, BLOCK),
        ("You should have come with a printed ticket.", Blame, BLOCK),
    ]);
}

/// blind184 fishmonger-1 and blind185 weddingdj_playlist-good-1, blocked
/// at their sealed runs: what they should have taken home or come away
/// feeling is what they deserved.
#[test]
fn what_they_should_have_taken_home_is_owed() {
    use Category::Blame;
    check_rows(&[
        (
            "I'm sorry. You should have taken home the part you were shown.",
            Blame,
            None,
        ),
        (
            "You should have come away from the garage happy, not out of pocket.",
            Blame,
            None,
        ),
        (
            "You should have taken the receipt home with you.",
            Blame,
            BLOCK,
        ),
        ("You should have come in before five.", Blame, BLOCK),
    ]);
}
