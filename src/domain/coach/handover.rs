//! Where the item was when it broke, and whether it was looked after: damage
//! guessed to have happened out of the business's hands ("must have
//! occurred after delivery", "was mishandled in transit", "after our team
//! left") and care not taken as instructed ("the item was not stored as
//! instructed", "it appears the final step was not clicked").

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

impl Clauses<'_, '_> {
    /// Damage placed, with a guess, somewhere after it left the business:
    /// "must have occurred after delivery", "was mishandled in transit".
    pub(super) fn guessed_place(&self, i: usize) -> Option<Span> {
        if !self.is(i, DAMAGE | EVENT) || self.negated(i) {
            return None;
        }
        let w = self.lw(i);
        let (place, end) = (i + 1..i + 6)
            .take_while(|&k| self.same_sentence(i, k))
            .find_map(|k| self.place_after_handover(k).map(|e| (k, e)))?;
        // "after it left us" places it outside by itself; otherwise a guess
        // or a word like "mishandled" must.
        let left = matches!(self.lw(place + 1), "it" | "they");
        let strong = left || matches!(w, "mishandled" | "mishandling" | "thrown" | "threw");
        if !strong && !self.sentence_has(i, GUESS) {
            return None;
        }
        if self.owned_between(self.sentence_start(i), i) {
            return None;
        }
        Some(self.span(i, end))
    }

    fn sentence_start(&self, i: usize) -> usize {
        let s = self.text.words[i].sentence;
        self.text.words.partition_point(|w| w.sentence < s)
    }

    /// "in transit", "in the post", "after delivery", "before drop-off",
    /// "in your care": where the item was out of the business's hands.
    /// Returns the last word of the place.
    fn place_after_handover(&self, k: usize) -> Option<usize> {
        let at = |d: usize| {
            if self.same_sentence(k, k + d) {
                self.lw(k + d)
            } else {
                ""
            }
        };
        let (p, a, b) = (self.lw(k), at(1), at(2));
        let hit = match p {
            "in" => {
                matches!(a, "transit" | "transport" | "shipping")
                    || (a == "the" && matches!(b, "post" | "mail"))
                    || (a == "your" && matches!(b, "care" | "possession" | "hands"))
            }
            "during" => {
                matches!(
                    a,
                    "transit" | "delivery" | "shipping" | "transport" | "shipment"
                ) || (a == "the" && matches!(b, "journey" | "delivery"))
            }
            // "after the repair", "after our team left"
            "after" if matches!(a, "the" | "our") => {
                matches!(
                    b,
                    "repair" | "fitting" | "service" | "installation" | "visit"
                ) || (matches!(b, "team" | "crew" | "engineer" | "fitter" | "driver")
                    && matches!(at(3), "left" | "finished" | "went"))
            }
            "after" => {
                matches!(
                    a,
                    "delivery"
                        | "dropoff"
                        | "drop"
                        | "collection"
                        | "arrival"
                        | "installation"
                        | "handover"
                        | "leaving"
                        | "repair"
                        | "fitting"
                        | "servicing"
                ) || (matches!(a, "it" | "they") && b == "left")
                    || (a == "you" && matches!(b, "collected" | "received" | "took" | "left"))
            }
            "before" => matches!(a, "drop" | "dropoff" | "arrival"),
            "on" => matches!(a, "its" | "the") && b == "way",
            "at" => a == "your" && matches!(b, "end" | "side"),
            _ => false,
        };
        if !hit {
            return None;
        }
        let two = matches!(
            b,
            "post"
                | "mail"
                | "care"
                | "possession"
                | "hands"
                | "journey"
                | "left"
                | "collected"
                | "received"
                | "took"
        ) || (p == "on" && b == "way")
            || (p == "at" && !b.is_empty())
            || (matches!(a, "drop") && b == "off");
        if p == "after" && matches!(a, "the" | "our") {
            let left = matches!(at(3), "left" | "finished" | "went");
            return Some(k + if left { 3 } else { 2 });
        }
        Some(k + if two { 2 } else { 1 })
    }

    /// "the item was not stored as instructed".
    pub(super) fn not_as_instructed(&self, i: usize) -> Option<Span> {
        if !self.is(i, CARE) || !self.negated(i) {
            return None;
        }
        let after = |d: usize| {
            if self.same_sentence(i, i + d) {
                self.lw(i + d)
            } else {
                ""
            }
        };
        let (a, b) = (after(1), after(2));
        let neglected = matches!(a, "in" | "for")
            && matches!(b, "years" | "ages" | "months" | "decades" | "weeks");
        // "not packed properly by the customer"
        let by_them = (1..5).any(|d| {
            after(d) == "by" && (after(d + 1) == "you" || self.is(i + d + 1, CUSTOMER))
                || after(d) == "by" && after(d + 1) == "the" && self.is(i + d + 2, CUSTOMER)
        });
        // "it appears the final step was not clicked": the customer's part
        // guessed at, with no one in the business owning it.
        // ("You shouldn't have been told you must not have followed the
        // aftercare" reports the guess, to own it.)
        let guessed = self.sentence_has(i, GUESS)
            && !self.sentence_words(self.text.words[i].sentence).any(|k| {
                self.is(k, WE)
                    || matches!(self.lw(k), "our" | "us" | "my" | "told" | "said" | "saying")
            });
        let instructed = neglected
            || guessed
            || by_them
            || (a == "as"
                && matches!(
                    b,
                    "instructed" | "directed" | "advised" | "recommended" | "shown"
                ))
            || (a == "according" && b == "to")
            || (a == "in" && b == "line");
        // The text may end right after the verb ("…was not clicked").
        let end = (i..i + 3)
            .take_while(|&k| self.same_sentence(i, k))
            .last()
            .unwrap_or(i);
        instructed.then(|| self.span(i, end))
    }
}
