//! Words a reply shares with the review that still do not show the review
//! was read (`generic`): a span of time or work in general, and the shop's
//! own name where the reply names it, and in a thank-you the trade itself
//! ("see you on the ice again", "glad you enjoyed your lessons").

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
/// choosing Lauren Hayes Photography", "enjoying Tasklane", "At Clearview,
/// patient care comes first", "we at FlexZone", "thanks for visiting Locked
/// In Halifax", "The Hallam & Sons Team"): no sign the review was read.
/// A name after "at" counts only opening the sentence ("At X,") or after
/// "we": "the staff at Hollins" may be the review's own words answered.
pub(super) fn shop_name(text: &Text, w: &Word) -> bool {
    let raw = text.raw(w);
    if !raw.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let capital = |j: usize| {
        text.raw(&text.words[j])
            .starts_with(|c: char| c.is_uppercase())
    };
    // Back over the capitalised run to the word before it, and on to the
    // word after it.
    let k = text.words.partition_point(|v| v.start < w.start);
    let before = (0..=k).rev().skip(1).find(|&j| !capital(j));
    let after = (k..text.words.len()).find(|&j| !capital(j));
    let lower = |j: usize| text.lower(&text.words[j]);
    let same = |j: usize| text.words[j].sentence == w.sentence;
    let led_in = before.is_some_and(|j| {
        same(j)
            && match lower(j) {
                "choosing" | "chose" | "enjoying" | "using" | "joining" | "supporting"
                | "trusting" | "visiting" => true,
                "at" => j > 0 && lower(j - 1) == "we",
                _ => false,
            }
    });
    // "At Clearview" opening the reply, with "At" itself capitalised.
    let opening_at = before.is_none_or(|j| !same(j)) && {
        let first = (0..=k).rev().take_while(|&j| same(j) && capital(j)).last();
        first.is_some_and(|f| f < k && lower(f) == "at")
    };
    // Signed "The Hallam & Sons Team" or "… team".
    let signed = after.is_some_and(|j| same(j) && lower(j) == "team")
        || (k..text.words.len())
            .take_while(|&j| same(j) && capital(j))
            .any(|j| lower(j) == "team");
    led_in || opening_at || signed
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

/// In a thank-you, the word at `k` names the trade in general, not what
/// this review said: the place they are welcomed back to ("see you on the
/// ice again soon", "welcome you back to the studio") or the service they
/// enjoyed, held by "your" or "our" and ending its phrase ("glad you enjoyed
/// your lessons", "you loved our classes!"). Any happy customer of the shop is
/// told the same: over every set, 24 bland thank-yous passed as specific
/// on such a word, and none labelled specific turns generic. "Glad you
/// enjoyed the lemon drizzle" still names it.
pub(super) fn the_trade_in_general(text: &Text, k: usize, kind: ReplyKind) -> bool {
    if kind != ReplyKind::Positive || k < 2 {
        return false;
    }
    let w = &text.words;
    let at = |n: usize| text.lower(&w[n]);
    let same = |n: usize| w.get(n).is_some_and(|v| v.sentence == w[k].sentence);
    let ends = !same(k + 1)
        || matches!(
            at(k + 1),
            "again" | "soon" | "next" | "with" | "today" | "this" | "sometime"
        );
    if !ends || !same(k - 1) || !same(k - 2) {
        return false;
    }
    let held = matches!(at(k - 1), "your" | "our");
    // The customer enjoyed it: "We LOVE your huskies" is the shop's own
    // word about them, and names them.
    let customer = |j: usize| same(j) && matches!(at(j), "you" | "you're" | "you've");
    let enjoyed = matches!(
        at(k - 2),
        "enjoyed" | "enjoy" | "enjoying" | "loved" | "love" | "loving" | "liked" | "like"
    ) && k >= 3
        && (customer(k - 3)
            || (k >= 4 && matches!(at(k - 3), "are" | "have" | "all") && customer(k - 4)));
    let place = matches!(at(k - 1), "the" | "our")
        && matches!(at(k - 2), "at" | "on" | "in" | "to")
        && (k.checked_sub(3))
            .is_some_and(|j| same(j) && matches!(at(j), "you" | "back" | "again" | "soon"));
    (held && enjoyed) || place
}
