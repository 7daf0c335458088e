//! The case screen: the checklist sidebar, the current step, the gate panel.
//! It hosts one step screen per playbook step, plus peer review and send.

use crossterm::event::KeyEvent;

use super::breathe::BreatheScreen;
use super::check_in::CheckInScreen;
use super::choices::ChoicesScreen;
use super::compose::ComposeScreen;
use super::debrief::DebriefScreen;
use super::diagnosis::DiagnosisScreen;
use super::line::LineScreen;
use super::peer_review::PeerReviewScreen;
use super::read::ReadScreen;
use super::send::SendScreen;
use super::{StepScreen, View};
use crate::domain::{Case, Drafts, EventKind, StepKind};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::gate_watch::GateWatch;
use crate::tui::keys::{self, Cmd, Scope};

pub use super::send::SendSetup;

// Drawing the case screen lives beside it; a child module sees its fields.
#[path = "case_view.rs"]
mod case_view;
#[path = "case_panel.rs"]
mod panel;
#[path = "case_road.rs"]
mod road;

use panel::Panel;

pub struct CaseScreen {
    pub case: Case,
    screens: Vec<Box<dyn StepScreen>>,
    selected: usize,
    /// The cool-down countdown ran at the last tick: the tick after it ends
    /// must still redraw, or "0 s left" stays until a key is pressed.
    was_counting: bool,
    /// The gates last seen open, to announce each opening once.
    open_gates: GateWatch,
    /// The walk moved on by itself (a timed step ended, events arrived):
    /// what the status line said was about the step before.
    moved_on: bool,
    /// `o` flipped whether the customer's review is shown beside the step.
    review_flipped: bool,
}

impl CaseScreen {
    pub fn new(
        case: Case,
        me: &str,
        now: time::OffsetDateTime,
        restored: Option<Drafts>,
        send: SendSetup,
        history: Vec<crate::domain::alarm::Precedent>,
    ) -> CaseScreen {
        let view = View {
            case: &case,
            now,
            me,
        };
        let mut screens: Vec<Box<dyn StepScreen>> = Vec::new();
        for step in &case.playbook.steps {
            let s: Box<dyn StepScreen> = match step.kind {
                StepKind::CheckIn => Box::new(CheckInScreen::new(&step.prompt, &view)),
                StepKind::Breathe => Box::new(BreatheScreen::new(step)),
                StepKind::Read => Box::new(ReadScreen::new(step, &view)),
                StepKind::Empathise | StepKind::Apologise => Box::new(LineScreen::new(step, &view)),
                StepKind::Choices => Box::new(ChoicesScreen::new(step)),
                StepKind::Compose => Box::new(ComposeScreen::new(step, &view, restored.clone())),
                StepKind::Diagnosis => Box::new(DiagnosisScreen::new(step, &view, history.clone())),
                StepKind::Triage => Box::new(super::triage::TriageScreen::new(&view)),
            };
            screens.push(s);
        }
        screens.push(Box::new(PeerReviewScreen::new()));
        if let Some(name) = &case.practice {
            // Practice is never sent: its scorecard takes the send step's place.
            let scenario = crate::store::scenarios::shipped()
                .ok()
                .and_then(|all| all.into_iter().find(|s| &s.name == name));
            screens.push(Box::new(super::scorecard::ScorecardScreen::new(scenario)));
        } else {
            screens.push(Box::new(SendScreen::new(send.command, send.default_outbox)));
        }
        if case.sent.is_some() {
            screens.push(Box::new(DebriefScreen::new()));
        }
        let steps = case.playbook.steps.len();
        let compose = case
            .playbook
            .steps
            .iter()
            .position(|s| s.kind == StepKind::Compose);
        // A sent case opens on Send, where its follow-up is (the debrief is
        // next); a finished one where it waits.
        // Send and the scorecard share a row: one or the other is there.
        let selected = if road::stays_on_triage(&case) {
            Panel::Step(case.current_step_index())
        } else if case.sent.is_some()
            || (case.practice.is_some() && case.pending_steps().is_empty())
        {
            Panel::Send
        } else if case.pending_steps().is_empty() {
            if crate::domain::gate::peer_review(&case).open {
                Panel::Send
            } else if let Some(i) = compose.filter(|_| !case.open_comments().is_empty()) {
                // A colleague sent it back: the comments are in compose.
                Panel::Step(i)
            } else {
                Panel::PeerReview
            }
        } else {
            Panel::Step(case.current_step_index())
        }
        .row(steps);
        let open_gates = GateWatch::new(&case, now);
        CaseScreen {
            case,
            screens,
            selected,
            was_counting: false,
            open_gates,
            moved_on: false,
            review_flipped: false,
        }
    }

    /// The steps that answer the review keep it in view (`o` opens or
    /// hides it).
    fn review_beside(&self) -> bool {
        self.case
            .playbook
            .steps
            .get(self.selected)
            .is_some_and(|s| {
                matches!(
                    s.kind,
                    StepKind::Empathise
                        | StepKind::Apologise
                        | StepKind::Choices
                        | StepKind::Compose
                )
            })
    }

