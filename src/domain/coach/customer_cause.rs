//! The customer as the cause, in polished forms: what they should have
//! done as a condition ("if you'd visited on a weekday", "had you rung
//! ahead"), their act as the reason ("because you gave us the wrong
//! address", "because your son hadn't brought…"), a norm the others meet
//! ("most travellers check…", "fine for the 14 groups before you"), a
//! question at them ("Did you water them…?"), and misuse implied ("drying
//! out after purchase", "washed with normal shampoo", "food brought from
//! outside", "already loose when it came in", "recovers with proper
//! watering"). Offers ("if you'd like…") and thanks ("because you took the
//! time") stay quiet. Read from the shape: these warn unless the words
//! state the fault (see `evidence.rs`).

use super::cause_words::*;
use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

impl Clauses<'_, '_> {
    /// Every clause giving the customer as the cause, appended to `out`
    /// unless a span there already covers it.
    pub fn customer_cause(&self, out: &mut Vec<Span>) {
        for i in self.cued() {
            if self.text.words[i].quoted || self.cls[i] & (CAUSE_CUE | DIGIT) == 0 {
                continue;
            }
            let found = match self.lw(i) {
                "if" => self.if_you_had(i),
                "had" => self.had_you(i),
                "because" => self.because_you(i),
                "most" | "many" | "other" | "all" | "every" => self.others_manage(i),
                "did" | "have" | "do" => self.asked_at_them(i),
                "after" | "once" => self.after_they_had_it(i),
                "brought" => self.brought_from_outside(i),
                "already" => self.already_so(i),
                "with" => self.proper_care(i),
                "next" => self.next_time_do(i),
                "responsibility" | "duty" => self.theirs_to_do(i),
                w if w.bytes().all(|b| b.is_ascii_digit()) => self.groups_before_you(i),
                w if is_looked_after(w) => self.wrong_means(i),
                _ => None,
            };
            if let Some(span) = found
                && !out.iter().any(|o| o.0 < span.1 && span.0 < o.1)
            {
                out.push(span);
            }
        }
    }

    /// "if you'd visited on a weekday", "if you had booked ahead".
    fn if_you_had(&self, i: usize) -> Option<Span> {
        let (v, at) = match (self.lw(i + 1), self.lw(i + 2)) {
            ("you'd", _) => (self.lw(i + 2), i + 2),
            ("you", "had") => (self.lw(i + 3), i + 3),
            _ => return None,
        };
        let done = is_done(v) && !is_wish(v) && self.same_clause(i, at);
        done.then(|| self.span(i, at))
    }

    /// "Had you rung ahead, …": the same condition turned round.
    fn had_you(&self, i: usize) -> Option<Span> {
        let opens = i == 0 || !self.same_clause(i - 1, i);
        let v = self.lw(i + 2);
        (opens && self.lw(i + 1) == "you" && is_done(v) && !is_wish(v)).then(|| self.span(i, i + 2))
    }

    /// "because you gave us the wrong address", "because your son hadn't
    /// brought his textbook": the customer's slip as the reason.
    fn because_you(&self, i: usize) -> Option<Span> {
        let k = (i + 1..i + 3).find(|&k| matches!(self.lw(k), "you" | "your" | "you'd"))?;
        // "because your repeat wasn't ready" is the business's failure.
        if self.lw(k) == "your" && !is_their_person(self.lw(k + 1)) {
            return None;
        }
        // "because you didn't receive it" is what happened to them.
        (k + 1..k + 7)
            .take_while(|&j| self.same_clause(i, j))
            .find(|&j| is_slip(self.lw(j)) && !is_neutral_ask(self.lw(j + 1)))
            .map(|j| self.span(i, j))
    }

    /// "most travellers check…", "most of our guests manage to…", "fine
    /// for the 14 groups before you": the others held up to the customer.
    fn others_manage(&self, i: usize) -> Option<Span> {
        let mut k = i + 1;
        if self.lw(k) == "of" {
            k += 1;
        }
        if matches!(self.lw(k), "our" | "the" | "my") {
            k += 1;
        }
        if !is_others(self.lw(k)) || !self.same_clause(i, k) {
            return None;
        }
        if self.lw(i) == "every" && self.lw(k) != "other" && self.lw(i + 1) != "other" {
            return None;
        }
        let v = self.lw(k + 1);
        // "how many customers never proofread": their slip as the rule.
        if matches!(v, "never" | "forget" | "fail" | "don't" | "can't") && self.lw(i) != "other" {
            return Some(self.span(i, k + 1));
        }
        let norm = is_norm_verb(v) && self.same_clause(k, k + 1);
        // "most guests find it fine", "most guests have no trouble".
        let easy = (k + 1..k + 10)
            .take_while(|&j| self.same_sentence(k, j))
            .any(|j| {
                matches!(
                    self.lw(j),
                    "fine"
                        | "easy"
                        | "easily"
                        | "trouble"
                        | "problem"
                        | "problems"
                        | "issue"
                        | "issues"
                        | "before"
                        | "ahead"
                        | "advance"
                )
            });
        (norm && easy).then(|| self.span(i, k + 1))
    }

