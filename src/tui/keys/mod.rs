//! The key table: every key heard answers to, as data. A screen's footer,
//! the `?` help and the screen's `handle_key` all read this one table, so
//! a key cannot be shown without being handled or handled without being
//! shown. `config.toml [keys]` rebinds commands (see `config.rs`).
//!
//! A new screen adds its keys by: naming its commands in [`Cmd`] (or
//! reusing one), adding a [`Scope`] for each set of keys live at the same
//! time, listing its defaults in `defaults.rs`, then building its footer
//! with [`hint`] and matching [`resolve`] in `handle_key`.

pub mod config;
mod defaults;
pub mod editing;
pub mod press;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crossterm::event::KeyEvent;
use serde::{Deserialize, Serialize};

pub use press::KeyPress;

use crate::tui::command::Command;

/// The commands a person can give with a key; their names are the ones
/// `config.toml [keys]` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cmd {
    /// Show or hide the help.
    Help,
    /// Save what is typed and leave heard.
    Quit,
    /// Go to the next step of the walk.
    NextStep,
    /// Go back one step.
    PreviousStep,
    /// Show the review beside the step, or the step's own panel.
    ToggleReview,
    /// Leave the case for the list of cases.
    Cases,
    /// Move up in a list, or scroll up.
    Up,
    /// Move down in a list, or scroll down.
    Down,
    /// Use the marked choice.
    Confirm,
    /// Put the case aside for later (check-in).
    Park,
    /// Start the breathing pacer.
    StartBreathing,
    /// Switch the pacer's reduced motion on or off.
    ReducedMotion,
    /// Start typing in the text box.
    Edit,
    /// Save what is typed.
    Save,
    /// Stop typing, keeping the text.
    StopTyping,
    /// Switch between the public reply and the private message.
    OtherDraft,
    /// Select the coach's next finding in the drafts.
    NextFinding,
    /// Open the phrase bank.
    PhraseBank,
    /// Edit the draft in $VISUAL / $EDITOR.
    OpenEditor,
    /// Empty the draft in focus (it can be brought back).
    ClearDraft,
    /// Bring back the draft as it was before clearing.
    UndoClear,
    /// Mark the picked reviewer's comment resolved.
    ResolveComment,
    /// Go to the very start of the draft.
    DraftTop,
    /// Go to the very end of the draft.
    DraftEnd,
    /// Close without using anything.
    Close,
    /// Count a read: the review was read to its end.
    ReadThrough,
    /// Go to the next question (after the last, back to the review).
    NextQuestion,
    /// Choose the option to the left.
    Left,
    /// Choose the option to the right.
    Right,
    /// Add one of your own (a choice for the customer).
    Add,
    /// Remove the marked one.
    Remove,
    /// Write the timeline the customer is promised.
    Timeline,
    /// Answer yes.
    Yes,
    /// Ask a colleague to close the case without a reply.
    CloseWithoutReply,
    /// Send: copy the reply to the clipboard.
    CopyToClipboard,
    /// Send: write the reply to an outbox file.
    WriteOutboxFile,
    /// Send: run the configured send command.
    RunSendCommand,
    /// Record how the follow-up with the customer ended.
    FollowUpDone,
    /// Debrief: add the colleague you debrief with.
    AddColleague,
    /// Debrief: the other person writes from now on.
    SwitchWriter,
    /// Debrief: say whether a process is broken (yes / no).
    ProcessBroken,
    /// Debrief: show the case's timeline, or the questions again.
    ToggleTimeline,
    /// Show the patterns across every case.
    Patterns,
    /// Start a case from pasted text.
    NewFromPaste,
    /// Start a case from the shipped sample review.
    StartSample,
    /// Patterns: the next period (all, 90 or 30 days).
    Period,
    /// Hand the keyboard over to a colleague for the peer review.
    HandOver,
    /// Approve the drafts as read.
    Approve,
    /// Ask the author for changes.
    RequestChanges,
    /// Scroll a page up.
    PageUp,
    /// Scroll a page down.
    PageDown,
    /// Jump to the start of the text.
    ToTop,
    /// Jump to the end of the text.
    ToEnd,
    /// Leave this part without recording anything.
    Cancel,
    /// Inbox: search the customers and the reviews' text.
    Search,
    /// Inbox: empty the search and show every case under the filter.
    ClearSearch,
    /// Inbox: the next filter (the number keys pick one directly).
    NextFilter,
    /// Inbox: the filter before.
    PreviousFilter,
}

