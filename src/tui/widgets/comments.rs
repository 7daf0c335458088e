//! The review comments panel of the compose step: every open comment, the
//! line it points at, and which one `r` would resolve.

use ratatui::{
    buffer::Buffer,
    layout::Rect,
    text::{Line, Span},
    widgets::{Block, List, ListItem, ListState, StatefulWidget},
};

use super::{theme, wrap::wrap};
use crate::domain::comments::ReviewComment;

/// Rows the panel wants for these comments (at most `max`).
pub fn height(comments: &[&ReviewComment], max: u16) -> u16 {
    if comments.is_empty() {
        0
    } else {
        (comments.len() as u16 * 2 + 2).min(max)
    }
}

pub fn render(comments: &[&ReviewComment], picked: usize, area: Rect, buf: &mut Buffer) {
    if comments.is_empty() || area.height == 0 {
        return;
    }
    let width = area.width.saturating_sub(2) as usize;
    let items: Vec<ListItem> = comments
        .iter()
        .map(|c| {
            let mut lines: Vec<Line> = wrap(&c.summary(), width)
                .into_iter()
                .map(Line::from)
                .collect();
            if let Some(a) = c.anchor.as_ref().filter(|a| !a.quote.is_empty()) {
                lines.push(Line::from(Span::styled(
                    format!("  on “{}”", a.quote),
                    theme::dim(),
                )));
            }
            ListItem::new(lines)
        })
        .collect();
    let title = format!(
        " {} open review comment{} — ↑↓ pick, r resolve ",
        comments.len(),
        if comments.len() == 1 { "" } else { "s" }
    );
    let mut state = ListState::default().with_selected(Some(picked.min(comments.len() - 1)));
    StatefulWidget::render(
        List::new(items)
            .block(Block::bordered().title(title).border_style(theme::closed()))
            .highlight_style(theme::selected()),
        area,
        buf,
        &mut state,
    );
}