    /// "fine for the 14 groups before and after you".
    fn groups_before_you(&self, i: usize) -> Option<Span> {
        if !is_others(self.lw(i + 1)) || !matches!(self.lw(i + 2), "before" | "after") {
            return None;
        }
        let you = (i + 3..i + 6)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| self.lw(k) == "you")?;
        Some(self.span(i, you))
    }

    /// "each patient's responsibility to verify": the duty put on them.
    fn theirs_to_do(&self, i: usize) -> Option<Span> {
        let whose = self.lw(i.checked_sub(1)?);
        let base = whose.strip_suffix("'s").or(whose.strip_suffix("s'"))?;
        let theirs = self.is(i - 1, CUSTOMER)
            || matches!(
                base,
                "customer" | "client" | "guest" | "patient" | "buyer" | "member" | "tenant"
            );
        (theirs && self.lw(i + 1) == "to").then(|| self.span(i - 1, i + 1))
    }

    /// "Did you water them through the dry spell?": a question at the
    /// customer about their part.
    fn asked_at_them(&self, i: usize) -> Option<Span> {
        let opens = i == 0 || !self.same_sentence(i - 1, i);
        if !opens || self.lw(i + 1) != "you" || is_neutral_ask(self.lw(i + 2)) {
            return None;
        }
        let s = self.text.words[i].sentence as usize;
        let asks = self
            .text
            .sentences
            .get(s)
            .is_some_and(|&(_, e)| self.text.src[..e].ends_with('?'));
        (asks && self.same_clause(i, i + 2) && !self.lw(i + 2).is_empty())
            .then(|| self.span(i, i + 2))
    }

    /// "drying out after purchase", "damaged after delivery": harm placed
    /// after the customer had it.
    fn after_they_had_it(&self, i: usize) -> Option<Span> {
        let when = self.lw(i + 1);
        if !matches!(
            when,
            "purchase" | "collection" | "pickup" | "delivery" | "fitting" | "planting" | "home"
        ) {
            return None;
        }
        let k = (i.saturating_sub(3)..i)
            .filter(|&k| self.same_clause(k, i))
            .find(|&k| {
                let w = self.lw(k);
                w.starts_with("dry") || w.starts_with("damag") || self.is(k, DAMAGE)
            })?;
        Some(self.span(k, i + 1))
    }

    /// "food brought from outside", "brought in from home".
    fn brought_from_outside(&self, i: usize) -> Option<Span> {
        let from = (i + 1..i + 3).find(|&k| self.lw(k) == "from")?;
        matches!(self.lw(from + 1), "outside" | "home" | "elsewhere")
            .then(|| self.span(i, from + 1))
    }

    /// "already loose when it came in", "already shrunk before they reach
    /// us": the fault was there before the business touched it.
    fn already_so(&self, i: usize) -> Option<Span> {
        let k = (i + 1..i + 4)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| is_prior_state(self.lw(k)))?;
        let s = self.text.words[i].sentence;
        let arrived = self.sentence_words(s).any(|m| {
            m > k
                && matches!(
                    self.lw(m),
                    "came" | "reach" | "reached" | "reaches" | "brought" | "arrived" | "handed"
                )
        });
        arrived.then(|| self.span(i, k))
    }

    /// "washed with normal shampoo", "cleaned with household bleach".
    fn wrong_means(&self, i: usize) -> Option<Span> {
        if !matches!(self.lw(i + 1), "with" | "in" | "using") {
            return None;
        }
        let k = (i + 2..i + 4)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| is_wrong_means(self.lw(k)))?;
        let ours = (i.saturating_sub(4)..i).any(|m| self.same_clause(m, i) && self.is(m, WE));
        (!ours).then(|| self.span(i, k))
    }

    /// "usually recover with proper watering": the care they did not give.
    fn proper_care(&self, i: usize) -> Option<Span> {
        if !matches!(self.lw(i + 1), "proper" | "correct" | "regular" | "daily") {
            return None;
        }
        let care = self.lw(i + 2);
        let is_care = matches!(
            care,
            "watering" | "care" | "aftercare" | "use" | "maintenance" | "storage" | "cleaning"
        );
        let s = self.text.words[i].sentence;
        let ours = self
            .sentence_words(s)
            .any(|m| self.is(m, WE) || self.lw(m) == "us");
        (is_care && !ours).then(|| self.span(i, i + 2))
    }

    /// "Maybe next time describe the lock accurately": homework for the
    /// next visit.
    fn next_time_do(&self, i: usize) -> Option<Span> {
        if self.lw(i + 1) != "time" {
            return None;
        }
        // "next time you book, ask for me" invites; "next time you
        // should check" and "next time check" set homework.
        let mut k = i + 2;
        if self.lw(k) == "maybe" {
            k += 1;
        }
        if self.lw(k) == "you" {
            if !matches!(self.lw(k + 1), "should" | "need" | "must" | "might") {
                return None;
            }
            k += 1;
        }
        let duty = matches!(
            self.lw(k),
            "describe"
                | "check"
                | "read"
                | "follow"
                | "measure"
                | "store"
                | "clean"
                | "specify"
                | "arrive"
                | "water"
                | "should"
                | "request"
                | "order"
                | "plan"
                | "allow"
                | "need"
                | "must"
                | "might"
        );
        (duty && self.same_sentence(i, k)).then(|| self.span(i, k))
    }
}
