//! Guards for the sealed sets blind153-158, written blind in the
//! eleventh round (each writer saw only categories.md and the file format;
//! the sets were designated sealed before writing and not opened until
//! their run) and run once on abd7a1a (`blindN-first-run.txt`, unedited).
//! Held at those runs; only ever raised.

/// blind153, sealed, run once on abd7a1a (blind153-first-run.txt): 161 drafts.
const BLIND153_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.83, 0.94),
    ("no-thanks", 1.00, 0.94),
    ("blame", 0.82, 0.73),
    ("defensive", 0.89, 0.94),
    ("no-choices", 0.97, 1.00),
    ("no-contact", 1.00, 0.86),
    ("public-details", 0.94, 0.84),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.91),
    ("negative-tone", 1.00, 0.80),
    ("risky-promise", 0.92, 0.80),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND153_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind153_no_worse_than_now,
    "blind153",
    159,
    BLIND153_BASELINE,
    BLIND153_BLOCKED_GOOD
);

/// blind154, sealed, run once on abd7a1a (blind154-first-run.txt): 168 drafts.
const BLIND154_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.79),
    ("no-empathy", 1.00, 0.95),
    ("no-thanks", 1.00, 0.93),
    ("blame", 0.93, 0.74),
    ("defensive", 0.86, 0.95),
    ("no-choices", 0.95, 0.95),
    ("no-contact", 1.00, 0.73),
    ("public-details", 0.86, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.92),
    ("negative-tone", 1.00, 0.71),
    ("risky-promise", 0.90, 0.86),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND154_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind154_no_worse_than_now,
    "blind154",
    166,
    BLIND154_BASELINE,
    BLIND154_BLOCKED_GOOD
);

/// blind155, sealed, run once on abd7a1a (blind155-first-run.txt): 168 drafts.
const BLIND155_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.78),
    ("no-empathy", 0.90, 0.92),
    ("no-thanks", 1.00, 0.94),
    ("blame", 0.84, 0.91),
    ("defensive", 0.90, 0.95),
    ("no-choices", 0.98, 0.96),
    ("no-contact", 0.87, 0.81),
    ("public-details", 0.79, 0.87),
    ("shouting", 1.00, 0.92),
    ("generic", 0.92, 0.79),
    ("negative-tone", 0.92, 0.92),
    ("risky-promise", 0.94, 0.79),
    ("asks-removal", 0.94, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND155_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind155_no_worse_than_now,
    "blind155",
    166,
    BLIND155_BASELINE,
    BLIND155_BLOCKED_GOOD
);

/// blind156, sealed, run once on abd7a1a (blind156-first-run.txt): 162 drafts.
const BLIND156_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.73),
    ("no-empathy", 0.88, 0.84),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.85),
    ("defensive", 0.88, 0.97),
    ("no-choices", 0.95, 1.00),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.89, 0.86),
    ("shouting", 1.00, 1.00),
    ("generic", 0.90, 0.82),
    ("negative-tone", 1.00, 0.75),
    ("risky-promise", 0.94, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND156_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind156_no_worse_than_now,
    "blind156",
    160,
    BLIND156_BASELINE,
    BLIND156_BLOCKED_GOOD
);

/// blind157, sealed, run once on abd7a1a (blind157-first-run.txt): 168 drafts.
const BLIND157_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.72),
    ("no-empathy", 0.96, 1.00),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.87, 0.87),
    ("defensive", 0.93, 0.75),
    ("no-choices", 0.90, 1.00),
    ("no-contact", 0.77, 0.91),
    ("public-details", 0.91, 0.78),
    ("shouting", 1.00, 1.00),
    ("generic", 0.79, 0.92),
    ("negative-tone", 1.00, 0.67),
    ("risky-promise", 0.95, 0.95),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND157_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind157_no_worse_than_now,
    "blind157",
    166,
    BLIND157_BASELINE,
    BLIND157_BLOCKED_GOOD
);

/// blind158, sealed, run once on abd7a1a (blind158-first-run.txt): 162 drafts.
const BLIND158_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.86),
    ("no-empathy", 0.85, 0.87),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.94, 0.81),
    ("defensive", 0.95, 0.80),
    ("no-choices", 0.94, 0.98),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.89, 0.81),
    ("shouting", 1.00, 1.00),
    ("generic", 0.89, 0.80),
    ("negative-tone", 0.62, 0.38),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND158_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind158_no_worse_than_now,
    "blind158",
    160,
    BLIND158_BASELINE,
    BLIND158_BLOCKED_GOOD
);
