//! A cause given as a general truth or a guess, with nobody named: "the
//! rattle usually happens when a pump is run dry", "marks like that can
//! appear from old polish", "cracks build up over years of frost", "the
//! seal was the wrong grade, which led to the drip", "your boiler is
//! thirty years old, which is prone to faults", "the chip must have
//! happened in the post", "leaks are more likely when gutters are
//! blocked", "a knock like that usually means the pipe froze". The
//! other cause shapes need a known outsider, member of staff or the
//! customer as the cause, or a verb of origin; writers also explain the
//! problem away as what such things do, and the reader hears the same
//! excuse. Only present-tense generalities count
//! ("I'm sorry this happened when you were away" reports, it does not
//! explain); the business as the cause ("happens when we rush"), a negated
//! verb and a question stay quiet. Read from the shape alone, so it warns
//! and never blocks (see `evidence.rs`).

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// A present-tense verb of coming about: "happens", "can appear".
fn is_emerging(w: &str) -> bool {
    matches!(
        w,
        "happens"
            | "happen"
            | "occurs"
            | "occur"
            | "appears"
            | "appear"
            | "develops"
            | "develop"
            | "forms"
            | "form"
            | "builds"
            | "build"
    )
}

/// What ties a general truth to its cause: "when", "if", "from", "over".
fn is_tie(w: &str) -> bool {
    matches!(w, "when" | "if" | "from" | "over" | "after" | "whenever")
}

/// After "must have": a thing's coming about, not a feeling ("must have
/// been awful" is empathy).
fn is_came_about(w: &str) -> bool {
    matches!(
        w,
        "happened" | "occurred" | "come" | "started" | "arisen" | "got" | "gotten" | "developed"
    )
}

/// "which caused", "that led to", "which resulted in": a relative clause
/// that makes what came before the cause.
fn is_result_verb(w: &str, next: &str) -> bool {
    matches!(
        (w, next),
        ("caused" | "causes", _) | ("led" | "leads", "to") | ("resulted" | "results", "in")
    )
}

impl Clauses<'_, '_> {
    /// Every general or guessed cause, appended to `out` unless a span
    /// there already covers it.
    pub fn generic_causes(&self, out: &mut Vec<Span>) {
        for i in self.cued() {
            // One bit test passes over every other word (this runs on
            // every pause in typing).
            if self.cls[i] & GENERIC_CUE == 0 || self.text.words[i].quoted {
                continue;
            }
            let w = self.lw(i);
            let span = if is_emerging(w) {
                self.generic_truth(i)
            } else if matches!(w, "which" | "that") {
                self.generic_which(i)
            } else if w == "prone" {
                self.generic_prone(i)
            } else if matches!(w, "must" | "must've") {
                self.generic_guess(i)
            } else if w == "likely" {
                self.generic_likely(i)
            } else if w == "means" {
                self.generic_means(i)
            } else {
                None
            };
            let Some(span) = span else { continue };
            if !out.iter().any(|o| o.0 < span.1 && span.0 < o.1) {
                out.push(span);
            }
        }
    }

    /// "happens when a pump is run dry", "can appear from old polish",
    /// "build up over years": the verb at `i`, its tie just after (or after
    /// "up"), and a cause that is not the business.
    fn generic_truth(&self, i: usize) -> Option<Span> {
        let tie = if self.lw(i + 1) == "up" { i + 2 } else { i + 1 };
        if !is_tie(self.lw(tie)) || self.negated(i) || self.generic_asked(i) {
            return None;
        }
        let cause = self.generic_cause_at(tie + 1)?;
        Some(self.span(i, cause))
    }

    /// "more likely when the flue is blocked": a general truth told as
    /// odds, the tie and cause as for [`Self::generic_truth`].
    fn generic_likely(&self, i: usize) -> Option<Span> {
        let odds = i > 0 && matches!(self.lw(i - 1), "more" | "most" | "less");
        if !odds || !is_tie(self.lw(i + 1)) || self.negated(i) || self.generic_asked(i) {
            return None;
        }
        let cause = self.generic_cause_at(i + 2)?;
        Some(self.span(i - 1, cause))
    }

    /// "a knock like that usually means the pipe was frozen": a sign read
    /// as its cause, with the hedge that makes it a general truth.
    fn generic_means(&self, i: usize) -> Option<Span> {
        let hedged = i > 0
            && matches!(
                self.lw(i - 1),
                "usually" | "often" | "normally" | "generally" | "typically" | "always"
            );
        if !hedged || !self.same_clause(i - 1, i) || self.generic_asked(i) {
            return None;
        }
        let k = if self.lw(i + 1) == "that" {
            i + 2
        } else {
            i + 1
        };
        let cause = self.generic_cause_at(k)?;
        Some(self.span(i - 1, cause))
    }

    /// "which led to the drip": the relative word at `i` after something
    /// named in the same sentence that is not the business.
    fn generic_which(&self, i: usize) -> Option<Span> {
        if i == 0 || !self.same_sentence(i - 1, i) || self.generic_asked(i) {
            return None;
        }
        // Not "which is why": on the older sets it mostly explains a
        // policy or a remedy, not a fault (four of four added were wrong).
        if !is_result_verb(self.lw(i + 1), self.lw(i + 2)) {
            return None;
        }
        let s = self.text.words[i].sentence;
        let ours = self
            .sentence_words(s)
            .take_while(|&k| k < i)
            .any(|k| self.is(k, WE) || matches!(self.lw(k), "our" | "us" | "my" | "me"));
        (!ours).then(|| self.span(i, i + 1))
    }

    /// "your boiler … is prone to faults": the customer's thing given a
    /// weakness (the "your" earlier in the sentence).
    fn generic_prone(&self, i: usize) -> Option<Span> {
        if self.lw(i + 1) != "to" || self.negated(i) {
            return None;
        }
        let s = self.text.words[i].sentence;
        let yours = self
            .sentence_words(s)
            .take_while(|&k| k < i)
            .any(|k| self.lw(k) == "your");
        yours.then(|| self.span(i, i + 1))
    }

    /// "must have happened in the post", "must of come loose": a guess at
    /// how the problem came about.
    fn generic_guess(&self, i: usize) -> Option<Span> {
        let verb = if self.lw(i) == "must've" {
            i + 1
        } else if matches!(self.lw(i + 1), "have" | "of") {
            i + 2
        } else {
            return None;
        };
        let by_us = i > 0 && self.is(i - 1, WE);
        if !is_came_about(self.lw(verb)) || self.negated(i) || by_us || self.generic_asked(i) {
            return None;
        }
        Some(self.span(i, verb))
    }

    /// The first word of a cause from `k` on, past articles, unless the
    /// cause is the business ("when we rush", "from our own mistake").
    fn generic_cause_at(&self, mut k: usize) -> Option<usize> {
        while matches!(
            self.lw(k),
            "a" | "an" | "the" | "that" | "this" | "those" | "these"
        ) {
            k += 1;
        }
        let w = self.lw(k);
        if w.is_empty() || self.is(k, WE) || matches!(w, "us" | "me" | "our" | "my") {
            return None;
        }
        Some(k)
    }

    /// Whether the sentence holding `i` ends in a question mark.
    fn generic_asked(&self, i: usize) -> bool {
        let s = self.text.words[i].sentence;
        let last = self.sentence_words(s).last().unwrap_or(i);
        let end = self.text.words[last].end;
        self.text.src[end..].trim_start().starts_with('?')
    }
}
