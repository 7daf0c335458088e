//! The read step's questions by keys: an answered question keeps the
//! marker (↓ moves on, as the footer says), as on Diagnose: a marker that
//! moved by itself made "↓ Enter" land a question further than meant.

use crate::support;

use support::{Stage, T0, at_stage};
use time::Duration;

#[test]
fn an_answered_question_keeps_the_marker_and_down_moves_on() {
    let now = T0.saturating_add(Duration::minutes(30));
    let mut h = at_stage(Stage::Breathed, now, 80, 24);
    h.keys("<tab><enter>Her gift arrived broken<enter>");
    assert_eq!(h.case().answers["concern"], "Her gift arrived broken");
    h.assert_shows("› What is their main concern");
    // Enter again opens the same question, not the next one.
    h.keys("<enter>");
    h.assert_shows("your answer — Enter to save");
    assert!(!h.case().answers.contains_key("fact"));
    h.keys("<esc><down><enter>");
    assert!(h.case().answers.contains_key("fact"), "{}", h.screen());
    h.assert_shows("› Is the complaint based on fact");
    assert!(!h.case().answers.contains_key("expectation"));
    h.keys("<down>");
    h.assert_shows("› What did they expect to get");
}
