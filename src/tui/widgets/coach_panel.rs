//! The coaching panel: what the coach finds in the drafts, blocking findings
//! first, each with where it is and a one-line why.

use ratatui::{
    buffer::Buffer,
    layout::Rect,
    style::Style,
    text::{Line, Span},
    widgets::{Block, Paragraph, Widget, Wrap},
};

use super::theme;
use crate::domain::coach::{
    DraftPart, Finding, NOTHING_FOUND, Report, Severity, Shop, check_blameless,
};

/// Findings in the order a person should deal with them.
pub fn ordered(report: &Report) -> Vec<&Finding> {
    let mut v: Vec<&Finding> = report.findings.iter().collect();
    v.sort_by_key(|f| {
        let rank = match f.severity {
            Severity::Block => 0,
            Severity::Warn => 1,
            Severity::Tip => 2,
        };
        (rank, f.draft.as_str(), f.start)
    });
    v
}

fn severity_style(s: Severity) -> Style {
    match s {
        Severity::Block => theme::warn(),
        Severity::Warn => theme::closed(),
        Severity::Tip => theme::dim(),
    }
}

/// One finding as a line: "✗ shouting  public 2:14  why…".
pub fn line(f: &Finding, selected: bool) -> Line<'static> {
    let mark = match f.severity {
        Severity::Block => "✗",
        Severity::Warn => "!",
        Severity::Tip => "·",
    };
    let line = Line::from(vec![
        Span::styled(
            format!("{mark} {} ", f.category.as_str()),
            severity_style(f.severity),
        ),
        Span::styled(
            format!("{} {}:{} ", f.draft.as_str(), f.line, f.column),
            theme::dim(),
        ),
        Span::raw(f.message.clone()),
    ]);
    if selected {
        line.patch_style(theme::selected())
    } else {
        line
    }
}

/// Lines for a diagnosis or debrief text that blames a person ("Tom
/// forgot…"): the coach's why, indented under the text it is about.
pub fn blame_lines(part: DraftPart, text: &str, shop: &Shop) -> Vec<Line<'static>> {
    check_blameless(part, text, shop)
        .into_iter()
        .map(|f| {
            Line::from(vec![
                Span::styled("! ", severity_style(f.severity)),
                Span::raw(f.message),
            ])
        })
        .collect()
}

fn capitalised(s: &str) -> String {
    let mut cs = s.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

pub fn render(report: Option<&Report>, selected: Option<usize>, area: Rect, buf: &mut Buffer) {
    let findings = report.map(ordered).unwrap_or_default();
    let blocking = findings
        .iter()
        .filter(|f| f.severity == Severity::Block)
        .count();
    let advice = report.map_or(&[][..], |r| &r.advice[..]);
    let title = match (findings.len(), blocking) {
        // Never "nothing to point out": the coach only knows what it was
        // taught, and must not read as an approval.
        (0, _) => " Coach: no known problems found ".to_string(),
        (n, 0) => format!(" Coach: {n} to consider, none blocks "),
        (n, b) => format!(" Coach: {b} blocking of {n} — f jumps to the next "),
    };
    let mut lines: Vec<Line> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| line(f, selected == Some(i)))
        .collect();
    // Advice (length, opening) after the findings: tips, never blocking.
    lines.extend(advice.iter().map(|a| {
        Line::from(vec![
            Span::styled("· advice ", theme::dim()),
            Span::raw(a.message.clone()),
        ])
    }));
    if lines.is_empty() {
        lines.push(Line::styled(capitalised(NOTHING_FOUND), theme::dim()));
    }
    let skip = selected
        .unwrap_or(0)
        .saturating_sub(area.height.saturating_sub(3) as usize);
    // A finding wraps rather than losing its why at the panel's edge.
    Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>())
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .title(title)
                .border_style(if blocking > 0 {
                    theme::warn()
                } else {
                    theme::dim()
                }),
        )
        .render(area, buf);
}

/// Rows the panel's findings and advice take inside a border `width`
/// wide, wrapped (at least one: the "nothing found" line).
pub fn rows(report: Option<&Report>, width: u16) -> u16 {
    let inner = width.saturating_sub(2).max(1) as usize;
    let findings = report.map(ordered).unwrap_or_default();
    let advice = report.map_or(&[][..], |r| &r.advice[..]);
    let widths = findings.iter().map(|f| line(f, false).width()).chain(
        advice
            .iter()
            .map(|a| "· advice ".len() + a.message.chars().count()),
    );
    // Word wrapping leaves a little room at each row's end: count generously.
    let n: usize = widths
        .map(|w| w.div_ceil(inner.saturating_sub(4).max(1)))
        .sum();
    n.max(1) as u16
}
