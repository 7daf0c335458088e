//! How much a finding rests on: words that say it outright, or a sentence
//! shape that only suggests it. Shapes also fit good sentences ("nothing
//! more to do on your side", "it's down to you doing those exercises"), so
//! a finding read from shape alone warns and never stops sending; one the
//! words state outright blocks, up to the playbook's severity (which stays
//! the ceiling: a playbook that only warns on blame never blocks on it).
//!
//! Stated blame names the fault and who: a fault or responsibility word
//! beside an agent ("the courier's fault", "caused by you"), the business
//! disowning it beside an agent ("the courier was slow, not us"), the customer
//! failing a duty ("you should have read", "you didn't check"), or someone
//! doing the damage ("Kevin messed up", "the courier dropped it").
//! Everything else the blame checks find — a claim sent elsewhere, an
//! agentless passive, a condition, an excuse, a member of staff described
//! beside a delay — is inferred.

use super::Draft;
use super::clauses::Clauses;
use super::finding::Severity;
use super::lexicon::{CUSTOMER, STAFF, THIRD, YOU};
use super::phrases::{List, Match};
use super::structure::Span;
use serde::{Deserialize, Serialize};

/// What a finding rests on. Serialised in `heard lint --json` as
/// `"evidence": "inferred"` (stated is the default and left out).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    /// The words say it outright: the playbook's severity applies.
    #[default]
    Stated,
    /// Read from the sentence's shape alone, or from wording careful replies
    /// also use (the rules' `[warn_only]` lists): a warning at most.
    Inferred,
}

impl Evidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::Stated => "stated",
            Evidence::Inferred => "inferred",
        }
    }

    pub fn is_stated(&self) -> bool {
        *self == Evidence::Stated
    }

    /// The severity a finding gets under the playbook's `ceiling`: the
    /// ceiling when stated; when inferred, a warning unless the ceiling is
    /// lower still (a tip).
    pub fn severity(self, ceiling: Severity) -> Severity {
        match self {
            Evidence::Stated => ceiling,
            Evidence::Inferred => ceiling.max(Severity::Warn),
        }
    }
}

/// A word that names fault or answerability itself.
pub(super) fn is_fault_word(w: &str) -> bool {
    matches!(
        w,
        "fault"
            | "faults"
            | "responsibility"
            | "responsible"
            | "liable"
            | "blame"
            | "blamed"
            | "negligence"
            | "carelessness"
            | "mistake"
            | "mistakes"
            | "error"
            | "errors"
            | "caused"
    )
}

/// Something only a person does wrong ("forgot", "messed up"), unlike
/// "cancelled" or "lost", which also report what happened to a thing
/// ("Fee cancelled today").
pub(super) fn is_person_failure(w: &str) -> bool {
    matches!(
        w,
        "forgot"
            | "forgets"
            | "ignored"
            | "messed"
            | "screwed"
            | "failed"
            | "neglected"
            | "misread"
            | "misplaced"
            | "botched"
            | "mishandled"
            | "dropped"
            | "threw"
            | "broke"
            | "damaged"
            | "smashed"
    )
}

