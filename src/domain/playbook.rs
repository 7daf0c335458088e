//! The playbook: which steps a case walks through, their wording, and the
//! gate rules. Parsed from TOML; unknown keys and wrong types are refused with
//! the line and column, because a typo in a playbook must never silently
//! weaken a gate.

use serde::{Deserialize, Serialize};

use super::coach::{CoachRules, RulesError};
use super::patterns::PatternRules;

/// A whole playbook as written in `playbooks/*.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Playbook {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub gates: GateRules,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub coach: CoachRules,
    /// When a cause counts as recurring (`[patterns]`); see `domain::patterns`.
    #[serde(default, skip_serializing_if = "PatternRules::is_default")]
    pub patterns: PatternRules,
    /// What needs the owner's approval (`[escalation]`); see `domain::escalation`.
    #[serde(
        default,
        skip_serializing_if = "super::escalation::EscalationRules::is_default"
    )]
    pub escalation: super::escalation::EscalationRules,
}

/// The numbers the gates are made of. Copied into a case when it is created,
/// so editing the playbook later never changes an open case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateRules {
    /// Cool-down when the person is calm.
    #[serde(deserialize_with = "limits::cooldown_minutes")]
    pub cooldown_minutes: u32,
    /// Cool-down when the check-in says the person is upset.
    #[serde(deserialize_with = "limits::cooldown_minutes")]
    pub upset_cooldown_minutes: u32,
    /// Check-in level (1–5) from which the person counts as upset.
    #[serde(default = "default_upset_from")]
    pub upset_from: u8,
    /// Whether a colleague must approve the exact drafts.
    #[serde(default = "default_true")]
    pub peer_review: bool,
    /// Hours from the review's time by which a reply should go out.
    #[serde(
        default = "default_deadline",
        deserialize_with = "limits::deadline_hours"
    )]
    pub response_deadline_hours: u32,
    /// Days after sending when the follow-up is due.
    #[serde(
        default = "default_follow_up",
        deserialize_with = "limits::follow_up_days"
    )]
    pub follow_up_days: u32,
}

#[path = "playbook_limits.rs"]
pub mod limits;

fn default_upset_from() -> u8 {
    3
}
fn default_true() -> bool {
    true
}
fn default_deadline() -> u32 {
    24
}
fn default_follow_up() -> u32 {
    3
}

/// What kind of step this is; decides what "done" means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    CheckIn,
    Breathe,
    Read,
    /// What this review needs (see `domain::triage`); heard adds it after
    /// reading when a playbook does not place it.
    Triage,
    Empathise,
    Apologise,
    Choices,
    Compose,
    Diagnosis,
}

impl StepKind {
    pub fn label(self) -> &'static str {
        match self {
            StepKind::CheckIn => "check-in",
            StepKind::Breathe => "breathe",
            StepKind::Read => "read",
            StepKind::Empathise => "empathise",
            StepKind::Apologise => "apologise",
            StepKind::Choices => "choices",
            StepKind::Compose => "compose",
            StepKind::Diagnosis => "diagnosis",
            StepKind::Triage => "triage",
        }
    }
}

/// A question the reader answers after reading the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: String,
    /// When given, the answer is picked from these; otherwise it is free text.
    #[serde(default)]
    pub options: Vec<String>,
}

/// One step of the walk. Keys that only make sense for one kind are checked
/// by [`Playbook::validate`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    pub title: String,
    /// One or two sentences for a new hire: why this step exists.
    pub why: String,
    #[serde(default)]
    pub prompt: String,
    #[serde(default = "default_true")]
    pub required: bool,
    /// read: full reads required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reads: Option<u32>,
    /// read: questions to answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
    /// empathise / apologise / choices / compose: phrases to pick from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<String>,
    /// choices: how many options at least.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_choices: Option<u32>,
    /// breathe: seconds of inhale, hold, exhale, hold.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "limits::breath_pattern"
    )]
    pub pattern: Option<[u32; 4]>,
    /// breathe: how many cycles.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "limits::breath_cycles"
    )]
    pub cycles: Option<u32>,
    /// diagnosis: the categories offered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
}

impl Step {
    pub fn min_reads(&self) -> u32 {
        self.min_reads.unwrap_or(2)
    }
    pub fn min_choices(&self) -> u32 {
        self.min_choices.unwrap_or(2)
    }
    pub fn pattern(&self) -> [u32; 4] {
        self.pattern.unwrap_or([4, 4, 4, 4])
    }
    pub fn cycles(&self) -> u32 {
        self.cycles.unwrap_or(3)
    }
    /// Seconds the breathing pacer must run before the step counts as done.
    pub fn breathing_seconds(&self) -> u64 {
        // Saturating: a playbook built in code skips the parse-time limits.
        self.pattern()
            .iter()
            .map(|s| u64::from(*s))
            .sum::<u64>()
            .saturating_mul(u64::from(self.cycles()))
    }
}

/// A playbook that could not be used, with where and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct PlaybookError {
    pub source_name: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub problem: PlaybookProblem,
}

