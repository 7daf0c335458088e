//! Issue 11's ninth pass, from the two good drafts the tenth blind set
//! blocked: what the customer was wrongly told, reported and taken back in
//! the same sentence, and, in a thank-you, a place, the weather or the day
//! as the subject of a hardship verb. Each row uses other words and trades
//! than that set, so a rule is a kind of wording, not a memorised line;
//! the same words not taken back still block.

use super::sentence_table;
use super::*;
use Category::*;

const COMPLAINT: &str = "The zip on my new jacket broke after a week and the shop said I \
    must have yanked it. I never did.";

const PRAISE: &str = "What a day! Thanks to the whole crew for the boat trip, even in that \
    weather. Best day of the holiday.";

/// Whether the coach blocks on blame in `public`, a reply of `kind`.
fn blame_blocks(kind: ReplyKind, review: &str, public: &str) -> bool {
    sentence_table::reply_report(kind, review, public, "", 0)
        .findings
        .iter()
        .any(|f| f.category == Blame && f.severity == Severity::Block)
}

#[test]
fn what_the_customer_was_wrongly_told_taken_back_is_owning() {
    sentence_table::assert_rows(
        COMPLAINT,
        &[
            (
                "Sorry. Being told you must have yanked the zip when you hadn't was the wrong response.",
                &[],
                &[Blame],
            ),
            (
                "I'm sorry. Saying you must have forced the zip was not fair, and it's on me.",
                &[],
                &[Blame],
            ),
            (
                "Sorry. Suggesting you must have washed it too hot was unacceptable.",
                &[],
                &[Blame],
            ),
            (
                "Sorry. Being told the damage was caused by you shouldn't have happened.",
                &[],
                &[Blame],
            ),
            // blind61 window-1.
            (
                "Sorry. Being told you must have missed us when you work from home — I'd be livid too.",
                &[],
                &[Blame],
            ),
            (
                "Sorry. Implying you must have misused the jacket when you hadn't was simply wrong of us.",
                &[],
                &[Blame],
            ),
        ],
    );
}

#[test]
fn the_same_words_not_taken_back_still_block() {
    for public in [
        "Sorry. You must have yanked the zip.",
        "Sorry. You must have forced the zip, it doesn't break on its own.",
        "Sorry. We told you that you must have washed it too hot, and we stand by that.",
        "Sorry. Being told you must have dropped it when you didn't use a case was fair enough.",
        "Sorry. Being told you must have missed us was right — I'd check your calendar.",
        "Sorry. The courier threw the parcel and bent the zip.",
    ] {
        assert!(
            blame_blocks(ReplyKind::Complaint, COMPLAINT, public),
            "{public:?} should block on blame"
        );
    }
}

#[test]
fn in_a_thank_you_the_day_or_the_place_throwing_everything_at_us_is_no_blame() {
    for public in [
        "Thank you! Lulworth threw everything at us that afternoon and you all kept smiling.",
        "Thanks so much! The weather threw it all at us and you never stopped laughing.",
        "Thank you! Snowdon threw the lot at us and you still loved every minute.",
        "Thanks! Mother Nature threw everything at us, and you made it brilliant anyway.",
    ] {
        assert!(
            !blame_blocks(ReplyKind::Positive, PRAISE, public),
            "{public:?} should not block on blame"
        );
    }
    // A person throwing things is still blame, in a thank-you or not; and
    // the same figure in a complaint is not excused.
    for (kind, public) in [
        (
            ReplyKind::Positive,
            "Thank you! The courier threw the cooler box on the deck, sorry.",
        ),
        (
            ReplyKind::Complaint,
            "Sorry. The courier threw the parcel and bent the zip.",
        ),
    ] {
        assert!(
            blame_blocks(kind, PRAISE, public),
            "{public:?} should block on blame"
        );
    }
}

/// A defence reported as what the customer was told and called wrong in
/// the same sentence warns instead of blocking (from blind11's one blocked
/// good draft, in other words); the same defence said outright blocks.
#[test]
fn a_defence_reported_and_called_wrong_warns_instead_of_blocking() {
    let defence_blocks = |public: &str| {
        let input = CoachInput {
            review: COMPLAINT,
            public,
            private: "",
            min_choices: 0,
            offered_choices: &[],
            shop: &NO_SHOP,
        };
        check(&input, &CoachRules::default())
            .findings
            .iter()
            .any(|f| f.category == Defensive && f.severity == Severity::Block)
    };
    let rows: &[(&str, bool)] = &[
        (
            "I'm sorry. Being told there was nothing we could do about the zip was really disappointing.",
            false,
        ),
        (
            "Sorry. Being told it was not our fault was the wrong response.",
            false,
        ),
        // Defensive phrases and "sorry, but" warn since issue 11's block
        // audit (a careful reply holds them too).
        (
            "Sorry, but there was nothing we could do about the zip.",
            false,
        ),
        ("Sorry. It was not our fault, and we stand by that.", true),
    ];
    for (public, blocks) in rows {
        assert_eq!(defence_blocks(public), *blocks, "{public}");
    }
}
