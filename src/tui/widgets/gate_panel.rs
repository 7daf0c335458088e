//! The gate panel: both gates, open or closed, with the live cool-down
//! countdown, next to the response deadline ("not before" and "not after").

use ratatui::{
    buffer::Buffer,
    layout::Rect,
    text::{Line, Span},
    widgets::{Block, Paragraph, Widget, Wrap},
};
use time::OffsetDateTime;

use super::theme;
use crate::domain::gate::{human_duration, short_time};
use crate::domain::{Case, GateId, can_send};

pub fn render(case: &Case, now: OffsetDateTime, area: Rect, buf: &mut Buffer) {
    let check = can_send(case, now);
    let mut lines = Vec::new();
    for g in &check.gates {
        let (mark, style) = if g.open {
            ("open", theme::done())
        } else {
            ("closed", theme::closed())
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", g.id.label()), theme::title()),
            Span::styled(mark, style),
        ]));
        let detail = match (g.id, g.open, g.opens_at) {
            (GateId::Cooldown, false, Some(t)) if now < t => {
                format!("{} left", human_duration(t - now))
            }
            _ => g.reason.clone(),
        };
        lines.push(Line::from(Span::styled(detail, theme::dim())));
    }
    if let Some(sent) = &case.sent {
        lines.push(Line::from(Span::styled(
            format!("sent {}", short_time(sent.at)),
            theme::done(),
        )));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(Block::bordered().title(" Gates "))
        .render(area, buf);
}
