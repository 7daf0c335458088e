//! The app's state and `update`: the one place actions are carried out.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::{
    Frame,
    layout::{Constraint, Layout},
    text::Line,
    widgets::Paragraph,
};
use std::time::Duration;

use super::action::Action;
use super::command::{Command, Outcome};
use super::keys::{self, Cmd, Scope};
use super::screens::case::{CaseScreen, SendSetup};
use super::screens::home::HomeScreen;
use super::watch::EventsWatch;
use super::widgets::{help, hints, theme, wrap};
use crate::app::create::case_from_text;
use crate::domain::alarm::Precedent;
use crate::domain::comments::DraftPart;
use crate::domain::review::PlainTextHints;
use crate::domain::{Clock, EventKind, StepKind};
use crate::store::Store;
use crate::tui::autosave::{self, Autosave};
use crate::tui::effects::Effects;

pub use crate::app::create::SAMPLE_REVIEW;

pub enum Screen {
    Home(Box<HomeScreen>),
    Case(Box<CaseScreen>),
}

pub struct App {
    pub store: Store,
    pub me: String,
    pub clock: std::sync::Arc<dyn Clock>,
    pub send_command: Vec<String>,
    pub screen: Screen,
    pub help: bool,
    pub status: Option<String>,
    pub quit: bool,
    /// What is typed, kept on disk shortly after typing stops.
    autosave: Autosave,
    /// Bytes for the terminal itself (the OSC 52 clipboard sequence).
    pub terminal_output: Vec<u8>,
    /// The open case's events folder, for events from other processes.
    watch: Option<EventsWatch>,
    /// Whether a real terminal can be suspended for `$EDITOR`.
    pub external_editor: bool,
    /// A draft waiting to be opened in `$EDITOR` by the loop's owner.
    pending_edit: Option<(DraftPart, String)>,
    /// Slow work running off the key path (the send command).
    pub(super) effects: Effects,
}

impl App {
    pub fn new(store: Store, me: String, clock: Box<dyn Clock>, send_command: Vec<String>) -> App {
        let mut app = App {
            store,
            me,
            clock: clock.into(),
            send_command,
            screen: Screen::Home(Box::new(HomeScreen::empty())),
            help: false,
            status: None,
            quit: false,
            autosave: Autosave::default(),
            terminal_output: Vec::new(),
            watch: None,
            external_editor: false,
            pending_edit: None,
            effects: Effects::default(),
        };
        app.go_home();
        app
    }

    fn go_home(&mut self) {
        self.watch = None;
        match HomeScreen::new(&self.store, &self.me, self.clock.now()) {
            Ok((home, damaged)) => {
                if let Some(e) = damaged.first() {
                    self.status = Some(format!("A damaged case was skipped: {e}"));
                }
                self.screen = Screen::Home(Box::new(home));
            }
            Err(e) => self.status = Some(e.to_string()),
        }
    }

    /// With a single case not sent yet, open it; with more, the inbox is
    /// where to choose.
    pub fn open_latest(&mut self) {
        let latest = match &self.screen {
            Screen::Home(h) => h.only_unsent_case(),
            Screen::Case(_) => None,
        };
        if let Some(id) = latest {
            self.update(Action::OpenCase(id));
        }
    }

    fn editing(&self) -> bool {
        match &self.screen {
            Screen::Home(h) => h.editing(),
            Screen::Case(c) => c.editing(),
        }
    }

    pub fn commands(&self) -> Vec<Command> {
        let now = self.clock.now();
        match &self.screen {
            Screen::Home(h) => h.commands(),
            Screen::Case(c) => c.commands(now, &self.me),
        }
    }

