//! Defences that justify instead of owning, read from the shape of a
//! sentence (issue 11, blame2): a correction announced before the point
//! ("To be clear, …", "Just so you know, …", "That said, …", "For
//! context, …"), a standard held up as a shield ("we take hygiene very
//! seriously", "our kitchen is always clean", "every unit we fit is fully
//! compliant"), credentials held up ("a licensed supplier", "our fitters
//! are fully insured"), and the problem told as a general truth ("seals
//! can occasionally perish", "screens always look different on a laptop",
//! "parcels usually only go missing when…").
//!
//! Each of these also fits a sentence that goes on to own the failure, so
//! every one is read as inferred: it warns and never blocks.

use super::clauses::Clauses;
use super::lexicon::{JUSTIFY_CUE, WE, YOU};
use super::structure::Span;

/// Words that make a quality absolute: "always clean", "100% safe".
fn is_absolute(w: &str) -> bool {
    matches!(w, "always" | "100" | "fully" | "completely" | "totally")
}

/// What "always" says of a thing when it excuses what happened to it:
/// "always look different", "always unpredictable", "always come first".
fn is_always_excuse(w: &str) -> bool {
    matches!(
        w,
        "look"
            | "looks"
            | "vary"
            | "varies"
            | "differ"
            | "differs"
            | "unpredictable"
            | "subject"
            | "busy"
            | "busier"
            | "come"
            | "comes"
            | "prioritised"
            | "prioritized"
    )
}

/// Verbs that can follow "sometimes"/"occasionally" with no helper before
/// them ("parcels sometimes go astray").
fn is_mishap_verb(w: &str) -> bool {
    matches!(
        w,
        "happen"
            | "happens"
            | "go"
            | "goes"
            | "get"
            | "gets"
            | "arrive"
            | "arrives"
            | "fail"
            | "fails"
            | "break"
            | "breaks"
            | "stick"
            | "sticks"
            | "occur"
            | "occurs"
            | "take"
            | "takes"
    )
}

/// A time that can be busy: "Friday nights are manic".
fn is_time(w: &str) -> bool {
    super::excuses::is_weekday(w)
        || matches!(
            w,
            "night"
                | "nights"
                | "weekend"
                | "weekends"
                | "evenings"
                | "mornings"
                | "week"
                | "season"
                | "lunchtime"
                | "lunchtimes"
                | "christmas"
                | "summer"
                | "holidays"
        )
}

/// What a business counts when it says how much it had on.
fn is_load(w: &str) -> bool {
    matches!(
        w,
        "orders"
            | "bookings"
            | "covers"
            | "guests"
            | "diners"
            | "calls"
            | "deliveries"
            | "jobs"
            | "customers"
            | "tables"
            | "parcels"
            | "patients"
            | "appointments"
    )
}

/// Helpers that make a frequency a general claim: "can sometimes".
fn is_helper(w: &str) -> bool {
    matches!(
        w,
        "can" | "may" | "might" | "could" | "do" | "does" | "will" | "are" | "is" | "were" | "was"
    )
}

/// Every word a justification shape is anchored on.
pub(super) const CUE_WORDS: &[&str] = &[
    "clear",
    "know",
    "said",
    "context",
    "though",
    "honest",
    "frank",
    "say",
    "transparency",
    "accuracy",
    "info",
    "information",
    "as",
    "seriously",
    "reasons",
    "sources",
    "causes",
    "sometimes",
    "occasionally",
    "usually",
    "always",
    "safe",
    "clean",
    "compliant",
    "hygienic",
    "spotless",
    "sterile",
    "immaculate",
    "certified",
    "accredited",
    "licensed",
    "licenced",
    "insured",
    "vetted",
    "registered",
    "slammed",
    "swamped",
    "inundated",
    "overwhelmed",
    "rammed",
    "hectic",
    "crazy",
    "manic",
    "chaotic",
];

