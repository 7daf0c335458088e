//! The done-when cases and the API's shape.

use super::*;

fn input<'a>(review: &'a str, public: &'a str, private: &'a str) -> CoachInput<'a> {
    CoachInput {
        review,
        public,
        private,
        min_choices: 2,
        offered_choices: &[],
        shop: &NO_SHOP,
    }
}

fn categories(r: &Report) -> Vec<&'static str> {
    r.findings.iter().map(|f| f.category.as_str()).collect()
}

const REVIEW: &str = "The acrylic display stands arrived tinted BLUE, not clear as advertised. \
    Two of them were cracked too. I needed them for a craft fair this weekend and now I can't use them.";

#[test]
fn a_defensive_reply_is_caught_with_spans() {
    let reply = "We're sorry but the courier broke it, our policy says no refunds!!";
    let r = check(&input(REVIEW, reply, reply), &CoachRules::default());
    let cats = categories(&r);
    for want in ["defensive", "blame", "shouting", "no-choices"] {
        assert!(cats.contains(&want), "{want} missing from {cats:?}");
    }
    let span = |c: &str| {
        let f = r
            .findings
            .iter()
            .find(|f| f.category.as_str() == c)
            .unwrap();
        &reply[f.start..f.end]
    };
    assert_eq!(span("defensive"), "but");
    assert_eq!(span("blame"), "courier broke");
    assert_eq!(span("shouting"), "!!");
    assert!(r.blocks());
    let f = &r.findings[0];
    assert_eq!(
        (f.line, f.column),
        (1, 1 + reply[..f.start].chars().count())
    );
}

#[test]
fn a_warm_specific_reply_with_two_choices_does_not_block() {
    let public = "Thank you for telling us, and I'm so sorry the display stands arrived tinted \
        and two were cracked, just before your craft fair. That must have been really \
        frustrating. Please email me at care@clearshop.example and I'll put it right today.";
    let private = "Hello again, I'm sorry about the cracked stands and the tint. The blue is \
        usually a protective film that peels off, but cracks are our packing's fault. \
        I can send two replacement stands by express courier to arrive before Saturday, \
        or refund the whole order today, whichever suits you. Just reply and I'll do it.";
    let r = check(&input(REVIEW, public, private), &CoachRules::default());
    let blocking: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Block)
        .collect();
    assert!(!r.blocks(), "{blocking:#?}");
}

#[test]
fn the_json_shape_is_the_cli_contract() {
    let inp = input(REVIEW, "PLEASE remove your review.", "");
    let r = check(&inp, &CoachRules::default());
    let v = serde_json::to_value(&r).unwrap();
    let f = &v["findings"][0];
    for key in [
        "category", "severity", "draft", "start", "end", "line", "column", "message",
    ] {
        assert!(f.get(key).is_some(), "{key} missing in {f}");
    }
    // The sentiment `heard lint` prints beside the findings
    // (tests/lint_cli.rs holds the whole printed shape).
    let s = serde_json::to_value(sentiments(&inp)).unwrap();
    for part in ["review", "public", "private"] {
        assert!(s[part]["compound"].is_f64(), "{part}");
    }
    assert_eq!(v["findings"][0]["category"], "shouting");
}

#[test]
fn negation_and_quotation_are_respected() {
    let public = "Thank you, and I'm sorry. I won't blame the courier: the packing was ours. \
        You called it \"BLUE\" and you were right. Please email me at care@shop.example.";
    let r = check(&input(REVIEW, public, ""), &CoachRules::default());
    let cats = categories(&r);
    assert!(!cats.contains(&"blame"), "{cats:?}");
    assert!(!cats.contains(&"shouting"), "{cats:?}");
    assert!(!cats.contains(&"public-details"), "{cats:?}");
}

#[test]
fn legal_risk_points_into_the_review() {
    let review = "Your heater burned my hand and I'm speaking to a lawyer.";
    let r = check(&input(review, "", ""), &CoachRules::default());
    let f = r
        .findings
        .iter()
        .find(|f| f.category == Category::LegalRisk)
        .unwrap();
    assert_eq!(f.draft, DraftPart::Review);
    assert!(r.findings.iter().all(|f| f.draft == DraftPart::Review));
}

#[test]
fn money_outside_the_chosen_options_is_a_risky_promise() {
    let chosen = vec!["replacement".to_string(), "remake with gift".to_string()];
    let private = "I can send a replacement, or a full refund plus a voucher.";
    let inp = CoachInput {
        offered_choices: &chosen,
        ..input(REVIEW, "", private)
    };
    let r = check(&inp, &CoachRules::default());
    let risky: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.category == Category::RiskyPromise)
        .map(|f| &private[f.start..f.end])
        .collect();
    assert_eq!(risky, ["refund", "voucher"]);
}

