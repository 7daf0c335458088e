//! Defences that justify instead of owning (`justifications.rs`), in
//! trades and words the labelled sets do not use: a correction announced,
//! a standard or a credential held up, the problem told as a general
//! truth — each beside the good sentences that look like it and must stay
//! quiet (a fix, a promise, the harm taken seriously, the business
//! speaking of itself, a title).

use super::sentence_table::{self, Row};
use super::*;

const REVIEW: &str = "Paid for a deep clean of the flat before moving out. The oven was still \
    greasy, the bathroom tiles were streaky and the landlord kept £120 of my deposit.";

use Category::*;

fn assert_rows(rows: &[Row]) {
    sentence_table::assert_rows(REVIEW, rows);
}

#[test]
fn a_correction_announced_before_the_point() {
    assert_rows(&[
        (
            "To be clear, the quote listed oven cleaning as an extra.",
            &[Defensive],
            &[],
        ),
        (
            "Just so you know, grout stains like that need a separate treatment.",
            &[Defensive],
            &[],
        ),
        (
            "That said, the flat had been empty for months before we arrived.",
            &[Defensive],
            &[],
        ),
        (
            "For context: our crews get three hours for a two-bedroom flat.",
            &[Defensive],
            &[],
        ),
        (
            "Honestly though, a landlord will find something to deduct.",
            &[Defensive],
            &[],
        ),
    ]);
}

#[test]
fn more_openings_that_frame_a_correction() {
    assert_rows(&[
        (
            "To be honest, the cooker hood hadn't been cleaned in years.",
            &[Defensive],
            &[],
        ),
        (
            "In the interests of transparency, the checklist has forty items.",
            &[Defensive],
            &[],
        ),
        (
            "For accuracy: the crew logged six hours at the flat.",
            &[Defensive],
            &[],
        ),
        (
            "For your information, the oven was not in the original quote.",
            &[Defensive],
            &[],
        ),
        (
            "Just to say, the skirting boards were done twice.",
            &[Defensive],
            &[],
        ),
        (
            "As for the tiles, streaks appear once the grout dries.",
            &[Defensive],
            &[],
        ),
        (
            "To be honest, we rushed the bathroom and that's on us.",
            &[],
            &[Defensive],
        ),
        (
            "As for the deposit, I've refunded the £120 today.",
            &[],
            &[Defensive],
        ),
        // Owning after the marker, or the words in another use.
        (
            "To be clear, the mistake was ours and not the landlord's.",
            &[],
            &[Defensive],
        ),
        (
            "That said, we should have checked the oven before we left.",
            &[],
            &[Defensive],
        ),
        (
            "We'll make it clear on the booking page what a deep clean includes.",
            &[],
            &[Defensive],
        ),
        (
            "As you said, the tiles were streaky and that was not good enough.",
            &[],
            &[Defensive],
        ),
    ]);
}

#[test]
fn a_standard_or_a_credential_held_up() {
    assert_rows(&[
        (
            "We take end-of-tenancy standards extremely seriously.",
            &[Defensive],
            &[],
        ),
        ("Our equipment is always spotless.", &[Defensive], &[]),
        (
            "Every product we use is 100% safe for tiles.",
            &[Defensive],
            &[],
        ),
        (
            "All our cleaners are fully insured and background checked.",
            &[Defensive],
            &[],
        ),
        (
            "The degreaser comes from an accredited manufacturer.",
            &[Defensive],
            &[],
        ),
        // The harm taken seriously, stock words, owning, a fix, a promise,
        // a title, the customer's own complaint.
        (
            "We take this seriously and I'd like to hear more from you.",
            &[],
            &[Defensive],
        ),
        (
            "We didn't take your first call seriously, and we should have.",
            &[],
            &[Defensive],
        ),
        ("We take all feedback seriously.", &[], &[Defensive]),
        (
            "We take hygiene very seriously and we are looking into that week's rota.",
            &[],
            &[Defensive],
        ),
        (
            "We'll make sure the oven is spotless before the landlord's inspection.",
            &[],
            &[Defensive],
        ),
        (
            "Thank you for telling us. — Morag Reid, Registered Manager",
            &[],
            &[Defensive],
        ),
        (
            "Your complaint is registered and Sam will ring you today.",
            &[],
            &[Defensive],
        ),
    ]);
}

#[test]
fn the_problem_told_as_a_general_truth() {
    assert_rows(&[
        (
            "Limescale can sometimes come back within a day on hard-water taps.",
            &[Defensive],
            &[],
        ),
        (
            "Ovens always look greasier under a landlord's torch.",
            &[Defensive],
            &[],
        ),
        (
            "Glass shower screens occasionally streak as they dry.",
            &[Defensive],
            &[],
        ),
        (
            "Deposits are usually only held back when the inventory was missed.",
            &[Defensive],
            &[],
        ),
        (
            "Inspections always come first on a Friday.",
            &[Defensive],
            &[],
        ),
        (
            "A deposit can be held back for many reasons.",
            &[Defensive],
            &[],
        ),
        (
            "We had several reasons to rebook you, and none of them excuse it.",
            &[],
            &[Defensive],
        ),
        // The business speaking of itself, or to the customer.
        (
            "We usually finish an oven in an hour, and this time we rushed it.",
            &[],
            &[Defensive],
        ),
        (
            "You can always ring me directly on 0161 496 0732.",
            &[],
            &[Defensive],
        ),
        (
            "The team always looks forward to your visits.",
            &[],
            &[Defensive],
        ),
        (
            "It sometimes takes us too long to reply, and that's on us.",
            &[],
            &[Defensive],
        ),
    ]);
}

