//! Blame that reads as an explanation: someone else's trouble given as the
//! cause ("our lens lab had significant delays", "the driver went to the
//! wrong address"), a member of staff's punishment made public ("Pete has
//! been spoken to", "the stylist … is no longer with us"), and the burden
//! put back on the customer with a condition ("if the aftercare instructions
//! had been followed", "members are expected to check"). Each is a shape of
//! a clause — who, then what went wrong — not a phrase.

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// "Dave", "Pete": a capital, then lower-case letters only.
fn title_case(raw: &str) -> bool {
    let mut cs = raw.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
}

impl Clauses<'_, '_> {
    /// "should have called", "should've checked": what someone else
    /// should have done.
    /// ("should have been boxed properly" holds the experience up to a
    /// norm; it names no one.)
    pub(super) fn hindsight(&self, j: usize) -> bool {
        let after = |d: usize| {
            if self.same_clause(j, j + d) {
                self.lw(j + d)
            } else {
                ""
            }
        };
        match self.lw(j) {
            "should've" => !matches!(after(1), "been" | ""),
            // "should have the part by Friday" expects a thing; it is no
            // deed left undone.
            "should" => {
                after(1) == "have"
                    && !matches!(after(2), "been" | "" | "the" | "a" | "an" | "your" | "some")
            }
            _ => false,
        }
    }

    /// "he"/"she" blames only when it stands for a member of staff named
    /// just before ("our engineer … he was running behind"), not for the
    /// customer's son ("sessions he didn't get").
    pub(super) fn pronoun_means_staff(&self, i: usize) -> bool {
        if !matches!(self.lw(i), "he" | "she") {
            return true;
        }
        let s = self.text.words[i].sentence;
        (i.saturating_sub(30)..i).any(|k| {
            self.text.words[k].sentence + 1 >= s
                && !matches!(self.lw(k), "he" | "she")
                && (self.is(k, STAFF) || self.shop.is_staff(self.raw(k)))
        })
    }

    /// Whether a member of staff at `i` is what the apology is for: "sorry
    /// our driver was late" (sorry just before, or in the same clause). In
    /// "Sorry about the delay - our engineer … didn't let the office know"
    /// the apology is for the delay and the engineer is named as its cause.
    pub(crate) fn apologises(&self, i: usize) -> bool {
        let sorry = |k: usize| {
            let w = self.lw(k);
            w == "sorry" || w.starts_with("apologi")
        };
        (i.saturating_sub(3)..i).any(|k| self.same_sentence(k, i) && sorry(k))
            || self
                .sentence_words(self.text.words[i].sentence)
                .any(|k| self.same_clause(k, i) && sorry(k))
    }

    /// Every excuse that lays blame, appended to `out`.
    pub fn excuses(&self, out: &mut Vec<Span>) {
        self.named_then_disciplined(out);
        const STARTS: Class = THIRD | STAFF | DISCIPLINED | CUSTOMER;
        for i in self.cued() {
            let w = &self.text.words[i];
            if w.quoted {
                continue;
            }
            // Every word named below is an opener (the lexicon's
            // EXCUSE_CUE) or has a class of STARTS or CAUSE, and a name
            // starts with a capital: one bit test passes over the rest.
            if !self.is(i, STARTS | CAUSE | EXCUSE_CUE | UPPER) {
                continue;
            }
            let found = if self.lw(i) == "no" {
                self.staff_disciplined(i)
            } else if self.cls[i] & STARTS != 0 || self.is_name(i) {
                self.agent_had_trouble(i)
                    .or_else(|| self.staff_disciplined(i))
                    .or_else(|| self.customers_expected(i))
            } else if self.is(i, CAUSE) {
                self.caused_by_a_fault(i)
            } else if matches!(self.lw(i), "didn't" | "failed" | "couldn't") {
                self.failed_with_them(i)
            } else if self.lw(i) == "if" {
                self.had_it_been_followed(i)
            } else if matches!(
                self.lw(i),
                "recommend" | "advise" | "make" | "do" | "please" | "so"
            ) {
                // Homework set for the customer puts the cause on them.
                self.homework(i)
            } else {
                None
            };
            if let Some(span) = found {
                out.push(span);
            }
        }
    }

