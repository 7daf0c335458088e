use super::*;
use crate::domain::coach::{DraftPart, Severity};

fn finding(category: Category, reason: Reason) -> Finding {
    Finding {
        category,
        severity: Severity::Warn,
        evidence: crate::domain::coach::Evidence::Stated,
        draft: DraftPart::Public,
        start: 0,
        end: 3,
        line: 1,
        column: 1,
        reason,
    }
}

#[test]
fn every_reason_is_worded_as_before() {
    let quoted = |s: &str| Reason::Quoted(s.into());
    let table = [
        (
            Category::NoApology,
            Reason::Missing,
            "no apology: say sorry and own the problem, without \"but\" (HEARD: apologise)",
        ),
        (
            Category::Blame,
            quoted("the courier"),
            "blame (\"the courier\"): take full ownership; find the cause later, without \
             blaming anyone (HEARD: diagnose)",
        ),
        (
            Category::NoChoices,
            Reason::TooFewChoices {
                offered: 1,
                wanted: 2,
            },
            "1 concrete option offered, 2 wanted: offer a couple of concrete choices \
             (replacement, refund, remake…) so they feel empowered (HEARD: resolve)",
        ),
        (
            Category::NoChoices,
            Reason::TooFewChoices {
                offered: 0,
                wanted: 2,
            },
            "0 concrete options offered, 2 wanted: offer a couple of concrete choices \
             (replacement, refund, remake…) so they feel empowered (HEARD: resolve)",
        ),
        (
            Category::PublicDetails,
            Reason::Detail(PublicDetail::Personal(DetailKind::Email)),
            "public details (an email address): in public, only apologise and invite them to \
             talk; keep details private",
        ),
        (
            Category::PublicDetails,
            Reason::Detail(PublicDetail::VisitDate),
            "public details (a date of their visit or order): in public, only apologise and \
             invite them to talk; keep details private",
        ),
        (
            Category::RiskyPromise,
            Reason::NotAmongChoices {
                quoted: "gift card".into(),
                offer: Offer::GiftCard,
            },
            "risky promise (\"gift card\"): a gift card is not among your choices — add it on \
             the Choices step, or remove it here",
        ),
        (
            Category::HiddenText,
            Reason::HiddenChar('\u{200b}'),
            "hidden character ⟨U+200B⟩: it can hide or rearrange text on a screen, so nobody \
             can approve what they cannot see; retype this part",
        ),
        (
            Category::Blame,
            Reason::BlamesPerson("Tom forgot".into()),
            "blames a person (\"Tom forgot\"): name the process that let it happen, not the \
             person (blameless diagnosis)",
        ),
        (
            Category::LegalRisk,
            quoted("lawyer"),
            "the review mentions \"lawyer\": escalate to the owner before any reply",
        ),
    ];
    for (category, reason, want) in table {
        let f = finding(category, reason);
        assert_eq!(message(&f), want, "{f:?}");
        assert_eq!(f.why().to_string(), want, "{f:?}");
    }
}

#[test]
fn every_category_and_tip_is_one_line() {
    for c in Category::ALL {
        for reason in [Reason::Missing, Reason::Quoted("x".into())] {
            let line = message(&finding(c, reason));
            assert!(!line.contains('\n') && !line.is_empty(), "{c}: {line:?}");
        }
    }
    let tips = [
        Tip::TooLong { words: 130 },
        Tip::LeadWithWarmth,
        Tip::LeadWithThanks,
        Tip::InviteBack,
    ];
    for tip in tips {
        let line = tip.to_string();
        assert!(!line.contains('\n') && !line.contains("  "), "{line:?}");
    }
    assert_eq!(
        Tip::LeadWithWarmth.to_string(),
        "lead with thanks or an apology, not an explanation: readers decide in the first sentence"
    );
}

#[test]
fn the_json_keeps_the_documented_fields_and_their_order() {
    let f = finding(Category::Shouting, Reason::Quoted("NO".into()));
    assert_eq!(
        serde_json::to_string(&f).unwrap(),
        "{\"category\":\"shouting\",\"severity\":\"warn\",\"draft\":\"public\",\"start\":0,\
         \"end\":3,\"line\":1,\"column\":1,\"message\":\"shouting (\\\"NO\\\"): capitals and \
         repeated !/? read as anger; stay calm and professional\"}"
    );
    let a = Advice {
        draft: DraftPart::Public,
        start: 0,
        end: 0,
        tip: Tip::LeadWithThanks,
    };
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        "{\"draft\":\"public\",\"start\":0,\"end\":0,\"message\":\"lead with thanks: it is what \
         the reply is for\"}"
    );
}

#[test]
fn a_bad_phrase_says_which_and_why() {
    let table = [
        (
            PhraseError::UnknownGroup {
                phrase: "{nope} x".into(),
                group: "nope".into(),
            },
            "coach rules: phrase \"{nope} x\": unknown group {nope}",
        ),
        (
            PhraseError::BadStart {
                phrase: "* x".into(),
            },
            "coach rules: phrase \"* x\": must start with a word (a prefix needs 3 letters)",
        ),
        (
            PhraseError::TooMany {
                phrase: "a|b".into(),
            },
            "coach rules: phrase \"a|b\": expands to too many variants",
        ),
    ];
    for (e, want) in table {
        assert_eq!(RulesError::from(e).to_string(), want);
    }
    assert_eq!(
        UnknownCategory("nope".into()).to_string(),
        "unknown coach category \"nope\""
    );
}

#[test]
fn the_scorecard_json_carries_the_finding_as_its_line() {
    let f = finding(Category::NoThanks, Reason::Missing);
    let scored = crate::domain::practice::ScoredFinding {
        category: "no-thanks".into(),
        severity: "warn".into(),
        draft: "public".into(),
        line: 1,
        why: f.why(),
    };
    let json: serde_json::Value = serde_json::to_value(&scored).unwrap();
    assert_eq!(
        json["message"],
        "no thanks: thank them for taking the time to tell you what went wrong"
    );
    assert!(json.get("why").is_none(), "{json}");
}
