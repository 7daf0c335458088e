//! The command-line commands. Each one is a thin layer over the store, the
//! domain and the sender; the rules themselves live in `domain`.

/// Print a line to stdout. Text from outside (reviews, drafts, names, file
/// names, a remote) may hold control, bidi or zero-width characters that
/// hide or rearrange text on a terminal: they are printed by name instead.
macro_rules! say {
    () => { println!() };
    ($($arg:tt)*) => { println!("{}", $crate::domain::visible::reveal(&format!($($arg)*))) };
}

/// `say!` without the newline.
macro_rules! say_part {
    ($($arg:tt)*) => { print!("{}", $crate::domain::visible::reveal(&format!($($arg)*))) };
}

/// `say!` to stderr.
macro_rules! say_err {
    ($($arg:tt)*) => { eprintln!("{}", $crate::domain::visible::reveal(&format!($($arg)*))) };
}

/// JSON to stdout, with hidden characters as `\uXXXX` escapes: the same
/// data for a program, harmless on a terminal.
pub fn print_json(value: &impl serde::Serialize) {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    println!("{}", crate::domain::visible::escape_json(&text));
}

pub mod actions;
pub mod assign;
pub mod cases;
pub mod cli_docs;
pub mod close;
pub mod debrief;
pub mod diagnose;
pub mod export;
pub mod follow_up;
pub mod import;
pub mod lint;
pub mod new;
pub mod patterns;
pub mod playbook;
pub mod practice;
pub mod review;
pub mod send;
pub mod team;
pub mod verify;
pub mod wait;

pub use crate::app::{Context, Failure, Outcome};
