//! The coach: checks the drafts against the review and the practice, and
//! says what it finds with the exact span and a typed reason
//! (`present::coach` words it in one line).
//!
//! Deterministic and explainable: phrase lists are data
//! (`default_rules.toml` plus a playbook's `[coach]` table), the structural
//! checks are code in this module, and sentiment is VADER. Pure: no I/O, no
//! clock; rules compile once and are cached, so a check is cheap enough to
//! run on every (debounced) keystroke.
//!
//! Where each check looks:
//! - public reply: everything below, plus `public-details`, `no-apology`,
//!   `no-thanks`, `no-contact` (the public reply should thank, apologise and
//!   invite a private talk — seeds 001, 002, 004);
//! - private message: `no-choices` (offer a couple of concrete choices,
//!   with a real when: "when we get round to it" is no timeline);
//! - both: `blame`, `defensive`, `shouting`, `negative-tone`,
//!   `risky-promise`, `asks-removal`, `placeholder`, `generic`; `no-empathy`
//!   when neither draft shows empathy;
//! - the chosen options: `blame` ("file a claim with the courier"),
//!   `defensive` ("send it back at your own cost"), vague timelines;
//! - the review: `legal-risk`.
//!
//! Blame, contempt, empathy and a way to be reached are read from the shape
//! of a clause (who did what; see `clauses.rs`, `shapes.rs`), not only from
//! the phrase lists. A thank-you for a good review ([`ReplyKind::Positive`])
//! needs thanks, something specific and an invitation back; no apology,
//! choices or contact. Advice that is not a finding (a long public reply,
//! one that opens with an explanation) comes as [`Advice`].
//!
//! A draft that is still empty gets no findings (there is nothing to coach
//! yet); if only one draft is written, the missing-part checks fall back to it.

mod acronyms;
mod advice;
mod apology;
mod byte_scan;
mod case_details;
mod case_record;
mod case_recounted;
mod cause_predicates;
mod cause_words;
mod clauses;
mod common_capitals;
mod contempt;
mod counter_facts;
mod customer_cause;
mod customer_misuse;
mod defences;
mod disowning;
mod echoes;
mod empathy;
mod evidence;
mod excuses;
mod failures;
mod fault_reported;
mod felt;
mod felt_guess;
mod finding;
mod framing;
mod generic_causes;
mod good_faith;
mod handover;
mod intensity;
mod justifications;
mod learned;
mod learned_sentences;
mod lexicon;
mod money;
mod named;
mod not_specific;
mod not_stated;
mod others_fault;
mod outside_cause;
mod owning;
mod personal_data;
mod phone_numbers;
mod phrases;
mod policy_owned;
mod public_details;
mod reason;
mod records;
mod referrals;
mod review_analysis;
mod review_change;
mod rules;
mod said_before;
mod shapes;
mod shop;
mod sink;
mod staff_cause;
mod stock_regret;
mod structure;
mod taken_back;
mod template_holes;
mod terms_quoted;
mod text;
mod tone;
mod tone_asides;
mod tone_cues;
mod tone_kinds;
mod tone_moves;
mod tone_shapes;
mod tone_turns;
pub mod vader;
mod whose_name;
mod word_tags;

pub use advice::{Advice, check_blameless};
pub use evidence::Evidence;
pub use finding::{Category, DraftPart, Finding, LineKind, Severity, UnknownCategory};
pub use intensity::{Intensity, IntensityLabel, review_intensity};
pub use personal_data::{DetailKind, every_detail};
pub use phrases::PhraseError;
pub use reason::{Offer, PublicDetail, Reason, Tip, Why};
pub use rules::{
    CoachRules, CompiledRules, DEFAULT_BLOCK, DEFAULT_RULES_TOML, DEFAULT_TIP, PhraseLists,
    RulesError,
};
pub use shop::{NO_SHOP, ReplyKind, Shop};

use phrases::{List, Match};
use review_analysis::ReviewAnalysis;
use serde::Serialize;
use sink::Sink;
use std::sync::Arc;
use text::Text;

/// What the coach checks.
#[derive(Debug, Clone, Copy)]
pub struct CoachInput<'a> {
    pub review: &'a str,
    pub public: &'a str,
    pub private: &'a str,
    /// The playbook's `min_choices` for the private message.
    pub min_choices: u32,
    /// The options chosen on the choices step (money offered outside them is
    /// a risky promise). Empty: not known, not checked.
    pub offered_choices: &'a [String],
    /// The shop's own details (`[shop]` in config.toml; [`NO_SHOP`] when
    /// none): its email, phone and site are a way to talk, never personal
    /// data; its staff are not named in public unless it says so.
    pub shop: &'a Shop,
}

