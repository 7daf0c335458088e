//! Guards for the six training sets blind43 to blind48 and the sealed
//! blind49 and blind50, each by a writer who saw only categories.md and
//! the file format. The training sets were each run once on 2e85f78,
//! before the learned sentence layer was trained on them; the sealed ones
//! as noted below (`blindN-first-run.txt`, unedited). Held at the first
//! runs; only ever raised.

/// blind43 (first run in blind43-first-run.txt): 181 drafts.
const BLIND43_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.91, 0.97),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.94, 0.70),
    ("defensive", 0.97, 0.95),
    ("no-choices", 0.92, 0.98),
    ("no-contact", 1.00, 0.97),
    ("public-details", 0.81, 0.84),
    ("shouting", 1.00, 0.87),
    ("generic", 0.94, 0.94),
    ("negative-tone", 0.84, 0.89),
    ("risky-promise", 1.00, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND43_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind43_no_worse_than_now,
    "blind43",
    179,
    BLIND43_BASELINE,
    BLIND43_BLOCKED_GOOD
);

/// blind44 (first run in blind44-first-run.txt): 188 drafts.
const BLIND44_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.87),
    ("no-empathy", 0.81, 0.89),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.96, 0.84),
    ("defensive", 0.91, 0.88),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 0.94, 0.86),
    ("public-details", 0.80, 0.89),
    ("shouting", 0.92, 1.00),
    ("generic", 0.91, 0.91),
    ("negative-tone", 0.82, 0.90),
    ("risky-promise", 0.91, 0.91),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.89),
    ("legal-risk", 1.00, 0.81),
];

/// Its good drafts that still block (none may be added).
const BLIND44_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind44_no_worse_than_now,
    "blind44",
    186,
    BLIND44_BASELINE,
    BLIND44_BLOCKED_GOOD
);

/// blind45 (first run in blind45-first-run.txt): 180 drafts.
const BLIND45_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 1.00, 0.97),
    ("no-thanks", 1.00, 0.97),
    ("blame", 0.76, 0.71),
    ("defensive", 0.91, 0.74),
    ("no-choices", 0.87, 0.98),
    ("no-contact", 0.88, 0.97),
    ("public-details", 0.67, 0.69),
    ("shouting", 1.00, 1.00),
    ("generic", 0.88, 1.00),
    ("negative-tone", 0.79, 0.79),
    ("risky-promise", 0.84, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND45_BLOCKED_GOOD: &[&str] = &["plumber_late-good-1 (blame)"];

no_worse_than_now!(
    blind45_no_worse_than_now,
    "blind45",
    178,
    BLIND45_BASELINE,
    BLIND45_BLOCKED_GOOD
);

/// blind46 (first run in blind46-first-run.txt): 184 drafts.
const BLIND46_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.96, 0.87),
    ("no-empathy", 0.97, 0.89),
    ("no-thanks", 1.00, 0.95),
    ("blame", 0.87, 0.68),
    ("defensive", 0.90, 0.90),
    ("no-choices", 0.98, 0.94),
    ("no-contact", 0.88, 0.85),
    ("public-details", 0.92, 0.89),
    ("shouting", 1.00, 1.00),
    ("generic", 0.82, 0.93),
    ("negative-tone", 0.75, 0.71),
    ("risky-promise", 0.95, 0.82),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND46_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind46_no_worse_than_now,
    "blind46",
    182,
    BLIND46_BASELINE,
    BLIND46_BLOCKED_GOOD
);

/// blind47 (first run in blind47-first-run.txt): 180 drafts.
const BLIND47_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.93),
    ("no-empathy", 0.90, 0.86),
    ("no-thanks", 0.96, 0.96),
    ("blame", 0.79, 0.78),
    ("defensive", 0.85, 0.91),
    ("no-choices", 0.99, 0.96),
    ("no-contact", 1.00, 0.85),
    ("public-details", 0.63, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.93),
    ("negative-tone", 0.71, 0.86),
    ("risky-promise", 0.93, 1.00),
    ("asks-removal", 0.83, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND47_BLOCKED_GOOD: &[&str] = &["phone_screen-1 (defensive)"];

no_worse_than_now!(
    blind47_no_worse_than_now,
    "blind47",
    178,
    BLIND47_BASELINE,
    BLIND47_BLOCKED_GOOD
);

/// blind48 (first run in blind48-first-run.txt): 184 drafts.
const BLIND48_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.87),
    ("no-empathy", 0.92, 0.96),
    ("no-thanks", 1.00, 0.97),
    ("blame", 0.85, 0.89),
    ("defensive", 0.88, 0.94),
    ("no-choices", 1.00, 0.97),
    ("no-contact", 0.96, 0.89),
    ("public-details", 0.78, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.80),
    ("negative-tone", 0.92, 0.86),
    ("risky-promise", 0.93, 0.88),
    ("asks-removal", 0.93, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND48_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind48_no_worse_than_now,
    "blind48",
    182,
    BLIND48_BASELINE,
    BLIND48_BLOCKED_GOOD
);

// blind49 and blind50 stayed sealed until the layer was retrained on 50 sets and
// every guard passed (990b2d0), and were run once then; their first runs are held.

/// blind49 (sealed; first run in blind49-first-run.txt): 177 drafts.
const BLIND49_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.96),
    ("no-empathy", 0.90, 0.98),
    ("no-thanks", 0.93, 0.93),
    ("blame", 0.87, 0.74),
    ("defensive", 0.91, 0.82),
    ("no-choices", 1.00, 0.94),
    ("no-contact", 0.92, 0.73),
    ("public-details", 0.83, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.92),
    ("negative-tone", 0.74, 0.82),
    ("risky-promise", 1.00, 0.92),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND49_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind49_no_worse_than_now,
    "blind49",
    175,
    BLIND49_BASELINE,
    BLIND49_BLOCKED_GOOD
);

/// blind50 (sealed; first run in blind50-first-run.txt): 186 drafts.
const BLIND50_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.93),
    ("no-empathy", 0.92, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.88, 0.68),
    ("defensive", 0.87, 0.96),
    ("no-choices", 0.97, 1.00),
    ("no-contact", 0.94, 0.97),
    ("public-details", 0.90, 0.76),
    ("shouting", 1.00, 0.92),
    ("generic", 0.67, 0.67),
    ("negative-tone", 0.86, 0.80),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 0.93, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND50_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind50_no_worse_than_now,
    "blind50",
    184,
    BLIND50_BASELINE,
    BLIND50_BLOCKED_GOOD
);
