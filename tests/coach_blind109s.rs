//! Guards for the sealed sets blind109-112, written blind this round
//! (each writer saw only categories.md and the file format; the sets were
//! designated sealed before writing and not opened until their run) and
//! run once on 2222c0e, after the rules and the layer settled
//! (`blindN-first-run.txt`, unedited). Held at those runs; only ever raised.

/// blind109, sealed, run once on 2222c0e (blind109-first-run.txt): 192 drafts.
const BLIND109_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.83, 0.87),
    ("no-thanks", 1.00, 0.94),
    ("blame", 0.72, 0.64),
    ("defensive", 0.96, 0.96),
    ("no-choices", 0.92, 0.98),
    ("no-contact", 0.83, 1.00),
    ("public-details", 0.95, 0.62),
    ("shouting", 1.00, 1.00),
    ("generic", 0.91, 1.00),
    ("negative-tone", 1.00, 0.87),
    ("risky-promise", 1.00, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND109_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind109_no_worse_than_now,
    "blind109",
    190,
    BLIND109_BASELINE,
    BLIND109_BLOCKED_GOOD
);

/// blind110, sealed, run once on 2222c0e (blind110-first-run.txt): 181 drafts.
const BLIND110_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.90, 0.75),
    ("no-empathy", 0.92, 0.88),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.94, 0.86),
    ("defensive", 0.88, 0.86),
    ("no-choices", 0.88, 0.95),
    ("no-contact", 0.89, 0.89),
    ("public-details", 0.93, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.92),
    ("negative-tone", 0.90, 0.60),
    ("risky-promise", 1.00, 0.96),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND110_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind110_no_worse_than_now,
    "blind110",
    179,
    BLIND110_BASELINE,
    BLIND110_BLOCKED_GOOD
);

/// blind111, sealed, run once on 2222c0e (blind111-first-run.txt): 180 drafts.
const BLIND111_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.82),
    ("no-empathy", 0.91, 0.91),
    ("no-thanks", 1.00, 0.91),
    ("blame", 0.76, 0.82),
    ("defensive", 0.90, 0.90),
    ("no-choices", 1.00, 0.97),
    ("no-contact", 1.00, 0.92),
    ("public-details", 0.79, 0.85),
    ("shouting", 1.00, 1.00),
    ("generic", 0.88, 0.64),
    ("negative-tone", 0.67, 0.50),
    ("risky-promise", 1.00, 0.81),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.90),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND111_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind111_no_worse_than_now,
    "blind111",
    178,
    BLIND111_BASELINE,
    BLIND111_BLOCKED_GOOD
);

/// blind112, sealed, run once on 2222c0e (blind112-first-run.txt): 183 drafts.
const BLIND112_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.62),
    ("no-empathy", 0.80, 0.84),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.83, 0.84),
    ("defensive", 0.94, 0.83),
    ("no-choices", 1.00, 0.97),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.79, 0.96),
    ("shouting", 1.00, 0.92),
    ("generic", 0.91, 0.77),
    ("negative-tone", 0.83, 0.71),
    ("risky-promise", 0.94, 0.75),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND112_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind112_no_worse_than_now,
    "blind112",
    181,
    BLIND112_BASELINE,
    BLIND112_BLOCKED_GOOD
);
