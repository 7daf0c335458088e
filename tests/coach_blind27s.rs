//! Guards for the twelve training sets and four sealed sets written at the stop that built the
//! learned sentence layer, each by a writer who saw only categories.md and
//! the file format. Each was run once on 78944d6, before anything was
//! built from it (`blindN-first-run.txt`, unedited), then used as a
//! development set: the layer is trained on it. The figures held are the
//! first runs; only ever raised.

use super::no_worse_than;

/// blind27 (first run in blind27-first-run.txt): 196 drafts.
const BLIND27_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.98),
    ("no-empathy", 0.88, 0.93),
    ("no-thanks", 1.00, 0.88),
    ("blame", 0.89, 0.51),
    ("defensive", 0.87, 0.75),
    ("no-choices", 0.85, 1.00),
    ("no-contact", 1.00, 0.95),
    ("public-details", 0.64, 0.78),
    ("shouting", 1.00, 0.94),
    ("generic", 0.84, 0.89),
    ("negative-tone", 0.93, 0.87),
    ("risky-promise", 1.00, 0.90),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND27_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind27_no_worse_than_now() {
    no_worse_than(
        "blind27",
        include_str!("data/coach/blind27.toml"),
        194,
        BLIND27_BASELINE,
        BLIND27_BLOCKED_GOOD,
    );
}

/// blind28 (first run in blind28-first-run.txt): 187 drafts.
const BLIND28_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.93, 0.93),
    ("no-empathy", 0.91, 0.88),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.85, 0.68),
    ("defensive", 0.90, 0.89),
    ("no-choices", 0.97, 0.97),
    ("no-contact", 0.93, 0.93),
    ("public-details", 0.85, 0.85),
    ("shouting", 1.00, 1.00),
    ("generic", 0.88, 0.93),
    ("negative-tone", 0.89, 0.84),
    ("risky-promise", 0.83, 0.79),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND28_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind28_no_worse_than_now() {
    no_worse_than(
        "blind28",
        include_str!("data/coach/blind28.toml"),
        185,
        BLIND28_BASELINE,
        BLIND28_BLOCKED_GOOD,
    );
}

/// blind29 (first run in blind29-first-run.txt): 183 drafts.
const BLIND29_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.86),
    ("no-empathy", 0.90, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.70),
    ("defensive", 0.90, 0.87),
    ("no-choices", 0.98, 0.95),
    ("no-contact", 0.89, 0.87),
    ("public-details", 0.90, 0.70),
    ("shouting", 1.00, 1.00),
    ("generic", 0.94, 0.88),
    ("negative-tone", 0.80, 0.80),
    ("risky-promise", 0.89, 0.73),
    ("asks-removal", 1.00, 0.79),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.72, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND29_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind29_no_worse_than_now() {
    no_worse_than(
        "blind29",
        include_str!("data/coach/blind29.toml"),
        181,
        BLIND29_BASELINE,
        BLIND29_BLOCKED_GOOD,
    );
}

/// blind30 (first run in blind30-first-run.txt): 183 drafts.
const BLIND30_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.92),
    ("no-empathy", 0.79, 0.84),
    ("no-thanks", 0.85, 1.00),
    ("blame", 0.89, 0.71),
    ("defensive", 0.89, 0.93),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.90),
    ("public-details", 0.83, 0.73),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.92),
    ("negative-tone", 0.72, 0.87),
    ("risky-promise", 0.85, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND30_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind30_no_worse_than_now() {
    no_worse_than(
        "blind30",
        include_str!("data/coach/blind30.toml"),
        181,
        BLIND30_BASELINE,
        BLIND30_BLOCKED_GOOD,
    );
}

/// blind31 (first run in blind31-first-run.txt): 179 drafts.
const BLIND31_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.93, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.76, 0.67),
    ("defensive", 0.93, 0.78),
    ("no-choices", 0.89, 0.97),
    ("no-contact", 0.97, 0.91),
    ("public-details", 0.63, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.90),
    ("negative-tone", 0.85, 0.92),
    ("risky-promise", 0.92, 0.71),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.75, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND31_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind31_no_worse_than_now() {
    no_worse_than(
        "blind31",
        include_str!("data/coach/blind31.toml"),
        177,
        BLIND31_BASELINE,
        BLIND31_BLOCKED_GOOD,
    );
}