/// A VADER compound score, serialised as `{"compound": …}`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Sentiment {
    pub compound: f64,
}

/// Sentiment of the three texts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Sentiments {
    pub review: Sentiment,
    pub public: Sentiment,
    pub private: Sentiment,
}

/// Everything the coach found. `heard lint --json` prints it with the
/// texts' [`sentiments`] beside it: `{"findings":[…],"sentiment":{…}}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// Tips beyond the categories (length, opening, an invitation back).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub advice: Vec<Advice>,
}

impl Report {
    /// Whether any finding stops sending.
    pub fn blocks(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Block)
    }

    /// Nothing found and nothing advised. Not an approval: the coach only
    /// knows the problems it was taught (`present::coach::NOTHING_FOUND`
    /// says so).
    pub fn is_quiet(&self) -> bool {
        self.findings.is_empty() && self.advice.is_empty()
    }
}

/// The VADER sentiment of the review and both drafts. Worked out apart
/// from [`check`]: only `heard lint` shows it, and whole-text sentiment of
/// two long drafts costs more than a tenth of a check, on every keystroke.
pub fn sentiments(input: &CoachInput) -> Sentiments {
    let of = |text: &str| Sentiment {
        compound: vader::compound(text),
    };
    Sentiments {
        review: of(input.review),
        public: of(input.public),
        private: of(input.private),
    }
}

/// Checks both drafts against the review. Compiles `rules` once and keeps
/// them (see [`CompiledRules::cached`]); analyses the review each time — to
/// check drafts again and again against one review, use a [`Coach`].
pub fn check(input: &CoachInput, rules: &CoachRules) -> Report {
    Coach::new(input.review, rules).check(input)
}

/// Checks the single line written on the empathise or apologise step.
pub fn check_line(kind: LineKind, text: &str, review: &str, rules: &CoachRules) -> Vec<Finding> {
    Coach::new(review, rules).check_line(kind, text)
}

/// The coach for one review and one playbook's rules. The review is
/// analysed once, when the coach is made (it does not change while the
/// person types); each check then only reads the drafts.
#[derive(Debug, Clone)]
pub struct Coach {
    rules: Arc<CompiledRules>,
    review: ReviewAnalysis,
}

impl Coach {
    pub fn new(review: &str, rules: &CoachRules) -> Coach {
        let rules = CompiledRules::cached(rules);
        let review = ReviewAnalysis::new(review, &rules);
        learned::warm();
        learned_sentences::warm();
        Coach { rules, review }
    }

    /// Checks both drafts. `input.review` should be the coach's review; if
    /// it is not, the given one is analysed and used, so a coach can never
    /// judge drafts against a stale review.
    pub fn check(&self, input: &CoachInput) -> Report {
        if input.review == self.review.src {
            self.rules.check_against(&self.review, input)
        } else {
            let review = ReviewAnalysis::new(input.review, &self.rules);
            self.rules.check_against(&review, input)
        }
    }

    /// Checks the single line written on the empathise or apologise step.
    pub fn check_line(&self, kind: LineKind, text: &str) -> Vec<Finding> {
        self.rules.check_line(kind, text, &self.review)
    }

    /// Whether the review speaks of lawyers, fraud, chargebacks and the like.
    pub fn review_has_legal_risk(&self) -> bool {
        !self.review.legal.is_empty()
    }

    /// Whether this coach was made for `review`.
    pub fn is_for(&self, review: &str) -> bool {
        self.review.src == review
    }

    /// What kind of reply this coach expects.
    pub fn kind(&self) -> ReplyKind {
        self.rules.kind
    }
}

/// A draft prepared for checking.
struct Draft<'a> {
    part: DraftPart,
    text: Text<'a>,
    matches: Vec<Match>,
    /// Its email addresses and phone numbers.
    contacts: Vec<personal_data::Contact>,
    /// Every word's classes, for the clause checks.
    cls: Vec<lexicon::Class>,
    /// The words with a class, cue or shape (`lexicon::cued`).
    cued: Vec<u32>,
}

