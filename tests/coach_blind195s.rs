//! Guards for the sealed sets blind195-200, written blind in the
//! eighteenth round (each writer saw only categories.md and the file
//! format; the sets were designated sealed before writing and not opened
//! until their run) and run once on 4954f3a (`blindN-first-run.txt`,
//! unedited). Held at those runs; only ever raised.

/// blind195, sealed, run once on 4954f3a (blind195-first-run.txt): 162 drafts.
const BLIND195_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.68),
    ("no-empathy", 0.88, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.88, 0.78),
    ("defensive", 0.91, 0.91),
    ("no-choices", 0.95, 0.92),
    ("no-contact", 1.00, 0.80),
    ("public-details", 0.88, 0.88),
    ("shouting", 1.00, 1.00),
    ("generic", 0.81, 1.00),
    ("negative-tone", 0.90, 0.82),
    ("risky-promise", 0.88, 1.00),
    ("asks-removal", 0.94, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND195_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind195_no_worse_than_now,
    "blind195",
    160,
    BLIND195_BASELINE,
    BLIND195_BLOCKED_GOOD
);

/// blind196, sealed, run once on 4954f3a (blind196-first-run.txt): 168 drafts.
const BLIND196_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.98, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.70),
    ("defensive", 1.00, 0.89),
    ("no-choices", 0.92, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.92, 0.76),
    ("shouting", 1.00, 0.93),
    ("generic", 0.94, 0.88),
    ("negative-tone", 1.00, 0.75),
    ("risky-promise", 1.00, 0.89),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND196_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind196_no_worse_than_now,
    "blind196",
    166,
    BLIND196_BASELINE,
    BLIND196_BLOCKED_GOOD
);

/// blind197, sealed, run once on 4954f3a (blind197-first-run.txt): 174 drafts.
const BLIND197_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.95, 0.90),
    ("no-thanks", 0.94, 1.00),
    ("blame", 0.89, 0.95),
    ("defensive", 0.95, 0.97),
    ("no-choices", 0.97, 0.97),
    ("no-contact", 1.00, 0.94),
    ("public-details", 0.94, 1.00),
    ("shouting", 1.00, 0.90),
    ("generic", 0.82, 0.90),
    ("negative-tone", 0.91, 0.91),
    ("risky-promise", 0.88, 0.88),
    ("asks-removal", 0.92, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND197_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind197_no_worse_than_now,
    "blind197",
    172,
    BLIND197_BASELINE,
    BLIND197_BLOCKED_GOOD
);

/// blind198, sealed, run once on 4954f3a (blind198-first-run.txt): 162 drafts.
const BLIND198_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.87),
    ("no-empathy", 0.93, 0.93),
    ("no-thanks", 0.92, 1.00),
    ("blame", 0.92, 0.95),
    ("defensive", 0.97, 0.90),
    ("no-choices", 0.88, 0.90),
    ("no-contact", 1.00, 0.82),
    ("public-details", 0.95, 0.84),
    ("shouting", 1.00, 1.00),
    ("generic", 0.82, 1.00),
    ("negative-tone", 0.83, 1.00),
    ("risky-promise", 0.94, 0.79),
    ("asks-removal", 0.93, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.50),
];

/// Its good drafts that still block (none may be added).
const BLIND198_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind198_no_worse_than_now,
    "blind198",
    160,
    BLIND198_BASELINE,
    BLIND198_BLOCKED_GOOD
);

/// blind199, sealed, run once on 4954f3a (blind199-first-run.txt): 168 drafts.
const BLIND199_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.94, 0.83),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.93, 0.80),
    ("defensive", 0.91, 0.78),
    ("no-choices", 0.95, 0.93),
    ("no-contact", 1.00, 0.75),
    ("public-details", 0.81, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 0.85, 0.85),
    ("negative-tone", 1.00, 0.90),
    ("risky-promise", 0.89, 1.00),
    ("asks-removal", 0.86, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND199_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind199_no_worse_than_now,
    "blind199",
    166,
    BLIND199_BASELINE,
    BLIND199_BLOCKED_GOOD
);

/// blind200, sealed, run once on 4954f3a (blind200-first-run.txt): 168 drafts.
const BLIND200_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.85),
    ("no-empathy", 0.90, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.97),
    ("defensive", 0.97, 1.00),
    ("no-choices", 0.88, 0.95),
    ("no-contact", 0.86, 1.00),
    ("public-details", 0.86, 0.89),
    ("shouting", 1.00, 1.00),
    ("generic", 0.83, 1.00),
    ("negative-tone", 0.77, 0.83),
    ("risky-promise", 0.94, 0.88),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND200_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind200_no_worse_than_now,
    "blind200",
    166,
    BLIND200_BASELINE,
    BLIND200_BLOCKED_GOOD
);
