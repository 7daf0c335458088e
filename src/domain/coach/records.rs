//! The business's records cited against the customer: "our records show",
//! "our logs show", "according to our system". Records that show the
//! business's own failure own it ("our records show the wrong size was
//! sent instead of a 9"); records that show anything else argue the case,
//! a defence (categories.md: "defends or excuses instead of owning").

use super::clauses::Clauses;
use super::structure::Span;

/// What keeps a record.
fn is_record(w: &str) -> bool {
    matches!(
        w,
        "records" | "record" | "logs" | "log" | "system" | "systems" | "notes" | "cctv" | "footage"
    )
}

/// What a record is said to do.
fn is_shown(w: &str) -> bool {
    matches!(
        w,
        "show" | "shows" | "showed" | "indicate" | "indicates" | "confirm" | "confirms" | "prove"
    )
}

impl Clauses<'_, '_> {
    /// Every "our records show" and "according to our records", as spans.
    pub(super) fn records_cited(&self, out: &mut Vec<Span>) {
        for i in 1..self.text.words.len() {
            // Runs on every pause in typing: one length test passes over
            // most words.
            let w = self.lw(i);
            if !(3..=7).contains(&w.len()) || !is_record(w) {
                continue;
            }
            if self.text.words[i].quoted || self.negated(i) {
                continue;
            }
            let ours = matches!(self.lw(i - 1), "our" | "the");
            let shown = ours && self.same_clause(i, i + 1) && is_shown(self.lw(i + 1));
            let according = i >= 3
                && self.lw(i - 1) == "our"
                && self.lw(i - 2) == "to"
                && self.lw(i - 3) == "according";
            if (shown || according) && !self.admits_failure(i) {
                out.push(if shown {
                    self.span(i - 1, i + 1)
                } else {
                    self.span(i - 3, i)
                });
            }
        }
    }

    /// Whether the sentence of word `i` tells of something going wrong on
    /// the business's side: a wrong item, a delay, a mistake, a thing not
    /// done.
    fn admits_failure(&self, i: usize) -> bool {
        let s = self.text.words[i].sentence;
        self.sentence_words(s).any(|k| {
            let w = self.lw(k);
            matches!(
                w,
                "instead" | "wrong" | "mistake" | "error" | "late" | "not" | "never" | "failed"
            ) || w.ends_with("n't")
        })
    }
}
