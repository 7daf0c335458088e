//! `config.toml [keys]`: rebind commands, everywhere they exist or in one
//! scope, refused with the file, line and column when the result would
//! not work (an unknown command, a key that does not parse, two commands
//! on one key, a key the text box needs for typing).
//!
//! ```toml
//! [keys]
//! approve = "A"                  # wherever `approve` is
//! next-step = ["n", "ctrl-n"]    # several keys: the first is shown
//!
//! [keys.compose]                 # only on the drafts, not typing
//! save = "S"
//! ```

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::press::KeyParseError;
use super::{Cmd, KeyPress, Keymap, Scope};

/// `[keys]` could not be used; heard does not start until it is fixed.
#[derive(Debug, thiserror::Error)]
#[error("{}, line {line}, column {column}: {problem}", path.display())]
pub struct KeysError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub problem: Box<Problem>,
}

/// What is wrong with a `[keys]` entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("the config file is not valid TOML: {0}")]
    NotToml(String),
    #[error("`keys` must be a table: [keys]")]
    NotATable,
    #[error("heard has no command “{0}” (the commands are listed in the README, under [keys])")]
    UnknownCommand(String),
    #[error("heard has no screen “{0}” to rebind keys on")]
    UnknownScope(String),
    #[error("the {scope} screen has no command “{cmd}”")]
    NotInScope { scope: String, cmd: String },
    #[error("write a key as text (\"A\", \"ctrl-n\") or a list of them ([\"enter\", \"ctrl-n\"])")]
    NotAKey,
    #[error("give at least one key")]
    NoKeys,
    #[error("{0}")]
    BadKey(#[from] KeyParseError),
    #[error("{key} would do two things on the {scope} screen: “{first}” and “{second}”")]
    Conflict {
        key: String,
        scope: String,
        first: String,
        second: String,
    },
    #[error(
        "{key} is needed for typing on the {scope} screen, so “{cmd}” cannot have it there \
         (use ctrl- or alt-, or rebind it only on another screen with [keys.<screen>])"
    )]
    TakesTyping {
        key: String,
        scope: String,
        cmd: String,
    },
    #[error(
        "{key} picks by number on the {scope} screen (the numbers are printed beside what they \
         pick), so “{cmd}” cannot have it there"
    )]
    PicksByNumber {
        key: String,
        scope: String,
        cmd: String,
    },
}

/// The name a command or scope has in the config file.
pub fn name<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn from_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

/// A problem at a place in the file (a byte span).
type Located = (Problem, Range<usize>);

/// The keymap from the config file at `path` (the defaults when there is
/// no file or no `[keys]`).
pub fn load(path: &Path) -> Result<Keymap, KeysError> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text, path),
        Err(_) => Ok(Keymap::default()),
    }
}

/// The keymap from config `text`, read from `path` (named in errors).
pub fn parse(text: &str, path: &Path) -> Result<Keymap, KeysError> {
    read(text).map_err(|(problem, span)| {
        let before = &text[..span.start.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        KeysError {
            path: path.to_path_buf(),
            line,
            column,
            problem: Box::new(problem),
        }
    })
}

fn read(text: &str) -> Result<Keymap, Located> {
    let doc = DeTable::parse(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        (Problem::NotToml(e.message().trim().to_string()), span)
    })?;
    let mut keymap = Keymap::default();
    let Some((key, keys)) = doc.get_ref().get_key_value("keys") else {
        return Ok(keymap);
    };
    let DeValue::Table(entries) = keys.get_ref() else {
        return Err((Problem::NotATable, key.span()));
    };
    let mut from_config = HashMap::new();
    for (name, value) in entries {
        match value.get_ref() {
            DeValue::Table(inner) => {
                let scope = from_name::<Scope>(name.get_ref()).ok_or_else(|| {
                    (
                        Problem::UnknownScope(name.get_ref().to_string()),
                        name.span(),
                    )
                })?;
                for (cmd, keys) in inner {
                    rebind(&mut keymap, &mut from_config, Some(scope), cmd, keys)?;
                }
            }
            _ => rebind(&mut keymap, &mut from_config, None, name, value)?,
        }
    }
    check(&keymap, &from_config)?;
    Ok(keymap)
}

/// Where each rebound (scope, command) was written, to point at it.
type Written = HashMap<(Scope, Cmd), Range<usize>>;

