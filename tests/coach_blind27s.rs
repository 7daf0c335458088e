//! Guards for the six training sets (blind27 to blind32) and two sealed
//! sets (blind33, blind34) written at the stop that built the learned
//! sentence layer, each by a writer who saw only categories.md and
//! the file format. Each was run once on 78944d6, before anything was
//! built from it (`blindN-first-run.txt`, unedited), then used as a
//! development set: the layer is trained on it. The figures held are the
//! first runs; only ever raised.

/// blind27 (first run in blind27-first-run.txt): 196 drafts.
const BLIND27_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.98),
    ("no-empathy", 0.88, 0.93),
    ("no-thanks", 1.00, 0.88),
    ("blame", 0.89, 0.51),
    ("defensive", 0.87, 0.75),
    ("no-choices", 0.85, 1.00),
    ("no-contact", 1.00, 0.95),
    ("public-details", 0.64, 0.78),
    ("shouting", 1.00, 0.94),
    ("generic", 0.84, 0.89),
    ("negative-tone", 0.93, 0.87),
    ("risky-promise", 1.00, 0.90),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND27_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind27_no_worse_than_now,
    "blind27",
    194,
    BLIND27_BASELINE,
    BLIND27_BLOCKED_GOOD
);

/// blind28 (first run in blind28-first-run.txt): 187 drafts.
const BLIND28_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.93, 0.93),
    ("no-empathy", 0.91, 0.88),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.85, 0.68),
    ("defensive", 0.90, 0.89),
    ("no-choices", 0.97, 0.97),
    ("no-contact", 0.93, 0.93),
    ("public-details", 0.85, 0.85),
    ("shouting", 1.00, 1.00),
    ("generic", 0.88, 0.93),
    ("negative-tone", 0.89, 0.84),
    ("risky-promise", 0.83, 0.79),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND28_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind28_no_worse_than_now,
    "blind28",
    185,
    BLIND28_BASELINE,
    BLIND28_BLOCKED_GOOD
);

/// blind29 (first run in blind29-first-run.txt): 183 drafts.
const BLIND29_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.86),
    ("no-empathy", 0.90, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.70),
    ("defensive", 0.90, 0.87),
    ("no-choices", 0.98, 0.95),
    ("no-contact", 0.89, 0.87),
    ("public-details", 0.90, 0.70),
    ("shouting", 1.00, 1.00),
    ("generic", 0.94, 0.88),
    ("negative-tone", 0.80, 0.80),
    ("risky-promise", 0.85, 1.00), // 0.89/0.73 before the layer was retrained on 163 sets
    ("asks-removal", 1.00, 0.79),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.72, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND29_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind29_no_worse_than_now,
    "blind29",
    181,
    BLIND29_BASELINE,
    BLIND29_BLOCKED_GOOD
);

/// blind30 (first run in blind30-first-run.txt): 183 drafts.
const BLIND30_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.92),
    ("no-empathy", 0.79, 0.84),
    ("no-thanks", 0.85, 1.00),
    ("blame", 0.89, 0.71),
    ("defensive", 0.89, 0.93),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.90),
    ("public-details", 0.83, 0.73),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.92),
    ("negative-tone", 0.72, 0.87),
    ("risky-promise", 0.85, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND30_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind30_no_worse_than_now,
    "blind30",
    181,
    BLIND30_BASELINE,
    BLIND30_BLOCKED_GOOD
);

/// blind31 (first run in blind31-first-run.txt): 179 drafts.
const BLIND31_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.93, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.76, 0.67),
    ("defensive", 0.93, 0.78),
    ("no-choices", 0.89, 0.97),
    ("no-contact", 0.97, 0.91),
    ("public-details", 0.63, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.90),
    ("negative-tone", 0.85, 0.92),
    ("risky-promise", 0.92, 0.71),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.75, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND31_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind31_no_worse_than_now,
    "blind31",
    177,
    BLIND31_BASELINE,
    BLIND31_BLOCKED_GOOD
);

/// blind32 (first run in blind32-first-run.txt): 202 drafts.
const BLIND32_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.77),
    ("no-empathy", 0.97, 0.86),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.66),
    ("defensive", 0.89, 0.76),
    ("no-choices", 1.00, 0.99),
    ("no-contact", 0.91, 0.91),
    ("public-details", 0.85, 0.93),
    ("shouting", 1.00, 1.00),
    ("generic", 0.82, 0.82),
    ("negative-tone", 0.69, 0.47),
    ("risky-promise", 1.00, 0.82),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND32_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind32_no_worse_than_now,
    "blind32",
    200,
    BLIND32_BASELINE,
    BLIND32_BLOCKED_GOOD
);

// blind33 and blind34 stayed sealed until the layer and the rules were settled
// (86ece68) and were run once then; their first runs are held.

/// blind33 (sealed; first run in blind33-first-run.txt): 182 drafts.
const BLIND33_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.72),
    ("no-empathy", 0.89, 0.87),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.73, 0.77),
    ("defensive", 0.81, 0.88),
    ("no-choices", 0.87, 1.00),
    ("no-contact", 1.00, 0.96),
    ("public-details", 0.88, 0.81),
    ("shouting", 1.00, 0.92),
    ("generic", 1.00, 0.82),
    ("negative-tone", 1.00, 0.90),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 1.00, 0.87),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 0.80),
];

/// Its good drafts that still block (none may be added).
const BLIND33_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind33_no_worse_than_now,
    "blind33",
    180,
    BLIND33_BASELINE,
    BLIND33_BLOCKED_GOOD
);

/// blind34 (sealed; first run in blind34-first-run.txt): 185 drafts.
const BLIND34_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.81),
    ("no-empathy", 0.91, 0.89),
    ("no-thanks", 0.93, 1.00),
    ("blame", 0.98, 0.75),
    ("defensive", 0.82, 0.98),
    ("no-choices", 1.00, 0.95),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.74, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 0.93),
    ("negative-tone", 0.83, 0.83),
    ("risky-promise", 1.00, 0.74),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND34_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind34_no_worse_than_now,
    "blind34",
    183,
    BLIND34_BASELINE,
    BLIND34_BLOCKED_GOOD
);
