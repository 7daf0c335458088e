//! Issue 11's sixth pass, studied on the fourth blind set's misses: each
//! row uses other words and trades than that set, so a rule is a kind of
//! wording, not a memorised line.

use super::sentence_table::{self, Row};
use super::*;
use Category::*;

const REVIEW: &str = "The kitchen fitters left a mess, the worktop is chipped and nobody \
    rang me back about the invoice.";

fn assert_rows(rows: &[Row]) {
    sentence_table::assert_rows(REVIEW, rows);
}

#[test]
fn thanks_and_owned_decisions_are_not_blame_or_defence() {
    assert_rows(&[
        (
            "We appreciate that you took the trouble to describe the fitting.",
            &[],
            &[Blame],
        ),
        (
            "Thank you for taking a moment; you took time to explain it all.",
            &[],
            &[Blame],
        ),
        (
            "You took nine days to send the photos of the worktop.",
            &[Blame],
            &[],
        ),
        (
            "I should've rung before cutting the worktop: the choice was yours to make, not ours.",
            &[],
            &[Defensive],
        ),
        (
            "The mess was left by the plumbers, not us.",
            &[Defensive],
            &[],
        ),
    ]);
}

/// Whether the coach tells the person to escalate this review.
fn escalates(review: &str) -> bool {
    Coach::new(review, &CoachRules::default()).review_has_legal_risk()
}

#[test]
fn harm_and_complaints_to_a_body_that_can_act_are_escalated() {
    let rows: &[(&str, bool)] = &[
        (
            "After the prawn curry my son was seriously sick all night.",
            true,
        ),
        (
            "The nurse handed me another patient's inhaler at the hatch.",
            true,
        ),
        ("I have lodged a complaint with the dental council.", true),
        (
            "I reported the salon to the licensing board this morning.",
            true,
        ),
        ("My daughter came out in hives after the face paint.", true),
        ("I complained to the manager about the wait.", false),
        (
            "A rash of bookings meant we waited, but the food was lovely.",
            false,
        ),
        ("The board games were missing pieces.", false),
    ];
    for (review, want) in rows {
        assert_eq!(escalates(review), *want, "{review:?}");
    }
}

#[test]
fn manners_demanded_harm_shrunk_and_words_denied_read_as_hostile() {
    const REVIEW: &str = "The fitters were \"cowboys\", the worktop is chipped and the \
        office never rang me back.";
    sentence_table::assert_rows(
        REVIEW,
        &[
            (
                "We'll gladly talk if you can write to us politely.",
                &[NegativeTone],
                &[],
            ),
            (
                "One chip in a worktop is hardly a catastrophe.",
                &[NegativeTone],
                &[],
            ),
            (
                "Please ring the office instead of ranting on here.",
                &[NegativeTone],
                &[],
            ),
            (
                "Our fitters were saddened by your comments.",
                &[NegativeTone],
                &[],
            ),
            ("Our fitters are not \"cowboys\".", &[NegativeTone], &[]),
            (
                "Sorry we never rang back. They weren't \"cowboys\" to us either, and we're sad it felt that way.",
                &[],
                &[NegativeTone],
            ),
            (
                "I'm sorry the worktop was chipped, and that the office never rang you back.",
                &[],
                &[NegativeTone],
            ),
        ],
    );
}

#[test]
fn one_colleague_singled_out_or_the_customer_steered_reads_as_blame() {
    assert_rows(&[
        (
            "Our junior fitter was supposed to seal the joint and forgot.",
            &[Blame],
            &[],
        ),
        (
            "The installer was in his first week with us.",
            &[Blame],
            &[],
        ),
        (
            "The invoice mix-up was made by a temp in accounts.",
            &[Blame],
            &[],
        ),
        ("The surveyor is no longer employed with us.", &[Blame], &[]),
        ("He should have rung you before cutting.", &[Blame], &[]),
        ("I have talked to her about the mess.", &[Blame], &[]),
        (
            "The worktop stock was beyond the supplier's control.",
            &[Blame],
            &[],
        ),
        (
            "Our booking page works fine for everyone else.",
            &[Blame],
            &[],
        ),
        (
            "Our call-back text probably landed in your junk folder.",
            &[Blame],
            &[],
        ),
        (
            "We require clients to clear the kitchen first.",
            &[Blame],
            &[],
        ),
        (
            "Some clients confuse a hairline chip with a crack.",
            &[Blame],
            &[],
        ),
        ("The final drawing was approved by you.", &[Blame], &[]),
        // A term the customer must meet is policy (defensive), not blame.
        ("Snags must be reported within seven days.", &[], &[Blame]),
        (
            "The measuring was done by an independent surveyor.",
            &[Blame],
            &[],
        ),
        (
            "Sorry — we left a mess and chipped your worktop, and that is on us.",
            &[],
            &[Blame],
        ),
        (
            "Our fitter Dan will come back on Monday to replace it.",
            &[],
            &[Blame],
        ),
    ]);
}

