//! Guards for the sealed sets blind189-194, written blind in the
//! seventeenth round (each writer saw only categories.md and the file
//! format; the sets were designated sealed before writing and not opened
//! until their run) and run once on f1d2bea (`blindN-first-run.txt`,
//! unedited). Held at those runs; only ever raised.

/// blind189, sealed, run once on f1d2bea (blind189-first-run.txt): 168 drafts.
const BLIND189_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.70),
    ("no-empathy", 0.97, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.86),
    ("defensive", 0.95, 0.90),
    ("no-choices", 0.98, 0.95),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.91, 0.78),
    ("shouting", 1.00, 1.00),
    ("generic", 0.90, 0.90),
    ("negative-tone", 0.77, 0.71),
    ("risky-promise", 0.93, 0.88),
    ("asks-removal", 0.90, 0.82),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND189_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind189_no_worse_than_now,
    "blind189",
    166,
    BLIND189_BASELINE,
    BLIND189_BLOCKED_GOOD
);

/// blind190, sealed, run once on f1d2bea (blind190-first-run.txt): 162 drafts.
const BLIND190_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.88),
    ("no-empathy", 0.97, 0.89),
    ("no-thanks", 0.85, 1.00),
    ("blame", 0.95, 0.84),
    ("defensive", 0.95, 0.89),
    ("no-choices", 0.88, 1.00),
    ("no-contact", 1.00, 0.93),
    ("public-details", 0.95, 0.83),
    ("shouting", 1.00, 1.00),
    ("generic", 0.86, 0.60),
    ("negative-tone", 1.00, 0.64),
    ("risky-promise", 0.77, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND190_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind190_no_worse_than_now,
    "blind190",
    160,
    BLIND190_BASELINE,
    BLIND190_BLOCKED_GOOD
);

/// blind191, sealed, run once on f1d2bea (blind191-first-run.txt): 168 drafts.
const BLIND191_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.84, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.91, 0.97),
    ("defensive", 0.80, 0.90),
    ("no-choices", 0.95, 1.00),
    ("no-contact", 0.93, 0.93),
    ("public-details", 0.88, 0.92),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.82),
    ("negative-tone", 0.83, 0.83),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND191_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind191_no_worse_than_now,
    "blind191",
    166,
    BLIND191_BASELINE,
    BLIND191_BLOCKED_GOOD
);

/// blind192, sealed, run once on f1d2bea (blind192-first-run.txt): 162 drafts.
const BLIND192_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.65),
    ("no-empathy", 0.95, 0.93),
    ("no-thanks", 1.00, 0.92),
    ("blame", 0.94, 0.75),
    ("defensive", 0.97, 0.92),
    ("no-choices", 1.00, 0.95),
    ("no-contact", 1.00, 0.83),
    ("public-details", 0.86, 0.86),
    ("shouting", 1.00, 1.00),
    ("generic", 0.83, 0.91),
    ("negative-tone", 0.91, 0.83),
    ("risky-promise", 1.00, 0.88),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND192_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind192_no_worse_than_now,
    "blind192",
    160,
    BLIND192_BASELINE,
    BLIND192_BLOCKED_GOOD
);

/// blind193, sealed, run once on f1d2bea (blind193-first-run.txt): 162 drafts.
const BLIND193_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.83),
    ("no-empathy", 0.88, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.91),
    ("defensive", 0.93, 0.93),
    ("no-choices", 0.91, 1.00),
    ("no-contact", 0.94, 0.89),
    ("public-details", 0.96, 0.93),
    ("shouting", 1.00, 1.00),
    ("generic", 0.85, 0.92),
    ("negative-tone", 0.92, 0.73),
    ("risky-promise", 1.00, 0.84),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND193_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind193_no_worse_than_now,
    "blind193",
    160,
    BLIND193_BASELINE,
    BLIND193_BLOCKED_GOOD
);

/// blind194, sealed, run once on f1d2bea (blind194-first-run.txt): 164 drafts.
const BLIND194_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.85),
    ("no-empathy", 0.80, 1.00),
    ("no-thanks", 0.92, 1.00),
    ("blame", 0.87, 0.93),
    ("defensive", 0.97, 0.92),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 0.91, 1.00),
    ("public-details", 0.80, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.82),
    ("negative-tone", 0.78, 0.78),
    ("risky-promise", 0.83, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND194_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind194_no_worse_than_now,
    "blind194",
    162,
    BLIND194_BASELINE,
    BLIND194_BLOCKED_GOOD
);
