//! Which panel each row of the case screen's sidebar is: a playbook step,
//! then peer review, then send (or the scorecard of a practice case), then
//! the debrief once the reply is out.

use super::CaseScreen;

/// One row of the sidebar and the screen behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Panel {
    /// The playbook's step at this index.
    Step(usize),
    PeerReview,
    Send,
    /// Practice is never sent: its scorecard takes the send step's place.
    Scorecard,
    Debrief,
}

impl Panel {
    /// The panel at sidebar row `i` of a playbook with `steps` steps.
    fn at(i: usize, steps: usize, practice: bool) -> Panel {
        match i.checked_sub(steps) {
            None => Panel::Step(i),
            Some(0) => Panel::PeerReview,
            Some(1) if practice => Panel::Scorecard,
            Some(1) => Panel::Send,
            Some(_) => Panel::Debrief,
        }
    }

    /// The sidebar row of this panel on a playbook with `steps` steps.
    pub(super) fn row(self, steps: usize) -> usize {
        match self {
            Panel::Step(i) => i,
            Panel::PeerReview => steps,
            Panel::Send | Panel::Scorecard => steps + 1,
            Panel::Debrief => steps + 2,
        }
    }
}

impl CaseScreen {
    /// The panel at sidebar row `i`.
    pub(super) fn panel(&self, i: usize) -> Panel {
        Panel::at(i, self.steps_len(), self.case.practice.is_some())
    }

    /// The panel on screen now.
    pub(super) fn selected_panel(&self) -> Panel {
        self.panel(self.selected)
    }

    /// Whether row `i` is done: its step, the approval, the sending (or
    /// the practice finished), the debrief.
    pub(super) fn panel_done(&self, i: usize) -> bool {
        match self.panel(i) {
            Panel::Step(s) => self.case.step_done(&self.case.playbook.steps[s]),
            Panel::PeerReview => crate::domain::gate::peer_review(&self.case).open,
            Panel::Scorecard => self.case.pending_steps().is_empty(),
            Panel::Send => self.case.sent.is_some(),
            Panel::Debrief => self.case.debrief.is_done(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Panel;

    #[test]
    fn rows_and_panels_table() {
        // (row, practice, panel) on a playbook of three steps
        let table = [
            (0, false, Panel::Step(0)),
            (2, false, Panel::Step(2)),
            (3, false, Panel::PeerReview),
            (4, false, Panel::Send),
            (4, true, Panel::Scorecard),
            (5, false, Panel::Debrief),
        ];
        for (row, practice, panel) in table {
            assert_eq!(Panel::at(row, 3, practice), panel, "row {row}");
            assert_eq!(panel.row(3), row, "{panel:?}");
        }
    }
}
