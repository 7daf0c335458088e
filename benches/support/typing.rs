//! Typing in the compose text box (issue 12): one key typed into a draft
//! of N words, then the box drawn as the compose screen draws it (text
//! box and its scroll hint, 78×10 as at 80×24). The cost per key should
//! not grow with the draft beyond what is on screen. Prints p50/p99 per
//! key next to criterion's mean.

use std::hint::black_box;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{buffer::Buffer, layout::Rect, widgets::Widget};
use ratatui_textarea::{CursorMove, TextArea};

use heard::tui::widgets::{field, scroll_hint};

/// `words` words in paragraphs of `per_paragraph` (0: one paragraph).
fn draft(words: usize, per_paragraph: usize) -> String {
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            let new_paragraph = per_paragraph > 0 && i % per_paragraph == 0;
            out.push_str(if new_paragraph { "\n" } else { " " });
        }
        out.push_str(["sorry", "about", "the", "cold", "pizza", "Dana,"][i % 6]);
    }
    out
}

/// A box as compose opens it, the cursor in the middle of the draft.
fn text_box(text: &str) -> TextArea<'static> {
    let mut ta = field::text_area(text, "Public reply");
    let rows = ta.lines().len() as u16;
    ta.move_cursor(CursorMove::Jump(rows / 2, 10));
    ta
}

fn key_then_draw(ta: &mut TextArea<'static>, c: char, area: Rect, buf: &mut Buffer) {
    ta.input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    (&*ta).render(area, buf);
    scroll_hint::render(ta, area, buf);
}

const AREA: Rect = Rect::new(0, 0, 78, 10);

const SHAPES: [(&str, usize, usize); 4] = [
    ("100 words, paragraphs", 100, 80),
    ("8000 words, paragraphs", 8000, 80),
    ("100 words, one paragraph", 100, 0),
    ("8000 words, one paragraph", 8000, 0),
];

pub fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("typing");
    for (name, words, per) in SHAPES {
        let text = draft(words, per);
        group.bench_with_input(BenchmarkId::new("key then draw", name), &text, |b, text| {
            let mut ta = text_box(text);
            let mut buf = Buffer::empty(AREA);
            b.iter(|| key_then_draw(&mut ta, black_box('x'), AREA, &mut buf))
        });
    }
    group.finish();
    percentiles();
}

/// p50/p99 of 2,000 keys per shape (a burst of typing: letters and spaces).
pub fn percentiles() {
    for (name, words, per) in SHAPES {
        let mut ta = text_box(&draft(words, per));
        let mut buf = Buffer::empty(AREA);
        let mut took: Vec<f64> = (0..2000)
            .map(|i| {
                let c = if i % 6 == 5 { ' ' } else { 'x' };
                let t = Instant::now();
                key_then_draw(&mut ta, c, AREA, &mut buf);
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        took.sort_by(f64::total_cmp);
        let at = |q: f64| took[((took.len() - 1) as f64 * q) as usize];
        println!(
            "typing/{name}: p50 {:.1} µs, p99 {:.1} µs per key",
            at(0.5),
            at(0.99)
        );
    }
}
