//! Writing the drafts: clearing one with a way back, and the coach's
//! findings wrapped in full rather than cut at the panel's edge.

use crate::support;
use crate::support::snap;

use support::{Harness, Stage, T0, at_stage, walk_drafts};
use time::Duration;

const NOW: time::OffsetDateTime = T0.saturating_add(Duration::minutes(20));

/// The walk past compose, back on compose (the drafts are recorded).
fn on_compose() -> Harness {
    let mut h = at_stage(Stage::Composed, NOW, 80, 24);
    h.keys("p");
    assert_eq!(
        h.step_title(),
        "Write the public reply and the private message"
    );
    h
}

#[test]
fn c_clears_the_draft_in_focus_and_u_brings_it_back() {
    let mut h = on_compose();
    assert!(h.screen().contains("c clear draft"));
    h.keys("<tab>c");
    assert!(
        h.status()
            .contains("Cleared the private message — u brings it back"),
        "{}",
        h.status()
    );
    assert!(!h.screen().contains("Here is what we can do"));
    h.assert_shows("u undo clear");
    // Clearing is typing: nothing is recorded until saved or left.
    assert_eq!(h.case().drafts, walk_drafts());
    h.keys("u");
    assert!(h.status().contains("back as it was"), "{}", h.status());
    h.assert_shows("Here is what we can do");
    h.keys("s");
    assert_eq!(
        h.case().drafts,
        walk_drafts(),
        "the draft came back word for word"
    );
    assert!(!h.screen().contains("u undo clear"));
}

#[test]
fn a_cleared_draft_saved_is_recorded_empty() {
    let mut h = on_compose();
    h.keys("cs");
    assert_eq!(h.case().drafts.public, "");
    h.assert_shows("both drafts need text");
}

#[test]
fn the_coach_panel_wraps_a_long_finding_at_80x24() {
    let mut h = on_compose();
    h.keys("e<c-end> But this was the courier's fault, not ours!!<esc>");
    h.tick();
    snap!("compose_coach_wrapped", &mut h);
}
