//! Guards for the sealed sets blind183-188, written blind in the sixteenth
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on 40a59a8 (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised. The two good drafts blocked there
//! (blind184 fishmonger-1, blind185 weddingdj_playlist-good-1) were fixed
//! after, so none may block now.

/// blind183, sealed, run once on 40a59a8 (blind183-first-run.txt): 162 drafts.
const BLIND183_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.89),
    ("no-empathy", 0.97, 0.88),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.81, 0.90),
    ("defensive", 0.90, 0.97), // 0.92/0.97 before the layer read the new tone phrases (bouncy_late-shoutout-back)
    ("no-choices", 0.93, 1.00),
    ("no-contact", 1.00, 0.92),
    ("public-details", 1.00, 0.87),
    ("shouting", 1.00, 1.00),
    ("generic", 0.88, 0.93),
    ("negative-tone", 0.69, 0.82),
    ("risky-promise", 0.88, 0.93),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND183_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind183_no_worse_than_now,
    "blind183",
    160,
    BLIND183_BASELINE,
    BLIND183_BLOCKED_GOOD
);

/// blind184, sealed, run once on 40a59a8 (blind184-first-run.txt): 162 drafts.
const BLIND184_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.92, 0.86),
    ("no-empathy", 0.94, 0.92),
    ("no-thanks", 1.00, 0.91),
    ("blame", 0.74, 0.87),
    ("defensive", 0.96, 0.88),
    ("no-choices", 0.93, 0.98),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.85, 0.71),
    ("shouting", 0.90, 0.90),
    ("generic", 0.92, 0.92),
    ("negative-tone", 0.82, 0.69),
    ("risky-promise", 0.95, 0.90),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.33),
];

/// Its good drafts that still block (none may be added).
const BLIND184_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind184_no_worse_than_now,
    "blind184",
    160,
    BLIND184_BASELINE,
    BLIND184_BLOCKED_GOOD
);

/// blind185, sealed, run once on 40a59a8 (blind185-first-run.txt): 165 drafts.
const BLIND185_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.89),
    ("no-empathy", 1.00, 0.94),
    ("no-thanks", 0.95, 1.00),
    ("blame", 0.85, 0.92),
    ("defensive", 0.97, 0.91),
    ("no-choices", 0.97, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.88, 0.95),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.82, 0.90),
    ("risky-promise", 0.95, 0.86),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND185_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind185_no_worse_than_now,
    "blind185",
    163,
    BLIND185_BASELINE,
    BLIND185_BLOCKED_GOOD
);

/// blind186, sealed, run once on 40a59a8 (blind186-first-run.txt): 166 drafts.
const BLIND186_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.93, 0.78),
    ("no-empathy", 0.88, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.90, 0.84),
    ("defensive", 0.90, 0.90),
    ("no-choices", 0.95, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.79, 0.96),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.85),
    ("negative-tone", 0.89, 0.73),
    ("risky-promise", 0.93, 0.93),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.65, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND186_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind186_no_worse_than_now,
    "blind186",
    164,
    BLIND186_BASELINE,
    BLIND186_BLOCKED_GOOD
);

/// blind187, sealed, run once on 40a59a8 (blind187-first-run.txt): 169 drafts.
const BLIND187_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.91, 0.62),
    ("no-empathy", 0.93, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.93, 0.83),
    ("defensive", 0.88, 0.86),
    ("no-choices", 0.95, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.93, 0.97),
    ("shouting", 1.00, 0.90),
    ("generic", 0.91, 0.77),
    ("negative-tone", 0.92, 0.92),
    ("risky-promise", 0.89, 0.89),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 0.80, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND187_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind187_no_worse_than_now,
    "blind187",
    167,
    BLIND187_BASELINE,
    BLIND187_BLOCKED_GOOD
);

/// blind188, sealed, run once on 40a59a8 (blind188-first-run.txt): 162 drafts.
const BLIND188_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.77),
    ("no-empathy", 0.94, 0.85),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.80, 0.90),
    ("defensive", 0.85, 0.88),
    ("no-choices", 1.00, 0.95),
    ("no-contact", 1.00, 0.92),
    ("public-details", 1.00, 0.90),
    ("shouting", 1.00, 0.92),
    ("generic", 0.92, 0.92),
    ("negative-tone", 0.91, 0.91),
    ("risky-promise", 0.85, 0.79),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND188_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind188_no_worse_than_now,
    "blind188",
    160,
    BLIND188_BASELINE,
    BLIND188_BLOCKED_GOOD
);
