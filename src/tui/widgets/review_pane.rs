//! The customer's review kept in view while the person answers it
//! (empathise, apologise, choices, compose): beside the step on a wide
//! terminal, a one-line strip that `o` opens on a small one. Answering
//! from memory is how a reply ends up answering a review nobody wrote.

use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::Line,
    widgets::{Block, Paragraph, Widget},
};

use super::{theme, wrap::wrap};
use crate::domain::Case;

/// From this width of the step's area (a 120-column terminal) the review
/// sits beside the step, open unless hidden.
pub const WIDE: u16 = 90;

/// Whether the review is open: wide terminals start with it open, small
/// ones with the strip; `o` flips that.
pub fn is_open(area: Rect, flipped: bool) -> bool {
    (area.width >= WIDE) != flipped
}

/// Splits `area` into the review's part and the step's part.
pub fn split(area: Rect, open: bool, case: &Case) -> (Rect, Rect) {
    if !open {
        let [strip, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        return (strip, rest);
    }
    if area.width >= WIDE {
        let [step, review] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Percentage(36)]).areas(area);
        return (review, step);
    }
    // Narrow and open: above the step, at most half the height.
    let rows = lines(case, area.width.saturating_sub(2)).len() as u16 + 2;
    let [review, rest] = Layout::vertical([
        Constraint::Length(rows.min(area.height / 2)),
        Constraint::Fill(1),
    ])
    .areas(area);
    (review, rest)
}

/// The review's text as a person sees it (hidden characters named),
/// wrapped to `width`.
fn lines(case: &Case, width: u16) -> Vec<String> {
    let text = crate::domain::visible::reveal(&case.review.full_text()).into_owned();
    wrap(&text, width as usize)
}

pub fn render(case: &Case, open: bool, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    if !open {
        render_strip(case, area, buf);
        return;
    }
    let inner = area.width.saturating_sub(2);
    let mut rows = lines(case, inner);
    let room = area.height.saturating_sub(2) as usize;
    if rows.len() > room && room > 0 {
        // The whole text is one step back (Read); say so rather than cut silently.
        let more = rows.len() - room + 1;
        rows.truncate(room - 1);
        rows.push(format!("▼ {more} more lines (all in Read)"));
    }
    let text: Vec<Line> = rows.into_iter().map(Line::from).collect();
    Paragraph::new(text)
        .block(
            Block::bordered()
                .title(" The review — o hides it ")
                .border_style(theme::dim()),
        )
        .render(area, buf);
}

fn render_strip(case: &Case, area: Rect, buf: &mut Buffer) {
    let text = crate::domain::visible::reveal(&case.review.full_text()).into_owned();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let head = "▸ Review (o shows it): “";
    let room = (area.width as usize).saturating_sub(head.chars().count() + 2);
    let quote: String = if flat.chars().count() > room {
        let cut: String = flat.chars().take(room.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    } else {
        flat
    };
    Paragraph::new(Line::styled(format!("{head}{quote}”"), theme::dim())).render(area, buf);
}
