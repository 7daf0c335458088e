//! Empathy that weighs what the customer went through, read from the shape
//! of a sentence (issue 11, details pass). The writers of every set count
//! as empathy "any acknowledgement of how it felt or what it cost", and
//! the commonest such sentences name no feeling at all:
//! - an appraisal of their experience: the experience as subject, a
//!   copula, a word that weighs it as hard ("that's a rough couple of
//!   nights", "…is a rotten way to finish a lease", "is no fun at all",
//!   "makes work really hard");
//! - the author saying they know how it was: "we know how wearing that
//!   is", "we get why you're unimpressed", "we can only imagine", "we
//!   know you rely on your bike", "totally get it";
//! - what the customer came or paid for, left unmet: "you came to learn,
//!   not to sit through scales", "is not what you called us for";
//! - nobody would want it: "nobody wants droppings in the cutlery drawer";
//! - the fright or pain named as theirs: "the fright you and your son had".
//!
//! Sentences that defend, blame or sneer are skipped by the caller; an
//! appraisal whose subject is a person or the customer's own words ("your
//! review is unfair", "she was rough") or that follows "but"/"however"
//! ("however, ash blonde is notoriously hard") weighs nothing for them.

use super::clauses::Clauses;
use super::lexicon::*;

/// Words that weigh an experience as hard on the person who had it.
fn weighs_hard(w: &str) -> bool {
    matches!(
        w,
        "rough"
            | "rotten"
            | "lousy"
            | "dreadful"
            | "brutal"
            | "shambles"
            | "nightmare"
            | "worry"
            | "fear"
            | "worst"
            | "poor"
            | "tough"
            | "hard"
            | "harder"
            | "devastating"
            | "grim"
            | "bleak"
            | "stressful"
            | "disruptive"
            | "exhausting"
            | "draining"
            | "wearing"
            | "hellish"
            | "ordeal"
            | "gutting"
            | "upsetting"
            | "distressing"
            | "unpleasant"
            | "scary"
            | "frightening"
            | "alarming"
            | "crummy"
            | "precious"
            | "horrible"
            | "awful"
            | "terrible"
            | "miserable"
            | "heartbreaking"
            | "sad"
    )
}

/// Heads of a subject that make an appraisal about a person or about the
/// customer's own words rather than about what they went through.
fn not_an_experience(w: &str) -> bool {
    matches!(
        w,
        "i" | "we"
            | "you"
            | "he"
            | "she"
            | "they"
            | "review"
            | "comment"
            | "comments"
            | "claim"
            | "claims"
            | "post"
            | "feedback"
            | "account"
            | "version"
            | "rating"
            | "accusation"
            | "accusations"
    )
}

/// Verbs that join an experience to its weighing.
fn is_copula(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "that's"
            | "it's"
            | "this's"
            | "sounds"
            | "sounded"
            | "makes"
            | "made"
            | "make"
            | "be"
    )
}

/// What the author knows of it: "know", "get", "appreciate"…
fn is_knowing(w: &str) -> bool {
    matches!(
        w,
        "know" | "get" | "appreciate" | "realise" | "realize" | "see" | "imagine"
    )
}

/// The customer counting on us: "you rely on", "you trusted us".
fn is_reliance(w: &str) -> bool {
    matches!(
        w,
        "rely" | "relied" | "count" | "counted" | "depend" | "depended" | "trusted" | "need"
    )
}

/// What the customer came or paid for: "you came to learn, not…".
fn is_purpose(w: &str) -> bool {
    matches!(
        w,
        "came" | "come" | "called" | "paid" | "pay" | "hired" | "chose" | "asked"
    )
}

/// Feelings named as the customer's: "the fright you had".
fn is_hurt(w: &str) -> bool {
    matches!(
        w,
        "fright" | "pain" | "shock" | "scare" | "distress" | "worry" | "stress" | "anxiety"
    )
}

impl Clauses<'_, '_> {
    /// Whether some sentence not skipped weighs what the customer went
    /// through (see the module note).
    pub fn empathy_weighed(&self, skip: impl Fn(u32) -> bool) -> bool {
        let words = &self.text.words;
        let mut from = 0;
        while from < words.len() {
            let s = words[from].sentence;
            let to = from + words[from..].iter().take_while(|w| w.sentence == s).count();
            if !skip(s)
                && (self.appraises(from, to)
                    || self.knows_how(from, to)
                    || self.unmet_purpose(from, to)
                    || self.nobody_wants(from, to))
            {
                return true;
            }
            from = to;
        }
        false
    }

    /// "…is a rotten way to finish a lease", "that's a rough night", "is
    /// no fun at all", "makes work really hard".
    fn appraises(&self, from: usize, to: usize) -> bool {
        (from..to).any(|c| {
            let cop = self.lw(c);
            if !is_copula(cop) || (from..c).any(|k| self.undercuts(k) || self.their_view(k)) {
                return false;
            }
            let plain = !matches!(cop, "that's" | "it's" | "this's");
            let subject = c.checked_sub(1).filter(|&k| k >= from);
            if plain
                && subject.is_none_or(|k| {
                    not_an_experience(self.lw(k)) || self.is(k, STAFF | CUSTOMER | THIRD | WE)
                })
            {
                return false;
            }
            // "be" only after "would": "would be a nightmare for anyone".
            if cop == "be" && c.checked_sub(1).is_none_or(|k| self.lw(k) != "would") {
                return false;
            }
            self.weighs_after(c, to)
        })
    }

