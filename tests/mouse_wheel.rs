//! The mouse wheel scrolls what is being read (issue 16): the review on
//! the Read step and the draft in focus on Compose, three rows a notch.
//! In a real terminal heard asks for the wheel only (no motion), and gives
//! the mouse back on the way out.

use crate::support;

use crate::pty_world;

use crossterm::event::{Event, KeyModifiers, MouseEvent, MouseEventKind};
use support::{Harness, Stage, T0, at_stage};
use time::Duration;

fn wheel(h: &mut Harness, down: bool, notches: usize) {
    let kind = if down {
        MouseEventKind::ScrollDown
    } else {
        MouseEventKind::ScrollUp
    };
    for _ in 0..notches {
        h.app.handle_event(Event::Mouse(MouseEvent {
            kind,
            column: 40,
            row: 12,
            modifiers: KeyModifiers::NONE,
        }));
    }
}

#[test]
fn the_wheel_scrolls_the_review_on_the_read_step_to_its_end() {
    let mut h = at_stage(Stage::Breathed, T0 + Duration::minutes(10), 80, 24);
    assert_eq!(h.step_title(), "Hear the whole story");
    let top = h.screen();
    assert!(top.contains("I really wanted to love this shop"), "{top}");
    wheel(&mut h, true, 1);
    let moved = h.screen();
    assert!(
        !moved.contains("I really wanted to love this shop"),
        "{moved}"
    );
    // Scrolled to the very end by the wheel alone, the read can count.
    assert!(moved.contains("scroll to the end"), "{moved}");
    wheel(&mut h, true, 40);
    h.assert_shows("at the end: Enter");
    h.keys("<enter>");
    assert_eq!(h.case().preparation.reads, 1);
    wheel(&mut h, false, 40);
    h.assert_shows("I really wanted to love this shop");
}

#[test]
fn the_wheel_scrolls_the_draft_in_focus_on_compose() {
    let mut h = at_stage(Stage::Composed, T0 + Duration::minutes(20), 80, 24);
    h.keys("pe");
    h.keys(&"one more line<enter>".repeat(12));
    h.keys("<esc>");
    let more = |h: &mut Harness| {
        let s = h.screen();
        s.lines()
            .filter_map(|l| l.split("▼ ").nth(1))
            .map(|rest| rest.split(' ').next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let at_end = more(&mut h);
    wheel(&mut h, false, 2);
    let higher = more(&mut h);
    assert_ne!(at_end, higher, "{}", h.screen());
    wheel(&mut h, true, 2);
    assert_eq!(more(&mut h), at_end, "{}", h.screen());
}

#[test]
fn a_real_terminal_gets_the_wheel_only_and_the_mouse_back_at_exit() {
    let w = pty_world::PtyWorld::with_fast_playbook("fast");
    let id = w.case_opened_hours_ago("fast");
    let mut t = w.open(&id);
    t.wait_for("Check in now");
    let mode = t.with_screen(|s| (s.mouse_protocol_mode(), s.mouse_protocol_encoding()));
    assert_eq!(
        mode,
        (
            vt100::MouseProtocolMode::PressRelease,
            vt100::MouseProtocolEncoding::Sgr
        )
    );
    t.send("q");
    assert!(t.wait_exit());
    let mode = t.with_screen(|s| s.mouse_protocol_mode());
    assert_eq!(mode, vt100::MouseProtocolMode::None);
}
