//! Guards for the training sets blind89 to blind93 (run once on 432ee64)
//! and blind97 to blind100 (run once on 90a7d5f); the sealed sets of the
//! same rounds are in coach_blind94s.rs. Each writer saw only categories.md and the file format;
//! each set was run once before anything was trained on it
//! (`blindN-first-run.txt`, unedited). Held at those runs; only ever raised.

/// blind89, training, run once on 432ee64 (blind89-first-run.txt): 188 drafts.
const BLIND89_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.41),
    ("no-empathy", 0.92, 0.94),
    ("no-thanks", 1.00, 0.94),
    ("blame", 0.88, 0.78),
    ("defensive", 0.89, 0.81),
    ("no-choices", 0.91, 0.96),
    ("no-contact", 1.00, 0.76),
    ("public-details", 0.81, 0.78),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.87),
    ("negative-tone", 0.77, 0.71),
    ("risky-promise", 0.96, 0.92),
    ("asks-removal", 1.00, 0.88),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND89_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind89_no_worse_than_now,
    "blind89",
    186,
    BLIND89_BASELINE,
    BLIND89_BLOCKED_GOOD
);

/// blind90, training, run once on 432ee64 (blind90-first-run.txt): 193 drafts.
const BLIND90_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.58),
    ("no-empathy", 0.86, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.76, 0.78),
    ("defensive", 0.90, 0.88),
    ("no-choices", 1.00, 0.95),
    ("no-contact", 1.00, 0.83),
    ("public-details", 0.87, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 0.87, 0.93),
    ("negative-tone", 1.00, 0.69),
    ("risky-promise", 0.87, 0.54),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND90_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind90_no_worse_than_now,
    "blind90",
    191,
    BLIND90_BASELINE,
    BLIND90_BLOCKED_GOOD
);

/// blind91, training, run once on 432ee64 (blind91-first-run.txt): 193 drafts.
const BLIND91_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.67),
    ("no-empathy", 0.76, 1.00),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.87),
    ("defensive", 0.73, 0.90),
    ("no-choices", 0.93, 0.93),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.82, 0.74),
    ("shouting", 1.00, 1.00),
    ("generic", 0.90, 0.69),
    ("negative-tone", 0.75, 0.69),
    ("risky-promise", 0.93, 0.68),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND91_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind91_no_worse_than_now,
    "blind91",
    191,
    BLIND91_BASELINE,
    BLIND91_BLOCKED_GOOD
);

/// blind92, training, run once on 432ee64 (blind92-first-run.txt): 191 drafts.
const BLIND92_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.88),
    ("no-empathy", 0.87, 0.92),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.70, 0.78),
    ("defensive", 0.97, 0.79),
    ("no-choices", 0.92, 0.90),
    ("no-contact", 0.89, 1.00),
    ("public-details", 0.90, 0.90),
    ("shouting", 1.00, 0.88),
    ("generic", 0.83, 0.91),
    ("negative-tone", 0.69, 0.60),
    ("risky-promise", 1.00, 0.79),
    ("asks-removal", 0.92, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND92_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind92_no_worse_than_now,
    "blind92",
    189,
    BLIND92_BASELINE,
    BLIND92_BLOCKED_GOOD
);

/// blind93, training, run once on 432ee64 (blind93-first-run.txt): 182 drafts.
const BLIND93_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.76, 0.96),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.67, 0.85),
    ("defensive", 0.89, 0.89),
    ("no-choices", 1.00, 0.90),
    ("no-contact", 0.90, 0.69),
    ("public-details", 0.87, 0.93),
    ("shouting", 1.00, 0.90),
    ("generic", 0.78, 0.58),
    ("negative-tone", 0.71, 1.00),
    ("risky-promise", 0.93, 0.78),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND93_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind93_no_worse_than_now,
    "blind93",
    180,
    BLIND93_BASELINE,
    BLIND93_BLOCKED_GOOD
);

/// blind97, training, run once on 90a7d5f (blind97-first-run.txt): 186 drafts.
const BLIND97_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.84, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.80, 0.87),
    ("defensive", 0.93, 0.82),
    ("no-choices", 0.92, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.91, 0.81),
    ("shouting", 1.00, 0.82),
    ("generic", 0.92, 0.85),
    ("negative-tone", 0.83, 0.77),
    ("risky-promise", 0.94, 0.89),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND97_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind97_no_worse_than_now,
    "blind97",
    184,
    BLIND97_BASELINE,
    BLIND97_BLOCKED_GOOD
);

/// blind98, training, run once on 90a7d5f (blind98-first-run.txt): 199 drafts.
const BLIND98_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.92, 0.80),
    ("no-empathy", 0.92, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.79, 0.87),
    ("defensive", 0.90, 0.85),
    ("no-choices", 1.00, 0.98),
    ("no-contact", 1.00, 0.75),
    ("public-details", 0.74, 0.83),
    ("shouting", 1.00, 0.88),
    ("generic", 1.00, 0.92),
    ("negative-tone", 0.91, 0.77),
    ("risky-promise", 0.88, 0.88),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.77, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND98_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind98_no_worse_than_now,
    "blind98",
    197,
    BLIND98_BASELINE,
    BLIND98_BLOCKED_GOOD
);

/// blind99, training, run once on 90a7d5f (blind99-first-run.txt): 192 drafts.
const BLIND99_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.85, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.80, 0.85),
    ("defensive", 0.88, 0.80),
    ("no-choices", 0.92, 0.94),
    ("no-contact", 1.00, 0.92),
    ("public-details", 0.83, 0.89),
    ("shouting", 1.00, 0.90),
    ("generic", 1.00, 0.82),
    ("negative-tone", 0.85, 0.85),
    ("risky-promise", 1.00, 0.79),
    ("asks-removal", 0.93, 0.93),
    ("placeholder", 1.00, 0.90),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND99_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind99_no_worse_than_now,
    "blind99",
    190,
    BLIND99_BASELINE,
    BLIND99_BLOCKED_GOOD
);

/// blind100, training, run once on 90a7d5f (blind100-first-run.txt): 186 drafts.
const BLIND100_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.66),
    ("no-empathy", 0.97, 0.84),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.71),
    ("defensive", 0.93, 0.85),
    ("no-choices", 0.93, 0.98),
    ("no-contact", 0.77, 1.00),
    ("public-details", 0.95, 0.81),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.90),
    ("negative-tone", 0.91, 0.77),
    ("risky-promise", 1.00, 0.60),
    ("asks-removal", 0.93, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND100_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind100_no_worse_than_now,
    "blind100",
    184,
    BLIND100_BASELINE,
    BLIND100_BLOCKED_GOOD
);
