//! The coach's findings on the empathy and apology lines: every finding stays
//! in sight, however long the advice of the one before it.

use crate::support;
use crate::support::snap;

use support::{Harness, Stage, T0, at_stage};
use time::Duration;

fn apology_typed(text: &str) -> Harness {
    let mut h = at_stage(Stage::Empathised, T0 + Duration::minutes(5), 80, 24);
    assert_eq!(h.step_title(), "Say sorry and own it");
    h.keys("e");
    h.keys(text);
    h
}

/// The rows that start a finding (each names the line and where in it).
fn finding_starts(screen: &str) -> Vec<&str> {
    screen
        .lines()
        .filter(|l| l.contains(" apology 1:"))
        .collect()
}

/// Five findings whose advice wraps once took all five rows with the first
/// two, hiding the rest: now each keeps a row of its own.
#[test]
fn many_findings_on_the_apology_line_each_keep_a_row() {
    let mut h = apology_typed(
        "Sorry if you feel let down but the courier smashed it and honestly you should have checked it!!",
    );
    let screen = h.screen();
    let starts = finding_starts(&screen);
    assert_eq!(starts.len(), 5, "every finding in sight:\n{screen}");
    for category in ["defensive", "blame", "shouting"] {
        assert!(screen.contains(category), "{category} shown:\n{screen}");
    }
    snap!("apology_line_five_findings", &mut h);
}

/// One finding wraps whole, so its advice can be read to the end.
#[test]
fn one_finding_on_the_apology_line_wraps_to_its_end() {
    let mut h = apology_typed("I'm sorry the courier smashed your parcel.");
    let screen = h.screen();
    let starts = finding_starts(&screen);
    assert_eq!(starts.len(), 1, "one finding:\n{screen}");
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains(" apology 1:"))
        .unwrap();
    assert!(
        !lines[at + 1].contains("Phrase bank"),
        "its advice goes on to the next row:\n{screen}"
    );
    snap!("apology_line_one_finding_wrapped", &mut h);
}
