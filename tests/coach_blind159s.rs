//! Guards for the sealed sets blind159-163, written blind in the twelfth
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on 69edd3b (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised. blind161 met the bar at that run.

/// blind159, sealed, run once on 69edd3b (blind159-first-run.txt): 162 drafts.
const BLIND159_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.72),
    ("no-empathy", 0.89, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.76),
    ("defensive", 0.91, 0.89),
    ("no-choices", 0.96, 0.98),
    ("no-contact", 1.00, 0.87),
    ("public-details", 0.72, 0.91),
    ("shouting", 0.89, 1.00),
    ("generic", 1.00, 0.92),
    ("negative-tone", 0.70, 0.78),
    ("risky-promise", 1.00, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND159_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind159_no_worse_than_now,
    "blind159",
    160,
    BLIND159_BASELINE,
    BLIND159_BLOCKED_GOOD
);

/// blind160, sealed, run once on 69edd3b (blind160-first-run.txt): 162 drafts.
const BLIND160_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.85, 0.85),
    ("no-empathy", 0.89, 0.93),
    ("no-thanks", 1.00, 0.93),
    ("blame", 0.84, 0.72),
    ("defensive", 0.89, 0.95),
    ("no-choices", 1.00, 0.91),
    ("no-contact", 1.00, 0.78),
    ("public-details", 0.79, 0.92),
    ("shouting", 1.00, 0.75),
    ("generic", 0.91, 0.83),
    ("negative-tone", 0.91, 0.77),
    ("risky-promise", 1.00, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND160_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind160_no_worse_than_now,
    "blind160",
    160,
    BLIND160_BASELINE,
    BLIND160_BLOCKED_GOOD
);

/// blind161, sealed, run once on 69edd3b (blind161-first-run.txt): 162 drafts.
const BLIND161_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.79),
    ("no-empathy", 0.98, 0.87),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.93, 0.87),
    ("defensive", 0.98, 0.82),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 0.93, 0.87),
    ("public-details", 0.90, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.86),
    ("negative-tone", 0.86, 0.86),
    ("risky-promise", 0.93, 0.88),
    ("asks-removal", 0.82, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND161_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind161_no_worse_than_now,
    "blind161",
    160,
    BLIND161_BASELINE,
    BLIND161_BLOCKED_GOOD
);

/// blind162, sealed, run once on 69edd3b (blind162-first-run.txt): 162 drafts.
const BLIND162_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.69),
    ("no-empathy", 0.93, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.86),
    ("defensive", 0.89, 0.82),
    ("no-choices", 0.94, 0.92),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.88, 0.91),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 0.93),
    ("negative-tone", 1.00, 0.59),
    ("risky-promise", 1.00, 0.89),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.93),
    ("legal-risk", 0.60, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND162_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind162_no_worse_than_now,
    "blind162",
    160,
    BLIND162_BASELINE,
    BLIND162_BLOCKED_GOOD
);

/// blind163, sealed, run once on 69edd3b (blind163-first-run.txt): 168 drafts.
const BLIND163_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.89),
    ("no-empathy", 0.93, 0.84),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.78),
    ("defensive", 0.92, 0.83),
    ("no-choices", 0.94, 0.97),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.73, 0.85),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 1.00),
    ("negative-tone", 1.00, 0.73),
    ("risky-promise", 1.00, 0.81),
    ("asks-removal", 1.00, 0.93),
    ("placeholder", 1.00, 0.88),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND163_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind163_no_worse_than_now,
    "blind163",
    166,
    BLIND163_BASELINE,
    BLIND163_BLOCKED_GOOD
);
