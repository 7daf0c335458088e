//! Guards for the training sets blind59 to blind64 (run once on 6661b1a)
//! and the sealed blind65 and blind66 (run once on dd8a3f5).
//! Each writer saw only categories.md and the file format (blind59-74 as
//! of 3fc6b62: amounts repeated in public settled as public-details, and
//! names too; blind75-86 as of 289d83f, where names were taken back).
//! Training sets were run once before the learned sentence layer was
//! trained on them, sealed sets once after it settled (`blindN-first-run.txt`,
//! unedited). Held at those runs; only ever raised.

/// blind59 (first run in blind59-first-run.txt): 184 drafts.
const BLIND59_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.88),
    ("no-empathy", 0.92, 0.92),
    ("no-thanks", 1.00, 0.93),
    ("blame", 0.89, 0.67),
    ("defensive", 0.98, 0.84),
    ("no-choices", 0.98, 0.91),
    ("no-contact", 1.00, 0.91),
    ("public-details", 0.92, 0.88),
    ("shouting", 0.93, 1.00),
    ("generic", 0.76, 0.93),
    ("negative-tone", 0.92, 0.92),
    ("risky-promise", 0.92, 0.75),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND59_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind59_no_worse_than_now,
    "blind59",
    182,
    BLIND59_BASELINE,
    BLIND59_BLOCKED_GOOD
);

/// blind60 (first run in blind60-first-run.txt): 187 drafts.
const BLIND60_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.95, 0.93),
    ("no-thanks", 0.96, 0.96),
    ("blame", 0.95, 0.73),
    ("defensive", 0.96, 0.92),
    ("no-choices", 0.93, 0.98),
    ("no-contact", 0.92, 1.00),
    ("public-details", 0.96, 0.79),
    ("shouting", 1.00, 0.93),
    ("generic", 0.94, 1.00),
    ("negative-tone", 0.93, 0.82),
    ("risky-promise", 1.00, 0.82),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND60_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind60_no_worse_than_now,
    "blind60",
    185,
    BLIND60_BASELINE,
    BLIND60_BLOCKED_GOOD
);

/// blind61 (first run in blind61-first-run.txt): 194 drafts.
const BLIND61_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.89),
    ("no-empathy", 0.95, 0.96),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.79),
    ("defensive", 0.93, 0.93),
    ("no-choices", 0.94, 0.99),
    ("no-contact", 0.88, 0.88),
    ("public-details", 0.72, 0.88),
    ("shouting", 1.00, 0.94),
    ("generic", 0.88, 0.94),
    ("negative-tone", 0.94, 0.83),
    ("risky-promise", 0.92, 0.88),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND61_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind61_no_worse_than_now,
    "blind61",
    192,
    BLIND61_BASELINE,
    BLIND61_BLOCKED_GOOD
);

/// blind62 (first run in blind62-first-run.txt): 192 drafts.
const BLIND62_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.95),
    ("no-empathy", 0.88, 0.90),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.88, 0.81),
    ("defensive", 0.91, 0.87),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 0.97, 0.94),
    ("public-details", 0.82, 0.90),
    ("shouting", 1.00, 0.88),
    ("generic", 0.92, 0.86),
    ("negative-tone", 0.87, 0.87),
    ("risky-promise", 0.94, 0.89),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND62_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind62_no_worse_than_now,
    "blind62",
    190,
    BLIND62_BASELINE,
    BLIND62_BLOCKED_GOOD
);

/// blind63 (first run in blind63-first-run.txt): 185 drafts.
const BLIND63_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.77, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.78),
    ("defensive", 0.91, 0.98),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.93),
    ("public-details", 0.79, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 1.00),
    ("negative-tone", 0.70, 0.64),
    ("risky-promise", 0.91, 0.77),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND63_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind63_no_worse_than_now,
    "blind63",
    183,
    BLIND63_BASELINE,
    BLIND63_BLOCKED_GOOD
);

/// blind64 (first run in blind64-first-run.txt): 175 drafts.
const BLIND64_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.94, 0.96),
    ("no-thanks", 1.00, 0.95),
    ("blame", 0.86, 0.79),
    ("defensive", 0.90, 0.91),
    ("no-choices", 0.94, 1.00),
    ("no-contact", 0.93, 0.82),
    ("public-details", 0.78, 0.64),
    ("shouting", 0.93, 1.00),
    ("generic", 0.83, 0.91),
    ("negative-tone", 0.86, 0.86),
    ("risky-promise", 1.00, 0.90),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.75, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND64_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind64_no_worse_than_now,
    "blind64",
    173,
    BLIND64_BASELINE,
    BLIND64_BLOCKED_GOOD
);

/// blind65, sealed, run once on dd8a3f5 (blind65-first-run.txt): 188 drafts.
const BLIND65_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.73),
    ("no-empathy", 0.93, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.81, 0.91),
    ("defensive", 0.90, 0.83),
    ("no-choices", 0.94, 1.00),
    ("no-contact", 0.94, 0.88),
    ("public-details", 0.77, 0.92),
    ("shouting", 1.00, 1.00),
    ("generic", 0.79, 0.85),
    ("negative-tone", 0.92, 0.69),
    ("risky-promise", 0.92, 0.79),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.90),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND65_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind65_no_worse_than_now,
    "blind65",
    186,
    BLIND65_BASELINE,
    BLIND65_BLOCKED_GOOD
);

/// blind66, sealed, run once on dd8a3f5 (blind66-first-run.txt): 195 drafts.
const BLIND66_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.91, 0.97),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.83, 0.87),
    ("defensive", 0.84, 0.86),
    ("no-choices", 0.97, 0.98),
    ("no-contact", 0.91, 1.00),
    ("public-details", 0.93, 0.84),
    ("shouting", 1.00, 0.93),
    ("generic", 0.88, 0.93),
    ("negative-tone", 0.78, 0.74),
    ("risky-promise", 1.00, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND66_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind66_no_worse_than_now,
    "blind66",
    193,
    BLIND66_BASELINE,
    BLIND66_BLOCKED_GOOD
);
