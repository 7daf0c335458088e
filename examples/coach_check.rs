//! Runs the coach benchmark's check N times, for counting instructions with
//! valgrind (a figure that does not depend on how fast the machine is):
//!
//! ```sh
//! cargo build --release --example coach_check
//! valgrind --tool=callgrind --callgrind-out-file=/tmp/cg \
//!   --toggle-collect='heard::domain::coach::Coach::check' \
//!   target/release/examples/coach_check 10 full
//! ```
//! Divide the `I refs` by N. `full` analyses the review on every check (the
//! benchmark's target figure); `warm` reuses one analysed review.

#[path = "../benches/common/coach_texts.rs"]
mod coach_texts;

use coach_texts::{PRIVATE_PARAGRAPH, PUBLIC_PARAGRAPH, REVIEW_PARAGRAPH, repeat_to_words};
use heard::domain::coach::{Coach, CoachInput, CoachRules};
use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let warm = args.next().as_deref() == Some("warm");
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
    // A coach for another review analyses the given one on every check.
    let coach = Coach::new(if warm { &review } else { "" }, &rules);
    let mut findings = 0;
    for _ in 0..n {
        findings += black_box(coach.check(black_box(&input))).findings.len();
    }
    println!(
        "{n} checks ({}), {findings} findings",
        if warm { "warm" } else { "full" }
    );
}
