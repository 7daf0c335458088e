//! heard's VADER port against the reference Python implementation
//! (vaderSentiment 3.3.2). The reference scores were produced by
//! `scripts/vader_reference.py` and committed; this test needs no Python.

use heard::domain::coach::vader;
use serde::Deserialize;

#[derive(Deserialize)]
struct Reference {
    implementation: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    compound: f64,
}

#[test]
fn compound_scores_agree_with_the_reference_implementation() {
    let reference: Reference =
        serde_json::from_str(include_str!("data/vader/reference.json")).expect("reference.json");
    assert!(reference.cases.len() >= 200, "need at least 200 texts");
    let mut disagreements = Vec::new();
    let mut max_diff: f64 = 0.0;
    for case in &reference.cases {
        let ours = vader::compound(&case.text);
        max_diff = max_diff.max((ours - case.compound).abs());
        if (ours - case.compound).abs() > 0.01 {
            disagreements.push(format!(
                "  {:?}: ours {ours:.4}, reference {:.4}",
                case.text, case.compound
            ));
        }
    }
    let total = reference.cases.len();
    let agree = total - disagreements.len();
    let share = agree as f64 / total as f64;
    println!(
        "VADER agreement with {}: {agree}/{total} within 0.01 ({:.1}%), largest difference {max_diff:.4}",
        reference.implementation,
        share * 100.0
    );
    for d in &disagreements {
        println!("{d}");
    }
    assert!(share >= 0.99, "agreement {share:.3} below 0.99");
}

#[test]
fn the_negativity_prefilter_never_hides_a_negative_reference_text() {
    let reference: Reference =
        serde_json::from_str(include_str!("data/vader/reference.json")).expect("reference.json");
    let negative: Vec<&Case> = reference
        .cases
        .iter()
        .filter(|c| c.compound < 0.0)
        .collect();
    assert!(
        negative.len() >= 50,
        "only {} negative texts",
        negative.len()
    );
    for case in negative {
        assert!(vader::can_be_negative(&case.text), "{:?}", case.text);
    }
}
