//! The inbox's table: one row per case, its columns sized for the
//! terminal's width (more of them from `WIDE` on). Cells are cut with "…"
//! where the text is longer than its column.

use ratatui::{
    layout::Constraint,
    style::Style,
    text::{Line, Span},
    widgets::{Block, Cell, Padding, Row, Table},
};
use time::OffsetDateTime;

use crate::domain::inbox::Waiting;
use crate::domain::inbox_row::CaseRow;
use crate::present::time::short_when;
use crate::tui::widgets::columns::fit;
use crate::tui::widgets::theme;

use super::WIDE;

/// Column widths for one terminal width.
pub(super) struct Columns {
    customer: usize,
    platform: usize,
    waiting: usize,
    /// The wide layout's extra columns: deadline, playbook, and the review.
    wide: Option<usize>,
}

const STARS: usize = 5;
const AGE: usize = 6;
const DONE: usize = 5;
const LEFT: usize = 11;
const WHEN: usize = 16;
const PLAYBOOK: usize = 10;

/// `text` cut to `width` columns, at the left of its cell.
fn left(text: &str, width: usize, style: Style) -> Cell<'static> {
    Cell::from(Span::styled(fit(text, width).trim_end().to_string(), style))
}

/// `text` cut to `width` columns, at the right of its cell.
fn right(text: &str, width: usize, style: Style) -> Cell<'static> {
    let cut = fit(text, width).trim_end().to_string();
    Cell::from(Line::from(Span::styled(cut, style)).right_aligned())
}

impl Columns {
    pub(super) fn for_width(width: u16) -> Columns {
        let w = width as usize;
        if width >= WIDE {
            let (customer, platform, waiting) = (22, 12, 20);
            let fixed =
                1 + customer + platform + STARS + AGE + DONE + waiting + LEFT + WHEN + PLAYBOOK + 9;
            return Columns {
                customer,
                platform,
                waiting,
                wide: Some(w.saturating_sub(fixed).max(10)),
            };
        }
        let (platform, waiting) = (9, 19);
        let fixed = 1 + platform + STARS + AGE + DONE + waiting + LEFT + 6;
        Columns {
            customer: w.saturating_sub(fixed).max(8),
            platform,
            waiting,
            wide: None,
        }
    }

    fn widths(&self) -> Vec<usize> {
        let mut w = vec![
            self.customer,
            self.platform,
            STARS,
            AGE,
            DONE,
            self.waiting,
            LEFT,
        ];
        if let Some(review) = self.wide {
            w.extend([WHEN, PLAYBOOK, review]);
        }
        w
    }

    /// The table for these columns: a header, then `rows`, one space
    /// between columns and one before the first.
    pub(super) fn table<'a>(&self, rows: Vec<Row<'a>>) -> Table<'a> {
        let widths = self.widths();
        let names = [
            "customer",
            "platform",
            "stars",
            "age",
            "done",
            "waiting for",
            "time left",
            "deadline (UTC)",
            "playbook",
            "review",
        ];
        let dim = theme::dim();
        let header: Vec<Cell> = names
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (name, w))| match i {
                3 | 4 | 6 => right(name, *w, dim),
                _ => left(name, *w, dim),
            })
            .collect();
        let constraints = widths.iter().map(|w| Constraint::Length(*w as u16));
        Table::new(rows, constraints)
            .header(Row::new(header))
            .column_spacing(1)
            .block(Block::new().padding(Padding::left(1)))
    }

    pub(super) fn row(&self, r: &CaseRow, me: &str, now: OffsetDateTime) -> Row<'static> {
        let stars = r.rating.map_or("—".to_string(), |_| r.stars());
        let wait = r.waiting(me, now);
        let wait_style = match wait {
            Waiting::Ready => theme::done(),
            Waiting::MyReview => theme::key(),
            Waiting::FollowUp | Waiting::ChangesRequested => theme::closed(),
            Waiting::Sent | Waiting::Closed(_) | Waiting::Parked => theme::dim(),
            _ => Style::new(),
        };
        let left_style = if r.sent {
            theme::dim()
        } else if r.overdue(now) {
            theme::warn()
        } else if r.time_left(now) <= time::Duration::hours(4) {
            theme::closed()
        } else {
            Style::new()
        };
        let plain = Style::new();
        let mut cells = vec![
            left(&crate::present::inbox::customer(r), self.customer, plain),
            left(&r.platform, self.platform, plain),
            left(&stars, STARS, plain),
            right(&crate::present::inbox::age(r, now), AGE, plain),
            right(&format!("{}/{}", r.done, r.total), DONE, plain),
            left(
                &crate::present::inbox::waiting(&wait, now),
                self.waiting,
                wait_style,
            ),
            right(&crate::present::inbox::left(r, now), LEFT, left_style),
        ];
        if let Some(review) = self.wide {
            cells.extend([
                left(&short_when(r.deadline, now, WHEN), WHEN, plain),
                left(&r.playbook, PLAYBOOK, plain),
                left(&r.headline, review, theme::dim()),
            ]);
        }
        Row::new(cells)
    }
}
