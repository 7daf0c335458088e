//! Home: the inbox of every case (see `inbox.rs`); or, on a first run, a
//! welcome that offers the shipped sample review so the whole walk can be
//! seen at once. `n` (or simply pasting) opens a box for a new review.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
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
use crate::domain::action::{Action as Fix, ActionStatus, action_of};
use crate::domain::patterns::day_of;
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::widgets::columns::fit;
use crate::tui::widgets::{field, theme};
use unicode_width::UnicodeWidthStr;

/// How often the inbox redraws while shown: its "age" and "time left"
/// columns move by the minute, nothing on it moves faster.
pub const INBOX_TICK: std::time::Duration = std::time::Duration::from_secs(60);

pub struct HomeScreen {
    pub cases: Vec<Case>,
    inbox: Inbox,
    /// The paste box for a new review, kept when hidden so nothing is lost.
    paste: Option<TextArea<'static>>,
    paste_open: bool,
    /// The patterns across cases, while shown (`p` from the inbox).
    patterns: Option<PatternsScreen>,
    /// Open process fixes, soonest due first: the inbox keeps them in view.
    open_fixes: Vec<Fix>,
}

const PASTE_TITLE: &str = "paste or type the review — ^S to start the case";

impl HomeScreen {
    /// `cases` newest first; `me` decides "waiting for my review".
    pub fn new(mut cases: Vec<Case>, me: &str) -> HomeScreen {
        cases.sort_by_key(|c| std::cmp::Reverse(c.created_at));
        let mut open_fixes: Vec<Fix> = cases
            .iter()
            .filter_map(action_of)
            .filter(|a| a.status == ActionStatus::Open)
            .collect();
        open_fixes.sort_by(|a, b| a.due.cmp(&b.due).then(a.id.cmp(&b.id)));
        HomeScreen {
            open_fixes,
            inbox: Inbox::new(me, &cases),
            cases,
            paste: None,
            paste_open: false,
            patterns: None,
        }
    }

    /// True while typed letters are text (the paste box or the search).
    pub fn editing(&self) -> bool {
        self.paste_open || self.inbox.searching()
    }

    pub fn commands(&self, now: OffsetDateTime) -> Vec<Command> {
        if self.paste_open {
            return vec![
                Command::new("^S", "start the case"),
                Command::new("Esc", "hide (kept)"),
            ];
        }
        if let Some(p) = &self.patterns {
            return p.commands();
        }
        let mut cmds = Vec::new();
        if !self.cases.is_empty() {
            let any_row = !self.inbox.rows(&self.cases, now).is_empty();
            cmds = self.inbox.commands(any_row);
            if self.inbox.searching() {
                return cmds;
            }
            cmds.push(Command::new("p", "patterns"));
        }
        cmds.extend([
            Command::new("n", "new from pasted text"),
            Command::new("s", "try the sample review"),
            Command::new("?", "help"),
            Command::new("q", "quit"),
        ]);
        cmds
    }

    /// How often to redraw while nothing happens: once a minute while the
    /// inbox (with its clocks) is on screen, never otherwise.
    pub fn tick_every(&self) -> Option<std::time::Duration> {
        (!self.paste_open && !self.cases.is_empty()).then_some(INBOX_TICK)
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

    pub fn paste_text(&mut self, text: &str) -> Outcome {
        // Terminals paste line ends as CR; the text box wants LF.
        let text = &text.replace("\r\n", "\n").replace('\r', "\n");
        if !self.paste_open && self.inbox.paste(text) {
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
            return match key.code {
                KeyCode::Esc => {
                    self.paste_open = false;
                    Outcome::Consumed
                }
                KeyCode::Char('s') if key.modifiers.contains(KeyModifiers::CONTROL) => {
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
        if let Some(p) = self.patterns.as_mut() {
            if matches!(key.code, KeyCode::Esc | KeyCode::Char('p')) {
                self.patterns = None;
                return Outcome::Consumed;
            }
            return p.handle_key(key, &self.cases, now);
        }
        if !self.cases.is_empty() {
            let outcome = self.inbox.handle_key(key, &self.cases, now);
            if outcome != Outcome::Ignored || self.inbox.searching() {
                return outcome;
            }
        }
        match key.code {
            KeyCode::Char('p') if !self.cases.is_empty() => {
                self.patterns = Some(PatternsScreen::new(&self.cases, now));
            }
            KeyCode::Char('n') => self.open_paste(),
            KeyCode::Char('s') => return Outcome::Emit(Action::StartSample),
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
        if let Some(p) = &self.patterns {
            return p.render(area, buf);
        }
        if self.cases.is_empty() {
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
        }
        if self.open_fixes.is_empty() {
            return self.inbox.render(&self.cases, area, buf, now);
        }
        let [inbox, fixes] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        self.inbox.render(&self.cases, inbox, buf, now);
        self.render_fixes(fixes, buf, now);
    }

    /// One line under the inbox: the open process fixes, the next one due.
    fn render_fixes(&self, area: Rect, buf: &mut Buffer, now: OffsetDateTime) {
        let overdue = self.open_fixes.iter().filter(|a| a.overdue(now)).count();
        let head = format!(" Process fixes: {} open", self.open_fixes.len());
        let late = if overdue > 0 {
            format!(", {overdue} overdue")
        } else {
            String::new()
        };
        let mut spans = vec![
            Span::styled(head.clone(), theme::title()),
            Span::styled(late.clone(), theme::warn()),
        ];
        if let Some(next) = self.open_fixes.first() {
            let tail = format!("' ({}), due {}", next.owner, day_of(next.due));
            // The fix's words give way first, so the due date stays whole.
            let used = (head.width() + late.width() + " · next: '".len() + tail.width()) as u16;
            let room = area.width.saturating_sub(used) as usize;
            if room >= 8 {
                spans.push(Span::raw(format!(
                    " · next: '{}{tail}",
                    fit(&next.fix, room).trim_end()
                )));
            }
        }
        Line::from(spans).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_paste_with_cr_line_ends_keeps_its_lines_and_survives_a_failed_start() {
        let mut home = HomeScreen::new(Vec::new(), "Ann");
        home.paste_text("Customer: Dana\rRating: 1\r\rCold soup.\rSlow.");
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        let now = datetime!(2026-11-23 09:00 UTC);
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
