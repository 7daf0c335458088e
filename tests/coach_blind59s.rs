//! Guards for the eighteen training sets blind59 to 64, 67 to 72 and 77
//! to 82, and the sealed blind65, 66, 73-76, 83 and 84 (run once each), each by a
//! writer who saw only categories.md and the file format (blind59-74 as of
//! 3fc6b62: amounts repeated in public settled as public-details, and names
//! too; blind75-82 as of 289d83f, where names were taken back). blind59-64 were each run once on 6661b1a, blind67-72
//! on 289d83f, blind77-82 on c91e3a2, before the learned sentence layer was
//! trained on them
//! (`blindN-first-run.txt`, unedited). Held at the first runs; only ever
//! raised.

use super::no_worse_than;

/// blind59 (first run in blind59-first-run.txt): 184 drafts.
const BLIND59_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.88),
    ("no-empathy", 0.92, 0.92),
    ("no-thanks", 1.00, 0.93),
    ("blame", 0.89, 0.67),
    ("defensive", 0.98, 0.84),
    ("no-choices", 0.98, 0.91),
    ("no-contact", 1.00, 0.91),
    ("public-details", 0.92, 0.88),
    ("shouting", 0.93, 1.00),
    ("generic", 0.76, 0.93),
    ("negative-tone", 0.92, 0.92),
    ("risky-promise", 0.92, 0.75),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND59_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind59_no_worse_than_now() {
    no_worse_than(
        "blind59",
        include_str!("data/coach/blind59.toml"),
        182,
        BLIND59_BASELINE,
        BLIND59_BLOCKED_GOOD,
    );
}

/// blind60 (first run in blind60-first-run.txt): 187 drafts.
const BLIND60_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.95, 0.93),
    ("no-thanks", 0.96, 0.96),
    ("blame", 0.95, 0.73),
    ("defensive", 0.96, 0.92),
    ("no-choices", 0.93, 0.98),
    ("no-contact", 0.92, 1.00),
    ("public-details", 0.96, 0.79),
    ("shouting", 1.00, 0.93),
    ("generic", 0.94, 1.00),
    ("negative-tone", 0.93, 0.82),
    ("risky-promise", 1.00, 0.82),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND60_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind60_no_worse_than_now() {
    no_worse_than(
        "blind60",
        include_str!("data/coach/blind60.toml"),
        185,
        BLIND60_BASELINE,
        BLIND60_BLOCKED_GOOD,
    );
}

/// blind61 (first run in blind61-first-run.txt): 194 drafts.
const BLIND61_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.89),
    ("no-empathy", 0.95, 0.96),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.79),
    ("defensive", 0.93, 0.93),
    ("no-choices", 0.94, 0.99),
    ("no-contact", 0.88, 0.88),
    ("public-details", 0.72, 0.88),
    ("shouting", 1.00, 0.94),
    ("generic", 0.88, 0.94),
    ("negative-tone", 0.94, 0.83),
    ("risky-promise", 0.92, 0.88),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND61_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind61_no_worse_than_now() {
    no_worse_than(
        "blind61",
        include_str!("data/coach/blind61.toml"),
        192,
        BLIND61_BASELINE,
        BLIND61_BLOCKED_GOOD,
    );
}

/// blind62 (first run in blind62-first-run.txt): 192 drafts.
const BLIND62_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.95),
    ("no-empathy", 0.88, 0.90),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.88, 0.81),
    ("defensive", 0.91, 0.87),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 0.97, 0.94),
    ("public-details", 0.82, 0.90),
    ("shouting", 1.00, 0.88),
    ("generic", 0.92, 0.86),
    ("negative-tone", 0.87, 0.87),
    ("risky-promise", 0.94, 0.89),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND62_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind62_no_worse_than_now() {
    no_worse_than(
        "blind62",
        include_str!("data/coach/blind62.toml"),
        190,
        BLIND62_BASELINE,
        BLIND62_BLOCKED_GOOD,
    );
}

