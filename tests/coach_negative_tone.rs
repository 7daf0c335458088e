//! Negative-tone guards for the five newest sets (issue 11, the tone5
//! pass). blind18 and blind19 were studied for their tone misses and false
//! readings (tone_turns.rs); blind22, 23 and 24 were run before and after
//! that work WITHOUT being read (their held-out move: 0.00 on each), then
//! studied too (tone_asides.rs). So every figure here is a development
//! figure, held at what the rules measure now: only ever raised. The good
//! drafts listed as blocked are other categories' (public-details, blame),
//! blocked before this pass; none may be added.

use super::no_worse_than;

/// Each set's negative-tone (precision, recall) now.
fn tone(p: f64, r: f64) -> [(&'static str, f64, f64); 1] {
    [("negative-tone", p, r)]
}

#[test]
fn blind18_negative_tone_holds() {
    let text = include_str!("data/coach/blind18.toml");
    no_worse_than("blind18", text, 178, &tone(0.88, 1.00), &[]);
}

#[test]
fn blind19_negative_tone_holds() {
    let text = include_str!("data/coach/blind19.toml");
    no_worse_than("blind19", text, 179, &tone(0.94, 1.00), &[]);
}

#[test]
fn blind22_negative_tone_holds() {
    let text = include_str!("data/coach/blind22.toml");
    let blocked = [
        "ridgeline_skate-coach-5 (public-details)",
        "varifocal_bristol-brief-6 (blame)",
    ];
    no_worse_than("blind22", text, 190, &tone(1.00, 0.63), &blocked);
}

#[test]
fn blind23_negative_tone_holds() {
    let text = include_str!("data/coach/blind23.toml");
    let blocked = ["cocktail_bar_joburg-7 (public-details)"];
    no_worse_than("blind23", text, 190, &tone(1.00, 0.75), &blocked);
}

#[test]
fn blind24_negative_tone_holds() {
    let text = include_str!("data/coach/blind24.toml");
    no_worse_than("blind24", text, 185, &tone(0.94, 0.74), &[]);
}
