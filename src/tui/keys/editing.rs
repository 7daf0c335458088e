//! The keys a text box answers to while typing (ratatui-textarea's own),
//! listed once: the `?` help shows them under "Editing", and the key
//! table refuses to bind them where a text box has the keys.

use crossterm::event::{KeyCode, KeyModifiers};

use super::KeyPress;

/// One line of the "Editing" help: the keys as shown, what they do, and
/// the keys themselves.
pub struct EditingKey {
    pub shown: &'static str,
    pub label: &'static str,
    pub keys: &'static [KeyPress],
}

const fn k(code: KeyCode, mods: KeyModifiers) -> KeyPress {
    KeyPress { code, mods }
}

const N: KeyModifiers = KeyModifiers::NONE;
const C: KeyModifiers = KeyModifiers::CONTROL;
const A: KeyModifiers = KeyModifiers::ALT;

pub const EDITING: &[EditingKey] = &[
    EditingKey {
        shown: "←→↑↓",
        label: "move the cursor",
        keys: &[
            k(KeyCode::Left, N),
            k(KeyCode::Right, N),
            k(KeyCode::Up, N),
            k(KeyCode::Down, N),
        ],
    },
    EditingKey {
        shown: "Home/End",
        label: "start / end of the line",
        keys: &[k(KeyCode::Home, N), k(KeyCode::End, N)],
    },
    EditingKey {
        shown: "^←/^→",
        label: "a word back / forward",
        keys: &[k(KeyCode::Left, C), k(KeyCode::Right, C)],
    },
    EditingKey {
        shown: "Backspace",
        label: "delete before the cursor",
        keys: &[k(KeyCode::Backspace, N)],
    },
    EditingKey {
        shown: "Delete",
        label: "delete after the cursor",
        keys: &[k(KeyCode::Delete, N)],
    },
    EditingKey {
        shown: "^W",
        label: "delete the word before",
        keys: &[k(KeyCode::Char('w'), C), k(KeyCode::Backspace, A)],
    },
    EditingKey {
        shown: "^K",
        label: "delete to the end of the line",
        keys: &[k(KeyCode::Char('k'), C)],
    },
    EditingKey {
        shown: "^Z/^U, ^R",
        label: "undo / redo, a typed word at a time (a phrase from the bank comes out whole)",
        keys: &[
            k(KeyCode::Char('z'), C),
            k(KeyCode::Char('u'), C),
            k(KeyCode::Char('r'), C),
        ],
    },
    EditingKey {
        shown: "^X/^Y",
        label: "cut / paste the selection",
        keys: &[k(KeyCode::Char('x'), C), k(KeyCode::Char('y'), C)],
    },
];

/// A key a text box needs for typing: anything that types a character,
/// and every editing key above.
pub fn needed_for_typing(key: KeyPress) -> bool {
    key.types_text() || EDITING.iter().any(|e| e.keys.contains(&key))
}
