//! The pure core of heard: cases, events, playbooks, gates, the coach.
//! Nothing in here touches files, the terminal or the clock; time is passed in.

pub mod action;
pub mod alarm;
pub mod anonymise;
pub mod built_in;
pub mod case;
mod case_fold;
pub mod coach;
mod coach_report;
pub mod comments;
pub mod deadline;
pub mod debrief;
pub mod debrief_field;
pub mod decide;
pub mod diagnosis;
pub mod draft;
pub mod escalation;
pub mod event;
pub mod floors;
pub mod follow_up;
pub mod follow_up_outcome;
pub mod gate;
pub mod identity;
pub mod inbox;
pub mod inbox_row;
pub mod integrity;
pub mod patterns;
pub mod playbook;
pub mod practice;
pub mod preparation;
pub mod progress;
pub mod response;
pub mod review;
pub mod signing;
pub mod team;
pub mod timeline;
pub mod triage;
pub mod visible;
pub mod waiting;
pub mod when;

#[cfg(test)]
mod gate_names_tests;
#[cfg(test)]
mod gate_tests;
#[cfg(test)]
mod hand_written_tests;
#[cfg(test)]
mod practice_tests;
#[cfg(test)]
mod team_tests;
#[cfg(test)]
pub(crate) mod test_support;

pub use case::{Case, CaseState, FoldError, Verdict};
pub use diagnosis::Diagnosis;
pub use draft::Drafts;
pub use event::{Event, EventKind};
pub use follow_up::FollowUpOutcome;
pub use gate::{Gate, GateId, SendCheck, can_send};
pub use playbook::{Playbook, PlaybookError, Step, StepKind};
pub use review::Review;
pub use team::Roster;

use time::OffsetDateTime;

/// Where "now" comes from. The app passes the system clock; tests pass a
/// fixed one, so no test ever waits for real minutes.
pub trait Clock: Send + Sync {
    fn now(&self) -> OffsetDateTime;
}

/// A clock that always says the same time (tests, replays).
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub OffsetDateTime);

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        self.0
    }
}
