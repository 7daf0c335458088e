//! Defences read from the shape of a sentence rather than a list of
//! phrases: the problem made normal ("progressives commonly need an
//! adaptation period", "mix-ups are rare"), a track record held up ("we've
//! been here for 30 years", "over 200 five-star reviews"), a cause denied
//! ("unrelated to the brakes", "isn't something caused by the
//! installation"), a correction announced ("to clarify", "we'd just note")
//! and homework set for the customer ("so do double-check the spelling",
//! "we always recommend measuring yourself").

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// Words that make a problem sound ordinary.
fn is_ordinary(w: &str) -> bool {
    matches!(
        w,
        "commonly"
            | "common"
            | "normal"
            | "normally"
            | "rare"
            | "rarely"
            | "typically"
            | "typical"
            | "inevitably"
            | "inevitable"
            | "naturally"
            | "occasionally"
    )
}

/// The words [`Clauses::defences`] names: a word outside them opens none
/// of its shapes (but for "clarif…").
pub(super) const OPENERS: &[&str] = &[
    "commonly",
    "common",
    "normal",
    "normally",
    "rare",
    "rarely",
    "typically",
    "typical",
    "inevitably",
    "inevitable",
    "naturally",
    "occasionally",
    "thousands",
    "hundreds",
    "millions",
    "plenty",
    "years",
    "reviews",
    "unrelated",
    "nothing",
    "isn't",
    "wasn't",
    "not",
    "note",
    "recommend",
    "advise",
    "do",
    "please",
    "so",
    "reflect",
    "representative",
    "prejudice",
    "comment",
    "happen",
    "vary",
    "change",
    "differ",
    "occur",
    "human",
    "exactly",
];

/// Words that count many of something, for a track record.
fn is_many(w: &str) -> bool {
    matches!(w, "thousands" | "hundreds" | "millions" | "plenty")
}

/// Verbs of homework: what the customer should have done or should do.
fn is_homework(w: &str) -> bool {
    matches!(
        w,
        "double-check" | "ensure" | "measuring" | "measure" | "checking" | "reading" | "re-read"
    )
}

impl Clauses<'_, '_> {
    /// Every defence found by shape, appended to `out`.
    pub fn defences(&self, out: &mut Vec<Span>) {
        for i in self.cued() {
            if self.text.words[i].quoted {
                continue;
            }
            let w = self.lw(i);
            // Every word named below is an opener (the lexicon's
            // DEFENCE_CUE): one bit test passes over the rest.
            if !self.is(i, DEFENCE_CUE) && !w.starts_with("clarif") {
                debug_assert!(self.defence_at(i, w).is_none(), "{w}");
                continue;
            }
            let found = self.defence_at(i, w);
            if let Some(span) = found {
                out.push(span);
            }
        }
        self.justifications(out);
    }

    /// The defence that word `i` (`w`) opens, if any.
    fn defence_at(&self, i: usize, w: &str) -> Option<Span> {
        if is_ordinary(w) {
            self.made_ordinary(i)
        } else if is_many(w) || w == "years" || w == "reviews" {
            self.track_record(i)
        } else if matches!(w, "unrelated" | "nothing" | "isn't" | "wasn't" | "not") {
            self.cause_denied(i)
        } else if w.starts_with("clarif") || w == "note" {
            self.correction(i)
        } else if matches!(w, "recommend" | "advise" | "do" | "please" | "so") {
            self.homework(i)
        } else if matches!(w, "reflect" | "representative" | "prejudice" | "comment") {
            self.review_disputed(i)
        } else if matches!(w, "happen" | "vary" | "change" | "differ" | "occur") {
            self.happens_anyway(i)
        } else if w == "human" || w == "exactly" {
            self.only_human_or_as_asked(i)
        } else {
            None
        }
    }

    /// "commonly need an adaptation period", "mix-ups are rare": not
    /// negated ("not normal" agrees with the customer) and not about what
    /// the business will do ("we normally reply within a day").
    fn made_ordinary(&self, i: usize) -> Option<Span> {
        if self.negated(i) || self.we_in_clause(i) {
            return None;
        }
        // "it's not normal" is caught by negated(); "normal service" is a
        // noun phrase, not a claim.
        if matches!(self.lw(i + 1), "service" | "price" | "hours" | "opening") {
            return None;
        }
        Some(self.span(i, i))
    }

