//! More turns of negative tone, each found in two or more writers' sets
//! (blind19 and blind22-24) and kept as the move, not the words:
//! - what the business is not, as if the customer had asked for the
//!   absurd: "It's a hostel, not a palace.", "We aren't a charity.";
//! - "after all" reminding them of what they should have known: "…, after
//!   all.", "which is after all what you paid for";
//! - a statement put back as a question, or a question behind a lead, that
//!   asks nothing: "Four calls?", "Pricier than you expected?", "At that
//!   price, what exactly were you expecting?";
//! - the business's choice held up as the only sane one: "Would you have
//!   preferred we sent nothing at all?".
//!
//! A sincere reply can share a shape, so every reading is
//! `Evidence::Inferred`: it warns, it never blocks (called from
//! `tone_turns.rs`).

use super::clauses::Clauses;
use super::lexicon::DARE_CUE;

/// The words that open a dare in [`Clauses::dares_them_further`].
pub(super) const DARE_OPENERS: &[&str] =
    &["feel", "happy", "go", "our", "nothing", "welcome", "know"];

impl Clauses<'_, '_> {
    /// "It's a hostel, not a palace.", "we're a print shop, not a proof
    /// reader", "We aren't a charity.": the customer told what the business
    /// is not, as if they had asked for the absurd.
    pub(super) fn what_we_are_not(&self, a: usize, b: usize) -> bool {
        let article = |k: usize| matches!(self.lw(k), "a" | "an" | "the");
        // Read back from each "not" / "aren't" (few words are one).
        (a + 1..b).any(|k| {
            let (w, before) = (self.lw(k), self.lw(k - 1));
            // "We're a bike shop, not magicians.": a plural ending it.
            let plural = k + 2 == b && self.lw(k + 1).ends_with('s');
            if !matches!(w, "not" | "aren't") || !(article(k + 1) || w == "not" && plural) {
                return false;
            }
            // "a small crew, not a big chain": modesty, not a retort.
            let modest = (k + 1..(k + 4).min(b)).any(|j| {
                matches!(
                    self.lw(j),
                    "big" | "large" | "huge" | "giant" | "chain" | "corporation" | "franchise"
                )
            });
            if modest {
                return false;
            }
            // "We aren't a charity.": what it is not, ending the sentence.
            let we_not = match w {
                "aren't" => before == "we",
                _ => before == "we're" || before == "are" && k >= 2 && self.lw(k - 2) == "we",
            };
            if we_not {
                return k + 3 == b;
            }
            // "It's a hostel, not a palace": what it is, then what it is not.
            w == "not"
                && (k.saturating_sub(3).max(a)..k.saturating_sub(1)).any(|at| {
                    article(at)
                        && at > a
                        && (matches!(self.lw(at - 1), "it's" | "we're")
                            || at > a + 1
                                && matches!(self.lw(at - 1), "is" | "are")
                                && matches!(self.lw(at - 2), "it" | "we" | "this"))
                })
        })
    }

    /// "Feel free to contact the health department", "we're more than
    /// happy to let the Tribunal decide", "we have nothing to hide", "we'll
    /// be providing our evidence to your card provider": the customer dared
    /// to take it further.
    pub(super) fn dares_them_further(&self, a: usize, b: usize) -> bool {
        let escalation = |k: usize| {
            matches!(
                self.lw(k),
                "tribunal"
                    | "court"
                    | "judge"
                    | "council"
                    | "regulator"
                    | "ombudsman"
                    | "department"
                    | "standards"
                    | "lawyer"
                    | "solicitor"
                    | "attorney"
                    | "police"
                    | "authorities"
                    | "inspector"
                    | "claims"
            )
        };
        // "your bank" is where a refund lands; "our evidence to your bank"
        // is a contest.
        let their_bank = |k: usize| {
            matches!(self.lw(k), "bank" | "provider" | "issuer")
                && (k.saturating_sub(3)..k).any(|j| self.lw(j) == "your")
        };
        let decides =
            |k: usize| matches!(self.lw(k), "decide" | "judge" | "rule" | "settle" | "see");
        // Each turn opens with a word of DARE_OPENERS.
        (a..b).any(|k| {
            if !self.is(k, DARE_CUE) {
                return false;
            }
            let (w, next) = (self.lw(k), self.lw(k + 1));
            let after = || k + 2..b;
            match w {
                "feel" => next == "free" && after().any(escalation),
                "happy" => {
                    next == "to"
                        && self.lw(k + 2) == "let"
                        && after().any(|j| {
                            (escalation(j) || their_bank(j)) && (j + 1..j + 3).any(decides)
                        })
                }
                "go" => next == "right" && self.lw(k + 2) == "ahead" || next == "ahead" && k == a,
                "our" => next == "evidence" && after().any(their_bank),
                "nothing" => next == "to" && self.lw(k + 2) == "hide",
                // "Any lawyer is welcome to view it", "If your solicitor
                // wishes to contact us, they know where we are."
                "welcome" => next == "to" && (k.saturating_sub(3)..k).any(escalation),
                "know" => next == "where" && (a..b).any(escalation),
                _ => false,
            }
        })
    }