    /// The predicate after a copula at `c` weighs it as hard, with no
    /// negation first ("isn't a problem"); "no fun" is the one negation
    /// that weighs.
    fn weighs_after(&self, c: usize, to: usize) -> bool {
        let end = (c + 7).min(to);
        for j in c + 1..end {
            let (w, next) = (self.lw(j), self.lw(j + 1));
            // "no fun", "not much fun", "isn't fun".
            let no_fun = next == "fun" || next == "much" && self.lw(j + 2) == "fun";
            if self.is(j, NEGATION) || w.ends_with("n't") {
                return no_fun;
            }
            let hard = weighs_hard(w)
                && !(w == "hard" && next == "to" && matches!(self.lw(j + 2), "say" | "tell"))
                || w == "lot" && next == "to" && j + 1 < to
                || w == "bad" && (next == "enough" || self.lw(j - 1) == "as");
            if hard {
                return true;
            }
        }
        false
    }

    /// "but", "however", "although", "though" before a weighing: what
    /// follows argues (ash blonde "is notoriously hard to achieve"); "if"
    /// doubts it ("a tip, if it was so terrible").
    fn undercuts(&self, k: usize) -> bool {
        matches!(self.lw(k), "but" | "however" | "although" | "though" | "if")
    }

    /// "you feel", "you said": what follows is the customer's view reported
    /// ("sorry you feel our communication is poor"), not ours weighed.
    fn their_view(&self, k: usize) -> bool {
        self.is(k, YOU)
            && matches!(
                self.lw(k + 1),
                "feel" | "felt" | "think" | "thought" | "say" | "said" | "believe" | "found"
            )
    }

    /// "we know how wearing that is", "we can only imagine", "we get why
    /// you're unimpressed", "we know you rely on your bike", "totally get
    /// it", "we know it cost you".
    fn knows_how(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| {
            if !matches!(self.lw(k), "i" | "we") {
                return false;
            }
            // Past an adverb or two: "we really do know", "we can only".
            let v = (k + 1..(k + 4).min(to))
                .find(|&j| is_knowing(self.lw(j)))
                .filter(|&v| {
                    (k + 1..v).all(|j| {
                        matches!(
                            self.lw(j),
                            "really" | "totally" | "completely" | "fully" | "do" | "can" | "only"
                        )
                    })
                });
            let Some(v) = v else { return false };
            let (next, after) = (self.lw(v + 1), self.lw(v + 2));
            match self.lw(v) {
                "imagine" => self.lw(v - 1) != "can't" && (k + 1..v).any(|j| self.lw(j) == "can"),
                "get" if next == "it" => v + 2 >= to || !self.same_clause(v + 1, v + 2),
                _ => {
                    matches!(next, "how" | "why")
                        || matches!(next, "it" | "that") && after == "cost"
                        || self.is(v + 1, YOU) && is_reliance(after) && self.lw(v + 3) != "to"
                        || next == "that" && self.is(v + 2, YOU) && is_reliance(self.lw(v + 3))
                }
            }
        })
    }

    /// "you came to learn, not to sit through scales", "is not what you
    /// called us for", "you trusted us with your jacket".
    fn unmet_purpose(&self, from: usize, to: usize) -> bool {
        let negated_later = |k: usize| (k..to).any(|j| self.is(j, NEGATION));
        (from..to).any(|k| {
            if !self.is(k, YOU) || k + 1 >= to {
                return false;
            }
            let (verb, next) = (self.lw(k + 1), self.lw(k + 2));
            // "you booked us to…", never "you booked for 7pm, not 8pm".
            let unmet = (is_purpose(verb) || verb == "booked" && next == "us")
                && matches!(next, "to" | "us" | "for" | "so")
                && (negated_later(k + 2)
                    || k > from
                        && self.lw(k - 1) == "what"
                        && self.is(k.saturating_sub(2), NEGATION));
            let relies = matches!(verb, "trusted" | "rely" | "relied" | "count" | "counted")
                && matches!(next, "us" | "on");
            unmet || relies
        })
    }

    /// "nobody wants droppings in the cutlery drawer", "no one should have
    /// to", "the fright you and your son had".
    fn nobody_wants(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| {
            let w = self.lw(k);
            let nobody = (w == "nobody" || w == "no" && self.lw(k + 1) == "one")
                && (k + 1..(k + 3).min(to)).any(|j| {
                    matches!(
                        self.lw(j),
                        "wants" | "needs" | "deserves" | "expects" | "likes" | "enjoys"
                    )
                });
            let hurt = is_hurt(w)
                && k > from
                && self.lw(k - 1) == "the"
                && (k + 1 < to && self.is(k + 1, YOU));
            nobody || hurt
        })
    }
}
