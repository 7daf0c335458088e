//! The customer's review stays in view on the steps that answer it: a strip
//! that `o` opens at 80x24, beside the step on a wide terminal.

use crate::support;
use crate::support::snap;

use support::{Stage, T0, at_stage};
use time::Duration;

const NOW: time::OffsetDateTime = T0.saturating_add(Duration::minutes(20));

#[test]
fn compose_at_80x24_shows_a_strip_that_o_opens_and_closes() {
    let mut h = at_stage(Stage::Chose, NOW, 80, 24);
    h.assert_shows("▸ Review (o shows it): “");
    h.assert_shows("o review");
    h.assert_shows("you: Ann");
    snap!("compose_review_strip", &mut h);
    h.keys("o");
    h.assert_shows("The review — o hides it");
    snap!("compose_review_open", &mut h);
    h.keys("o");
    h.assert_shows("▸ Review (o shows it)");
}

#[test]
fn empathise_and_choices_keep_the_review_in_view_too() {
    let mut h = at_stage(Stage::Read, NOW, 80, 24);
    h.assert_shows("▸ Review (o shows it)");
    h.keys("o");
    snap!("empathise_review_open", &mut h);
    let mut h = at_stage(Stage::Apologised, NOW, 80, 24);
    h.assert_shows("▸ Review (o shows it)");
}

#[test]
fn a_wide_terminal_shows_the_review_beside_compose() {
    let mut h = at_stage(Stage::Chose, NOW, 130, 34);
    h.assert_shows("The review — o hides it");
    snap!("compose_review_wide", &mut h);
    h.keys("o");
    h.assert_shows("▸ Review (o shows it)");
}

#[test]
fn while_typing_o_is_a_letter_not_the_review_key() {
    let mut h = at_stage(Stage::Chose, NOW, 80, 24);
    h.keys("eo");
    h.assert_shows("▸ Review (o shows it)");
    h.keys("<esc>");
    assert!(
        h.case().drafts.public.starts_with("oHi"),
        "{}",
        h.case().drafts.public
    );
}
