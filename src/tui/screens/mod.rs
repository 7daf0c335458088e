//! One file per screen. The case screen hosts one step screen at a time.

pub mod breathe;
pub mod case;
pub mod check_in;
pub mod choices;
pub mod compose;
pub mod debrief;
pub mod diagnosis;
pub mod follow_up;
pub mod home;
pub mod inbox;
pub mod line;
pub mod patterns;
pub mod peer_review;
pub mod read;
pub mod scorecard;
pub mod send;
pub mod triage;

use crossterm::event::KeyEvent;
use ratatui::{buffer::Buffer, layout::Rect};
use time::OffsetDateTime;

use super::command::{Command, Outcome};
use crate::domain::{Case, Drafts, EventKind};

/// What a step screen may look at: the case as recorded, the time, and who
/// is at the keyboard. Read-only, so rendering cannot change state.
pub struct View<'a> {
    pub case: &'a Case,
    pub now: OffsetDateTime,
    pub me: &'a str,
}

/// One panel of the walk (a playbook step, the peer review or sending).
pub trait StepScreen {
    /// The keys this screen answers to right now.
    fn commands(&self, view: &View) -> Vec<Command>;
    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome;
    fn render(&self, area: Rect, buf: &mut Buffer, view: &View);
    /// True while a text field has the keys (global letter keys then type).
    fn editing(&self) -> bool {
        false
    }
    /// How often this screen needs redrawing while shown (animations, timers).
    fn tick_every(&self, _view: &View) -> Option<std::time::Duration> {
        None
    }
    /// Called on each tick; may record that a timed step finished.
    fn tick(&mut self, _view: &View) -> Outcome {
        Outcome::Ignored
    }
    /// What `flush` would record now, without leaving: kept on disk while
    /// the person types, so a killed process loses nothing.
    fn typing(&self, _view: &View) -> Vec<EventKind> {
        Vec::new()
    }
    /// Text typed but not yet recorded, as events, when leaving the screen.
    fn flush(&mut self, _view: &View) -> Vec<EventKind> {
        Vec::new()
    }
    /// The working copy of the drafts to autosave, if this screen edits them.
    fn working_drafts(&self) -> Option<Drafts> {
        None
    }
    /// The case changed on disk (an event was recorded); refresh derived state.
    fn case_changed(&mut self, _view: &View) {}
    /// Put text into one draft (from an external editor); true if this
    /// screen holds the drafts.
    fn set_draft(&mut self, _part: crate::domain::comments::DraftPart, _text: &str) -> bool {
        false
    }
    /// Paste from the terminal (bracketed paste).
    fn paste(&mut self, _text: &str) -> Outcome {
        Outcome::Ignored
    }
    /// One notch of the mouse wheel (`down`: towards the end): scroll what
    /// this screen shows to be read.
    fn wheel(&mut self, _down: bool, _view: &View) -> Outcome {
        Outcome::Ignored
    }
}
