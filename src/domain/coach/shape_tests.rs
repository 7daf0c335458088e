//! Issue 11's second pass, sentence by sentence: excuses that blame,
//! defences, questions that defend, requests to change the review, the case
//! argued in public, apologies that own nothing and empathy in the author's
//! own words. Each row: a public reply (written for this table, in trades
//! the labelled sets barely cover), what it must raise and what it must not.

use super::sentence_table::{Row, assert_rows, raised};
use super::*;

const REVIEW: &str = "Booked a boiler service for Tuesday. The engineer turned up four hours \
    late, left muddy prints on the carpet and the boiler still cuts out every evening. I took \
    a day off work for this.";

fn categories(public: &str) -> Vec<Category> {
    raised(REVIEW, public, "", &[])
}

fn table(rows: &[Row]) {
    assert_rows(REVIEW, rows);
}

use Category::*;

#[test]
fn excuses_that_blame() {
    table(&[
        (
            "Our parts supplier had long delays this winter.",
            &[Blame],
            &[],
        ),
        (
            "The van driver went to the wrong street first.",
            &[Blame],
            &[],
        ),
        (
            "Our scheduling partner, FixRota, missed your slot.",
            &[Blame],
            &[],
        ),
        (
            "Gary has been spoken to about his timekeeping.",
            &[Blame],
            &[],
        ),
        (
            "The fitter who came out is no longer with us.",
            &[Blame],
            &[],
        ),
        (
            "If the annual check had been booked, it would have held.",
            &[Blame],
            &[],
        ),
        (
            "Tenants are expected to bleed the radiators.",
            &[Blame],
            &[],
        ),
        ("It cut out because of a faulty thermostat.", &[Blame], &[]),
        (
            "The booking didn't sync with our calendar provider.",
            &[Blame],
            &[],
        ),
        (
            "Our engineer should have rung you before starting.",
            &[Blame],
            &[],
        ),
        // Owned, neutral or someone else's family: not blame.
        (
            "Sorry our engineer was so late - that's on us.",
            &[],
            &[Blame],
        ),
        (
            "We'll send a different engineer on Thursday.",
            &[],
            &[Blame],
        ),
        (
            "Four hours late is not okay, and the boiler should have been fixed.",
            &[],
            &[Blame],
        ),
        (
            "You lost a day's pay he didn't get back, and I'm sorry.",
            &[],
            &[Blame],
        ),
    ]);
}

#[test]
fn defences_by_shape() {
    table(&[
        ("Cut-outs are common with older boilers.", &[Defensive], &[]),
        (
            "We have fixed thousands of boilers across the city.",
            &[Defensive],
            &[],
        ),
        ("We've been in business for 25 years.", &[Defensive], &[]),
        (
            "The cut-out is unrelated to our service.",
            &[Defensive],
            &[],
        ),
        ("To clarify, the engineer was held up.", &[Defensive], &[]),
        (
            "We always recommend checking the pressure monthly.",
            &[Defensive],
            &[],
        ),
        (
            "Without prejudice, we will review the invoice.",
            &[Defensive],
            &[],
        ),
        ("Delays can happen in winter.", &[Defensive], &[]),
        // Agreeing, promising, or the customer's own record: not defensive.
        (
            "It's not normal to wait four hours, and I'm sorry.",
            &[],
            &[Defensive],
        ),
        (
            "You've had that boiler for 12 years and know it well.",
            &[],
            &[Defensive],
        ),
        (
            "Telling you it was unrelated was wrong of us.",
            &[],
            &[Defensive],
        ),
        (
            "We'll clarify arrival windows on the booking page.",
            &[],
            &[Defensive],
        ),
    ]);
}

#[test]
fn questions_that_defend_and_tone_that_owns() {
    table(&[
        (
            "Would you rather we'd left it unsafe?",
            &[NegativeTone],
            &[],
        ),
        ("What more could we have done?", &[NegativeTone], &[]),
        (
            "Is one muddy print really worth one star?",
            &[NegativeTone],
            &[],
        ),
        (
            "Would you like us to come back on Thursday?",
            &[],
            &[NegativeTone],
        ),
        (
            "Leaving you with a cold house after we'd promised a fix isn't good enough.",
            &[],
            &[NegativeTone],
        ),
    ]);
}

#[test]
fn asking_for_the_review_to_change() {
    table(&[
        (
            "Once it's fixed, would you mind updating your review?",
            &[AsksRemoval],
            &[],
        ),
        (
            "We'd be grateful if the review could be taken down.",
            &[AsksRemoval],
            &[],
        ),
        (
            "Hopefully that earns the fifth star next time?",
            &[AsksRemoval],
            &[],
        ),
        (
            "We've updated our reviews page with your tips.",
            &[],
            &[AsksRemoval],
        ),
        (
            "Thank you for the five stars last year.",
            &[],
            &[AsksRemoval],
        ),
    ]);
}

#[test]
fn the_case_argued_in_public() {
    table(&[
        (
            "Our job sheet shows the engineer arrived at noon.",
            &[PublicDetails],
            &[],
        ),
        (
            "The visit on 14 March was logged as complete.",
            &[PublicDetails],
            &[],
        ),
        (
            "Our fitter explained the risk at the time.",
            &[PublicDetails],
            &[],
        ),
        (
            "We'll be back by 3 March with the part.",
            &[],
            &[PublicDetails],
        ),
        ("Our parts are 100% genuine.", &[], &[PublicDetails]),
        (
            "I've written to you from help@warmhomes.example.",
            &[],
            &[PublicDetails],
        ),
    ]);
}

#[test]
fn apologies_that_own_nothing_and_empathy_in_own_words() {
    let sorry = "Thank you for the review. ";
    let no_apology = [
        "We're sorry you were unhappy with the visit. Please call 0161 496 0000.",
        "We're sorry this wasn't what you expected. Please call 0161 496 0000.",
        "Sorry you're not happy with the result. Please call 0161 496 0000.",
        "We're sorry you weren't satisfied. Please call 0161 496 0000.",
        "We're sorry you were upset. Please call 0161 496 0000.",
    ];
    for reply in no_apology {
        let got = categories(&format!("{sorry}{reply}"));
        assert!(got.contains(&NoApology), "{reply:?}: {got:?}");
    }
    // Sorry for what happened to them, not how they took it.
    let owned = "I'm sorry you were left without heating. Please call 0161 496 0000.";
    let got = categories(&format!("{sorry}{owned}"));
    assert!(!got.contains(&NoApology), "{owned:?}: {got:?}");
    let empathic = [
        "I'm sorry. A day off work for a boiler that still cuts out is a lot to lose.",
        "I'm sorry. Four hours of waiting would drive anyone mad.",
        "I'm sorry - you're right that we should have called ahead.",
        "I'm sorry. That's not the Tuesday you had planned.",
    ];
    for reply in empathic {
        let got = categories(&format!("{sorry}{reply} Please call 0161 496 0000."));
        assert!(!got.contains(&NoEmpathy), "{reply:?}: {got:?}");
        assert!(!got.contains(&NoApology), "{reply:?}: {got:?}");
    }
    let flat = "Thank you for the review. Sorry for the inconvenience. Please call 0161 496 0000.";
    assert!(categories(flat).contains(&NoEmpathy));
}
