//! tone_turns.rs: the turns of negative tone blind18/19's writers used that
//! the older shapes missed, each in words and trades no labelled set uses
//! (a boat hire, a kennel, a piano tuner…): the jab warns from
//! its shape (inferred, never blocking) and the sincere sentence sharing its
//! shape gets no negative-tone at all. Also the false readings taken away:
//! amends ("make it up to you"), a wish for the customer's own plans, a
//! question about what they prefer, an insult they were made to feel.

use super::*;
use Category::*;

const REVIEW: &str = "The boat hire gave us a leaking dinghy, the engine cut out twice and \
    nobody at the desk would refund the deposit. We missed the regatta. I've told my bank.";

fn assert_rows(kind: ReplyKind, jabs: &[&str], sincere: &[&str]) {
    sentence_table::assert_tone_rows(kind, REVIEW, (jabs, sincere), true);
}

#[test]
fn what_others_would_accept_warns_siding_with_the_customer_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Tides change, and I think any sensible sailor would accept that.",
            "A regatta week is busy and most renters will appreciate we can't check every hull twice.",
            "Kennels fill up in August; I'd hope reasonable owners would understand.",
        ],
        &[
            "Anyone would understand your frustration after a day like that.",
            "Most renters would understand why you felt let down, and so do we.",
            "We will refund the deposit by Friday.",
        ],
    );
}

#[test]
fn the_customer_beside_others_warns_a_plain_like_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Perhaps book a day ahead, like the 300 other sailors who hire from us each summer.",
            "Unlike most of our renters, you chose to leave the mooring at dusk.",
            "The rest of our guests managed to find the slipway.",
        ],
        &[
            "We'd like to refund the deposit and the hire fee.",
            "It looked like the engine had a blocked fuel line, and that's on us.",
            "I'd like to put it right; other options are on the way by email.",
        ],
    );
}

#[test]
fn a_consequence_held_over_them_warns_our_own_consequence_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Reversing the payment with your bank may result in your membership being cancelled.",
            "Further posts like this will lead to you being refused future hires.",
        ],
        &[
            "The leak will result in a full refund of the hire, paid by Friday.",
            "The fault could lead to a longer check of every dinghy, which we have started.",
        ],
    );
}

#[test]
fn a_fact_called_obvious_warns_a_feeling_granted_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "It's hardly a secret that the river runs fast after rain.",
            "No surprise some hire yards will let anything float for a tenner.",
            "How a two-stroke engine floods is no mystery.",
        ],
        &[
            "It's no surprise you were upset after missing the regatta.",
            "The good news is that the refund went out this morning.",
            "We understand how worrying three days with no news must have been.",
        ],
    );
}

#[test]
fn an_ever_question_warns_a_real_question_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Ever tried checking the weather before booking a dinghy?",
            "So ever thought of wearing a life jacket?",
        ],
        &[
            "Would Saturday or Sunday suit you better for the replacement hire?",
            "We have never had an engine fail like that, and we are sorry it was yours.",
        ],
    );
}

#[test]
fn an_apology_refused_warns_one_given_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "We will not apologise for keeping the deposit on a damaged boat.",
            "I won't apologise for following the hire rules.",
        ],
        &[
            "We can't apologise enough for the leaking dinghy.",
            "I apologise for the engine and for the wait at the desk.",
        ],
    );
}

#[test]
fn a_sneering_tail_warns_a_plain_tail_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Glad the sandwiches were good, at least.",
            "Engines need fuel, believe it or not.",
            "The engine was apparently faulty again, it always is.",
        ],
        &[
            "We'll refund the hire and the deposit, in full.",
            "The dinghy is out of service until it is repaired, as it should be.",
            "Thank you for telling us about the engine, Sam.",
        ],
    );
}

/// In a reply that says sorry, "…, at least" consoles unless the praise
/// is faint or quoted; without an apology it sneers.
#[test]
fn at_least_beside_an_apology_consoles_unless_the_praise_is_faint() {
    let sorry = "I'm sorry about the dinghy and the engine, and that you missed the regatta.";
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Glad the harbour views were fine, at least.",
            &format!("{sorry} Glad the lifejackets met your standards, at least."),
            &format!("{sorry} Glad the \"scenery\" was enjoyed, at least."),
        ],
        &[&format!(
            "{sorry} Glad our desk team looked after the children, at least."
        )],
    );
}

