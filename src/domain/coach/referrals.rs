//! Blame that sends the customer elsewhere or points at their belongings:
//! a claim or complaint referred to someone outside the business ("a claim
//! under the manufacturer's warranty at the dealer", "you'll need to contact
//! your insurer"), an outside firm named by its trade ("our cleaning
//! company had staffing problems"), what nobody could control given as the
//! cause ("our instructors can't control traffic") and the customer's own
//! things found wanting ("your wiring was in a worse state than expected").
//! Each is a shape — who, then what — so wording not seen before is caught.

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;
use super::word_tags::{Tags, WordTags};
use std::sync::LazyLock;

const REFEREE: Tags = 1;
const OUTSIDER: Tags = 1 << 1;
const DECIDED: Tags = 1 << 2;
const FIRM: Tags = 1 << 3;
const REFERRAL_VERB: Tags = 1 << 4;
/// The words [`Clauses::outside_blame`] names itself.
const OPENER: Tags = 1 << 5;

/// The words that open one of `outside_blame`'s shapes by name.
pub(super) const OPENERS: &[&str] = &[
    "claim",
    "claims",
    "complaint",
    "complaints",
    "depend",
    "depends",
    "rely",
    "relies",
    "dependent",
    "your",
    "control",
    "predict",
    "prevent",
];

static TAGS: LazyLock<WordTags> = LazyLock::new(|| {
    WordTags::new(&[
        (REFEREE, REFEREES),
        (OUTSIDER, OUTSIDERS),
        (DECIDED, DECISIONS),
        (FIRM, FIRMS),
        (REFERRAL_VERB, REFERRAL_VERBS),
        (OPENER, OPENERS),
    ])
});

/// Who a claim or complaint can be sent to outside the business. Weather,
/// systems and "delivery" are causes, not places to send a customer.
fn is_referee(w: &str) -> bool {
    TAGS.get(w) & REFEREE != 0 || w.strip_suffix("'s").is_some_and(is_referee)
}

pub(super) const REFEREES: &[&str] = &[
    "courier",
    "couriers",
    "carrier",
    "carriers",
    "manufacturer",
    "manufacturers",
    "maker",
    "insurer",
    "insurers",
    "insurance",
    "dealer",
    "dealership",
    "retailer",
    "platform",
    "bank",
    "issuer",
    "supplier",
    "suppliers",
    "airline",
    "landlord",
    "landlords",
    "council",
    "provider",
    "ombudsman",
    "royal",
];

/// Someone outside the business who can be the cause: a referee, or a
/// partner the business works through.
fn is_outside(w: &str) -> bool {
    is_referee(w) || TAGS.get(w) & OUTSIDER != 0
}

pub(super) const OUTSIDERS: &[&str] = &[
    "wholesaler",
    "partner",
    "partners",
    "lab",
    "laboratory",
    "contractor",
    "contractors",
    "subcontractor",
    "subcontractors",
    "agency",
    "vendor",
    "distributor",
    "factory",
    "warehouse",
    "freeholder",
    "management",
    "publisher",
    "publishers",
    "broker",
    "brokers",
    "caterer",
    "caterers",
];

/// A decision or job done by someone: "controlled (by)", "requested
/// (by)", "carried out (by)". Sending, posting and delivering are not here:
/// "sent by tracked courier" names a courier neutrally.
fn is_decided(w: &str) -> bool {
    TAGS.get(w) & DECIDED != 0
}

pub(super) const DECISIONS: &[&str] = &[
    "controlled",
    "requested",
    "decided",
    "set",
    "managed",
    "run",
    "handled",
    "operated",
    "carried",
    "made",
    "supplied",
    "provided",
    "performed",
    "outsourced",
    "subcontracted",
    "arranged",
    "imposed",
    "required",
    "approved",
    "caused",
    "administered",
    "allocated",
    "processed",
    "issued",
    "shown",
    "displayed",
    "determined",
    "dictated",
    "governed",
    "employed",
    "hired",
    "appointed",
    "instructed",
    "installed",
    "fitted",
    "built",
    "manufactured",
    "produced",
    "packed",
];