#[test]
fn the_case_argued_in_public_and_what_only_looks_like_it() {
    assert_rows(&[
        (
            "The quote was approved by you before the fitters started.",
            &[PublicDetails],
            &[],
        ),
        (
            "Our fitters recorded that the old units were already cracked.",
            &[PublicDetails],
            &[],
        ),
        (
            "Your invoice came to Rs 18000 in total.",
            &[PublicDetails],
            &[],
        ),
        (
            "Dear Loyal Customer, thank you, and sorry about the worktop.",
            &[],
            &[PublicDetails],
        ),
        (
            "Hi <First Name>, sorry about the worktop.",
            &[],
            &[PublicDetails],
        ),
        (
            "Sorry about the worktop. Your new one arrives on 9 October.",
            &[],
            &[PublicDetails],
        ),
        (
            "Sorry about the mess. I've written to you, and I'm on 0161 496 0733 all week.",
            &[],
            &[PublicDetails],
        ),
        // A colleague named nearer the number than "you" gives the shop's
        // (blind129, the one good draft its sealed run blocked).
        (
            "Sorry. Our lead, Priya, will sort it with you; she's on 01632 960452.",
            &[],
            &[PublicDetails],
        ),
        (
            "Sorry about the worktop. Our crew checks every joint twice.",
            &[],
            &[PublicDetails],
        ),
        (
            "Our office answered every one of your emails.",
            &[PublicDetails],
            &[],
        ),
        (
            "The fitter offered a discount there and then on the day.",
            &[PublicDetails],
            &[],
        ),
        ("We did ring you on the Tuesday.", &[PublicDetails], &[]),
        ("The cabinets were shipped on time.", &[PublicDetails], &[]),
        (
            "The extractor passed its safety check last spring.",
            &[PublicDetails],
            &[],
        ),
        (
            "Sorry about the mess; we'll call you today to set a date.",
            &[],
            &[PublicDetails],
        ),
    ]);
}

#[test]
fn open_ended_promises_and_replies_that_only_name_the_shop() {
    let offered = vec!["refund of the call-out".to_string()];
    let risky = |private: &str| {
        sentence_table::raised(REVIEW, "Thank you, and sorry.", private, &offered)
            .contains(&RiskyPromise)
    };
    assert!(risky(
        "I'll refund the call-out, and your taps will never drip again."
    ));
    assert!(risky(
        "I'll refund the call-out and ensure you never wait on a call-back again."
    ));
    assert!(risky(
        "I'll refund the call-out; pick any handles you like on us."
    ));
    assert!(!risky(
        "I'll refund the call-out this week, and I'm sorry again."
    ));

    const PRAISE: &str = "Quickfit Kitchens did a tidy job, though the fitters ran late every \
        day this month.";
    let generic = |public: &str| sentence_table::raised(PRAISE, public, "", &[]).contains(&Generic);
    assert!(generic(
        "Thank you for choosing Quickfit Kitchens! We're always working to improve."
    ));
    assert!(generic("Thanks for trusting Quickfit Kitchens this month."));
    assert!(!generic(
        "Thank you! Sorry the fitters ran late, and glad the job was tidy."
    ));
}

#[test]
fn an_apology_in_either_draft_counts() {
    let public = "Thank you for telling us about the worktop. Call 0161 496 0733.";
    let apologised =
        |private: &str| !sentence_table::raised(REVIEW, public, private, &[]).contains(&NoApology);
    assert!(apologised(
        "Hi, so sorry we chipped it. A new one goes in on Friday."
    ));
    assert!(!apologised(
        "Hi, sorry you feel that way. A new one goes in on Friday."
    ));
    assert!(!apologised("Hi, a new one goes in on Friday."));
}

#[test]
fn contact_already_made_and_removal_asked_in_other_words() {
    assert_rows(&[
        (
            "Sorry about the worktop — we've been in touch by text to fix a date.",
            &[],
            &[NoContact],
        ),
        (
            "Sorry again; I've phoned you this morning.",
            &[],
            &[NoContact],
        ),
        (
            "Sorry. Our supplier has been in touch with them daily.",
            &[NoContact],
            &[],
        ),
        (
            "Sorry. We'd ask that the review is amended.",
            &[AsksRemoval],
            &[],
        ),
        (
            "Sorry. We'll talk to our solicitor unless this is deleted.",
            &[AsksRemoval],
            &[],
        ),
        (
            "Would you mind updating it once the new worktop is in?",
            &[AsksRemoval],
            &[],
        ),
        ("Let us win back your stars.", &[AsksRemoval], &[]),
        (
            "Sorry — we'll earn your trust back with a new worktop.",
            &[],
            &[AsksRemoval],
        ),
    ]);
}

#[test]
fn empathy_in_the_hardship_known_and_what_it_cost_them() {
    let private = "Hi, we'll refit the worktop on Friday or refund the fitting.";
    let empathises =
        |public: &str| !sentence_table::raised(REVIEW, public, private, &[]).contains(&NoEmpathy);
    assert!(empathises(
        "Sorry — we know how stressful a half-finished kitchen is."
    ));
    assert!(empathises(
        "Sorry. Chasing us cost you a whole evening on the phone."
    ));
    assert!(empathises(
        "Sorry for the worry this gave you, and for the chip."
    ));
    assert!(empathises(
        "Sorry. I hate that you had to clean up after us."
    ));
    assert!(!empathises(
        "Sorry about the worktop; a new one is on order."
    ));
}

#[test]
fn defences_of_nobody_minding_and_time_taken_and_fixes_that_are_not() {
    assert_rows(&[
        (
            "Funny, no-one complained about the grout before.",
            &[Defensive],
            &[],
        ),
        ("Bespoke worktops take time.", &[Defensive], &[]),
        (
            "Our surveyor was dealing with a big backlog that week.",
            &[Defensive],
            &[],
        ),
        (
            "Sorry — the call-out charge should have been clearly stated, and that's on us.",
            &[],
            &[Defensive],
        ),
        (
            "Sorry about the chip. We've tested every worktop in stock since.",
            &[],
            &[Defensive],
        ),
    ]);
}
