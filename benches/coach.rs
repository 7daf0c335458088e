//! The coach runs on every (debounced) keystroke: a full check of a
//! 2,000-word draft pair against a 500-word review should take < 0.5 ms.
//!
//! - `check …`: the full check, the review analysed every time (what
//!   `heard lint` and a fresh case load pay); this is the target figure.
//! - `Coach::check …`: the same drafts against a review analysed once
//!   (what each pause in typing costs in the compose step).

use criterion::{Criterion, criterion_group, criterion_main};
use heard::domain::coach::{Coach, CoachInput, CoachRules, check, review_intensity};
use std::hint::black_box;

const REVIEW_PARAGRAPH: &str = "Ordered six acrylic display stands for my craft fair stall and they \
arrived tinted BLUE, not clear like the photos. Two were cracked, the box was crushed and the \
courier left it in the rain. I emailed three times and got the same copy-paste answer, so I am \
really disappointed and honestly quite angry!! ";

const PUBLIC_PARAGRAPH: &str = "Thank you for telling us, and I'm so sorry the display stands \
arrived tinted and two were cracked, right before your craft fair. That must have been really \
frustrating, and the copy-paste emails made it worse. We're sorry but the courier broke it and \
our policy says no refunds!! Please email me at hello@clearstand.example and I'll sort it out. ";

const PRIVATE_PARAGRAPH: &str = "Hello again, I'm sorry about the cracked stands and the tint. \
The blue is a protective film that peels off. I can send six new stands by express delivery to \
reach you on Friday, or refund the whole order today, whichever you prefer. Order #48213 for \
£45.50 went to 12 Mill Lane. Dear [NAME], we guarantee it will never happen again. ";

fn repeat_to_words(p: &str, words: usize) -> String {
    let per = p.split_whitespace().count();
    p.repeat(words.div_ceil(per))
}

fn bench(c: &mut Criterion) {
    let review = repeat_to_words(REVIEW_PARAGRAPH, 500);
    let public = repeat_to_words(PUBLIC_PARAGRAPH, 1000);
    let private = repeat_to_words(PRIVATE_PARAGRAPH, 1000);
    let offered = vec!["six new stands".to_string(), "refund".to_string()];
    let rules = CoachRules::default();
    let input = CoachInput {
        review: &review,
        public: &public,
        private: &private,
        min_choices: 2,
        offered_choices: &offered,
    };
    // Compile the rules and load the lexicon outside the measurement, as
    // the app does before the first keystroke.
    black_box(check(&input, &rules));
    c.bench_function("check 2000-word drafts vs 500-word review", |b| {
        b.iter(|| check(black_box(&input), black_box(&rules)))
    });
    let coach = Coach::new(&review, &rules);
    c.bench_function("Coach::check 2000-word drafts, review analysed once", |b| {
        b.iter(|| coach.check(black_box(&input)))
    });
    c.bench_function("review_intensity 500 words", |b| {
        b.iter(|| review_intensity(black_box(&review)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