/// blind32 (first run in blind32-first-run.txt): 202 drafts.
const BLIND32_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.77),
    ("no-empathy", 0.97, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.66),
    ("defensive", 0.89, 0.76),
    ("no-choices", 1.00, 0.99),
    ("no-contact", 0.91, 0.91),
    ("public-details", 0.85, 0.93),
    ("shouting", 1.00, 1.00),
    ("generic", 0.82, 0.82),
    ("negative-tone", 0.69, 0.47),
    ("risky-promise", 1.00, 0.82),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND32_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind32_no_worse_than_now() {
    no_worse_than(
        "blind32",
        include_str!("data/coach/blind32.toml"),
        200,
        BLIND32_BASELINE,
        BLIND32_BLOCKED_GOOD,
    );
}

// blind33 and blind34 stayed sealed until the layer and the rules were settled
// (86ece68) and were run once then; their first runs are held.

/// blind33 (sealed; first run in blind33-first-run.txt): 182 drafts.
const BLIND33_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.72),
    ("no-empathy", 0.89, 0.87),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.73, 0.77),
    ("defensive", 0.81, 0.88),
    ("no-choices", 0.87, 1.00),
    ("no-contact", 1.00, 0.96),
    ("public-details", 0.88, 0.81),
    ("shouting", 1.00, 0.92),
    ("generic", 1.00, 0.82),
    ("negative-tone", 1.00, 0.90),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 1.00, 0.87),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 0.80),
];

/// Its good drafts that still block (none may be added).
const BLIND33_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind33_no_worse_than_now() {
    no_worse_than(
        "blind33",
        include_str!("data/coach/blind33.toml"),
        180,
        BLIND33_BASELINE,
        BLIND33_BLOCKED_GOOD,
    );
}

/// blind34 (sealed; first run in blind34-first-run.txt): 185 drafts.
const BLIND34_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.81),
    ("no-empathy", 0.91, 0.89),
    ("no-thanks", 0.93, 1.00),
    ("blame", 0.98, 0.75),
    ("defensive", 0.82, 0.98),
    ("no-choices", 1.00, 0.95),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.74, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 0.93),
    ("negative-tone", 0.83, 0.83),
    ("risky-promise", 1.00, 0.74),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND34_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind34_no_worse_than_now() {
    no_worse_than(
        "blind34",
        include_str!("data/coach/blind34.toml"),
        183,
        BLIND34_BASELINE,
        BLIND34_BLOCKED_GOOD,
    );
}

// blind35 to blind40: six more training sets, each run once on 7d87f51 (the
// learned sentence layer's first weights) before it was trained on them.

/// blind35 (first run in blind35-first-run.txt): 199 drafts.
const BLIND35_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.97, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 1.00, 0.69),
    ("defensive", 0.96, 0.83),
    ("no-choices", 0.96, 1.00),
    ("no-contact", 0.95, 1.00),
    ("public-details", 0.73, 0.86),
    ("shouting", 1.00, 0.90),
    ("generic", 0.84, 0.76),
    ("negative-tone", 0.88, 0.83),
    ("risky-promise", 0.95, 1.00),
    ("asks-removal", 1.00, 0.95),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND35_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind35_no_worse_than_now() {
    no_worse_than(
        "blind35",
        include_str!("data/coach/blind35.toml"),
        197,
        BLIND35_BASELINE,
        BLIND35_BLOCKED_GOOD,
    );
}

/// blind36 (first run in blind36-first-run.txt): 184 drafts.
const BLIND36_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.98),
    ("no-empathy", 0.90, 0.96),
    ("no-thanks", 0.96, 1.00),
    ("blame", 0.82, 0.68),
    ("defensive", 0.88, 0.85),
    ("no-choices", 0.99, 0.99),
    ("no-contact", 0.98, 0.98),
    ("public-details", 0.71, 0.87),
    ("shouting", 1.00, 1.00),
    ("generic", 0.89, 0.89),
    ("negative-tone", 1.00, 0.88),
    ("risky-promise", 1.00, 0.95),
    ("asks-removal", 0.93, 0.93),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND36_BLOCKED_GOOD: &[&str] = &["drycleaner_sg-good-1 (blame)"];

#[test]
fn blind36_no_worse_than_now() {
    no_worse_than(
        "blind36",
        include_str!("data/coach/blind36.toml"),
        182,
        BLIND36_BASELINE,
        BLIND36_BLOCKED_GOOD,
    );
}

