//! Issue 11's examples, seen in the TUI by a new hire, each as a careful
//! reviewer would judge it: what must be raised, what must not, and whether
//! the reply may be sent.

use heard::domain::coach::{
    Category, CoachInput, CoachRules, DraftPart, NO_SHOP, ReplyKind, Severity, Shop, check,
    check_blameless,
};
use heard::present::coach::message;

const LAMP: &str = "The lamp arrived with a cracked shade and the base dented. I paid £89 and \
                    had to wait a week for it. Really disappointed.";
const BRUNCH: &str = "We waited 45 minutes for our brunch and the eggs were stone cold when they \
                      came. Nobody apologised. Not what we wanted on a Sunday.";
const PLUMBER: &str = "The plumber was late, the leak came back the next day and the invoice was \
                       higher than the quote.";
const BAKERY: &str = "Five stars! The sourdough is the best in town and Priya at the counter \
                      remembered my name. Will be back every Saturday.";

/// One example: the texts, and what a careful reviewer expects.
struct Example {
    name: &'static str,
    review: &'static str,
    public: &'static str,
    private: &'static str,
    offered: &'static [&'static str],
    kind: ReplyKind,
    /// Categories that must be raised.
    raise: &'static [Category],
    /// Categories that must not be.
    not: &'static [Category],
    /// Whether sending is refused.
    blocks: bool,
}

const fn ex(name: &'static str, review: &'static str, public: &'static str) -> Example {
    Example {
        name,
        review,
        public,
        private: "",
        offered: &[],
        kind: ReplyKind::Complaint,
        raise: &[],
        not: &[],
        blocks: false,
    }
}

use Category::*;

/// A decent private message, so the public examples are judged on their own.
const PRIVATE: &str = "I'm sorry about the lamp. I can send a new one by tracked courier within \
                       2 working days, or refund you in full today — whichever you prefer.";

fn examples() -> Vec<Example> {
    vec![
        Example {
            raise: &[Blame, Defensive],
            blocks: true,
            private: PRIVATE,
            ..ex(
                "polished blame and terms",
                LAMP,
                "Thank you for your review. Unfortunately it was mishandled in transit by the \
                 delivery company. As per our terms, refunds are only given for faults reported \
                 within 48 hours.",
            )
        },
        Example {
            raise: &[Blame, Defensive],
            // Both readings are found but neither is certain ("please note my
            // direct line is…" is a careful reply; so is "it must have
            // happened in our workshop"): since issue 11's block audit this
            // warns twice instead of blocking.
            blocks: false,
            private: PRIVATE,
            ..ex(
                "please note, passive guess",
                LAMP,
                "Thanks for letting us know. Please note that the damage must have occurred \
                 after delivery.",
            )
        },
        Example {
            raise: &[Blame, PublicDetails],
            blocks: true,
            private: PRIVATE,
            ..ex(
                "staff named in public, carrier blamed",
                LAMP,
                "Thank you for the review. Kevin was correct: damage in transit is the carrier's \
                 responsibility.",
            )
        },
        Example {
            raise: &[NegativeTone],
            blocks: true,
            ..ex(
                "a threat",
                PLUMBER,
                "We will see you in court if you keep posting lies.",
            )
        },
        Example {
            raise: &[NegativeTone],
            blocks: true,
            ..ex(
                "sarcasm",
                PLUMBER,
                "Funny how these things always seem to happen after the invoice is paid.",
            )
        },
        Example {
            raise: &[NegativeTone],
            blocks: true,
            ..ex(
                "a rhetorical question",
                PLUMBER,
                "What exactly did you expect?",
            )
        },
        Example {
            raise: &[NegativeTone],
            blocks: true,
            ..ex(
                "scare quotes and maybe-try",
                PLUMBER,
                "Thanks for your \"review\". Maybe try booking a slot that suits you next time.",
            )
        },
        Example {
            raise: &[Defensive],
            blocks: true,
            ..ex(
                "record straight, thousands served",
                PLUMBER,
                "To set the record straight, we stand by our work. We've served thousands of \
                 customers and nobody else complained.",
            )
        },
        Example {
            not: &[Blame, NoChoices, RiskyPromise],
            offered: &["a new lamp", "a full refund"],
            private: PRIVATE,
            ..ex(
                "a courier mentioned neutrally",
                LAMP,
                "Thank you for telling us, and I'm so sorry the lamp arrived cracked and dented \
                 after a week's wait; that's so disappointing. Please email me at \
                 care@lumen.example and I'll put it right today.",
            )
        },
        Example {
            private: "Hi, I'm sorry again. A new lamp sent by tracked courier within 2 working \
                      days, or a full refund today: whichever you prefer.",
            offered: &["a new lamp", "a full refund"],
            not: &[Blame, NoChoices, RiskyPromise],
            ..ex(
                "the options, with a courier",
                LAMP,
                "Thank you, and I'm sorry the lamp arrived cracked; I'd be frustrated too. \
                 We've sent you a message.",
            )
        },
        Example {
            private: "Hi, I'm sorry again. We can send a new lamp this week, or give you a full \
                      refund today.",
            offered: &["a new lamp", "a discount on your next order"],
            raise: &[RiskyPromise],
            ..ex(
                "a refund that is not among the choices",
                LAMP,
                "Thank you, and I'm sorry the lamp arrived cracked; I'd be frustrated too. \
                 We've sent you a message.",
            )
        },
        Example {
            not: &[NoEmpathy],
            private: "I'm so sorry. We'd like to refund the brunch in full, or have you back \
                      as our guests next Sunday, whichever you prefer.",
            ..ex(
                "specific empathy",
                BRUNCH,
                "Thank you for telling us, and I'm sorry. Waiting 45 minutes for cold eggs… is \
                 not the brunch anyone should have with us. Email me at sam@thecorner.example.",
            )
        },
        Example {
            not: &[PublicDetails, NoContact],
            private: PRIVATE,
            ..ex(
                "the shop's own email, offered casually",
                LAMP,
                "Thank you, and I'm sorry the lamp arrived cracked; how disappointing after a \
                 week's wait. Give me a shout at hello@lumen.example.",
            )
        },
        Example {
            not: &[NoContact],
            private: PRIVATE,
            ..ex(
                "ask for me at the desk",
                BRUNCH,
                "Thank you, and I'm sorry your eggs were cold after a 45 minute wait; that's \
                 not good enough. Next time you're in, ask for me at the desk.",
            )
        },
        Example {
            offered: &[
                "file a damage claim with the courier",
                "send it back at your own cost",
            ],
            private: "I'm sorry. You can file a damage claim with the courier, or send it back \
                      at your own cost. Timeline: when we get round to it.",
            raise: &[Blame, Defensive, NoChoices],
            blocks: true,
            ..ex(
                "the options and the timeline checked",
                LAMP,
                "Thank you, and I'm sorry the lamp arrived cracked; I'd be frustrated too. \
                 We've sent you a message.",
            )
        },
        Example {
            kind: ReplyKind::Positive,
            not: &[NoApology, NoEmpathy, NoChoices, NoContact, Generic],
            ..ex(
                "a thank-you, no private message",
                BAKERY,
                "Thank you so much! We're thrilled you love the sourdough, and we'll save you a \
                 loaf next Saturday. See you soon.",
            )
        },
        Example {
            kind: ReplyKind::Positive,
            raise: &[NoThanks, Generic],
            ..ex(
                "a thank-you without thanks",
                BAKERY,
                "Great to hear. Have a nice day.",
            )
        },
    ]
}

