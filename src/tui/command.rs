//! A screen's commands: one list drives both the footer hints and the `?`
//! help, so help never drifts from the real keys. The keys themselves come
//! from the key table (`tui::keys`).

use std::borrow::Cow;

use crossterm::event::KeyEvent;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    /// The key as shown to the person ("Enter", "^S", "1-5").
    pub key: Cow<'static, str>,
    /// What it does, in a few words.
    pub label: &'static str,
    /// Greyed out when it cannot be used right now.
    pub enabled: bool,
    /// The keys to press for it (two for "↑↓"), when it comes from the
    /// key table.
    pub press: Vec<KeyEvent>,
    /// Listed in the `?` help only: a second way to do what the footer
    /// already offers, not worth a footer entry on every screen.
    pub help_only: bool,
}

impl Command {
    pub const fn new(key: &'static str, label: &'static str) -> Command {
        Command {
            key: Cow::Borrowed(key),
            label,
            enabled: true,
            press: Vec::new(),
            help_only: false,
        }
    }

    pub fn when(self, enabled: bool) -> Command {
        Command {
            enabled: enabled && self.enabled,
            ..self
        }
    }

    /// The same command, listed in the `?` help but not in the footer.
    pub fn in_help_only(self) -> Command {
        Command {
            help_only: true,
            ..self
        }
    }

    /// The same key with other words (the table's label is the default).
    pub fn labelled(self, label: &'static str) -> Command {
        Command { label, ..self }
    }
}

/// What a screen did with a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Not for this screen; the caller may use it.
    Ignored,
    /// Used; redraw.
    Consumed,
    /// Used, and the app must do this.
    Emit(super::action::Action),
}

impl Outcome {
    pub fn record(events: Vec<crate::domain::EventKind>) -> Outcome {
        Outcome::Emit(super::action::Action::Record { by: None, events })
    }
}
