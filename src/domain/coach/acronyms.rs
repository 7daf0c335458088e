//! Capitalised words that are not a raised voice, and one short word that
//! is: a run of acronyms, units or product codes ("1 TB SSD") is not
//! shouting; one auxiliary or negation in capitals ("we DID call") is.

use super::rules::CompiledRules;
use super::text::Text;

/// Whether the capitalised words `k..=e` are a run of acronyms, units or
/// product codes ("1 TB SSD", "the HP USB hub"), not a raised voice: every
/// word at most four letters, none a feeling nor a common word ("THIS IS
/// NOT OK" and "3 DAYS AND NO CALL" are shouting).
pub(super) fn acronym_run(text: &Text, k: usize, e: usize, rules: &CompiledRules) -> bool {
    (k..=e).all(|i| {
        let lower = text.lower(&text.words[i]);
        super::structure::letters(text.raw(&text.words[i])) <= 4
            && !super::vader::knows(lower)
            && !rules.stopwords.contains(lower)
    })
}

/// An auxiliary, a negation or a degree word that, in capitals, insists
/// ("we DID call", "SO sorry").
fn is_insisting(lower: &str) -> bool {
    matches!(
        lower,
        "do" | "did"
            | "does"
            | "not"
            | "was"
            | "were"
            | "have"
            | "has"
            | "had"
            | "are"
            | "all"
            | "is"
    )
}

/// Whether the capitalised word `k` insists: an auxiliary or negation, or
/// a degree word before a feeling ("SO sorry", "TOO late"; an "SO number"
/// is a code).
pub(super) fn insists(text: &Text, k: usize) -> bool {
    let lower = text.lower(&text.words[k]);
    if matches!(lower, "so" | "too") {
        return text.words.get(k + 1).is_some_and(|next| {
            next.sentence == text.words[k].sentence && super::vader::knows(text.lower(next))
        });
    }
    is_insisting(lower)
}
