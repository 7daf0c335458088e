//! Home: every case, newest first; or, on a first run, a welcome that offers
//! the shipped sample review so the whole walk can be seen at once.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Block, Paragraph, Widget, Wrap},
};
use ratatui_textarea::TextArea;
use time::OffsetDateTime;

use crate::domain::{Case, can_send};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::widgets::{field, theme};

pub struct HomeScreen {
    pub cases: Vec<Case>,
    selected: usize,
    /// The paste box for a new review, kept when hidden so nothing is lost.
    paste: Option<TextArea<'static>>,
    paste_open: bool,
}

const PASTE_TITLE: &str = "paste or type the review — ^S to start the case";

impl HomeScreen {
    pub fn new(mut cases: Vec<Case>) -> HomeScreen {
        cases.sort_by_key(|c| std::cmp::Reverse(c.created_at));
        HomeScreen {
            cases,
            selected: 0,
            paste: None,
            paste_open: false,
        }
    }

    pub fn editing(&self) -> bool {
        self.paste_open
    }

    pub fn commands(&self) -> Vec<Command> {
        if self.paste_open {
            return vec![
                Command::new("^S", "start the case"),
                Command::new("Esc", "hide (kept)"),
            ];
        }
        vec![
            Command::new("↑↓", "move").when(!self.cases.is_empty()),
            Command::new("Enter", "open").when(!self.cases.is_empty()),
            Command::new("n", "new from pasted text"),
            Command::new("s", "try the sample review"),
            Command::new("?", "help"),
            Command::new("q", "quit"),
        ]
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
        if !self.paste_open {
            self.open_paste();
        }
        if let Some(ta) = self.paste.as_mut() {
            ta.insert_str(text);
        }
        Outcome::Consumed
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> Outcome {
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
                    self.paste = None;
                    self.paste_open = false;
                    Outcome::Emit(Action::CreateFromText(text))
                }
                _ => {
                    ta.input(key);
                    Outcome::Consumed
                }
            };
        }
        match key.code {
            KeyCode::Down | KeyCode::Char('j') if !self.cases.is_empty() => {
                self.selected = (self.selected + 1).min(self.cases.len() - 1)
            }
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::Enter if !self.cases.is_empty() => {
                return Outcome::Emit(Action::OpenCase(self.cases[self.selected].id.clone()));
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
        let mut lines = vec![Line::styled(
            format!(
                "{:<22}{:<8}{:<12}{}",
                "customer", "stars", "state", "waiting for"
            ),
            theme::dim(),
        )];
        for (i, c) in self.cases.iter().enumerate() {
            let waiting = if c.sent.is_some() {
                "—".to_string()
            } else {
                let check = can_send(c, now);
                check
                    .reasons()
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "ready to send".into())
            };
            let line = Line::from(format!(
                "{:<22}{:<8}{:<12}{}",
                truncate(&c.review.customer, 20),
                c.review.rating.map(|r| format!("{r}★")).unwrap_or_default(),
                c.state().label(),
                waiting
            ));
            lines.push(if i == self.selected {
                line.patch_style(theme::selected())
            } else {
                line
            });
        }
        Paragraph::new(lines)
            .block(Block::bordered().title(format!(" Cases ({}) ", self.cases.len())))
            .render(area, buf);
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}
