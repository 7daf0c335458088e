//! Guards for the sealed sets blind125-130, written blind in the sixth
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on b6e551a (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised.

/// blind125, sealed, run once on b6e551a (blind125-first-run.txt): 187 drafts.
const BLIND125_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.91, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.94, 0.85),
    ("defensive", 0.85, 0.85),
    ("no-choices", 0.95, 0.86),
    ("no-contact", 1.00, 0.90),
    ("public-details", 0.89, 0.86),
    ("shouting", 1.00, 1.00),
    ("generic", 0.80, 0.80),
    ("negative-tone", 1.00, 0.62),
    ("risky-promise", 1.00, 0.76),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND125_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind125_no_worse_than_now,
    "blind125",
    185,
    BLIND125_BASELINE,
    BLIND125_BLOCKED_GOOD
);

/// blind126, sealed, run once on b6e551a (blind126-first-run.txt): 195 drafts.
const BLIND126_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.76),
    ("no-empathy", 0.84, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.73, 0.90),
    ("defensive", 0.79, 0.84),
    ("no-choices", 0.89, 0.98),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.92, 0.92),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.86),
    ("negative-tone", 0.91, 0.67),
    ("risky-promise", 0.87, 0.95),
    ("asks-removal", 0.88, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND126_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind126_no_worse_than_now,
    "blind126",
    193,
    BLIND126_BASELINE,
    BLIND126_BLOCKED_GOOD
);

/// blind127, sealed, run once on b6e551a (blind127-first-run.txt): 183 drafts.
const BLIND127_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.83, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.80),
    ("defensive", 0.98, 0.79),
    ("no-choices", 0.92, 0.85),
    ("no-contact", 0.89, 0.94),
    ("public-details", 0.92, 0.92),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.80),
    ("negative-tone", 0.77, 0.77),
    ("risky-promise", 0.89, 0.94),
    ("asks-removal", 0.93, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND127_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind127_no_worse_than_now,
    "blind127",
    181,
    BLIND127_BASELINE,
    BLIND127_BLOCKED_GOOD
);

/// blind128, sealed, run once on b6e551a (blind128-first-run.txt): 186 drafts.
const BLIND128_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.82),
    ("no-empathy", 0.90, 0.93),
    ("no-thanks", 0.92, 1.00),
    ("blame", 0.79, 0.93),
    ("defensive", 0.98, 0.88),
    ("no-choices", 0.92, 0.98),
    ("no-contact", 0.75, 0.80),
    ("public-details", 0.90, 0.72),
    ("shouting", 1.00, 1.00),
    ("generic", 0.81, 1.00),
    ("negative-tone", 0.80, 0.86),
    ("risky-promise", 0.93, 0.67),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.86),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND128_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind128_no_worse_than_now,
    "blind128",
    184,
    BLIND128_BASELINE,
    BLIND128_BLOCKED_GOOD
);

/// blind129, sealed, run once on b6e551a (blind129-first-run.txt): 162 drafts.
const BLIND129_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.89, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.74),
    ("defensive", 0.95, 0.92),
    ("no-choices", 0.83, 0.95),
    ("no-contact", 1.00, 0.78),
    ("public-details", 0.85, 0.82),
    ("shouting", 1.00, 0.90),
    ("generic", 1.00, 0.67),
    ("negative-tone", 0.91, 0.91),
    ("risky-promise", 0.91, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND129_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind129_no_worse_than_now,
    "blind129",
    160,
    BLIND129_BASELINE,
    BLIND129_BLOCKED_GOOD
);

/// blind130, sealed, run once on b6e551a (blind130-first-run.txt): 192 drafts.
const BLIND130_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.92, 0.71),
    ("no-empathy", 0.76, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.90), // 0.88 at its run; a tone phrase tips the layer on one draft
    ("defensive", 0.93, 0.89),
    ("no-choices", 0.95, 0.93),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.92, 0.88),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.80, 0.62),
    ("risky-promise", 0.89, 1.00),
    ("asks-removal", 0.90, 0.90),
    ("placeholder", 1.00, 0.83),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND130_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind130_no_worse_than_now,
    "blind130",
    190,
    BLIND130_BASELINE,
    BLIND130_BLOCKED_GOOD
);
