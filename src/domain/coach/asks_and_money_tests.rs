//! The kinds blind18 and blind19 showed for asks-removal, risky-promise and
//! shouting, each as a table in other trades and words than those sets: a
//! request to change the review put another way (the rating hoped to rise,
//! "a better rating", a part of the review to take out, a line to add), the
//! same money named by another word than the chosen option's, a freebie
//! handed over without an article, a degree word in capitals.

use super::sentence_table::{Row, assert_rows, raised};
use super::*;
use Category::*;

const REVIEW: &str = "The boiler service was booked for Monday, nobody came, and when the \
    engineer turned up on Thursday he left muddy prints across the hall carpet.";

#[test]
fn a_changed_review_asked_for_in_other_words() {
    let rows: &[Row] = &[
        (
            "Sorry about the wait. Once the carpet is cleaned we'd love to see that score creep up.",
            &[AsksRemoval],
            &[],
        ),
        (
            "Sorry again. We hope for the chance to earn a higher score from you in time.",
            &[AsksRemoval],
            &[],
        ),
        (
            "We're sorry. We'd ask you to consider deleting the remark that our engineer was rude.",
            &[AsksRemoval],
            &[],
        ),
        (
            "Thanks for the kind words! Could you add a sentence to your review about our new night slots?",
            &[AsksRemoval],
            &[],
        ),
        (
            "Sorry for the muddy prints. Is there any chance you'd make it four stars once we've been back?",
            &[AsksRemoval],
            &[],
        ),
        (
            "Sorry for the muddy prints. Once we've put it right we'd love a couple more stars.",
            &[AsksRemoval],
            &[],
        ),
        (
            "We're sorry. Would you consider taking this post down now that it's sorted?",
            &[AsksRemoval],
            &[],
        ),
        // What a careful reply says with the same words.
        (
            "We're sorry. We've removed the line about weekend visits from our booking page.",
            &[],
            &[AsksRemoval],
        ),
        (
            "We're sorry. Our rating system for engineers goes up to five and his went down today.",
            &[],
            &[AsksRemoval],
        ),
        (
            "We're sorry. We want every visit to be a five star service, and this one was not.",
            &[],
            &[AsksRemoval],
        ),
        (
            "We're sorry. We'll add a note to your account so the next visit is booked first.",
            &[],
            &[AsksRemoval],
        ),
    ];
    assert_rows(REVIEW, rows);
}

#[test]
fn money_back_is_the_refund_chosen_and_a_handed_freebie_is_new() {
    let offered = |o: &[&str]| o.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let public = "Sorry the engineer was three days late and left marks; call me on 0113 496 0000.";
    // (private message, chosen options, whether risky-promise is raised)
    let rows: &[(&str, &[&str], bool)] = &[
        (
            "We can clean the carpet this week or pay you back the call-out charge by Friday.",
            &["carpet clean this week", "refund call-out charge by Friday"],
            false,
        ),
        (
            "We will refund the visit or cover the cost of your own carpet cleaner.",
            &["repay the visit fee", "cost of carpet cleaning"],
            false,
        ),
        (
            "We will reimburse the visit fee within a week.",
            &["money back for the visit"],
            false,
        ),
        (
            "We will refund the visit fee, and reimburse the full price of the carpet.",
            &["refund of the visit fee"],
            true,
        ),
        (
            "We will clean the carpet this week. We also give you free annual service for the trouble.",
            &["carpet clean this week"],
            true,
        ),
        (
            "We will clean the carpet this week, free of charge.",
            &["carpet clean this week"],
            false,
        ),
    ];
    for (private, chosen, risky) in rows {
        let got = raised(REVIEW, public, private, &offered(chosen));
        assert_eq!(got.contains(&RiskyPromise), *risky, "{private:?}: {got:?}");
    }
}

#[test]
fn a_degree_word_in_capitals_raises_the_voice() {
    let rows: &[Row] = &[
        ("We are SO sorry the engineer was late.", &[Shouting], &[]),
        (
            "We let you down on ALL of it and we're sorry.",
            &[Shouting],
            &[],
        ),
        (
            "Sorry; the part code on the invoice reads SO 4471.",
            &[],
            &[Shouting],
        ),
    ];
    assert_rows(REVIEW, rows);
}

