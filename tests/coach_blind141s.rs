//! Guards for the sealed sets blind141-146, written blind in the ninth
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on c72a483 (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised.

/// blind141, sealed, run once on c72a483 (blind141-first-run.txt): 162 drafts.
const BLIND141_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.92, 1.00),
    ("no-empathy", 0.89, 0.94),
    ("no-thanks", 0.91, 1.00),
    ("blame", 0.86, 0.82),
    ("defensive", 0.88, 0.86),
    ("no-choices", 0.90, 0.96),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.92, 0.86),
    ("shouting", 1.00, 1.00),
    ("generic", 0.90, 0.75),
    ("negative-tone", 0.92, 0.80),
    ("risky-promise", 0.85, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.89),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND141_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind141_no_worse_than_now,
    "blind141",
    160,
    BLIND141_BASELINE,
    BLIND141_BLOCKED_GOOD
);

/// blind142, sealed, run once on c72a483 (blind142-first-run.txt): 168 drafts.
const BLIND142_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.95, 0.80),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.97, 0.81),
    ("defensive", 0.85, 0.84),
    ("no-choices", 0.95, 0.86),
    ("no-contact", 0.90, 0.95),
    ("public-details", 0.87, 0.87),
    ("shouting", 1.00, 1.00),
    ("generic", 0.90, 0.82),
    ("negative-tone", 0.89, 0.67),
    ("risky-promise", 0.83, 0.75),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND142_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind142_no_worse_than_now,
    "blind142",
    166,
    BLIND142_BASELINE,
    BLIND142_BLOCKED_GOOD
);

/// blind143, sealed, run once on c72a483 (blind143-first-run.txt): 168 drafts.
const BLIND143_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.98, 0.88),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.93, 0.90),
    ("defensive", 0.93, 0.95),
    ("no-choices", 0.94, 1.00),
    ("no-contact", 1.00, 0.77),
    ("public-details", 0.83, 0.89),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.85, 0.85),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.86),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND143_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind143_no_worse_than_now,
    "blind143",
    166,
    BLIND143_BASELINE,
    BLIND143_BLOCKED_GOOD
);

/// blind144, sealed, run once on c72a483 (blind144-first-run.txt): 168 drafts.
const BLIND144_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.65),
    ("no-empathy", 0.91, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.92, 0.85),
    ("defensive", 0.97, 0.86),
    ("no-choices", 0.97, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.95, 0.88),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.92),
    ("negative-tone", 0.90, 0.82),
    ("risky-promise", 0.77, 1.00),
    ("asks-removal", 1.00, 0.80),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND144_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind144_no_worse_than_now,
    "blind144",
    166,
    BLIND144_BASELINE,
    BLIND144_BLOCKED_GOOD
);

/// blind145, sealed, run once on c72a483 (blind145-first-run.txt): 162 drafts.
const BLIND145_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 1.00, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.73, 0.88),
    ("defensive", 0.95, 0.91),
    ("no-choices", 0.97, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.90, 0.87),
    ("shouting", 1.00, 1.00),
    ("generic", 0.94, 0.94),
    ("negative-tone", 0.93, 1.00),
    ("risky-promise", 0.94, 0.81),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND145_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind145_no_worse_than_now,
    "blind145",
    160,
    BLIND145_BASELINE,
    BLIND145_BLOCKED_GOOD
);

/// blind146, sealed, run once on c72a483 (blind146-first-run.txt): 162 drafts.
const BLIND146_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.83),
    ("no-empathy", 0.93, 0.84),
    ("no-thanks", 1.00, 0.92),
    ("blame", 0.85, 0.87),
    ("defensive", 0.91, 0.91),
    ("no-choices", 0.89, 0.97),
    ("no-contact", 0.92, 1.00),
    ("public-details", 0.73, 0.92),
    ("shouting", 1.00, 1.00),
    ("generic", 0.87, 0.93),
    ("negative-tone", 0.73, 0.69),
    ("risky-promise", 1.00, 0.95),
    ("asks-removal", 0.94, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND146_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind146_no_worse_than_now,
    "blind146",
    160,
    BLIND146_BASELINE,
    BLIND146_BLOCKED_GOOD
);
