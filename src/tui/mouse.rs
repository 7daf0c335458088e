//! The mouse wheel scrolls what is being read: the review on Read, the
//! drafts on Compose and on the colleague's review, the case list.
//!
//! Only button presses and the wheel are asked of the terminal (xterm's
//! 1000 mode, SGR-encoded), never motion. While heard has the mouse, a
//! drag no longer selects text in most terminals: hold Shift while
//! dragging (Option/Alt in iTerm2 and on macOS) to select and copy as
//! usual. `HEARD_NO_MOUSE=1` leaves the mouse to the terminal.

use std::io::Write;

use crossterm::event::{KeyCode, KeyEvent, MouseEvent, MouseEventKind};

use super::state::{App, Screen};

/// Rows one notch of the wheel moves.
pub const WHEEL_ROWS: i16 = 3;

/// Asks for button presses and the wheel, SGR-encoded.
pub const ON: &[u8] = b"\x1b[?1000h\x1b[?1006h";
/// Gives the mouse back to the terminal.
pub const OFF: &[u8] = b"\x1b[?1006l\x1b[?1000l";

/// Whether heard takes the wheel (not with `HEARD_NO_MOUSE` set).
pub fn wanted() -> bool {
    std::env::var_os("HEARD_NO_MOUSE").is_none_or(|v| v.is_empty() || v == "0")
}

/// Switch the wheel on or off on the real terminal.
pub fn capture(on: bool) {
    if !wanted() {
        return;
    }
    let mut out = std::io::stdout();
    let _ = out.write_all(if on { ON } else { OFF });
    let _ = out.flush();
}

/// A panic gives the mouse back too, before ratatui's hook restores the
/// rest, so the shell after a crash does not print wheel codes.
pub fn release_on_panic() {
    let earlier = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        capture(false);
        earlier(info);
    }));
}

/// The key one notch stands for where a list is scrolled by keys.
fn arrow(down: bool) -> KeyEvent {
    KeyEvent::from(if down { KeyCode::Down } else { KeyCode::Up })
}

impl App {
    /// A mouse event: the wheel scrolls; clicks and drags are not used.
    pub fn handle_mouse(&mut self, m: MouseEvent) -> bool {
        let down = match m.kind {
            MouseEventKind::ScrollDown => true,
            MouseEventKind::ScrollUp => false,
            _ => return false,
        };
        if self.help {
            return false;
        }
        let now = self.clock.now();
        let outcome = match &mut self.screen {
            Screen::Case(c) => c.wheel(down, now, &self.me),
            Screen::Home(_) => {
                self.handle_key(arrow(down));
                return true;
            }
        };
        self.apply(outcome);
        true
    }
}

/// Each notch as `WHEEL_ROWS` presses of ↓ or ↑, for screens whose arrow
/// keys scroll (Read, the colleague's review); the last outcome.
pub fn as_arrows(
    down: bool,
    mut press: impl FnMut(KeyEvent) -> super::command::Outcome,
) -> super::command::Outcome {
    let mut outcome = super::command::Outcome::Ignored;
    for _ in 0..WHEEL_ROWS {
        outcome = press(arrow(down));
    }
    outcome
}
