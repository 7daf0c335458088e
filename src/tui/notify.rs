//! Telling the person a gate opened while they looked elsewhere: a status
//! line on screen, a terminal bell, and a desktop notification for the
//! terminals that turn OSC 9 (iTerm2, kitty, WezTerm, Windows Terminal) or
//! OSC 777 (foot, rxvt, VTE terminals) into one. Terminals that know
//! neither ignore both sequences.

use super::state::{App, Screen};
use crate::domain::{GateId, can_send};

/// After a key: what it changed is on screen already, and its message is
/// fresh. An approval typed here opens the peer review without a fanfare;
/// the cool-down no key can open, so its opening is left for the tick to
/// announce (even when a key lands in the same instant).
pub fn after_key(app: &mut App) {
    let now = app.clock.now();
    if let Screen::Case(c) = &mut app.screen {
        c.settle_gate(GateId::PeerReview, now);
        c.take_moved_on();
    }
}

/// After a tick or events from elsewhere: a message about the step before
/// goes when the walk moved on by itself, and a gate that opened since the
/// last look is announced once, on screen and to the terminal. Returns
/// whether the screen must be redrawn.
pub fn after_tick(app: &mut App) -> bool {
    let now = app.clock.now();
    let Screen::Case(c) = &mut app.screen else {
        return false;
    };
    let mut changed = false;
    if c.take_moved_on() {
        app.status = None;
        changed = true;
    }
    let opened = c.gates_opened(now);
    if opened.is_empty() {
        return changed;
    }
    let ready = can_send(&c.case, now).can_send();
    let text = message(&c.case.review.customer, &opened, ready);
    app.terminal_output.extend(sequences(&text));
    app.status = Some(text);
    true
}

/// Open and sendable, or open with something still in the way.
pub fn message(customer: &str, opened: &[GateId], ready: bool) -> String {
    let what = opened
        .iter()
        .map(|g| match g {
            GateId::Cooldown => "the cool-down is over",
            GateId::PeerReview => "a colleague approved the drafts",
            GateId::OwnerApproval => "the owner approved the drafts",
        })
        .collect::<Vec<_>>()
        .join(" and ");
    let then = if ready {
        "the reply can be sent now"
    } else {
        "something else is still closed (see Send)"
    };
    format!("{}: {what} — {then}.", clean(customer))
}

/// The bytes for the terminal: bell, OSC 9, OSC 777.
pub fn sequences(text: &str) -> Vec<u8> {
    let text = clean(text);
    format!("\x07\x1b]9;heard: {text}\x07\x1b]777;notify;heard;{text}\x07").into_bytes()
}

/// Text from outside (a customer's name) must not end the sequence early
/// or smuggle in one of its own: control characters go, and `;` (the
/// field separator of OSC 777) becomes `,`.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .map(|c| if c == ';' { ',' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notification_says_what_opened_and_cannot_be_hijacked() {
        let rows: Vec<(&str, Vec<GateId>, bool, &str)> = vec![
            (
                "Mara",
                vec![GateId::Cooldown],
                true,
                "Mara: the cool-down is over — the reply can be sent now.",
            ),
            (
                "Mara",
                vec![GateId::Cooldown],
                false,
                "Mara: the cool-down is over — something else is still closed (see Send).",
            ),
            (
                "Evil\x1b]9;pwn\x07;x",
                vec![GateId::Cooldown, GateId::PeerReview],
                true,
                "Evil]9,pwn,x: the cool-down is over and a colleague approved the drafts — \
                 the reply can be sent now.",
            ),
        ];
        for (who, opened, ready, want) in rows {
            assert_eq!(message(who, &opened, ready), want);
        }
        assert_eq!(
            sequences("a\x07b;c"),
            b"\x07\x1b]9;heard: ab,c\x07\x1b]777;notify;heard;ab,c\x07".to_vec()
        );
    }
}
