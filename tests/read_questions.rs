//! The read step's questions by keys: an answered question keeps the
//! marker (↓ moves on, as the footer says), as on Diagnose: a marker that
//! moved by itself made "↓ Enter" land a question further than meant. And
//! what ←→ or ↑↓ has marked is seen without colour.

use crate::support;

use support::{Stage, T0, at_stage};
use time::Duration;

#[test]
fn an_answered_question_keeps_the_marker_and_down_moves_on() {
    let now = T0.saturating_add(Duration::minutes(30));
    let mut h = at_stage(Stage::Breathed, now, 80, 24);
    h.keys("<tab><enter>Her gift arrived broken<enter>");
    assert_eq!(
        h.case().preparation.answers["concern"],
        "Her gift arrived broken"
    );
    h.assert_shows("› What is their main concern");
    // Enter again opens the same question, not the next one.
    h.keys("<enter>");
    h.assert_shows("your answer — Enter to save");
    assert!(!h.case().preparation.answers.contains_key("fact"));
    h.keys("<esc><down><enter>");
    assert!(
        h.case().preparation.answers.contains_key("fact"),
        "{}",
        h.screen()
    );
    h.assert_shows("› Is the complaint based on fact");
    // What changed is seen where the marker stays: the saved option.
    h.assert_shows("(•) Fact: it happened the way they describe ✓");
    assert!(!h.case().preparation.answers.contains_key("expectation"));
    h.keys("<down>");
    h.assert_shows("› What did they expect to get");
}

/// The marked option, and the marked suggestion on Choices, are seen in
/// the text itself, not only in a colour or reverse video (NO_COLOR, a
/// monochrome terminal, a screen reader): the snapshots hold no styles,
/// so what they show is what is left without colour.
#[test]
fn the_marked_option_and_suggestion_show_without_colour() {
    let now = T0.saturating_add(Duration::minutes(30));
    let mut h = at_stage(Stage::Breathed, now, 80, 24);
    h.keys("<tab><down>");
    h.assert_shows("(•) Fact: it happened the way they describe");
    h.assert_shows("( ) Partly fact, partly a misunderstanding");
    h.keys("<right>");
    h.assert_shows("( ) Fact: it happened the way they describe");
    h.assert_shows("(•) Partly fact, partly a misunderstanding");

    let mut h = at_stage(Stage::Apologised, now, 80, 24);
    h.assert_shows("› + ");
    let marked = |h: &mut support::Harness| {
        let screen = h.screen();
        screen
            .lines()
            .position(|l| l.contains("› + "))
            .expect("a marked suggestion")
    };
    let first = marked(&mut h);
    h.keys("<down>");
    assert!(marked(&mut h) > first, "{}", h.screen());
}
