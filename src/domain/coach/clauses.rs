//! Who did what, read from the shape of a clause rather than from a list of
//! whole phrases: a fault or damage word tied to someone other than the
//! business (a carrier, a member of staff, the customer), active or
//! passive; speculation about where damage happened; the customer's misuse;
//! and the contempt that a polite surface hides (scare quotes, rhetorical
//! questions, "Maybe try…"). Each finding points at the words that made it.

use super::lexicon::*;
use super::shop::Shop;
use super::structure::Span;
use super::text::Text;

/// A text with every word's classes, read once per check.
pub(crate) struct Clauses<'t, 'a> {
    pub text: &'t Text<'a>,
    pub cls: &'t [Class],
    /// The words with a class, cue or shape ([`cued`]).
    cued: &'t [u32],
    pub shop: &'t Shop,
}

/// Words between a preposition and the agent it introduces.
pub(super) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "our" | "their" | "a" | "an" | "its" | "his" | "her" | "that" | "this" | "one"
    )
}

/// What may follow "your" after "due to" without blaming the customer.
fn is_kind_noun(w: &str) -> bool {
    matches!(
        w,
        "feedback"
            | "review"
            | "comments"
            | "comment"
            | "suggestion"
            | "suggestions"
            | "kind"
            | "patience"
            | "understanding"
            | "message"
            | "email"
            | "visit"
            | "loyalty"
            | "support"
            | "custom"
            | "report"
    )
}

/// Nouns a reply blames when it says a fault was "down to" them.
fn is_misuse_noun(w: &str) -> bool {
    matches!(
        w,
        "aftercare"
            | "misuse"
            | "mishandling"
            | "handling"
            | "transit"
            | "wear"
            | "user"
            | "impact"
            | "pressure"
            | "overwatering"
            | "underwatering"
            | "neglect"
            | "knocks"
            | "drops"
            | "overuse"
    )
}

impl<'t, 'a> Clauses<'t, 'a> {
    /// `cls` is [`classify`] of `text`, `cued` is [`cued`] of `cls`.
    pub fn new(
        text: &'t Text<'a>,
        cls: &'t [Class],
        cued: &'t [u32],
        shop: &'t Shop,
    ) -> Clauses<'t, 'a> {
        Clauses {
            text,
            cls,
            cued,
            shop,
        }
    }

