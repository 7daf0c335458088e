//! `?` lists the text box's editing keys, from the one list in
//! `tui/keys/editing.rs`: F1 opens the help while typing (where `?` is a
//! character), with an "Editing" section; outside a text box the help has
//! no such section.

use crate::support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::{Stage, T0, at_stage};
use time::Duration;

#[test]
fn f1_while_typing_shows_the_editing_keys_and_question_mark_still_types() {
    let now = T0.saturating_add(Duration::minutes(90));
    let mut h = at_stage(Stage::Chose, now, 80, 24);
    h.keys("e");
    h.app
        .handle_key(KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE));
    h.assert_shows("Editing");
    h.assert_shows("undo / redo");
    h.assert_shows("a word back / forward");
    h.assert_shows("cut / paste the selection");
    h.keys("<esc>");
    // Back to typing: ? is a character there, not the help.
    h.keys("?");
    assert!(!h.screen().contains("Help — "));
}

#[test]
fn the_help_outside_a_text_box_has_no_editing_section() {
    let now = T0.saturating_add(Duration::minutes(90));
    let mut h = at_stage(Stage::Chose, now, 80, 24);
    h.keys("?");
    h.assert_shows("Help — ");
    assert!(!h.screen().contains("undo / redo"));
}
