//! The footer: the screen's commands as key hints, always visible.

use ratatui::{
    buffer::Buffer,
    layout::Rect,
    text::{Line, Span},
    widgets::{Paragraph, Widget, Wrap},
};

use super::theme;
use crate::tui::command::Command;

pub fn render(commands: &[Command], area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    for c in commands {
        let (k, l) = if c.enabled {
            (theme::key(), ratatui::style::Style::new())
        } else {
            (theme::dim(), theme::dim())
        };
        spans.push(Span::styled(c.key, k));
        spans.push(Span::styled(format!(" {}  ", c.label), l));
    }
    Paragraph::new(Line::from(spans))
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
