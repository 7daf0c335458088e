//! A problem tied to its cause by a verb of origin ("stems from", "arose
//! from", "is down to", "was held up by"), in trades and words the
//! labelled sets do not use, beside the sentences that look like it and
//! must stay quiet: the business as the cause, good news, a verb that only
//! looks like one
//! ("down to you" and "down to your" are the phrase list's, not this shape's).

use super::sentence_table;
use super::*;

const REVIEW: &str = "The conservatory roof leaked within a month of fitting and the \
    promised return visit never happened. Three weeks of buckets on the floor.";

use Category::*;

#[test]
fn a_problem_tied_to_its_cause_warns_as_blame() {
    sentence_table::assert_rows(
        REVIEW,
        &[
            (
                "Sorry about the leak. The drip stems from a seal the glass merchant cut short.",
                &[Blame],
                &[],
            ),
            (
                "Sorry. The missed visit arose from a clash in the diary after the bank holiday.",
                &[Blame],
                &[],
            ),
            (
                "We apologise. Our surveyor was held up by a burst main on the ring road.",
                &[Blame],
                &[],
            ),
            (
                "Sorry for the wait. The hold-up was all down to the scaffold hire firm's lorry.",
                &[Blame],
                &[],
            ),
            (
                "Sorry. The leak is down to the heavy rain we had that fortnight.",
                &[Blame],
                &[],
            ),
        ],
    );
}

#[test]
fn the_business_or_good_news_as_the_cause_stays_quiet() {
    sentence_table::assert_rows(
        REVIEW,
        &[
            (
                "I'm so sorry. The leak stems from our own mistake when we sealed the frame.",
                &[],
                &[Blame],
            ),
            (
                "Sorry, the missed visit is down to us and nobody else.",
                &[],
                &[Blame],
            ),
            (
                "The five stars are down to the new sealant we switched to, thank you.",
                &[],
                &[Blame],
            ),
            (
                "We cut the quote down to the cost of the parts.",
                &[],
                &[Blame],
            ),
        ],
    );
}
