//! Home: the inbox of every case (see `inbox.rs`); or, on a first run, a
//! welcome that offers the shipped sample review so the whole walk can be
//! seen at once. `n` (or simply pasting) opens a box for a new review.

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Block, Paragraph, Widget, Wrap},
};
use ratatui_textarea::TextArea;
use time::OffsetDateTime;

use super::inbox::Inbox;
use super::patterns::PatternsScreen;
use crate::domain::Case;
use crate::store::{Store, StoreError};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::{field, theme};

/// How often the inbox redraws while shown: its "age" and "time left"
/// columns move by the minute, nothing on it moves faster.
pub const INBOX_TICK: std::time::Duration = std::time::Duration::from_secs(60);

pub struct HomeScreen {
    /// None on a first run (no case yet): the welcome is shown.
    inbox: Option<Inbox>,
    /// The paste box for a new review, kept when hidden so nothing is lost.
    paste: Option<TextArea<'static>>,
    paste_open: bool,
    /// The patterns across cases, while shown (`p`), with the cases they
    /// were read from: loaded only when asked for, never at start-up.
    patterns: Option<(PatternsScreen, Vec<Case>)>,
}

const PASTE_TITLE: &str = "paste or type the review — ^S to start the case";

impl HomeScreen {
    /// The inbox of `store`'s cases (read from its index); `me` decides
    /// "waiting for my review". Also returns the damaged cases the index
    /// knows of, to say so.
    pub fn new(
        store: &Store,
        me: &str,
        now: OffsetDateTime,
    ) -> Result<(HomeScreen, Vec<String>), StoreError> {
        let inbox = Inbox::new(store, me, now)?;
        let damaged = store.with_index(|ix| ix.damaged())?;
        Ok((
            HomeScreen {
                inbox: (inbox.total() > 0).then_some(inbox),
                paste: None,
                paste_open: false,
                patterns: None,
            },
            damaged.into_iter().map(|(_, why)| why).collect(),
        ))
    }

    /// Before anything is read (the welcome).
    pub fn empty() -> HomeScreen {
        HomeScreen {
            inbox: None,
            paste: None,
            paste_open: false,
            patterns: None,
        }
    }

    /// Show the patterns of every case in `store`: read only when asked
    /// for, never at start-up. Returns what to tell the person, if anything.
    pub fn load_patterns(&mut self, store: &Store, now: OffsetDateTime) -> Option<String> {
        match store.load_all() {
            Ok((cases, errors)) => {
                self.show_patterns(cases, now);
                (!errors.is_empty())
                    .then(|| format!("{} damaged case(s) left out of the patterns", errors.len()))
            }
            Err(e) => Some(e.to_string()),
        }
    }

    /// Show the patterns of `cases`.
    pub fn show_patterns(&mut self, cases: Vec<Case>, now: OffsetDateTime) {
        self.patterns = Some((PatternsScreen::new(&cases, now), cases));
    }

    /// The only case, when there is one and it is not sent yet.
    pub fn only_unsent_case(&self) -> Option<String> {
        self.inbox.as_ref()?.only_unsent_case()
    }

    /// A minute passed: follow-ups may have fallen due.
    pub fn tick(&mut self, now: OffsetDateTime) {
        if let Some(inbox) = self.inbox.as_mut() {
            inbox.refresh(now);
        }
    }

    /// A failed read of the index, to show in the status line.
    pub fn take_error(&mut self) -> Option<String> {
        self.inbox.as_mut()?.error.take()
    }

    /// True while typed letters are text (the paste box or the search).
    pub fn editing(&self) -> bool {
        self.paste_open || self.inbox.as_ref().is_some_and(Inbox::searching)
    }

    pub fn commands(&self) -> Vec<Command> {
        if self.paste_open {
            return vec![
                keys::hint(Scope::HomePaste, Cmd::Save),
                keys::hint(Scope::HomePaste, Cmd::StopTyping),
            ];
        }
        if let Some((p, _)) = &self.patterns {
            return p.commands();
        }
        let mut cmds = Vec::new();
        if let Some(inbox) = &self.inbox {
            cmds = inbox.commands(inbox.any_row());
            if inbox.searching() {
                return cmds;
            }
            cmds.push(keys::hint(Scope::Home, Cmd::Patterns));
        }
        cmds.extend([
            keys::hint(Scope::Home, Cmd::NewFromPaste),
            keys::hint(Scope::Home, Cmd::StartSample),
            keys::hint(Scope::Global, Cmd::Help),
            keys::hint(Scope::Global, Cmd::Quit),
        ]);
        cmds
    }

    /// How often to redraw while nothing happens: once a minute while the
    /// inbox (with its clocks) is on screen, never otherwise.
    pub fn tick_every(&self) -> Option<std::time::Duration> {
        (!self.paste_open && self.inbox.is_some()).then_some(INBOX_TICK)
    }

