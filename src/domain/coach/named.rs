//! Capitalised words as people or things: "Kevin forgot" names a person
//! at fault; "the Silver Cloud broke down" names a car, and "Being messed
//! around…" opens a sentence with what happened to the customer.

use super::clauses::Clauses;
use super::lexicon::*;

impl Clauses<'_, '_> {
    /// A capitalised word that names a person: one of the shop's staff, or
    /// any name directly followed by a fault ("Tom forgot", "Kevin dropped").
    pub(super) fn names_person(&self, i: usize) -> bool {
        let raw = self.raw(i);
        // Most words start lowercase: no name, no lookup.
        if raw.as_bytes().first().is_none_or(u8::is_ascii_lowercase) {
            return false;
        }
        if self.shop.is_staff(raw) {
            return true;
        }
        // Only a name followed by damage in its clause is blamed: most
        // capitalised words are not, and skip the tests below.
        if !(self.same_clause(i, i + 1) && self.is(i + 1, DAMAGE)) {
            return false;
        }
        let mut cs = raw.chars();
        let capital = cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase);
        // A sentence's first word is capitalised anyway: "Fee cancelled
        // today" reports what happened to a thing, "Kevin forgot" a person.
        let first = i == 0 || !self.same_sentence(i - 1, i);
        // "The damaged netting…", "Those dropped calls…": an article or
        // owner opens a noun, never a name (blind165 softplay_injury-01-best).
        let opens_noun = super::clauses::is_determiner(self.lw(i))
            || matches!(
                self.lw(i),
                "these" | "those" | "your" | "my" | "some" | "any" | "no"
            );
        capital
            && raw.len() >= 2
            && !opens_noun
            && !self.opening_gerund(i)
            && !self.names_thing(i)
            && !self.is(i, WE | YOU)
            && !super::excuses::is_calendar_or_number(self.lw(i))
            && (!first || super::evidence::is_person_failure(self.lw(i + 1)))
    }

    /// "Being messed around…", "Being failed one day…": a sentence that
    /// opens with what happened to the customer, not with a name.
    /// A name that happens to end in "-ing" ("Irving dropped the box",
    /// "Sterling forgot") is told apart by what follows: a past verb of
    /// its own, where a gerund takes a participle ("Being told",
    /// "Feeling rushed") or an auxiliary ("Drilling was").
    pub(super) fn opening_gerund(&self, i: usize) -> bool {
        let raw = self.raw(i);
        if !((i == 0 || !self.same_sentence(i - 1, i)) && raw.ends_with("ing")) {
            return false;
        }
        if self.shop.is_staff(raw) {
            return false;
        }
        let next = self.lw(i + 1);
        let named_deed = self.same_clause(i, i + 1)
            && !matches!(next, "was" | "were" | "did" | "had")
            && (super::cause_words::is_done(next) || is_past_deed(next));
        !named_deed || is_gerund_aux(self.lw(i))
    }

    /// "You were right: you didn't ask for a refund, …": a sentence that
    /// opens by agreeing restates the customer's point; it blames no one.
    pub(super) fn agreed_first(&self, i: usize) -> bool {
        let from = (i.saturating_sub(8)..i)
            .find(|&k| self.same_sentence(k, i))
            .unwrap_or(i);
        (from..i).any(|k| {
            self.lw(k + 1) == "right"
                && (self.lw(k) == "you're"
                    || (k > 0 && self.lw(k - 1) == "you" && matches!(self.lw(k), "were" | "are")))
        })
    }

    /// "the Silver Cloud", "our Transit": a capitalised name after an
    /// article or owner is a thing's (a car, a hall), not a person's.
    fn names_thing(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && self.same_clause(k - 1, i) && self.capital(k - 1) && i - k < 3 {
            k -= 1;
        }
        k > 0
            && self.same_clause(k - 1, i)
            && matches!(
                self.lw(k - 1),
                "the" | "a" | "an" | "our" | "your" | "this" | "that"
            )
    }

    /// "a late engineer, a hole in new render…", "a distracted host and
    /// pizza that showed up late": someone named in a list of what went
    /// wrong, told with feeling, not the subject of a clause that blames.
    pub(super) fn listed_with_feeling(&self, i: usize) -> bool {
        i >= 2
            && matches!(
                self.lw(i - 1),
                "late" | "distracted" | "rude" | "slow" | "absent" | "missing" | "careless"
            )
            && matches!(self.lw(i - 2), "a" | "an" | "the" | "your" | "our")
            && (self.lw(i + 1) == "and" || !self.same_clause(i, i + 1))
    }

    /// "a hotel you didn't book", "a game you could have won", "the most
    /// personal thing you could have trusted us with": what happened to the
    /// customer at "you" (word `i`), told as a thing's description.
    pub(super) fn describes_a_thing(&self, i: usize) -> bool {
        (i >= 2 && matches!(self.lw(i - 2), "a" | "an") && !self.is(i - 1, WE | YOU))
            || (i >= 1
                && matches!(
                    self.lw(i - 1),
                    "thing" | "things" | "one" | "gift" | "moment"
                ))
    }
}

/// Gerunds that open a sentence with what happened to someone, taking a
/// participle: "Being told…", "Having checked…", "Feeling rushed…".
#[rustfmt::skip]
fn is_gerund_aux(w: &str) -> bool {
    matches!(w, "being" | "having" | "getting" | "feeling" | "making" | "leaving" | "seeing"
        | "finding" | "looking" | "becoming" | "keeping" | "going")
}

/// Irregular past deeds a person does that `cause_words::is_done` does not
/// hold (it has every "-ed" word and "hung", "left", "made"…).
#[rustfmt::skip]
fn is_past_deed(w: &str) -> bool {
    matches!(w, "forgot" | "broke" | "lost" | "took" | "threw" | "spilt" | "tore" | "let"
        | "said" | "told" | "went" | "ran" | "sold" | "misread")
}