    /// "The claw machines are a game of skill, after all.", "which is after
    /// all what you paid for": the customer reminded of what they should
    /// have known. "after all your planning" grants their effort.
    pub(super) fn after_all(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|k| {
            self.lw(k) == "all"
                && self.lw(k - 1) == "after"
                && (k + 1 == b
                    || self.comma_at(k + 1)
                    || k >= a + 2
                        && matches!(self.lw(k - 2), "is" | "are" | "was" | "it's")
                        && !matches!(
                            self.lw(k + 1),
                            "the" | "that" | "this" | "your" | "our" | "my" | "those" | "these"
                        ))
        })
    }

    /// "Four calls?", "Pricier than you expected?", "At that price, what
    /// exactly were you expecting?": a statement put back as a question,
    /// or a question behind a lead, that asks nothing. A question that
    /// opens on an asking word, offers ("would you like", "could we") or
    /// asks what they prefer is a real one.
    pub(super) fn statement_questioned(&self, a: usize, b: usize) -> bool {
        if !self.ends_with_mark(b, b'?') {
            return false;
        }
        let lead = (a..b)
            .take_while(|&k| matches!(self.lw(k), "so" | "and" | "but" | "oh" | "well" | "then"))
            .count();
        let asks = |k: usize| is_asking(self.lw(k));
        let modal = |w: &str| matches!(w, "would" | "could" | "can" | "will" | "shall" | "may");
        let person = |w: &str| matches!(w, "you" | "we" | "i");
        // "would Thursday work for you?", "maybe you could…", "we can
        // either…": an offer or a request, not a jab.
        let offer = (a..b).any(|k| {
            let w = self.lw(k);
            modal(w) && (k + 1..b).any(|j| person(self.lw(j)))
                || person(w) && modal(self.lw(k + 1))
                || matches!(
                    w,
                    "please"
                        | "let"
                        | "anything"
                        | "questions"
                        | "help"
                        | "prefer"
                        | "us"
                        | "consider"
                        | "you'd"
                        | "we'd"
                        | "i'd"
                        | "you'll"
                        | "we'll"
                        | "i'll"
                )
        });
        !asks(a + lead) && !asks(a + lead + 1) && !offer
    }

    /// "Would you have preferred we sent nothing at all?", "would you rather
    /// I'd left it leaking?": the business's choice held up as the only
    /// sane one. "Would you prefer a refund?" offers.
    pub(super) fn would_you_have_preferred(&self, a: usize, b: usize) -> bool {
        self.ends_with_mark(b, b'?')
            && (a..b.saturating_sub(3)).any(|k| {
                self.lw(k) == "would"
                    && self.lw(k + 1) == "you"
                    && (self.lw(k + 2) == "have"
                        && matches!(self.lw(k + 3), "preferred" | "liked" | "wanted" | "rather")
                        || self.lw(k + 2) == "rather"
                            && matches!(self.lw(k + 3), "we" | "i" | "we'd" | "i'd"))
            })
    }
}

/// A word that opens a real question.
fn is_asking(w: &str) -> bool {
    matches!(
        w,
        "would"
            | "could"
            | "can"
            | "do"
            | "did"
            | "does"
            | "is"
            | "are"
            | "was"
            | "were"
            | "what"
            | "when"
            | "how"
            | "which"
            | "where"
            | "who"
            | "why"
            | "shall"
            | "will"
            | "should"
            | "have"
            | "has"
            | "may"
            | "might"
            | "any"
            | "anything"
            | "fancy"
    )
}
