//! Colours and styles in one place. With `NO_COLOR` set (no-color.org) no
//! colour is used at all: what colour said is said by weight, underline,
//! dimming or reverse video instead, so the screen stays readable.

use std::sync::OnceLock;

use ratatui::style::{Color, Modifier, Style};

/// Whether colours are off: `NO_COLOR` set to anything but empty. Read
/// once, the first time anything is drawn.
pub fn no_colour() -> bool {
    static OFF: OnceLock<bool> = OnceLock::new();
    *OFF.get_or_init(|| std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()))
}

/// `colour` in colour; `plain` when colours are off.
fn pick(colour: Style, plain: Style) -> Style {
    if no_colour() { plain } else { colour }
}

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}
pub fn dim() -> Style {
    pick(
        Style::new().fg(Color::DarkGray),
        Style::new().add_modifier(Modifier::DIM),
    )
}
pub fn key() -> Style {
    pick(Style::new().fg(Color::Cyan), Style::new()).add_modifier(Modifier::BOLD)
}
pub fn done() -> Style {
    pick(Style::new().fg(Color::Green), Style::new())
}
pub fn closed() -> Style {
    pick(
        Style::new().fg(Color::Yellow),
        Style::new().add_modifier(Modifier::BOLD),
    )
}
pub fn warn() -> Style {
    pick(Style::new().fg(Color::Red), Style::new()).add_modifier(Modifier::BOLD)
}
pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}
pub fn focus_border() -> Style {
    pick(
        Style::new().fg(Color::Cyan),
        Style::new().add_modifier(Modifier::BOLD),
    )
}
/// Words the coach points at, inside a draft.
pub fn finding() -> Style {
    pick(Style::new().fg(Color::Yellow), Style::new()).add_modifier(Modifier::UNDERLINED)
}
