//! Guards for the sealed blind75 and blind76 (run once on f294c5c), the
//! training sets blind77 to blind82 (run once on c91e3a2) and the sealed
//! blind83 and blind84 (run once on 5be3492), blind85 and blind86 (run
//! once on b3edff4) and blind87 and blind88 (run once on 6f302fb).
//! Each writer saw only categories.md and the file format (blind59-74 as
//! of 3fc6b62: amounts repeated in public settled as public-details, and
//! names too; blind75-86 as of 289d83f, where names were taken back).
//! Training sets were run once before the learned sentence layer was
//! trained on them, sealed sets once after it settled (`blindN-first-run.txt`,
//! unedited). Held at those runs; only ever raised.

/// blind75, sealed, run once on f294c5c (blind75-first-run.txt): 178 drafts.
const BLIND75_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.97, 0.94),
    ("no-empathy", 0.89, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.86, 0.75),
    ("defensive", 0.88, 0.96),
    ("no-choices", 1.00, 0.98),
    ("no-contact", 0.97, 0.92),
    ("public-details", 0.88, 0.77),
    ("shouting", 1.00, 1.00),
    ("generic", 0.86, 0.86),
    ("negative-tone", 0.93, 0.88),
    ("risky-promise", 0.70, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND75_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind75_no_worse_than_now,
    "blind75",
    176,
    BLIND75_BASELINE,
    BLIND75_BLOCKED_GOOD
);

/// blind76, sealed, run once on f294c5c (blind76-first-run.txt): 180 drafts.
const BLIND76_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.97),
    ("no-empathy", 0.78, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.83, 0.78),
    ("defensive", 0.93, 0.93),
    ("no-choices", 0.90, 0.98),
    ("no-contact", 0.90, 1.00),
    ("public-details", 0.81, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 0.91, 0.67),
    ("negative-tone", 0.86, 0.71),
    ("risky-promise", 0.93, 0.87),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND76_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind76_no_worse_than_now,
    "blind76",
    178,
    BLIND76_BASELINE,
    BLIND76_BLOCKED_GOOD
);

/// blind77 (first run in blind77-first-run.txt): 188 drafts.
const BLIND77_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.86),
    ("no-empathy", 0.80, 0.91),
    ("no-thanks", 0.96, 1.00),
    ("blame", 0.85, 0.89),
    ("defensive", 0.87, 0.85),
    ("no-choices", 0.96, 0.98),
    ("no-contact", 0.96, 0.96),
    ("public-details", 0.87, 0.87),
    ("shouting", 1.00, 1.00),
    ("generic", 0.90, 0.82),
    ("negative-tone", 1.00, 0.71),
    ("risky-promise", 0.91, 0.83),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND77_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind77_no_worse_than_now,
    "blind77",
    186,
    BLIND77_BASELINE,
    BLIND77_BLOCKED_GOOD
);

/// blind78 (first run in blind78-first-run.txt): 181 drafts.
const BLIND78_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.86),
    ("no-empathy", 0.85, 0.87),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.74, 0.84),
    ("defensive", 0.93, 0.93),
    ("no-choices", 0.90, 0.98),
    ("no-contact", 0.92, 0.86),
    ("public-details", 0.79, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.64),
    ("negative-tone", 0.85, 0.92),
    ("risky-promise", 0.93, 1.00),
    ("asks-removal", 0.91, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND78_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind78_no_worse_than_now,
    "blind78",
    179,
    BLIND78_BASELINE,
    BLIND78_BLOCKED_GOOD
);

/// blind79 (first run in blind79-first-run.txt): 184 drafts.
const BLIND79_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.84),
    ("no-empathy", 0.89, 0.89),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.87, 0.83),
    ("defensive", 0.90, 0.92),
    ("no-choices", 0.89, 0.96),
    ("no-contact", 0.83, 0.97),
    ("public-details", 0.96, 0.80),
    ("shouting", 1.00, 0.95),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.76, 0.93),
    ("risky-promise", 0.90, 0.95),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND79_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind79_no_worse_than_now,
    "blind79",
    182,
    BLIND79_BASELINE,
    BLIND79_BLOCKED_GOOD
);

/// blind80 (first run in blind80-first-run.txt): 187 drafts.
const BLIND80_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.92, 0.92),
    ("no-empathy", 0.88, 0.94),
    ("no-thanks", 0.88, 1.00),
    ("blame", 0.91, 0.73),
    ("defensive", 0.85, 0.88),
    ("no-choices", 0.98, 0.93),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.85, 0.76),
    ("shouting", 1.00, 0.94),
    ("generic", 0.81, 0.93),
    ("negative-tone", 0.80, 0.80),
    ("risky-promise", 0.75, 1.00), // 0.77/0.94 before the layer was retrained on 163 sets
    ("asks-removal", 0.90, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND80_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind80_no_worse_than_now,
    "blind80",
    185,
    BLIND80_BASELINE,
    BLIND80_BLOCKED_GOOD
);

/// blind81 (first run in blind81-first-run.txt): 179 drafts.
const BLIND81_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.89),
    ("no-empathy", 0.95, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.80),
    ("defensive", 1.00, 0.81),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.86),
    ("public-details", 0.96, 0.84),
    ("shouting", 1.00, 0.95),
    ("generic", 0.94, 0.84),
    ("negative-tone", 0.94, 0.79),
    ("risky-promise", 1.00, 0.80),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND81_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind81_no_worse_than_now,
    "blind81",
    177,
    BLIND81_BASELINE,
    BLIND81_BLOCKED_GOOD
);