impl<'a> Draft<'a> {
    fn new(part: DraftPart, src: &'a str, rules: &CompiledRules) -> Draft<'a> {
        let text = Text::new(src);
        let mut matches = rules.matcher.find(&text, &rules.negation);
        // Empathy is negated only by the word right before it ("don't
        // understand"); "…replacements that never came is awful" is empathy.
        for m in matches
            .iter_mut()
            .filter(|m| m.list == List::Empathy && m.negated)
        {
            m.negated = m.first > 0 && {
                let w = text.lower(&text.words[m.first - 1]);
                rules.negation.contains(w) || w.ends_with("n't")
            };
        }
        let contacts = personal_data::contacts(&text);
        let cls = lexicon::classify(&text);
        let cued = lexicon::cued(&cls);
        Draft {
            part,
            text,
            matches,
            contacts,
            cls,
            cued,
        }
    }

    fn clauses<'t>(&'t self, shop: &'t Shop) -> clauses::Clauses<'t, 'a> {
        clauses::Clauses::new(&self.text, &self.cls, &self.cued, shop)
    }

    fn live(&self, list: List) -> impl Iterator<Item = &Match> {
        self.matches
            .iter()
            .filter(move |m| m.list == list && !m.negated && !m.quoted)
    }

    /// The live sneers that colour what follows them in their sentence:
    /// "Jokes aside, sorry…" owns the joke and turns serious, so what
    /// comes after it is meant.
    fn sneers(&self) -> impl Iterator<Item = &Match> {
        self.live(List::NegativeTone).filter(|m| {
            !matches!(
                self.text.lower(&self.text.words[m.last]),
                "aside" | "seriousness" | "note"
            )
        })
    }

    fn has(&self, list: List) -> bool {
        self.live(list).next().is_some()
    }

    /// Whether sentence `s` invites the customer to get in touch: a contact
    /// phrase, or an email address or phone number beside a word such as
    /// "call" or "email" ("call 0141 496 0199 and ask for Sam").
    fn invites_in(&self, s: u32) -> bool {
        self.live(List::Contact)
            .any(|m| self.text.words[m.first].sentence == s)
            || self.contacts.iter().any(|c| c.offered && c.sentence == s)
    }

    /// A way to continue privately: an invitation, a web address, a person
    /// to ask for, or an email address or phone number that is not the
    /// customer's own (the shop's, given in its reply).
    fn invites(&self, review: &ReviewAnalysis, shop: &Shop) -> bool {
        // "Our lawyers will be in touch" is a threat, not an invitation.
        let hostile = |c: &Match| {
            self.sneers().any(|m| {
                self.text.words[m.first].sentence == self.text.words[c.first].sentence
                    && m.first < c.first
            })
        };
        self.live(List::Contact).any(|m| !hostile(m))
            || self
                .contacts
                .iter()
                .any(|c| c.offered || !personal_data::in_review(&self.text, &c.detail, review))
            || self.clauses(shop).has_web_address()
            || self.clauses(shop).ask_for_someone()
    }

    fn span(&self, m: &Match) -> (usize, usize) {
        (self.text.words[m.first].start, self.text.words[m.last].end)
    }
}

mod checks;
mod hidden_text;

// The test modules: tables by pass and by kind.
#[cfg(test)]
mod asks_and_money_tests;
#[cfg(test)]
mod blame_defence_tests;
#[cfg(test)]
mod blame_kinds_tests;
#[cfg(test)]
mod block_audit_tests;
#[cfg(test)]
mod blocked_good_tests;
#[cfg(test)]
mod cause_predicates_tests;
#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod details_empathy_tests;
#[cfg(test)]
mod eighth_pass_tests;
#[cfg(test)]
mod fifth_pass_tests;
#[cfg(test)]
mod generic_causes_tests;
#[cfg(test)]
mod ninth_pass_tests;
#[cfg(test)]
mod outside_blame_tests;
#[cfg(test)]
mod owed_tests;
#[cfg(test)]
mod review_harm_tests;
#[cfg(test)]
mod sentence_table;
#[cfg(test)]
mod seventh_pass_tests;
#[cfg(test)]
mod shape_tests;
#[cfg(test)]
mod sixth_pass_tests;
#[cfg(test)]
mod speed_tests;
#[cfg(test)]
mod tenth_pass_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tone_kinds_tests;
#[cfg(test)]
mod tone_shapes_tests;
#[cfg(test)]
mod tone_turns_tests;
