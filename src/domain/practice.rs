//! Practice mode: scenarios a new hire walks like a real case, and the
//! scorecard at the end. A practice case carries a `practice_started` event
//! written with its `created` one; `decide` refuses to send it and its
//! cool-down is [`COOLDOWN_MINUTES`] long. Pure: the scenario text and the
//! time are passed in.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::case::Case;
use super::coach::{Category, Severity};
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

/// Why a scenario file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScenarioError {
    #[error("{0}")]
    Toml(String),
    #[error("`stars` is {0}: a rating is 1 to 5 stars")]
    Stars(u8),
    #[error("`{0}` is empty: a scenario needs it")]
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
    pub message: String,
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
    /// One line per coach check the exemplar passes and the drafts fail.
    pub exemplar_did: Vec<String>,
    pub score: u32,
}

/// What passing a coach check looks like, in the trainee's words.
fn what_it_does(c: Category) -> &'static str {
    match c {
        Category::NoApology => "says sorry and owns the problem",
        Category::NoEmpathy => "shows it understands how the customer feels",
        Category::NoThanks => "thanks the customer for telling you",
        Category::Blame => "takes ownership without blaming anyone",
        Category::Defensive => "apologises without \"but\" or policy talk",
        Category::NoChoices => "offers concrete choices in the private message",
        Category::NoContact => "invites the customer to continue privately",
        Category::PublicDetails => "keeps details and personal data out of public",
        Category::Shouting => "stays calm: no capitals, no \"!!\"",
        Category::Generic => "refers to what the review actually said",
        Category::NegativeTone => "keeps a warm tone throughout",
        Category::RiskyPromise => "promises only what was chosen",
        Category::AsksRemoval => "never asks for the review to come down",
        Category::Placeholder => "has no template leftovers",
        Category::LegalRisk => "keeps the legal risk in mind",
        Category::HiddenText => "holds only characters a reader can see",
    }
}

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
    let mut exemplar_did: Vec<String> = Vec::new();
    for f in &own {
        let passes = !model.iter().any(|m| m.category == f.category);
        let line = format!("{}: it {}", f.category.as_str(), what_it_does(f.category));
        if passes && f.category != Category::LegalRisk && !exemplar_did.contains(&line) {
            exemplar_did.push(line);
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
                message: f.message.clone(),
            })
            .collect(),
        exemplar_did,
        score: score(steps_done, progress.len(), &kinds, !case.drafts.is_blank()),
    }
}

/// The scorecard as lines of text (the command and the screen show these).
pub fn scorecard_lines(card: &Scorecard) -> Vec<String> {
    let mut out = vec![
        format!("PRACTICE scorecard — {} ({})", card.scenario, card.case),
        format!(
            "Score {}/100 · steps {}/{} · {} min",
            card.score, card.steps_done, card.steps_total, card.minutes_taken
        ),
    ];
    if !card.steps_missing.is_empty() {
        out.push(format!("Steps not done: {}", card.steps_missing.join(", ")));
    }
    if card.findings.is_empty() {
        out.push("Coach: nothing to point out in your drafts.".into());
    } else {
        out.push("Coach on your final drafts:".into());
        for f in &card.findings {
            out.push(format!(
                "  {} {} ({} line {})",
                f.severity, f.category, f.draft, f.line
            ));
        }
    }
    if card.exemplar_did.is_empty() {
        out.push("The exemplar passes no check your drafts fail.".into());
    } else {
        out.push("What the exemplar did that your drafts did not:".into());
        out.extend(card.exemplar_did.iter().map(|l| format!("  {l}")));
    }
    out
}