impl Clauses<'_, '_> {
    /// Every justification found by shape, appended to `out`.
    pub(super) fn justifications(&self, out: &mut Vec<Span>) {
        let src = self.text.src.as_bytes();
        for i in self.cued() {
            let word = &self.text.words[i];
            // A cue word (the lexicon's JUSTIFY_CUE) or a number of two
            // digits or more (it may count a load); one bit test passes
            // over most words.
            let cue = self.is(i, JUSTIFY_CUE);
            let number = !cue && word.end - word.start >= 2 && src[word.start].is_ascii_digit();
            if !(number || cue) || word.quoted {
                continue;
            }
            let w = self.lw(i);
            let found = match w {
                "clear" | "know" | "said" | "context" | "though" | "honest" | "frank" | "say"
                | "transparency" | "accuracy" | "info" | "information" | "as" => self.framed(i),
                "seriously" => self.taken_seriously(i),
                "reasons" | "sources" | "causes" => self.other_causes(i),
                "slammed" | "swamped" | "inundated" | "overwhelmed" | "rammed" | "hectic"
                | "crazy" | "manic" | "chaotic" => self.under_pressure(i),
                "sometimes" | "occasionally" | "usually" | "always" => self.general_truth(i),
                "safe" | "clean" | "compliant" | "hygienic" | "spotless" | "sterile"
                | "immaculate" => self.standard_claimed(i),
                "certified" | "accredited" | "licensed" | "licenced" | "insured" | "vetted"
                | "registered" => self.credential(i),
                _ if number && w.bytes().all(|b| b.is_ascii_digit()) => self.volume(i),
                _ => None,
            };
            if let Some(span) = found {
                out.push(span);
            }
        }
    }

    /// "We were slammed on Friday", "Saturday nights are manic": the
    /// pressure the business was under, given as the reason. Not the
    /// customer's ("you must have been overwhelmed") and not empathy ("I
    /// know how hectic…").
    fn under_pressure(&self, i: usize) -> Option<Span> {
        let before = (i.saturating_sub(4)..i).filter(|&k| self.same_clause(k, i));
        if self.negated(i) || self.you_near(i) || before.clone().any(|k| self.lw(k) == "how") {
            return None;
        }
        let from = before
            .clone()
            .find(|&k| self.is(k, WE) || is_time(self.lw(k)))?;
        (!self.owns_after(from)).then(|| self.span(from, i))
    }

    /// "over 200 orders that night", "we had 60 covers": how much the
    /// business had on, given as the reason.
    fn volume(&self, i: usize) -> Option<Span> {
        if !is_load(self.lw(i + 1)) || self.you_near(i) {
            return None;
        }
        let before = (i.saturating_sub(4)..i).filter(|&k| self.same_clause(k, i));
        let from = before.clone().find(|&k| {
            self.is(k, WE) || matches!(self.lw(k), "over" | "nearly" | "almost" | "than")
        })?;
        (!self.owns_after(from)).then(|| self.span(from, i + 1))
    }

    /// "Illness can have many causes", "children get headaches for many
    /// reasons": some other cause offered, none named. Not the business
    /// speaking of its own reasons ("we had several reasons").
    fn other_causes(&self, i: usize) -> Option<Span> {
        let many = i > 0
            && matches!(
                self.lw(i - 1),
                "many" | "several" | "various" | "multiple" | "other" | "different"
            );
        (many && !self.person_in_clause(i)).then(|| self.span(i - 1, i))
    }

    /// "you"/"your" in the clause of `i`.
    fn you_near(&self, i: usize) -> bool {
        (i.saturating_sub(6)..(i + 4).min(self.text.words.len()))
            .any(|k| self.same_clause(k, i) && self.is(k, YOU))
    }

    /// "We take food safety extremely seriously": a standard held up. Not
    /// "we take this seriously" (the harm the customer reported), not "we
    /// take all feedback seriously" (stock, not a defence), not "we didn't
    /// take your concerns seriously" (owning).
    fn taken_seriously(&self, i: usize) -> Option<Span> {
        let take = (i.saturating_sub(7)..i)
            .rev()
            .take_while(|&k| self.same_clause(k, i))
            .find(|&k| matches!(self.lw(k), "take" | "takes"))?;
        let ours =
            (take.saturating_sub(3)..take).any(|k| self.same_clause(k, take) && self.is(k, WE));
        if !ours || self.negated(take) {
            return None;
        }
        let object = take + 1..i;
        let topic = object.clone().any(|k| {
            !matches!(
                self.lw(k),
                "very" | "extremely" | "really" | "incredibly" | "so" | "most" | "deadly"
            )
        });
        let stock_or_harm = object.clone().any(|k| {
            self.is(k, YOU)
                || matches!(
                    self.lw(k),
                    "this"
                        | "that"
                        | "it"
                        | "these"
                        | "those"
                        | "them"
                        | "all"
                        | "every"
                        | "any"
                        | "feedback"
                        | "concerns"
                        | "complaints"
                        | "comments"
                        | "reviews"
                )
        });
        (topic && !stock_or_harm && !self.looking_into_it(i)).then(|| self.span(take, i))
    }

