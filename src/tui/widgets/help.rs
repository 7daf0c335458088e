//! The `?` overlay: every command of the current screen, why the step
//! exists, and while a text box has the keys, the keys it answers to.

use ratatui::{
    buffer::Buffer,
    layout::Rect,
    text::{Line, Span},
    widgets::{Block, Clear, Paragraph, Widget, Wrap},
};

use super::theme;
use crate::tui::command::Command;
use crate::tui::keys::editing::EDITING;

pub fn render(
    title: &str,
    why: &str,
    commands: &[Command],
    editing: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    let w = area.width.saturating_sub(8).min(70);
    let extra = if editing { EDITING.len() as u16 + 2 } else { 0 };
    let h = (commands.len() as u16 + 8 + extra).min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    );
    Clear.render(popup, buf);
    let mut lines = vec![];
    // While typing, the room goes to the editing keys (the why is one
    // Esc away, in the help outside the text box).
    if !why.is_empty() && !editing {
        lines.push(Line::from(Span::styled("Why this step", theme::title())));
        lines.push(Line::from(why.to_string()));
        lines.push(Line::from(""));
    }
    for c in commands {
        let style = if c.enabled {
            theme::key()
        } else {
            theme::dim()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:>10}  ", c.key), style),
            Span::raw(c.label),
        ]));
    }
    if editing {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled("Editing", theme::title())));
        for e in EDITING {
            lines.push(Line::from(vec![
                Span::styled(format!("{:>10}  ", e.shown), theme::key()),
                Span::raw(e.label),
            ]));
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(format!(" Help — {title} "))
                .title_bottom(" ? or Esc to close "),
        )
        .render(popup, buf);
}
