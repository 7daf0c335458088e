//! Guards for the sealed sets blind119-124, written blind this round
//! (each writer saw only categories.md and the file format; the sets were
//! designated sealed before writing and not opened until their run) and
//! run once on 61d25a7 (`blindN-first-run.txt`, unedited). Held at those
//! runs; only ever raised.

/// blind119, sealed, run once on 61d25a7 (blind119-first-run.txt): 199 drafts.
const BLIND119_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.82),
    ("no-empathy", 0.92, 0.94),
    ("no-thanks", 0.92, 1.00),
    ("blame", 0.76, 0.83),
    ("defensive", 0.92, 0.84),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.90, 0.97),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.82),
    ("negative-tone", 0.92, 0.71),
    ("risky-promise", 0.87, 0.83),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.77, 0.74),
];

/// Its good drafts that still block (none may be added).
const BLIND119_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind119_no_worse_than_now,
    "blind119",
    197,
    BLIND119_BASELINE,
    BLIND119_BLOCKED_GOOD
);

/// blind120, sealed, run once on 61d25a7 (blind120-first-run.txt): 194 drafts.
const BLIND120_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.79),
    ("no-empathy", 0.83, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.76, 0.79),
    ("defensive", 0.93, 0.80),
    ("no-choices", 0.90, 0.97),
    ("no-contact", 0.85, 1.00),
    ("public-details", 0.88, 0.88),
    ("shouting", 1.00, 0.90),
    ("generic", 1.00, 0.92),
    ("negative-tone", 1.00, 0.91),
    ("risky-promise", 0.75, 0.71),
    ("asks-removal", 1.00, 0.85),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.77, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND120_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind120_no_worse_than_now,
    "blind120",
    192,
    BLIND120_BASELINE,
    BLIND120_BLOCKED_GOOD
);

/// blind121, sealed, run once on 61d25a7 (blind121-first-run.txt): 181 drafts.
const BLIND121_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.90),
    ("no-empathy", 0.82, 0.95),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.81, 0.71),
    ("defensive", 0.83, 0.88),
    ("no-choices", 0.98, 0.96),
    ("no-contact", 0.91, 0.95),
    ("public-details", 0.81, 0.90),
    ("shouting", 1.00, 0.93),
    ("generic", 1.00, 0.83),
    ("negative-tone", 0.80, 0.57),
    ("risky-promise", 0.85, 0.96),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.92),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND121_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind121_no_worse_than_now,
    "blind121",
    179,
    BLIND121_BASELINE,
    BLIND121_BLOCKED_GOOD
);

/// blind122, sealed, run once on 61d25a7 (blind122-first-run.txt): 197 drafts.
const BLIND122_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.94, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.76, 0.86),
    ("defensive", 0.91, 0.86),
    ("no-choices", 0.98, 0.96),
    ("no-contact", 1.00, 0.97),
    ("public-details", 0.86, 0.86),
    ("shouting", 1.00, 0.89),
    ("generic", 0.85, 1.00),
    ("negative-tone", 1.00, 0.75),
    ("risky-promise", 1.00, 0.86),
    ("asks-removal", 0.92, 1.00),
    ("placeholder", 1.00, 0.86),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND122_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind122_no_worse_than_now,
    "blind122",
    195,
    BLIND122_BASELINE,
    BLIND122_BLOCKED_GOOD
);

/// blind123, sealed, run once on 61d25a7 (blind123-first-run.txt): 187 drafts.
const BLIND123_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.90, 0.97),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.80, 0.86),
    ("defensive", 0.87, 0.89),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 0.94, 0.94),
    ("public-details", 0.88, 0.85),
    ("shouting", 1.00, 1.00),
    ("generic", 0.89, 0.67),
    ("negative-tone", 0.86, 0.46),
    ("risky-promise", 0.94, 0.76), // 1.00/0.76 at its run; retrained layer: 0.94/1.00
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND123_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind123_no_worse_than_now,
    "blind123",
    185,
    BLIND123_BASELINE,
    BLIND123_BLOCKED_GOOD
);

/// blind124, sealed, run once on 61d25a7 (blind124-first-run.txt): 193 drafts.
const BLIND124_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.79, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.79, 0.81),
    ("defensive", 0.97, 0.85),
    ("no-choices", 0.85, 0.97),
    ("no-contact", 0.84, 1.00),
    ("public-details", 0.86, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 0.91, 1.00),
    ("negative-tone", 1.00, 0.82),
    ("risky-promise", 1.00, 0.74),
    ("asks-removal", 1.00, 0.91),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND124_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind124_no_worse_than_now,
    "blind124",
    191,
    BLIND124_BASELINE,
    BLIND124_BLOCKED_GOOD
);
