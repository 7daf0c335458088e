//! Guards for the seven sets written this stop, each by a writer who saw
//! only categories.md and the file format. blind22, 23 and 24 were written
//! first, run once on c3fea71 (their `blindN-first-run.txt`) and then
//! studied by the tone5, details4, blame5 and misc3 passes as development
//! sets. blind20, 21, 25 and 26 stayed sealed until every branch was merged
//! and were run once on d484d70 (`blindN-first-run.txt`, unedited). The
//! figures held are what the rules measure now (after the legal-risk fix
//! for names); blame is held to each first run, because the learned blame
//! layer will be trained on these sets. Only ever raised.

/// blind20 (first run in blind20-first-run.txt): 200 drafts.
const BLIND20_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.83),
    ("no-empathy", 0.93, 0.90),
    ("no-thanks", 0.94, 1.00),
    ("blame", 0.91, 0.65),
    ("defensive", 0.89, 0.81),
    ("no-choices", 0.86, 0.97),
    ("no-contact", 0.92, 0.96),
    ("public-details", 0.76, 0.96),
    ("shouting", 0.93, 0.93),
    ("generic", 1.00, 0.80),
    ("negative-tone", 1.00, 0.50),
    ("risky-promise", 0.84, 1.00), // 0.86/0.75 before the layer was retrained on 163 sets
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND20_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind20_no_worse_than_now,
    "blind20",
    198,
    BLIND20_BASELINE,
    BLIND20_BLOCKED_GOOD
);

/// blind21 (first run in blind21-first-run.txt): 188 drafts.
const BLIND21_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.96),
    ("no-empathy", 0.78, 0.96),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.68),
    ("defensive", 0.91, 0.63),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 0.95, 0.80),
    ("public-details", 0.71, 0.71),
    ("shouting", 1.00, 1.00),
    ("generic", 0.93, 0.82),
    ("negative-tone", 0.92, 0.79),
    ("risky-promise", 0.92, 0.67),
    ("asks-removal", 0.92, 0.85),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND21_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind21_no_worse_than_now,
    "blind21",
    186,
    BLIND21_BASELINE,
    BLIND21_BLOCKED_GOOD
);

/// blind22 (first run in blind22-first-run.txt): 193 drafts.
const BLIND22_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.86),
    ("no-empathy", 0.83, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.60),
    ("defensive", 0.90, 1.00),
    ("no-choices", 0.95, 0.95),
    ("no-contact", 0.97, 0.94),
    ("public-details", 0.68, 0.74),
    ("shouting", 1.00, 1.00),
    ("generic", 0.75, 0.82),
    ("negative-tone", 1.00, 0.63),
    ("risky-promise", 1.00, 0.83),
    ("asks-removal", 0.91, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND22_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind22_no_worse_than_now,
    "blind22",
    191,
    BLIND22_BASELINE,
    BLIND22_BLOCKED_GOOD
);

/// blind23 (first run in blind23-first-run.txt): 192 drafts.
const BLIND23_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.94, 0.91),
    ("no-empathy", 0.89, 0.94),
    ("no-thanks", 0.86, 1.00),
    ("blame", 0.91, 0.65),
    ("defensive", 0.98, 0.85),
    ("no-choices", 0.97, 0.94),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.85, 0.69),
    ("shouting", 0.92, 1.00),
    ("generic", 0.88, 1.00),
    ("negative-tone", 1.00, 0.75),
    ("risky-promise", 0.93, 1.00), // 1.00/1.00 before the layer was retrained on 163 sets
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND23_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind23_no_worse_than_now,
    "blind23",
    190,
    BLIND23_BASELINE,
    BLIND23_BLOCKED_GOOD
);

/// blind24 (first run in blind24-first-run.txt): 187 drafts.
const BLIND24_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.95, 1.00),
    ("no-empathy", 0.93, 0.91),
    ("no-thanks", 0.94, 1.00),
    ("blame", 0.82, 0.56),
    ("defensive", 0.91, 0.83),
    ("no-choices", 0.88, 1.00),
    ("no-contact", 1.00, 0.94),
    ("public-details", 0.92, 0.73),
    ("shouting", 1.00, 1.00),
    ("generic", 0.75, 0.82),
    ("negative-tone", 0.94, 0.74),
    // 0.89 / 0.67 until the 84-set layer (F1 0.76 -> 0.92, in-sample).
    ("risky-promise", 0.86, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND24_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind24_no_worse_than_now,
    "blind24",
    185,
    BLIND24_BASELINE,
    BLIND24_BLOCKED_GOOD
);

/// blind25 (first run in blind25-first-run.txt): 183 drafts.
const BLIND25_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.93),
    ("no-empathy", 0.91, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.93, 0.67),
    ("defensive", 0.91, 0.88),
    ("no-choices", 0.96, 0.96),
    ("no-contact", 0.93, 0.96),
    ("public-details", 0.76, 0.79),
    ("shouting", 1.00, 1.00),
    ("generic", 0.79, 0.79),
    ("negative-tone", 1.00, 0.44),
    ("risky-promise", 1.00, 0.83),
    ("asks-removal", 0.94, 0.88),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND25_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind25_no_worse_than_now,
    "blind25",
    181,
    BLIND25_BASELINE,
    BLIND25_BLOCKED_GOOD
);

/// blind26 (first run in blind26-first-run.txt): 180 drafts.
const BLIND26_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.89),
    ("no-empathy", 0.86, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.90, 0.61),
    ("defensive", 0.95, 0.85),
    ("no-choices", 0.99, 1.00),
    ("no-contact", 1.00, 0.75),
    ("public-details", 0.85, 0.66),
    ("shouting", 1.00, 0.95),
    ("generic", 1.00, 0.72),
    ("negative-tone", 0.93, 0.72),
    ("risky-promise", 1.00, 0.74),
    ("asks-removal", 1.00, 0.90),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND26_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind26_no_worse_than_now,
    "blind26",
    178,
    BLIND26_BASELINE,
    BLIND26_BLOCKED_GOOD
);
