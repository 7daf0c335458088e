//! Words a reply shares with the review that still do not show the review
//! was read (`generic`): a span of time or work in general, and the shop's
//! own name where the reply names it.

use super::shop::ReplyKind;
use super::text::{Text, Word};

/// A span of time or work in general: "a free month", "always working to
/// improve" share a word with "this month" or "work done" and still say
/// nothing of this review. (Not stopwords: an option such as "3 months
/// free" is still named by them.)
fn says_nothing_of_this_review(lw: &str) -> bool {
    matches!(
        lw,
        "week" | "weeks" | "month" | "months" | "working" | "work" | "improve"
    )
}

/// A word that shows nothing of this review in a reply of `kind`.
pub(super) fn says_nothing(lw: &str, kind: ReplyKind) -> bool {
    says_nothing_of_this_review(lw)
        || (kind == ReplyKind::Positive && says_nothing_of_a_thank_you(lw))
}

/// What any thank-you says back to any happy review ("We're so glad you
/// had a great time, see you again soon!"): a five-star review uses the same
/// words, so sharing them shows nothing was read (blind89-100: nine bland
/// thank-yous in a row passed as specific).
fn says_nothing_of_a_thank_you(lw: &str) -> bool {
    matches!(
        lw,
        "love"
            | "loved"
            | "great"
            | "happy"
            | "glad"
            | "enjoy"
            | "enjoyed"
            | "enjoying"
            | "wonderful"
            | "amazing"
            | "awesome"
            | "fantastic"
            | "brilliant"
            | "best"
            | "visit"
            | "visiting"
            | "experience"
            | "time"
            | "day"
            | "team"
            | "welcome"
            | "welcoming"
            | "soon"
            | "kind"
            | "recommend"
            | "pleasure"
            | "delighted"
            | "next"
            | "again"
            | "back"
            | "nice"
            | "good"
            | "perfect"
            | "beautiful"
            | "friendly"
            | "highly"
            | "stars"
            | "star"
            | "five"
            | "thank"
            | "thanks"
            | "everything"
            | "really"
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

/// A fact of this case that no template carries, for `generic` (misc3):
/// a sum of money ("£85", "€45") or the day it happened ("when you rang on
/// Monday"); not opening hours ("Monday to Friday").
pub(super) fn names_a_case_fact(text: &Text) -> bool {
    let b = text.src.as_bytes();
    let sum = text.src.char_indices().any(|(at, c)| {
        matches!(c, '£' | '$' | '€') && b.get(at + c.len_utf8()).is_some_and(u8::is_ascii_digit)
    });
    sum || text.words.iter().enumerate().any(|(k, w)| {
        let at = |n: usize| text.words.get(n).map_or("", |w| text.lower(w));
        super::excuses::is_weekday(text.lower(w))
            && k > 0
            && matches!(at(k - 1), "on" | "last" | "this" | "that")
            && !matches!(at(k + 1), "to" | "through" | "till" | "until")
    })
}
