//! The sidebar: every step of the walk with its state.

use ratatui::{
    buffer::Buffer,
    layout::Rect,
    text::{Line, Span},
    widgets::{Block, Paragraph, Widget},
};

use super::theme;

/// One row of the checklist.
pub struct Item<'a> {
    pub title: &'a str,
    pub done: bool,
    pub reachable: bool,
    /// False when triage left the step out of this case's road.
    pub needed: bool,
}

pub fn render(items: &[Item], selected: usize, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let (mark, style) = if !it.needed && !it.done {
                ("–", theme::dim())
            } else if it.done {
                ("✓", theme::done())
            } else if it.reachable {
                ("•", ratatui::style::Style::new())
            } else {
                ("·", theme::dim())
            };
            let mut line = Line::from(vec![
                Span::styled(format!(" {mark} "), style),
                Span::styled(it.title.to_string(), style),
            ]);
            if i == selected {
                line = line.patch_style(theme::selected());
            }
            line
        })
        .collect();
    Paragraph::new(lines)
        .block(Block::bordered().title(" Walk "))
        .render(area, buf);
}
