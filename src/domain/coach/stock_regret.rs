//! Feeling words that do not empathise, for `no-empathy` (studied on
//! blind18 and blind19): the stock regret before a defence ("We're sorry
//! you are disappointed. However, our policy…"), which names their feeling
//! only to set it aside, and "understand" said of someone else ("most people
//! would understand that", "you'd understand how it works"), which asks
//! them to see our side.

use super::Draft;
use super::phrases::List;

/// Whether the listed feeling word at `first` is hollow: it does not show
/// that the business sees how the customer feels.
pub(super) fn hollow(d: &Draft, first: usize) -> bool {
    understood_by_others(d, first) || regret_before_defence(d, first)
}

fn lower_at<'a>(d: &'a Draft<'a>, k: usize) -> &'a str {
    d.text.words.get(k).map_or("", |w| d.text.lower(w))
}

/// "most people would understand", "you'd understand how it works": the
/// understanding asked of others, not offered.
fn understood_by_others(d: &Draft, first: usize) -> bool {
    if !lower_at(d, first).starts_with("understand") {
        return false;
    }
    let s = d.text.words[first].sentence;
    // The nearest subject before it decides: "I understand" offers it
    // even after "…save you, and".
    let subject = (first.saturating_sub(3)..first)
        .rev()
        .filter(|&k| d.text.words[k].sentence == s)
        .map(|k| lower_at(d, k))
        .find(|w| {
            matches!(
                *w,
                "i" | "we"
                    | "i'd"
                    | "we'd"
                    | "you"
                    | "you'd"
                    | "you'll"
                    | "people"
                    | "they"
                    | "customers"
                    | "everyone"
                    | "anyone"
                    | "most"
            )
        });
    subject.is_some_and(|w| !matches!(w, "i" | "we" | "i'd" | "we'd"))
}

/// "sorry you feel…", "sorry you are/were/'re…" naming their feeling, in a
/// reply that goes on to defend: a "however" opening a sentence after it,
/// a policy, records or a disclaimer cited, or a defence the phrase lists
/// name.
fn regret_before_defence(d: &Draft, first: usize) -> bool {
    let s = d.text.words[first].sentence;
    let stock = (first.saturating_sub(12)..first).any(|k| {
        d.text.words[k].sentence == s
            && lower_at(d, k) == "sorry"
            && matches!(lower_at(d, k + 1), "you" | "you're")
            && (lower_at(d, k + 1) == "you're"
                || matches!(
                    lower_at(d, k + 2),
                    "feel" | "felt" | "are" | "were" | "seem"
                ))
    });
    if !stock {
        return false;
    }
    // "However, …", "But …", or the rules, records or disclaimers cited.
    let however = d.text.words.iter().enumerate().any(|(k, w)| {
        let opens = k == 0 || d.text.words[k - 1].sentence != w.sentence;
        w.sentence > s
            && match d.text.lower(w) {
                "however" | "but" => opens,
                "policy" | "records" | "terms" | "disclaimer" => true,
                _ => false,
            }
    });
    however || d.live(List::Defensive).any(|m| m.first > first)
}