/// What is wrong with a playbook (worded by `present::playbook`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaybookProblem {
    /// The TOML reader's own message (a number over its limit included).
    Syntax(String),
    /// The file could not be read: why.
    Unreadable(String),
    EmptyId,
    NoSteps,
    UpsetFromOutOfRange,
    UpsetCooldownShorter,
    /// The `[coach]` table is wrong: the coach's reason.
    Coach(RulesError),
    Patterns(super::patterns::PatternsProblem),
    StepIdTwice(String),
    /// A key set on a step of another kind.
    KeyForOtherKind {
        step: String,
        key: &'static str,
        belongs_to: StepKind,
        kind: StepKind,
    },
    BreatheWithoutBreath(String),
    MinReadsZero(String),
    MinChoicesZero(String),
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rfind('\n')
        .map_or(before.len(), |nl| before.len() - nl - 1)
        + 1;
    (line, col)
}

impl Playbook {
    /// Parse and validate a playbook. `source_name` is used in error messages
    /// (usually the file path).
    pub fn parse(text: &str, source_name: &str) -> Result<Playbook, PlaybookError> {
        let playbook: Playbook = toml::from_str(text).map_err(|e| {
            let (line, column) = match e.span() {
                Some(span) => {
                    let (l, c) = line_col(text, span.start);
                    (Some(l), Some(c))
                }
                None => (None, None),
            };
            PlaybookError {
                source_name: source_name.to_string(),
                line,
                column,
                problem: PlaybookProblem::Syntax(e.message().trim().to_string()),
            }
        })?;
        playbook.validate().map_err(|(step_id, problem)| {
            // Point at the step's id line, the closest thing a person can
            // find, or at the coach phrase that does not compile.
            let needle = match &problem {
                PlaybookProblem::Coach(RulesError::Phrase(e)) => Some(e.phrase().to_string()),
                _ => step_id.map(|id| format!("id = \"{id}\"")),
            };
            let (line, column) = needle
                .and_then(|needle| text.find(&needle))
                .map(|off| {
                    let (l, c) = line_col(text, off);
                    (Some(l), Some(c))
                })
                .unwrap_or((None, None));
            PlaybookError {
                source_name: source_name.to_string(),
                line,
                column,
                problem,
            }
        })?;
        Ok(playbook)
    }

    /// Rules a well-typed playbook must still meet. Returns the offending
    /// step id (if any) and the problem.
    fn validate(&self) -> Result<(), (Option<String>, PlaybookProblem)> {
        let whole = |p: PlaybookProblem| Err((None, p));
        if self.id.trim().is_empty() {
            return whole(PlaybookProblem::EmptyId);
        }
        if self.steps.is_empty() {
            return whole(PlaybookProblem::NoSteps);
        }
        let g = &self.gates;
        if !(1..=5).contains(&g.upset_from) {
            return whole(PlaybookProblem::UpsetFromOutOfRange);
        }
        if g.upset_cooldown_minutes < g.cooldown_minutes {
            return whole(PlaybookProblem::UpsetCooldownShorter);
        }
        if let Err(e) = self.coach.validate() {
            return whole(PlaybookProblem::Coach(e));
        }
        if let Err(e) = self.patterns.validate() {
            return whole(PlaybookProblem::Patterns(e));
        }
        let mut seen = std::collections::HashSet::new();
        for step in &self.steps {
            let here = |p: PlaybookProblem| Err((Some(step.id.clone()), p));
            if !seen.insert(step.id.as_str()) {
                return here(PlaybookProblem::StepIdTwice(step.id.clone()));
            }
            let only = |present: bool, key: &'static str, kind: StepKind| {
                if present && step.kind != kind {
                    Err(PlaybookProblem::KeyForOtherKind {
                        step: step.id.clone(),
                        key,
                        belongs_to: kind,
                        kind: step.kind,
                    })
                } else {
                    Ok(())
                }
            };
            let checks = [
                only(step.min_reads.is_some(), "min_reads", StepKind::Read),
                only(!step.questions.is_empty(), "questions", StepKind::Read),
                only(step.min_choices.is_some(), "min_choices", StepKind::Choices),
                only(step.pattern.is_some(), "pattern", StepKind::Breathe),
                only(step.cycles.is_some(), "cycles", StepKind::Breathe),
                only(
                    !step.categories.is_empty(),
                    "categories",
                    StepKind::Diagnosis,
                ),
            ];
            for c in checks {
                if let Err(m) = c {
                    return here(m);
                }
            }
            if step.kind == StepKind::Breathe
                && (step.cycles() == 0 || step.pattern().iter().all(|s| *s == 0))
            {
                return here(PlaybookProblem::BreatheWithoutBreath(step.id.clone()));
            }
            if step.kind == StepKind::Read && step.min_reads() == 0 {
                return here(PlaybookProblem::MinReadsZero(step.id.clone()));
            }
            if step.kind == StepKind::Choices && step.min_choices() == 0 {
                return here(PlaybookProblem::MinChoicesZero(step.id.clone()));
            }
        }
        Ok(())
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn step_of_kind(&self, kind: StepKind) -> Option<&Step> {
        self.steps.iter().find(|s| s.kind == kind)
    }

    /// `min_choices` of the choices step, or 2 when there is none.
    pub fn min_choices(&self) -> u32 {
        self.step_of_kind(StepKind::Choices)
            .map_or(2, Step::min_choices)
    }
}

#[cfg(test)]
#[path = "playbook_tests.rs"]
mod playbook_tests;