/// A firm named by its trade rather than by "our company": "cleaning
/// company", "delivery firm", "booking service".
fn is_firm(w: &str) -> bool {
    TAGS.get(w) & FIRM != 0
}

pub(super) const FIRMS: &[&str] = &[
    "company",
    "companies",
    "firm",
    "firms",
    "service",
    "agency",
    "contractor",
];

/// What someone does to send a customer elsewhere.
fn is_referral_verb(w: &str) -> bool {
    TAGS.get(w) & REFERRAL_VERB != 0
}

pub(super) const REFERRAL_VERBS: &[&str] = &[
    "contact", "claim", "complain", "raise", "report", "take", "speak", "talk", "chase", "file",
    "submit", "lodge", "go", "ask", "approach", "refer",
];

impl Clauses<'_, '_> {
    /// Every referral, outside firm, uncontrollable cause and failing
    /// belonging, appended to `out`.
    pub fn outside_blame(&self, out: &mut Vec<Span>) {
        for i in self.cued() {
            if self.text.words[i].quoted {
                continue;
            }
            // Most words open none of the shapes below: one bit test (the
            // lexicon's REFERRAL_CUE, the words of TAGS) passes over them (a
            // possessive may be a referee's).
            let w = self.lw(i);
            if !self.is(i, REFERRAL_CUE | TROUBLE) && !w.ends_with("'s") {
                debug_assert_eq!(TAGS.get(w), 0, "{w}");
                continue;
            }
            // A word named below must be in OPENERS (the test
            // `every_word_the_referral_shapes_name_is_tagged` checks).
            let found = match w {
                "claim" | "claims" | "complaint" | "complaints" => {
                    self.referred_claim(i).or_else(|| self.referred_to(i))
                }
                "depend" | "depends" | "rely" | "relies" | "dependent" => self.depends_on(i),
                "your" => self.belonging_wanting(i),
                "control" | "predict" | "prevent" => self.uncontrollable(i),
                w if is_referral_verb(w) => self.referred_to(i),
                w if is_firm(w) => self.firm_in_trouble(i),
                w if is_decided(w) => self.decided_by_them(i),
                w if is_outside(w) => self.they_decided(i),
                _ if self.is(i, TROUBLE) => self.trouble_from_them(i),
                _ => None,
            };
            if let Some(span) = found {
                out.push(span);
            }
        }
    }

    /// The first word after `from` (up to `reach` words on, in the clause)
    /// that names someone a customer can be referred to.
    fn referee_after(&self, from: usize, reach: usize) -> Option<usize> {
        (from + 1..from + 1 + reach)
            .take_while(|&k| self.same_clause(from, k))
            .find(|&k| is_referee(self.lw(k)))
    }

    /// "a claim with the courier", "a claim under the manufacturer's
    /// warranty", "a complaint to the platform".
    fn referred_claim(&self, i: usize) -> Option<Span> {
        if self.negated(i) {
            return None;
        }
        let prep = matches!(
            self.lw(i + 1),
            "with" | "under" | "through" | "to" | "against" | "from" | "on"
        );
        if !prep || !self.same_clause(i, i + 1) {
            return None;
        }
        let k = self.referee_after(i + 1, 4)?;
        // "a claim under our guarantee" is the business paying.
        if (i + 1..k).any(|m| matches!(self.lw(m), "our" | "my" | "us")) {
            return None;
        }
        Some(self.span(i, k))
    }

