//! A problem tied to its cause by a verb of origin, whoever the cause is:
//! "the mould stems from a faulty fan our contractor fitted", "the penalty
//! arose from that timeline", "our driver was held up by a job that
//! overran", "the parking is down to the city closing half the street".
//! The other cause shapes need a known outsider, member of staff or the
//! customer as the cause; writers also name a thing or an event, and the
//! reader hears the same excuse. The business as the cause ("down to us",
//! "stems from our own mistake"), a choice left to the customer ("down to
//! you which you pick"), their credit ("down to your hard work") and a
//! negated cause ("wasn't down to the weather") stay quiet. Read from the
//! shape alone, so it warns and never blocks (see `evidence.rs`).

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// Words after "our" that make the cause the business itself: "our own
/// mistake", "our side", "our scheduling".
fn is_ours(w: &str) -> bool {
    matches!(
        w,
        "own"
            | "side"
            | "end"
            | "mistake"
            | "mistakes"
            | "error"
            | "errors"
            | "fault"
            | "team"
            | "scheduling"
            | "planning"
            | "oversight"
            | "process"
            | "processes"
    )
}

/// A subject that is good news, so the cause named is credit, not an
/// excuse: "the five stars are down to our chefs".
fn is_credit(w: &str) -> bool {
    matches!(
        w,
        "success" | "credit" | "stars" | "rating" | "award" | "improvement" | "progress" | "result"
    )
}

impl Clauses<'_, '_> {
    /// Every problem tied to a cause by a verb of origin, appended to `out`
    /// unless a span there already covers it.
    pub fn cause_predicates(&self, out: &mut Vec<Span>) {
        for i in self.cued() {
            if self.text.words[i].quoted || self.cls[i] & CAUSE_CUE == 0 {
                continue;
            }
            let cause = match (self.lw(i), self.lw(i + 1)) {
                ("down", "to") if self.after_be(i) => i + 2,
                ("stems" | "stem" | "stemmed" | "stemming", "from") => i + 2,
                ("arose" | "arises" | "arise" | "arising", "from") => i + 2,
                ("originated" | "originates", "from" | "with") => i + 2,
                ("held", "up") if self.lw(i + 2) == "by" => i + 3,
                _ => continue,
            };
            let Some(span) = self.origin(i, cause) else {
                continue;
            };
            if !out.iter().any(|o| o.0 < span.1 && span.0 < o.1) {
                out.push(span);
            }
        }
    }

    /// "is down to", "was all down to", "it's down to": the verb of being
    /// just before (so "cut down to size" is not a cause).
    fn after_be(&self, i: usize) -> bool {
        let before = |k: usize| if i >= k { self.lw(i - k) } else { "" };
        let be = |w: &str| {
            matches!(w, "is" | "was" | "are" | "were" | "be" | "been") || w.ends_with("'s")
        };
        be(before(1)) || (matches!(before(1), "all" | "entirely" | "partly") && be(before(2)))
    }

    /// "down to you whether we reseal it or refit it": a choice left to the
    /// customer at `k`, not a cause.
    fn left_to_you(&self, k: usize) -> bool {
        self.lw(k) == "you"
            && matches!(
                self.lw(k + 1),
                "whether" | "which" | "if" | "what" | "how" | "when"
            )
    }

    /// The span from the verb to the first word of its cause at `k`, unless
    /// the cause is the business, the customer's credit or choice, the
    /// verb is negated, or the subject is good news.
    fn origin(&self, i: usize, k: usize) -> Option<Span> {
        if !self.same_clause(i, k) || self.negated(i) {
            return None;
        }
        let mut k = k;
        while matches!(
            self.lw(k),
            "a" | "an" | "the" | "that" | "this" | "those" | "these"
        ) {
            k += 1;
        }
        let w = self.lw(k);
        let ours = matches!(w, "our" | "my") && is_ours(self.lw(k + 1));
        if w.is_empty() || self.is(k, WE) || ours || self.left_to_you(k) || w == "your" {
            return None;
        }
        if matches!(w, "us" | "me" | "ourselves" | "myself") {
            return None;
        }
        let s = self.text.words[i].sentence;
        if self
            .sentence_words(s)
            .any(|m| m < i && is_credit(self.lw(m)))
        {
            return None;
        }
        Some(self.span(i, k))
    }
}
