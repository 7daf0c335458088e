//! Practice mode: scenarios a new hire walks like a real case, and the
//! scorecard at the end. A practice case carries a `practice_started` event
//! written with its `created` one; `decide` refuses to send it and its
//! cool-down is [`COOLDOWN_MINUTES`] long. Pure: the scenario text and the
//! time are passed in.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::case::Case;
use super::coach::{Category, Severity, Why};
use super::draft::Drafts;
use super::review::Review;

/// A practice case's cool-down: shown so the trainee learns it is there,
/// short because practice is never sent.
pub const COOLDOWN_MINUTES: i64 = 1;

/// One scenario file (`assets/scenarios/*.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Short name used on the command line (`heard practice start NAME`).
    pub name: String,
    pub title: String,
    /// The kind of business ("café", "online shop", "plumber" …).
    pub trade: String,
    pub difficulty: Difficulty,
    pub platform: String,
    /// Stars, 1–5; none for platforms without them.
    #[serde(default)]
    pub stars: Option<u8>,
    /// The name the platform shows for the customer.
    pub customer: String,
    pub review: String,
    /// What a good reply to this review must do.
    pub must: Vec<String>,
    /// Where people usually go wrong on this one.
    pub traps: Vec<String>,
    pub exemplar: Exemplar,
}

/// A reply that does what the scenario asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exemplar {
    pub public: String,
    pub private: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

/// Why a scenario file cannot be used (worded by `present::practice`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioError {
    /// The TOML reader's own message.
    Toml(String),
    /// A rating outside 1–5.
    Stars(u8),
    /// A field that must be written is empty.
    Empty(&'static str),
}

impl Scenario {
    /// Read a scenario from its TOML text.
    pub fn parse(text: &str) -> Result<Scenario, ScenarioError> {
        let s: Scenario = toml::from_str(text).map_err(|e| ScenarioError::Toml(e.to_string()))?;
        if let Some(n) = s.stars.filter(|n| !(1..=5).contains(n)) {
            return Err(ScenarioError::Stars(n));
        }
        for (field, value) in [
            ("name", &s.name),
            ("review", &s.review),
            ("exemplar.public", &s.exemplar.public),
            ("exemplar.private", &s.exemplar.private),
        ] {
            if value.trim().is_empty() {
                return Err(ScenarioError::Empty(field));
            }
        }
        Ok(s)
    }

    /// The review as the case holds it, received `now`.
    pub fn to_review(&self, now: OffsetDateTime) -> Review {
        Review {
            customer: self.customer.clone(),
            platform: self.platform.clone(),
            rating: self.stars,
            title: None,
            text: self.review.trim().to_string(),
            received_at: now,
            platform_id: None,
            url: None,
            existing_reply: None,
        }
    }

    pub fn exemplar_drafts(&self) -> Drafts {
        Drafts {
            public: self.exemplar.public.trim().to_string(),
            private: self.exemplar.private.trim().to_string(),
        }
    }
}

/// One coach finding on the final drafts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScoredFinding {
    pub category: String,
    pub severity: String,
    pub draft: String,
    pub line: usize,
    /// Worded by `present::coach` as the JSON's `message`.
    #[serde(rename = "message")]
    pub why: Why,
}

/// The end of a practice run: what was done, what the coach found, what the
/// exemplar did that the drafts did not, and a score out of 100.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scorecard {
    pub case: String,
    pub scenario: String,
    pub by: String,
    pub steps_done: usize,
    pub steps_total: usize,
    /// Step titles not done yet.
    pub steps_missing: Vec<String>,
    /// From the first opening (or creation) to the last recorded event.
    pub minutes_taken: i64,
    pub findings: Vec<ScoredFinding>,
    /// Each coach check the exemplar passes and the drafts fail.
    pub exemplar_did: Vec<ExemplarDid>,
    pub score: u32,
}

/// A coach check the exemplar passes and the drafts fail (worded, and
/// written to JSON as its line, by `present::practice`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExemplarDid(pub Category);

/// Points: steps are 40, the drafts 60 (a blocking finding costs 20, a
/// warning 10, a tip 3); a run with no drafts scores the steps alone.
fn score(done: usize, total: usize, findings: &[(Category, Severity)], drafted: bool) -> u32 {
    let steps = (40 * done).checked_div(total).unwrap_or(40) as u32;
    if !drafted {
        return steps;
    }
    let cost: u32 = findings
        .iter()
        .filter(|(c, _)| *c != Category::LegalRisk)
        .map(|(_, s)| match s {
            Severity::Block => 20,
            Severity::Warn => 10,
            Severity::Tip => 3,
        })
        .sum();
    steps + 60u32.saturating_sub(cost)
}

/// The scorecard of a practice case against its scenario.
pub fn scorecard(case: &Case, scenario: &Scenario) -> Scorecard {
    let progress = case.progress();
    let steps_done = progress.iter().filter(|(_, d)| *d).count();
    let steps_missing = progress
        .iter()
        .filter(|(_, d)| !d)
        .map(|(s, _)| s.title.clone())
        .collect();
    let from = case.opened_at.unwrap_or(case.created_at);
    let minutes_taken = (case.latest_event_at - from).whole_minutes().max(0);
    let own = case
        .coach_report()
        .map(|r| r.findings.clone())
        .unwrap_or_default();
    let model = case
        .check_drafts(&scenario.exemplar_drafts())
        .map(|r| r.findings)
        .unwrap_or_default();
    let mut exemplar_did: Vec<ExemplarDid> = Vec::new();
    for f in &own {
        let passes = !model.iter().any(|m| m.category == f.category);
        let did = ExemplarDid(f.category);
        if passes && f.category != Category::LegalRisk && !exemplar_did.contains(&did) {
            exemplar_did.push(did);
        }
    }
    let kinds: Vec<_> = own.iter().map(|f| (f.category, f.severity)).collect();
    Scorecard {
        case: case.id.clone(),
        scenario: scenario.name.clone(),
        by: case.created_by.clone(),
        steps_done,
        steps_total: progress.len(),
        steps_missing,
        minutes_taken,
        findings: own
            .iter()
            .map(|f| ScoredFinding {
                category: f.category.as_str().to_string(),
                severity: f.severity.as_str().to_string(),
                draft: f.draft.as_str().to_string(),
                line: f.line,
                why: f.why(),
            })
            .collect(),
        exemplar_did,
        score: score(steps_done, progress.len(), &kinds, !case.drafts.is_blank()),
    }
}