impl Clauses<'_, '_> {
    /// What a blame finding over `span` rests on (see the module notes).
    pub(super) fn blame_evidence(&self, span: Span) -> Evidence {
        let words = &self.text.words;
        let from = words.partition_point(|w| w.end <= span.0);
        let to = words.partition_point(|w| w.start < span.1);
        if from >= to {
            return Evidence::Inferred;
        }
        let someone = |k: usize| self.is(k, THIRD | STAFF | CUSTOMER | YOU) || self.named(k);
        let agent = (from..to).any(someone);
        // "the fault was ours", "responsible for nothing": no fault laid.
        let taken = |k: usize| {
            (k + 1..k + 4).any(|j| {
                (matches!(self.lw(j), "ours" | "mine") && self.lw(j - 1) != "not")
                    || (self.lw(j) == "us" && self.lw(j - 1) == "with")
            }) || (self.lw(k + 1) == "for" && self.lw(k + 2) == "nothing")
        };
        let fault = (from..to).any(|k| is_fault_word(self.lw(k)) && !self.negated(k) && !taken(k));
        let customer_failed = (from..to).any(|k| self.customer_misuse(k).is_some());
        // The failure is theirs when it follows them closely, with no other
        // subject between: "the courier dropped it", not "by the time the
        // courier handed it over it was damaged".
        let someone_did_it = (from..to).any(|k| {
            (self.is(k, THIRD | STAFF) || self.named(k))
                && (k + 1..to.min(k + 5))
                    .take_while(|&j| !matches!(self.lw(j), "it" | "we" | "i" | "they" | "this"))
                    .any(|j| self.same_clause(k, j) && is_person_failure(self.lw(j)))
        });
        // "mishandled in transit by the delivery company": the passive
        // with its doer named.
        let done_by = (from..to).any(|j| {
            is_person_failure(self.lw(j))
                && (j + 1..(j + 4).min(to)).any(|b| {
                    self.lw(b) == "by"
                        && (b + 1..(b + 4).min(to))
                            .any(|k| self.is(k, THIRD | STAFF) || self.named(k))
                })
        });
        let someone_did_it = someone_did_it || done_by;
        // "The courier was slow, not us": the business disowning it.
        let disowned = (from..to).any(|k| self.lw(k) == "not" && self.lw(k + 1) == "us");
        if (agent && (fault || disowned)) || customer_failed || someone_did_it {
            Evidence::Stated
        } else {
            Evidence::Inferred
        }
    }

    /// One of the shop's staff, or a capitalised name: inside a sentence,
    /// or opening one right before a person's failure ("Kevin forgot"; a
    /// sentence's first word is capitalised anyway).
    fn named(&self, k: usize) -> bool {
        let raw = self.raw(k);
        if self.shop.is_staff(raw) {
            return true;
        }
        let first = k == 0 || !self.same_sentence(k - 1, k);
        let mut cs = raw.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.all(char::is_lowercase)
            && raw.len() >= 2
            && !self.is(k, YOU)
            && (!first || is_person_failure(self.lw(k + 1)))
    }
}

/// What a listed phrase rests on: blame by its words (see
/// [`Clauses::blame_evidence`]); a defence of one word ("actually",
/// "apparently") is a hint, not a defence stated; other phrases are stated.
pub(super) fn of_phrase(d: &Draft, c: &Clauses, m: &Match, thanking: bool) -> Option<Evidence> {
    match m.list {
        List::Blame => of_blame(d, c, d.span(m), thanking),
        List::Defensive if m.first == m.last => Some(Evidence::Inferred),
        _ => Some(Evidence::Stated),
    }
}

/// What a blame finding over `span` rests on, or `None` where it is credit,
/// not fault: in a thank-you, words that point at the customer without
/// stating a fault give them the credit ("it's down to you doing those
/// exercises").
pub(super) fn of_blame(d: &Draft, c: &Clauses, span: Span, thanking: bool) -> Option<Evidence> {
    if c.fault_only_reported(span) {
        return None;
    }
    let evidence = c.blame_evidence(span);
    let credit = evidence == Evidence::Inferred
        && thanking
        && d.text.words.iter().any(|w| {
            w.start >= span.0 && w.end <= span.1 && matches!(d.text.lower(w), "you" | "your")
        });
    (!credit).then_some(evidence)
}

/// Whether the contrast word at `span` turns to thanks or to what the
/// business will do ("sorry for the wait, but thank you for…", "…, but
/// we'll fix it today"): it undoes nothing.
pub(super) fn leads_to_amends(d: &Draft, span: Span) -> bool {
    let t = &d.text;
    let k = t.words.partition_point(|w| w.start < span.1);
    let at = |n: usize| t.words.get(k + n).map_or("", |w| t.lower(w));
    matches!(
        at(0),
        "thank" | "thanks" | "please" | "we'll" | "i'll" | "we'd" | "i'd"
    ) || (matches!(at(0), "we" | "i")
        && matches!(at(1), "will" | "would" | "want" | "can" | "are" | "am"))
}

