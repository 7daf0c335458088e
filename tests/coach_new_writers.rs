//! Guards for the sets written this stop by five more writers, each having
//! seen only categories.md and the file format. Each was run once before
//! anyone studied it (its `blindN-first-run.txt`, unedited); the figures held
//! here are what the rules measure now, after the eighth pass, the cause
//! shapes and the learned blame layer studied blind7, 8, 9 and 11 (and the
//! layer trained on them): development figures, not a fair measurement. Only
//! ever raised; a blocked list only ever shrinks. Blame is held to each
//! set's first run instead: the learned layer was trained on every one of
//! these sets, so its blame figures here are memorised and move whenever it
//! is retrained on more data (retrained on blind10 and blind12 too, its
//! in-sample recall on blind8 fell 1.00 → 0.94 while its left-out figures
//! rose).
//!
//! blind13, 14 and 15 came a stop later, from three more writers. blind14
//! and 15 were run once on main at that stop's start, then studied by the
//! tone, details and blame2 helpers: held at what the merged rules measure.
//! blind13 stayed sealed until those branches were merged and was run once
//! (`blind13-first-run.txt`): held at that first run, its one blocked good
//! draft included. blind17, written while the short tone2 and blame3
//! passes studied blind13, was sealed until they were merged and run once
//! (`blind17-first-run.txt`): held at that first run.

use super::no_worse_than;

/// The seventh blind set (trades, cars and care; first run macro-F1 0.86): 191 drafts.
const BLIND7_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.84),
    ("no-empathy", 0.79, 0.91),
    ("no-thanks", 1.00, 0.96),
    ("blame", 0.83, 0.48),
    ("defensive", 0.90, 0.93),
    ("no-choices", 0.97, 0.95),
    ("no-contact", 0.89, 0.89),
    ("public-details", 0.75, 0.91),
    ("shouting", 1.00, 0.88),
    ("generic", 0.89, 0.73),
    ("negative-tone", 0.91, 0.71),
    ("risky-promise", 1.00, 0.86),
    ("asks-removal", 1.00, 0.86),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND7_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind7_no_worse_than_now() {
    no_worse_than(
        "blind7",
        include_str!("data/coach/blind7.toml"),
        186,
        BLIND7_BASELINE,
        BLIND7_BLOCKED_GOOD,
    );
}

/// The eighth blind set (hospitality and travel; first run 0.89): 188 drafts.
const BLIND8_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.96),
    ("no-empathy", 0.92, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 1.00, 0.50),
    ("defensive", 0.86, 0.88),
    ("no-choices", 0.96, 1.00),
    ("no-contact", 0.92, 1.00),
    ("public-details", 0.90, 0.73),
    ("shouting", 1.00, 0.81),
    ("generic", 0.87, 0.87),
    ("negative-tone", 0.94, 0.73),
    ("risky-promise", 0.88, 1.00), // 0.90/0.82 before the layer was retrained on 163 sets
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND8_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind8_no_worse_than_now() {
    no_worse_than(
        "blind8",
        include_str!("data/coach/blind8.toml"),
        183,
        BLIND8_BASELINE,
        BLIND8_BLOCKED_GOOD,
    );
}

/// The ninth blind set (shops, software and services; first run 0.88): 188 drafts.
const BLIND9_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.90, 0.89),
    ("no-thanks", 1.00, 0.96),
    ("blame", 0.85, 0.52),
    ("defensive", 0.85, 0.92),
    ("no-choices", 0.96, 0.98),
    ("no-contact", 0.88, 0.94),
    ("public-details", 0.76, 0.92),
    ("shouting", 1.00, 0.94),
    ("generic", 0.89, 0.84),
    ("negative-tone", 0.91, 0.62),
    ("risky-promise", 1.00, 0.95),
    ("asks-removal", 1.00, 0.87),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND9_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind9_no_worse_than_now() {
    no_worse_than(
        "blind9",
        include_str!("data/coach/blind9.toml"),
        183,
        BLIND9_BASELINE,
        BLIND9_BLOCKED_GOOD,
    );
}