/// A set of keys live at the same time: one screen, or one mode of it.
/// `[keys.<scope>]` in `config.toml` rebinds inside one scope only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Everywhere nothing is being typed.
    Global,
    /// Any step of a case, when nothing is being typed.
    Case,
    CheckIn,
    Breathe,
    /// Empathise and apologise, picking or reading.
    Line,
    /// Empathise and apologise, typing the line.
    LineTyping,
    /// The drafts, not typing.
    Compose,
    /// The drafts, typing.
    ComposeTyping,
    /// The phrase bank over the drafts.
    PhraseBank,
    /// Peer review, before the hand-over.
    PeerReview,
    /// Peer review: the colleague types their name.
    PeerReviewName,
    /// Peer review: the colleague reads the drafts.
    PeerReviewReading,
    /// Peer review: the colleague types a note.
    PeerReviewNote,
    /// A practice case's scorecard.
    Scorecard,
    /// Read: the review pane.
    Read,
    /// Read: the questions.
    ReadQuestions,
    /// Read: typing an answer.
    ReadAnswer,
    Choices,
    /// Choices: typing a choice or the timeline.
    ChoicesTyping,
    Diagnosis,
    /// Diagnosis: typing a field.
    DiagnosisTyping,
    Triage,
    /// Triage: typing why the case closes without a reply.
    TriageReason,
    Send,
    /// Send: typing the outbox file's path.
    SendPath,
    /// After sending: the follow-up date.
    FollowUp,
    /// After sending: how the follow-up ended (1-4).
    FollowUpPick,
    /// After sending: typing what happened.
    FollowUpNote,
    Debrief,
    /// Debrief: the colleague types their name.
    DebriefName,
    /// Debrief: typing a note.
    DebriefNote,
    /// The list of cases (or the welcome), not searching.
    Home,
    /// The box a review is pasted into.
    HomePaste,
    /// The patterns across every case.
    PatternsView,
    /// The inbox's list of cases, not searching.
    Inbox,
    /// The inbox: typing a search.
    InboxSearch,
}

impl Scope {
    /// True where a text box has the keys: letters there must type.
    pub fn typing(self) -> bool {
        matches!(
            self,
            Scope::LineTyping
                | Scope::ComposeTyping
                | Scope::PeerReviewName
                | Scope::PeerReviewNote
                | Scope::ReadAnswer
                | Scope::ChoicesTyping
                | Scope::DiagnosisTyping
                | Scope::TriageReason
                | Scope::SendPath
                | Scope::FollowUpNote
                | Scope::DebriefName
                | Scope::DebriefNote
                | Scope::HomePaste
                | Scope::InboxSearch
        )
    }

    /// Whether a text box in this scope needs `key` for typing. The
    /// inbox search is one line typed at its end: letters and Backspace
    /// type, ^U empties it, and the arrows stay free to move the list.
    pub fn needs_for_typing(self, key: KeyPress) -> bool {
        match self {
            Scope::InboxSearch => {
                key.types_text()
                    || key == KeyPress::plain(crossterm::event::KeyCode::Backspace)
                    || key == KeyPress::ctrl(crossterm::event::KeyCode::Char('u'))
            }
            _ => editing::needed_for_typing(key),
        }
    }

    /// Keys this scope keeps for itself, outside the table: the number
    /// keys print beside what they pick (a level, a road, an outcome, a
    /// filter), so they cannot be rebound there.
    pub fn fixed_digits(self) -> std::ops::RangeInclusive<char> {
        match self {
            Scope::CheckIn | Scope::Debrief => '1'..='5',
            Scope::Triage => '1'..='4',
            Scope::FollowUpPick => '1'..='3',
            Scope::Inbox => '1'..='8',
            // An empty range: nothing fixed.
            _ => '1'..='0',
        }
    }

    /// The scopes whose keys are live together with this one's (the
    /// screen's own first: it sees a key before the case and the app).
    pub fn live_with(self) -> Vec<Scope> {
        match self {
            Scope::Global => vec![Scope::Global],
            Scope::Case => vec![Scope::Case, Scope::Global],
            // While these have the keys, the case's and the app's do not
            // (the screen says it is editing).
            s if s.typing()
                || matches!(
                    s,
                    Scope::PhraseBank | Scope::PeerReviewReading | Scope::FollowUpPick
                ) =>
            {
                vec![s]
            }
            // Outside a case: the app's keys, not the walk's. The inbox
            // list shares the keys with the home screen around it.
            Scope::Home | Scope::PatternsView => vec![self, Scope::Global],
            Scope::Inbox => vec![Scope::Inbox, Scope::Home, Scope::Global],
            // Shown on the send step once sent: its keys still answer.
            Scope::FollowUp => vec![Scope::FollowUp, Scope::Send, Scope::Case, Scope::Global],
            s => vec![s, Scope::Case, Scope::Global],
        }
    }
}

/// One command's keys in one scope, and the few words the footer shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub cmd: Cmd,
    pub keys: Vec<KeyPress>,
    pub label: &'static str,
}

