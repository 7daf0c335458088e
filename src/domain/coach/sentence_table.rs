//! The harness the sentence tables share (clause, shape and outside-blame
//! tests): a reply checked against a review, and rows of what it must and
//! must not raise.

use super::*;

/// (a reply, the categories it must raise, the ones it must not)
pub(super) type Row = (&'static str, &'static [Category], &'static [Category]);

/// The categories the coach raises on these drafts of a reply to `review`.
pub(super) fn raised(
    review: &str,
    public: &str,
    private: &str,
    offered: &[String],
) -> Vec<Category> {
    let input = CoachInput {
        review,
        public,
        private,
        min_choices: 0,
        offered_choices: offered,
        shop: &NO_SHOP,
    };
    check(&input, &CoachRules::default())
        .findings
        .iter()
        .map(|f| f.category)
        .collect()
}

/// Each row's public reply (to `review`, with no private message) raises
/// what it must and spares what it must not.
pub(super) fn assert_rows(review: &str, rows: &[Row]) {
    for (text, raise, spare) in rows {
        let got = raised(review, text, "", &[]);
        for c in *raise {
            assert!(got.contains(c), "{text:?} should raise {c}: {got:?}");
        }
        for c in *spare {
            assert!(!got.contains(c), "{text:?} should not raise {c}: {got:?}");
        }
    }
}
