//! Playbook problems in words (`domain::playbook`, its limits and its
//! `[patterns]`), and the steps' short names.

use std::fmt;

use crate::domain::StepKind;
use crate::domain::patterns::PatternsProblem;
use crate::domain::playbook::limits::{MAX_BREATH_SECONDS, TooLarge};
use crate::domain::playbook::{PlaybookError, PlaybookProblem};

impl fmt::Display for PlaybookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{}:{}: {}", self.source_name, l, c, self.problem),
            _ => write!(f, "{}: {}", self.source_name, self.problem),
        }
    }
}

impl fmt::Display for PlaybookProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlaybookProblem::Syntax(why) | PlaybookProblem::Unreadable(why) => f.write_str(why),
            PlaybookProblem::EmptyId => f.write_str("`id` must not be empty"),
            PlaybookProblem::NoSteps => f.write_str("a playbook needs at least one step"),
            PlaybookProblem::UpsetFromOutOfRange => {
                f.write_str("`gates.upset_from` must be between 1 and 5")
            }
            PlaybookProblem::UpsetCooldownShorter => f.write_str(
                "`gates.upset_cooldown_minutes` must be at least `gates.cooldown_minutes`",
            ),
            PlaybookProblem::Coach(why) => write!(f, "[coach]: {why}"),
            PlaybookProblem::Patterns(why) => write!(f, "{why}"),
            PlaybookProblem::StepIdTwice(id) => write!(f, "step id `{id}` is used twice"),
            PlaybookProblem::KeyForOtherKind {
                step,
                key,
                belongs_to,
                kind,
            } => write!(
                f,
                "step `{step}`: `{key}` only applies to {} steps, this one is a {} step",
                belongs_to.label(),
                kind.label()
            ),
            PlaybookProblem::BreatheWithoutBreath(step) => write!(
                f,
                "step `{step}`: a breathe step needs at least one cycle of non-zero length"
            ),
            PlaybookProblem::MinReadsZero(step) => {
                write!(f, "step `{step}`: `min_reads` must be at least 1")
            }
            PlaybookProblem::MinChoicesZero(step) => {
                write!(f, "step `{step}`: `min_choices` must be at least 1")
            }
        }
    }
}

impl fmt::Display for PatternsProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PatternsProblem::AlarmCountBelowTwo => {
                "`patterns.alarm_count` must be at least 2 (a cause recurs from its second case)"
            }
            PatternsProblem::ZeroDays => {
                "`patterns.alarm_days` and `patterns.action_days` must be at least 1"
            }
        })
    }
}

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TooLarge::Count { n, unit, max } => {
                write!(f, "{n} {unit} is too many: at most {max} {unit}")
            }
            TooLarge::BreathPhase { seconds } => write!(
                f,
                "{seconds} seconds is too long for one breath phase: at most {MAX_BREATH_SECONDS}"
            ),
        }
    }
}

impl StepKind {
    /// A short name for lists ("Check in", "Read" …).
    pub fn short_title(self) -> &'static str {
        match self {
            StepKind::CheckIn => "Check in",
            StepKind::Breathe => "Breathe",
            StepKind::Read => "Read",
            StepKind::Empathise => "Empathise",
            StepKind::Apologise => "Apologise",
            StepKind::Choices => "Choices",
            StepKind::Compose => "Compose",
            StepKind::Diagnosis => "Diagnose",
            StepKind::Triage => "Triage",
        }
    }
}