/// Every scope's bindings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    tables: HashMap<Scope, Vec<Binding>>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            tables: defaults::tables(),
        }
    }
}

impl Keymap {
    pub fn table(&self, scope: Scope) -> &[Binding] {
        self.tables.get(&scope).map_or(&[], Vec::as_slice)
    }

    pub(crate) fn table_mut(&mut self, scope: Scope) -> Option<&mut Vec<Binding>> {
        self.tables.get_mut(&scope)
    }

    pub(crate) fn scopes(&self) -> impl Iterator<Item = Scope> + '_ {
        self.tables.keys().copied()
    }

    /// The command `key` stands for in `scope`.
    pub fn resolve(&self, scope: Scope, key: KeyEvent) -> Option<Cmd> {
        let press = KeyPress::of(key);
        self.table(scope)
            .iter()
            .find(|b| b.keys.contains(&press))
            .map(|b| b.cmd)
    }

    /// The first key of `cmd` in `scope`, if it has one.
    pub fn key(&self, scope: Scope, cmd: Cmd) -> Option<KeyPress> {
        self.binding(scope, cmd)
            .and_then(|b| b.keys.first().copied())
    }

    fn binding(&self, scope: Scope, cmd: Cmd) -> Option<&Binding> {
        self.table(scope).iter().find(|b| b.cmd == cmd)
    }

    /// The footer entry for `cmd` in `scope`: its first key and its label.
    pub fn hint(&self, scope: Scope, cmd: Cmd) -> Command {
        let b = self.binding(scope, cmd);
        let press = b.and_then(|b| b.keys.first().copied());
        Command {
            key: press
                .map_or_else(|| "—".to_string(), KeyPress::label)
                .into(),
            label: b.map_or("", |b| b.label),
            enabled: press.is_some(),
            press: press.map(KeyPress::event).into_iter().collect(),
            help_only: false,
        }
    }

    /// One footer entry for two commands that go together ("↑↓ move").
    pub fn pair(&self, scope: Scope, a: Cmd, b: Cmd, label: &'static str) -> Command {
        self.group(scope, &[a, b], label)
    }

    /// One footer entry for commands that go together: their first keys,
    /// arrows side by side ("↑↓"), others apart ("g/G", "↑↓/Tab").
    pub fn group(&self, scope: Scope, cmds: &[Cmd], label: &'static str) -> Command {
        let keys: Vec<Option<KeyPress>> = cmds.iter().map(|c| self.key(scope, *c)).collect();
        let mut shown = String::new();
        let mut last_glyph = false;
        for k in &keys {
            let s = k.map_or_else(|| "—".to_string(), KeyPress::label);
            let glyph = s.chars().count() == 1 && !s.chars().all(char::is_alphanumeric);
            let side_by_side = glyph && last_glyph;
            if !shown.is_empty() && !side_by_side {
                shown.push('/');
            }
            shown.push_str(&s);
            last_glyph = glyph;
        }
        Command {
            key: shown.into(),
            label,
            enabled: keys.iter().any(Option::is_some),
            press: keys.into_iter().flatten().map(KeyPress::event).collect(),
            help_only: false,
        }
    }
}

thread_local! {
    /// The keymap of the app running on this thread. One per thread, so
    /// tests running side by side each see their own; set once at start.
    static CURRENT: RefCell<Rc<Keymap>> = RefCell::new(Rc::new(Keymap::default()));
}

/// Use `keymap` from now on (on this thread).
pub fn install(keymap: Keymap) {
    CURRENT.with(|c| *c.borrow_mut() = Rc::new(keymap));
}

/// The keymap in use.
pub fn current() -> Rc<Keymap> {
    CURRENT.with(|c| c.borrow().clone())
}

/// The command `key` stands for in `scope`, in the keymap in use.
pub fn resolve(scope: Scope, key: KeyEvent) -> Option<Cmd> {
    current().resolve(scope, key)
}

/// The footer entry for `cmd` in `scope`, in the keymap in use.
pub fn hint(scope: Scope, cmd: Cmd) -> Command {
    current().hint(scope, cmd)
}

/// While typing, `?` types; a help key that types nothing (F1) still opens
/// the help, which then lists the text box's editing keys.
pub fn help_while_typing(key: KeyEvent) -> bool {
    resolve(Scope::Global, key) == Some(Cmd::Help) && !editing::needed_for_typing(KeyPress::of(key))
}

/// One footer entry for two commands (up/down), in the keymap in use.
pub fn pair(scope: Scope, a: Cmd, b: Cmd, label: &'static str) -> Command {
    current().pair(scope, a, b, label)
}

/// One footer entry for several commands, in the keymap in use.
pub fn group(scope: Scope, cmds: &[Cmd], label: &'static str) -> Command {
    current().group(scope, cmds, label)
}

#[cfg(test)]
mod tests;
