//! The customer's own words thrown back in quotation marks: `Glad the cake
//! "tasted fine" at least!`, `"Cowboys" is a bit much`. A review's words
//! that the review itself quotes (what staff told them: "these things
//! happen") are fair to quote back while owning them; the reviewer's own
//! words in quotes, leading a sentence, with "at least" or after a doubt
//! ("we'd dispute 'asked three times'"), read as a sneer.
//! Read from shape, so it only warns.

use super::clauses::Clauses;
use super::structure::Span;

/// Whether byte `at` of the review stands inside its own quotation marks
/// (an odd count of straight marks, or more curly openers than closers,
/// before it).
fn inside_review_quotes(review_lower: &str, at: usize) -> bool {
    let before = &review_lower[..at];
    let straight = before.matches('"').count();
    let open = before.matches('\u{201c}').count();
    let close = before.matches('\u{201d}').count();
    straight % 2 == 1 || open > close
}

/// Whether the reviewer wrote `words` themselves (outside any quotation
/// marks of the review), as a phrase of whole words.
fn reviewer_wrote(review_lower: &str, words: &str) -> bool {
    let b = review_lower.as_bytes();
    review_lower.match_indices(words).any(|(at, _)| {
        let end = at + words.len();
        let bounded = (at == 0 || !b[at - 1].is_ascii_alphanumeric())
            && (end == b.len() || !b[end].is_ascii_alphanumeric());
        bounded && !inside_review_quotes(review_lower, at)
    })
}

impl Clauses<'_, '_> {
    /// The reviewer's own words (one to four) quoted back at them, unless
    /// the sentence agrees with them (`"chaotic" is the right word`).
    pub fn echoed_words(&self, review_lower: &str, out: &mut Vec<Span>) {
        let src = self.text.src;
        for &(qs, qe) in &self.text.quotes {
            let inner = src[qs..qe].trim();
            let n = inner.split_whitespace().count();
            // A title ("Pharaoh's Tomb") is a name, not a sneer.
            let proper = inner
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
                && n > 1;
            if !(1..=4).contains(&n) || inner.len() < 4 || proper {
                continue;
            }
            let lower = inner.trim_end_matches(['.', ',', '!', '?']).to_lowercase();
            if !reviewer_wrote(review_lower, &lower) {
                continue;
            }
            let at = self.text.words.partition_point(|w| w.end <= qs);
            let Some(word) = self.text.words.get(at) else {
                continue;
            };
            // Mid-sentence their words are mostly quoted to own them ("three
            // weeks of 'next week' isn't good enough"); a sneer leads with
            // them (`"Cowboys" is a bit much`) or adds "at least".
            let leads = at == 0 || !self.same_sentence(at - 1, at);
            let after = self.text.words.partition_point(|w| w.start < qe);
            let at_least = (after..after + 3).any(|k| {
                self.same_sentence(at, k + 1) && self.lw(k) == "at" && self.lw(k + 1) == "least"
            });
            // `we'd dispute 'asked three times'`, `we don't hold anyone
            // "hostage"`: their words doubted back at them.
            let doubted = (at.saturating_sub(6)..at).any(|k| {
                self.same_sentence(k, at)
                    && matches!(
                        self.lw(k),
                        "dispute"
                            | "doubt"
                            | "alleged"
                            | "allegedly"
                            | "never"
                            | "don't"
                            | "doesn't"
                            | "didn't"
                            | "anyone"
                            | "sure"
                    )
            });
            if !leads && !at_least && !doubted {
                continue;
            }
            let agrees = self.sentence_words(word.sentence).any(|k| {
                matches!(
                    self.lw(k),
                    "right" | "fair" | "exactly" | "agree" | "true" | "correct" | "apt" | "either"
                )
            });
            if agrees {
                continue;
            }
            let open = src[..qs].char_indices().next_back().map_or(qs, |(i, _)| i);
            let close = src[qe..].chars().next().map_or(qe, |c| qe + c.len_utf8());
            out.push((open, close));
        }
    }
}

impl Clauses<'_, '_> {
    /// A question that scolds whatever its first word: a tag at the end
    /// ("doesn't it?", "don't you think?"), "surely", or "did you really…".
    pub(super) fn scolding_question(&self, lw: &[&str]) -> bool {
        let n = lw.len();
        let tag = n >= 3
            && matches!(
                lw[n - 2],
                "doesn't" | "isn't" | "don't" | "wouldn't" | "aren't"
            )
            && matches!(lw[n - 1], "it" | "you" | "they" | "we")
            || n >= 4 && lw[n - 3..] == ["don't", "you", "think"];
        let surely = lw.contains(&"surely");
        let really = lw.windows(3).any(|p| {
            matches!(p[0], "did" | "do" | "were" | "are")
                && p[1] == "you"
                && matches!(p[2], "really" | "honestly" | "seriously" | "actually")
        });
        tag || surely || really
    }
}
