//! How long grouping root causes takes on many diagnoses, in the worst case
//! for it: 5,000 causes over only 20 content words (plus a tag that makes
//! half of them distinct), so almost every wording shares words with most
//! others.
//!
//! ```sh
//! cargo run --release --example patterns_scale [N]
//! ```

use std::time::Instant;

use heard::domain::patterns::words::group;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5000);
    let words = [
        "mug", "box", "courier", "rain", "parcel", "glaze", "photo", "stock", "inbox", "weekend",
        "label", "address", "tape", "wrap", "colour", "size", "late", "refund", "email", "phone",
    ];
    let texts: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "{} {} {} {} x{}",
                words[i % 20],
                words[(i / 20) % 20],
                words[(i * 7) % 20],
                words[(i * 13) % 20],
                i % (n / 2).max(1)
            )
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let start = Instant::now();
    let groups = group(&refs);
    println!(
        "{n} causes: {} groups in {:.1} ms",
        groups.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
}
