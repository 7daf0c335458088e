//! Blame by who did what, in trades and words the labelled sets do not
//! use: one member of staff as the cause, someone outside or a
//! circumstance as the cause, and the customer as the cause in polished
//! forms — each beside the good sentences that look like it and must stay
//! quiet (staff doing the remedy, praise, the business owning it).

use super::sentence_table::{self, Row};
use super::*;

const REVIEW: &str = "Booked a boiler service for Tuesday morning. Nobody turned up, nobody \
    rang, and when they finally came on Thursday the pressure dropped again by the weekend.";

use Category::*;

fn assert_rows(rows: &[Row]) {
    sentence_table::assert_rows(REVIEW, rows);
}

#[test]
fn one_member_of_staff_as_the_cause() {
    assert_rows(&[
        (
            "Our trainee surveyor mixed up your appointment with another job.",
            &[Blame],
            &[],
        ),
        (
            "The locum on the early shift was covering for two branches and missed your booking.",
            &[Blame],
            &[],
        ),
        (
            "One of our weekend attendants parked it on the wrong level.",
            &[Blame],
            &[],
        ),
        (
            "The pharmacist you spoke to misread the label on your repeat.",
            &[Blame],
            &[],
        ),
        (
            "The fitter we sent on Tuesday is an agency temp, which explains a lot.",
            &[Blame],
            &[],
        ),
        (
            "The cashier on the till that evening has since left the company.",
            &[Blame],
            &[],
        ),
        (
            "Our night porter won't be working the weekend shifts again.",
            &[Blame],
            &[],
        ),
        (
            "Priya was covering the phones on her own and forgot to ring you back.",
            &[Blame],
            &[],
        ),
        (
            "Our booking desk team gave you the wrong arrival time.",
            &[Blame],
            &[],
        ),
        (
            "The electrician we booked for you should have isolated the circuit first.",
            &[Blame],
            &[],
        ),
        (
            "Our night porter was supposed to log the fault and didn't.",
            &[Blame],
            &[],
        ),
        (
            "One of our drivers was off sick, so the round ran late.",
            &[Blame],
            &[],
        ),
        (
            "The receptionist who took your call left the practice last month.",
            &[Blame],
            &[],
        ),
        (
            "Our warehouse team have been given a formal warning.",
            &[Blame],
            &[],
        ),
    ]);
}

/// Staff doing the remedy, praised, or the business owning it.
#[test]
fn staff_who_put_it_right_are_not_blamed() {
    assert_rows(&[
        (
            "Our service manager Dev will ring you tomorrow to book the revisit.",
            &[],
            &[Blame],
        ),
        (
            "I've asked our senior engineer to come out himself on Friday.",
            &[],
            &[Blame],
        ),
        ("So glad Anita looked after you on the day.", &[], &[Blame]),
        (
            "Our technician should have the part by Friday, and I'll ring you then.",
            &[],
            &[Blame],
        ),
        (
            "Our team got the booking wrong, and that's on us.",
            &[],
            &[Blame],
        ),
        (
            "Our engineers traced the pressure drop to a worn valve and have replaced it.",
            &[],
            &[Blame],
        ),
    ]);
}

#[test]
fn someone_outside_or_a_circumstance_as_the_cause() {
    assert_rows(&[
        (
            "Opening hours on the pier are the harbour authority's decision, not ours.",
            &[Blame],
            &[],
        ),
        (
            "The late start was because our scaffolding firm's supplier had a breakdown.",
            &[Blame],
            &[],
        ),
        (
            "Our parts supplier had a stock issue that week.",
            &[Blame],
            &[],
        ),
        (
            "The wrong valve came from the manufacturer's regional depot.",
            &[Blame],
            &[],
        ),
        (
            "Our wholesaler had been labelling the gas fittings incorrectly for a month.",
            &[Blame],
            &[],
        ),
        (
            "There's a nasty flu going around, so we were three engineers down.",
            &[Blame],
            &[],
        ),
        (
            "The access times are fixed by the housing association, not by us.",
            &[Blame],
            &[],
        ),
        (
            "The hold-ups were down to the scaffolding company we hire.",
            &[Blame],
            &[],
        ),
        (
            "Parking permits are issued by the city, not our office.",
            &[Blame],
            &[],
        ),
        (
            "The hire firm took three weeks to replace the generator.",
            &[Blame],
            &[],
        ),
        (
            "A batch of filters from our wholesaler was recalled last week.",
            &[Blame],
            &[],
        ),
        // What the business is doing with them names no cause.
        (
            "We've raised the valve with our supplier and a new one arrives Monday.",
            &[],
            &[Blame],
        ),
        (
            "I've spoken to the housing association and they've agreed earlier access.",
            &[],
            &[Blame],
        ),
    ]);
}

#[test]
fn the_customer_as_the_cause_said_politely() {
    assert_rows(&[
        (
            "If you'd bled the radiators first, the pressure would have held.",
            &[Blame],
            &[],
        ),
        (
            "Had you drained the tank first, the pump would have held.",
            &[Blame],
            &[],
        ),
        (
            "It was delayed because you gave the engineer the wrong gate code.",
            &[Blame],
            &[],
        ),
        (
            "Most homeowners manage fine with the pressure gauge once it's explained.",
            &[],
            &[],
        ),
        (
            "Most of our customers check the pressure weekly without any trouble.",
            &[Blame],
            &[],
        ),
        (
            "Did you top up the pressure as the leaflet says?",
            &[Blame],
            &[],
        ),
        (
            "A drop like that usually comes from the valve being knocked after fitting.",
            &[Blame],
            &[],
        ),
        (
            "The flue was already cracked when our engineer arrived.",
            &[Blame],
            &[],
        ),
        (
            "Those seals perish when cleaned with household bleach.",
            &[Blame],
            &[],
        ),
        (
            "It's every tenant's responsibility to report leaks promptly.",
            &[Blame],
            &[],
        ),
        ("Next time maybe order a size up?", &[Blame], &[]),
        // Offers, thanks and invitations that look like them.
        (
            "If you'd like, our engineer can show you how to top it up.",
            &[],
            &[Blame],
        ),
        (
            "Because you took the time to write, we've changed how we confirm visits.",
            &[],
            &[Blame],
        ),
        ("Did you get the text we sent this morning?", &[], &[Blame]),
        (
            "Next time you book, ask for me and I'll come myself.",
            &[],
            &[Blame],
        ),
        (
            "Most of our customers tell us the annual plan is worth it, and we want you to feel that too.",
            &[],
            &[Blame],
        ),
    ]);
}

/// blind165 dogwalker_short-03, blind170 driving_school-dave: a person
/// named, then what the business did to them, told in public. Letting
/// someone go home or on the slide is no dismissal.
#[test]
fn a_person_named_then_dealt_with_in_public_is_blame() {
    let review = "The walks were cut short and the lessons kept being cancelled.";
    let rows: &[Row] = &[
        (
            "Biscuit's regular walker was cutting walks short and we've let him go.",
            &[Blame],
            &[],
        ),
        (
            "Dave let a few pupils down this month; we've had a serious word with him.",
            &[Blame],
            &[],
        ),
        (
            "Our new receptionist was short with you, and we have spoken to her.",
            &[Blame],
            &[],
        ),
        (
            "The kids were queuing and we let them go on the big slide first.",
            &[],
            &[Blame],
        ),
        (
            "Please call me and I'll have a word with the team about the lessons.",
            &[],
            &[Blame],
        ),
        (
            "We let our instructor go home early because he was unwell.",
            &[],
            &[Blame],
        ),
    ];
    sentence_table::assert_rows(review, rows);
}
