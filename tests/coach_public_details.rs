//! public-details guards for the sets the details4 helper measured
//! (`case_recounted.rs`: this case recounted, read by shape). blind18 and
//! 19 were studied while the rules were written (0.75 → 0.88, 0.71 → 0.85);
//! blind22, 23 and 24 were run before and after without being read (the
//! held-out figure: 0.68 → 0.68, 0.76 → 0.73, 0.76 → 0.80), then studied
//! (0.71, 0.76, 0.81). Held at what the rules measure now; only ever
//! raised. Only public-details is held here: the other categories keep
//! their own guards (blind22-24 have none yet). blind22's one blocked good
//! draft is blamed, not a detail.

use super::no_worse_than;

#[test]
fn blind18_public_details_holds() {
    let text = include_str!("data/coach/blind18.toml");
    no_worse_than("blind18", text, 178, &[("public-details", 0.82, 0.94)], &[]);
}

#[test]
fn blind19_public_details_holds() {
    let text = include_str!("data/coach/blind19.toml");
    no_worse_than("blind19", text, 179, &[("public-details", 0.88, 0.82)], &[]);
}

#[test]
fn blind22_public_details_holds() {
    let text = include_str!("data/coach/blind22.toml");
    let blocked = &["varifocal_bristol-brief-6 (blame)"];
    no_worse_than(
        "blind22",
        text,
        190,
        &[("public-details", 0.68, 0.74)],
        blocked,
    );
}

#[test]
fn blind23_public_details_holds() {
    let text = include_str!("data/coach/blind23.toml");
    no_worse_than("blind23", text, 190, &[("public-details", 0.85, 0.69)], &[]);
}

#[test]
fn blind24_public_details_holds() {
    let text = include_str!("data/coach/blind24.toml");
    no_worse_than("blind24", text, 185, &[("public-details", 0.92, 0.73)], &[]);
}