    /// The words a per-word pass may open on, in order: a word with no
    /// class, cue or shape opens none of blame's, defences' or
    /// justifications' shapes, so those passes read only these.
    #[inline]
    pub fn cued(&self) -> impl Iterator<Item = usize> + '_ {
        self.cued.iter().map(|&i| i as usize)
    }

    /// Word `i` in lowercase; past the end, "" (rules look ahead freely and
    /// must never panic on a short text).
    #[inline(always)]
    pub fn lw(&self, i: usize) -> &str {
        match self.text.words.get(i) {
            Some(w) => self.text.lower(w),
            None => "",
        }
    }

    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        self.text.words.get(i).map_or("", |w| self.text.raw(w))
    }

    #[inline]
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.cls.get(i).is_some_and(|c| c & class != 0)
    }

    #[inline]
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        b < self.text.words.len() && self.text.words[a].sentence == self.text.words[b].sentence
    }

    #[inline]
    pub fn same_clause(&self, a: usize, b: usize) -> bool {
        b < self.text.words.len() && self.text.words[a].clause == self.text.words[b].clause
    }

    pub fn span(&self, a: usize, b: usize) -> Span {
        let (a, b) = (a.min(b), a.max(b));
        (self.text.words[a].start, self.text.words[b].end)
    }

    /// A negation up to five words before `i`, in its clause ("not sure"
    /// and "no idea" hedge rather than negate).
    pub fn negated(&self, i: usize) -> bool {
        (i.saturating_sub(5)..i)
            .rev()
            .take_while(|&k| self.same_clause(k, i))
            .any(|k| {
                // The hedge is read only after a negation: most words are none.
                let negation = self.is(k, NEGATION) || self.lw(k).ends_with("n't");
                negation && !(k + 1 < i && matches!(self.lw(k + 1), "sure" | "idea" | "doubt"))
            })
    }

    /// "we"/"I" as a subject between `a` and `b` in one clause: the
    /// business owning what happened.
    pub(super) fn owned_between(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.owns(k) && self.same_clause(k, b))
    }

    /// "we"/"I" at `k` as the one acting, not inside a relative clause that
    /// only says whose supplier it is ("the booking system I use failed").
    pub(super) fn owns(&self, k: usize) -> bool {
        self.is(k, WE)
            && !matches!(
                self.lw(k + 1),
                "use"
                    | "used"
                    | "hire"
                    | "hired"
                    | "chose"
                    | "work"
                    | "rely"
                    | "booked"
                    | "ordered"
                    | "buy"
                    | "bought"
                    | "partner"
                    | "contract"
                    | "contracted"
            )
    }

    /// A word of the sentence of `i` in `class`.
    pub(super) fn sentence_has(&self, i: usize, class: Class) -> bool {
        let s = self.text.words[i].sentence;
        self.sentence_words(s).any(|k| self.is(k, class))
    }

    pub fn sentence_words(&self, s: u32) -> impl Iterator<Item = usize> + '_ {
        let words = &self.text.words;
        let from = words.partition_point(|w| w.sentence < s);
        (from..words.len()).take_while(move |&k| words[k].sentence == s)
    }

    /// Someone outside the business as a whole.
    fn is_agent(&self, i: usize) -> bool {
        self.text.words.get(i).is_some_and(|w| !w.quoted)
            && (self.is(i, THIRD | STAFF) || self.names_person(i))
    }

    /// Whether word `i` may start with an uppercase letter: a word that
    /// starts with an ASCII byte other than a capital cannot, and the name
    /// tests asked of every word skip it without decoding a character.
    #[inline(always)]
    pub(super) fn may_start_upper(&self, i: usize) -> bool {
        self.text.words.get(i).is_some_and(|w| {
            let b = self
                .text
                .src
                .as_bytes()
                .get(w.start)
                .copied()
                .unwrap_or(b'a');
            b >= 0x80 || b.is_ascii_uppercase()
        })
    }

    /// Whether word `i` starts with something other than a lowercase letter
    /// or a digit: a name may start here.
    pub(super) fn capital(&self, i: usize) -> bool {
        let b = self.text.src.as_bytes()[self.text.words[i].start];
        !b.is_ascii_lowercase() && !b.is_ascii_digit()
    }

    /// Every blaming clause in the text.
    pub fn blame(&self, out: &mut Vec<Span>) {
        // The classes a blaming clause can start with; every other word is
        // passed over with one test (this runs on every pause in typing).
        const STARTS: Class =
            THIRD | STAFF | DAMAGE | FAULT | EVENT | CAUSE | YOU | CARE | CUSTOMER;
        for i in self.cued() {
            // UPPER: a capital, where a name may start.
            if self.cls[i] & (STARTS | UPPER) == 0 || self.text.words[i].quoted {
                continue;
            }
            if let Some(span) = self
                .agent_then_fault(i)
                .or_else(|| self.fault_then_agent(i))
                .or_else(|| self.cause_then_agent(i))
                .or_else(|| self.customer_misuse(i))
                .or_else(|| self.guessed_place(i))
                .or_else(|| self.not_as_instructed(i))
            {
                out.push(span);
            }
        }
        self.excuses(out);
        self.outside_blame(out);
        self.failures(out);
        self.others_fault(out);
        self.staff_cause(out);
        self.outside_cause(out);
        self.customer_cause(out);
        self.cause_predicates(out);
        self.generic_causes(out);
    }

    /// "I am the partner responsible for our team": the writer names their
    /// own role. Not "as the driver dropped it", where "as" is "because".
    fn names_self(&self, i: usize) -> bool {
        let k = if matches!(self.lw(i.wrapping_sub(1)), "the" | "a" | "an") {
            i - 1
        } else {
            i
        };
        k > 0 && matches!(self.lw(k - 1), "am" | "i'm" | "we're")
    }

    /// "the courier obviously threw it", "Kevin forgot", "the carrier's
    /// responsibility".
    fn agent_then_fault(&self, i: usize) -> Option<Span> {
        // "your partner" is the customer's, not a business partner.
        let yours = i > 0 && self.lw(i - 1) == "your";
        if !self.is_agent(i) || yours || self.negated(i) || !self.pronoun_means_staff(i) {
            return None;
        }
        if self.listed_with_feeling(i) || self.names_self(i) {
            return None;
        }
        // A member of staff in a sentence that apologises is owned, not
        // blamed ("sorry our driver was late"); a third party is not.
        let staff_only = !self.is(i, THIRD) && !self.names_person(i);
        // A fault, or a failure ("the new girl … didn't realise").
        let j = (i + 1..i + 7)
            .take_while(|&j| self.same_sentence(i, j))
            .take_while(|&j| self.same_clause(i, j) || self.lw(j - 1) == "and")
            .find(|&j| self.is(j, DAMAGE | FAULT) || self.failed_at(j) || self.hindsight(j))?;
        // "a late delivery followed by a damaged table": the state of a
        // thing, not what the agent did; "a hotel you didn't book": your
        // failing, or ours, is not the agent's.
        let adjective = !self.is(j, FAULT) && matches!(self.lw(j - 1), "a" | "an");
        // "our mistake", "…and the error are our responsibility": owned.
        let ours = |k: usize| {
            self.same_clause(j, k)
                && matches!(self.lw(k), "our" | "my" | "ours")
                && !self.negated(k)
                && self.lw(k - 1) != "not"
        };
        let owned_after = (j + 1..j + 5).any(|k| {
            ours(k) && (self.lw(k) == "ours" || super::evidence::is_fault_word(self.lw(k + 1)))
        });
        if adjective || matches!(self.lw(j - 1), "you" | "we" | "i" | "our" | "my") || owned_after {
            return None;
        }
        let failed = self.failed_at(j) || self.hindsight(j);
        if !failed && self.negated(j) {
            return None;
        }
        if self.owned_between(i, j) {
            return None;
        }
        // The one who finds or mends the fault is not the one at fault.
        let found = (i + 1..j).any(|k| super::fault_reported::finds_or_mends(self.lw(k)));
        if found || staff_only && self.apologises(i) {
            return None;
        }
        Some(self.span(i, j))
    }

    /// "didn't", "never", "failed", "forgot", "did not" at `j`.
    fn failed_at(&self, j: usize) -> bool {
        matches!(self.lw(j), "didn't" | "never" | "failed" | "forgot")
            || (self.lw(j) == "did" && self.lw(j + 1) == "not")
    }

    /// "mishandled … by the delivery company", "a glitch with our payment
    /// provider", "damaged by the customer".
    fn fault_then_agent(&self, i: usize) -> Option<Span> {
        if !self.is(i, DAMAGE | FAULT | EVENT)
            || self.negated(i)
            || self.taken_up(i)
            || self.remedied(i)
        {
            return None;
        }
        for j in i + 1..i + 8 {
            if !self.same_sentence(i, j) {
                break;
            }
            let prep = self.lw(j);
            if !matches!(prep, "by" | "with" | "of" | "on" | "from" | "at") {
                continue;
            }
            let mut k = j + 1;
            while k < j + 3 && self.same_sentence(i, k) && is_determiner(self.lw(k)) {
                k += 1;
            }
            if !self.same_sentence(i, k) {
                break;
            }
            let by_customer = prep == "by" && (self.lw(k) == "you" || self.is(k, CUSTOMER));
            // The agent may be the head of a compound ("payment provider",
            // "external lens laboratory").
            let agent = if self.is_agent(k) {
                Some(k)
            } else {
                (k + 1..k + 3).find(|&h| self.same_clause(k, h) && self.is(h, THIRD))
            };
            if let Some(a) = agent.or(by_customer.then_some(k))
                && !self.owned_between(i, a)
            {
                return Some(self.span(i, a));
            }
        }
        None
    }

    /// "due to the weather", "down to your aftercare", "caused by you".
    fn cause_then_agent(&self, i: usize) -> Option<Span> {
        if !self.is(i, CAUSE) || !self.same_sentence(i, i + 1) || self.negated(i) {
            return None;
        }
        let next = self.lw(i + 1);
        let opens = match self.lw(i) {
            "due" | "down" => next == "to",
            "caused" => next == "by",
            "because" | "result" => next == "of",
            _ => matches!(next, "on" | "the" | "our"),
        };
        if !opens {
            return None;
        }
        // In its own clause: "ran long because of it, breaking your lamp"
        // lists what went wrong.
        for k in i + 2..i + 8 {
            if !self.same_clause(i, k) {
                break;
            }
            let w = self.lw(k);
            let yours =
                w == "your" && self.same_sentence(i, k + 1) && !is_kind_noun(self.lw(k + 1));
            if self.is_agent(k) || self.is(k, CUSTOMER) || w == "you" || yours || is_misuse_noun(w)
            {
                return Some(self.span(i, k));
            }
            if self.is(k, WE) || w == "us" {
                break;
            }
        }
        None
    }
}
