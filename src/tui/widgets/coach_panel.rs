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
use crate::domain::coach::{Advice, DraftPart, Finding, Report, Severity, Shop, check_blameless};
use crate::present::coach::{NOTHING_FOUND, message};

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
        Span::raw(message(f)),
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
                Span::raw(message(&f)),
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
    let lines = panel_lines(&findings, advice, selected);
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

/// The findings, then the advice (length, opening: tips, never blocking),
/// or the "nothing found" line.
fn panel_lines(
    findings: &[&Finding],
    advice: &[Advice],
    selected: Option<usize>,
) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| line(f, selected == Some(i)))
        .collect();
    lines.extend(advice.iter().map(|a| {
        Line::from(vec![
            Span::styled("· advice ", theme::dim()),
            Span::raw(a.tip.to_string()),
        ])
    }));
    if lines.is_empty() {
        lines.push(Line::styled(capitalised(NOTHING_FOUND), theme::dim()));
    }
    lines
}

/// Rows the panel's findings and advice take inside a border `width`
/// wide, wrapped by the same paragraph that draws them (at least one: the
/// "nothing found" line).
pub fn rows(report: Option<&Report>, width: u16) -> u16 {
    let inner = width.saturating_sub(2).max(1);
    let findings = report.map(ordered).unwrap_or_default();
    let advice = report.map_or(&[][..], |r| &r.advice[..]);
    let n = Paragraph::new(panel_lines(&findings, advice, None))
        .wrap(Wrap { trim: true })
        .line_count(inner);
    u16::try_from(n).unwrap_or(u16::MAX).max(1)
}
