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

use coach_texts::BenchTexts;
use heard::domain::coach::{Coach, CoachRules};
use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let warm = args.next().as_deref() == Some("warm");
    let texts = BenchTexts::new();
    let rules = CoachRules::default();
    let input = texts.input();
    let review = &texts.review;
    // A coach for another review analyses the given one on every check.
    let coach = Coach::new(if warm { review } else { "" }, &rules);
    let mut findings = 0;
    for _ in 0..n {
        findings += black_box(coach.check(black_box(&input))).findings.len();
    }
    println!(
        "{n} checks ({}), {findings} findings",
        if warm { "warm" } else { "full" }
    );
}
