//! How the walk follows the road triage chose: steps the road leaves out
//! are passed over, and "don't engage" stays on the triage step, where the
//! case is closed.

use super::CaseScreen;
use crate::domain::triage::Road;
use crate::domain::{Case, StepKind};

/// Whether the walk stays on the step it is on once that step is done:
/// compose (people save often and keep writing) and triage on "don't
/// engage" (the close is asked for and shown there).
pub(super) fn stays_put(case: &Case, step: Option<StepKind>) -> bool {
    match step {
        Some(StepKind::Compose) => true,
        Some(StepKind::Triage) => case.road == Some(Road::DontEngage),
        _ => false,
    }
}

/// A case on "don't engage" opens on its triage step.
pub(super) fn stays_on_triage(case: &Case) -> bool {
    case.road == Some(Road::DontEngage) && case.sent.is_none()
}

impl CaseScreen {
    /// Whether the sidebar's row `i` belongs to the road: on "don't engage"
    /// nothing is reviewed or sent.
    pub(super) fn needed(&self, i: usize) -> bool {
        match self.case.playbook.steps.get(i) {
            Some(step) => self.case.step_needed(step.kind),
            None => self.case.road().replies() || self.case.sent.is_some(),
        }
    }

    /// The step after `from` that the road needs (peer review and the
    /// steps after it always count).
    pub(super) fn next_needed(&self, from: usize) -> usize {
        let last = self.screens.len() - 1;
        let mut i = (from + 1).min(last);
        while let super::Panel::Step(s) = self.panel(i)
            && !self.case.step_needed(self.case.playbook.steps[s].kind)
            && i < last
        {
            i += 1;
        }
        i.min(last)
    }
}