    /// A capitalised word inside a sentence that is not a pronoun or a
    /// known class: most likely a name ("Pete", "SwiftHaul").
    #[inline(always)]
    fn is_name(&self, i: usize) -> bool {
        // Asked of every word: most start lowercase and are no name.
        self.may_start_upper(i) && self.reads_as_name(i)
    }

    fn reads_as_name(&self, i: usize) -> bool {
        let raw = self.raw(i);
        let mut cs = raw.chars();
        // The cheap tests first: a sentence's first word is rarely a name
        // here, and the calendar's words are string compares.
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().all(char::is_lowercase)
            && raw.len() >= 2
            && !self.is(i, WE | YOU | ASK | ANYONE | NEGATION | VAGUE | MAYBE)
            && (self.shop.is_staff(raw) || i > 0 && self.same_sentence(i - 1, i))
            && !is_calendar_or_number(self.lw(i))
    }

    /// "our lens lab had significant delays", "the driver went to the wrong
    /// address", "our delivery partner missed the first window".
    fn agent_had_trouble(&self, i: usize) -> Option<Span> {
        // "he missed" may be the customer's son: a pronoun is no agent here.
        let pronoun = matches!(self.lw(i), "he" | "she");
        // "previous guests", "other customers": someone else's doing.
        let others = self.is(i, CUSTOMER)
            && i > 0
            && matches!(self.lw(i - 1), "previous" | "other" | "last" | "earlier");
        // "Tutors are human too and get ill" speaks of the trade in general,
        // not of a member of staff.
        let in_general = self.is(i, STAFF)
            && !self.is(i, THIRD)
            && self.lw(i).ends_with('s')
            && (i == 0 || !self.same_clause(i - 1, i) || !is_owner_word(self.lw(i - 1)));
        // "Passing you off to the courier was wrong": the courier is what
        // the clause is about, not who did wrong.
        let object = (i.saturating_sub(3)..i)
            .any(|k| self.same_clause(k, i) && matches!(self.lw(k), "to" | "onto" | "off"));
        let agent =
            (self.is(i, THIRD | STAFF) && !in_general && !object) || self.is_name(i) || others;
        let yours = i > 0 && self.lw(i - 1) == "your";
        if !agent || yours || pronoun || self.negated(i) {
            return None;
        }
        // The trouble may follow an appositive name ("our delivery partner,
        // SwiftHaul, missed…") or a joined clause ("…, and this batch had a
        // defect").
        let capital = |k: usize| self.raw(k).starts_with(char::is_uppercase);
        let j = (i + 1..i + 9)
            .take_while(|&j| self.same_sentence(i, j))
            .take_while(|&j| {
                self.same_clause(i, j)
                    || matches!(self.lw(j - 1), "and" | "which" | "that" | "who")
                    || matches!(self.lw(j), "and" | "which" | "that" | "who")
                    || capital(j)
                    || capital(j - 1)
            })
            .find(|&j| self.is(j, TROUBLE))?;
        // "how we confirm emergency visits so a missed one…": the business
        // is the subject of the clause.
        let ours = (i.saturating_sub(6)..i).any(|k| self.same_clause(k, i) && self.is(k, WE));
        if ours || self.negated(j) || (i..j).any(|k| self.owns(k) || self.lw(k) == "us") {
            return None;
        }
        // "sorry our driver was late" owns it; a third party is still
        // named as the cause.
        let staff_only = !self.is(i, THIRD) && !self.is_name(i);
        if staff_only && self.apologises(i) {
            return None;
        }
        Some(self.span(i, j))
    }