#[test]
fn the_issues_examples_behave_as_a_careful_reviewer_would() {
    let shop = Shop {
        email: "hello@lumen.example".into(),
        staff: vec!["Kevin".into(), "Priya".into()],
        ..Shop::default()
    };
    let mut wrong = Vec::new();
    for e in examples() {
        let offered: Vec<String> = e.offered.iter().map(|s| s.to_string()).collect();
        let input = CoachInput {
            review: e.review,
            public: e.public,
            private: e.private,
            min_choices: 2,
            offered_choices: &offered,
            shop: &shop,
        };
        let rules = CoachRules {
            kind: e.kind,
            ..CoachRules::default()
        };
        let report = check(&input, &rules);
        let got: Vec<Category> = report.findings.iter().map(|f| f.category).collect();
        for c in e.raise {
            if !got.contains(c) {
                wrong.push(format!("{}: missed {c} (got {got:?})", e.name));
            }
        }
        for c in e.not {
            if let Some(f) = report.findings.iter().find(|f| f.category == *c) {
                wrong.push(format!("{}: raised {c}: {}", e.name, message(f)));
            }
        }
        if report.blocks() != e.blocks {
            wrong.push(format!(
                "{}: blocks {} (want {}): {got:?}",
                e.name,
                report.blocks(),
                e.blocks
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_refund_outside_the_choices_says_how_to_fix_it() {
    let offered = vec!["a new lamp".to_string(), "a discount".to_string()];
    let input = CoachInput {
        review: LAMP,
        public: "",
        private: "I'm sorry. We can send a new lamp or give you a full refund.",
        min_choices: 2,
        offered_choices: &offered,
        shop: &NO_SHOP,
    };
    let report = check(&input, &CoachRules::default());
    let f = report
        .findings
        .iter()
        .find(|f| f.category == RiskyPromise)
        .expect("risky-promise");
    assert!(
        message(f).contains(
            "a refund is not among your choices — add it on the Choices step, or remove it here"
        ),
        "{}",
        message(f)
    );
}

#[test]
fn a_diagnosis_that_blames_a_person_is_pointed_out() {
    let shop = Shop::default();
    let cases = [
        ("Tom forgot to lock the fridge again, he is careless.", true),
        ("The new girl dropped the tray.", true),
        (
            "The fridge was left unlocked overnight: there is no closing checklist.",
            false,
        ),
        (
            "Orders were packed without corner protectors; the packing guide skips them.",
            false,
        ),
        // What happened to a thing, not who did it; a name with an object
        // still blames.
        ("Mug broke in transit; two emails went unanswered.", false),
        ("Sam broke the mug while packing it.", true),
        // A name opening the sentence, then their character judged: found
        // walking the diagnosis step by keys.
        ("Tom is careless and forgot the bubble wrap.", true),
        ("Priya has been sloppy with the labels.", true),
        (
            "Tuesday was busy and the packing bench was cluttered.",
            false,
        ),
    ];
    for (text, blamed) in cases {
        let found = check_blameless(DraftPart::Diagnosis, text, &shop);
        assert_eq!(!found.is_empty(), blamed, "{text}: {found:?}");
        for f in &found {
            assert_eq!((f.category, f.severity), (Blame, Severity::Warn));
            assert!(message(f).contains("not the person"), "{}", message(f));
        }
    }
}