    /// "you'll need to contact your insurer", "please take it up with the
    /// courier", "contact the manufacturer": the customer sent elsewhere.
    /// "We've contacted the courier" is the business doing the chasing.
    fn referred_to(&self, i: usize) -> Option<Span> {
        if self.negated(i) {
            return None;
        }
        let k = self.referee_after(i, 5)?;
        if (i + 1..k).any(|m| matches!(self.lw(m), "our" | "us" | "my")) {
            return None;
        }
        let start = self.sentence_start_of_word(i);
        let before: Vec<&str> = (start..i)
            .filter(|&m| self.same_clause(m, i))
            .map(|m| self.lw(m))
            .collect();
        // Told to the customer: an imperative ("Contact the courier",
        // "please raise it with…") or "you (will need to / can / should)".
        let imperative = before
            .iter()
            .all(|w| matches!(*w, "please" | "kindly" | "just"));
        let to_you = before
            .iter()
            .any(|w| matches!(*w, "you" | "you'll" | "you'd"))
            && !before.iter().any(|w| self.is_we_word(w));
        (imperative || to_you).then(|| self.span(i, k))
    }

    fn is_we_word(&self, w: &str) -> bool {
        super::lexicon::classes(w) & WE != 0
    }

    fn sentence_start_of_word(&self, i: usize) -> usize {
        let s = self.text.words[i].sentence;
        self.text.words.partition_point(|w| w.sentence < s)
    }

    /// "our cleaning company had staffing problems", "the delivery firm
    /// lost it": a firm named by its trade, then trouble or damage.
    fn firm_in_trouble(&self, i: usize) -> Option<Span> {
        if i == 0 || !self.same_clause(i - 1, i) {
            return None;
        }
        let before = self.lw(i - 1);
        let trade = !before.is_empty()
            && !matches!(before, "our" | "my" | "the" | "a" | "an" | "this" | "your")
            && self
                .raw(i - 1)
                .starts_with(|c: char| c.is_ascii_lowercase());
        if !trade || self.negated(i) {
            return None;
        }
        let j = (i + 1..i + 7)
            .take_while(|&j| self.same_clause(i, j))
            .find(|&j| self.is(j, TROUBLE | DAMAGE | FAULT))?;
        if (i..j).any(|k| self.is(k, WE)) || self.negated(j) || self.apologises(i) {
            return None;
        }
        Some(self.span(i - 1, j))
    }

