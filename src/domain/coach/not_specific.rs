//! Words a reply shares with the review that still do not show the review
//! was read (`generic`): a span of time or work in general, and the shop's
//! own name where the reply names it.

use super::text::{Text, Word};

/// A span of time or work in general: "a free month", "always working to
/// improve" share a word with "this month" or "work done" and still say
/// nothing of this review. (Not stopwords: an option such as "3 months
/// free" is still named by them.)
pub(super) fn says_nothing_of_this_review(lw: &str) -> bool {
    matches!(
        lw,
        "week" | "weeks" | "month" | "months" | "working" | "work" | "improve"
    )
}

/// A word of the shop's own name where the reply names it ("thank you for
/// choosing Lauren Hayes Photography", "enjoying Tasklane"): no sign the
/// review was read.
pub(super) fn shop_name(text: &Text, w: &Word) -> bool {
    let raw = text.raw(w);
    if !raw.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // Back over the capitalised run to the word before it.
    let k = text.words.partition_point(|v| v.start < w.start);
    let before = (0..=k).rev().skip(1).find(|&j| {
        !text
            .raw(&text.words[j])
            .starts_with(|c: char| c.is_uppercase())
    });
    before.is_some_and(|j| {
        text.words[j].sentence == w.sentence
            && matches!(
                text.lower(&text.words[j]),
                "choosing" | "chose" | "enjoying" | "using" | "joining" | "supporting" | "trusting"
            )
    })
}