#[test]
fn a_feeling_named_to_set_it_aside_is_not_empathy() {
    let rows: &[Row] = &[
        (
            "Sorry you are upset about the carpet. However, our engineers follow a strict \
             dust-sheet procedure on every visit. Call 0113 496 0000.",
            &[NoEmpathy],
            &[],
        ),
        (
            "Sorry for the muddy prints. Most homeowners would understand that Monday slots \
             move. Call 0113 496 0000.",
            &[NoEmpathy],
            &[],
        ),
        // The same feeling words, meant.
        (
            "We're sorry you were upset by the prints on your carpet, and by three days of \
             waiting in for us. We'll send a cleaner this week. Call 0113 496 0000.",
            &[],
            &[NoEmpathy],
        ),
        (
            "I understand how annoying it is to wait in all week. Our engineer should have \
             phoned you on Monday. Call 0113 496 0000.",
            &[],
            &[NoEmpathy],
        ),
    ];
    assert_rows(REVIEW, rows);
}

#[test]
fn a_short_reply_disowns_the_fault_or_cites_its_effort() {
    let rows: &[Row] = &[
        (
            "Sorry. The mud isn't really our fault, it rained all week.",
            &[Defensive],
            &[],
        ),
        (
            "The engineer was not one of our employees; he was an agency temp.",
            &[Defensive],
            &[],
        ),
        (
            "Muddy prints?? We spent five hours on that boiler.",
            &[Defensive],
            &[],
        ),
        // Owning, in the same words.
        (
            "Sorry. The muddy prints are our fault and we'll pay for the carpet clean.",
            &[],
            &[Defensive],
        ),
        (
            "Sorry. Being told at the desk that it wasn't our problem made it worse.",
            &[],
            &[Defensive],
        ),
        (
            "Sorry. We spent two hours today retraining the team on dust sheets.",
            &[],
            &[Defensive],
        ),
    ];
    assert_rows(REVIEW, rows);
}

#[test]
fn a_guess_at_what_they_felt_is_empathy() {
    let rows: &[Row] = &[
        (
            "Thank you, and sorry. Four days of waiting in, then mud on the hall carpet, must \
             feel like nobody here was paying attention. Call 0113 496 0000.",
            &[],
            &[NoEmpathy],
        ),
        (
            "Thank you, and sorry. Mud on a new carpet is the kind of mess we know hurts. \
             Call 0113 496 0000.",
            &[],
            &[NoEmpathy],
        ),
        (
            "Thank you. Our engineer came on Thursday; nobody hurts a carpet on purpose. \
             Call 0113 496 0000.",
            &[NoEmpathy],
            &[],
        ),
    ];
    assert_rows(REVIEW, rows);
}

#[test]
fn an_absolute_without_again_is_a_risky_promise() {
    let rows: &[Row] = &[
        (
            "Sorry for the mud. I'll make sure it never happens in another home.",
            &[RiskyPromise],
            &[],
        ),
        (
            "Sorry for the mud. We'll make sure the engineer phones before every visit.",
            &[],
            &[RiskyPromise],
        ),
    ];
    assert_rows(REVIEW, rows);
}

#[test]
fn a_sum_or_the_day_it_happened_is_not_generic() {
    let rows: &[Row] = &[
        (
            "Thank you, and sorry. We'll refund the £90 today. Call 0113 496 0000.",
            &[],
            &[Generic],
        ),
        (
            "Thank you, and sorry for what happened on Monday. Call 0113 496 0000.",
            &[],
            &[Generic],
        ),
        (
            "Thank you for your feedback. We're sorry for any inconvenience. Our team is \
             here Tuesday to Saturday on 0113 496 0000.",
            &[Generic],
            &[],
        ),
        // A claim taken seriously, a review of an invoice: nothing asked of theirs.
        (
            "Sorry. We're taking your claim about the carpet seriously; please call us.",
            &[],
            &[AsksRemoval],
        ),
        (
            "Sorry. Please raise a ticket for a review of the invoice.",
            &[],
            &[AsksRemoval],
        ),
    ];
    assert_rows(REVIEW, rows);
}
