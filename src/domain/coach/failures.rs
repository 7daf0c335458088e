//! A failure pinned on one person, or guessed at with nobody owning it:
//! "Our apprentice, Liam, forgot to use seat covers", "Brianna is still
//! quite new … and should have asked", "the two lads … should never have
//! carried it", and the agentless guess "The line probably dropped". Read
//! by shape: a person (a staff word, a name, an appositive) as the subject
//! of a failure, or a guess next to a damage word with no "we" in sight.

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// Words that make a clause a failure of its subject.
fn is_failure(w: &str) -> bool {
    matches!(
        w,
        "forgot" | "failed" | "didn't" | "neglected" | "omitted" | "ignored" | "deleted"
    )
}

impl Clauses<'_, '_> {
    /// Every failure pinned on a person and every ownerless guess.
    pub fn failures(&self, out: &mut Vec<Span>) {
        for i in self.cued() {
            // A word of no class below and no capital opens nothing
            // ("house" is FAILURE_CUE).
            if self.text.words[i].quoted || !self.is(i, STAFF | GUESS | FAILURE_CUE | UPPER) {
                continue;
            }
            // "front of house should have checked on you"
            let front_of_house = self.lw(i) == "house"
                && i >= 2
                && self.lw(i - 1) == "of"
                && self.lw(i - 2) == "front";
            let found = if self.is(i, STAFF) || front_of_house || self.leads_with_name(i) {
                self.person_failed(i)
            } else if self.is(i, GUESS) {
                self.ownerless_guess(i)
            } else {
                None
            };
            if let Some(span) = found {
                out.push(span);
            }
        }
    }

    /// A capitalised word opening a sentence that reads as a first name:
    /// no known class, not a determiner, not an adverb ("Sadly").
    #[inline(always)]
    fn leads_with_name(&self, i: usize) -> bool {
        // Asked of every word: most start lowercase and are no name.
        self.may_start_upper(i) && self.reads_as_leading_name(i)
    }

    fn reads_as_leading_name(&self, i: usize) -> bool {
        // The cheap tests first: most capitalised words have a class or
        // stand inside a sentence.
        if self.cls[i] & MEANINGS != 0 || !self.sentence_first(i) {
            return false;
        }
        let raw = self.raw(i);
        let mut cs = raw.chars();
        let name = cs.next().is_some_and(char::is_uppercase)
            && cs.all(char::is_lowercase)
            && raw.len() >= 3
            && !raw.ends_with("ly")
            && !self.opening_gerund(i);
        name && !matches!(
            self.lw(i),
            "the"
                | "our"
                | "this"
                | "that"
                | "they"
                | "it"
                | "there"
                | "thank"
                | "thanks"
                | "please"
                | "hope"
                | "sorry"
                | "glad"
                | "again"
                | "any"
                | "all"
        ) && !super::excuses::is_calendar_or_number(self.lw(i))
    }

    fn sentence_first(&self, i: usize) -> bool {
        i == 0 || !self.same_sentence(i - 1, i)
    }

    /// The person at `i` (a staff word or a leading name), possibly with
    /// an appositive name ("our technician, Travis,"), then within the
    /// sentence a failure: "forgot", "failed to", "should have asked",
    /// "should never have". An apology right before owns it ("sorry our
    /// driver forgot").
    fn person_failed(&self, i: usize) -> Option<Span> {
        if self.negated(i) || (i > 0 && self.lw(i - 1) == "your") {
            return None;
        }
        if matches!(self.lw(i), "he" | "she") && !self.pronoun_means_staff(i) {
            return None;
        }
        let j = (i + 1..i + 12)
            .take_while(|&j| self.same_sentence(i, j))
            .take_while(|&j| !self.owns(j) && self.lw(j) != "you")
            .find(|&j| {
                let w = self.lw(j);
                is_failure(w)
                    || self.hindsight(j)
                    || (w == "should" && self.lw(j + 1) == "never" && self.lw(j + 2) == "have")
            })?;
        // "who didn't", "which failed": a relative clause about someone
        // else; "didn't" after a new subject belongs to it.
        let subject_changed = (i + 1..j).any(|k| {
            matches!(
                self.lw(k),
                "it" | "they" | "which" | "this" | "that" | "there"
            ) || (self.is(k, CUSTOMER | YOU) && !self.same_clause(i, k))
        });
        if subject_changed || self.apologises(i) {
            return None;
        }
        Some(self.span(i, j))
    }

    /// "The line probably dropped", "it may have been damaged": a guess at
    /// what broke, with no "we", "us" or "our" in the clause to own it.
    fn ownerless_guess(&self, i: usize) -> Option<Span> {
        if matches!(self.lw(i), "clearly" | "obviously" | "evidently") {
            return None;
        }
        let j = (i + 1..i + 5)
            .take_while(|&j| self.same_clause(i, j))
            .find(|&j| self.is(j, DAMAGE))?;
        let start = (0..i)
            .rev()
            .take_while(|&k| self.same_clause(k, i))
            .last()
            .unwrap_or(i);
        let end = (j..j + 8)
            .take_while(|&k| self.same_clause(j, k))
            .last()
            .unwrap_or(j);
        let owned = (start..=end)
            .any(|k| self.is(k, WE) || matches!(self.lw(k), "us" | "our" | "my" | "me"));
        if owned || self.negated(j) {
            return None;
        }
        Some(self.span(i, j))
    }
}