/// blind63 (first run in blind63-first-run.txt): 185 drafts.
const BLIND63_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.77, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.78),
    ("defensive", 0.91, 0.98),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.93),
    ("public-details", 0.79, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 1.00),
    ("negative-tone", 0.70, 0.64),
    ("risky-promise", 0.91, 0.77),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND63_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind63_no_worse_than_now() {
    no_worse_than(
        "blind63",
        include_str!("data/coach/blind63.toml"),
        183,
        BLIND63_BASELINE,
        BLIND63_BLOCKED_GOOD,
    );
}

/// blind64 (first run in blind64-first-run.txt): 175 drafts.
const BLIND64_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.94, 0.96),
    ("no-thanks", 1.00, 0.95),
    ("blame", 0.86, 0.79),
    ("defensive", 0.90, 0.91),
    ("no-choices", 0.94, 1.00),
    ("no-contact", 0.93, 0.82),
    ("public-details", 0.78, 0.64),
    ("shouting", 0.93, 1.00),
    ("generic", 0.83, 0.91),
    ("negative-tone", 0.86, 0.86),
    ("risky-promise", 1.00, 0.90),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.75, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND64_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind64_no_worse_than_now() {
    no_worse_than(
        "blind64",
        include_str!("data/coach/blind64.toml"),
        173,
        BLIND64_BASELINE,
        BLIND64_BLOCKED_GOOD,
    );
}

/// blind67 (first run in blind67-first-run.txt): 185 drafts.
const BLIND67_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.92),
    ("no-empathy", 0.90, 0.94),
    ("no-thanks", 0.83, 1.00),
    ("blame", 0.93, 0.76),
    ("defensive", 0.84, 0.88),
    ("no-choices", 0.92, 0.94),
    ("no-contact", 0.77, 0.94),
    ("public-details", 0.82, 0.74),
    ("shouting", 1.00, 1.00),
    ("generic", 0.75, 0.75),
    ("negative-tone", 0.89, 0.89),
    ("risky-promise", 0.94, 0.88),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.79),
];

/// Its good drafts that still block (none may be added).
const BLIND67_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind67_no_worse_than_now() {
    no_worse_than(
        "blind67",
        include_str!("data/coach/blind67.toml"),
        183,
        BLIND67_BASELINE,
        BLIND67_BLOCKED_GOOD,
    );
}

/// blind68 (first run in blind68-first-run.txt): 182 drafts.
const BLIND68_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.95, 0.94),
    ("no-thanks", 1.00, 0.95),
    ("blame", 0.86, 0.77),
    ("defensive", 0.88, 0.88),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.93),
    ("public-details", 0.88, 0.91),
    ("shouting", 1.00, 0.92),
    ("generic", 0.80, 0.86),
    ("negative-tone", 0.81, 0.93),
    ("risky-promise", 1.00, 1.00),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND68_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind68_no_worse_than_now() {
    no_worse_than(
        "blind68",
        include_str!("data/coach/blind68.toml"),
        180,
        BLIND68_BASELINE,
        BLIND68_BLOCKED_GOOD,
    );
}

/// blind69 (first run in blind69-first-run.txt): 186 drafts.
const BLIND69_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.83),
    ("no-empathy", 0.87, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.82),
    ("defensive", 0.89, 0.87),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.93, 0.87),
    ("shouting", 0.92, 0.85),
    ("generic", 1.00, 0.86),
    ("negative-tone", 0.92, 0.69),
    ("risky-promise", 0.86, 0.92),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.79, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND69_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind69_no_worse_than_now() {
    no_worse_than(
        "blind69",
        include_str!("data/coach/blind69.toml"),
        184,
        BLIND69_BASELINE,
        BLIND69_BLOCKED_GOOD,
    );
}

/// blind70 (first run in blind70-first-run.txt): 180 drafts.
const BLIND70_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.92, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.92, 0.77),
    ("defensive", 0.92, 0.96),
    ("no-choices", 0.93, 0.98),
    ("no-contact", 0.94, 0.97),
    ("public-details", 0.79, 0.87),
    ("shouting", 1.00, 0.93),
    ("generic", 0.93, 0.93),
    ("negative-tone", 1.00, 0.78),
    ("risky-promise", 0.96, 0.96),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND70_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind70_no_worse_than_now() {
    no_worse_than(
        "blind70",
        include_str!("data/coach/blind70.toml"),
        178,
        BLIND70_BASELINE,
        BLIND70_BLOCKED_GOOD,
    );
}

