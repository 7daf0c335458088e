//! Blame words the writer reports rather than lays: what the customer was
//! made to feel ("you were made to feel it was your fault", "treated as
//! though it were your mistake", "made it sound like your fault"), and "exactly what you asked for" said of what they asked, not of what
//! the business did ("the cake should have been exactly what you chose").
//! Owning replies retell the wrong done to the customer in these words;
//! a finding there nags the very reply the coach is asking for. What the
//! customer was told ("you were told you should have read the terms") is
//! `taken_back.rs`'s: it blocks unless the reply takes it back.

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// Between an agent and a fault, the one who finds it or mends it: "our
/// technicians found a faulty amplifier", "our engineer will diagnose the
/// fault", "our delivery partner will collect the damaged sofa".
pub(super) fn finds_or_mends(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "shall"
            | "found"
            | "discovered"
            | "traced"
            | "identified"
            | "spotted"
            | "confirmed"
            | "diagnose"
            | "fix"
            | "repair"
            | "inspect"
            | "investigate"
            | "assess"
    )
}

/// Words that make what follows a feeling, not a claim.
fn is_feeling(w: &str) -> bool {
    matches!(w, "feel" | "felt" | "feels" | "feeling")
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
            .take_while(|&k| self.same_clause(k, from));
        if before.into_iter().any(|k| self.impression_at(k)) {
            return true;
        }
        self.lw(from) == "exactly" && !self.business_before(from)
    }

    /// "we've raised the fault with our supplier": the business taking a
    /// fault up with a party, a step of the remedy, not blame.
    pub(super) fn taken_up(&self, i: usize) -> bool {
        (i.saturating_sub(5)..i).any(|k| {
            self.same_clause(k, i)
                && matches!(
                    self.lw(k),
                    "raised" | "reported" | "flagged" | "logged" | "escalated"
                )
        })
    }

    /// "replacement of the damaged cabinet base by our carpenter": the
    /// remedy for the damage at `i`, not its cause.
    pub(super) fn remedied(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|k| {
            self.same_clause(k, i)
                && self.lw(k + 1) == "of"
                && matches!(
                    self.lw(k),
                    "replacement" | "repair" | "repairs" | "collection" | "removal" | "refit"
                )
        })
    }

    /// "made to feel", "left feeling", "as though", "as if" at `k`: the
    /// customer's impression; not "I feel" or "we felt" (the writer's own
    /// view, said as a claim) nor "even though".
    fn impression_at(&self, k: usize) -> bool {
        let w = self.lw(k);
        let prev = if k > 0 { self.lw(k - 1) } else { "" };
        if is_feeling(w) {
            return k == 0 || !self.is(k - 1, WE);
        }
        // "made it sound like your fault", "seemed like your mistake".
        let likened = w == "like"
            && matches!(
                prev,
                "sound" | "sounded" | "sounds" | "seem" | "seemed" | "seems" | "look" | "looked"
            );
        likened || matches!(w, "though" | "if") && prev == "as"
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
