//! The steps as a person walks them: the check-in list moves with ↑↓, the
//! footer offers no key that does nothing, a message about the step before
//! goes when the walk moves on by itself, and Enter after the reads are
//! done adds nothing. Through the real loop with a hand-moved clock.

use crate::support;
use crate::support::snap;

use support::{Harness, Stage, T0, at_stage};
use time::Duration;

fn footer(h: &mut Harness) -> String {
    let screen = h.screen();
    let rows: Vec<&str> = screen.lines().collect();
    rows[rows.len() - 2..].join("\n")
}

#[test]
fn the_check_in_list_moves_with_the_arrow_keys_it_is_drawn_in() {
    let mut h = Harness::new();
    h.keys("s");
    assert_eq!(h.step_title(), "How are you feeling?");
    // The marked level starts at 3; up twice is 1, down once is 2.
    h.keys("<up><up><up><down>");
    snap!("check_in_moved_with_arrows", &mut h);
    assert!(footer(&mut h).contains("↑↓ move"), "{}", footer(&mut h));
    h.keys("<enter>");
    assert_eq!(h.case().preparation.check_ins, vec![2]);
}

#[test]
fn x_without_a_send_command_says_how_to_set_one_up() {
    let mut h = at_stage(Stage::Approved, T0 + Duration::minutes(61), 80, 24);
    assert_eq!(h.step_title(), "Send");
    assert!(
        footer(&mut h).contains("x how to set up a send command"),
        "{}",
        footer(&mut h)
    );
    h.keys("x");
    let status = h.status();
    assert!(status.starts_with("No send command is set up"), "{status}");
    assert!(status.contains("config.toml"), "{status}");
    assert!(h.case().sent.is_none());
}

#[test]
fn a_message_about_the_step_before_goes_when_the_walk_moves_on() {
    let mut h = Harness::new();
    h.keys("s4<enter>");
    assert_eq!(h.step_title(), "Breathe first");
    h.advance(Duration::seconds(20));
    h.tick();
    h.keys("n");
    assert!(h.status().starts_with("Finish"), "{}", h.status());
    // The breathing ends on a tick; the walk moves to Read by itself.
    h.advance(Duration::seconds(28));
    h.tick();
    assert_eq!(h.step_title(), "Hear the whole story");
    assert_eq!(h.status(), "", "a stale message stayed");
    assert!(!h.screen().contains("Finish"));
}

#[test]
fn enter_after_the_reads_are_done_does_nothing() {
    let mut h = at_stage(Stage::Read, T0 + Duration::minutes(10), 80, 24);
    // Back past the triage step to the read step.
    h.keys("pp");
    assert_eq!(h.step_title(), "Hear the whole story");
    let reads = h.case().preparation.reads;
    h.keys("G<enter>G<enter>");
    assert_eq!(h.case().preparation.reads, reads, "read again");
    assert_eq!(h.status(), "", "said something");
    let screen = h.screen();
    assert!(!screen.contains("I read it to the end"), "{screen}");
    assert!(screen.contains("— done"), "{screen}");
}

#[test]
fn a_long_draft_says_how_much_is_below_and_jumps_to_top_and_end() {
    let mut h = at_stage(Stage::Composed, T0 + Duration::minutes(10), 80, 24);
    while h.step_title() != "Write the public reply and the private message" {
        h.keys("p");
    }
    h.keys("e");
    h.keys(&"one more line<enter>".repeat(12));
    // The private message runs on below its box, in any case.
    let hints = |h: &mut Harness| h.screen().matches(" more lines ┘").count();
    h.keys("<c-end>");
    assert_eq!(hints(&mut h), 1, "{}", h.screen());
    h.keys("<c-home>");
    assert_eq!(hints(&mut h), 2, "{}", h.screen());
    snap!("compose_long_draft_at_the_top", &mut h);
    assert!(footer(&mut h).contains("^Home/^End top/end of draft"));
    h.keys("<c-end>");
    assert_eq!(hints(&mut h), 1, "{}", h.screen());
}