/// blind71 (first run in blind71-first-run.txt): 175 drafts.
const BLIND71_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.77),
    ("no-empathy", 0.78, 0.88),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.90, 0.79),
    ("defensive", 0.85, 0.89),
    ("no-choices", 0.96, 0.93),
    ("no-contact", 0.95, 0.95),
    ("public-details", 0.70, 1.00),
    ("shouting", 1.00, 0.92),
    ("generic", 1.00, 0.93),
    ("negative-tone", 0.82, 0.75),
    ("risky-promise", 0.93, 0.93),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND71_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind71_no_worse_than_now() {
    no_worse_than(
        "blind71",
        include_str!("data/coach/blind71.toml"),
        173,
        BLIND71_BASELINE,
        BLIND71_BLOCKED_GOOD,
    );
}

/// blind72 (first run in blind72-first-run.txt): 183 drafts.
const BLIND72_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.89, 0.97),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.89, 0.82),
    ("defensive", 0.96, 0.96),
    ("no-choices", 0.94, 0.96),
    ("no-contact", 0.92, 0.96),
    ("public-details", 0.81, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 0.80, 0.94),
    ("negative-tone", 0.77, 0.67),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND72_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind72_no_worse_than_now() {
    no_worse_than(
        "blind72",
        include_str!("data/coach/blind72.toml"),
        181,
        BLIND72_BASELINE,
        BLIND72_BLOCKED_GOOD,
    );
}

/// blind65, sealed, run once on dd8a3f5 (blind65-first-run.txt): 188 drafts.
const BLIND65_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.73),
    ("no-empathy", 0.93, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.81, 0.91),
    ("defensive", 0.90, 0.83),
    ("no-choices", 0.94, 1.00),
    ("no-contact", 0.94, 0.88),
    ("public-details", 0.77, 0.92),
    ("shouting", 1.00, 1.00),
    ("generic", 0.79, 0.85),
    ("negative-tone", 0.92, 0.69),
    ("risky-promise", 0.92, 0.79),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.90),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND65_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind65_no_worse_than_now() {
    no_worse_than(
        "blind65",
        include_str!("data/coach/blind65.toml"),
        186,
        BLIND65_BASELINE,
        BLIND65_BLOCKED_GOOD,
    );
}

/// blind66, sealed, run once on dd8a3f5 (blind66-first-run.txt): 195 drafts.
const BLIND66_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.91, 0.97),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.83, 0.87),
    ("defensive", 0.84, 0.86),
    ("no-choices", 0.97, 0.98),
    ("no-contact", 0.91, 1.00),
    ("public-details", 0.93, 0.84),
    ("shouting", 1.00, 0.93),
    ("generic", 0.88, 0.93),
    ("negative-tone", 0.78, 0.74),
    ("risky-promise", 1.00, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND66_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind66_no_worse_than_now() {
    no_worse_than(
        "blind66",
        include_str!("data/coach/blind66.toml"),
        193,
        BLIND66_BASELINE,
        BLIND66_BLOCKED_GOOD,
    );
}

/// blind73, sealed, run once on dd8a3f5 (blind73-first-run.txt): 180 drafts.
const BLIND73_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.90),
    ("no-empathy", 0.92, 0.94),
    ("no-thanks", 0.96, 1.00),
    ("blame", 0.90, 0.90),
    ("defensive", 0.85, 0.92),
    ("no-choices", 0.94, 0.99),
    ("no-contact", 0.92, 0.85),
    ("public-details", 0.85, 0.97),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 0.81),
    ("negative-tone", 0.85, 0.69),
    ("risky-promise", 1.00, 0.88),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND73_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind73_no_worse_than_now() {
    no_worse_than(
        "blind73",
        include_str!("data/coach/blind73.toml"),
        178,
        BLIND73_BASELINE,
        BLIND73_BLOCKED_GOOD,
    );
}