    fn open_paste(&mut self) {
        let mut ta = self
            .paste
            .take()
            .unwrap_or_else(|| field::text_area("", PASTE_TITLE));
        field::set_focus(&mut ta, PASTE_TITLE, true);
        self.paste = Some(ta);
        self.paste_open = true;
    }

    pub fn paste_text(&mut self, text: &str, now: OffsetDateTime) -> Outcome {
        // Terminals paste line ends as CR; the text box wants LF.
        let text = &text.replace("\r\n", "\n").replace('\r', "\n");
        if !self.paste_open
            && let Some(inbox) = self.inbox.as_mut()
            && inbox.paste(text, now)
        {
            return Outcome::Consumed;
        }
        if !self.paste_open {
            self.open_paste();
        }
        if let Some(ta) = self.paste.as_mut() {
            ta.insert_str(text);
        }
        Outcome::Consumed
    }

    pub fn handle_key(&mut self, key: KeyEvent, now: OffsetDateTime) -> Outcome {
        if self.paste_open {
            let Some(ta) = self.paste.as_mut() else {
                return Outcome::Ignored;
            };
            return match keys::resolve(Scope::HomePaste, key) {
                Some(Cmd::StopTyping) => {
                    self.paste_open = false;
                    Outcome::Consumed
                }
                Some(Cmd::Save) => {
                    let text = field::text(ta);
                    if text.trim().is_empty() {
                        return Outcome::Emit(Action::Say("Paste the review first.".into()));
                    }
                    // The box keeps the text until the case exists: if it
                    // cannot be created, the error shows and nothing is lost.
                    Outcome::Emit(Action::CreateFromText(text))
                }
                _ => {
                    ta.input(key);
                    Outcome::Consumed
                }
            };
        }
        if let Some((p, cases)) = self.patterns.as_mut() {
            if keys::resolve(Scope::PatternsView, key) == Some(Cmd::Cases) {
                self.patterns = None;
                return Outcome::Consumed;
            }
            return p.handle_key(key, cases, now);
        }
        if let Some(inbox) = self.inbox.as_mut() {
            let outcome = inbox.handle_key(key, now);
            if outcome != Outcome::Ignored || inbox.searching() {
                return outcome;
            }
        }
        match keys::resolve(Scope::Home, key) {
            Some(Cmd::Patterns) if self.inbox.is_some() => {
                return Outcome::Emit(Action::ShowPatterns);
            }
            Some(Cmd::NewFromPaste) => self.open_paste(),
            Some(Cmd::StartSample) => return Outcome::Emit(Action::StartSample),
            _ => return Outcome::Ignored,
        }
        Outcome::Consumed
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, now: OffsetDateTime) {
        if self.paste_open {
            if let Some(ta) = &self.paste {
                let [hint, body] =
                    Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
                Paragraph::new(
                    "Optional first lines: `Customer: name`, `Platform: google`, `Rating: 1`, then a blank line.",
                )
                .style(theme::dim())
                .wrap(Wrap { trim: true })
                .render(hint, buf);
                ta.render(body, buf);
            }
            return;
        }
        if let Some((p, _)) = &self.patterns {
            return p.render(area, buf);
        }
        let Some(inbox) = &self.inbox else {
            Paragraph::new(vec![
                Line::styled("Welcome to heard.", theme::title()),
                Line::from(""),
                Line::from("A bad review stings. heard walks you through answering it well:"),
                Line::from(
                    "check in, breathe, read it fully, empathise, apologise, offer choices,",
                ),
                Line::from("write the reply, and look for the cause without blame."),
                Line::from(""),
                Line::from("Nothing goes out until a cool-down has passed and a colleague has"),
                Line::from("approved the exact words."),
                Line::from(""),
                Line::from(vec![
                    Span::styled("s", theme::key()),
                    Span::raw("  walk through a sample review first"),
                ]),
                Line::from(vec![
                    Span::styled("n", theme::key()),
                    Span::raw("  paste a review you received"),
                ]),
            ])
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(" heard "))
            .render(area, buf);
            return;
        };
        inbox.render(area, buf, now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};
    use time::macros::datetime;

    #[test]
    fn a_paste_with_cr_line_ends_keeps_its_lines_and_survives_a_failed_start() {
        let mut home = HomeScreen::empty();
        let now = datetime!(2026-11-23 09:00 UTC);
        home.paste_text("Customer: Dana\rRating: 1\r\rCold soup.\rSlow.", now);
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        match home.handle_key(ctrl_s, now) {
            Outcome::Emit(Action::CreateFromText(text)) => {
                assert_eq!(text, "Customer: Dana\nRating: 1\n\nCold soup.\nSlow.");
            }
            _ => panic!("^S should start the case"),
        }
        // Until the case exists the text stays in the box: a second ^S
        // (after an error) sends the same text again.
        assert!(home.editing());
        assert!(matches!(
            home.handle_key(ctrl_s, now),
            Outcome::Emit(Action::CreateFromText(t)) if t.ends_with("Slow.")
        ));
    }
}
