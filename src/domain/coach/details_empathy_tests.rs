//! Issue 11's details pass (felt.rs, counter_facts.rs, public_details.rs):
//! empathy that names no feeling, and our version of the case argued in
//! public. Each row is in other words and trades than the labelled sets,
//! so a rule is a kind of wording, not a memorised line; rows that must
//! still flag stand beside rows that must stay clean.

use super::*;
use Category::*;

const REVIEW: &str = "Booked the boiler service for a Monday, the engineer never came, \
    the heating failed on Wednesday with two toddlers in the house, and the office \
    kept saying someone would ring back. Nobody did.";

/// The findings of a public reply (with a short private note), for a reply
/// of `kind`: category and whether it blocks.
fn findings(kind: ReplyKind, public: &str) -> Vec<(Category, bool)> {
    let private = "We can refund the service fee by Friday or send an engineer free tomorrow.";
    sentence_table::reply_report(kind, REVIEW, public, private, 2)
        .findings
        .iter()
        .map(|f| (f.category, f.severity == Severity::Block))
        .collect()
}

/// Each complaint reply is (`true`) or is not (`false`) flagged `category`.
fn assert_flags(category: Category, rows: &[(&str, bool)]) {
    for &(text, flagged) in rows {
        let got = findings(ReplyKind::Complaint, text);
        assert_eq!(
            got.iter().any(|(c, _)| *c == category),
            flagged,
            "{text:?} {category}: {got:?}"
        );
    }
}

#[test]
fn an_experience_weighed_as_hard_is_empathy() {
    assert_flags(
        NoEmpathy,
        &[
            (
                "Thanks for telling us, and we're sorry. Two cold days with toddlers \
                 is a grim way to start the week. Ring me on 01632 960411.",
                false,
            ),
            (
                "Thank you, and apologies. A no-show and then no heating is no fun at all \
                 with little ones. Email help@warmhome.example.",
                false,
            ),
            (
                "Thanks for the review, and sorry. Chasing an office that never rings back \
                 makes a hard week much harder. Call 01632 960411.",
                false,
            ),
            // The same words with a person or the customer's words as subject,
            // or after "however", weigh nothing for the customer.
            (
                "Thanks for the review. Your review is rough on a small family firm. \
                 Call 01632 960411.",
                true,
            ),
            (
                "Thanks for the review. However, January is always hard for engineers. \
                 Call 01632 960411.",
                true,
            ),
            (
                "Thanks for the review. We're sorry you feel our office is poor at \
                 ringing back. Call 01632 960411.",
                true,
            ),
            // Horrible, awful, terrible weigh it too; "if it was so terrible"
            // doubts it.
            (
                "Thank you, and I'm sorry. A cold house the day before a birthday \
                 party is a horrible thing to come home to. Call 01632 960411.",
                false,
            ),
            (
                "Thanks for the review. Odd that you booked again if it was so \
                 terrible. Call 01632 960411.",
                true,
            ),
        ],
    );
}

#[test]
fn knowing_how_it_was_and_what_they_counted_on_is_empathy() {
    assert_flags(
        NoEmpathy,
        &[
            (
                "Thank you, and I'm sorry. We know you count on the heating with two \
                 small children. Call 01632 960411.",
                false,
            ),
            (
                "Thanks for posting. I'm sorry; we can only imagine the cold nights. \
                 Email help@warmhome.example.",
                false,
            ),
            (
                "Thanks for writing, and sorry: you booked us to keep the house warm, \
                 not to leave it cold for two days. Call 01632 960411.",
                false,
            ),
            (
                "Thanks for the review, sorry. Nobody wants a cold bath for their \
                 toddlers. Call 01632 960411.",
                false,
            ),
            // Knowing what happened is not knowing how it felt; a bare sorry
            // is not empathy.
            (
                "Thanks for the review, and sorry for the inconvenience. We know what \
                 happened on Monday. Call 01632 960411.",
                true,
            ),
            (
                "Thanks for the review, and sorry. You need to book a new slot online. \
                 Call 01632 960411.",
                true,
            ),
        ],
    );
}