/// blind37 (first run in blind37-first-run.txt): 186 drafts.
const BLIND37_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.87),
    ("no-empathy", 0.97, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.72),
    ("defensive", 0.80, 0.79),
    ("no-choices", 0.92, 0.98),
    ("no-contact", 0.92, 1.00),
    ("public-details", 0.86, 0.76),
    ("shouting", 1.00, 0.94),
    ("generic", 0.75, 0.64),
    ("negative-tone", 0.76, 0.76),
    ("risky-promise", 0.93, 0.88),
    ("asks-removal", 0.88, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.75, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND37_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind37_no_worse_than_now() {
    no_worse_than(
        "blind37",
        include_str!("data/coach/blind37.toml"),
        184,
        BLIND37_BASELINE,
        BLIND37_BLOCKED_GOOD,
    );
}

/// blind38 (first run in blind38-first-run.txt): 182 drafts.
const BLIND38_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.81),
    ("no-empathy", 0.90, 0.90),
    ("no-thanks", 0.97, 1.00),
    ("blame", 0.90, 0.81),
    ("defensive", 0.90, 0.83),
    ("no-choices", 1.00, 0.94),
    ("no-contact", 0.85, 0.83),
    ("public-details", 0.70, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 0.77, 0.71),
    ("negative-tone", 0.77, 0.67),
    ("risky-promise", 0.87, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND38_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind38_no_worse_than_now() {
    no_worse_than(
        "blind38",
        include_str!("data/coach/blind38.toml"),
        180,
        BLIND38_BASELINE,
        BLIND38_BLOCKED_GOOD,
    );
}

/// blind39 (first run in blind39-first-run.txt): 186 drafts.
const BLIND39_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.93, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.74, 0.58),
    ("defensive", 0.94, 0.78),
    ("no-choices", 1.00, 0.97),
    ("no-contact", 1.00, 0.91),
    ("public-details", 0.59, 0.94),
    ("shouting", 0.92, 1.00),
    ("generic", 1.00, 0.94),
    ("negative-tone", 0.82, 0.88),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND39_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind39_no_worse_than_now() {
    no_worse_than(
        "blind39",
        include_str!("data/coach/blind39.toml"),
        184,
        BLIND39_BASELINE,
        BLIND39_BLOCKED_GOOD,
    );
}

/// blind40 (first run in blind40-first-run.txt): 178 drafts.
const BLIND40_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.92, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.88, 0.70),
    ("defensive", 0.86, 0.83),
    ("no-choices", 0.91, 1.00),
    ("no-contact", 1.00, 0.91),
    ("public-details", 0.81, 0.81),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.72, 0.81),
    ("risky-promise", 0.88, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND40_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind40_no_worse_than_now() {
    no_worse_than(
        "blind40",
        include_str!("data/coach/blind40.toml"),
        176,
        BLIND40_BASELINE,
        BLIND40_BLOCKED_GOOD,
    );
}

// blind41 and blind42 stayed sealed until the layer was retrained on 42 sets and
// every guard passed (da8df85), and were run once then; their first runs are held.

/// blind41 (sealed; first run in blind41-first-run.txt): 182 drafts.
const BLIND41_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.90),
    ("no-empathy", 0.89, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.93, 0.81),
    ("defensive", 0.93, 0.91),
    ("no-choices", 0.99, 1.00),
    ("no-contact", 1.00, 0.95),
    ("public-details", 0.65, 0.91),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 1.00),
    ("negative-tone", 0.56, 0.75),
    ("risky-promise", 0.94, 0.88),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND41_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind41_no_worse_than_now() {
    no_worse_than(
        "blind41",
        include_str!("data/coach/blind41.toml"),
        180,
        BLIND41_BASELINE,
        BLIND41_BLOCKED_GOOD,
    );
}

/// blind42 (sealed; first run in blind42-first-run.txt): 189 drafts.
const BLIND42_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.97),
    ("no-empathy", 0.93, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.82),
    ("defensive", 0.92, 0.84),
    ("no-choices", 0.97, 0.98),
    ("no-contact", 1.00, 0.92),
    ("public-details", 0.94, 0.85),
    ("shouting", 1.00, 0.93),
    ("generic", 0.86, 0.86),
    ("negative-tone", 1.00, 0.74),
    ("risky-promise", 0.83, 0.95),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.75, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND42_BLOCKED_GOOD: &[&str] = &[];

#[test]
fn blind42_no_worse_than_now() {
    no_worse_than(
        "blind42",
        include_str!("data/coach/blind42.toml"),
        187,
        BLIND42_BASELINE,
        BLIND42_BLOCKED_GOOD,
    );
}
