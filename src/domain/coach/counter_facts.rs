//! The shop's own version of what happened with this customer, held up in
//! public to contradict them (issue 11, details pass): what the customer
//! turned down or signed ("a hot water bottle, which you declined", "the
//! inventory sheet, which you signed"), the state a thing was in when we
//! let it go ("spotless when she left", "when it left us perfectly
//! sealed"), and a count of what we sent ("we sent you 24 reports").
//!
//! Most writers of the labelled sets count these as public-details (what
//! was said, signed or done in this case, argued); read from the shape of
//! a sentence, they only warn. "You approved a correct proof and we still
//! printed the wrong date" owns the mistake, so approving is not among
//! them, nor is "which you accepted when booking" (the terms, a defence).

use super::clauses::Clauses;
use super::lexicon::*;
use super::reason::PublicDetail;
use super::structure::Span;

/// What a customer did with an offer or a paper that the shop holds up.
fn turned_down_or_signed(w: &str) -> bool {
    matches!(
        w,
        "declined" | "signed" | "refused" | "initialled" | "initialed"
    )
}

/// A state that says nothing was wrong when it was in our hands.
fn fine_state(w: &str) -> bool {
    matches!(
        w,
        "spotless" | "sealed" | "intact" | "undamaged" | "perfect" | "immaculate" | "fine"
    )
}

/// Things we sent, counted: "reports", "emails", "reminders".
fn sent_thing(w: &str) -> bool {
    matches!(
        w,
        "reports" | "emails" | "reminders" | "messages" | "updates" | "texts" | "invoices"
    )
}

impl Clauses<'_, '_> {
    /// Every sentence part that sets our version of the case against the
    /// customer's (see the module note).
    pub fn counter_facts(&self, out: &mut Vec<(Span, PublicDetail)>) {
        // Each shape opens on "which", "that", "when", "we" or "i", which
        // all have a class: only the cued words are read.
        for i in self.cued() {
            if self.text.words[i].quoted {
                continue;
            }
            if let Some(span) = self
                .which_you_declined(i)
                .or_else(|| self.fine_when_it_left(i))
                .or_else(|| self.we_sent_you_count(i))
            {
                out.push((span, PublicDetail::OurVersion));
            }
        }
    }

    /// "which you declined", "which your husband signed".
    fn which_you_declined(&self, i: usize) -> Option<Span> {
        if !matches!(self.lw(i), "which" | "that") || !self.is(i + 1, YOU) {
            return None;
        }
        let verb = if turned_down_or_signed(self.lw(i + 2)) {
            i + 2
        } else if self.lw(i + 1) == "your" && turned_down_or_signed(self.lw(i + 3)) {
            i + 3
        } else {
            return None;
        };
        (self.same_clause(i, verb) && self.lw(verb + 1) != "up").then(|| self.span(i, verb))
    }

    /// "spotless when she left", "when it left us perfectly sealed".
    fn fine_when_it_left(&self, i: usize) -> Option<Span> {
        if self.lw(i) != "when" || self.lw(i + 2) != "left" || !self.same_sentence(i, i + 2) {
            return None;
        }
        if !matches!(self.lw(i + 1), "it" | "she" | "he" | "they") {
            return None;
        }
        let before = i.checked_sub(1).filter(|&k| self.same_clause(k, i));
        let after = (i + 3..i + 6).find(|&k| self.same_clause(i, k) && fine_state(self.lw(k)));
        match (before.filter(|&k| fine_state(self.lw(k))), after) {
            (Some(k), _) => Some(self.span(k, i + 2)),
            (None, Some(k)) => Some(self.span(i, k)),
            _ => None,
        }
    }

    /// "we sent you 24 reports".
    fn we_sent_you_count(&self, i: usize) -> Option<Span> {
        let counted = matches!(self.lw(i), "we" | "i")
            && matches!(self.lw(i + 1), "sent" | "emailed" | "gave")
            && self.lw(i + 2) == "you"
            && self.raw(i + 3).bytes().all(|b| b.is_ascii_digit())
            && !self.raw(i + 3).is_empty()
            && sent_thing(self.lw(i + 4));
        (counted && self.same_clause(i, i + 4)).then(|| self.span(i, i + 4))
    }
}
