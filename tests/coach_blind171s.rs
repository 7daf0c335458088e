//! Guards for the sealed sets blind171-176, written blind in the fourteenth
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on 6d3bd1d (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised. None met the bar at that run.

/// blind171, sealed, run once on 6d3bd1d (blind171-first-run.txt): 162 drafts.
const BLIND171_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.91, 1.00),
    ("no-empathy", 0.88, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.74, 0.74),
    ("defensive", 0.94, 0.85),
    ("no-choices", 0.80, 0.97),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.77, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 0.78, 0.64),
    ("negative-tone", 0.73, 0.73), // 0.89/0.73 before negative-tone read a defended reply at 1.0
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND171_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind171_no_worse_than_now,
    "blind171",
    160,
    BLIND171_BASELINE,
    BLIND171_BLOCKED_GOOD
);

/// blind172, sealed, run once on 6d3bd1d (blind172-first-run.txt): 162 drafts.
const BLIND172_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.91, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.96, 0.75), // 1.00/0.75 before blame read a defended reply at 1.0
    ("defensive", 0.89, 0.85),
    ("no-choices", 0.95, 0.95),
    ("no-contact", 1.00, 0.80),
    ("public-details", 0.95, 0.95),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.62),
    ("negative-tone", 0.70, 0.70),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND172_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind172_no_worse_than_now,
    "blind172",
    160,
    BLIND172_BASELINE,
    BLIND172_BLOCKED_GOOD
);

/// blind173, sealed, run once on 6d3bd1d (blind173-first-run.txt): 162 drafts.
const BLIND173_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.79, 0.84),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.79, 0.74),
    ("defensive", 0.95, 0.85),
    ("no-choices", 0.96, 0.96),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.82, 0.95),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.82),
    ("negative-tone", 0.83, 0.91), // 0.90/0.82 before negative-tone read a defended reply at 1.0
    ("risky-promise", 0.91, 0.83),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND173_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind173_no_worse_than_now,
    "blind173",
    160,
    BLIND173_BASELINE,
    BLIND173_BLOCKED_GOOD
);

/// blind174, sealed, run once on 6d3bd1d (blind174-first-run.txt): 162 drafts.
const BLIND174_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.88),
    ("no-empathy", 0.94, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.89, 0.80), // 0.94/0.78 before blame read a defended reply at 1.0
    ("defensive", 0.97, 0.83),
    ("no-choices", 0.92, 0.94),
    ("no-contact", 0.80, 0.80),
    ("public-details", 0.86, 0.95),
    ("shouting", 1.00, 0.89),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.92, 0.69),
    ("risky-promise", 0.88, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND174_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind174_no_worse_than_now,
    "blind174",
    160,
    BLIND174_BASELINE,
    BLIND174_BLOCKED_GOOD
);

/// blind175, sealed, run once on 6d3bd1d (blind175-first-run.txt): 168 drafts.
const BLIND175_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.77),
    ("no-empathy", 0.90, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.81, 0.94), // 0.82/0.90 before blame read a defended reply at 1.0
    ("defensive", 0.87, 0.92),
    ("no-choices", 0.92, 0.97),
    ("no-contact", 0.73, 0.85),
    ("public-details", 0.86, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.92),
    ("negative-tone", 1.00, 0.75),
    ("risky-promise", 0.94, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND175_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind175_no_worse_than_now,
    "blind175",
    166,
    BLIND175_BASELINE,
    BLIND175_BLOCKED_GOOD
);

/// blind176, sealed, run once on 6d3bd1d (blind176-first-run.txt): 162 drafts.
const BLIND176_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.94, 0.94),
    ("no-empathy", 0.81, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.87, 0.79),
    ("defensive", 0.97, 0.89),
    ("no-choices", 0.85, 0.95),
    ("no-contact", 0.88, 0.88),
    ("public-details", 0.88, 0.92),
    ("shouting", 1.00, 1.00),
    ("generic", 0.67, 0.89),
    ("negative-tone", 1.00, 0.91),
    ("risky-promise", 0.80, 0.92),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND176_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind176_no_worse_than_now,
    "blind176",
    160,
    BLIND176_BASELINE,
    BLIND176_BLOCKED_GOOD
);