/// A wink in a reply to a complaint jokes at the customer; one beside a
/// star asked for is asks-removal's. A thank-you may wink, unless the wink
/// follows words about the customer.
#[test]
fn a_wink_at_a_complaint_warns() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "The dinghies are fine if you row them straight, but we'll have a look \u{1f609}",
            "It's a harbour, not a spa; bring a jumper ;)",
        ],
        &["Once the engine is fixed we would love that fifth star \u{1f609}"],
    );
    assert_rows(
        ReplyKind::Positive,
        &["Glad the dinghy was smarter than you in the end \u{1f609}"],
        &[
            "See you at the regatta next year \u{1f609}",
            "We'll keep the chowder recipe a secret \u{1f609} and the showers are fixed since you left.",
        ],
    );
}

/// A wink at the end of a long reply that owns the failure is still a
/// joke at the customer: the learned layer, which takes back tone warnings
/// in replies it scores as sincere, may not take this one back.
#[test]
fn a_wink_is_kept_in_a_long_sincere_reply() {
    let reply = "Thank you for telling us about the regatta, Sam. I'm so sorry the \
        engine failed and that you missed the start. That must have been \
        maddening after a year of waiting. We have taken the dinghy out of \
        service until it is repaired. I can refund the hire in full or book \
        you a boat for the next race, whichever you prefer. Next time we'll \
        even throw in a working engine \u{1f609}";
    assert_rows(ReplyKind::Complaint, &[reply], &[]);
}

/// Gladness about words in quotes holds the praise at arm's length; a
/// name in quotes, or a quote in the next sentence, is not.
#[test]
fn glad_about_words_in_quotes_warns() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Glad the kids had fun \"somehow\".",
            "Still, we're glad \"the sponge itself was lovely\".",
        ],
        &[
            "Glad you tried the \"Harbour Breakfast\" before the engine trouble.",
            "Glad the swap helped. \"Better than the mainland\" is going on our board!",
        ],
    );
}

#[test]
fn how_much_it_mattered_doubted_warns_a_plain_if_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "If the regatta was that important, a backup boat might have been wise.",
            "If a tuning matters so much, book it the month before the concert.",
        ],
        &[
            "If that works for you, we'll have a boat ready on Saturday.",
            "If you'd like, I can call you this afternoon.",
        ],
    );
}

#[test]
fn told_what_not_to_do_warns_kind_imperatives_do_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "And don't leave your kennel booking to the night before.",
            "Maybe next time do not book your hire on a race day.",
        ],
        &[
            "Don't hesitate to call me on 01632 960999.",
            "Don't worry about your deposit; it is already on its way back.",
            "We don't charge your card until the boat is back.",
        ],
    );
}

#[test]
fn the_customers_act_judged_warns_what_they_suffered_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Threatening a chargeback before speaking to us is unhelpful.",
            "Posting the skipper's name online was inappropriate.",
            "Demanding a refund at the desk is not constructive.",
        ],
        &[
            "Waiting an hour at the desk for a refund is unacceptable.",
            "Paying for a day on the water and getting a leaking dinghy is not fair.",
        ],
    );
}

#[test]
fn sent_to_the_rivals_warns_our_other_branch_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Enjoy the other boat yards on the river.",
            "Try elsewhere next summer.",
        ],
        &[
            "Try our other slipway at Mill Quay, where the boats are newer.",
            "Try another size of life jacket; the desk keeps all of them.",
            "We'd be glad to see you at the other end of the season.",
        ],
    );
}

#[test]
fn the_talking_handed_to_lawyers_warns_a_plain_through_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Any further letters should come through our solicitors.",
            "We will answer the bank's query via our legal team.",
        ],
        &[
            "We will answer the bank's query through the usual form, today.",
            "I'll talk you through the refund on the phone.",
        ],
    );
}

#[test]
fn false_readings_taken_away() {
    assert_rows(
        ReplyKind::Complaint,
        &[],
        &[
            "I've sent you a message about making it up to you.",
            "Once we've made it up to you, we'd love to see you on the river again.",
            "Being made to feel like a liar at the desk is not how anyone should be spoken to.",
            "You came for a day on the water and spent it bailing a dinghy, which is not the day you paid for.",
        ],
    );
    assert_rows(
        ReplyKind::Positive,
        &[],
        &["Thank you! See you next spring, and good luck with sailing season!"],
    );
    // A choice offered as a question asks.
    let got = sentence_table::reply_report(
        ReplyKind::Complaint,
        REVIEW,
        "Sorry for the dinghy. Email me at hire@river.example.",
        "We can refund the hire or give you two free days. What do you prefer?",
        0,
    );
    assert!(
        got.findings.iter().all(|f| f.category != NegativeTone),
        "{got:?}"
    );
}