#[test]
fn our_version_of_the_case_warns_and_owning_does_not() {
    let rows: &[(&str, bool)] = &[
        (
            "Thanks for the review. Our engineer offered a later slot, which you declined. \
             Call 01632 960411.",
            true,
        ),
        (
            "Thanks for the review. The boiler was spotless when he left. \
             Call 01632 960411.",
            true,
        ),
        (
            "Thanks for the review. We sent you 3 reminders about the visit. \
             Call 01632 960411.",
            true,
        ),
        // Owning what the customer agreed to, or signing up, is not a case argued.
        (
            "Thank you, and I'm sorry. You approved the right date and we still \
             sent nobody. Call 01632 960411.",
            false,
        ),
        (
            "Thank you, and I'm sorry. The cover plan that you signed up for should \
             have sent someone the same day. Call 01632 960411.",
            false,
        ),
    ];
    for &(text, flagged) in rows {
        let got = findings(ReplyKind::Complaint, text);
        let details: Vec<bool> = got
            .iter()
            .filter(|(c, _)| *c == PublicDetails)
            .map(|(_, b)| *b)
            .collect();
        assert_eq!(!details.is_empty(), flagged, "{text:?}: {got:?}");
        // Read from shape: it warns, never blocks.
        assert!(details.iter().all(|b| !b), "{text:?} blocks: {got:?}");
    }
}

#[test]
fn a_greeting_passed_on_in_a_thank_you_is_not_who_said_what() {
    let rows: &[(&str, bool)] = &[
        (
            "Thank you so much for the kind words. Dev says you're welcome back \
             for the annual check any time.",
            false,
        ),
        (
            "Thanks for the lovely review! Aoife says see you next winter.",
            false,
        ),
        (
            "Thanks for the review. Dev says the boiler was fine when he left.",
            true,
        ),
    ];
    for &(text, flagged) in rows {
        let got = findings(ReplyKind::Positive, text);
        assert_eq!(
            got.iter().any(|(c, _)| *c == PublicDetails),
            flagged,
            "{text:?}: {got:?}"
        );
    }
}

#[test]
fn a_street_ending_in_rise_hill_or_walk_is_an_address() {
    for street in ["14 Larch Rise", "3 Mill Hill", "27 Canal Walk"] {
        let text = format!("Thanks for the review. Our engineer was at {street} on Monday.");
        let got = findings(ReplyKind::Complaint, &text);
        assert!(got.contains(&(PublicDetails, true)), "{street}: {got:?}");
    }
}

#[test]
fn what_they_were_told_judged_wrong_and_what_we_owed_do_not_block() {
    let rows: &[(&str, bool)] = &[
        // Owned: the customer proved right, what they were told called wrong,
        // one of us offering to talk with the number after.
        (
            "Thank you, and I'm sorry. You were told the part was on order — that \
             wasn't a fair answer after three days without heat. Call 01632 960411.",
            false,
        ),
        (
            "We're so sorry - the radiator should have looked like the one in your \
             photos. Email help@warmhome.example.",
            false,
        ),
        (
            "Thanks for telling us, and sorry for the cold week. Imran would like to \
             talk it through with you: 01632 960411.",
            false,
        ),
        // Argued: what they were told held up, or their evidence doubted.
        // This warns (who said what, read from the shape); it used to block
        // only because the phone number after "on order." was read as the
        // order's number.
        (
            "Thanks for the review. You were told the part was on order. \
             Call 01632 960411.",
            false,
        ),
        // Found, but "in your photos" warns since issue 11's block audit
        // ("the damage in your photos is clearly our fault").
        (
            "Thanks for the review. There is no sign of a leak in your photos. \
             Call 01632 960411.",
            false,
        ),
    ];
    for &(text, blocks) in rows {
        let got = findings(ReplyKind::Complaint, text);
        assert_eq!(
            got.contains(&(PublicDetails, true)),
            blocks,
            "{text:?}: {got:?}"
        );
    }
}