/// The eleventh blind set (pets, beauty, childcare, transport; first run 0.86): 191 drafts.
const BLIND11_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.86),
    ("no-empathy", 0.96, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.96, 0.39),
    ("defensive", 0.83, 0.80),
    ("no-choices", 0.87, 1.00),
    ("no-contact", 1.00, 0.97),
    ("public-details", 0.54, 0.57),
    ("shouting", 0.94, 0.94),
    ("generic", 0.55, 0.86),
    ("negative-tone", 1.00, 0.69),
    ("risky-promise", 0.86, 0.95),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 0.92),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND11_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind11_no_worse_than_now() {
    no_worse_than(
        "blind11",
        include_str!("data/coach/blind11.toml"),
        186,
        BLIND11_BASELINE,
        BLIND11_BLOCKED_GOOD,
    );
}

/// The tenth blind set, the final one of this stop (32 trades): sealed until the rules settled, then run once (macro-F1 0.89, 2 of 62 good drafts blocked); a development set from then on: 192 drafts.
const BLIND10_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.73, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.70),
    ("defensive", 0.85, 0.87),
    ("no-choices", 0.86, 0.98),
    ("no-contact", 1.00, 1.00),
    // Recall lowered for relearn2 (0.76 → 0.72), precision raised (0.88 →
    // 0.91): cinema_seats-bad-2 is labelled public-details for "our terms
    // state that refunds are not given for seat issues" alone, which
    // categories.md now calls defensive (a general policy quoted), not a
    // detail of the case; the rules follow the copy and still flag it
    // defensive.
    ("public-details", 0.91, 0.72),
    ("shouting", 1.00, 0.84),
    ("generic", 0.91, 0.91),
    ("negative-tone", 0.77, 0.53),
    ("risky-promise", 1.00, 0.82),
    ("asks-removal", 1.00, 0.89),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND10_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind10_no_worse_than_now() {
    no_worse_than(
        "blind10",
        include_str!("data/coach/blind10.toml"),
        187,
        BLIND10_BASELINE,
        BLIND10_BLOCKED_GOOD,
    );
}

/// The twelfth blind set (construction, cleaning, IT, photographers, hotels): a rehearsal nobody studied; first run 0.89 on the rules before this stop, 0.90 on the merged passes: 173 drafts.
const BLIND12_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.97),
    ("no-empathy", 0.81, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.89, 0.41),
    ("defensive", 0.96, 0.89),
    ("no-choices", 0.83, 0.98),
    ("no-contact", 1.00, 0.97),
    ("public-details", 0.62, 0.57),
    ("shouting", 1.00, 0.92),
    ("generic", 0.92, 0.92),
    ("negative-tone", 0.91, 0.77),
    ("risky-promise", 0.85, 0.94),
    ("asks-removal", 1.00, 0.93),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND12_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind12_no_worse_than_now() {
    no_worse_than(
        "blind12",
        include_str!("data/coach/blind12.toml"),
        168,
        BLIND12_BASELINE,
        BLIND12_BLOCKED_GOOD,
    );
}

/// The thirteenth blind set, the final set of its stop (30 trades, subtle
/// wording; first run 0.86, measured once after the merges): 185 drafts.
const BLIND13_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 1.00, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.80, 0.56),
    ("defensive", 0.95, 0.90),
    ("no-choices", 0.93, 0.97),
    ("no-contact", 1.00, 0.92),
    ("public-details", 0.73, 0.39),
    ("shouting", 1.00, 0.75),
    ("generic", 0.82, 0.82),
    ("negative-tone", 0.86, 0.29),
    ("risky-promise", 0.88, 0.82),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND13_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind13_no_worse_than_now() {
    no_worse_than(
        "blind13",
        include_str!("data/coach/blind13.toml"),
        183,
        BLIND13_BASELINE,
        BLIND13_BLOCKED_GOOD,
    );
}

