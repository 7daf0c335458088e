//! The compose text box wraps only the line being typed in (heard's patch
//! to ratatui-textarea, vendor/ratatui-textarea): after every kind of
//! edit, where each screen row starts and how many rows there are must be
//! exactly what wrapping the whole text afresh gives.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{buffer::Buffer, layout::Rect, widgets::Widget};
use ratatui_textarea::{CursorMove, TextArea};

use heard::tui::widgets::field;

const AREA: Rect = Rect::new(0, 0, 30, 8);

/// Where every screen row starts, and the cursor, as drawn at `AREA`.
fn layout(ta: &TextArea<'static>) -> (Vec<(usize, usize)>, (usize, usize)) {
    let mut buf = Buffer::empty(AREA);
    (ta).render(AREA, &mut buf);
    let total: usize = ta.lines().iter().map(|l| l.chars().count() + 1).sum();
    let rows = (0..total + 2)
        .map(|r| {
            let d = ta.screen_to_data(r, 0);
            (d.0, d.1)
        })
        .collect();
    let c = ta.cursor();
    (rows, (c.0, c.1))
}

/// A text box made afresh from `ta`'s text, its cursor where `ta`'s is.
fn afresh(ta: &TextArea<'static>) -> TextArea<'static> {
    let mut fresh = field::text_area(&ta.lines().join("\n"), "draft");
    let c = ta.cursor();
    let (r, c) = (c.0, c.1);
    fresh.move_cursor(CursorMove::Jump(r as u16, c as u16));
    fresh
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Compare `ta` with the same text wrapped afresh: every row start, and
/// the cursor on screen where it is and at the far ends.
fn same_as_afresh(ta: &TextArea<'static>, step: &str) {
    let fresh = afresh(ta);
    let (got, want) = (layout(ta), layout(&fresh));
    assert_eq!(got.0, want.0, "{step}: row starts differ");
    assert_eq!(got.1, want.1, "{step}: cursor");
    for probe in [None, Some(CursorMove::Top), Some(CursorMove::Bottom)] {
        let (mut a, mut b) = (ta.clone(), fresh.clone());
        if let Some(m) = probe {
            for t in [&mut a, &mut b] {
                t.move_cursor(m);
                t.move_cursor(CursorMove::End);
            }
        }
        assert_eq!(a.screen_cursor(), b.screen_cursor(), "{step} {probe:?}");
    }
}

#[test]
fn a_line_that_grows_and_shrinks_moves_the_rows_below_it() {
    let mut ta = field::text_area("first line\nsecond line\nthird", "draft");
    ta.move_cursor(CursorMove::Top);
    for i in 0..90 {
        (&ta).render(AREA, &mut Buffer::empty(AREA));
        ta.input(key(if i % 5 == 4 {
            KeyCode::Char(' ')
        } else {
            KeyCode::Char('y')
        }));
        same_as_afresh(&ta, &format!("typed {i}"));
    }
    for i in 0..90 {
        (&ta).render(AREA, &mut Buffer::empty(AREA));
        ta.input(key(KeyCode::Backspace));
        same_as_afresh(&ta, &format!("erased {i}"));
    }
    assert_eq!(ta.lines(), ["first line", "second line", "third"]);
}

#[test]
fn every_edit_wraps_as_the_whole_text_wrapped_afresh() {
    let start = "Sorry about the cold pizza, Dana. It should never arrive like that.\n\
                 We will call you today.\n\nThank you for telling us — Zoë";
    let keys: Vec<KeyEvent> = [
        KeyCode::Char('x'),
        KeyCode::Char(' '),
        KeyCode::Backspace,
        KeyCode::Enter,
        KeyCode::Delete,
        KeyCode::Left,
        KeyCode::Up,
        KeyCode::End,
        KeyCode::Char('ö'),
        KeyCode::Home,
        KeyCode::Backspace,
        KeyCode::Down,
    ]
    .into_iter()
    .map(key)
    .collect();
    let mut ta = field::text_area(start, "draft");
    ta.move_cursor(CursorMove::Top);
    let mut step = 0usize;
    // Long enough to grow lines past several wraps, join and split them.
    for round in 0..40 {
        for k in &keys {
            let k = if round % 3 == 0 && matches!(k.code, KeyCode::Char(_)) {
                key(KeyCode::Char('w'))
            } else {
                *k
            };
            // Drawn before each key, as the screen does: the box knows its width.
            (&ta).render(AREA, &mut Buffer::empty(AREA));
            ta.input(k);
            same_as_afresh(&ta, &format!("step {step} ({k:?})"));
            step += 1;
        }
    }
    let words = ta.lines().join(" ").split_whitespace().count();
    assert!(words > 20, "the text grew: {words} words");
}
