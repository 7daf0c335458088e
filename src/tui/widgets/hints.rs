//! The footer: the screen's commands as key hints, always visible.

use ratatui::{
    buffer::Buffer,
    layout::Rect,
    text::{Line, Span},
    widgets::{Paragraph, Widget},
};
use unicode_width::UnicodeWidthStr;

use super::theme;
use crate::tui::command::Command;

/// The hints packed into rows of `width` columns. A command is never split
/// across rows, so the footer needs exactly `lines(..).len()` rows.
pub fn lines(commands: &[Command], width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut rows = Vec::new();
    let mut row: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for c in commands.iter().filter(|c| !c.help_only) {
        let (k, l) = if c.enabled {
            (theme::key(), ratatui::style::Style::new())
        } else {
            (theme::dim(), theme::dim())
        };
        let label = format!(" {}  ", c.label);
        let w = c.key.width() + label.width();
        // The two spaces after a command may hang past the edge.
        if used > 0 && used + w - 2 > width {
            rows.push(Line::from(std::mem::take(&mut row)));
            used = 0;
        }
        row.push(Span::styled(c.key.clone(), k));
        row.push(Span::styled(label, l));
        used += w;
    }
    if !row.is_empty() {
        rows.push(Line::from(row));
    }
    rows
}

pub fn render(commands: &[Command], area: Rect, buf: &mut Buffer) {
    Paragraph::new(lines(commands, area.width)).render(area, buf);
}
