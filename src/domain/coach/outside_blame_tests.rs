//! Issue 11's third pass, sentence by sentence: blame by shape (referrals,
//! firms named by trade, a person as the subject of a failure, ownerless
//! guesses, decisions given to someone outside), apologies for a reaction,
//! and the good sentences that look like them and must stay quiet. Each
//! row: a public reply, what it must raise and what it must not.

use super::sentence_table::{self, Row, raised};
use super::*;

const REVIEW: &str = "The lamp arrived with a cracked shade after a week. I paid £89. The \
    delivery driver left it in the rain and nobody answered my emails.";

fn categories(public: &str, private: &str, offered: &[String]) -> Vec<Category> {
    raised(REVIEW, public, private, offered)
}

use Category::*;

fn assert_rows(rows: &[Row]) {
    sentence_table::assert_rows(REVIEW, rows);
}

#[test]
fn blame_by_shape() {
    assert_rows(&[
        // Sent elsewhere.
        (
            "You'll need to claim directly with the courier.",
            &[Blame],
            &[],
        ),
        ("Please take it up with your insurer.", &[Blame], &[]),
        (
            "The best route is a claim under the manufacturer's warranty.",
            &[Blame],
            &[],
        ),
        // A firm named by its trade, a decision given to someone outside.
        (
            "Our cleaning company had staffing problems that week.",
            &[Blame],
            &[],
        ),
        (
            "The heating is on a timer controlled by our landlord.",
            &[Blame],
            &[],
        ),
        ("The landlord has approved the deduction.", &[Blame], &[]),
        (
            "We had a bad batch of glue from our parts supplier.",
            &[Blame],
            &[],
        ),
        (
            "The booking system I use failed to send the texts.",
            &[Blame],
            &[],
        ),
        (
            "Out-of-print titles depend entirely on our wholesaler.",
            &[Blame],
            &[],
        ),
        (
            "Our instructors can't control traffic on the ring road.",
            &[Blame],
            &[],
        ),
        // A person as the subject of a failure.
        (
            "Our apprentice, Liam, forgot to use seat covers.",
            &[Blame],
            &[],
        ),
        (
            "Brianna is still new and should have asked a senior.",
            &[Blame],
            &[],
        ),
        // Guessed, with no one owning it; the customer's things.
        ("The line probably dropped.", &[Blame], &[]),
        (
            "It's possible the scratch occurred after our team left.",
            &[Blame],
            &[],
        ),
        (
            "Your wiring was in a worse state than expected.",
            &[Blame],
            &[],
        ),
        (
            "It appears the final step in the app was not clicked.",
            &[Blame],
            &[],
        ),
    ]);
}

/// A described staff member as the one who forgot is blame, inside an
/// apology too (categories.md: "our junior"; "naming who caused it is
/// blame"). This row sat with the good ones until the learned layer,
/// retrained on 140 sets, warned on it; the spec sides with the layer. The
/// rules stay silent: it warns, never blocks.
#[test]
fn a_described_staff_member_in_an_apology_is_blame() {
    assert_rows(&[(
        "I'm sorry our apprentice forgot the seat covers.",
        &[Blame],
        &[],
    )]);
}

#[test]
fn good_sentences_that_look_like_blame() {
    assert_rows(&[
        (
            "A new lamp sent by tracked courier within 2 working days.",
            &[],
            &[Blame],
        ),
        ("We have chased the courier for you.", &[], &[Blame]),
        ("Passing you off to the courier was wrong.", &[], &[Blame]),
        (
            "Our technicians found a faulty amplifier and replaced it.",
            &[],
            &[Blame],
        ),
        ("We probably dropped the ball on this one.", &[], &[Blame]),
        ("Our company should have called you.", &[], &[Blame]),
        (
            "You shouldn't have been told you must not have followed the aftercare.",
            &[],
            &[Blame],
        ),
        ("Tutors are human too and get ill.", &[], &[Blame]),
    ]);
}

#[test]
fn sorry_for_a_reaction_owns_nothing() {
    assert_rows(&[
        (
            "Thank you. Sorry the delivery didn't suit your schedule.",
            &[NoApology, Defensive],
            &[],
        ),
        (
            "Thank you. We're sorry you feel misled.",
            &[NoApology, Defensive],
            &[],
        ),
        (
            "Thank you. We're sorry for any confusion.",
            &[NoApology, Defensive],
            &[],
        ),
        (
            "Thank you. Sorry it wasn't to your liking.",
            &[NoApology, Defensive],
            &[],
        ),
        (
            "Thank you. I'm sorry the lamp arrived cracked.",
            &[],
            &[NoApology, Defensive],
        ),
        (
            "Thank you. We're sorry for any inconvenience.",
            &[],
            &[NoApology],
        ),
        (
            "Thank you. I'm sorry you were hurt.",
            &[],
            &[NoApology, Defensive],
        ),
    ]);
}

#[test]
fn threats_promises_and_narration() {
    assert_rows(&[
        (
            "Interesting that you've chosen to post this now.",
            &[NegativeTone],
            &[],
        ),
        (
            "Be careful about what you post publicly.",
            &[NegativeTone],
            &[],
        ),
        ("A bit of a chill never hurt anyone.", &[NegativeTone], &[]),
        (
            "Being told it was \"probably dropped\" must have felt like being called a liar.",
            &[],
            &[NegativeTone],
        ),
        (
            "Finding out about the fee only when you try to freeze would make anyone cross.",
            &[],
            &[Defensive],
        ),
        (
            "Refunds are given only when you return the item.",
            &[Defensive],
            &[],
        ),
        (
            "You not only lost the lamp but also the shade.",
            &[],
            &[Defensive],
        ),
    ]);
}

#[test]
fn costs_covered_outside_the_options_are_risky() {
    let offered = vec!["replacement lamp".to_string(), "10% off".to_string()];
    let got = categories(
        "Thank you, and I'm sorry. We've emailed you.",
        "We will pay all your medical bills.",
        &offered,
    );
    assert!(got.contains(&RiskyPromise), "{got:?}");
    let got = categories(
        "Thank you, and I'm sorry. We've emailed you.",
        "A replacement lamp this week, or 10% off.",
        &offered,
    );
    assert!(!got.contains(&RiskyPromise), "{got:?}");
}

/// The shapes look ahead several words; a draft cut off anywhere (while
/// typing) must never make them panic.
#[test]
fn drafts_cut_off_mid_sentence_never_panic() {
    let texts = [
        "It appears the final step in the app was not clicked",
        "Our apprentice, Liam, forgot",
        "The heating is controlled by our",
        "You'll need to claim directly with the",
        "Your wiring was in a worse state",
        "It's possible the scratch occurred after our team",
        "The landlord has approved",
        "Sorry for your",
        "Sorry to hear you",
        "front of house should",
        "We had a bad batch from",
        "Brianna should have",
    ];
    for text in texts {
        let cuts = text
            .match_indices(' ')
            .map(|(at, _)| at)
            .chain([text.len()]);
        for at in cuts {
            let _ = categories(&text[..at], &text[..at], &[]);
        }
    }
}

#[test]
fn a_suppliers_own_act() {
    assert_rows(&[
        // A supplier's own act told as what went wrong (blind125-127).
        (
            "I'm so sorry. Our wholesaler sent coral roses instead of blush.",
            &[Blame],
            &[],
        ),
        (
            "Sorry it was hard to find us; the landlord won't allow a sign.",
            &[Blame],
            &[],
        ),
    ]);
}