fn rebind(
    keymap: &mut Keymap,
    written: &mut Written,
    only: Option<Scope>,
    cmd: &Spanned<std::borrow::Cow<str>>,
    value: &Spanned<DeValue>,
) -> Result<(), Located> {
    let name = cmd.get_ref();
    let command = from_name::<Cmd>(name)
        .ok_or_else(|| (Problem::UnknownCommand(name.to_string()), cmd.span()))?;
    let keys = keys_of(value)?;
    let scopes: Vec<Scope> = match only {
        Some(scope) => vec![scope],
        None => keymap.scopes().collect(),
    };
    let mut found = false;
    for scope in scopes {
        let Some(table) = keymap.table_mut(scope) else {
            continue;
        };
        if let Some(b) = table.iter_mut().find(|b| b.cmd == command) {
            b.keys = keys.clone();
            written.insert((scope, command), value.span());
            found = true;
        }
    }
    match (found, only) {
        (true, _) => Ok(()),
        (false, Some(scope)) => Err((
            Problem::NotInScope {
                scope: self::name(scope),
                cmd: name.to_string(),
            },
            cmd.span(),
        )),
        (false, None) => Err((Problem::UnknownCommand(name.to_string()), cmd.span())),
    }
}

/// "A" or ["enter", "ctrl-n"] → the keys, each parsed where it is written.
fn keys_of(value: &Spanned<DeValue>) -> Result<Vec<KeyPress>, Located> {
    let one = |v: &Spanned<DeValue>| match v.get_ref() {
        DeValue::String(s) => KeyPress::parse(s).map_err(|e| (Problem::BadKey(e), v.span())),
        _ => Err((Problem::NotAKey, v.span())),
    };
    let keys = match value.get_ref() {
        DeValue::Array(items) => items.iter().map(one).collect::<Result<Vec<_>, _>>()?,
        _ => vec![one(value)?],
    };
    if keys.is_empty() {
        return Err((Problem::NoKeys, value.span()));
    }
    Ok(keys)
}

/// Every scope: no key does two things among the keys live with it, and
/// no key a text box needs is taken where one has the keys.
fn check(keymap: &Keymap, written: &Written) -> Result<(), Located> {
    let mut scopes: Vec<Scope> = keymap.scopes().collect();
    scopes.sort_by_key(|s| name(*s));
    for scope in scopes {
        let mut seen: HashMap<KeyPress, (Scope, Cmd)> = HashMap::new();
        for live in scope.live_with() {
            for b in keymap.table(live) {
                for key in &b.keys {
                    if scope.typing() && scope.needs_for_typing(*key) {
                        return Err(taken_for_typing(*key, scope, b.cmd, written));
                    }
                    if fixed_here(scope, *key) {
                        return Err(taken_by_a_number(*key, scope, (live, b.cmd), written));
                    }
                    match seen.get(key) {
                        Some(&(s, first)) if (s, first) != (live, b.cmd) => {
                            return Err(conflict(*key, scope, (s, first), (live, b.cmd), written));
                        }
                        _ => {
                            seen.insert(*key, (live, b.cmd));
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn taken_for_typing(key: KeyPress, scope: Scope, cmd: Cmd, written: &Written) -> Located {
    let span = written.get(&(scope, cmd)).cloned().unwrap_or(0..0);
    let problem = Problem::TakesTyping {
        key: key.label(),
        scope: name(scope),
        cmd: name(cmd),
    };
    (problem, span)
}

/// A plain digit this scope picks by number.
fn fixed_here(scope: Scope, key: KeyPress) -> bool {
    match key.code {
        crossterm::event::KeyCode::Char(c) if key.mods.is_empty() => {
            scope.fixed_digits().contains(&c)
        }
        _ => false,
    }
}

fn taken_by_a_number(key: KeyPress, scope: Scope, by: (Scope, Cmd), written: &Written) -> Located {
    let span = written.get(&by).cloned().unwrap_or(0..0);
    let problem = Problem::PicksByNumber {
        key: key.label(),
        scope: name(scope),
        cmd: name(by.1),
    };
    (problem, span)
}

fn conflict(
    key: KeyPress,
    scope: Scope,
    a: (Scope, Cmd),
    b: (Scope, Cmd),
    written: &Written,
) -> Located {
    // Point at whichever of the two the config file wrote (the later one
    // in the file when both).
    let span = [written.get(&a), written.get(&b)]
        .into_iter()
        .flatten()
        .max_by_key(|s| s.start)
        .cloned()
        .unwrap_or(0..0);
    let problem = Problem::Conflict {
        key: key.label(),
        scope: name(scope),
        first: name(a.1),
        second: name(b.1),
    };
    (problem, span)
}
