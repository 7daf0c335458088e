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
/// whose checklist needs `list_h` rows: all the rows the checklist leaves,
/// between a compact panel and the full one, so no step is cut off and no
/// row stands empty while a line of the panel is dropped.
pub fn height(side_h: u16, list_h: u16) -> u16 {
    side_h.saturating_sub(list_h).clamp(COMPACT, FULL)
}

const FULL: u16 = 8;
const COMPACT: u16 = 6;

/// "label value" in `width` columns, the value shrunk to fit; when even the
/// shortest value does not fit beside the label, the label's short form
/// ("not before" → "from"), so the time is never cut.
fn pair(
    label: &str,
    t: OffsetDateTime,
    now: OffsetDateTime,
    width: usize,
    style: Style,
) -> Line<'static> {
    let mut label = label;
    let mut when = short_when(t, now, width.saturating_sub(label.len() + 1));
    if label.len() + 1 + when.len() > width {
        label = short_label(label);
        when = short_when(t, now, width.saturating_sub(label.len() + 1));
    }
    Line::from(vec![
        Span::styled(format!("{label} "), theme::dim()),
        Span::styled(when, style),
    ])
}

fn short_label(label: &str) -> &str {
    match label {
        "not before" => "from",
        "not after" => "by",
        "follow up" => "follow",
        other => other,
    }
}

pub fn render(case: &Case, now: OffsetDateTime, area: Rect, buf: &mut Buffer) {
    let width = area.width.saturating_sub(2) as usize;
    let check = can_send(case, now);
    // Each line with its rank: when rows are short the highest ranks go
    // first. Before sending: the gates, the countdown, the deadline, why a
    // gate is closed, "not before"; after: the gates, when sent, the follow-up.
    let mut lines: Vec<(u8, Line)> = Vec::new();
    for g in &check.gates {
        let (mark, style) = if g.open {
            ("open", theme::done())
        } else {
            ("closed", theme::closed())
        };
        lines.push((
            0,
            Line::from(vec![
                Span::styled(format!("{} ", g.id), theme::title()),
                Span::styled(mark, style),
            ]),
        ));
        // Once sent, when and the follow-up matter more than the gates' detail.
        let sent = case.sent.is_some();
        let (rank, detail) = match (g.id, g.open, g.opens_at) {
            (GateId::Cooldown, false, Some(t)) if now < t => (
                if sent { 5 } else { 1 },
                crate::present::time::time_left(t - now),
            ),
            (_, false, _) if !sent => (3, g.reason.to_string()),
            _ => (5, g.reason.to_string()),
        };
        lines.push((rank, Line::styled(fit(&detail, width), theme::dim())));
    }
    if let Some(sent) = &case.sent {
        lines.push((1, pair("sent", sent.at, now, width, theme::done())));
        lines.push((
            2,
            if follow_up::is_due(case, now) {
                Line::styled("follow-up due", theme::closed())
            } else if let Some(due) = follow_up::due_at(case) {
                pair("follow up", due, now, width, Style::new())
            } else {
                Line::styled("followed up", theme::done())
            },
        ));
    } else {
        let opens = check
            .gates
            .iter()
            .find(|g| g.id == GateId::Cooldown)
            .and_then(|g| g.opens_at);
        lines.push((
            4,
            match opens {
                Some(t) => pair("not before", t, now, width, Style::new()),
                None => Line::styled("not before: on open", theme::dim()),
            },
        ));
        let style = if overdue(case, now) {
            theme::warn()
        } else {
            Style::new()
        };
        if case.practice.is_some() {
            lines.push((2, Line::styled("no deadline", theme::dim())));
        } else {
            lines.push((2, pair("not after", deadline(case), now, width, style)));
        }
    }
    let rows = area.height.saturating_sub(2) as usize;
    Paragraph::new(keep_most_important(lines, rows))
        .block(Block::bordered().title(" Gates "))
        .render(area, buf);
}

/// The `rows` lines of lowest rank, in their original order.
fn keep_most_important(lines: Vec<(u8, Line<'static>)>, rows: usize) -> Vec<Line<'static>> {
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by_key(|&i| lines[i].0);
    order.truncate(rows);
    order.sort_unstable();
    let mut lines: Vec<Option<Line>> = lines.into_iter().map(|(_, l)| Some(l)).collect();
    order.into_iter().filter_map(|i| lines[i].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::T0;
    use time::Duration;

    fn text(l: &Line) -> String {
        l.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn a_time_is_never_cut_the_label_shortens_instead_table() {
        // (label, offset of the time from T0, columns, what shows first)
        let next_day = Duration::hours(30);
        let table = [
            ("not before", Duration::minutes(16), 18, "not before "),
            ("not before", next_day, 18, "from "),
            ("not after", next_day, 18, "not after "),
            ("not after", next_day, 14, "by "),
            ("follow up", next_day, 16, "follow "),
        ];
        for (label, offset, width, starts) in table {
            let shown = text(&pair(label, T0 + offset, T0, width, Style::new()));
            assert!(shown.starts_with(starts), "{label} {width}: {shown}");
            assert!(shown.chars().count() <= width, "{label} {width}: {shown}");
            let at = crate::domain::when::utc(T0 + offset);
            let hm = format!("{:02}:{:02}", at.hour(), at.minute());
            assert!(shown.ends_with(&hm), "{label} {width}: {shown}");
        }
    }
}