/// The fourteenth blind set (garages, vets, removals, letting agents;
/// first run 0.90): 188 drafts.
const BLIND14_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.77),
    ("no-empathy", 0.94, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.83, 0.67),
    ("defensive", 0.81, 0.93),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 1.00, 0.83),
    ("public-details", 0.85, 0.76),
    ("shouting", 1.00, 0.94),
    ("generic", 0.81, 0.93),
    ("negative-tone", 0.93, 0.88),
    ("risky-promise", 1.00, 0.88),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND14_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind14_no_worse_than_now() {
    no_worse_than(
        "blind14",
        include_str!("data/coach/blind14.toml"),
        186,
        BLIND14_BASELINE,
        BLIND14_BLOCKED_GOOD,
    );
}

/// The fifteenth blind set (tutors, studios, trades, quick and non-native
/// writers; first run 0.88): 205 drafts.
const BLIND15_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.94, 1.00),
    ("no-empathy", 0.97, 0.91),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.86, 0.59),
    ("defensive", 0.75, 0.86),
    ("no-choices", 1.00, 0.99),
    ("no-contact", 0.86, 0.90),
    ("public-details", 0.89, 0.83),
    ("shouting", 1.00, 0.85),
    ("generic", 0.81, 0.91),
    ("negative-tone", 0.93, 0.72),
    ("risky-promise", 0.91, 0.80),
    ("asks-removal", 1.00, 0.95),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND15_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind15_no_worse_than_now() {
    no_worse_than(
        "blind15",
        include_str!("data/coach/blind15.toml"),
        203,
        BLIND15_BASELINE,
        BLIND15_BLOCKED_GOOD,
    );
}

/// The seventeenth blind set, the final set of its stop (26 trades; sealed
/// until the last two branches were merged; first run 0.90): 157 drafts.
const BLIND17_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.91, 0.95),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.84, 0.73),
    ("defensive", 0.71, 0.97),
    ("no-choices", 1.00, 0.95),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.80, 1.00),
    ("shouting", 1.00, 0.93),
    ("generic", 0.83, 0.77),
    ("negative-tone", 1.00, 0.91),
    ("risky-promise", 1.00, 0.89),
    ("asks-removal", 1.00, 0.93),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.77, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND17_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind17_no_worse_than_now() {
    no_worse_than(
        "blind17",
        include_str!("data/coach/blind17.toml"),
        155,
        BLIND17_BASELINE,
        BLIND17_BLOCKED_GOOD,
    );
}

/// blind18, written blind this stop and run once on 75b249f (blind18-first-run.txt: macro-F1 0.88, 1 of 65 good drafts blocked); now a development set: 180 drafts.
const BLIND18_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.96, 0.96),
    ("no-empathy", 0.94, 0.96),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.92, 0.71),
    ("defensive", 0.94, 0.94),
    ("no-choices", 0.90, 0.98),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.74, 0.76),
    ("shouting", 1.00, 0.88),
    ("generic", 0.86, 0.92),
    ("negative-tone", 0.64, 0.60),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 1.00, 0.70),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND18_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind18_no_worse_than_now() {
    no_worse_than(
        "blind18",
        include_str!("data/coach/blind18.toml"),
        178,
        BLIND18_BASELINE,
        BLIND18_BLOCKED_GOOD,
    );
}

/// blind19, written blind this stop and run once on 75b249f (blind19-first-run.txt: macro-F1 0.89, 2 of 57 good drafts blocked); now a development set: 181 drafts.
const BLIND19_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.97, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.90, 0.65),
    ("defensive", 0.89, 0.85),
    ("no-choices", 0.96, 0.96),
    ("no-contact", 0.76, 1.00),
    ("public-details", 0.78, 0.64),
    ("shouting", 1.00, 0.94),
    ("generic", 0.95, 0.90),
    ("negative-tone", 0.73, 0.65),
    ("risky-promise", 0.89, 0.85),
    ("asks-removal", 1.00, 0.82),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND19_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind19_no_worse_than_now() {
    no_worse_than(
        "blind19",
        include_str!("data/coach/blind19.toml"),
        179,
        BLIND19_BASELINE,
        BLIND19_BLOCKED_GOOD,
    );
}