/// blind74, sealed, run once on dd8a3f5 (blind74-first-run.txt): 187 drafts.
const BLIND74_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.90),
    ("no-empathy", 0.89, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.87),
    ("defensive", 1.00, 0.90),
    ("no-choices", 0.95, 0.93),
    ("no-contact", 0.94, 0.89),
    ("public-details", 0.80, 0.80),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.89),
    ("negative-tone", 0.82, 0.88),
    ("risky-promise", 1.00, 0.92),
    ("asks-removal", 0.92, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND74_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind74_no_worse_than_now() {
    no_worse_than(
        "blind74",
        include_str!("data/coach/blind74.toml"),
        185,
        BLIND74_BASELINE,
        BLIND74_BLOCKED_GOOD,
    );
}

/// blind77 (first run in blind77-first-run.txt): 188 drafts.
const BLIND77_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.86),
    ("no-empathy", 0.80, 0.91),
    ("no-thanks", 0.96, 1.00),
    ("blame", 0.85, 0.89),
    ("defensive", 0.87, 0.85),
    ("no-choices", 0.96, 0.98),
    ("no-contact", 0.96, 0.96),
    ("public-details", 0.87, 0.87),
    ("shouting", 1.00, 1.00),
    ("generic", 0.90, 0.82),
    ("negative-tone", 1.00, 0.71),
    ("risky-promise", 0.91, 0.83),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND77_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind77_no_worse_than_now() {
    no_worse_than(
        "blind77",
        include_str!("data/coach/blind77.toml"),
        186,
        BLIND77_BASELINE,
        BLIND77_BLOCKED_GOOD,
    );
}

/// blind78 (first run in blind78-first-run.txt): 181 drafts.
const BLIND78_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.86),
    ("no-empathy", 0.85, 0.87),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.74, 0.84),
    ("defensive", 0.93, 0.93),
    ("no-choices", 0.90, 0.98),
    ("no-contact", 0.92, 0.86),
    ("public-details", 0.79, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.64),
    ("negative-tone", 0.85, 0.92),
    ("risky-promise", 0.93, 1.00),
    ("asks-removal", 0.91, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND78_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind78_no_worse_than_now() {
    no_worse_than(
        "blind78",
        include_str!("data/coach/blind78.toml"),
        179,
        BLIND78_BASELINE,
        BLIND78_BLOCKED_GOOD,
    );
}

/// blind79 (first run in blind79-first-run.txt): 184 drafts.
const BLIND79_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.84),
    ("no-empathy", 0.89, 0.89),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.87, 0.83),
    ("defensive", 0.90, 0.92),
    ("no-choices", 0.89, 0.96),
    ("no-contact", 0.83, 0.97),
    ("public-details", 0.96, 0.80),
    ("shouting", 1.00, 0.95),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.76, 0.93),
    ("risky-promise", 0.90, 0.95),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND79_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind79_no_worse_than_now() {
    no_worse_than(
        "blind79",
        include_str!("data/coach/blind79.toml"),
        182,
        BLIND79_BASELINE,
        BLIND79_BLOCKED_GOOD,
    );
}

/// blind80 (first run in blind80-first-run.txt): 187 drafts.
const BLIND80_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.92, 0.92),
    ("no-empathy", 0.88, 0.94),
    ("no-thanks", 0.88, 1.00),
    ("blame", 0.91, 0.73),
    ("defensive", 0.85, 0.88),
    ("no-choices", 0.98, 0.93),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.85, 0.76),
    ("shouting", 1.00, 0.94),
    ("generic", 0.81, 0.93),
    ("negative-tone", 0.80, 0.80),
    ("risky-promise", 0.77, 0.94),
    ("asks-removal", 0.90, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND80_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind80_no_worse_than_now() {
    no_worse_than(
        "blind80",
        include_str!("data/coach/blind80.toml"),
        185,
        BLIND80_BASELINE,
        BLIND80_BLOCKED_GOOD,
    );
}

/// blind81 (first run in blind81-first-run.txt): 179 drafts.
const BLIND81_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.89),
    ("no-empathy", 0.95, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.80),
    ("defensive", 1.00, 0.81),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.86),
    ("public-details", 0.96, 0.84),
    ("shouting", 1.00, 0.95),
    ("generic", 0.94, 0.84),
    ("negative-tone", 0.94, 0.79),
    ("risky-promise", 1.00, 0.80),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND81_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind81_no_worse_than_now() {
    no_worse_than(
        "blind81",
        include_str!("data/coach/blind81.toml"),
        177,
        BLIND81_BASELINE,
        BLIND81_BLOCKED_GOOD,
    );
}