#[test]
fn a_record_shown_their_act_handed_back_or_what_we_told_them_warns() {
    // (text, flagged): the boiler review, in words no labelled set uses.
    assert_flags(
        PublicDetails,
        &[
            (
                "Thanks for the review. The engineer's job report shows nobody answered the door.",
                true,
            ),
            (
                "Thanks for the review. The Monday visit was moved by you, not by our office.",
                true,
            ),
            (
                "Thanks for the review. We explained at booking that Mondays run late.",
                true,
            ),
            (
                "Thanks for the review. We should have explained at booking that Mondays run late.",
                false,
            ),
            (
                "Thanks for the review. The photos sent by you helped us find the fault.",
                false,
            ),
        ],
    );
    // Each reading is from shape: it warns, it never blocks.
    let got = findings(
        ReplyKind::Complaint,
        "Thanks for the review. Our office notes show the engineer rang twice.",
    );
    assert!(got.contains(&(PublicDetails, false)), "{got:?}");
    assert!(!got.contains(&(PublicDetails, true)), "{got:?}");
}

/// A title and a surname is how a reply addresses the customer politely;
/// a first name and a surname in public is still their full name.
#[test]
fn a_title_and_a_surname_is_a_form_of_address() {
    assert_flags(
        PublicDetails,
        &[
            (
                "Dear Mr Menon, thank you for the review, and I'm sorry. Please call me on 0161 496 0000.",
                false,
            ),
            (
                "Dear Mrs Ashworth, I'm sorry about the late visit. Please call me on 0161 496 0000.",
                false,
            ),
            (
                "Dear Robert Hughes, I'm sorry about the late visit. Please call me on 0161 496 0000.",
                true,
            ),
            (
                "Dear Mr Robert Hughes, I'm sorry about the late visit. Please call me on 0161 496 0000.",
                true,
            ),
        ],
    );
}

/// "Hi Wei Ling" to a review signed "Wei Ling Tan": two given names, the
/// surname left out. "Hi Wei Ling Tan" and a first name with the surname
/// the review signs with are still the full name.
#[test]
fn two_given_names_without_the_surname_are_not_the_full_name() {
    let review = "Waited an hour for noodles and nobody said sorry. - Wei Ling Tan";
    let private = "We can refund the meal by Friday or cook you dinner on us this week.";
    let flagged = |public: &str| {
        sentence_table::reply_report(ReplyKind::Complaint, review, public, private, 2)
            .findings
            .iter()
            .any(|f| f.category == PublicDetails)
    };
    let invite = "I'm so sorry about the hour-long wait. Please email me at jo@noodles.example.";
    assert!(!flagged(&format!("Hi Wei Ling, {invite}")));
    assert!(flagged(&format!("Hi Ling Tan, {invite}")));
    assert!(flagged(&format!("Dear Robert Hughes, {invite}")));
}

/// What they were told, retold as their grievance ("later than you were
/// told", "and then you were told…", beside how it felt or what we should
/// have done), is not the case argued; what they were told held up against
/// them still is.
#[test]
fn what_they_were_told_as_their_grievance_is_not_the_case_argued() {
    assert_flags(
        PublicDetails,
        &[
            (
                "Thanks for the review. A whole week later than you were told, with two toddlers and no heating, is not good enough.",
                false,
            ),
            (
                "Thanks for the review. You rang us twice and then you were told someone would call back, and nobody did.",
                false,
            ),
            (
                "Thanks for the review, and I'm sorry. You told us about the toddlers and we should have come that day.",
                false,
            ),
            (
                "Thanks for the review. For the record, you were told Mondays run late.",
                true,
            ),
            (
                "Thanks for the review. A Monday visit running late is exactly what you were told to expect.",
                true,
            ),
            (
                "Thanks for the review. Our call log notes you were told the engineer was delayed.",
                true,
            ),
        ],
    );
}
