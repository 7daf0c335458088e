//! Guards for the sealed sets blind147-152, written blind in the tenth
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on b701eab (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised.

/// blind147, sealed, run once on b701eab (blind147-first-run.txt): 162 drafts.
const BLIND147_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.94, 0.83),
    ("no-empathy", 0.91, 0.98),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.74, 0.88),
    ("defensive", 0.89, 0.86),
    ("no-choices", 0.91, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.92, 0.88),
    ("shouting", 1.00, 1.00),
    ("generic", 0.82, 0.90),
    ("negative-tone", 1.00, 0.75),
    ("risky-promise", 0.88, 0.88),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND147_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind147_no_worse_than_now,
    "blind147",
    160,
    BLIND147_BASELINE,
    BLIND147_BLOCKED_GOOD
);

/// blind148, sealed, run once on b701eab (blind148-first-run.txt): 168 drafts.
const BLIND148_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.92, 0.95),
    ("no-thanks", 0.92, 0.92),
    ("blame", 0.90, 0.95),
    ("defensive", 0.94, 0.91),
    ("no-choices", 0.97, 0.94),
    ("no-contact", 0.75, 0.86),
    ("public-details", 0.76, 0.83),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.75, 0.75),
    ("risky-promise", 1.00, 0.83),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND148_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind148_no_worse_than_now,
    "blind148",
    166,
    BLIND148_BASELINE,
    BLIND148_BLOCKED_GOOD
);

/// blind149, sealed, run once on b701eab (blind149-first-run.txt): 162 drafts.
const BLIND149_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.85),
    ("no-empathy", 0.88, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.75, 0.87),
    ("defensive", 0.96, 0.88),
    ("no-choices", 0.89, 0.89),
    ("no-contact", 0.88, 1.00),
    ("public-details", 0.93, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 0.91, 0.77),
    ("negative-tone", 0.85, 0.69),
    ("risky-promise", 0.95, 0.95),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND149_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind149_no_worse_than_now,
    "blind149",
    160,
    BLIND149_BASELINE,
    BLIND149_BLOCKED_GOOD
);

/// blind150, sealed, run once on b701eab (blind150-first-run.txt): 162 drafts.
const BLIND150_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.96, 0.92),
    ("no-thanks", 1.00, 0.92),
    ("blame", 0.77, 0.74),
    ("defensive", 0.97, 0.75),
    ("no-choices", 0.94, 0.94),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.84, 0.88),
    ("shouting", 1.00, 1.00),
    ("generic", 0.88, 0.93),
    ("negative-tone", 0.80, 0.73),
    ("risky-promise", 0.79, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND150_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind150_no_worse_than_now,
    "blind150",
    160,
    BLIND150_BASELINE,
    BLIND150_BLOCKED_GOOD
);

/// blind151, sealed, run once on b701eab (blind151-first-run.txt): 162 drafts.
const BLIND151_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.97, 0.76),
    ("no-thanks", 1.00, 0.96),
    ("blame", 1.00, 0.89),
    ("defensive", 1.00, 1.00),
    ("no-choices", 1.00, 0.97),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.76, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.88),
    ("negative-tone", 0.88, 0.54),
    ("risky-promise", 0.76, 0.93),
    ("asks-removal", 0.92, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND151_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind151_no_worse_than_now,
    "blind151",
    160,
    BLIND151_BASELINE,
    BLIND151_BLOCKED_GOOD
);

/// blind152, sealed, run once on b701eab (blind152-first-run.txt): 162 drafts.
const BLIND152_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.81, 1.00),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.79, 0.84),
    ("defensive", 0.89, 0.94),
    ("no-choices", 0.96, 0.96),
    ("no-contact", 0.88, 0.78),
    ("public-details", 0.64, 0.86),
    ("shouting", 1.00, 0.88),
    ("generic", 1.00, 0.86),
    ("negative-tone", 0.86, 0.67),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.67),
];

/// Its good drafts that still block (none may be added).
const BLIND152_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind152_no_worse_than_now,
    "blind152",
    160,
    BLIND152_BASELINE,
    BLIND152_BLOCKED_GOOD
);
