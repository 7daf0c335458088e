//! The gate panel: both gates, open or closed, with the live cool-down
//! countdown, then the window the reply must go out in — "not before" (the
//! cool-down opens) and "not after" (the response deadline) together.
//! Once sent: when, and the follow-up.

use ratatui::{
    buffer::Buffer,
    layout::Rect,
    style::Style,
    text::{Line, Span},
    widgets::{Block, Paragraph, Widget},
};
use time::OffsetDateTime;

use super::columns::fit;
use super::theme;
use crate::domain::deadline::{deadline, overdue};
use crate::domain::{Case, GateId, can_send, follow_up};
use crate::present::time::short_when;

/// Rows the panel takes, borders included, in a sidebar `side_h` rows high
/// whose checklist needs `list_h` rows: the full panel when both fit, else a
/// compact one without the gates' detail lines, so no step is cut off.
pub fn height(side_h: u16, list_h: u16) -> u16 {
    if side_h >= list_h + FULL {
        FULL
    } else {
        COMPACT
    }
}

const FULL: u16 = 8;
const COMPACT: u16 = 6;

/// "label value" in `width` columns, the value shrunk to fit.
fn pair(
    label: &str,
    t: OffsetDateTime,
    now: OffsetDateTime,
    width: usize,
    style: Style,
) -> Line<'static> {
    let room = width.saturating_sub(label.len() + 1);
    Line::from(vec![
        Span::styled(format!("{label} "), theme::dim()),
        Span::styled(short_when(t, now, room), style),
    ])
}

pub fn render(case: &Case, now: OffsetDateTime, area: Rect, buf: &mut Buffer) {
    let width = area.width.saturating_sub(2) as usize;
    let check = can_send(case, now);
    let mut lines = Vec::new();
    for g in &check.gates {
        let (mark, style) = if g.open {
            ("open", theme::done())
        } else {
            ("closed", theme::closed())
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", g.id), theme::title()),
            Span::styled(mark, style),
        ]));
        let detail = match (g.id, g.open, g.opens_at) {
            (GateId::Cooldown, false, Some(t)) if now < t => {
                crate::present::time::time_left(t - now)
            }
            _ => g.reason.to_string(),
        };
        if area.height >= FULL {
            lines.push(Line::styled(fit(&detail, width), theme::dim()));
        }
    }
    if let Some(sent) = &case.sent {
        lines.push(pair("sent", sent.at, now, width, theme::done()));
        lines.push(if follow_up::is_due(case, now) {
            Line::styled("follow-up due", theme::closed())
        } else if let Some(due) = follow_up::due_at(case) {
            pair("follow up", due, now, width, Style::new())
        } else {
            Line::styled("followed up", theme::done())
        });
    } else {
        let opens = check
            .gates
            .iter()
            .find(|g| g.id == GateId::Cooldown)
            .and_then(|g| g.opens_at);
        lines.push(match opens {
            Some(t) => pair("not before", t, now, width, Style::new()),
            None => Line::styled("not before: on open", theme::dim()),
        });
        let style = if overdue(case, now) {
            theme::warn()
        } else {
            Style::new()
        };
        if case.practice.is_some() {
            lines.push(Line::styled("no deadline", theme::dim()));
        } else {
            lines.push(pair("not after", deadline(case), now, width, style));
        }
    }
    Paragraph::new(lines)
        .block(Block::bordered().title(" Gates "))
        .render(area, buf);
}
