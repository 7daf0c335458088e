//! Issue 11's tenth pass (good_faith.rs), studied on the good drafts the
//! writers' sets blind7/8/9 blocked. Each row uses other words and trades
//! than those sets, so a rule is a kind of wording, not a memorised line;
//! the bad forms that share its words must still block.

use super::*;
use Category::*;

const REVIEW: &str = "The sofa came three weeks late, the wrong colour, with a torn arm, \
    and I was billed again after cancelling the protection plan.";

/// The categories that block on this public reply, for a reply of `kind`.
fn blocking(kind: ReplyKind, public: &str) -> Vec<Category> {
    sentence_table::reply_report(kind, REVIEW, public, "", 0)
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Block)
        .map(|f| f.category)
        .collect()
}

/// Each reply is found on `category` (`true`: it warns or blocks) or does
/// not block on it (`false`). Since issue 11's block audit the bad forms
/// here ("sorry, but…", "good luck with that", "signed for at 2pm") are
/// phrases a careful reply can hold too, so they warn: found, not blocking.
fn assert_blocks(kind: ReplyKind, category: Category, rows: &[(&str, bool)]) {
    let found = |text: &str| {
        sentence_table::reply_report(kind, REVIEW, text, "", 0)
            .findings
            .iter()
            .any(|f| f.category == category)
    };
    let wrong: Vec<String> = rows
        .iter()
        .filter(|&&(text, bad)| {
            if bad {
                !found(text)
            } else {
                blocking(kind, text).contains(&category)
            }
        })
        .map(|&(text, bad)| format!("{text:?} {category}: want found={bad}"))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn good_wishes_for_the_customers_own_plans_are_not_sarcasm() {
    let rows: &[(&str, bool)] = &[
        (
            "Thank you so much, Priya. Good luck with your exams next month, and do come back.",
            false,
        ),
        (
            "Thanks again, and good luck with your new allotment!",
            false,
        ),
        (
            "Lovely to hear from you. Good luck with your move to Leeds.",
            false,
        ),
        // Sarcasm, the complaint itself, or the next firm they try.
        ("Good luck with that.", true),
        ("Good luck finding anyone cheaper.", true),
        ("Good luck with your complaint.", true),
        (
            "Good luck with your next electrician, you'll need it.",
            true,
        ),
        ("Good luck with your search for a cheaper garage.", true),
    ];
    assert_blocks(ReplyKind::Positive, NegativeTone, rows);
    assert_blocks(ReplyKind::Complaint, NegativeTone, rows);
}

#[test]
fn sorry_that_what_they_paid_for_failed_is_an_apology() {
    assert_blocks(
        ReplyKind::Complaint,
        Defensive,
        &[
            ("I'm sorry the sofa wasn't what you ordered.", false),
            ("I'm sorry the cottage was not what you booked.", false),
            ("I'm sorry the van we sent wasn't what you paid for.", false),
            ("I'm sorry the tour wasn't what you were promised.", false),
            ("I'm sorry your sofa arrived with a torn arm.", false),
            // Sorry for what they expected or feel stays a defence.
            ("I'm sorry the sofa wasn't what you expected.", true),
            ("Sorry the colour wasn't what you hoped for.", true),
            ("I'm sorry you feel that way.", true),
            ("I'm sorry you were unhappy with the colour.", true),
        ],
    );
}

#[test]
fn a_delivery_service_called_signed_for_is_not_a_detail_of_the_case() {
    assert_blocks(
        ReplyKind::Complaint,
        PublicDetails,
        &[
            (
                "Sorry. Every order now goes out on a signed-for courier service.",
                false,
            ),
            (
                "Sorry. We've moved all furniture to signed-for next-day delivery.",
                false,
            ),
            ("Sorry. Cushions now travel by tracked delivery.", false),
            // The parcel's signature argued in public.
            ("Sorry. The sofa was signed for at 2pm.", true),
            ("Sorry. It was signed for by someone at your address.", true),
            (
                "Sorry. Our driver's app shows it was signed-for on Friday.",
                true,
            ),
        ],
    );
}

#[test]
fn a_but_that_turns_to_our_own_failure_admits_it() {
    assert_blocks(
        ReplyKind::Complaint,
        Defensive,
        &[
            (
                "I'm sorry, your plan was cancelled on our side but our payments system never \
                 stopped the charge, which is our mistake.",
                false,
            ),
            (
                "Apologies, we had your order in good time but we didn't book the van, and that's on us.",
                false,
            ),
            (
                "I'm sorry, your note reached us but I never passed it to the workshop.",
                false,
            ),
            // A "but" that denies, cites our records or explains away.
            ("I'm sorry, but we never received your email.", true),
            (
                "I'm sorry, but our records didn't show any cancellation.",
                true,
            ),
            ("Sorry, but we didn't deliver because nobody was in.", true),
            ("Sorry, but our policy is clear.", true),
            ("I apologise, but we weren't told about the stairs.", true),
        ],
    );
}

/// Whether a thank-you `public` to the happy review `praise` is generic.
fn generic_thank_you(praise: &str, public: &str) -> bool {
    sentence_table::reply_report(ReplyKind::Positive, praise, public, "", 0)
        .findings
        .iter()
        .any(|f| f.category == Generic)
}

/// A thank-you in words any happy review shares ("great", "visit", "see
/// you soon") is generic (blind89-100: nine such replies passed as
/// specific); one that names what they praised is not.
#[test]
fn a_thank_you_in_words_any_happy_review_shares_is_generic() {
    const PRAISE: &str = "Lovely afternoon at Oakhurst. The lady in the plant area helped me \
        pick shade plants for a north-facing bed. Great coffee too, will visit again!";
    let generic = |public: &str| generic_thank_you(PRAISE, public);
    for bland in [
        "Thanks for the great review, see you again soon!",
        "Thank you for your kind words! We're so glad you enjoyed your visit and hope to welcome you back soon.",
    ] {
        assert!(generic(bland), "{bland}");
    }
    for specific in [
        "Thank you! So glad the shade plants suit your north-facing bed; I'll tell Jan in the plant area.",
        "Thanks for the lovely words about our coffee, and see you again soon!",
    ] {
        assert!(!generic(specific), "{specific}");
    }
}

/// The trade itself in a thank-you ("see you on the ice again", "glad you
/// enjoyed your lessons") names nothing of this review; what they praised,
/// or the shop's own word about their dogs, still does.
#[test]
fn the_trade_in_general_is_generic_in_a_thank_you() {
    const PRAISE: &str = "Six Saturday lessons on the ice with Coach Mira and my twins can \
        finally skate backwards. The rink cafe does a great hot chocolate. Our huskies \
        even came to watch!";
    let generic = |public: &str| generic_thank_you(PRAISE, public);
    let rows: &[(&str, bool)] = &[
        (
            "Thank you for visiting! We hope to see you on the ice again soon.",
            true,
        ),
        (
            "Thanks for the review! We're glad you enjoyed your lessons.",
            true,
        ),
        (
            "Thank you! We're so glad you are enjoying our lessons. See you at the rink soon.",
            true,
        ),
        (
            "Thank you! Mira is thrilled the twins can skate backwards now.",
            false,
        ),
        (
            "Thank you! Glad you enjoyed the hot chocolate at the rink cafe.",
            false,
        ),
        ("THANK YOU! We LOVE your huskies!", false),
    ];
    for &(public, want) in rows {
        assert_eq!(generic(public), want, "{public}");
    }
}

/// The shop's own name, however the reply brings it in ("At Frostline,
/// …", "we at Frostline", "thanks for visiting Frostline Rink", "The
/// Frostline Team"), shows nothing of this review; "the cafe at Frostline"
/// may answer the review's words, and a named coach still does.
#[test]
fn the_shops_own_name_is_no_sign_the_review_was_read() {
    const PRAISE: &str = "Six Saturday lessons at Frostline Rink with Coach Mira. The cafe \
        at Frostline does a great hot chocolate.";
    let generic = |public: &str| generic_thank_you(PRAISE, public);
    let rows: &[(&str, bool)] = &[
        ("Thank you for visiting Frostline Rink!", true),
        ("At Frostline, every skater matters. Thank you!", true),
        ("Thank you! We at Frostline value every review.", true),
        ("Thank you for your kind review! The Frostline Team", true),
        ("Thank you! Mira will be thrilled.", false),
        ("Thank you! The cafe at Frostline will be thrilled.", false),
    ];
    for &(public, want) in rows {
        assert_eq!(generic(public), want, "{public}");
    }
}

/// Sarcasm in a stock phrase (blind125-130) warns; a wish for the
/// customer's own plans ("with the race") does not, found or blocking.
#[test]
fn stock_sarcasm_warns_and_wishes_do_not() {
    let found = |text: &str| {
        sentence_table::reply_report(ReplyKind::Complaint, REVIEW, text, "", 0)
            .findings
            .iter()
            .any(|f| f.category == NegativeTone)
    };
    let rows: &[(&str, bool)] = &[
        (
            "Sofas are furniture, not magic carpets, funnily enough.",
            true,
        ),
        ("Glad the cushions at least met your high standards.", true),
        ("Sorry the sofa wasn't up to your standards.", true),
        ("Thanks for the colourful review!", true),
        ("We're upholsterers, not mind readers.", true),
        ("\"Lumpy\" is your word, not ours.", true),
        ("Every sofa is checked against our own standards.", false),
        ("We'll let other shoppers draw their own conclusions.", true),
        ("No upholsterer can work miracles in a week.", true),
        ("Friday is our busiest day, as most regulars know.", true),
        ("Good luck proving that.", true),
        // blind183-188: stock sarcasm found after their run.
        (
            "Funny enough, most sofas that sag have a dog on them.",
            true,
        ),
        (
            "A chargeback before a phone call? Interesting choice.",
            true,
        ),
        ("Bravo to you too!", true),
        (
            "Thank you too, and thanks for giving us the chance to fix it.",
            false,
        ),
        ("Good luck with the claim.", true),
        ("Glad the sofa earned us a star, anyway.", true),
        ("Fabric labels don't lie.", true),
        (
            "We would remind you that posting false claims has consequences.",
            true,
        ),
        (
            "Happy to come back if you'll actually answer the door.",
            true,
        ),
        ("Thanks so much, and good luck with the house move!", false),
        ("Good luck with the new flat, and do pop back in.", false),
        (
            "We hold ourselves to high standards and missed them here.",
            false,
        ),
    ];
    let wrong: Vec<_> = rows
        .iter()
        .filter(|&&(text, tone)| found(text) != tone)
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
