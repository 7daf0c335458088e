//! A correction announced before the point ("To be clear, …", "Just so
//! you know, …", "That said, …", "For context: …", "As for the scratch,
//! …"): the reply turns from what it conceded to argue. Part of the
//! justifications pass (`justifications.rs`); inferred, so it warns.

use super::clauses::Clauses;
use super::lexicon::WE;
use super::structure::Span;

impl Clauses<'_, '_> {
    /// Whether word `k` opens its sentence.
    pub(super) fn opens_sentence(&self, k: usize) -> bool {
        k == 0 || !self.same_sentence(k - 1, k)
    }

    /// Whether a comma, colon or dash closes the clause at `i` and the
    /// sentence goes on: the words before it frame what follows.
    fn frames_what_follows(&self, i: usize) -> bool {
        self.same_sentence(i, i + 1) && !self.same_clause(i, i + 1)
    }

    /// "To be clear, …", "Just so you know, …", "That said, …", "For
    /// context: …", "Honestly though, …": the reply announces a correction
    /// or turns away from what it just conceded.
    pub(super) fn framed(&self, i: usize) -> Option<Span> {
        if self.lw(i) == "as" {
            return self.as_for(i);
        }
        if !self.frames_what_follows(i) {
            return None;
        }
        let back = |d: usize| if i >= d { self.lw(i - d) } else { "" };
        let start = match self.lw(i) {
            "honest" | "frank" if back(1) == "be" && back(2) == "to" => i - 2,
            "transparency" | "accuracy" if back(1) == "for" => i - 1,
            "info" | "information" if back(1) == "your" && back(2) == "for" => i - 2,
            "transparency" if back(1) == "of" && back(3) == "the" && back(4) == "in" => i - 4,
            "say" if back(1) == "to" && back(2) == "just" => i - 1,
            "clear" if back(1) == "be" && back(2) == "to" => i - 2,
            "know" if back(1) == "you" && back(2) == "so" => i - 2,
            "said" if back(1) == "that" => i - 1,
            "context" if back(1) == "for" => i - 1,
            "context" if back(1) == "some" && back(2) == "for" => i - 2,
            "though" if back(1) == "honestly" => i - 1,
            _ => return None,
        };
        if self.owns_after(i) {
            return None;
        }
        // "Just to be clear", "just so you know".
        let start = if start > 0 && self.lw(start - 1) == "just" {
            start - 1
        } else {
            start
        };
        self.opens_sentence(start).then(|| self.span(start, i))
    }

    /// "As for the scratch, …": the reply turns to argue a point of the
    /// review, one at a time.
    fn as_for(&self, i: usize) -> Option<Span> {
        if !self.opens_sentence(i) || self.lw(i + 1) != "for" || self.owns_after(i) {
            return None;
        }
        let end = (i + 2..i + 6).find(|&k| self.frames_what_follows(k))?;
        // "As for the deposit, I've refunded it": the remedy, point by point.
        (!self.is(end + 1, WE)).then(|| self.span(i, end))
    }

    /// Whether the rest of the sentence after `i` owns the failure: "To be
    /// clear, the mistake was ours", "That said, we should have rung you".
    pub(super) fn owns_after(&self, i: usize) -> bool {
        let s = self.text.words[i].sentence;
        let words: Vec<usize> = self.sentence_words(s).filter(|&k| k > i).collect();
        words.iter().any(|&k| {
            let next = self.lw(k + 1);
            match self.lw(k) {
                "ours" | "mine" => true,
                "our" | "my" => matches!(next, "mistake" | "fault" | "error" | "failure"),
                "on" => matches!(next, "us" | "me"),
                _ => {
                    self.is(k, WE)
                        && matches!(
                            next,
                            "should" | "shouldn't" | "failed" | "let" | "got" | "were"
                        )
                }
            }
        })
    }
}
