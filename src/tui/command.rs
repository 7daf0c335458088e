//! A screen's commands: one list drives both the footer hints and the `?`
//! help, so help never drifts from the real keys.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    /// The key as shown to the person ("Enter", "^S", "1-5").
    pub key: &'static str,
    /// What it does, in a few words.
    pub label: &'static str,
    /// Greyed out when it cannot be used right now.
    pub enabled: bool,
}

impl Command {
    pub const fn new(key: &'static str, label: &'static str) -> Command {
        Command {
            key,
            label,
            enabled: true,
        }
    }

    pub const fn when(self, enabled: bool) -> Command {
        Command { enabled, ..self }
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