#[test]
fn the_pressure_the_business_was_under() {
    assert_rows(&[
        (
            "We were swamped with end-of-term cleans that week.",
            &[Defensive],
            &[],
        ),
        (
            "Saturday mornings are manic for every cleaning firm in town.",
            &[Defensive],
            &[],
        ),
        (
            "We had 45 jobs booked in across the city that day.",
            &[Defensive],
            &[],
        ),
        // The customer's pressure, empathy, owning, counts of other things.
        (
            "Moving week must have been hectic for you, and we added to it.",
            &[],
            &[Defensive],
        ),
        (
            "I know how manic a move-out is with a landlord chasing you.",
            &[],
            &[Defensive],
        ),
        (
            "Our Saturday crew was swamped, but that's on us, not you.",
            &[],
            &[Defensive],
        ),
        (
            "You rang us 3 times and waited 40 minutes on hold.",
            &[],
            &[Defensive],
        ),
    ]);
}

#[test]
fn a_promise_we_broke_is_not_blame() {
    assert_rows(&[
        (
            "You showed us exactly what you wanted and the flat ended up looking nothing like it.",
            &[],
            &[Defensive],
        ),
        (
            "We cleaned exactly what you asked for on the checklist.",
            &[Defensive],
            &[],
        ),
        (
            "I'm sorry we told you two hours and the crew stayed for forty minutes.",
            &[],
            &[Blame],
        ),
        (
            "We told you the oven would come up like new, and it didn't.",
            &[],
            &[Blame],
        ),
    ]);
}

/// None of these readings is certain: each warns, none blocks.
#[test]
fn a_justification_read_from_shape_only_warns() {
    for text in [
        "Thank you for the review. For context, tiles like yours streak as they dry.",
        "Thank you for the review. Our cloths are always clean.",
        "Thank you for the review. Limescale can sometimes return overnight.",
    ] {
        let found = sentence_table::findings(REVIEW, text);
        let defences: Vec<&Finding> = found.iter().filter(|f| f.category == Defensive).collect();
        assert!(!defences.is_empty(), "{text:?} should raise defensive");
        assert!(
            defences
                .iter()
                .all(|f| f.severity == Severity::Warn && f.evidence == Evidence::Inferred),
            "{text:?} should only warn: {defences:?}"
        );
    }
}

/// A trainee or tradesperson of the shop given as the one who misunderstood,
/// misquoted or misplaced: staff blamed, in trades the sets do not use;
/// the same people doing the remedy, and the writer owning the mistake,
/// stay clean.
#[test]
fn staff_who_misunderstood_or_misquoted() {
    assert_rows(&[
        (
            "Our trainee florist misunderstood the card message.",
            &[Blame],
            &[],
        ),
        (
            "The apprentice misquoted you a price for the tyres.",
            &[Blame],
            &[],
        ),
        ("Our new mechanic misplaced your spare key.", &[Blame], &[]),
        (
            "Our groomer misunderstood the photo you brought in.",
            &[Blame],
            &[],
        ),
        (
            "Our mechanic will ring you today to book the car back in.",
            &[],
            &[Blame],
        ),
        (
            "I misunderstood what you asked for, and that is on me.",
            &[],
            &[Blame],
        ),
        (
            "Our groomer would love to see Bella again, on the house.",
            &[],
            &[Blame],
        ),
    ]);
}

/// A person walking off the job or taken off it, and "the counter boy" or
/// "the young lady on the till" given as the cause, in other trades; the
/// same people doing the remedy, and a fee taken off, stay clean.
#[test]
fn staff_who_walked_off_or_were_taken_off_the_job() {
    assert_rows(&[
        (
            "Our casual roofer left halfway through the job.",
            &[Blame],
            &[],
        ),
        (
            "Priya has since been taken off your account.",
            &[Blame],
            &[],
        ),
        (
            "The Saturday boy was new and didn't know the returns policy.",
            &[Blame],
            &[],
        ),
        (
            "The young lady on reception was covering from another salon.",
            &[Blame],
            &[],
        ),
        (
            "The call-out fee has been taken off your invoice.",
            &[],
            &[Blame],
        ),
        (
            "The young lady at the front desk will ring you tomorrow.",
            &[],
            &[Blame],
        ),
        (
            "Our delivery boy will bring the new chair round today.",
            &[],
            &[Blame],
        ),
    ]);
}
