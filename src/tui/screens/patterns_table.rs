//! The patterns screen's two tables: the recurring root causes (with the
//! latest fix under each, when wide) and the months. Cells are cut with "…"
//! where the text is longer than its column.

use ratatui::{
    layout::{Constraint, Rect},
    style::Style,
    text::{Line, Span, Text},
    widgets::{Block, Cell, Padding, Row, Table},
};

use crate::domain::patterns::Report;
use crate::domain::patterns::report::{CauseGroup, Month};
use crate::tui::widgets::columns::fit;
use crate::tui::widgets::theme;

/// The count column of the causes, and the gap after it.
const COUNT: usize = 3;
const GAP: u16 = 2;

/// `text` cut to `width` columns, at the left of its cell.
fn left(text: &str, width: usize, style: Style) -> Span<'static> {
    Span::styled(fit(text, width).trim_end().to_string(), style)
}

/// `text` cut to `width` columns, at the right of its cell.
fn right(text: &str, width: usize, style: Style) -> Cell<'static> {
    let cut = fit(text, width).trim_end().to_string();
    Cell::from(Line::from(Span::styled(cut, style)).right_aligned())
}

/// The causes, most frequent first, as many as `area` holds: the count,
/// then the cause; wide, the latest fix and its owner on a second row.
pub(super) fn causes(report: &Report, area: Rect, wide: bool) -> Table<'static> {
    let per = if wide { 2 } else { 1 };
    let cause_w = (area.width as usize).saturating_sub(COUNT + GAP as usize);
    let rows: Vec<Row> = report
        .root_causes
        .iter()
        .take(area.height as usize / per)
        .map(|g| cause_row(g, cause_w, wide))
        .collect();
    Table::new(
        rows,
        [Constraint::Length(COUNT as u16), Constraint::Fill(1)],
    )
    .column_spacing(GAP)
}

fn cause_row(g: &CauseGroup, width: usize, wide: bool) -> Row<'static> {
    let count = right(&g.count.to_string(), COUNT, theme::key());
    let mut cause = vec![Line::from(left(&g.cause, width, Style::new()))];
    if wide {
        let fix = g
            .fixes
            .last()
            .map_or(String::new(), |f| format!("fix: {} ({})", f.fix, f.owner));
        cause.push(Line::from(left(&fix, width, theme::dim())));
    }
    let height = cause.len() as u16;
    Row::new([count, Cell::from(Text::from(cause))]).height(height)
}

/// Widths of the month table's columns but the last (top category).
const MONTH_COLUMNS: [usize; 4] = [7, 5, 9, 12];

/// Month by month: cases, diagnosed, the biggest category, reply time;
/// one space before the first column and two between columns.
pub(super) fn months(report: &Report, width: u16) -> Table<'static> {
    let top_w = (width as usize).saturating_sub(1 + 7 + 5 + 9 + 12 + 4 * GAP as usize);
    let dim = theme::dim();
    let header = Row::new([
        Cell::from(left("month", 7, dim)),
        right("cases", 5, dim),
        right("diagnosed", 9, dim),
        right("median reply", 12, dim),
        Cell::from(left("top category", top_w, dim)),
    ]);
    let rows: Vec<Row> = report.months.iter().map(|m| month_row(m, top_w)).collect();
    let widths = MONTH_COLUMNS
        .iter()
        .map(|w| Constraint::Length(*w as u16))
        .chain([Constraint::Fill(1)]);
    Table::new(rows, widths)
        .header(header)
        .column_spacing(GAP)
        .block(Block::new().padding(Padding::left(1)))
}

fn month_row(m: &Month, top_w: usize) -> Row<'static> {
    let top = m
        .categories
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map_or(String::new(), |(k, n)| format!("{k} ({n})"));
    let reply = m
        .median_response_hours
        .map_or("—".into(), |h| format!("{h:.1} h"));
    let plain = Style::new();
    Row::new([
        Cell::from(left(&m.month, 7, plain)),
        right(&m.cases.to_string(), 5, plain),
        right(&m.diagnosed.to_string(), 9, plain),
        right(&reply, 12, plain),
        Cell::from(left(&top, top_w, plain)),
    ])
}