#[cfg(test)]
mod tests {
    use super::super::{
        Category, CoachInput, CoachRules, NO_SHOP, Severity, check, finding::Finding,
    };
    use super::*;

    fn blame_in(public: &str) -> Vec<Finding> {
        let review = "The lamp arrived broken and nobody answered my emails.";
        super::super::sentence_table::findings(review, public)
            .into_iter()
            .filter(|f| f.category == Category::Blame)
            .collect()
    }

    /// In a thank-you, pointing at the customer is credit, not blame.
    #[test]
    fn credit_in_a_thank_you_is_not_blame() {
        let input = CoachInput {
            review: "Six sessions and I'm running again. Thank you!",
            public: "Thank you! Running again is down to you doing the exercises. See you soon.",
            private: "",
            min_choices: 0,
            offered_choices: &[],
            shop: &NO_SHOP,
        };
        let thanks = CoachRules {
            kind: super::super::ReplyKind::Positive,
            ..CoachRules::default()
        };
        let report = check(&input, &thanks);
        assert!(
            report
                .findings
                .iter()
                .all(|f| f.category != Category::Blame),
            "{:?}",
            report.findings
        );
        let complaint = check(&input, &CoachRules::default());
        assert!(
            complaint
                .findings
                .iter()
                .any(|f| f.category == Category::Blame)
        );
    }

    #[test]
    fn inferred_findings_warn_under_any_ceiling() {
        for (ceiling, stated, inferred) in [
            (Severity::Block, Severity::Block, Severity::Warn),
            (Severity::Warn, Severity::Warn, Severity::Warn),
            (Severity::Tip, Severity::Tip, Severity::Tip),
        ] {
            assert_eq!(Evidence::Stated.severity(ceiling), stated);
            assert_eq!(Evidence::Inferred.severity(ceiling), inferred);
        }
    }

    /// Blame said outright blocks; blame read from the shape of a sentence
    /// warns. `None`: no blame at all.
    #[test]
    fn blame_blocks_only_when_the_words_say_it() {
        use Evidence::{Inferred, Stated};
        let rows: &[(&str, Option<Evidence>)] = &[
            ("Sorry, but that was the courier's fault.", Some(Stated)),
            ("Sorry. You should have read the size guide.", Some(Stated)),
            ("Sorry. Kevin messed up your order.", Some(Stated)),
            ("Sorry. The damage was caused by you.", Some(Stated)),
            ("Sorry. The courier dropped it.", Some(Stated)),
            ("Sorry. The courier was slow, not us.", Some(Stated)),
            ("Sorry. It was mishandled in transit.", Some(Inferred)),
            (
                "Sorry. Please raise a claim with the courier.",
                Some(Inferred),
            ),
            (
                "Sorry. It must have occurred after delivery.",
                Some(Inferred),
            ),
            ("Sorry. That's on your side.", Some(Inferred)),
            ("Sorry. Our driver was new.", Some(Inferred)),
            ("Sorry. Fee cancelled today.", None),
            ("Sorry. It went through on your side but we failed.", None),
            ("Sorry. There's nothing more to do on your side.", None),
            (
                "Sorry. We billed you for hours that ran long because of it, breaking your lamp.",
                None,
            ),
        ];
        let mut wrong = Vec::new();
        for (text, want) in rows {
            let got = blame_in(text);
            let evidence = got.iter().map(|f| f.evidence).min();
            let severity = got.iter().map(|f| f.severity).min();
            if evidence != *want || severity != want.map(|e| e.severity(Severity::Block)) {
                wrong.push(format!("{text}: {evidence:?} {severity:?}, want {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
