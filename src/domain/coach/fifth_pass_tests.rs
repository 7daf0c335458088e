//! Issue 11's fifth pass, sentence by sentence: excuses and the customer's
//! duties read as blame, records and industry norms as defences, the reader
//! lectured as hostile — and the good sentences that look like them. Each
//! row: a public reply, what it must raise and what it must not.

use super::sentence_table::{self, Row};
use super::*;
use Category::*;

const REVIEW: &str = "My order came late and in the wrong size, and nobody answered my emails \
    for two weeks. The café was overpriced too.";

fn assert_rows(rows: &[Row]) {
    sentence_table::assert_rows(REVIEW, rows);
}

#[test]
fn excuses_and_duties_read_as_blame() {
    assert_rows(&[
        (
            "A picking error occurred at their warehouse.",
            &[Blame],
            &[],
        ),
        (
            "Signed editions are allocated by the publisher.",
            &[Blame],
            &[],
        ),
        (
            "The café is run by an outside catering company.",
            &[Blame],
            &[],
        ),
        ("The stylist has since left the salon.", &[Blame], &[]),
        (
            "Our coordinator did not follow the design sheet.",
            &[Blame],
            &[],
        ),
        ("Nobody told our crew it was glass.", &[Blame], &[]),
        (
            "An email was sent; please check your spam folder.",
            &[Blame],
            &[],
        ),
        (
            "Collisions are caused by jumpers not following the posted rules.",
            &[Blame],
            &[],
        ),
        ("The receptionist on duty that day was new.", &[Blame], &[]),
        (
            "The roof was installed by a roofing subcontractor.",
            &[Blame],
            &[],
        ),
        (
            "The quiet-room label is shown by the booking platform.",
            &[Blame],
            &[],
        ),
        (
            "If there was an error, it occurred at our external lens laboratory.",
            &[Blame],
            &[],
        ),
        (
            "You left at 2:55 without informing reception.",
            &[Blame],
            &[],
        ),
        ("Perhaps it was missed in the rain?", &[Blame], &[]),
        (
            "The claim was lodged on the landlord's instructions.",
            &[Blame],
            &[],
        ),
        (
            "Queues at the airport in August are out of our hands.",
            &[Blame, Defensive],
            &[],
        ),
        // The business doing the work, a courier named neutrally.
        (
            "We've sent a new pair by tracked courier, with you in 2 days.",
            &[],
            &[Blame],
        ),
        (
            "I've cancelled your order, so there's nothing more to do on your side.",
            &[],
            &[Blame],
        ),
    ]);
}

#[test]
fn records_and_norms_read_as_defences() {
    assert_rows(&[
        (
            "Our logs show three short drops on Monday, each under two minutes.",
            &[Defensive],
            &[],
        ),
        (
            "Delivery times are longer across the industry this year.",
            &[Defensive],
            &[],
        ),
        (
            "Our prices are in line with other cafés.",
            &[Defensive],
            &[],
        ),
        (
            "The rain and the supplier were late, neither of which we could control.",
            &[Defensive],
            &[],
        ),
        (
            "We moved 300 families last month with zero complaints.",
            &[Defensive],
            &[],
        ),
        // Records that show the business's own failure own it.
        (
            "We're sorry: our records show a size 7 was sent instead of the 9 you ordered.",
            &[],
            &[Defensive],
        ),
    ]);
}

#[test]
fn the_reader_lectured_reads_as_hostile() {
    assert_rows(&[
        (
            "The fee is shown at checkout for anyone who reads it.",
            &[NegativeTone],
            &[],
        ),
        (
            "We'd ask reviewers to consider our pressures before posting.",
            &[NegativeTone],
            &[],
        ),
        ("Nobody forces you to buy a sandwich.", &[NegativeTone], &[]),
        ("Next time order a bit earlier.", &[NegativeTone], &[]),
        ("Thanks for the 'review'.", &[NegativeTone], &[]),
        (
            "We're sorry you found the café 'overpriced'.",
            &[NegativeTone],
            &[],
        ),
        // A quoted label is not a sneer.
        (
            "Sorry: the 'history' tab now loads in a second.",
            &[],
            &[NegativeTone],
        ),
        (
            "Next time you visit, ask for me and I'll make sure it's right.",
            &[],
            &[NegativeTone],
        ),
    ]);
}

#[test]
fn the_case_argued_in_public() {
    assert_rows(&[
        (
            "Sorry, but as we discussed on the phone, sizes vary.",
            &[PublicDetails],
            &[],
        ),
        ("Sorry: your order came to DKK 349.", &[PublicDetails], &[]),
    ]);
}

#[test]
fn but_that_turns_to_amends_is_no_defence() {
    assert_rows(&[
        (
            "Sorry for the wait, but thank you for giving us the chance to fix it.",
            &[],
            &[Defensive],
        ),
        (
            "We're sorry, but we'll have a new pair with you by Friday.",
            &[],
            &[Defensive],
        ),
        (
            "We're sorry, but the courier was running late.",
            &[Defensive],
            &[],
        ),
    ]);
}

/// The customer's own figure, repeated, still counts as a detail in public
/// but does not stop sending; a figure they never gave does.
#[test]
fn an_amount_from_the_review_warns_a_new_one_blocks() {
    let review = "Three hours late and the tap still drips. Charged me £180.";
    let severity = |public: &str| {
        sentence_table::findings(review, public)
            .iter()
            .filter(|f| f.category == PublicDetails)
            .map(|f| f.severity)
            .min()
    };
    assert_eq!(
        severity("Sorry: that is not what you paid £180 for."),
        Some(Severity::Warn)
    );
    assert_eq!(
        severity("Sorry: you paid £240 including the parts."),
        Some(Severity::Block)
    );
}
