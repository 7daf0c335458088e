//! Guards for the sealed sets blind201-206, written blind in the
//! nineteenth round, a replication of round 18 (each writer saw only
//! categories.md and the file format; the sets were designated sealed
//! before writing and not opened until their run) and run once on a0ec7a4
//! (`blindN-first-run.txt`, unedited). Held at those runs; only ever
//! raised.

/// blind201, sealed, run once on a0ec7a4 (blind201-first-run.txt): 162 drafts.
const BLIND201_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.73),
    ("no-empathy", 0.86, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.94, 0.80),
    ("defensive", 0.94, 0.85),
    ("no-choices", 0.97, 1.00),
    ("no-contact", 0.88, 0.78),
    ("public-details", 0.92, 0.75),
    ("shouting", 1.00, 1.00),
    ("generic", 0.83, 0.77),
    ("negative-tone", 0.89, 0.80),
    ("risky-promise", 0.88, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND201_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind201_no_worse_than_now,
    "blind201",
    160,
    BLIND201_BASELINE,
    BLIND201_BLOCKED_GOOD
);

/// blind202, sealed, run once on a0ec7a4 (blind202-first-run.txt): 162 drafts.
const BLIND202_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.71),
    ("no-empathy", 0.93, 0.82),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.83, 0.78),
    ("defensive", 0.92, 0.85),
    ("no-choices", 1.00, 0.97),
    ("no-contact", 1.00, 1.00),
    ("public-details", 1.00, 0.93),
    ("shouting", 1.00, 1.00),
    ("generic", 0.75, 0.75),
    ("negative-tone", 1.00, 0.77),
    ("risky-promise", 0.90, 0.90),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND202_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind202_no_worse_than_now,
    "blind202",
    160,
    BLIND202_BASELINE,
    BLIND202_BLOCKED_GOOD
);

/// blind203, sealed, run once on a0ec7a4 (blind203-first-run.txt): 168 drafts.
const BLIND203_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.92, 1.00),
    ("no-empathy", 0.86, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.82),
    ("defensive", 0.98, 0.87),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 0.90, 0.75),
    ("public-details", 0.84, 0.82),
    ("shouting", 1.00, 1.00),
    ("generic", 0.72, 1.00),
    ("negative-tone", 0.90, 0.64),
    ("risky-promise", 1.00, 0.95),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND203_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind203_no_worse_than_now,
    "blind203",
    166,
    BLIND203_BASELINE,
    BLIND203_BLOCKED_GOOD
);

/// blind204, sealed, run once on a0ec7a4 (blind204-first-run.txt): 166 drafts.
const BLIND204_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.94, 1.00),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.86),
    ("defensive", 0.90, 1.00),
    ("no-choices", 0.96, 0.96),
    ("no-contact", 0.82, 0.90),
    ("public-details", 0.89, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.79, 1.00),
    ("risky-promise", 0.93, 0.93),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND204_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind204_no_worse_than_now,
    "blind204",
    164,
    BLIND204_BASELINE,
    BLIND204_BLOCKED_GOOD
);

/// blind205, sealed, run once on a0ec7a4 (blind205-first-run.txt): 165 drafts.
const BLIND205_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.94, 0.92),
    ("no-thanks", 0.94, 1.00),
    ("blame", 0.86, 0.86),
    ("defensive", 0.98, 0.93),
    ("no-choices", 0.97, 0.97),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.93, 0.80),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.83),
    ("negative-tone", 1.00, 1.00),
    ("risky-promise", 0.94, 0.80),
    ("asks-removal", 1.00, 0.93),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND205_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind205_no_worse_than_now,
    "blind205",
    163,
    BLIND205_BASELINE,
    BLIND205_BLOCKED_GOOD
);

/// blind206, sealed, run once on a0ec7a4 (blind206-first-run.txt): 168 drafts.
const BLIND206_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 1.00, 0.93),
    ("no-thanks", 0.92, 0.92),
    ("blame", 0.95, 0.88),
    ("defensive", 0.89, 0.89),
    ("no-choices", 0.89, 0.97),
    ("no-contact", 1.00, 1.00),
    ("public-details", 1.00, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.93),
    ("negative-tone", 0.83, 0.91),
    ("risky-promise", 0.86, 0.90),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND206_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind206_no_worse_than_now,
    "blind206",
    166,
    BLIND206_BASELINE,
    BLIND206_BLOCKED_GOOD
);
