//! Blame words the writer reports rather than lays: what the customer was
//! made to feel or told ("you were made to feel it was your fault", "being
//! told it was down to your boiler", "as though it were your mistake"),
//! and "exactly what you asked for" said of what they asked, not of what
//! the business did ("the cake should have been exactly what you chose").
//! Owning replies retell the wrong done to the customer in these words;
//! a finding there nags the very reply the coach is asking for.

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// Words that make what follows a feeling or an impression, not a claim.
fn is_impression(w: &str) -> bool {
    matches!(
        w,
        "feel" | "felt" | "feels" | "feeling" | "though" | "sounded" | "seemed" | "implied"
    )
}

impl Clauses<'_, '_> {
    /// Whether the blame over `span` is only reported (see the module notes).
    pub(super) fn fault_only_reported(&self, span: Span) -> bool {
        let words = &self.text.words;
        let from = words.partition_point(|w| w.end <= span.0);
        if from >= words.len() {
            return false;
        }
        let before = (from.saturating_sub(5)..from)
            .rev()
            .take_while(|&k| self.same_sentence(k, from));
        for k in before {
            let told = self.lw(k) == "told"
                && k > 0
                && matches!(self.lw(k - 1), "were" | "was" | "being" | "been");
            if is_impression(self.lw(k)) || told {
                return true;
            }
        }
        self.lw(from) == "exactly" && !self.business_before(from)
    }

    /// "we", "I", "our" or "us" earlier in the sentence of `i`: the business
    /// as the one who acted.
    fn business_before(&self, i: usize) -> bool {
        let s = self.text.words[i].sentence;
        self.sentence_words(s)
            .take_while(|&k| k < i)
            .any(|k| self.is(k, WE) || matches!(self.lw(k), "our" | "us" | "my" | "me"))
    }
}
