//! What the coach reports: categories (a public contract), severities, which
//! text a finding is in, and the finding itself.

use super::evidence::Evidence;
use super::reason::{Reason, Why};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A finding's category. The kebab-case names are a public contract used by
/// scripts (`heard lint --json`): never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// The reply never says sorry.
    NoApology,
    /// The reply never shows it understands how the customer feels.
    NoEmpathy,
    /// The public reply never thanks them for telling you.
    NoThanks,
    /// Fault shifted onto a carrier, supplier, the platform or the customer.
    Blame,
    /// "but/however" after an apology, "our policy", "not our fault", sarcasm.
    Defensive,
    /// The private message offers fewer than `min_choices` concrete options.
    NoChoices,
    /// No invitation to continue privately, no way to reach you.
    NoContact,
    /// The public reply argues details or exposes personal data, numbers.
    PublicDetails,
    /// Words in capitals, repeated "!" or "?".
    Shouting,
    /// Nothing in the reply refers to what the review said.
    Generic,
    /// Hostility or sarcasm towards the customer.
    NegativeTone,
    /// Guarantees, "never again", money not among the chosen options.
    RiskyPromise,
    /// Asking the customer to delete or change their review.
    AsksRemoval,
    /// Template leftovers such as `[NAME]`, `{{order}}`, `<product>`.
    Placeholder,
    /// The review mentions lawyers, suing, fraud, chargebacks, injury.
    LegalRisk,
    /// Control, bidi or zero-width characters in a draft: they can hide or
    /// rearrange text on a screen. Always blocks.
    HiddenText,
}

impl Category {
    pub const ALL: [Category; 16] = [
        Category::NoApology,
        Category::NoEmpathy,
        Category::NoThanks,
        Category::Blame,
        Category::Defensive,
        Category::NoChoices,
        Category::NoContact,
        Category::PublicDetails,
        Category::Shouting,
        Category::Generic,
        Category::NegativeTone,
        Category::RiskyPromise,
        Category::AsksRemoval,
        Category::Placeholder,
        Category::LegalRisk,
        Category::HiddenText,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::NoApology => "no-apology",
            Category::NoEmpathy => "no-empathy",
            Category::NoThanks => "no-thanks",
            Category::Blame => "blame",
            Category::Defensive => "defensive",
            Category::NoChoices => "no-choices",
            Category::NoContact => "no-contact",
            Category::PublicDetails => "public-details",
            Category::Shouting => "shouting",
            Category::Generic => "generic",
            Category::NegativeTone => "negative-tone",
            Category::RiskyPromise => "risky-promise",
            Category::AsksRemoval => "asks-removal",
            Category::Placeholder => "placeholder",
            Category::LegalRisk => "legal-risk",
            Category::HiddenText => "hidden-text",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for a category name that does not exist (`present::coach`
/// words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCategory(pub String);

impl FromStr for Category {
    type Err = UnknownCategory;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| UnknownCategory(s.to_string()))
    }
}

/// How much a finding matters. Which categories block is set in the playbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Sending is refused until it is fixed.
    Block,
    /// Worth fixing; does not stop sending.
    Warn,
    /// A suggestion.
    Tip,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Block => "block",
            Severity::Warn => "warn",
            Severity::Tip => "tip",
        }
    }
}

/// Which text a finding's span points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DraftPart {
    Public,
    Private,
    /// The line written on the empathise step.
    Empathy,
    /// The line written on the apologise step.
    Apology,
    /// The review itself (only `legal-risk` points here).
    Review,
    /// The options chosen on the choices step, one per line.
    Choices,
    /// The diagnosis, checked for blaming a person.
    Diagnosis,
    /// The debrief, checked for blaming a person.
    Debrief,
}

impl DraftPart {
    pub fn as_str(self) -> &'static str {
        match self {
            DraftPart::Public => "public",
            DraftPart::Private => "private",
            DraftPart::Empathy => "empathy",
            DraftPart::Apology => "apology",
            DraftPart::Review => "review",
            DraftPart::Choices => "choices",
            DraftPart::Diagnosis => "diagnosis",
            DraftPart::Debrief => "debrief",
        }
    }
}

/// The single-line steps that use the coach on their own line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineKind {
    Empathy,
    Apology,
}

/// One thing the coach points out: where, how serious, and why. Its JSON
/// (with the worded `message`) is written by `present::coach`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub category: Category,
    pub severity: Severity,
    /// Whether the words state it outright or a sentence's shape suggests
    /// it: an inferred finding warns at most (see `evidence.rs`).
    pub evidence: Evidence,
    pub draft: DraftPart,
    /// Byte span in the text named by `draft`; `start == end` marks a place
    /// (e.g. where a missing apology would go).
    pub start: usize,
    pub end: usize,
    /// 1-based line and column (in characters) of `start`.
    pub line: usize,
    pub column: usize,
    /// What was found, for `present::coach` to word in one line: what is
    /// wrong and the practice it comes from.
    pub reason: Reason,
}

impl Finding {
    /// Its category and reason, owned (all its message needs).
    pub fn why(&self) -> Why {
        Why {
            category: self.category,
            reason: self.reason.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_serde_and_from_str() {
        for c in Category::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
            assert_eq!(c.as_str().parse::<Category>(), Ok(c));
            assert_eq!(Category::ALL[c.index()], c);
        }
        assert!("nope".parse::<Category>().is_err());
        assert_eq!(
            serde_json::to_string(&Severity::Block).unwrap(),
            "\"block\""
        );
        assert_eq!(
            serde_json::to_string(&DraftPart::Private).unwrap(),
            "\"private\""
        );
    }
}