    fn steps_len(&self) -> usize {
        self.case.playbook.steps.len()
    }

    fn short_title(&self, i: usize) -> &str {
        match self.panel(i) {
            Panel::Step(s) => self.case.playbook.steps[s].kind.short_title(),
            _ => self.title(i),
        }
    }

    fn title(&self, i: usize) -> &str {
        match self.panel(i) {
            Panel::Step(s) => &self.case.playbook.steps[s].title,
            Panel::PeerReview => "Peer review",
            Panel::Scorecard => "Scorecard",
            Panel::Send => "Send",
            Panel::Debrief => "Debrief",
        }
    }

    fn why(&self) -> &str {
        match self.selected_panel() {
            Panel::Step(s) => &self.case.playbook.steps[s].why,
            Panel::PeerReview => {
                "A second pair of eyes catches the sharp word you can no longer see. \
                 Someone who did not write the reply approves its exact text."
            }
            Panel::Scorecard => {
                "Practice is never sent. See what you did, what the coach found, and what \
                 the exemplar did that your drafts did not."
            }
            Panel::Send => {
                "The reply goes out only when every step is done, the cool-down has \
                 passed and a colleague approved these exact words."
            }
            Panel::Debrief => {
                "Once it is handled, sit down with a cup of tea — ideally with a colleague — \
                 and look at how it escalated, what you would do differently and whether \
                 a process is broken. Then let it go."
            }
        }
    }

    pub fn title_of_selected(&self) -> &str {
        self.title(self.selected)
    }

    pub fn why_of_selected(&self) -> &str {
        self.why()
    }

    fn reachable(&self, i: usize) -> bool {
        match self.panel(i) {
            Panel::Step(s) => self.case.reachable(s),
            _ => true,
        }
    }

    /// Whether the step on screen is done (false on the panels after the
    /// steps: they are not steps the walk moves on from).
    fn selected_step_done(&self) -> bool {
        match self.selected_panel() {
            Panel::Step(s) => self.case.step_done(&self.case.playbook.steps[s]),
            _ => false,
        }
    }

    pub fn current(&self) -> &dyn StepScreen {
        self.screens[self.selected].as_ref()
    }

    pub fn editing(&self) -> bool {
        self.current().editing()
    }

    /// The drafts' working copy, for autosave.
    pub fn working_drafts(&self) -> Option<Drafts> {
        self.screens.iter().find_map(|s| s.working_drafts())
    }

    /// The case was reloaded after recording events. Moves on to the next
    /// step when the one on screen just became done.
    pub fn replace_case(&mut self, case: Case, now: time::OffsetDateTime, me: &str) {
        let was_done = self.selected_step_done();
        self.case = case;
        if self.case.sent.is_some() && self.screens.len() == Panel::Debrief.row(self.steps_len()) {
            // Sent (here or from elsewhere): the debrief comes next.
            self.screens.push(Box::new(DebriefScreen::new()));
        }
        let view = View {
            case: &self.case,
            now,
            me,
        };
        for s in &mut self.screens {
            s.case_changed(&view);
        }
        let step_kind = self.case.playbook.steps.get(self.selected).map(|s| s.kind);
        let now_done = self.selected_step_done();
        // Compose stays put on save: people save often and keep writing.
        if !was_done && now_done && !road::stays_put(&self.case, step_kind) {
            self.selected = self.next_needed(self.selected);
            self.moved_on = true;
            // The last step of a practice case leads to its scorecard.
            if self.case.practice.is_some()
                && self.selected_panel() == Panel::PeerReview
                && self.case.pending_steps().is_empty()
            {
                self.selected = Panel::Scorecard.row(self.steps_len());
            }
        }
    }

    pub fn commands(&self, now: time::OffsetDateTime, me: &str) -> Vec<Command> {
        let view = View {
            case: &self.case,
            now,
            me,
        };
        let mut cmds = self.current().commands(&view);
        if !self.editing() {
            let next_ok =
                self.selected + 1 < self.screens.len() && self.reachable(self.selected + 1);
            cmds.extend([
                keys::hint(Scope::Case, Cmd::NextStep).when(next_ok),
                keys::hint(Scope::Case, Cmd::PreviousStep).when(self.selected > 0),
                keys::hint(Scope::Global, Cmd::Help),
                keys::hint(Scope::Case, Cmd::Cases),
                keys::hint(Scope::Global, Cmd::Quit),
            ]);
            if self.review_beside() {
                // Only where the review is beside the step.
                cmds.insert(cmds.len() - 3, keys::hint(Scope::Case, Cmd::ToggleReview));
            }
        }
        cmds
    }

