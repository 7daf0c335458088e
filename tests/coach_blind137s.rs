//! Guards for the sealed sets blind137-140, written blind in the eighth
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on 4612ac2 (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised.

/// blind137, sealed, run once on 4612ac2 (blind137-first-run.txt): 162 drafts.
const BLIND137_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.78, 0.91),
    ("no-thanks", 1.00, 0.94),
    ("blame", 0.72, 0.88),
    ("defensive", 0.94, 0.87),
    ("no-choices", 1.00, 0.90),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.84, 0.78),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.75),
    ("negative-tone", 0.86, 0.40),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND137_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind137_no_worse_than_now,
    "blind137",
    160,
    BLIND137_BASELINE,
    BLIND137_BLOCKED_GOOD
);

/// blind138, sealed, run once on 4612ac2 (blind138-first-run.txt): 162 drafts.
const BLIND138_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.96),
    ("no-empathy", 0.88, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.78, 0.69),
    ("defensive", 0.86, 1.00),
    ("no-choices", 0.84, 1.00),
    ("no-contact", 0.94, 1.00),
    ("public-details", 0.90, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.93),
    ("negative-tone", 0.91, 0.83), // 0.92/0.92 before the layer was retrained on 163 sets
    ("risky-promise", 1.00, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.67, 0.50),
];

/// Its good drafts that still block (none may be added).
const BLIND138_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind138_no_worse_than_now,
    "blind138",
    160,
    BLIND138_BASELINE,
    BLIND138_BLOCKED_GOOD
);

/// blind139, sealed, run once on 4612ac2 (blind139-first-run.txt): 171 drafts.
const BLIND139_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.89),
    ("no-empathy", 0.89, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.80),
    ("defensive", 1.00, 0.90),
    ("no-choices", 0.97, 0.97),
    ("no-contact", 0.94, 1.00),
    ("public-details", 0.77, 0.95),
    ("shouting", 1.00, 0.89),
    ("generic", 0.88, 0.88),
    ("negative-tone", 1.00, 0.67),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 1.00, 0.89),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND139_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind139_no_worse_than_now,
    "blind139",
    169,
    BLIND139_BASELINE,
    BLIND139_BLOCKED_GOOD
);

/// blind140, sealed, run once on 4612ac2 (blind140-first-run.txt): 167 drafts.
const BLIND140_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.87, 0.97),
    ("no-thanks", 0.94, 1.00),
    ("blame", 0.87, 0.77),
    ("defensive", 0.89, 0.87),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 0.93, 1.00),
    ("public-details", 0.88, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 0.88, 0.78),
    ("negative-tone", 0.70, 0.58),
    ("risky-promise", 0.93, 0.93),
    ("asks-removal", 0.92, 1.00),
    ("placeholder", 1.00, 0.88),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND140_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind140_no_worse_than_now,
    "blind140",
    165,
    BLIND140_BASELINE,
    BLIND140_BLOCKED_GOOD
);
