//! Guards for the sealed sets blind177-182, written blind in the fifteenth
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on 7e01960 (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised. blind180 met the bar at that run.

/// blind177, sealed, run once on 7e01960 (blind177-first-run.txt): 168 drafts.
const BLIND177_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.83),
    ("no-empathy", 0.79, 0.90),
    ("no-thanks", 0.93, 1.00),
    ("blame", 0.86, 0.84), // 0.88/0.79 before blame read a defended reply at 1.0
    ("defensive", 0.95, 0.86),
    ("no-choices", 0.94, 1.00),
    ("no-contact", 1.00, 0.90),
    ("public-details", 0.92, 0.83),
    ("shouting", 1.00, 1.00),
    ("generic", 0.89, 0.89),
    ("negative-tone", 0.90, 0.82),
    ("risky-promise", 0.88, 0.82),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND177_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind177_no_worse_than_now,
    "blind177",
    166,
    BLIND177_BASELINE,
    BLIND177_BLOCKED_GOOD
);

/// blind178, sealed, run once on 7e01960 (blind178-first-run.txt): 162 drafts.
const BLIND178_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.78),
    ("no-empathy", 0.91, 0.96),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.88, 0.82),
    ("defensive", 0.87, 0.85),
    ("no-choices", 0.82, 1.00),
    ("no-contact", 0.83, 0.91),
    ("public-details", 0.86, 0.96),
    ("shouting", 1.00, 0.90),
    ("generic", 1.00, 0.80),
    ("negative-tone", 0.83, 0.62),
    ("risky-promise", 0.95, 0.95),
    ("asks-removal", 1.00, 0.93),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND178_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind178_no_worse_than_now,
    "blind178",
    160,
    BLIND178_BASELINE,
    BLIND178_BLOCKED_GOOD
);

/// blind179, sealed, run once on 7e01960 (blind179-first-run.txt): 162 drafts.
const BLIND179_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.67),
    ("no-empathy", 0.88, 0.77),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.94), // 0.88/0.88 before blame read a defended reply at 1.0
    ("defensive", 0.97, 0.88),
    ("no-choices", 0.86, 0.86),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.90, 0.90),
    ("shouting", 1.00, 0.90),
    ("generic", 1.00, 0.75),
    ("negative-tone", 1.00, 0.62),
    ("risky-promise", 0.92, 0.92),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND179_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind179_no_worse_than_now,
    "blind179",
    160,
    BLIND179_BASELINE,
    BLIND179_BLOCKED_GOOD
);

/// blind180, sealed, run once on 7e01960 (blind180-first-run.txt): 168 drafts.
const BLIND180_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.81),
    ("no-empathy", 0.89, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.95, 0.85), // 0.97/0.85 before blame read a defended reply at 1.0
    ("defensive", 0.98, 0.91),
    ("no-choices", 1.00, 0.87),
    ("no-contact", 1.00, 0.75),
    ("public-details", 0.85, 0.88),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.90),
    ("negative-tone", 1.00, 0.77),
    ("risky-promise", 0.93, 0.87),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND180_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind180_no_worse_than_now,
    "blind180",
    166,
    BLIND180_BASELINE,
    BLIND180_BLOCKED_GOOD
);

/// blind181, sealed, run once on 7e01960 (blind181-first-run.txt): 162 drafts.
const BLIND181_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.80),
    ("no-empathy", 0.97, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.84), // 0.90/0.76 before blame read a defended reply at 1.0
    ("defensive", 0.97, 0.95),
    ("no-choices", 1.00, 0.97),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.85, 0.74),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.80),
    ("negative-tone", 0.75, 0.82),
    ("risky-promise", 0.94, 0.89),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND181_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind181_no_worse_than_now,
    "blind181",
    160,
    BLIND181_BASELINE,
    BLIND181_BLOCKED_GOOD
);

/// blind182, sealed, run once on 7e01960 (blind182-first-run.txt): 174 drafts.
const BLIND182_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.95, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.91, 0.89),
    ("defensive", 1.00, 0.87),
    ("no-choices", 0.91, 0.91),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.69, 0.96),
    ("shouting", 1.00, 0.91),
    ("generic", 0.88, 0.64),
    ("negative-tone", 0.80, 0.67),
    ("risky-promise", 0.95, 0.95),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added): pest_control-d1
/// blocked at the run, and is fixed after it (blocked_good_tests.rs).
const BLIND182_BLOCKED_GOOD: &[&str] = &["pest_control-d1"];

no_worse_than_now!(
    blind182_no_worse_than_now,
    "blind182",
    172,
    BLIND182_BASELINE,
    BLIND182_BLOCKED_GOOD
);
