use super::super::sentence_table::findings;
use super::super::{Finding, Severity};
use super::*;

#[test]
fn every_weight_row_and_class_reads() {
    let tsv = include_str!("learned_sentences_weights.tsv");
    let rows = tsv.lines().filter(|l| !l.starts_with('#')).count();
    assert_eq!(MODEL.rows, rows, "every row read");
    assert!(!MODEL.categories.is_empty(), "the columns are named");
    for c in 0..MODEL.categories.len() {
        assert!(
            MODEL.threshold[c].is_finite() && MODEL.bias[c] < 0.0,
            "{:?} is silent by default",
            MODEL.categories[c]
        );
    }
    let classes = include_str!("learned_sentences_words.txt");
    for line in classes.lines().filter(|l| !l.starts_with('#')) {
        let name = line.split_once(':').map(|(n, _)| n.trim());
        assert!(name.and_then(class_bit).is_some(), "unknown class: {line}");
    }
}

fn blame_in(public: &str) -> Vec<Finding> {
    let review = "The van turned up three hours late and the new sofa has a tear in the arm.";
    findings(review, public)
        .into_iter()
        .filter(|f| f.category == Category::Blame)
        .collect()
}

const THANKS: &str = "Thank you for telling us, and I'm sorry.";

/// The layer alone on a public reply (the rules' findings left out: it
/// only adds blame where they found none, and since the cause shapes the
/// rules catch these sentences too).
fn layer_in(public: &str) -> Vec<Finding> {
    let rules = super::super::rules::CompiledRules::cached(&super::super::CoachRules::default());
    let drafts = [
        Draft::new(DraftPart::Public, public, &rules),
        Draft::new(DraftPart::Private, "", &rules),
        Draft::new(DraftPart::Choices, "", &rules),
    ];
    let mut sink = super::super::Sink::new(&rules);
    add(&mut sink, [&drafts[0], &drafts[1], &drafts[2]]);
    sink.out
}

/// Blame the rules leave to it: the layer alone warns, marks it inferred
/// and points at the sentence.
#[test]
fn it_warns_on_blame_in_words_it_never_saw() {
    let blamed = [
        "The lad who drove the van didn't check the straps before setting off.",
        "Our supplier sent the wrong fabric, so the cover did not match.",
    ];
    for sentence in blamed {
        let public = format!("{THANKS} {sentence} Please call Dana on 0161 496 0555.");
        let found = layer_in(&public);
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        let f = &found[0];
        assert_eq!(
            (f.category, f.severity, f.evidence),
            (Category::Blame, Severity::Warn, Evidence::Inferred)
        );
        assert_eq!(&public[f.start..f.end], sentence, "{f:?}");
        let Reason::Quoted(words) = &f.reason else {
            panic!("{f:?}")
        };
        let first = words.split(' ').next().unwrap_or("");
        assert!(!first.is_empty() && sentence.contains(first), "{words}");
    }
}

/// Where the rules already found blame, the layer adds nothing.
#[test]
fn it_adds_nothing_where_the_rules_found_blame() {
    let public = format!(
        "{THANKS} Our driver that day was covering and didn't know the sofa needed wrapping."
    );
    let found = blame_in(&public);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_ne!(
        &public[found[0].start..found[0].end],
        "Our driver that day was covering and didn't know the sofa needed wrapping.",
        "the rules' finding, not the layer's sentence: {found:?}"
    );
}

/// Owning the delay, the remedy future and a courier named neutrally are
/// not blame.
#[test]
fn it_stays_quiet_on_owning_and_remedies() {
    let good = [
        "We should have rung you the moment the van fell behind, and that's on us.",
        "A new cover will be fitted by our own upholsterer this Thursday.",
        "Your replacement sofa goes out by tracked courier on Monday.",
    ];
    for sentence in good {
        let public = format!("{THANKS} {sentence} Please call Dana on 0161 496 0555.");
        assert!(blame_in(&public).is_empty(), "{sentence}");
    }
}

#[test]
fn the_words_weighing_most_are_quoted_in_order() {
    let text = Text::new("Sadly the courier dropped it.");
    let model = &*MODEL;
    let known = known_words(model, &text);
    let found = Weights::default();
    let s = sentences(DraftPart::Public, &text, &known, &found)
        .next()
        .expect("a sentence");
    let blame = model.categories.iter().position(|c| *c == Category::Blame);
    let words = s.weighing_most(model, blame.expect("a blame column"));
    assert!(words.contains("courier"), "{words}");
}

/// A reply far longer than any it was trained on is outside what the
/// threshold was set for: the layer leaves it to the rules.
#[test]
fn it_leaves_very_long_replies_to_the_rules() {
    let sentence = "The lad who drove the van didn't check the straps before setting off.";
    let short = format!("{THANKS} {sentence}");
    assert_eq!(layer_in(&short).len(), 1);
    let filler = " We are looking at the route planning for next month.".repeat(60);
    let long = format!("{short}{filler}");
    assert!(long.split_whitespace().count() > MAX_WORDS);
    assert!(layer_in(&long).is_empty());
}

/// What a sentence says by its marks: a question mark at its end, words
/// inside quotes, each sentence on its own. An apostrophe in a word is not
/// a quote.
#[test]
fn a_question_and_quoted_words_are_read_from_the_marks() {
    let rows: [(&str, &[Bits]); 6] = [
        ("Four dollars? Really?", &[QUESTION, QUESTION]),
        (
            "We served the \u{201c}cold\u{201d} soup at 70 degrees.",
            &[QUOTED],
        ),
        ("Glad the 'authentic' charm suited you.", &[QUOTED]),
        ("Tom's dog's lead was on the van's hook.", &[0]),
        ("Could we call you? Or email us.", &[QUESTION, 0]),
        (
            "What did you expect from a \"budget\" room?",
            &[QUESTION | QUOTED],
        ),
    ];
    let model = &*MODEL;
    for (src, want) in rows {
        let text = Text::new(src);
        let known = known_words(model, &text);
        let found = Weights::default();
        let got: Vec<Bits> = sentences(DraftPart::Public, &text, &known, &found)
            .map(|s| s.flags(model) & (QUESTION | QUOTED))
            .collect();
        assert_eq!(got, want, "{src}");
    }
}

/// A reply already defending itself needs less to read as cold: the same
/// flippant line passes alone and warns beside a defence, the warning on
/// the line itself. Neither blocks.
#[test]
fn a_defended_reply_needs_less_to_read_as_cold() {
    let review = "Took my doodle in for a trim and they shaved her to the skin. 2 stars.";
    let opening = "Thank you for telling us, and I'm sorry she came home so short.";
    let line = "Hair grows back!";
    let contact = "Please call Dana on 0161 496 0555.";
    let rows = [
        (format!("{opening} {line} {contact}"), false),
        (
            format!("{opening} {line} We stand by our groomers and the work they do. {contact}"),
            true,
        ),
    ];
    for (public, cold) in rows {
        let found = findings(review, &public);
        let tone: Vec<&Finding> = found
            .iter()
            .filter(|f| f.category == Category::NegativeTone)
            .collect();
        assert_eq!(!tone.is_empty(), cold, "{public}: {found:?}");
        for f in tone {
            assert_eq!(&public[f.start..f.end], line, "{f:?}");
            assert_eq!(f.severity, Severity::Warn, "{f:?}");
        }
    }
}