/// blind82 (first run in blind82-first-run.txt): 180 drafts.
const BLIND82_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.94, 0.93),
    ("no-thanks", 1.00, 0.97),
    ("blame", 0.76, 0.90),
    ("defensive", 0.84, 0.88),
    ("no-choices", 0.94, 1.00),
    ("no-contact", 0.97, 0.95),
    ("public-details", 0.87, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 0.94, 0.77),
    ("negative-tone", 0.86, 0.75),
    ("risky-promise", 0.90, 0.90),
    ("asks-removal", 1.00, 0.94),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND82_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind82_no_worse_than_now,
    "blind82",
    178,
    BLIND82_BASELINE,
    BLIND82_BLOCKED_GOOD
);

/// blind83, sealed, run once on 5be3492 (blind83-first-run.txt): 178 drafts.
const BLIND83_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.92),
    ("no-empathy", 0.75, 0.94),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.94, 0.79),
    ("defensive", 0.89, 0.88),
    ("no-choices", 1.00, 0.96),
    ("no-contact", 0.97, 0.92),
    ("public-details", 0.92, 0.81),
    ("shouting", 1.00, 1.00),
    ("generic", 0.77, 0.77),
    ("negative-tone", 0.69, 0.79),
    ("risky-promise", 0.79, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND83_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind83_no_worse_than_now,
    "blind83",
    176,
    BLIND83_BASELINE,
    BLIND83_BLOCKED_GOOD
);

/// blind84, sealed, run once on 5be3492 (blind84-first-run.txt): 195 drafts.
const BLIND84_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.88, 0.96),
    ("no-thanks", 0.94, 0.94),
    ("blame", 0.94, 0.85),
    ("defensive", 0.96, 0.89),
    ("no-choices", 0.92, 1.00),
    ("no-contact", 0.96, 0.77),
    ("public-details", 0.90, 0.90),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.79),
    ("negative-tone", 0.86, 0.86),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 0.93, 0.93),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND84_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind84_no_worse_than_now,
    "blind84",
    193,
    BLIND84_BASELINE,
    BLIND84_BLOCKED_GOOD
);

/// blind85, sealed, run once on b3edff4 (blind85-first-run.txt): 180 drafts.
const BLIND85_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.89),
    ("no-empathy", 0.91, 0.97),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.91, 0.78),
    ("defensive", 0.92, 0.94),
    ("no-choices", 1.00, 0.98),
    ("no-contact", 0.91, 0.93),
    ("public-details", 0.93, 0.76),
    ("shouting", 1.00, 1.00),
    ("generic", 0.91, 0.67),
    ("negative-tone", 0.78, 0.93),
    ("risky-promise", 1.00, 0.93),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND85_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind85_no_worse_than_now,
    "blind85",
    178,
    BLIND85_BASELINE,
    BLIND85_BLOCKED_GOOD
);

/// blind86, sealed, run once on b3edff4 (blind86-first-run.txt): 198 drafts.
const BLIND86_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.97),
    ("no-empathy", 0.84, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.83, 0.80),
    ("defensive", 0.91, 0.91),
    ("no-choices", 1.00, 1.00),
    ("no-contact", 1.00, 0.95),
    ("public-details", 0.80, 0.92),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.88, 0.88),
    ("risky-promise", 1.00, 0.92),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND86_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind86_no_worse_than_now,
    "blind86",
    196,
    BLIND86_BASELINE,
    BLIND86_BLOCKED_GOOD
);

/// blind87, sealed, run once on 6f302fb (blind87-first-run.txt): 187 drafts.
const BLIND87_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.84),
    ("no-empathy", 0.93, 0.86),
    ("no-thanks", 0.94, 1.00),
    ("blame", 0.91, 0.74),
    ("defensive", 0.92, 0.82),
    ("no-choices", 0.90, 1.00),
    ("no-contact", 0.97, 0.97),
    ("public-details", 0.88, 0.88),
    ("shouting", 1.00, 1.00),
    ("generic", 0.76, 0.93),
    ("negative-tone", 0.87, 0.72),
    ("risky-promise", 0.82, 1.00), // 0.87/0.93 before the layer was retrained on 163 sets
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND87_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind87_no_worse_than_now,
    "blind87",
    185,
    BLIND87_BASELINE,
    BLIND87_BLOCKED_GOOD
);

/// blind88, sealed, run once on 6f302fb (blind88-first-run.txt): 191 drafts.
const BLIND88_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.91),
    ("no-empathy", 0.89, 0.93),
    ("no-thanks", 0.96, 1.00),
    ("blame", 0.88, 0.84),
    ("defensive", 0.90, 0.92),
    ("no-choices", 0.91, 1.00),
    ("no-contact", 0.93, 0.90),
    ("public-details", 0.86, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 0.95, 0.82),
    ("negative-tone", 0.75, 0.86),
    ("risky-promise", 0.75, 1.00), // 0.80/1.00 before the layer was retrained on 163 sets
    ("asks-removal", 1.00, 0.91),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND88_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind88_no_worse_than_now,
    "blind88",
    189,
    BLIND88_BASELINE,
    BLIND88_BLOCKED_GOOD
);
