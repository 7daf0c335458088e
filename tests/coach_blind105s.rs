//! Guards for the training sets blind105-108, written blind this round
//! (each writer saw only categories.md and the file format) and run once
//! on 1f15c3b before any rule was tuned on them (`blindN-first-run.txt`,
//! unedited). Held at those runs; only ever raised.

/// blind105, training, run once on 1f15c3b (blind105-first-run.txt): 162 drafts.
const BLIND105_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.93),
    ("no-empathy", 0.86, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.79, 0.79),
    ("defensive", 0.90, 0.92),
    ("no-choices", 1.00, 0.98),
    ("no-contact", 1.00, 0.92),
    ("public-details", 0.88, 0.85),
    ("shouting", 1.00, 0.89),
    ("generic", 1.00, 0.90),
    // Retrained on 105-108: precision 1.00 -> 0.89 for recall 0.70 -> 0.80.
    ("negative-tone", 0.89, 0.80),
    ("risky-promise", 1.00, 0.85),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND105_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind105_no_worse_than_now,
    "blind105",
    160,
    BLIND105_BASELINE,
    BLIND105_BLOCKED_GOOD
);

/// blind106, training, run once on 1f15c3b (blind106-first-run.txt): 179 drafts.
const BLIND106_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.80),
    ("no-empathy", 0.84, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.81, 0.74),
    ("defensive", 0.84, 0.83),
    ("no-choices", 0.93, 1.00),
    ("no-contact", 0.75, 1.00),
    ("public-details", 0.83, 0.89),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.92),
    ("negative-tone", 1.00, 0.67),
    ("risky-promise", 0.96, 1.00), // 1.00/0.96 before the layer was retrained on 163 sets
    ("asks-removal", 0.93, 0.93),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND106_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind106_no_worse_than_now,
    "blind106",
    177,
    BLIND106_BASELINE,
    BLIND106_BLOCKED_GOOD
);

/// blind107, training, run once on 1f15c3b (blind107-first-run.txt): 186 drafts.
const BLIND107_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.87),
    ("no-empathy", 0.83, 0.96),
    ("no-thanks", 1.00, 0.89),
    ("blame", 0.82, 0.86),
    ("defensive", 1.00, 0.87),
    ("no-choices", 0.84, 1.00),
    ("no-contact", 1.00, 0.86),
    ("public-details", 0.81, 0.87),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.86),
    ("negative-tone", 0.75, 0.50),
    ("risky-promise", 0.94, 0.84),
    ("asks-removal", 1.00, 0.93),
    ("placeholder", 1.00, 0.88),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND107_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind107_no_worse_than_now,
    "blind107",
    184,
    BLIND107_BASELINE,
    BLIND107_BLOCKED_GOOD
);

/// blind108, training, run once on 1f15c3b (blind108-first-run.txt): 192 drafts.
const BLIND108_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.96),
    ("no-empathy", 0.85, 0.90),
    ("no-thanks", 0.92, 1.00),
    ("blame", 0.83, 0.86),
    ("defensive", 0.94, 0.89),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 1.00, 0.92),
    ("public-details", 0.70, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.92),
    ("negative-tone", 0.94, 0.83),
    ("risky-promise", 1.00, 0.83),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND108_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind108_no_worse_than_now,
    "blind108",
    190,
    BLIND108_BASELINE,
    BLIND108_BLOCKED_GOOD
);
