//! The coach runs on every (debounced) keystroke: a full check of a
//! 2,000-word draft pair against a 500-word review should take < 0.5 ms.
//!
//! - `check …`: the full check, the review analysed every time (what
//!   `heard lint` and a fresh case load pay); this is the target figure.
//! - `Coach::check …`: the same drafts against a review analysed once
//!   (what each pause in typing costs in the compose step).

use criterion::{Criterion, criterion_group, criterion_main};
use heard::domain::coach::{Coach, CoachRules, check, review_intensity};
use std::hint::black_box;

#[path = "common/coach_texts.rs"]
mod coach_texts;
use coach_texts::BenchTexts;

fn bench(c: &mut Criterion) {
    let texts = BenchTexts::new();
    let rules = CoachRules::default();
    let input = texts.input();
    let review = &texts.review;
    // Compile the rules and load the lexicon outside the measurement, as
    // the app does before the first keystroke.
    black_box(check(&input, &rules));
    c.bench_function("check 2000-word drafts vs 500-word review", |b| {
        b.iter(|| check(black_box(&input), black_box(&rules)))
    });
    let coach = Coach::new(review, &rules);
    c.bench_function("Coach::check 2000-word drafts, review analysed once", |b| {
        b.iter(|| coach.check(black_box(&input)))
    });
    c.bench_function("review_intensity 500 words", |b| {
        b.iter(|| review_intensity(black_box(review)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
