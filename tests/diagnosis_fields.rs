//! The diagnosis form by keys: a saved field keeps the marker (↓ moves on,
//! as the footer says), and Enter on "Customer told?" says how to answer
//! instead of reaching the case, where a person who believes they are
//! typing would send letters as commands (found walking it by hand).

use crate::support;

use support::{Stage, T0, at_stage};
use time::Duration;

#[test]
fn a_saved_field_keeps_the_marker_and_down_moves_on() {
    let now = T0.saturating_add(Duration::minutes(90));
    let mut h = at_stage(Stage::Composed, now, 80, 24);
    h.assert_shows("Find the cause");
    h.keys("<down><enter>");
    h.assert_shows("What happened — Enter to save");
    h.keys("Packed in one sheet of tissue<enter>");
    h.assert_shows("Packed in one sheet of tissue");
    // Enter again opens the same field, not the next one.
    h.keys("<enter>");
    h.assert_shows("What happened — Enter to save");
    h.keys("<esc><down><enter>");
    h.assert_shows("Why? (1) — Enter to save");
}

#[test]
fn enter_on_customer_told_says_how_to_answer_and_stays_on_the_step() {
    let now = T0.saturating_add(Duration::minutes(90));
    let mut h = at_stage(Stage::Composed, now, 80, 24);
    h.keys("<down><down><down><down><down><down><down><down><down><enter>");
    h.assert_shows("Customer told? is answered with y (yes)");
    h.assert_shows("Find the cause");
    h.assert_shows("Customer told?   y = yes");
    h.keys("y");
    h.assert_shows("Customer told?   yes");
}

/// A long answer wraps under itself, right of the labels, so the column
/// of labels stays readable (it started again at the edge, found walking
/// a restaurant case at 80x24).
#[test]
fn a_long_answer_wraps_under_itself() {
    let now = T0.saturating_add(Duration::minutes(90));
    let mut h = at_stage(Stage::Composed, now, 80, 24);
    h.keys("<down><enter>");
    h.keys(
        "The cake ordered in advance for the birthday was never brought out to the table<enter>",
    );
    let screen = h.screen();
    let rows: Vec<&str> = screen.lines().collect();
    let at = rows
        .iter()
        .position(|r| r.contains("What happened    The cake"))
        .unwrap_or_else(|| panic!("{screen}"));
    let label_col = rows[at].find("What happened").expect("the label");
    let next = rows[at + 1];
    let rest = &next[label_col..];
    assert!(rest.starts_with(&" ".repeat(17)), "{screen}");
    assert!(
        rest.trim_start().starts_with(char::is_alphabetic),
        "{screen}"
    );
    assert!(!rest.trim_start().starts_with("Why?"), "{screen}");
}
