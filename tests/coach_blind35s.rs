//! Guards for the sets written when the learned sentence layer was
//! retrained: blind35 to blind40 (training sets, each run once before the
//! layer was trained on it) and blind41 and blind42 (sealed, run once after
//! it settled). Each is held at its first run; only ever raised.

// blind35 to blind40: six more training sets, each run once on 7d87f51 (the
// learned sentence layer's first weights) before it was trained on them.

/// blind35 (first run in blind35-first-run.txt): 199 drafts.
const BLIND35_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.97, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 1.00, 0.69),
    ("defensive", 0.96, 0.83),
    ("no-choices", 0.96, 1.00),
    ("no-contact", 0.95, 1.00),
    ("public-details", 0.73, 0.86),
    ("shouting", 1.00, 0.90),
    ("generic", 0.84, 0.76),
    ("negative-tone", 0.88, 0.83),
    ("risky-promise", 0.95, 1.00),
    ("asks-removal", 1.00, 0.95),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND35_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind35_no_worse_than_now,
    "blind35",
    197,
    BLIND35_BASELINE,
    BLIND35_BLOCKED_GOOD
);

/// blind36 (first run in blind36-first-run.txt): 184 drafts.
const BLIND36_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.98),
    ("no-empathy", 0.90, 0.96),
    ("no-thanks", 0.96, 1.00),
    ("blame", 0.82, 0.68),
    ("defensive", 0.88, 0.85),
    ("no-choices", 0.99, 0.99),
    ("no-contact", 0.98, 0.98),
    ("public-details", 0.71, 0.87),
    ("shouting", 1.00, 1.00),
    ("generic", 0.89, 0.89),
    ("negative-tone", 1.00, 0.88),
    ("risky-promise", 1.00, 0.95),
    ("asks-removal", 0.93, 0.93),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND36_BLOCKED_GOOD: &[&str] = &["drycleaner_sg-good-1 (blame)"];

no_worse_than_now!(
    blind36_no_worse_than_now,
    "blind36",
    182,
    BLIND36_BASELINE,
    BLIND36_BLOCKED_GOOD
);

/// blind37 (first run in blind37-first-run.txt): 186 drafts.
const BLIND37_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.87),
    ("no-empathy", 0.97, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.72),
    ("defensive", 0.80, 0.79),
    ("no-choices", 0.92, 0.98),
    ("no-contact", 0.92, 1.00),
    ("public-details", 0.86, 0.76),
    ("shouting", 1.00, 0.94),
    ("generic", 0.75, 0.64),
    ("negative-tone", 0.76, 0.76),
    ("risky-promise", 0.93, 0.88),
    ("asks-removal", 0.88, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.75, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND37_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind37_no_worse_than_now,
    "blind37",
    184,
    BLIND37_BASELINE,
    BLIND37_BLOCKED_GOOD
);

/// blind38 (first run in blind38-first-run.txt): 182 drafts.
const BLIND38_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.81),
    ("no-empathy", 0.90, 0.90),
    ("no-thanks", 0.97, 1.00),
    ("blame", 0.90, 0.81),
    ("defensive", 0.90, 0.83),
    ("no-choices", 1.00, 0.94),
    ("no-contact", 0.85, 0.83),
    ("public-details", 0.70, 1.00),
    ("shouting", 1.00, 1.00),
    ("generic", 0.77, 0.71),
    ("negative-tone", 0.77, 0.67),
    ("risky-promise", 0.87, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND38_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind38_no_worse_than_now,
    "blind38",
    180,
    BLIND38_BASELINE,
    BLIND38_BLOCKED_GOOD
);

/// blind39 (first run in blind39-first-run.txt): 186 drafts.
const BLIND39_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.93, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.74, 0.58),
    ("defensive", 0.94, 0.78),
    ("no-choices", 1.00, 0.97),
    ("no-contact", 1.00, 0.91),
    ("public-details", 0.59, 0.94),
    ("shouting", 0.92, 1.00),
    ("generic", 1.00, 0.94),
    ("negative-tone", 0.82, 0.88),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND39_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind39_no_worse_than_now,
    "blind39",
    184,
    BLIND39_BASELINE,
    BLIND39_BLOCKED_GOOD
);

/// blind40 (first run in blind40-first-run.txt): 178 drafts.
const BLIND40_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.92, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.88, 0.70),
    ("defensive", 0.86, 0.83),
    ("no-choices", 0.91, 1.00),
    ("no-contact", 1.00, 0.91),
    ("public-details", 0.81, 0.81),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.72, 0.81),
    ("risky-promise", 0.88, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND40_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind40_no_worse_than_now,
    "blind40",
    176,
    BLIND40_BASELINE,
    BLIND40_BLOCKED_GOOD
);

// blind41 and blind42 stayed sealed until the layer was retrained on 42 sets and
// every guard passed (da8df85), and were run once then; their first runs are held.

/// blind41 (sealed; first run in blind41-first-run.txt): 182 drafts.
const BLIND41_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.90),
    ("no-empathy", 0.89, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.93, 0.81),
    ("defensive", 0.93, 0.91),
    ("no-choices", 0.99, 1.00),
    ("no-contact", 1.00, 0.95),
    ("public-details", 0.65, 0.91),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 1.00),
    ("negative-tone", 0.56, 0.75),
    ("risky-promise", 0.94, 0.88),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND41_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind41_no_worse_than_now,
    "blind41",
    180,
    BLIND41_BASELINE,
    BLIND41_BLOCKED_GOOD
);

/// blind42 (sealed; first run in blind42-first-run.txt): 189 drafts.
const BLIND42_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.97),
    ("no-empathy", 0.93, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.82),
    ("defensive", 0.92, 0.84),
    ("no-choices", 0.97, 0.98),
    ("no-contact", 1.00, 0.92),
    ("public-details", 0.94, 0.85),
    ("shouting", 1.00, 0.93),
    ("generic", 0.86, 0.86),
    ("negative-tone", 1.00, 0.74),
    ("risky-promise", 0.83, 0.95),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.75, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND42_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind42_no_worse_than_now,
    "blind42",
    187,
    BLIND42_BASELINE,
    BLIND42_BLOCKED_GOOD
);
