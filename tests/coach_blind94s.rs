//! Guards for the sealed sets blind94-96 and blind101-104, written in the
//! same rounds as the training sets blind89-93 and blind97-100 and run once
//! on 5eb75fc, after the layer was retrained on those (`blindN-first-run.txt`,
//! unedited). Each writer saw only categories.md and the file format. Held
//! at those runs; only ever raised.

/// blind94, sealed, run once on 5eb75fc (blind94-first-run.txt): 193 drafts.
const BLIND94_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.90),
    ("no-empathy", 0.91, 0.93),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.72, 0.77),
    ("defensive", 0.91, 0.93),
    ("no-choices", 0.98, 0.98),
    ("no-contact", 1.00, 0.96),
    ("public-details", 0.77, 1.00),
    ("shouting", 1.00, 0.91),
    ("generic", 0.82, 0.82),
    ("negative-tone", 0.92, 0.85),
    ("risky-promise", 0.95, 0.86),
    ("asks-removal", 0.93, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND94_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind94_no_worse_than_now,
    "blind94",
    191,
    BLIND94_BASELINE,
    BLIND94_BLOCKED_GOOD
);

/// blind95, sealed, run once on 5eb75fc (blind95-first-run.txt): 184 drafts.
const BLIND95_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.76),
    ("no-empathy", 0.76, 0.90),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.70, 0.86),
    ("defensive", 0.88, 0.88),
    ("no-choices", 0.91, 1.00),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.77, 0.92),
    ("shouting", 1.00, 0.90),
    ("generic", 0.58, 0.58),
    ("negative-tone", 0.77, 0.62),
    ("risky-promise", 1.00, 0.84),
    ("asks-removal", 1.00, 0.92),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND95_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind95_no_worse_than_now,
    "blind95",
    182,
    BLIND95_BASELINE,
    BLIND95_BLOCKED_GOOD
);

/// blind96, sealed, run once on 5eb75fc (blind96-first-run.txt): 192 drafts.
const BLIND96_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.82),
    ("no-empathy", 0.85, 1.00),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.77),
    ("defensive", 0.96, 0.84),
    ("no-choices", 0.95, 1.00),
    ("no-contact", 0.88, 1.00),
    ("public-details", 0.85, 0.94),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.85),
    ("negative-tone", 0.80, 0.57),
    ("risky-promise", 0.84, 0.80),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.89),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND96_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind96_no_worse_than_now,
    "blind96",
    190,
    BLIND96_BASELINE,
    BLIND96_BLOCKED_GOOD
);

/// blind101, sealed, run once on 5eb75fc (blind101-first-run.txt): 162 drafts.
const BLIND101_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.94),
    ("no-empathy", 0.95, 0.88),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.74, 0.89),
    ("defensive", 0.92, 0.88),
    ("no-choices", 0.97, 0.97),
    ("no-contact", 0.89, 1.00),
    ("public-details", 0.95, 0.88),
    ("shouting", 1.00, 1.00),
    ("generic", 0.88, 0.88),
    ("negative-tone", 0.75, 0.60),
    ("risky-promise", 1.00, 0.83),
    ("asks-removal", 0.91, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND101_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind101_no_worse_than_now,
    "blind101",
    160,
    BLIND101_BASELINE,
    BLIND101_BLOCKED_GOOD
);

/// blind102, sealed, run once on 5eb75fc (blind102-first-run.txt): 195 drafts.
const BLIND102_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.95),
    ("no-empathy", 0.86, 0.92),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.74, 0.74),
    ("defensive", 1.00, 0.88),
    ("no-choices", 0.88, 1.00),
    ("no-contact", 1.00, 1.00),
    ("public-details", 0.86, 0.86),
    ("shouting", 1.00, 1.00),
    ("generic", 0.92, 0.86),
    ("negative-tone", 1.00, 0.64),
    ("risky-promise", 0.94, 0.76),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND102_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind102_no_worse_than_now,
    "blind102",
    193,
    BLIND102_BASELINE,
    BLIND102_BLOCKED_GOOD
);

/// blind103, sealed, run once on 5eb75fc (blind103-first-run.txt): 189 drafts.
const BLIND103_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.93),
    ("no-empathy", 0.90, 0.95),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.82, 0.85),
    ("defensive", 0.97, 0.76),
    ("no-choices", 0.89, 0.96),
    ("no-contact", 1.00, 0.88),
    ("public-details", 0.75, 1.00),
    ("shouting", 1.00, 0.89),
    ("generic", 1.00, 0.80),
    ("negative-tone", 1.00, 0.69),
    ("risky-promise", 0.80, 0.75),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 1.00),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND103_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind103_no_worse_than_now,
    "blind103",
    187,
    BLIND103_BASELINE,
    BLIND103_BLOCKED_GOOD
);

/// blind104, sealed, run once on 5eb75fc (blind104-first-run.txt): 198 drafts.
const BLIND104_BASELINE: &[(&str, f64, f64)] = &[
    ("no-apology", 1.00, 0.83),
    ("no-empathy", 0.91, 0.89),
    ("no-thanks", 1.00, 1.00),
    ("blame", 0.89, 0.71),
    ("defensive", 0.93, 0.86),
    ("no-choices", 0.97, 1.00),
    ("no-contact", 0.96, 0.88),
    ("public-details", 0.79, 0.90),
    ("shouting", 0.92, 1.00),
    ("generic", 0.75, 0.88),
    ("negative-tone", 0.83, 0.62),
    ("risky-promise", 0.95, 0.86),
    ("asks-removal", 1.00, 1.00),
    ("placeholder", 1.00, 0.89),
    ("legal-risk", 1.00, 1.00),
];

/// Its good drafts that still block (none may be added).
const BLIND104_BLOCKED_GOOD: &[&str] = &[];

no_worse_than_now!(
    blind104_no_worse_than_now,
    "blind104",
    196,
    BLIND104_BASELINE,
    BLIND104_BLOCKED_GOOD
);
