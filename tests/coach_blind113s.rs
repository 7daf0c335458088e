//! Guards for the sealed sets blind113-118, written blind this round
//! (each writer saw only categories.md and the file format; the sets were
//! designated sealed before writing and not opened until their run) and
//! run once on 0d8b643 (`blindN-first-run.txt`, unedited). Held at those
//! runs; only ever raised.

/// blind113, sealed, run once on 0d8b643 (blind113-first-run.txt): 185 drafts.
const BLIND113_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.90, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.80, 0.89),
    ("defensive", 0.98, 0.93),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.77, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 1.00, 0.75),
    ("risky-promise", 0.70, 0.84),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND113_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind113_no_worse_than_now,
    "blind113",
    183,
    BLIND113_BASELINE,
    BLIND113_BLOCKED_GOOD
);

/// blind114, sealed, run once on 0d8b643 (blind114-first-run.txt): 182 drafts.
const BLIND114_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.78),
    ("no-empathy", 0.98, 0.84),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.89, 0.69),
    ("defensive", 0.94, 0.90),
    ("no-choices", 0.93, 0.93),
    ("no-contact", 1.00, 0.87),
    ("public-details", 0.64, 0.88),
    ("shouting", 0.90, 1.00),
    ("generic", 0.92, 0.75),
    ("negative-tone", 0.93, 0.87),
    ("risky-promise", 0.95, 0.90),
    ("asks-removal", 0.92, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND114_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind114_no_worse_than_now,
    "blind114",
    180,
    BLIND114_BASELINE,
    BLIND114_BLOCKED_GOOD
);

/// blind115, sealed, run once on 0d8b643 (blind115-first-run.txt): 203 drafts.
const BLIND115_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.75),
    ("no-empathy", 0.88, 0.93),
    ("no-thanks", 0.88, 1.00),
    ("blame", 0.90, 0.78),
    ("defensive", 0.94, 0.98),
    ("no-choices", 0.87, 0.93),
    ("no-contact", 1.00, 0.94),
    ("public-details", 0.83, 0.89),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.88),
    ("negative-tone", 1.00, 0.73),
    ("risky-promise", 1.00, 0.88),
    ("asks-removal", 1.00, 0.87),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND115_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind115_no_worse_than_now,
    "blind115",
    201,
    BLIND115_BASELINE,
    BLIND115_BLOCKED_GOOD
);

/// blind116, sealed, run once on 0d8b643 (blind116-first-run.txt): 196 drafts.
const BLIND116_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.78, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.80, 0.82),
    ("defensive", 0.85, 0.94),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.83, 0.92),
    ("shouting", 1.00, 0.91),
    ("generic", 1.00, 0.62),
    ("negative-tone", 0.78, 0.70),
    ("risky-promise", 1.00, 0.79),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND116_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind116_no_worse_than_now,
    "blind116",
    194,
    BLIND116_BASELINE,
    BLIND116_BLOCKED_GOOD
);

/// blind117, sealed, run once on 0d8b643 (blind117-first-run.txt): 188 drafts.
const BLIND117_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.87, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.79, 0.81),
    ("defensive", 0.90, 0.93),
    ("no-choices", 0.80, 1.00),
    ("no-contact", 0.88, 0.93),
    ("public-details", 0.96, 0.87),
    ("shouting", 1.00, 0.83),
    ("generic", 0.83, 0.83),
    ("negative-tone", 0.92, 0.73),
    ("risky-promise", 1.00, 0.90),
    ("asks-removal", 1.00, 0.88),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND117_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind117_no_worse_than_now,
    "blind117",
    186,
    BLIND117_BASELINE,
    BLIND117_BLOCKED_GOOD
);

/// blind118, sealed, run once on 0d8b643 (blind118-first-run.txt): 162 drafts.
const BLIND118_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.76),
    ("no-empathy", 0.89, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.81, 0.78),
    ("defensive", 0.95, 0.87),
    ("no-choices", 0.90, 0.97),
    ("no-contact", 0.85, 0.85),
    ("public-details", 0.65, 0.83),
    ("shouting", 1.00, 1.00),
    ("generic", 0.79, 0.92),
    ("negative-tone", 1.00, 0.73),
    ("risky-promise", 0.95, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND118_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind118_no_worse_than_now,
    "blind118",
    160,
    BLIND118_BASELINE,
    BLIND118_BLOCKED_GOOD
);
