//! Guards for the sealed sets blind165-170, written blind in the thirteenth
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on a2a5c63 (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised. blind167 met the bar at that run.

/// blind165, sealed, run once on a2a5c63 (blind165-first-run.txt): 163 drafts.
const BLIND165_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.82, 0.88),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.80), // 0.87/0.77 before blame read a defended reply at 1.0
    ("defensive", 0.85, 0.87),
    ("no-choices", 0.85, 0.96),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.90, 0.74),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 0.87),
    ("negative-tone", 0.91, 0.77),
    ("risky-promise", 0.90, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND165_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind165_no_worse_than_now,
    "blind165",
    161,
    BLIND165_BASELINE,
    BLIND165_BLOCKED_GOOD
);

/// blind166, sealed, run once on a2a5c63 (blind166-first-run.txt): 162 drafts.
const BLIND166_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.76),
    ("no-empathy", 0.93, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.92), // 0.85/0.81 before blame read a defended reply at 1.0
    ("defensive", 0.93, 0.93),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 1.00, 0.68),
    ("public-details", 0.92, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 0.89, 0.62),
    ("negative-tone", 0.90, 0.82), // 1.00/0.73 before negative-tone read a defended reply at 1.0
    ("risky-promise", 0.85, 0.92),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.86),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND166_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind166_no_worse_than_now,
    "blind166",
    160,
    BLIND166_BASELINE,
    BLIND166_BLOCKED_GOOD
);

/// blind167, sealed, run once on a2a5c63 (blind167-first-run.txt): 162 drafts.
const BLIND167_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.86),
    ("no-empathy", 0.90, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.89, 0.86),
    ("defensive", 0.92, 0.94),
    ("no-choices", 0.94, 0.94),
    ("no-contact", 1.00, 0.90),
    ("public-details", 0.81, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.92),
    ("negative-tone", 0.92, 0.92),
    ("risky-promise", 0.93, 0.88),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND167_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind167_no_worse_than_now,
    "blind167",
    160,
    BLIND167_BASELINE,
    BLIND167_BLOCKED_GOOD
);

/// blind168, sealed, run once on a2a5c63 (blind168-first-run.txt): 168 drafts.
const BLIND168_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.86),
    ("no-empathy", 0.90, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.88, 0.80), // 0.90/0.74 before blame read a defended reply at 1.0
    ("defensive", 0.95, 0.90),
    ("no-choices", 0.97, 0.97),
    ("no-contact", 1.00, 0.94),
    ("public-details", 0.89, 0.86),
    ("shouting", 1.00, 0.89),
    ("generic", 0.89, 0.89),
    ("negative-tone", 1.00, 1.00),
    ("risky-promise", 0.93, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND168_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind168_no_worse_than_now,
    "blind168",
    166,
    BLIND168_BASELINE,
    BLIND168_BLOCKED_GOOD
);

/// blind169, sealed, run once on a2a5c63 (blind169-first-run.txt): 162 drafts.
const BLIND169_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.93),
    ("no-empathy", 0.90, 0.81),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.89, 0.89), // 0.91/0.89 before blame read a defended reply at 1.0
    ("defensive", 0.92, 0.92),
    ("no-choices", 1.00, 0.86),
    ("no-contact", 1.00, 0.82),
    ("public-details", 0.90, 0.93),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.91),
    ("negative-tone", 1.00, 1.00),
    ("risky-promise", 0.69, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.50),
];

/// Its good drafts that still block (none may be added).
const BLIND169_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind169_no_worse_than_now,
    "blind169",
    160,
    BLIND169_BASELINE,
    BLIND169_BLOCKED_GOOD
);

/// blind170, sealed, run once on a2a5c63 (blind170-first-run.txt): 168 drafts.
const BLIND170_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.72),
    ("no-empathy", 0.93, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.89, 0.80),
    ("defensive", 0.98, 0.90),
    ("no-choices", 0.98, 0.95),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.93, 1.00),
    ("shouting", 1.00, 0.88),
    ("generic", 0.70, 0.70),
    ("negative-tone", 0.91, 0.83),
    ("risky-promise", 1.00, 0.89),
    ("asks-removal", 0.92, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND170_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind170_no_worse_than_now,
    "blind170",
    166,
    BLIND170_BASELINE,
    BLIND170_BLOCKED_GOOD
);
