//! Colours and styles in one place. With `NO_COLOR` set (no-color.org) no
//! colour is used at all: what colour said is said by weight, underline,
//! dimming or reverse video instead, so the screen stays readable.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::style::{Color, Modifier, Style};

/// Whether colours are off: `NO_COLOR` set to anything but empty. Read
/// once, the first time anything is drawn.
pub fn no_colour() -> bool {
    static OFF: OnceLock<bool> = OnceLock::new();
    *OFF.get_or_init(|| std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()))
}

static HIGH_CONTRAST: AtomicBool = AtomicBool::new(false);

/// `[ui] theme = "high-contrast"`: set once at start-up, before drawing.
pub fn set_high_contrast(on: bool) {
    HIGH_CONTRAST.store(on, Ordering::Relaxed);
}

/// High contrast (and colours on): no grey, every colour bright and bold.
fn high_contrast() -> bool {
    HIGH_CONTRAST.load(Ordering::Relaxed) && !no_colour()
}

/// `colour` in colour; `plain` when colours are off.
fn pick(colour: Style, plain: Style) -> Style {
    if no_colour() {
        plain
    } else if high_contrast() {
        brighten(colour)
    } else {
        colour
    }
}

/// The high-contrast version of a colour style: grey becomes the
/// terminal's own text colour, other colours their bright, bold kind.
fn brighten(s: Style) -> Style {
    let fg = match s.fg {
        Some(Color::DarkGray) => None,
        Some(Color::Cyan) => Some(Color::LightCyan),
        Some(Color::Green) => Some(Color::LightGreen),
        Some(Color::Yellow) => Some(Color::LightYellow),
        Some(Color::Red) => Some(Color::LightRed),
        other => other,
    };
    let s = Style { fg, ..s };
    if fg.is_some() {
        s.add_modifier(Modifier::BOLD)
    } else {
        s
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn high_contrast_has_no_grey_and_bright_colours() {
        assert_eq!(brighten(Style::new().fg(Color::DarkGray)).fg, None);
        let warn = brighten(Style::new().fg(Color::Red));
        assert_eq!(warn.fg, Some(Color::LightRed));
        assert!(warn.add_modifier.contains(Modifier::BOLD));
        assert_eq!(brighten(Style::new()), Style::new());
    }
}
