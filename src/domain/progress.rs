//! Where a case stands in its walk: which steps are done, judged only from
//! recorded events, and which step may be worked on.

use super::case::Case;
use super::coach::Report;
use super::playbook::{Step, StepKind};

impl Case {
    /// The drafts this case's kind of reply needs are written (a thank-you
    /// needs only its public reply).
    pub fn drafts_complete(&self) -> bool {
        self.drafts.is_complete(self.playbook.coach.kind)
    }

    /// How many full reads the Read step asks of this review: the playbook's
    /// number, but once for a rating with no words (there is nothing to
    /// read twice).
    pub fn reads_needed(&self, step: &Step) -> u32 {
        let r = &self.review;
        let words =
            !r.text.trim().is_empty() || r.title.as_deref().is_some_and(|t| !t.trim().is_empty());
        if words {
            step.min_reads()
        } else {
            step.min_reads().min(1)
        }
    }

    /// Whether one step is done, judged only from recorded events.
    pub fn step_done(&self, step: &Step) -> bool {
        match step.kind {
            StepKind::CheckIn => !self.preparation.check_ins.is_empty(),
            StepKind::Breathe => self.preparation.breathing_done,
            StepKind::Read => {
                self.preparation.reads >= self.reads_needed(step)
                    && step.questions.iter().all(|q| {
                        self.preparation
                            .answers
                            .get(&q.id)
                            .is_some_and(|a| !a.trim().is_empty())
                    })
            }
            StepKind::Empathise => !self.response.empathy.trim().is_empty(),
            StepKind::Apologise => !self.response.apology.trim().is_empty(),
            StepKind::Choices => {
                self.response
                    .choices
                    .iter()
                    .filter(|c| !c.trim().is_empty())
                    .count()
                    >= step.min_choices() as usize
                    && !self.response.timeline.trim().is_empty()
            }
            StepKind::Compose => {
                self.drafts_complete()
                    && !self.coach_report().is_some_and(Report::blocks)
                    && super::decide::hidden_in_drafts(self).is_none()
            }
            StepKind::Triage => self.road.is_some(),
            StepKind::Diagnosis => self.diagnosis.as_ref().is_some_and(|d| d.gaps().is_empty()),
        }
    }

    /// Each step with whether it is done, in playbook order.
    pub fn progress(&self) -> Vec<(&Step, bool)> {
        self.playbook
            .steps
            .iter()
            .map(|s| (s, self.step_done(s)))
            .collect()
    }

    /// Required steps not yet done (on the road taken: triage can leave
    /// steps out, never the gates).
    pub fn pending_steps(&self) -> Vec<&Step> {
        self.progress()
            .into_iter()
            .filter(|(s, done)| s.required && self.step_needed(s.kind) && !done)
            .map(|(s, _)| s)
            .collect()
    }

    /// The first step of the road not done yet, or the road's last step
    /// when all are done.
    pub fn current_step_index(&self) -> usize {
        let steps = &self.playbook.steps;
        steps
            .iter()
            .position(|s| self.step_needed(s.kind) && !self.step_done(s))
            .or_else(|| steps.iter().rposition(|s| self.step_needed(s.kind)))
            .unwrap_or(steps.len().saturating_sub(1))
    }

    /// The step the walk opens at, when one is left to do there: the first
    /// on the road not done, optional or not (the walk passes through
    /// triage, which is optional, before it opens anything after it).
    pub fn next_step(&self) -> Option<&Step> {
        let step = self.playbook.steps.get(self.current_step_index())?;
        (self.step_needed(step.kind) && !self.step_done(step)).then_some(step)
    }

    /// Whether the person may work on step `i` yet: steps open one after
    /// another, so nobody writes the reply before hearing the customer out.
    pub fn reachable(&self, i: usize) -> bool {
        i <= self.current_step_index()
    }

    /// Where the case stands, in one word a person understands.
    pub fn state(&self) -> CaseState {
        if self.sent.is_some() {
            CaseState::Sent
        } else if self.closed().is_some() {
            CaseState::Closed
        } else if self.parked {
            CaseState::Parked
        } else if self.opened_at.is_none() {
            CaseState::New
        } else {
            CaseState::InProgress
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseState {
    New,
    InProgress,
    Sent,
    /// Closed without a reply, with a colleague's OK.
    Closed,
    /// Put aside until someone has time to concentrate.
    Parked,
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