#[test]
fn the_line_steps_use_the_same_checker() {
    let rules = CoachRules::default();
    let f = check_line(
        LineKind::Apology,
        "We apologise, however the courier lost it.",
        REVIEW,
        &rules,
    );
    let cats: Vec<&str> = f.iter().map(|f| f.category.as_str()).collect();
    assert!(
        cats.contains(&"defensive") && cats.contains(&"blame"),
        "{cats:?}"
    );
    assert!(f.iter().all(|f| f.draft == DraftPart::Apology));
    let f = check_line(LineKind::Apology, "Thanks for the photos.", REVIEW, &rules);
    assert_eq!(
        f.iter().map(|f| f.category).collect::<Vec<_>>(),
        [Category::NoApology]
    );
    let f = check_line(
        LineKind::Empathy,
        "I'd be frustrated too, with a fair this weekend.",
        REVIEW,
        &rules,
    );
    assert!(f.is_empty(), "{f:?}");
    assert!(check_line(LineKind::Empathy, "  ", REVIEW, &rules).is_empty());
}

#[test]
fn playbook_severities_apply_and_off_means_off() {
    let rules: CoachRules = toml::from_str("block = []\noff = [\"shouting\"]").unwrap();
    let r = check(&input(REVIEW, "WE ARE SORRY but no.", ""), &rules);
    assert!(!r.blocks());
    assert!(!categories(&r).contains(&"shouting"));
}

#[test]
fn intensity_reads_calm_upset_furious() {
    assert_eq!(
        review_intensity("Lovely shop, the parcel was a day late but fine.").label,
        IntensityLabel::Calm
    );
    assert_eq!(
        review_intensity("The stand arrived cracked and tinted. Really disappointed, and nobody answered my emails.").label,
        IntensityLabel::Upset
    );
    let furious = review_intensity(
        "WORST shop EVER!!! Rude, useless, dishonest people. Absolutely disgusting service, I hate them.",
    );
    assert_eq!(furious.label, IntensityLabel::Furious);
    assert!(furious.compound < -0.75);
}

#[test]
fn a_coach_judges_against_the_review_it_is_given_never_a_stale_one() {
    let rules = CoachRules::default();
    let coach = Coach::new(REVIEW, &rules);
    let reply = "Thank you, and I'm sorry the stands were cracked. I USED them too!! \
                 Email me at care@shop.example and I'll put it right.";
    let private = "We can send new stands or refund you, whichever you prefer.";
    // Same review: the same report as a one-off check.
    let same = input(REVIEW, reply, private);
    assert_eq!(coach.check(&same), check(&same, &rules));
    // Another review (e.g. re-imported after an edit): judged against that
    // one — its capitals, contacts and legal words — not the analysed one.
    let other = "USED stands, I will SUE you. Write to me at care@shop.example";
    let changed = input(other, reply, private);
    assert!(!coach.is_for(other));
    let got = coach.check(&changed);
    assert_eq!(got, check(&changed, &rules));
    assert_ne!(got, coach.check(&same));
    assert!(
        got.findings
            .iter()
            .any(|f| f.category == Category::LegalRisk)
    );
}

#[test]
fn a_coach_checks_lines_like_the_one_off_check() {
    let rules = CoachRules::default();
    let coach = Coach::new(REVIEW, &rules);
    for (kind, line) in [
        (
            LineKind::Empathy,
            "That must have been so frustrating before your fair.",
        ),
        (LineKind::Apology, "Sorry but the courier broke them!!"),
        (LineKind::Apology, "   "),
    ] {
        assert_eq!(
            coach.check_line(kind, line),
            check_line(kind, line, REVIEW, &rules)
        );
    }
}

#[test]
fn kind_sentences_that_look_like_blame_or_hostility_are_not() {
    let rules = CoachRules::default();
    let cases: &[(&str, &[&str])] = &[
        (
            "Perhaps next time you visit, we can offer you a free dessert.",
            &["blame"],
        ),
        (
            "Due to your feedback we have changed our packaging.",
            &["blame"],
        ),
        ("We should have told you about the film.", &["blame"]),
        (
            "You're upset, as anyone would be.",
            &["negative-tone", "defensive"],
        ),
        ("Reviews like this help us improve.", &["negative-tone"]),
        (
            "Anyone who waited that long would be annoyed.",
            &["defensive"],
        ),
        (
            "I won't blame the courier; the packing was ours.",
            &["blame"],
        ),
    ];
    for (line, not) in cases {
        let r = check(&input(REVIEW, line, ""), &rules);
        let cats = categories(&r);
        for c in *not {
            assert!(!cats.contains(c), "{line:?} raised {c}: {cats:?}");
        }
    }
    // And the shapes the rules are for still count.
    for (line, want) in [
        ("Infections are down to your aftercare.", "blame"),
        (
            "Our courier partner was running late that morning.",
            "blame",
        ),
        ("That was out of our hands.", "defensive"),
        ("Feel free to stay elsewhere next time.", "negative-tone"),
    ] {
        let r = check(&input(REVIEW, line, ""), &rules);
        assert!(categories(&r).contains(&want), "{line:?} missed {want}");
    }
}