#[test]
fn what_the_business_is_not_warns_what_went_wrong_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "It's a river, not a swimming pool.",
            "We're a boat yard, not a weather service!",
            "We rent dinghies; we aren't a taxi.",
        ],
        &[
            "That's a ruined afternoon, not a day on the water.",
            "It's not a small thing to miss a regatta, and I'm sorry.",
            "We aren't a big firm, but I will refund the deposit by Friday.",
        ],
    );
}

#[test]
fn after_all_said_at_them_warns_after_all_their_effort_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "A river does rise after rain, after all.",
            "The deposit is, after all, what covers the repairs.",
            "Which is after all why the desk asks for a deposit.",
        ],
        &[
            "Missing the regatta after all your practice is hard, and I'm sorry.",
            "That must have been deflating after all the planning.",
        ],
    );
}

#[test]
fn a_statement_put_back_as_a_question_warns_real_questions_do_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Leaking?",
            "Twice in one afternoon?",
            "Dearer than you hoped?",
            "At twelve pounds an hour, what exactly were you expecting?",
            "If you skip the safety talk, how is that our fault?",
            "Would you have preferred we cancelled the hire altogether?",
        ],
        &[
            "Would Saturday or Sunday suit you better for the free hire?",
            "What would help most: a refund or another day on the water?",
            "Is there anything else we can do?",
            "Could you send me the booking reference so I can refund it today?",
            "Would you prefer a refund or a free day?",
        ],
    );
    // A thank-you may ask back without any edge.
    assert_rows(
        ReplyKind::Positive,
        &[],
        &["Thank you for the lovely words! Same boat next summer?"],
    );
}

#[test]
fn more_false_readings_taken_away() {
    assert_rows(
        ReplyKind::Complaint,
        &[],
        &[
            "A day on the river is meant to be easy and yours clearly wasn't.",
            "I understand you left feeling not welcome at the desk, and that is on me.",
        ],
    );
}

#[test]
fn requests_and_offers_put_as_questions_are_not_jabs() {
    assert_rows(
        ReplyKind::Complaint,
        &[],
        &[
            "Questions?",
            "Not sure what went wrong once it left us??",
            "Once the refund is through, you could pick a date for the free day?",
            "Jo says we can collect the dinghy today, so would Monday or Tuesday suit you?",
            "Next week we can either refund the hire or book a free day, which would suit?",
            "Ana, I can only imagine how flat that day was after all the planning.",
        ],
    );
}

// blind60-72: a dare to take it further, the business as what it is not
// with a plural, others who understand; and in a thank-you, the retorts
// that cannot be friendly.
#[test]
fn a_dare_to_take_it_further_warns_help_with_the_bank_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Feel free to report us to Trading Standards; we have nothing to hide.",
            "We're more than happy to let the small claims court decide.",
            "We will be providing our evidence to your card issuer.",
            "Go right ahead and call your solicitor.",
            "We're a boat yard, not magicians.",
            "Dinghies take on water in a chop. Most renters understand that.",
        ],
        &[
            "Feel free to call us on 01632 960411 any time.",
            "Feel free to contact your bank if the refund hasn't arrived by Friday.",
            "We're happy to let your bank know the refund is on its way.",
            "We'll go ahead with the refund today.",
            "We understand that the tide changed your plans, and I'm sorry.",
        ],
    );
    assert_rows(
        ReplyKind::Positive,
        &[
            "Music too loud? It's a darts bar, not a library.",
            "Feel free to tell the council, we have nothing to hide.",
        ],
        &[
            "Is there a better way to spend a Saturday?",
            "We're a small crew, not a big chain, and reviews like yours keep us going.",
        ],
    );
}

// blind65, 66, 73, 74: a lawyer welcomed, a solicitor told where we are;
// and good replies read as hostile — a label's wording in quotes, what the
// customer was told, a right, patience a piano deserves.
#[test]
fn a_lawyer_welcomed_warns_a_label_a_right_and_what_they_were_told_do_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "We have the booking sheet. Any lawyer is welcome to view it.",
            "If your solicitor wishes to contact us, they know where we are.",
        ],
        &[
            "Those dinghies should never have carried a 'Seaworthy Certified' label, and I'm sorry.",
            "I'm sorry you were told it was your problem; it was ours.",
            "As a hire you paid for, you're entitled to a full refund.",
            "You know where to find us next summer, and thank you.",
        ],
    );
    assert_rows(
        ReplyKind::Positive,
        &[],
        &["Old dinghies deserve a bit of patience. Come back soon!"],
    );
}
