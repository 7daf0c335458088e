//! Colours and styles in one place.

use ratatui::style::{Color, Modifier, Style};

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}
pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}
pub fn key() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}
pub fn done() -> Style {
    Style::new().fg(Color::Green)
}
pub fn closed() -> Style {
    Style::new().fg(Color::Yellow)
}
pub fn warn() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}
pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}
pub fn focus_border() -> Style {
    Style::new().fg(Color::Cyan)
}
/// Words the coach points at, inside a draft.
pub fn finding() -> Style {
    Style::new()
        .fg(Color::Yellow)
        .add_modifier(Modifier::UNDERLINED)
}