    /// Whether the sentence goes on to say we are looking into it ("…
    /// seriously and we are looking into Saturday's service"): the standard
    /// is why we act, not a shield.
    fn looking_into_it(&self, i: usize) -> bool {
        let s = self.text.words[i].sentence;
        self.sentence_words(s).filter(|&k| k > i).any(|k| {
            self.is(k, WE)
                && (k + 1..k + 4).any(|j| {
                    matches!(
                        self.lw(j),
                        "looking"
                            | "investigating"
                            | "reviewing"
                            | "checking"
                            | "look"
                            | "investigate"
                            | "review"
                            | "check"
                    )
                })
        })
    }

    /// "Our kitchen is ALWAYS clean", "every board we fit is 100% safe and
    /// fully compliant": a standard claimed as a fact against the review.
    /// Not a fix ("every machine is now 100% safe"), a promise ("we'll make
    /// sure it is clean") or a guarantee (a risky promise, not a defence).
    fn standard_claimed(&self, i: usize) -> Option<Span> {
        let clause = (i.saturating_sub(10)..(i + 3).min(self.text.words.len()))
            .filter(|&k| self.same_sentence(k, i) && self.same_clause(k, i));
        let absolute = i > 0 && is_absolute(self.lw(i - 1)) && self.same_clause(i - 1, i);
        let is_verb = (i.saturating_sub(4)..i).any(|k| matches!(self.lw(k), "is" | "are"));
        if !absolute || !is_verb || self.negated(i) {
            return None;
        }
        let fix_or_promise = clause.clone().any(|k| {
            self.is(k, YOU)
                || matches!(
                    self.lw(k),
                    "now" | "will" | "we'll" | "make" | "ensure" | "guarantee" | "until"
                )
        });
        (!fix_or_promise).then(|| self.span(i - 1, i))
    }

    /// "sourced from licensed suppliers", "our crews are fully insured": a qualification held up against the review.
    /// Not a title ("Registered Manager") or the customer's complaint
    /// ("your complaint is registered").
    fn credential(&self, i: usize) -> Option<Span> {
        let raw = self.raw(i);
        let titled = !self.opens_sentence(i) && raw.starts_with(|c: char| c.is_uppercase());
        let held_up = i > 0
            && self.same_clause(i - 1, i)
            && (matches!(
                self.lw(i - 1),
                "a" | "an" | "are" | "is" | "fully" | "all" | "from" | "by" | "our"
            ));
        let yours = (i.saturating_sub(6)..i).any(|k| self.same_clause(k, i) && self.is(k, YOU));
        (held_up && !titled && !yours && !self.negated(i)).then(|| self.span(i, i))
    }

    /// "Brake fittings can sometimes work loose", "colours always look
    /// different on home monitors", "drafts are usually only lost if…":
    /// the problem told as what things do in general. The business speaking
    /// of itself ("we usually reply within a day") or to the customer ("you
    /// can always call") is not this.
    fn general_truth(&self, i: usize) -> Option<Span> {
        if self.negated(i) || self.person_in_clause(i) {
            return None;
        }
        let next = self.lw(i + 1);
        let helped =
            (i.saturating_sub(2)..i).any(|k| self.same_clause(k, i) && is_helper(self.lw(k)));
        let hit = match self.lw(i) {
            // "Emergencies always come first"; not "guests always come back".
            "always" if matches!(next, "come" | "comes") => self.lw(i + 2) == "first",
            // "Always look different"; not "always look forward to".
            "always" => is_always_excuse(next) && !matches!(self.lw(i + 2), "forward" | "after"),
            "usually" => next == "only" || (helped && self.same_clause(i, i + 1)),
            _ => helped || is_mishap_verb(next),
        };
        if !hit {
            return None;
        }
        let from = (i.saturating_sub(2)..i)
            .find(|&k| self.same_clause(k, i) && is_helper(self.lw(k)))
            .unwrap_or(i);
        Some(self.span(from, (i + 1).min(self.text.words.len() - 1)))
    }

    /// "we", "I" or "you" in the clause of `i`, or "our"/"your" in it.
    fn person_in_clause(&self, i: usize) -> bool {
        (i.saturating_sub(6)..(i + 4).min(self.text.words.len())).any(|k| {
            self.same_clause(k, i)
                && (self.is(k, WE | YOU) || matches!(self.lw(k), "our" | "us" | "my" | "me"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::Category;
    use super::super::lexicon::{JUSTIFY_CUE, classes};
    use super::super::sentence_table::findings;
    use super::CUE_WORDS;

    /// A cue word the first test turned away would never be read: each
    /// must pass it.
    #[test]
    fn every_cue_word_passes_the_first_test() {
        for w in CUE_WORDS {
            assert_ne!(classes(w) & JUSTIFY_CUE, 0, "{w}");
        }
        // And a capitalised one is read as its lowercase.
        let found = findings("", "To be clear, it was fine.");
        assert!(found.iter().any(|f| f.category == Category::Defensive));
    }
}
