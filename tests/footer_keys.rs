//! The help test: every key the footer offers (an enabled command) does
//! something on that screen. Each command is pressed on a fresh copy of
//! the screen, and something a person can see must change: the screen (its
//! text or styles), the status line, the help, the case on disk, or heard
//! quits. Commands from the key table (`tui::keys`) are pressed by the
//! key the table gives, the same one `handle_key` resolves, so for them
//! this holds by construction; the test keeps checking it.

use crate::support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use heard::tui::command::Command;
use support::{Harness, Stage, T0, at_stage};
use time::Duration;

const NOW: time::OffsetDateTime = T0.saturating_add(Duration::minutes(90));

/// The key a footer label stands for (one of them, for "↑↓" and "1-5").
fn key_for(label: &str) -> KeyEvent {
    let plain = |c| KeyEvent::new(c, KeyModifiers::NONE);
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    match label {
        "Enter" => plain(KeyCode::Enter),
        "Esc" => plain(KeyCode::Esc),
        "Tab" => plain(KeyCode::Tab),
        "End" => plain(KeyCode::End),
        "/" => plain(KeyCode::Char('/')),
        "type" => plain(KeyCode::Char('a')),
        "^Home/^End" => KeyEvent::new(KeyCode::End, KeyModifiers::CONTROL),
        l if l.starts_with("↑↓") || l.starts_with("↓↑") => plain(KeyCode::Down),
        l if l.starts_with("←→") => plain(KeyCode::Right),
        "y ←→" => plain(KeyCode::Char('y')),
        // "1-5": a digit in the range.
        l if l.len() == 3 && l.as_bytes()[1] == b'-' => {
            plain(KeyCode::Char(l.as_bytes()[0] as char))
        }
        // "g/G": the last of the alternatives.
        l if l.contains('/') => key_for(l.rsplit('/').next().unwrap()),
        l if l.starts_with('^') && l.chars().count() == 2 => {
            ctrl(l.chars().nth(1).unwrap().to_ascii_lowercase())
        }
        l if l.chars().count() == 1 => plain(KeyCode::Char(l.chars().next().unwrap())),
        other => panic!("the footer shows a key this test cannot press: {other:?}"),
    }
}

/// What a person could notice after a key.
fn seen(h: &mut Harness) -> (String, String, bool, Option<heard::domain::Case>) {
    h.draw();
    let buf = format!("{:?}", h.term.backend().buffer());
    let case = match &h.app.screen {
        heard::tui::state::Screen::Case(_) => Some(h.case()),
        heard::tui::state::Screen::Home(_) => None,
    };
    (buf, h.status(), h.app.quit, case)
}

/// Presses each enabled footer command of the screen `make` builds, each
/// key on a fresh copy; returns the ones where no key changed anything.
fn dead_keys(make: &dyn Fn() -> Harness) -> Vec<Command> {
    let mut h = make();
    h.draw();
    let commands = h.app.commands();
    assert!(!commands.is_empty());
    let mut dead = Vec::new();
    for c in commands.into_iter().filter(|c| c.enabled) {
        // A command from the key table carries its keys (both of "↑↓"),
        // the same `handle_key` resolves; the rest (number keys, screens
        // not on the table yet) are read back from their labels.
        let presses = if c.press.is_empty() {
            vec![key_for(&c.key)]
        } else {
            c.press.clone()
        };
        let alive = presses.into_iter().any(|key| {
            let mut h = make();
            let before = seen(&mut h);
            h.app.handle_key(key);
            seen(&mut h) != before
        });
        if !alive {
            dead.push(c);
        }
    }
    dead
}

#[test]
fn every_key_in_every_footer_of_the_walk_is_handled() {
    let stages = [
        Stage::Opened,
        Stage::CheckedIn,
        Stage::Breathed,
        Stage::Read,
        Stage::Empathised,
        Stage::Apologised,
        Stage::Chose,
        Stage::Composed,
        Stage::Diagnosed,
        Stage::Approved,
    ];
    let mut report = Vec::new();
    for stage in stages {
        let dead = dead_keys(&|| at_stage(stage, NOW, 80, 24));
        if !dead.is_empty() {
            report.push(format!("{stage:?}: {dead:?}"));
        }
    }
    assert!(
        report.is_empty(),
        "keys that did nothing:\n{}",
        report.join("\n")
    );
}

#[test]
fn every_key_in_the_editing_and_hand_over_footers_is_handled() {
    let variants: [(&str, &str); 4] = [
        ("compose, typing", "e"),
        ("line, typing", "e"),
        ("peer review, name", "rBen"),
        ("peer review, reading", "rBen<enter>"),
    ];
    let mut report = Vec::new();
    for (name, keys) in variants {
        let stage = match name {
            "line, typing" => Stage::Read,
            "compose, typing" => Stage::Chose,
            _ => Stage::Diagnosed,
        };
        let dead = dead_keys(&|| {
            let mut h = at_stage(stage, NOW, 80, 24);
            h.keys(keys);
            h
        });
        if !dead.is_empty() {
            report.push(format!("{name}: {dead:?}"));
        }
    }
    assert!(
        report.is_empty(),
        "keys that did nothing:\n{}",
        report.join("\n")
    );
}

#[test]
fn every_key_in_the_welcome_footer_is_handled() {
    let dead = dead_keys(&Harness::new);
    assert!(dead.is_empty(), "keys that did nothing: {dead:?}");
}
