//! Blame guards for the five newest writers' sets (blind18, blind19 and the
//! training sets blind22, 23 and 24), from the blame5 pass: the generic
//! cause shapes (`generic_causes.rs`), blame words only retold
//! (`fault_reported.rs`), and the learned blame layer retrained on all five
//! sets. These are development figures, not a fair measurement: the layer
//! was trained on every one of these sets, so its part here is memorised and
//! moves a draft or two whenever it is retrained. The fair figures (blind22,
//! 23 and 24 measured before anyone read them, with the layer trained
//! without them) are in `data/coach/learned_blame_results.md`, section 10.
//! Only ever raised; a blocked list only ever shrinks (the drafts listed
//! block on public-details, not blame).

use super::no_worse_than;

/// Its good drafts that still block (none may be added).
const NONE_BLOCKED: &[&str] = &[];

#[test]
fn blind18_blame_holds() {
    no_worse_than(
        "blind18",
        include_str!("data/coach/blind18.toml"),
        178,
        &[("blame", 0.98, 0.94)],
        NONE_BLOCKED,
    );
}

/// blind19, 22, 23 and 24 held lower than their first guards (one to three
/// drafts each): in-sample figures of the learned layer, which fell as it
/// was retrained on 44 and then 52 sets with a weaker L2; the sets left out
/// of its training rose (learned_sentences_results.md).
#[test]
fn blind19_blame_holds() {
    no_worse_than(
        "blind19",
        include_str!("data/coach/blind19.toml"),
        179,
        &[("blame", 0.96, 0.93)],
        NONE_BLOCKED,
    );
}

#[test]
fn blind22_blame_holds() {
    no_worse_than(
        "blind22",
        include_str!("data/coach/blind22.toml"),
        193,
        &[("blame", 0.94, 0.96)],
        &["ridgeline_skate-coach-5 (public-details)"],
    );
}

#[test]
fn blind23_blame_holds() {
    no_worse_than(
        "blind23",
        include_str!("data/coach/blind23.toml"),
        192,
        &[("blame", 0.96, 0.90)],
        &["cocktail_bar_joburg-7 (public-details)"],
    );
}

#[test]
fn blind24_blame_holds() {
    no_worse_than(
        "blind24",
        include_str!("data/coach/blind24.toml"),
        187,
        // Recall 0.94 -> 0.92 (one draft) when retrained on 86 sets.
        &[("blame", 0.94, 0.92)],
        NONE_BLOCKED,
    );
}
