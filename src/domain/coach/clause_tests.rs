//! The clause rules, sentence by sentence: who did what, contempt, empathy
//! and contact by shape. Each row: a public reply, what it must raise and
//! what it must not.

use super::*;

const REVIEW: &str = "The lamp arrived with a cracked shade after a week. I paid £89. The \
    delivery driver left it in the rain and nobody answered my emails.";

fn categories(public: &str) -> Vec<Category> {
    let input = CoachInput {
        review: REVIEW,
        public,
        private: "",
        min_choices: 0,
        offered_choices: &[],
        shop: &NO_SHOP,
    };
    check(&input, &CoachRules::default())
        .findings
        .iter()
        .map(|f| f.category)
        .collect()
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
    for (text, raise, not) in rows {
        let got = categories(text);
        for c in *raise {
            assert!(got.contains(c), "{text:?} should raise {c}: {got:?}");
        }
        for c in *not {
            assert!(!got.contains(c), "{text:?} should not raise {c}: {got:?}");
        }
    }
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
    for (text, raise, not) in rows {
        let got = categories(text);
        for c in *raise {
            assert!(got.contains(c), "{text:?} should raise {c}: {got:?}");
        }
        for c in *not {
            assert!(!got.contains(c), "{text:?} should not raise {c}: {got:?}");
        }
    }
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