    /// Handle one terminal event; returns whether the screen must be redrawn.
    pub fn handle_event(&mut self, event: Event) -> bool {
        match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                self.handle_key(key);
                true
            }
            Event::Paste(text) => {
                let now = self.clock.now();
                let outcome = match &mut self.screen {
                    Screen::Home(h) => h.paste_text(&text, now),
                    Screen::Case(c) => c.paste(&text),
                };
                self.apply(outcome);
                true
            }
            Event::Resize(..) => true,
            Event::Mouse(m) => self.handle_mouse(m),
            _ => false,
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        self.status = None;
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            return self.update(Action::Quit);
        }
        let global = keys::resolve(Scope::Global, key);
        if self.help {
            if key.code == KeyCode::Esc || matches!(global, Some(Cmd::Help | Cmd::Quit)) {
                self.help = false;
            }
            return;
        }
        if self.editing() && keys::help_while_typing(key) {
            return self.update(Action::ToggleHelp);
        }
        let now = self.clock.now();
        let outcome = match &mut self.screen {
            Screen::Home(h) => {
                let outcome = h.handle_key(key, now);
                self.status = h.take_error();
                outcome
            }
            Screen::Case(c) => c.handle_key(key, now, &self.me),
        };
        if outcome == Outcome::Ignored && !self.editing() {
            match global {
                Some(Cmd::Help) => return self.update(Action::ToggleHelp),
                Some(Cmd::Quit) => return self.update(Action::Quit),
                _ => {}
            }
        }
        self.apply(outcome);
        super::notify::after_key(self);
    }

    pub(crate) fn apply(&mut self, outcome: Outcome) {
        if let Outcome::Emit(action) = outcome {
            self.update(action);
        }
        self.schedule_autosave();
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => {
                self.finish_effects();
                self.leave_case();
                self.quit = true;
            }
            Action::ToggleHelp => self.help = !self.help,
            Action::GoHome => {
                self.leave_case();
                self.go_home();
            }
            Action::OpenCase(id) => self.open_case(&id),
            Action::StartSample => {
                let now = self.clock.now();
                match crate::app::create::start_sample(&self.store, &self.me, now) {
                    Ok(id) => self.open_case(&id),
                    Err(f) => self.status = Some(f.message),
                }
            }
            Action::CreateFromText(text) => self.create(&text),
            Action::ShowPatterns => {
                if let Screen::Home(h) = &mut self.screen {
                    self.status = h.load_patterns(&self.store, self.clock.now());
                }
            }
            Action::Record { by, events } => self.record(by, events),
            Action::Send(channel) => self.send(channel),
            Action::SendFinished(message) => {
                self.status = Some(message);
                self.reload();
            }
            Action::Say(text) => self.status = Some(text),
            Action::EditExternally { part, text } => {
                if self.external_editor {
                    self.pending_edit = Some((part, text));
                } else {
                    self.status = Some("Your own editor can only open in a real terminal.".into());
                }
            }
            Action::ExternalEditDone { part, text } => {
                let now = self.clock.now();
                if let Screen::Case(c) = &mut self.screen {
                    let outcome = c.set_draft(part, &text, now, &self.me);
                    self.apply(outcome);
                }
            }
        }
    }

    /// The draft to open in `$EDITOR`, if one was asked for: the loop
    /// returns so its owner can suspend the terminal.
    pub fn take_pending_edit(&mut self) -> Option<(DraftPart, String)> {
        self.pending_edit.take()
    }

    pub fn wants_suspend(&self) -> bool {
        self.pending_edit.is_some()
    }

    fn create(&mut self, text: &str) {
        let now = self.clock.now();
        match case_from_text(
            &self.store,
            &self.me,
            now,
            text,
            &PlainTextHints::default(),
            None,
        ) {
            Ok(id) => self.open_case(&id),
            Err(f) => self.status = Some(f.message),
        }
    }

    fn open_case(&mut self, id: &str) {
        let now = self.clock.now();
        // Every opening is recorded; the first one starts the cool-down.
        if let Err(e) = crate::app::record(&self.store, id, &self.me, vec![EventKind::Opened], now)
        {
            self.status = Some(e.to_string());
            return;
        }
        let case = match self.store.load(id) {
            Ok(c) => c,
            Err(e) => {
                self.status = Some(e.to_string());
                return;
            }
        };
        let case = match autosave::recover_typing(&self.store, id, &self.me, now) {
            None => case,
            Some(said) => {
                self.status = Some(said);
                match self.store.load(id) {
                    Ok(c) => c,
                    Err(e) => {
                        self.status = Some(e.to_string());
                        return;
                    }
                }
            }
        };
        let restored = match self.store.working_copy(id, &self.me, &case.drafts) {
            Ok(Some(d)) if d.is_complete(case.playbook.coach.kind) => {
                self.status =
                    Some("Restored the draft you were typing last time (autosave).".into());
                Some(d)
            }
            Ok(_) => None,
            Err(e) => {
                self.status = Some(format!("Your autosaved draft could not be read: {e}"));
                None
            }
        };
        self.autosave = Autosave::opened(restored.clone().unwrap_or_else(|| case.drafts.clone()));
        let send = SendSetup {
            command: self.send_command.clone(),
            default_outbox: self.store.root().join("outbox").join(format!("{id}.txt")),
        };
        let history = self.history_for(&case);
        self.screen = Screen::Case(Box::new(CaseScreen::new(
            case, &self.me, now, restored, send, history,
        )));
        self.watch = Some(EventsWatch::new(
            self.store.events_dir(id),
            self.clock.now(),
        ));
    }

    /// Other diagnosed cases, for the recurring alarm (read only for a case
    /// with a diagnosis step; cases with only `created` have no diagnosis).
    fn history_for(&mut self, case: &crate::domain::Case) -> Vec<Precedent> {
        if case.playbook.step_of_kind(StepKind::Diagnosis).is_none() {
            return Vec::new();
        }
        self.store.precedents().unwrap_or_else(|e| {
            self.status = Some(format!("Earlier diagnoses could not be read: {e}"));
            Vec::new()
        })
    }

    /// Record what is typed on the case screen before leaving it.
    fn leave_case(&mut self) {
        let now = self.clock.now();
        let Screen::Case(c) = &mut self.screen else {
            return;
        };
        let events = c.flush(now, &self.me);
        if !events.is_empty() {
            self.record(None, events);
        }
        self.autosave_now();
    }

    fn record(&mut self, by: Option<String>, events: Vec<EventKind>) {
        let Screen::Case(c) = &self.screen else {
            return;
        };
        let id = c.case.id.clone();
        let who = by.unwrap_or_else(|| self.me.clone());
        let parked = events.contains(&EventKind::Parked);
        match crate::app::record(&self.store, &id, &who, events, self.clock.now()) {
            Err(crate::app::RecordError::Refused(r)) => {
                self.status = Some(format!("Not saved: {r}"));
                self.reload();
                return;
            }
            Err(e) => {
                self.status = Some(format!(
                    "Could not save: {e}. Your text is still on screen."
                ));
                return;
            }
            Ok(_) if parked => return self.park(),
            Ok(_) => {}
        }
        self.reload();
        // What was pending is recorded now: the disk copy follows at once.
        self.autosave_now();
        if let Some(w) = &mut self.watch {
            w.mark_seen();
        }
    }

    /// Parked: back to the inbox, where the case shows as parked.
    fn park(&mut self) {
        self.leave_case();
        self.go_home();
        self.status = Some("Parked. It waits in the inbox; open it when you have time.".into());
    }

    pub(super) fn reload(&mut self) {
        let now = self.clock.now();
        let Screen::Case(c) = &mut self.screen else {
            return;
        };
        match self.store.load(&c.case.id) {
            Ok(case) => c.replace_case(case, now, &self.me),
            Err(e) => self.status = Some(e.to_string()),
        }
    }

    fn schedule_autosave(&mut self) {
        if let Screen::Case(c) = &self.screen {
            self.autosave.schedule(c, self.clock.now(), &self.me);
        }
    }

    fn autosave_now(&mut self) {
        if let Screen::Case(c) = &self.screen
            && let Some(e) = self
                .autosave
                .save(&self.store, c, self.clock.now(), &self.me)
        {
            self.status = Some(e);
        }
    }

    /// When the loop must wake up next without input, if ever.
    pub fn next_wakeup(&self) -> Option<Duration> {
        let now = self.clock.now();
        let screen = match &self.screen {
            Screen::Case(c) => c.tick_every(now, &self.me),
            Screen::Home(h) => h.tick_every(),
        };
        let autosave = self.autosave.wake_in(now);
        let watch = self.watch.as_ref().and_then(|w| w.wake_in(now));
        [screen, autosave, watch].into_iter().flatten().min()
    }

    /// Timers: autosave when due, and let the screen animate.
    pub fn on_tick(&mut self) -> bool {
        let now = self.clock.now();
        if self.autosave.is_due(now) {
            self.autosave_now();
        }
        let outcome = match &mut self.screen {
            Screen::Case(c) => c.tick(now, &self.me),
            // The inbox's clocks moved (follow-ups may fall due): redraw.
            Screen::Home(h) => {
                h.tick(now);
                Outcome::Consumed
            }
        };
        let mut changed = outcome != Outcome::Ignored;
        self.apply(outcome);
        // Someone else (another terminal, a sync) recorded events; only
        // looked at here where the system cannot watch the folder.
        if self
            .watch
            .as_mut()
            .is_some_and(|w| !w.by_the_system() && w.changed(now))
        {
            self.reload();
            changed = true;
        }
        // A gate opened, or the walk moved on by itself: say so.
        super::notify::after_tick(self) || changed
    }

    /// Rung by the system when the open case's events folder changes.
    pub fn files_signal(&self) -> Option<std::sync::Arc<tokio::sync::Notify>> {
        self.watch.as_ref().map(EventsWatch::signal)
    }

    /// The signal rang: reload if someone else wrote (our own writes were
    /// already seen). Returns whether the screen must be redrawn.
    pub fn on_files_changed(&mut self) -> bool {
        let now = self.clock.now();
        if self.watch.as_mut().is_some_and(|w| w.changed(now)) {
            self.reload();
            return true;
        }
        false
    }

    pub fn render(&self, frame: &mut Frame) {
        let area = frame.area();
        let commands = self.commands();
        // The key hints and a status message wrap rather than get cut off:
        // a refusal must say every reason, and the footer every key.
        let hint_h = (hints::lines(&commands, area.width).len() as u16).clamp(1, 3);
        let status_rows: Vec<Line> = self
            .status
            .as_deref()
            .map(|s| wrap::wrap(s, area.width.into()))
            .unwrap_or_default()
            .into_iter()
            .map(|r| Line::styled(r, theme::closed()))
            .collect();
        let status_h = (status_rows.len() as u16).clamp(1, 3);
        let [body, status, footer] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(status_h),
            Constraint::Length(hint_h),
        ])
        .areas(area);
        let now = self.clock.now();
        let buf = frame.buffer_mut();
        match &self.screen {
            Screen::Home(h) => h.render(body, buf, now),
            Screen::Case(c) => c.render(body, buf, now, &self.me),
        }
        ratatui::widgets::Widget::render(Paragraph::new(status_rows), status, buf);
        hints::render(&commands, footer, buf);
        if self.help {
            let (title, why) = match &self.screen {
                Screen::Home(_) => ("cases", ""),
                Screen::Case(c) => (c.title_of_selected(), c.why_of_selected()),
            };
            help::render(title, why, &commands, self.editing(), area, buf);
        }
    }
}
