//! Issue 11: negative-tone read from the shape of a sentence
//! (tone_shapes.rs). Each kind has rows in words and trades no labelled set
//! uses, the jab warning (read from shape, never blocking) and the sincere
//! sentence sharing its shape left alone.

use super::*;

const REVIEW: &str = "Booked a bike service, it took nine days instead of two, the gears \
    still slip and nobody called me back. Cowboys. I've told my bank to reverse the charge.";

/// The negative-tone findings on this reply: (severity, evidence).
fn tone(public: &str, kind: ReplyKind) -> Vec<(Severity, Evidence)> {
    sentence_table::tone_found(kind, REVIEW, public, "")
}

fn assert_rows(kind: ReplyKind, jabs: &[&str], sincere: &[&str]) {
    sentence_table::assert_tone_rows(kind, REVIEW, (jabs, sincere), false);
}

#[test]
fn an_ironic_remark_warns_a_plain_one_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Telling that the gears only slipped after the mountain weekend.",
            "Remarkable how the bank heard about this before our workshop did.",
            "Ringing your bank before ringing us is certainly convenient.",
        ],
        &[
            "It was interesting to hear how you use the bike, thank you.",
            "We're sorry the service took nine days; the gears will be set again this week.",
        ],
    );
}

#[test]
fn the_shops_record_and_other_customers_set_against_the_complaint_warn() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "We have tuned thousands of bikes over 15 years without a single complaint.",
            "Most riders collect their bike when we tell them it is ready.",
            "Plenty of owners who ride hard expect miracles from one service.",
        ],
        &[
            "Some customers have told us the same about the phone line, and we're fixing it.",
            "We're sorry: nine days is far longer than most of our services take.",
        ],
    );
}

#[test]
fn a_legal_counter_move_warns_help_with_a_dispute_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Any reversal of the payment will be challenged.",
            "Our advisers will respond accordingly to anything further.",
            "We will be disputing the reversal with your bank.",
        ],
        &[
            "We won't contest the reversal, and I'll refund the rest myself.",
            "If the parts maker refuses, we'll challenge their decision for you.",
        ],
    );
}

#[test]
fn the_customers_conduct_judged_warns_our_own_failure_named_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Reversing a card payment over a gear cable is not the way to sort this out.",
            "Shouting at a mechanic is not how adults settle anything.",
        ],
        &[
            "Leaving you without a bike for nine days is not the way we work, and I'm sorry.",
            "A week of silence from us is not the answer you deserved.",
        ],
    );
}

#[test]
fn a_question_or_tail_that_scolds_warns_a_real_question_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Nobody reads the service sheet, do they?",
            "Cowboys? Really?",
            "Nine days is hardly a lifetime, you know.",
            "Thanks for the two stars, I suppose.",
        ],
        &[
            "Could you tell us your booking number? Then we can call you today.",
            "Would Tuesday or Thursday suit you for a free re-tune?",
        ],
    );
}

#[test]
fn the_rating_grumbled_at_and_advice_that_talks_down_warn() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "A touch unfair to take two stars away for a slipping chain.",
            "We'd suggest reading the service sheet next time before riding off.",
            "Maybe rethink the one star once the gears are sorted.",
            "Maybe it was missed at work?",
            "If the chain was that loose, why did you ride it home?",
        ],
        &[
            "We'd suggest a quick ride round the block after collection, and we'll be there to adjust anything.",
            "Do pop back any time and we'll check the gears while you wait.",
        ],
    );
}

#[test]
fn a_thank_you_keeps_its_friendly_questions() {
    assert_rows(
        ReplyKind::Positive,
        &[],
        &[
            "Thank you! Did the new tyres make a difference on the hills?",
            "Thanks so much. Most riders notice the gears feel smoother after the first week, and we hope you do too.",
        ],
    );
}

#[test]
fn things_calming_down_is_the_shops_busy_week_not_contempt() {
    let busy = "Sorry again. We'll ring you once things calm down after the weekend rush.";
    assert!(tone(busy, ReplyKind::Complaint).is_empty(), "{busy:?}");
    // Found; "calm down" warns since issue 11's block audit ("the waiter
    // told you to calm down, and that was unacceptable").
    let told = "Please calm down and read the order form.";
    assert!(
        tone(told, ReplyKind::Complaint).contains(&(Severity::Warn, Evidence::Inferred)),
        "{told:?}"
    );
}

#[test]
fn exasperated_questions_and_slips_called_obvious_warn() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Did you want it quick or did you want it right??",
            "The gear guide is in the box, which you evidently never opened.",
            "If the hills are too much, maybe try the flat route home.",
        ],
        &[
            "You clearly know your bikes, and you were right about the cable.",
            "Could you bring it in on Tuesday? We'll fix it while you wait.",
        ],
    );
}

#[test]
fn manners_demanded_of_the_customer_warn_the_staff_held_to_them_do_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "We would ask every rider to treat our staff with civility.",
            "Aggression towards our team will not be accepted at the counter.",
            "Please don't post things online that are not true.",
            "Please don't call us cowboys online.",
            "Kindly do not escalate before speaking to the workshop.",
        ],
        &[
            "We expect our team to treat every rider with courtesy, and that did not happen.",
            "Please do not hesitate to ring the workshop on 01632 960300.",
            "Please do call us again whenever the bike needs a service.",
            "Kindly do call in whenever suits you.",
        ],
    );
}

#[test]
fn a_review_handed_to_lawyers_or_a_day_in_court_warns() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "This post has been forwarded to our lawyers.",
            "We look forward to seeing you in court over the invoice.",
        ],
        &[
            "If your solicitor needs the service sheet, we will send it the same day.",
            "We have passed your notes to our head mechanic, who will call you today.",
        ],
    );
}

#[test]
fn an_ironic_aside_warns_a_plain_remark_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Oddly enough, the bike rode perfectly on our test loop.",
            "Apparently one slow week now qualifies as cowboy work.",
            "A chain slipping after our tune-up would be a first.",
        ],
        &[
            "Enough of the excuses from us: the gears will be reset this week.",
            "Our first job is to get the gears right, and we will.",
        ],
    );
}

#[test]
fn a_virtue_lacked_another_shop_suggested_or_a_duty_waved_off_warn() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "A bit more understanding would have helped everyone.",
            "Maybe a big chain store would suit you better.",
            "We cannot chase every customer to collect their bike.",
        ],
        &[
            "Thank you for your patience while we reset the gears.",
            "Perhaps our Saturday slot would suit you better; we will hold it for you.",
            "We can't undo the nine days, but we can reset the gears this week.",
        ],
    );
}

/// blind146 paddle_positive-good-1 and blind134 ramen_queue_pos-good-2:
/// "maybe" before when they might come back is no advice.
#[test]
fn maybe_before_when_they_come_back_is_no_advice() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Perhaps in future check the gears before you ride off.",
            "Maybe try a cheaper shop next time.",
        ],
        &[
            "Hope to see you back soon, maybe for one of our Saturday group rides.",
            "Come back for the winter service, perhaps on a quieter Tuesday.",
            "We'd love to see you again, maybe in spring when the trails dry out.",
        ],
    );
}
