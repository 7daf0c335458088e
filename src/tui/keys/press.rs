//! One key as the key table and `config.toml` name it ("ctrl-s", "enter",
//! "A"), parsed, shown the way the footer shows keys ("^S", "Enter") and
//! matched against what the terminal sends.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with its modifiers. Letters carry their case ("A" is shift-a),
/// so shift is only kept for keys that have no upper case (shift-tab).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyPress {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

/// Why a key string was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyParseError {
    #[error("the key is empty")]
    Empty,
    #[error("“{0}” has no key after the modifier (write e.g. “ctrl-s”)")]
    NoKey(String),
    #[error(
        "“{0}” is not a key heard knows (a letter, a digit, a sign, or one of: enter, esc, \
         tab, space, backspace, delete, up, down, left, right, home, end, pageup, pagedown, \
         f1 … f12)"
    )]
    Unknown(String),
}

const NAMED: [(&str, KeyCode, &str); 14] = [
    ("enter", KeyCode::Enter, "Enter"),
    ("esc", KeyCode::Esc, "Esc"),
    ("tab", KeyCode::Tab, "Tab"),
    ("space", KeyCode::Char(' '), "Space"),
    ("backspace", KeyCode::Backspace, "Backspace"),
    ("delete", KeyCode::Delete, "Delete"),
    ("up", KeyCode::Up, "↑"),
    ("down", KeyCode::Down, "↓"),
    ("left", KeyCode::Left, "←"),
    ("right", KeyCode::Right, "→"),
    ("home", KeyCode::Home, "Home"),
    ("end", KeyCode::End, "End"),
    ("pageup", KeyCode::PageUp, "PgUp"),
    ("pagedown", KeyCode::PageDown, "PgDn"),
];

impl KeyPress {
    pub const fn plain(code: KeyCode) -> KeyPress {
        KeyPress {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    pub const fn ch(c: char) -> KeyPress {
        KeyPress::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(code: KeyCode) -> KeyPress {
        KeyPress {
            code,
            mods: KeyModifiers::CONTROL,
        }
    }

    /// The key a terminal event stands for, in the table's terms.
    pub fn of(key: KeyEvent) -> KeyPress {
        let keep = KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT;
        let mut mods = key.modifiers & keep;
        let code = match key.code {
            KeyCode::BackTab => {
                mods |= KeyModifiers::SHIFT;
                KeyCode::Tab
            }
            // A letter already says whether shift was down; with ctrl,
            // terminals differ on the case, so ctrl-S is ctrl-s.
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            other => other,
        };
        KeyPress { code, mods }
    }

    /// The event a person presses for this key (for tests and hints).
    pub fn event(self) -> KeyEvent {
        KeyEvent::new(self.code, self.mods)
    }

    /// "ctrl-s", "A", "shift-tab", "enter" → the key.
    pub fn parse(text: &str) -> Result<KeyPress, KeyParseError> {
        let mut rest = text.trim();
        if rest.is_empty() {
            return Err(KeyParseError::Empty);
        }
        let mut mods = KeyModifiers::NONE;
        loop {
            let lower = rest.to_ascii_lowercase();
            let found = [
                ("ctrl-", KeyModifiers::CONTROL),
                ("alt-", KeyModifiers::ALT),
                ("shift-", KeyModifiers::SHIFT),
            ]
            .into_iter()
            .find(|(p, _)| lower.starts_with(p) && rest.len() >= p.len());
            let Some((prefix, m)) = found else { break };
            mods |= m;
            rest = &rest[prefix.len()..];
            if rest.is_empty() {
                return Err(KeyParseError::NoKey(text.to_string()));
            }
        }
        let code = key_code(rest).ok_or_else(|| KeyParseError::Unknown(text.to_string()))?;
        Ok(KeyPress::of(KeyEvent::new(shifted(code, &mut mods), mods)))
    }

    /// The key as the footer shows it: "^S", "Enter", "↑", "A".
    pub fn label(self) -> String {
        let ctrl = self.mods.contains(KeyModifiers::CONTROL);
        let name = match self.code {
            KeyCode::F(n) => format!("F{n}"),
            // "^S", as terminals have always written control keys.
            KeyCode::Char(c) if ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) if c != ' ' => c.to_string(),
            code => NAMED
                .iter()
                .find(|(_, k, _)| *k == code)
                .map_or_else(|| format!("{code:?}"), |(_, _, shown)| shown.to_string()),
        };
        let mut out = String::new();
        if ctrl {
            out.push('^');
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("M-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            out.push('⇧');
        }
        out + &name
    }

    /// A key that types something: a character with no ctrl or alt.
    pub fn types_text(self) -> bool {
        matches!(self.code, KeyCode::Char(_))
            && !self
                .mods
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    }
}

/// "shift-a" is "A": letters carry shift in their case.
fn shifted(code: KeyCode, mods: &mut KeyModifiers) -> KeyCode {
    match code {
        KeyCode::Char(c) if mods.contains(KeyModifiers::SHIFT) && c.is_ascii_lowercase() => {
            mods.remove(KeyModifiers::SHIFT);
            KeyCode::Char(c.to_ascii_uppercase())
        }
        other => other,
    }
}

fn key_code(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return (!c.is_control()).then_some(KeyCode::Char(c));
    }
    let lower = name.to_ascii_lowercase();
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok())
        && (1..=12).contains(&n)
    {
        return Some(KeyCode::F(n));
    }
    NAMED
        .iter()
        .find(|(n, _, _)| *n == lower)
        .map(|(_, code, _)| *code)
}
