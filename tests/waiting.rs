//! Waiting for the gates: the Send screen changes the moment the cool-down
//! opens, announces it once (bell, OSC 9, OSC 777), and the loop sleeps
//! until then. The clock is moved by hand: nothing waits for real time.

use crate::support;
use crate::support::snap;

use heard::domain::gate::cooldown;
use support::{Harness, Stage, T0, at_stage};
use time::{Duration, OffsetDateTime};

/// An approved case on Send, `before` ahead of its cool-down opening.
fn approved_waiting(before: Duration) -> (Harness, OffsetDateTime) {
    let mut h = at_stage(Stage::Approved, T0 + Duration::minutes(30), 80, 24);
    let opens = cooldown(&h.case(), h.clock_now()).opens_at.unwrap();
    h.clock.set(opens - before);
    h.tick();
    h.app.terminal_output.clear();
    (h, opens)
}

#[test]
fn the_send_screen_changes_the_moment_the_cool_down_opens() {
    let (mut h, opens) = approved_waiting(Duration::milliseconds(400));
    assert_eq!(h.step_title(), "Send");
    snap!("send_a_moment_before_the_gate_opens", &mut h);
    // The loop sleeps to the very moment, not a whole second.
    let wake = h.app.next_wakeup().unwrap();
    assert!(
        wake <= std::time::Duration::from_millis(400),
        "wakes in {wake:?}"
    );

    h.clock.set(opens);
    h.tick();
    snap!("send_when_the_gate_opens", &mut h);
    let screen = h.screen();
    assert!(screen.contains("both gates are open"), "{screen}");
    assert!(!screen.contains("0 s left"), "{screen}");

    // Announced once: bell, OSC 9 and OSC 777 with the same words.
    let out = String::from_utf8(std::mem::take(&mut h.app.terminal_output)).unwrap();
    assert!(out.starts_with('\x07'), "{out:?}");
    assert!(
        out.contains(
            "\x1b]9;heard: Morag Pennington: the cool-down is over — the reply can be sent now.\x07"
        ),
        "{out:?}"
    );
    assert!(out.contains("\x1b]777;notify;heard;Morag"), "{out:?}");
    h.advance(Duration::seconds(30));
    h.tick();
    h.keys("p");
    h.tick();
    assert!(
        h.app.terminal_output.is_empty(),
        "announced twice: {:?}",
        String::from_utf8_lossy(&h.app.terminal_output)
    );
    // Nothing left to count down: the case screen asks for no more ticks.
    let heard::tui::state::Screen::Case(c) = &h.app.screen else {
        panic!("the case is open");
    };
    assert_eq!(c.tick_every(h.clock_now(), support::AUTHOR), None);
}

#[test]
fn minutes_left_read_the_same_in_the_panel_and_the_reasons() {
    // 57 min 30 s left: "58 min" everywhere on the screen. Two rows more
    // than 80x24, where the nine-step walk leaves the gate panel compact
    // (without its countdown line).
    let mut h = at_stage(Stage::Approved, T0 + Duration::minutes(30), 80, 26);
    let opens = cooldown(&h.case(), h.clock_now()).opens_at.unwrap();
    h.clock
        .set(opens - (Duration::minutes(57) + Duration::seconds(30)));
    h.tick();
    let screen = h.screen();
    assert!(!screen.contains("57 min"), "{screen}");
    assert!(screen.matches("58 min").count() >= 2, "{screen}");
}

#[test]
fn a_key_in_the_instant_the_cool_down_opens_does_not_swallow_the_news() {
    let (mut h, opens) = approved_waiting(Duration::seconds(2));
    h.clock.set(opens);
    // The key comes before the tick that would have seen the gate open.
    h.keys("p");
    h.tick();
    let out = String::from_utf8(std::mem::take(&mut h.app.terminal_output)).unwrap();
    assert!(out.contains("the cool-down is over"), "{out:?}");
    h.tick();
    assert!(h.app.terminal_output.is_empty(), "announced twice");
}

#[test]
fn an_approval_typed_at_this_keyboard_is_not_announced() {
    let mut h = at_stage(Stage::Diagnosed, T0 + Duration::minutes(61), 80, 24);
    h.keys("n");
    assert_eq!(h.step_title(), "Send");
    h.keys("prBen<enter>Ga<enter>");
    assert!(heard::domain::gate::peer_review(&h.case()).open);
    h.tick();
    assert!(
        h.app.terminal_output.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&h.app.terminal_output)
    );
}
