use super::super::sentence_table::findings;
use super::super::{Finding, Severity};
use super::*;

#[test]
fn every_weight_row_and_class_reads() {
    let tsv = include_str!("learned_blame_weights.tsv");
    let rows = tsv.lines().filter(|l| !l.starts_with('#')).count();
    assert_eq!(MODEL.rows, rows, "every row read");
    assert!(
        MODEL.threshold.is_finite() && MODEL.bias < 0.0,
        "silent by default"
    );
    let classes = include_str!("learned_blame_words.txt");
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

/// Blame the rules miss (their clause readers now catch the driver and
/// fitter sentences this test used to carry): the layer warns, marks it
/// inferred and points at the sentence.
#[test]
fn it_warns_on_blame_the_rules_miss() {
    let blamed = [
        "The warehouse team packed it without the corner guards they were told to use.",
        "The warehouse team loaded it without the straps they were told to use.",
    ];
    for sentence in blamed {
        let public = format!("{THANKS} {sentence} Please call Dana on 0161 496 0555.");
        let found = blame_in(&public);
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        let f = &found[0];
        assert_eq!(
            (f.severity, f.evidence),
            (Severity::Warn, Evidence::Inferred)
        );
        assert_eq!(&public[f.start..f.end], sentence, "{f:?}");
        let Reason::Quoted(words) = &f.reason else {
            panic!("{f:?}")
        };
        let first = words.split(' ').next().unwrap_or("");
        assert!(!first.is_empty() && sentence.contains(first), "{words}");
    }
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
    let s = sentences(DraftPart::Public, &text, &known)
        .next()
        .expect("a sentence");
    let words = s.weighing_most(model);
    assert!(words.contains("courier"), "{words}");
}

/// A reply far longer than any it was trained on is outside what the
/// threshold was set for: the layer leaves it to the rules.
#[test]
fn it_leaves_very_long_replies_to_the_rules() {
    let sentence = "The warehouse team packed it without the corner guards they were told to use.";
    let short = format!("{THANKS} {sentence}");
    assert_eq!(blame_in(&short).len(), 1);
    let filler = " We are looking at the route planning for next month.".repeat(60);
    let long = format!("{short}{filler}");
    assert!(long.split_whitespace().count() > MAX_WORDS);
    let found = blame_in(&long);
    assert!(found.is_empty(), "{found:?}");
}