    /// "because of a faulty appliance", "due to a defective part": a fault
    /// given as the cause, not owned ("due to an error on our part").
    fn caused_by_a_fault(&self, i: usize) -> Option<Span> {
        let opens = matches!(
            (self.lw(i), self.lw(i + 1)),
            ("because", "of") | ("due", "to") | ("caused", "by") | ("down", "to")
        );
        if !opens || self.negated(i) {
            return None;
        }
        let j = (i + 2..i + 6)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| self.is(k, FAULT))?;
        let owned = (i..j + 4)
            .take_while(|&k| self.same_clause(i, k))
            .any(|k| self.is(k, WE) || matches!(self.lw(k), "our" | "us" | "my"));
        (!owned).then(|| self.span(i, j))
    }

    /// "didn't sync with our payment provider", "failed to arrive with the
    /// courier": a failure placed with a third party.
    fn failed_with_them(&self, i: usize) -> Option<Span> {
        let prep = (i + 1..i + 4)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| matches!(self.lw(k), "with" | "by" | "from"))?;
        let who = (prep + 1..prep + 4)
            .take_while(|&k| self.same_clause(prep, k))
            .find(|&k| self.is(k, THIRD))?;
        if (i.saturating_sub(2)..i).any(|k| self.is(k, WE)) && self.lw(prep) != "with" {
            return None;
        }
        Some(self.span(i, who))
    }

    /// "Pete has been spoken to", "the cleaners … have been retrained",
    /// "the stylist who did your colour is no longer with us".
    fn staff_disciplined(&self, i: usize) -> Option<Span> {
        let longer = self.lw(i) == "no" && self.lw(i + 1) == "longer";
        let punished = self.is(i, DISCIPLINED)
            && i > 0
            && matches!(self.lw(i - 1), "been" | "was" | "were" | "being")
            && (self.lw(i) != "spoken" || self.lw(i + 1) == "to");
        if !punished && !longer {
            return None;
        }
        let from = self.sentence_start_of(i);
        let who = (from..i).find(|&k| {
            self.same_sentence(k, i)
                && (self.is(k, STAFF) || self.is_name(k) || self.is_first_name(k))
        })?;
        Some(self.span(who, if longer { i + 1 } else { i }))
    }

    /// A person named, then what the business did to them: "Biscuit's
    /// regular walker was cutting walks short and we've let him go",
    /// "Dave let a few pupils down; we've had a serious word with him".
    fn named_then_disciplined(&self, out: &mut Vec<Span>) {
        for j in 0..self.text.words.len() {
            if !self.is(j, WE) {
                continue;
            }
            let Some(end) = self.we_disciplined(j) else {
                continue;
            };
            let from = self.sentence_start_of(j);
            let who = (from..j).find(|&k| {
                self.is(k, STAFF | CAUSE_CUE)
                    || self.is_name(k)
                    || self.is_first_name(k)
                    || (k == from && self.opens_with_a_name(k))
            });
            if let Some(who) = who {
                out.push(self.span(who, end));
            }
        }
    }

    /// "Dave let…": a sentence's first word that can only be a name:
    /// capitalised, no word the lexicon knows, not an adverb.
    fn opens_with_a_name(&self, k: usize) -> bool {
        let raw = self.raw(k);
        title_case(raw)
            && raw.len() >= 3
            && self.cls[k] & MEANINGS == 0
            && !raw.ends_with("ly")
            && !super::clauses::is_determiner(self.lw(k))
            && !is_calendar_or_number(self.lw(k))
    }

    /// "…and we've let him go", "…; we've had a serious word with her",
    /// "we've spoken to them": the business, at word `j` ("we"), telling
    /// in public how it dealt with the person it just named. The last
    /// word of it, or None. "We let them go on the big slide" is an
    /// outing, not a dismissal: "go" must end its clause.
    fn we_disciplined(&self, j: usize) -> Option<usize> {
        let them = |k: usize| matches!(self.lw(k), "him" | "her" | "them");
        (j + 1..j + 7)
            .take_while(|&k| self.same_clause(j, k))
            .find_map(|k| match self.lw(k) {
                "let"
                    if them(k + 1) && self.lw(k + 2) == "go" && !self.same_clause(k + 2, k + 3) =>
                {
                    Some(k + 2)
                }
                "word" if self.lw(k + 1) == "with" && them(k + 2) => Some(k + 2),
                "spoken" | "talked" if self.lw(k + 1) == "to" && them(k + 2) => Some(k + 2),
                _ if self.is(k, DISCIPLINED) && them(k + 1) => Some(k + 1),
                _ => None,
            })
    }

    /// A name opening a sentence ("Pete has been…"), the shop's staff or a
    /// capitalised word followed by a verb of being.
    fn is_first_name(&self, k: usize) -> bool {
        let raw = self.raw(k);
        title_case(raw)
            && raw.len() >= 2
            && !self.is(
                k,
                WE | YOU | ASK | ANYONE | NEGATION | VAGUE | MAYBE | THIRD,
            )
            && !matches!(self.lw(k), "the" | "our" | "this" | "that" | "they" | "it")
            && !is_calendar_or_number(self.lw(k))
            && matches!(self.lw(k + 1), "has" | "have" | "was" | "is" | "who")
    }

    fn sentence_start_of(&self, i: usize) -> usize {
        let s = self.text.words[i].sentence;
        self.text.words.partition_point(|w| w.sentence < s)
    }

    /// "members are expected to check", "guests are responsible for".
    fn customers_expected(&self, i: usize) -> Option<Span> {
        if !self.is(i, CUSTOMER) {
            return None;
        }
        let be = matches!(self.lw(i + 1), "are" | "were" | "is" | "must");
        let duty = matches!(
            self.lw(i + 2),
            "expected"
                | "required"
                | "responsible"
                | "obliged"
                | "asked"
                | "reminded"
                | "advised"
                | "encouraged"
                | "told"
        );
        (be && duty && self.same_clause(i, i + 2)).then(|| self.span(i, i + 2))
    }

    /// "if the instructions had been followed", "if you had read", "had
    /// the aftercare been followed": the customer's part as the cause.
    fn had_it_been_followed(&self, i: usize) -> Option<Span> {
        let had = (i + 1..i + 7)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| matches!(self.lw(k), "had" | "hadn't"))?;
        let care = (had + 1..had + 4)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| self.is(k, CARE | DUTY) || self.lw(k) == "read")?;
        // "if we had followed up" is the business owning it.
        if (i..had).any(|k| self.is(k, WE)) {
            return None;
        }
        Some(self.span(i, care))
    }
}

/// The words [`Clauses::excuses`] names (besides its classes).
pub(super) const OPENERS: &[&str] = &[
    "no",
    "didn't",
    "failed",
    "couldn't",
    "if",
    "recommend",
    "advise",
    "make",
    "do",
    "please",
    "so",
];

/// Words that tie a plural to particular people: "our cleaners", "the two
/// lads", "both drivers".
fn is_owner_word(w: &str) -> bool {
    matches!(
        w,
        "our"
            | "the"
            | "my"
            | "his"
            | "her"
            | "their"
            | "two"
            | "both"
            | "these"
            | "those"
            | "of"
            | "your"
    )
}

/// A month's full name, lower case.
pub(super) fn is_full_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// A day of the week, lowercased.
pub(super) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Capitalised words that are never a person: days, months, numbers.
pub(super) fn is_calendar_or_number(w: &str) -> bool {
    is_full_month(w)
        || is_weekday(w)
        || matches!(
            w,
            "christmas"
                | "easter"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "one"
                | "both"
                | "all"
                | "several"
                | "many"
                | "some"
        )
}
