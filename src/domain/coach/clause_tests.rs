//! The clause rules, sentence by sentence: who did what, contempt, empathy
//! and contact by shape. Each row: a public reply, what it must raise and
//! what it must not.

use super::sentence_table::{assert_rows, raised};
use super::*;

const REVIEW: &str = "The lamp arrived with a cracked shade after a week. I paid £89. The \
    delivery driver left it in the rain and nobody answered my emails.";

fn categories(public: &str) -> Vec<Category> {
    raised(REVIEW, public, "", &[])
}

use Category::*;

#[test]
fn who_did_what() {
    let rows: &[(&str, &[Category], &[Category])] = &[
        (
            "It was mishandled in transit by the delivery company.",
            &[Blame],
            &[],
        ),
        (
            "The damage must have occurred after delivery.",
            &[Blame],
            &[],
        ),
        ("The shade was probably cracked in the post.", &[Blame], &[]),
        ("The lamp was not stored as instructed.", &[Blame], &[]),
        ("Tom forgot to add the foam insert.", &[Blame], &[]),
        ("The courier obviously threw the box around.", &[Blame], &[]),
        (
            "The double charge was a glitch with our payment provider.",
            &[Blame],
            &[],
        ),
        ("You didn't read the listing.", &[Blame], &[]),
        ("You took three weeks to report it.", &[Blame], &[]),
        ("Infections are down to aftercare.", &[Blame], &[]),
        (
            "A new lamp sent by tracked courier within 2 working days.",
            &[],
            &[Blame],
        ),
        (
            "I'm sorry the lamp arrived cracked; we packed it too lightly.",
            &[],
            &[Blame],
        ),
        (
            "Due to your feedback we now double-box every lamp.",
            &[],
            &[Blame],
        ),
        ("Being told it was your fault made it worse.", &[], &[Blame]),
        (
            "It's not the courier's fault; the packing was ours.",
            &[],
            &[Blame],
        ),
        ("You must have been so disappointed.", &[], &[Blame]),
    ];
    assert_rows(REVIEW, rows);
}

#[test]
fn contempt_threats_and_excuses() {
    let rows: &[(&str, &[Category], &[Category])] = &[
        ("What exactly did you expect?", &[NegativeTone], &[]),
        ("Did you not see how busy we were?", &[NegativeTone], &[]),
        ("Thanks for your \"review\".", &[NegativeTone], &[]),
        ("Maybe try reading the description.", &[NegativeTone], &[]),
        (
            "Funny how this only happens after payment.",
            &[NegativeTone],
            &[],
        ),
        ("We will see you in court.", &[NegativeTone], &[]),
        ("Some people are never happy.", &[NegativeTone], &[]),
        ("Would you like us to send a new one?", &[], &[NegativeTone]),
        (
            "Perhaps we could send a new shade this week?",
            &[],
            &[NegativeTone],
        ),
        ("Is there anything else we can do?", &[], &[NegativeTone]),
        (
            "As per our terms, refunds are only given within 48 hours.",
            &[Defensive],
            &[],
        ),
        ("Please note that lamps are fragile.", &[Defensive], &[]),
        (
            "To set the record straight, we stand by our packing.",
            &[Defensive],
            &[],
        ),
        ("We've served thousands of customers.", &[Defensive], &[]),
        ("Send it back at your own cost.", &[Defensive], &[]),
        (
            "We were short-staffed, which is no excuse.",
            &[],
            &[Defensive],
        ),
        ("It is 100% fixed for good.", &[RiskyPromise], &[]),
    ];
    assert_rows(REVIEW, rows);
}

#[test]
fn empathy_and_contact_by_shape() {
    let sorry = "Thank you, and I'm sorry about the lamp.";
    let rows: &[(&str, &[Category], &[Category])] = &[
        (
            "A cracked shade after a week's wait is not the welcome anyone should get.",
            &[],
            &[NoEmpathy],
        ),
        ("You shouldn't have had to chase us.", &[], &[NoEmpathy]),
        ("We apologise for any disappointment.", &[NoEmpathy], &[]),
        (
            "Give me a shout at hello@lumen.example.",
            &[],
            &[NoContact, PublicDetails],
        ),
        ("Ask for Sam at the front desk.", &[], &[NoContact]),
        (
            "See lumen.example/help for our returns page.",
            &[],
            &[NoContact],
        ),
        ("We've sent you a message.", &[], &[NoContact]),
        (
            "Our lawyers will be in touch.",
            &[NoContact, NegativeTone],
            &[],
        ),
    ];
    for (text, raise, not) in rows {
        let got = categories(&format!("{sorry} {text}"));
        for c in *raise {
            assert!(got.contains(c), "{text:?} should raise {c}: {got:?}");
        }
        for c in *not {
            assert!(!got.contains(c), "{text:?} should not raise {c}: {got:?}");
        }
    }
}

/// The clause rules look ahead and behind freely: every prefix of texts that
/// end mid-shape ("customers who", "caused by the", "ask for") is checked
/// without a panic, and every finding points inside its text.
#[test]
fn texts_cut_anywhere_never_panic() {
    let texts = [
        "Customers who don't read the listing. You didn't read. You took three weeks to",
        "It was caused by the courier's payment provider. Ask for Sam. Maybe try",
        "The damage must have occurred after it left us. Kevin forgot. \"review\" Did you?",
        "We were short-staffed, which is no excuse. It is 100% not stored as instructed by",
    ];
    let shop = Shop {
        staff: vec!["Kevin".into()],
        ..Shop::default()
    };
    for text in texts {
        for (end, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let part = &text[..end];
            let input = CoachInput {
                review: part,
                public: part,
                private: part,
                min_choices: 2,
                offered_choices: &[part.to_string()],
                shop: &shop,
            };
            let report = check(&input, &CoachRules::default());
            let notes = check_blameless(DraftPart::Diagnosis, part, &shop);
            for f in report.findings.iter().chain(&notes) {
                // Every span points inside its text (the options are one
                // line each here, so no text is longer than `part`).
                assert!(f.start <= f.end && f.end <= part.len(), "{part:?}: {f:?}");
            }
        }
    }
}
