//! "▼ 9 more lines" on the bottom border of a text box whose text goes on
//! below what is shown: a long draft never looks shorter than it is.

use ratatui::{buffer::Buffer, layout::Rect};
use ratatui_textarea::TextArea;

use super::theme;

/// Draw the hint over `area`'s bottom border, right-aligned, after the text
/// box was drawn there (its scroll position is known only then).
pub fn render(ta: &TextArea, area: Rect, buf: &mut Buffer) {
    if area.height < 3 {
        return;
    }
    let shown = usize::from(area.height - 2);
    let (top, _) = ta.scroll_offset();
    let below = screen_rows(ta).saturating_sub(usize::from(top) + shown);
    if below == 0 {
        return;
    }
    let label = format!(" ▼ {below} more line{} ", if below == 1 { "" } else { "s" });
    let width = label.chars().count() as u16;
    if width + 4 > area.width {
        return;
    }
    let x = area.right() - 1 - width;
    buf.set_string(x, area.bottom() - 1, label, theme::dim());
}

/// Rows the text takes once wrapped at the box's width (as last drawn).
/// Each row starts at its own place in the text and rows past the end
/// clamp to the last one, so the count is the first row that maps where
/// the last one does, plus one.
fn screen_rows(ta: &TextArea) -> usize {
    let last = ta.screen_to_data(usize::MAX, 0);
    let (mut lo, mut hi) = (
        0usize,
        ta.lines().iter().map(|l| l.len() + 1).sum::<usize>(),
    );
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if ta.screen_to_data(mid, 0) == last {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::Widget;

    fn drawn(lines: usize, width: u16, height: u16, cursor_at_end: bool) -> String {
        let text: Vec<String> = (0..lines).map(|i| format!("line {i}")).collect();
        let mut ta = crate::tui::widgets::field::text_area(&text.join("\n"), "draft");
        if !cursor_at_end {
            ta.move_cursor(ratatui_textarea::CursorMove::Top);
        }
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        (&ta).render(area, &mut buf);
        render(&ta, area, &mut buf);
        let y = height - 1;
        (0..width).map(|x| buf[(x, y)].symbol()).collect()
    }

    #[test]
    fn the_hint_counts_the_rows_below() {
        let rows: Vec<(usize, u16, u16, bool, &str)> = vec![
            (20, 30, 6, false, "└─────────── ▼ 16 more lines ┘"),
            (5, 30, 6, false, "└───────────── ▼ 1 more line ┘"),
            (4, 30, 6, false, "└────────────────────────────┘"),
            (20, 30, 6, true, "└────────────────────────────┘"),
            // Too narrow for the words: the border alone.
            (20, 12, 6, false, "└──────────┘"),
        ];
        for (lines, w, h, end, want) in rows {
            assert_eq!(drawn(lines, w, h, end), want, "{lines} lines in {w}x{h}");
        }
    }
}