    /// "We make thousands of pizzas a week", "we've been in Brookside for
    /// 30 years", "over 200 five-star reviews".
    fn track_record(&self, i: usize) -> Option<Span> {
        let w = self.lw(i);
        // The nearest subject before it must be the business: "you've worn
        // progressives for 12 years" is the customer's record.
        let subject = (i.saturating_sub(12)..i)
            .rev()
            .take_while(|&k| self.same_sentence(k, i))
            .find(|&k| self.is(k, WE | YOU));
        if !subject.is_some_and(|k| self.is(k, WE)) {
            return None;
        }
        let number_before = |k: usize| {
            k > 0
                && self.same_sentence(k - 1, k)
                && self
                    .lw(k - 1)
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'+')
        };
        let hit = match w {
            "years" => number_before(i) && (1..4).any(|d| i >= d && self.lw(i - d) == "for"),
            "reviews" => (1..4).any(|d| i >= d && number_before(i - d + 1)),
            _ => self.lw(i + 1) == "of" && !self.negated(i),
        };
        hit.then(|| self.span(i.saturating_sub(2), i))
    }

    /// "unrelated to the brakes", "nothing to do with us", "isn't something
    /// caused by the installation" — but not "nothing to do with anything
    /// you did", which clears the customer.
    fn cause_denied(&self, i: usize) -> Option<Span> {
        let at = |d: usize| {
            if self.same_clause(i, i + d) {
                self.lw(i + d)
            } else {
                ""
            }
        };
        let end = match self.lw(i) {
            "unrelated" => i,
            "nothing" if at(1) == "to" && at(2) == "do" && at(3) == "with" => i + 3,
            "isn't" | "wasn't" | "not" => {
                let k = (1..4).find(|&d| matches!(at(d), "caused" | "related" | "connected"))?;
                i + k
            }
            _ => return None,
        };
        // "telling you the light was unrelated was the wrong response"
        // reports the defence in order to own it.
        let reported = (i.saturating_sub(6)..i).any(|k| {
            self.same_sentence(k, i) && matches!(self.lw(k), "telling" | "told" | "said" | "saying")
        });
        if reported {
            return None;
        }
        let clears_customer = (end + 1..end + 5)
            .take_while(|&k| self.same_sentence(i, k))
            .any(|k| self.is(k, YOU));
        (!clears_customer).then(|| self.span(i, end))
    }

    /// "To clarify:", "we'd just note that", "please note".
    fn correction(&self, i: usize) -> Option<Span> {
        if self.lw(i).starts_with("clarif") {
            // "we'll clarify the menu" is a fix, a promise about the future.
            let promise = (i.saturating_sub(2)..i).any(|k| matches!(self.lw(k), "we'll" | "will"));
            return (!promise).then(|| self.span(i, i));
        }
        let before = (i.saturating_sub(2)..i).filter(|&k| self.same_clause(k, i));
        let noted = before
            .clone()
            .any(|k| matches!(self.lw(k), "we'd" | "i'd" | "just" | "kindly" | "please"));
        let thing = before
            .clone()
            .any(|k| matches!(self.lw(k), "a" | "the" | "your"));
        (noted && !thing).then(|| self.span(i.saturating_sub(1), i))
    }

    /// "so do double-check the spelling", "we always recommend measuring
    /// yourself", "please make sure your phone is updated".
    pub(super) fn homework(&self, i: usize) -> Option<Span> {
        let next = |d: usize| {
            if self.same_clause(i, i + d) {
                self.lw(i + d)
            } else {
                ""
            }
        };
        let end = match self.lw(i) {
            "recommend" | "advise" => {
                (1..3).find(|&d| is_homework(next(d)) || next(d) == "that")? + i
            }
            "make" if next(1) == "sure" && (i == 0 || self.lw(i - 1) == "please") => {
                let yours = (2..5).any(|d| matches!(next(d), "you" | "your" | "you're"));
                if !yours {
                    return None;
                }
                i + 1
            }
            "do" | "please" | "so" if is_homework(next(1)) => i + 1,
            _ => return None,
        };
        if self.lw(i) == "recommend" || self.lw(i) == "advise" {
            let we = (i.saturating_sub(3)..i).any(|k| self.is(k, WE));
            if !we {
                return None;
            }
        }
        Some(self.span(i, end))
    }

    /// "does not reflect the standard of care we provide", "without
    /// prejudice", "we are unable to comment further": the review disputed
    /// or answered in legal hedges.
    fn review_disputed(&self, i: usize) -> Option<Span> {
        let prev = if i > 0 { self.lw(i - 1) } else { "" };
        let hit = match self.lw(i) {
            "prejudice" => prev == "without",
            "comment" => (i.saturating_sub(3)..i)
                .any(|k| matches!(self.lw(k), "unable" | "cannot" | "can't" | "won't" | "not")),
            _ => self.negated(i),
        };
        hit.then(|| self.span(i.saturating_sub(1), i))
    }

    /// "delivery estimates can change", "mix-ups can happen": the problem
    /// as something that happens anyway — not "we can change the date".
    fn happens_anyway(&self, i: usize) -> Option<Span> {
        let modal = i > 0 && matches!(self.lw(i - 1), "can" | "may" | "do" | "does" | "will");
        if !modal || self.we_in_clause(i) || self.negated(i) {
            return None;
        }
        let yours = (i.saturating_sub(5)..i).any(|k| self.same_clause(k, i) && self.is(k, YOU));
        (!yours).then(|| self.span(i - 1, i))
    }

    /// "Tutors are human too", "piped exactly as it was written on the
    /// order form": the business excused, or shown to have done as asked.
    fn only_human_or_as_asked(&self, i: usize) -> Option<Span> {
        let prev = if i > 0 { self.lw(i - 1) } else { "" };
        let next = self.lw(i + 1);
        let hit = match self.lw(i) {
            "human" => matches!(prev, "are" | "only" | "we're" | "i'm" | "all"),
            _ => next == "as" && self.same_clause(i, i + 1),
        };
        hit.then(|| self.span(i.saturating_sub(1), i + 1))
    }

    /// "we"/"I" in the clause of `i`: the business speaking of itself.
    fn we_in_clause(&self, i: usize) -> bool {
        (i.saturating_sub(6)..(i + 4).min(self.text.words.len()))
            .any(|k| self.same_clause(k, i) && self.is(k, WE))
    }
}
