//! Guards for the six training sets blind51 to blind56 and the sealed
//! blind57 and blind58, each by a writer who saw only categories.md and
//! the file format. The training sets were each run once on ae6cae1,
//! before the learned sentence layer was trained on them; the sealed ones
//! as noted below (`blindN-first-run.txt`, unedited). Held at the first
//! runs; only ever raised.

/// blind51 (first run in blind51-first-run.txt): 196 drafts.
const BLIND51_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.94),
    ("no-empathy", 0.91, 0.88),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.90, 0.79),
    ("defensive", 0.94, 0.89),
    ("no-choices", 0.87, 0.93),
    ("no-contact", 0.96, 1.00),
    ("public-details", 0.82, 0.69),
    ("shouting", 0.94, 0.94),
    ("generic", 0.86, 0.92),
    ("negative-tone", 1.00, 0.79),
    ("risky-promise", 0.95, 0.95),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND51_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind51_no_worse_than_now,
    "blind51",
    194,
    BLIND51_BASELINE,
    BLIND51_BLOCKED_GOOD
);

/// blind52 (first run in blind52-first-run.txt): 189 drafts.
const BLIND52_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.89),
    ("no-empathy", 0.93, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.71),
    ("defensive", 0.85, 0.96),
    ("no-choices", 1.00, 0.98),
    ("no-contact", 1.00, 0.91),
    ("public-details", 0.58, 0.95),
    ("shouting", 1.00, 1.00),
    ("generic", 0.82, 0.93),
    ("negative-tone", 0.75, 0.86),
    ("risky-promise", 0.93, 0.93),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.72, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND52_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind52_no_worse_than_now,
    "blind52",
    187,
    BLIND52_BASELINE,
    BLIND52_BLOCKED_GOOD
);

/// blind53 (first run in blind53-first-run.txt): 201 drafts.
const BLIND53_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.86),
    ("no-empathy", 0.90, 0.90),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.83, 0.73),
    ("defensive", 0.82, 0.92),
    ("no-choices", 0.88, 0.95),
    ("no-contact", 0.96, 0.98),
    ("public-details", 0.69, 0.86),
    ("shouting", 1.00, 1.00),
    ("generic", 0.94, 0.84),
    ("negative-tone", 0.78, 0.78),
    ("risky-promise", 1.00, 0.91),
    ("asks-removal", 1.00, 0.95),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND53_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind53_no_worse_than_now,
    "blind53",
    199,
    BLIND53_BASELINE,
    BLIND53_BLOCKED_GOOD
);

/// blind54 (first run in blind54-first-run.txt): 181 drafts.
const BLIND54_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 1.00),
    ("no-empathy", 0.93, 0.87),
    ("no-thanks", 0.92, 1.00),
    ("blame", 0.93, 0.68),
    ("defensive", 0.88, 0.85),
    ("no-choices", 0.90, 0.96),
    ("no-contact", 0.97, 1.00),
    ("public-details", 0.87, 0.93),
    ("shouting", 1.00, 1.00),
    ("generic", 0.85, 0.79),
    ("negative-tone", 1.00, 0.72),
    ("risky-promise", 1.00, 0.83),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.81, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND54_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind54_no_worse_than_now,
    "blind54",
    179,
    BLIND54_BASELINE,
    BLIND54_BLOCKED_GOOD
);

/// blind55 (first run in blind55-first-run.txt): 180 drafts.
const BLIND55_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.88),
    ("no-empathy", 0.94, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.83, 0.83),
    ("defensive", 0.75, 0.86),
    ("no-choices", 0.92, 0.98),
    ("no-contact", 0.92, 0.79),
    ("public-details", 0.89, 0.92),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.93, 0.87),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 1.00, 0.85),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND55_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind55_no_worse_than_now,
    "blind55",
    178,
    BLIND55_BASELINE,
    BLIND55_BLOCKED_GOOD
);

/// blind56 (first run in blind56-first-run.txt): 180 drafts.
const BLIND56_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.93),
    ("no-empathy", 0.93, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.72),
    ("defensive", 0.91, 0.81),
    ("no-choices", 0.97, 0.98),
    ("no-contact", 1.00, 0.90),
    ("public-details", 0.94, 0.91),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 0.93),
    ("negative-tone", 0.87, 0.72),
    ("risky-promise", 0.90, 0.95),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND56_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind56_no_worse_than_now,
    "blind56",
    178,
    BLIND56_BASELINE,
    BLIND56_BLOCKED_GOOD
);

// blind57 and blind58 stayed sealed until the layer was retrained on 60 sets and
// every guard passed (959b5c8), and were run once then; their first runs are held.

/// blind57 (sealed; first run in blind57-first-run.txt): 193 drafts.
const BLIND57_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.94, 0.91),
    ("no-thanks", 1.00, 0.95),
    ("blame", 0.88, 0.85),
    ("defensive", 0.90, 0.94),
    ("no-choices", 0.82, 0.98),
    ("no-contact", 1.00, 0.90),
    ("public-details", 0.78, 0.90),
    ("shouting", 1.00, 0.95),
    ("generic", 1.00, 0.88),
    ("negative-tone", 0.89, 0.81),
    ("risky-promise", 0.91, 0.88),
    ("asks-removal", 1.00, 0.89),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND57_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind57_no_worse_than_now,
    "blind57",
    191,
    BLIND57_BASELINE,
    BLIND57_BLOCKED_GOOD
);

/// blind58 (sealed; first run in blind58-first-run.txt): 200 drafts.
const BLIND58_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.93),
    ("no-empathy", 0.90, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.68),
    ("defensive", 0.98, 0.78),
    ("no-choices", 0.97, 1.00),
    ("no-contact", 0.94, 0.97),
    ("public-details", 0.83, 0.96),
    ("shouting", 1.00, 0.95),
    ("generic", 0.88, 1.00),
    ("negative-tone", 0.87, 0.76),
    ("risky-promise", 0.91, 0.87),
    ("asks-removal", 1.00, 0.89),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND58_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind58_no_worse_than_now,
    "blind58",
    198,
    BLIND58_BASELINE,
    BLIND58_BLOCKED_GOOD
);
