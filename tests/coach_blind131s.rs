//! Guards for the sealed sets blind131-136, written blind in the seventh
//! round (each writer saw only categories.md and the file format; the sets
//! were designated sealed before writing and not opened until their run)
//! and run once on ab51ccf (`blindN-first-run.txt`, unedited). Held at
//! those runs; only ever raised.

/// blind131, sealed, run once on ab51ccf (blind131-first-run.txt): 192 drafts.
const BLIND131_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.64),
    ("no-empathy", 0.80, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.84, 0.88),
    ("defensive", 0.91, 0.91),
    ("no-choices", 1.00, 0.94),
    ("no-contact", 0.80, 0.86),
    ("public-details", 0.88, 0.75),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.90),
    ("negative-tone", 0.90, 0.82),
    ("risky-promise", 0.94, 0.94),
    ("asks-removal", 0.91, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND131_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind131_no_worse_than_now,
    "blind131",
    190,
    BLIND131_BASELINE,
    BLIND131_BLOCKED_GOOD
);

/// blind132, sealed, run once on ab51ccf (blind132-first-run.txt): 168 drafts.
const BLIND132_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.91, 0.91),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.85, 0.87),
    ("defensive", 0.98, 0.91),
    ("no-choices", 0.94, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.77, 0.87),
    ("shouting", 1.00, 1.00),
    ("generic", 0.86, 0.55),
    ("negative-tone", 1.00, 0.93),
    ("risky-promise", 0.81, 0.81),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND132_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind132_no_worse_than_now,
    "blind132",
    166,
    BLIND132_BASELINE,
    BLIND132_BLOCKED_GOOD
);

/// blind133, sealed, run once on ab51ccf (blind133-first-run.txt): 193 drafts.
const BLIND133_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.73),
    ("no-empathy", 0.78, 0.95),
    ("no-thanks", 0.89, 1.00),
    ("blame", 0.80, 0.80),
    ("defensive", 0.93, 0.93),
    ("no-choices", 1.00, 0.97),
    ("no-contact", 0.86, 1.00),
    ("public-details", 1.00, 0.83),
    ("shouting", 1.00, 1.00),
    ("generic", 0.87, 1.00),
    ("negative-tone", 0.86, 0.60),
    // Layer retrained on 140 sets, threshold 1.5 -> 0.5: precision 1.00 -> 0.96, recall 0.83 -> 1.00.
    ("risky-promise", 0.96, 1.00),
    ("asks-removal", 0.94, 1.00),
    ("placeholder", 1.00, 0.90),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND133_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind133_no_worse_than_now,
    "blind133",
    191,
    BLIND133_BASELINE,
    BLIND133_BLOCKED_GOOD
);

/// blind134, sealed, run once on ab51ccf (blind134-first-run.txt): 186 drafts.
const BLIND134_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.81),
    ("no-empathy", 0.91, 0.91),
    ("no-thanks", 0.93, 1.00),
    ("blame", 0.86, 0.74),
    ("defensive", 0.98, 0.82),
    ("no-choices", 0.88, 0.98),
    ("no-contact", 1.00, 0.82),
    ("public-details", 0.85, 0.92),
    ("shouting", 1.00, 0.92),
    ("generic", 0.92, 0.75),
    ("negative-tone", 0.83, 0.83),
    ("risky-promise", 1.00, 0.94),
    ("asks-removal", 1.00, 0.88),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND134_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind134_no_worse_than_now,
    "blind134",
    184,
    BLIND134_BASELINE,
    BLIND134_BLOCKED_GOOD
);

/// blind135, sealed, run once on ab51ccf (blind135-first-run.txt): 192 drafts.
const BLIND135_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 0.94, 0.88),
    ("no-empathy", 0.92, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.69, 0.79),
    ("defensive", 0.93, 0.85),
    ("no-choices", 0.89, 0.97),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.78, 0.83),
    ("shouting", 1.00, 1.00),
    ("generic", 1.00, 0.85),
    ("negative-tone", 1.00, 0.62),
    ("risky-promise", 1.00, 0.81),
    ("asks-removal", 0.92, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND135_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind135_no_worse_than_now,
    "blind135",
    190,
    BLIND135_BASELINE,
    BLIND135_BLOCKED_GOOD
);

/// blind136, sealed, run once on ab51ccf (blind136-first-run.txt): 191 drafts.
const BLIND136_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.80),
    ("no-empathy", 0.88, 0.98),
    ("no-thanks", 1.00, 0.92),
    ("blame", 0.81, 0.90),
    ("defensive", 0.88, 0.95),
    ("no-choices", 0.97, 1.00),
    ("no-contact", 0.88, 1.00),
    ("public-details", 0.92, 0.92),
    ("shouting", 1.00, 0.91),
    ("generic", 1.00, 1.00),
    ("negative-tone", 0.82, 0.82),
    ("risky-promise", 0.86, 1.00),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 0.75),
];

/// Its good drafts that still block (none may be added).
const BLIND136_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind136_no_worse_than_now,
    "blind136",
    189,
    BLIND136_BASELINE,
    BLIND136_BLOCKED_GOOD
);