    /// "our instructors can't control traffic", "nobody can predict the
    /// weather": an outside cause held up as beyond reach.
    fn uncontrollable(&self, i: usize) -> Option<Span> {
        let cant = (i.saturating_sub(3)..i)
            .filter(|&k| self.same_clause(k, i))
            .any(|k| {
                matches!(
                    self.lw(k),
                    "can't" | "cannot" | "couldn't" | "nobody" | "no"
                )
            });
        if !cant {
            return None;
        }
        let k = (i + 1..i + 4)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| self.is(k, THIRD))?;
        Some(self.span(i, k))
    }

    /// "your wiring was in a worse state than expected", "your boiler was
    /// already faulty": the customer's own things given as the cause.
    fn belonging_wanting(&self, i: usize) -> Option<Span> {
        let be = (i + 2..i + 5)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| matches!(self.lw(k), "was" | "were" | "is" | "are"))?;
        let at = |d: usize| {
            if self.same_clause(be, be + d) {
                self.lw(be + d)
            } else {
                ""
            }
        };
        let already = at(1) == "already" && self.is(be + 2, DAMAGE | FAULT | TROUBLE);
        let poor = (1..5).find(|&d| {
            matches!(at(d), "poor" | "bad" | "worse" | "terrible" | "awful")
                && matches!(at(d + 1), "state" | "condition" | "shape" | "repair")
        });
        if self.apologises(i) {
            return None;
        }
        match (already, poor) {
            (true, _) => Some(self.span(i, be + 2)),
            (false, Some(d)) => Some(self.span(i, be + d + 1)),
            _ => None,
        }
    }

    /// "controlled by our landlord", "requested by the landlord, not by
    /// us", "carried out by our third-party logistics partner": the
    /// decision or the job given to someone else.
    fn decided_by_them(&self, i: usize) -> Option<Span> {
        if self.negated(i) {
            return None;
        }
        let by = (i + 1..i + 3)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| self.lw(k) == "by")?;
        // "run by an outside catering company": a firm said to be outside.
        let outside_firm = |k: usize| {
            is_firm(self.lw(k))
                && (by + 1..k).any(|m| {
                    matches!(
                        self.lw(m),
                        "outside" | "external" | "third-party" | "separate" | "independent"
                    )
                })
        };
        let k = (by + 1..by + 6)
            .take_while(|&k| self.same_clause(by, k))
            .find(|&k| is_outside(self.lw(k)) || outside_firm(k))?;
        let ours = (by + 1..k).any(|m| self.is(m, WE) || self.lw(m) == "us");
        (!ours).then(|| self.span(i, k))
    }

    /// "a bad batch of adhesive from our parts supplier", "delays at the
    /// warehouse", "our wholesaler, who has been extremely slow" (the
    /// trouble after the party is read by `agent_had_trouble`).
    fn trouble_from_them(&self, i: usize) -> Option<Span> {
        if self.negated(i) {
            return None;
        }
        let prep = (i + 1..i + 6)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| matches!(self.lw(k), "from" | "by" | "with" | "at"))?;
        let k = (prep + 1..prep + 5)
            .take_while(|&k| self.same_clause(prep, k))
            .find(|&k| is_outside(self.lw(k)))?;
        let ours = (prep + 1..k).any(|m| self.is(m, WE) || self.lw(m) == "us");
        (!ours && !self.apologises(i)).then(|| self.span(i, k))
    }

    /// "the landlord has approved it", "the manufacturer insisted": the
    /// decision given to someone outside.
    fn they_decided(&self, i: usize) -> Option<Span> {
        if self.negated(i) || (i > 0 && self.lw(i - 1) == "your") {
            return None;
        }
        let k = (i + 1..i + 4)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| {
                matches!(
                    self.lw(k),
                    "approved"
                        | "decided"
                        | "insisted"
                        | "instructed"
                        | "requested"
                        | "refused"
                        | "required"
                        | "rejected"
                        | "declined"
                )
            })?;
        (!(i..k).any(|m| self.is(m, WE))).then(|| self.span(i, k))
    }

    /// "depend entirely on our wholesaler", "we rely on the courier".
    fn depends_on(&self, i: usize) -> Option<Span> {
        let on = (i + 1..i + 3)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| matches!(self.lw(k), "on" | "upon"))?;
        let k = (on + 1..on + 5)
            .take_while(|&k| self.same_clause(on, k))
            .find(|&k| is_outside(self.lw(k)))?;
        Some(self.span(i, k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists as `matches!` chains, as they were before they became
    /// tags, against the tag lookups.
    #[test]
    fn every_word_the_referral_shapes_name_is_tagged() {
        for w in [
            "claim",
            "claims",
            "complaint",
            "complaints",
            "depend",
            "depends",
            "rely",
            "relies",
            "dependent",
            "your",
            "control",
            "predict",
            "prevent",
        ] {
            assert_ne!(TAGS.get(w) & OPENER, 0, "{w}");
        }
        let cases: &[(&str, bool, bool)] = &[
            // (word, referee, outside)
            ("courier", true, true),
            ("courier's", true, true),
            ("courier's's", true, true),
            ("couriers'", false, false),
            ("Courier", false, false),
            ("partner", false, true),
            ("partner's", false, false),
            ("lab", false, true),
            ("", false, false),
            ("'s", false, false),
            ("caf\u{e9}", false, false),
        ];
        for &(w, referee, outside) in cases {
            assert_eq!(is_referee(w), referee, "{w}");
            assert_eq!(is_outside(w), outside, "{w}");
        }
        assert!(is_decided("controlled") && !is_decided("control"));
        assert!(is_firm("agency") && is_outside("agency") && !is_firm("agencies"));
        assert!(is_referral_verb("refer") && !is_referral_verb("referred"));
    }
}