/// blind82 (first run in blind82-first-run.txt): 180 drafts.
const BLIND82_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.94, 0.93),
    ("no-thanks", 1.00, 0.97),
    ("blame", 0.76, 0.90),
    ("defensive", 0.84, 0.88),
    ("no-choices", 0.94, 1.00),
    ("no-contact", 0.97, 0.95),
    ("public-details", 0.87, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 0.94, 0.77),
    ("negative-tone", 0.86, 0.75),
    ("risky-promise", 0.90, 0.90),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND82_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind82_no_worse_than_now() {
    no_worse_than(
        "blind82",
        include_str!("data/coach/blind82.toml"),
        178,
        BLIND82_BASELINE,
        BLIND82_BLOCKED_GOOD,
    );
}

/// blind75, sealed, run once on f294c5c (blind75-first-run.txt): 178 drafts.
const BLIND75_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.94),
    ("no-empathy", 0.89, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.75),
    ("defensive", 0.88, 0.96),
    ("no-choices", 1.00, 0.98),
    ("no-contact", 0.97, 0.92),
    ("public-details", 0.88, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 0.86, 0.86),
    ("negative-tone", 0.93, 0.88),
    ("risky-promise", 0.70, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND75_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind75_no_worse_than_now() {
    no_worse_than(
        "blind75",
        include_str!("data/coach/blind75.toml"),
        176,
        BLIND75_BASELINE,
        BLIND75_BLOCKED_GOOD,
    );
}

/// blind76, sealed, run once on f294c5c (blind76-first-run.txt): 180 drafts.
const BLIND76_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.97),
    ("no-empathy", 0.78, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.83, 0.78),
    ("defensive", 0.93, 0.93),
    ("no-choices", 0.90, 0.98),
    ("no-contact", 0.90, 1.00),
    ("public-details", 0.81, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 0.91, 0.67),
    ("negative-tone", 0.86, 0.71),
    ("risky-promise", 0.93, 0.87),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND76_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind76_no_worse_than_now() {
    no_worse_than(
        "blind76",
        include_str!("data/coach/blind76.toml"),
        178,
        BLIND76_BASELINE,
        BLIND76_BLOCKED_GOOD,
    );
}

/// blind83, sealed, run once on 5be3492 (blind83-first-run.txt): 178 drafts.
const BLIND83_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.75, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.94, 0.79),
    ("defensive", 0.89, 0.88),
    ("no-choices", 1.00, 0.96),
    ("no-contact", 0.97, 0.92),
    ("public-details", 0.92, 0.81),
    ("shouting", 1.00, 1.00),
    ("generic", 0.77, 0.77),
    ("negative-tone", 0.69, 0.79),
    ("risky-promise", 0.79, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND83_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind83_no_worse_than_now() {
    no_worse_than(
        "blind83",
        include_str!("data/coach/blind83.toml"),
        176,
        BLIND83_BASELINE,
        BLIND83_BLOCKED_GOOD,
    );
}

/// blind84, sealed, run once on 5be3492 (blind84-first-run.txt): 195 drafts.
const BLIND84_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.88, 0.96),
    ("no-thanks", 0.94, 0.94),
    ("blame", 0.94, 0.85),
    ("defensive", 0.96, 0.89),
    ("no-choices", 0.92, 1.00),
    ("no-contact", 0.96, 0.77),
    ("public-details", 0.90, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.79),
    ("negative-tone", 0.86, 0.86),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 0.93, 0.93),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND84_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind84_no_worse_than_now() {
    no_worse_than(
        "blind84",
        include_str!("data/coach/blind84.toml"),
        193,
        BLIND84_BASELINE,
        BLIND84_BLOCKED_GOOD,
    );
}
