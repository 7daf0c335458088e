//! Guards for the training sets blind67 to blind72 (run once on 289d83f)
//! and the sealed blind73 and blind74 (run once on dd8a3f5).
//! Each writer saw only categories.md and the file format (blind59-74 as
//! of 3fc6b62: amounts repeated in public settled as public-details, and
//! names too; blind75-86 as of 289d83f, where names were taken back).
//! Training sets were run once before the learned sentence layer was
//! trained on them, sealed sets once after it settled (`blindN-first-run.txt`,
//! unedited). Held at those runs; only ever raised.

/// blind67 (first run in blind67-first-run.txt): 185 drafts.
const BLIND67_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.92),
    ("no-empathy", 0.90, 0.94),
    ("no-thanks", 0.83, 1.00),
    ("blame", 0.93, 0.76),
    ("defensive", 0.84, 0.88),
    ("no-choices", 0.92, 0.94),
    ("no-contact", 0.77, 0.94),
    ("public-details", 0.82, 0.74),
    ("shouting", 1.00, 1.00),
    ("generic", 0.75, 0.75),
    ("negative-tone", 0.89, 0.89),
    ("risky-promise", 0.94, 0.88),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.79),
];

/// Its good drafts that still block (none may be added).
const BLIND67_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind67_no_worse_than_now,
    "blind67",
    183,
    BLIND67_BASELINE,
    BLIND67_BLOCKED_GOOD
);

/// blind68 (first run in blind68-first-run.txt): 182 drafts.
const BLIND68_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.95, 0.94),
    ("no-thanks", 1.00, 0.95),
    ("blame", 0.86, 0.77),
    ("defensive", 0.88, 0.88),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.93),
    ("public-details", 0.88, 0.91),
    ("shouting", 1.00, 0.92),
    ("generic", 0.80, 0.86),
    ("negative-tone", 0.81, 0.93),
    ("risky-promise", 1.00, 1.00),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND68_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind68_no_worse_than_now,
    "blind68",
    180,
    BLIND68_BASELINE,
    BLIND68_BLOCKED_GOOD
);

/// blind69 (first run in blind69-first-run.txt): 186 drafts.
const BLIND69_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.83),
    ("no-empathy", 0.87, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.82),
    ("defensive", 0.89, 0.87),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.93, 0.87),
    ("shouting", 0.92, 0.85),
    ("generic", 1.00, 0.86),
    ("negative-tone", 0.92, 0.69),
    ("risky-promise", 0.86, 0.92),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.79, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND69_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind69_no_worse_than_now,
    "blind69",
    184,
    BLIND69_BASELINE,
    BLIND69_BLOCKED_GOOD
);

/// blind70 (first run in blind70-first-run.txt): 180 drafts.
const BLIND70_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.92, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.92, 0.77),
    ("defensive", 0.92, 0.96),
    ("no-choices", 0.93, 0.98),
    ("no-contact", 0.94, 0.97),
    ("public-details", 0.79, 0.87),
    ("shouting", 1.00, 0.93),
    ("generic", 0.93, 0.93),
    ("negative-tone", 1.00, 0.78),
    ("risky-promise", 0.96, 0.96),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND70_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind70_no_worse_than_now,
    "blind70",
    178,
    BLIND70_BASELINE,
    BLIND70_BLOCKED_GOOD
);

/// blind71 (first run in blind71-first-run.txt): 175 drafts.
const BLIND71_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.77),
    ("no-empathy", 0.78, 0.88),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.90, 0.79),
    ("defensive", 0.85, 0.89),
    ("no-choices", 0.96, 0.93),
    ("no-contact", 0.95, 0.95),
    ("public-details", 0.70, 1.00),
    ("shouting", 1.00, 0.92),
    ("generic", 1.00, 0.93),
    ("negative-tone", 0.82, 0.75),
    ("risky-promise", 0.93, 0.93),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND71_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind71_no_worse_than_now,
    "blind71",
    173,
    BLIND71_BASELINE,
    BLIND71_BLOCKED_GOOD
);

/// blind72 (first run in blind72-first-run.txt): 183 drafts.
const BLIND72_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.89, 0.97),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.89, 0.82),
    ("defensive", 0.96, 0.96),
    ("no-choices", 0.94, 0.96),
    ("no-contact", 0.92, 0.96),
    ("public-details", 0.81, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 0.80, 0.94),
    ("negative-tone", 0.77, 0.67),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND72_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind72_no_worse_than_now,
    "blind72",
    181,
    BLIND72_BASELINE,
    BLIND72_BLOCKED_GOOD
);

/// blind73, sealed, run once on dd8a3f5 (blind73-first-run.txt): 180 drafts.
const BLIND73_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.90),
    ("no-empathy", 0.92, 0.94),
    ("no-thanks", 0.96, 1.00),
    ("blame", 0.90, 0.90),
    ("defensive", 0.85, 0.92),
    ("no-choices", 0.94, 0.99),
    ("no-contact", 0.92, 0.85),
    ("public-details", 0.85, 0.97),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 0.81),
    ("negative-tone", 0.85, 0.69),
    ("risky-promise", 1.00, 0.88),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND73_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind73_no_worse_than_now,
    "blind73",
    178,
    BLIND73_BASELINE,
    BLIND73_BLOCKED_GOOD
);

/// blind74, sealed, run once on dd8a3f5 (blind74-first-run.txt): 187 drafts.
const BLIND74_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.90),
    ("no-empathy", 0.89, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.87),
    ("defensive", 1.00, 0.90),
    ("no-choices", 0.95, 0.93),
    ("no-contact", 0.94, 0.89),
    ("public-details", 0.80, 0.80),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.89),
    ("negative-tone", 0.82, 0.88),
    ("risky-promise", 1.00, 0.92),
    ("asks-removal", 0.92, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND74_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind74_no_worse_than_now,
    "blind74",
    185,
    BLIND74_BASELINE,
    BLIND74_BLOCKED_GOOD
);