    pub fn tick_every(&self, now: time::OffsetDateTime, me: &str) -> Option<std::time::Duration> {
        let view = View {
            case: &self.case,
            now,
            me,
        };
        let screen = self.current().tick_every(&view);
        // One more tick after the countdown ends, to draw it ended.
        let ended = self
            .was_counting
            .then_some(std::time::Duration::from_secs(1));
        let countdown = self.countdown_every(now).or(ended);
        match (screen, countdown) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// When the gate panel's cool-down countdown next shows a different
    /// number, or the gate opens: to the moment, so the screen changes when
    /// the gate does (not up to a second later, on "0 s left").
    fn countdown_every(&self, now: time::OffsetDateTime) -> Option<std::time::Duration> {
        let gate = crate::domain::gate::cooldown(&self.case, now);
        let opens_at = gate.opens_at.filter(|_| !gate.open)?;
        crate::domain::waiting::until_label_changes(opens_at, now)
            .and_then(|d| std::time::Duration::try_from(d).ok())
    }

    /// Whether the walk moved to another step by itself since the last call.
    pub fn take_moved_on(&mut self) -> bool {
        std::mem::take(&mut self.moved_on)
    }

    /// Take `gate` as it is now, without announcing it: what the person's
    /// own key did to it is on screen already.
    pub fn settle_gate(&mut self, gate: crate::domain::GateId, now: time::OffsetDateTime) {
        self.open_gates.settle(&self.case, gate, now);
    }

    /// The gates that opened since the last call (each opening once).
    pub fn gates_opened(&mut self, now: time::OffsetDateTime) -> Vec<crate::domain::GateId> {
        self.open_gates.opened(&self.case, now)
    }

    pub fn tick(&mut self, now: time::OffsetDateTime, me: &str) -> Outcome {
        let counting_now = self.countdown_every(now).is_some();
        let counting = counting_now || self.was_counting;
        self.was_counting = counting_now;
        let view = View {
            case: &self.case,
            now,
            me,
        };
        match self.screens[self.selected].tick(&view) {
            Outcome::Ignored if counting => Outcome::Consumed,
            other => other,
        }
    }

    /// Text from the person's own editor for one draft: put it in the
    /// compose step and record it as a new version.
    pub fn set_draft(
        &mut self,
        part: crate::domain::comments::DraftPart,
        text: &str,
        now: time::OffsetDateTime,
        me: &str,
    ) -> Outcome {
        let view = View {
            case: &self.case,
            now,
            me,
        };
        for s in &mut self.screens {
            if s.set_draft(part, text) {
                let events = s.flush(&view);
                return if events.is_empty() {
                    Outcome::Emit(Action::Say("The draft is unchanged.".into()))
                } else {
                    Outcome::record(events)
                };
            }
        }
        Outcome::Ignored
    }

    pub fn paste(&mut self, text: &str) -> Outcome {
        self.screens[self.selected].paste(text)
    }

    /// One notch of the mouse wheel, for the step on screen.
    pub fn wheel(&mut self, down: bool, now: time::OffsetDateTime, me: &str) -> Outcome {
        let view = View {
            case: &self.case,
            now,
            me,
        };
        self.screens[self.selected].wheel(down, &view)
    }

    /// Move to another step, recording what was typed on this one.
    fn go(&mut self, to: usize, now: time::OffsetDateTime, me: &str) -> Outcome {
        if !self.reachable(to) {
            // Text typed but not saved may be what finishes this step: record
            // it, and the walk moves on by itself once the step is done.
            let flushed = self.flush(now, me);
            if !flushed.is_empty() {
                return Outcome::record(flushed);
            }
            let first = self.title(self.case.current_step_index()).to_string();
            return Outcome::Emit(Action::Say(format!(
                "Finish “{first}” first — the steps go in order."
            )));
        }
        let flushed = self.flush(now, me);
        self.selected = to;
        if flushed.is_empty() {
            Outcome::Consumed
        } else {
            Outcome::record(flushed)
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, now: time::OffsetDateTime, me: &str) -> Outcome {
        let outcome = {
            let view = View {
                case: &self.case,
                now,
                me,
            };
            self.screens[self.selected].handle_key(key, &view)
        };
        if outcome != Outcome::Ignored || self.editing() {
            return outcome;
        }
        match keys::resolve(Scope::Case, key) {
            Some(Cmd::NextStep) if self.selected + 1 < self.screens.len() => {
                self.go(self.selected + 1, now, me)
            }
            Some(Cmd::PreviousStep) if self.selected > 0 => self.go(self.selected - 1, now, me),
            Some(Cmd::ToggleReview) if self.review_beside() => {
                self.review_flipped = !self.review_flipped;
                Outcome::Consumed
            }
            Some(Cmd::Cases) => {
                let flushed = self.flush(now, me);
                if flushed.is_empty() {
                    Outcome::Emit(Action::GoHome)
                } else {
                    Outcome::record(flushed)
                }
            }
            _ => Outcome::Ignored,
        }
    }

    /// What [`CaseScreen::flush`] would record, without recording it.
    pub fn typing(&self, now: time::OffsetDateTime, me: &str) -> Vec<EventKind> {
        let view = View {
            case: &self.case,
            now,
            me,
        };
        self.screens[self.selected].typing(&view)
    }

    /// Text typed on the current screen that is not recorded yet.
    pub fn flush(&mut self, now: time::OffsetDateTime, me: &str) -> Vec<EventKind> {
        let view = View {
            case: &self.case,
            now,
            me,
        };
        self.screens[self.selected].flush(&view)
    }
}
