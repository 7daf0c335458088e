//! Blame implied rather than said (issue 11, blame2): a cause given as
//! what usually happens ("chipping is usually caused by hand cream",
//! "fleas are almost always brought in by…", "headaches have many
//! causes"), the customer's child or animal as the one who would not
//! cooperate ("your dog wouldn't stand still", "she was very wriggly"),
//! and another customer as the cause ("the family before you arrived
//! late", "the previous guests left it like that").
//!
//! None of these names a fault and who in so many words, so each is read
//! as inferred (see `evidence.rs`): it warns and never blocks. The spans
//! leave out the person, so the evidence check cannot read them as stated.

use super::clauses::Clauses;
use super::lexicon::{WE, YOU};
use super::structure::Span;

/// Words that make a cause a general rule rather than what happened here.
fn is_usually(w: &str) -> bool {
    matches!(
        w,
        "usually" | "typically" | "often" | "commonly" | "mostly" | "generally" | "normally"
    ) || w == "always"
}

/// Words that open a cause after a general rule: "usually caused by".
fn is_cause_verb(w: &str) -> bool {
    matches!(
        w,
        "caused" | "brought" | "triggered" | "down" | "due" | "linked" | "result" | "comes"
    )
}

/// Someone a customer brings along and answers for.
fn is_dependant(w: &str) -> bool {
    matches!(
        w,
        "dog"
            | "puppy"
            | "pup"
            | "cat"
            | "kitten"
            | "horse"
            | "pet"
            | "son"
            | "daughter"
            | "child"
            | "children"
            | "kids"
            | "kid"
            | "toddler"
            | "toddlers"
            | "boy"
            | "girl"
    )
}

/// Not cooperating: what the dependant is said to have done.
fn is_uncooperative(w: &str) -> bool {
    matches!(
        w,
        "wriggly"
            | "wriggling"
            | "wriggled"
            | "fidgety"
            | "restless"
            | "refused"
            | "wouldn't"
            | "uncooperative"
            | "snappy"
            | "unsettled"
    )
}

/// Someone else who was served: "the family before you".
fn is_other_party(w: &str) -> bool {
    matches!(
        w,
        "family"
            | "client"
            | "customer"
            | "guest"
            | "guests"
            | "group"
            | "party"
            | "patient"
            | "appointment"
            | "booking"
            | "couple"
            | "occupants"
            | "tenants"
            | "tenant"
    )
}

/// What another party is said to have done to us.
fn is_holdup(w: &str) -> bool {
    matches!(
        w,
        "late"
            | "overran"
            | "overrunning"
            | "ran"
            | "left"
            | "pushed"
            | "held"
            | "delayed"
            | "damaged"
            | "broke"
            | "caused"
    )
}

impl Clauses<'_, '_> {
    /// Every implied cause found, appended to `out`.
    pub(super) fn implied_causes(&self, out: &mut Vec<Span>) {
        for i in 0..self.text.words.len() {
            if self.text.words[i].quoted {
                continue;
            }
            let w = self.lw(i);
            let found = if is_cause_verb(w) {
                self.general_cause(i)
            } else if is_uncooperative(w) || (w == "would" && self.lw(i + 1) == "not") {
                self.would_not_cooperate(i)
            } else if matches!(w, "before" | "ahead" | "previous") {
                self.another_party(i)
            } else {
                None
            };
            if let Some(span) = found {
                out.push(span);
            }
        }
    }

    /// "we", "I", "our" or "us" in the clause of `i`: the business owning.
    fn ours_in_clause(&self, i: usize) -> bool {
        (i.saturating_sub(8)..(i + 4).min(self.text.words.len())).any(|k| {
            self.same_clause(k, i) && (self.is(k, WE) || matches!(self.lw(k), "our" | "us"))
        })
    }

    /// "usually caused by hand cream", "almost always brought in by a guest
    /// dog". ("Illness has many causes" is a defence, not blame, to every
    /// writer: see `justifications.rs`.)
    fn general_cause(&self, i: usize) -> Option<Span> {
        if self.negated(i) || self.ours_in_clause(i) {
            return None;
        }
        let w = self.lw(i);
        let rule =
            (i.saturating_sub(3)..i).find(|&k| self.same_clause(k, i) && is_usually(self.lw(k)))?;
        // "usually comes from…", "typically down to…": the cause must open.
        let opens = match w {
            "caused" | "brought" | "triggered" => true,
            "down" | "due" | "comes" => matches!(self.lw(i + 1), "to" | "from"),
            _ => matches!(self.lw(i + 1), "to" | "with" | "of"),
        };
        opens.then(|| self.span(rule, i + 1))
    }

    /// "your dog would not stand still", "she was very wriggly", "your son
    /// refused to…": the customer's child or animal as the cause. Not the
    /// business ("we wouldn't rush her") or the customer thanked.
    fn would_not_cooperate(&self, i: usize) -> Option<Span> {
        if self.ours_in_clause(i) {
            return None;
        }
        let theirs = (i.saturating_sub(6)..i).any(|k| {
            self.same_sentence(k, i)
                && (is_dependant(self.lw(k)) && k > 0 && self.is(k - 1, YOU)
                    || matches!(self.lw(k), "she" | "he"))
        });
        // "wouldn't stand still", not "wouldn't have known".
        let (end, next) = match self.lw(i) {
            "would" => (i + 1, self.lw(i + 2)),
            "wouldn't" => (i, self.lw(i + 1)),
            _ => (i, "still"),
        };
        if !matches!(
            next,
            "stand" | "sit" | "stay" | "settle" | "keep" | "let" | "hold" | "still"
        ) {
            return None;
        }
        theirs.then(|| self.span(i, end))
    }

    /// "the family before you arrived 25 minutes late", "the previous
    /// guests left it like that", "the appointment ahead of yours ran over".
    fn another_party(&self, i: usize) -> Option<Span> {
        let w = self.lw(i);
        let party = if w == "previous" {
            is_other_party(self.lw(i + 1)).then_some(i + 1)?
        } else {
            let after = if w == "ahead" && self.lw(i + 1) == "of" {
                i + 2
            } else {
                i + 1
            };
            let yours = matches!(self.lw(after), "you" | "yours");
            (yours && i > 0 && is_other_party(self.lw(i - 1))).then_some(i - 1)?
        };
        let held_us = (i + 1..i + 9)
            .take_while(|&k| self.same_sentence(i, k))
            .any(|k| is_holdup(self.lw(k)));
        (held_us && !self.ours_in_clause(i)).then(|| self.span(party.min(i), party.max(i)))
    }
}
