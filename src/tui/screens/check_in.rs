//! Check-in: how upset is the person right now (1–5)? Sets the cool-down.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::{
    buffer::Buffer,
    layout::Rect,
    text::{Line, Span},
    widgets::{Paragraph, Widget, Wrap},
};

use super::{StepScreen, View};
use crate::domain::EventKind;
use crate::domain::gate::cooldown_length;
use crate::present::time::human_duration;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::theme;

pub const LEVELS: [&str; 5] = ["calm", "a bit tense", "upset", "very upset", "furious"];

pub struct CheckInScreen {
    prompt: String,
    choice: u8,
}

impl CheckInScreen {
    pub fn new(prompt: &str, view: &View) -> CheckInScreen {
        CheckInScreen {
            prompt: prompt.to_string(),
            choice: view.case.preparation.check_ins.last().copied().unwrap_or(3),
        }
    }

    fn record(&self) -> Outcome {
        Outcome::record(vec![EventKind::CheckedIn { level: self.choice }])
    }
}

impl StepScreen for CheckInScreen {
    fn commands(&self, _view: &View) -> Vec<Command> {
        vec![
            Command::new("1-5", "answer"),
            keys::pair(Scope::CheckIn, Cmd::Up, Cmd::Down, "move"),
            keys::hint(Scope::CheckIn, Cmd::Confirm),
            keys::hint(Scope::CheckIn, Cmd::Park),
        ]
    }

    fn handle_key(&mut self, key: KeyEvent, _view: &View) -> Outcome {
        // The levels' own numbers are fixed: they are printed beside them.
        if let KeyCode::Char(c @ '1'..='5') = key.code {
            self.choice = c as u8 - b'0';
            return self.record();
        }
        match keys::resolve(Scope::CheckIn, key) {
            Some(Cmd::Up) => {
                self.choice = self.choice.saturating_sub(1).max(1);
                Outcome::Consumed
            }
            Some(Cmd::Down) => {
                self.choice = (self.choice + 1).min(5);
                Outcome::Consumed
            }
            Some(Cmd::Confirm) => self.record(),
            // Not the moment to give a customer full attention: the case
            // goes back to the inbox, marked parked, and resumes here.
            Some(Cmd::Park) => Outcome::record(vec![EventKind::Parked]),
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let mut lines = vec![Line::from(self.prompt.clone()), Line::from("")];
        // One level per row: it reads as a scale and never wraps mid-word.
        for (i, name) in LEVELS.iter().enumerate() {
            let n = i as u8 + 1;
            let style = if n == self.choice {
                theme::selected()
            } else {
                ratatui::style::Style::new()
            };
            lines.push(Line::from(Span::styled(format!("  {n}  {name}  "), style)));
        }
        lines.push(Line::from(""));
        lines.push(Line::styled(
            format!(
                "Do you have time to give this your full attention now? If not, press {} to \
                 park it: it waits in the inbox and opens here again.",
                keys::hint(Scope::CheckIn, Cmd::Park).key
            ),
            theme::dim(),
        ));
        if let Some(level) = view.case.upset_level() {
            let g = &view.case.playbook.gates;
            lines.push(Line::from(format!(
                "You said: {} ({}). Cool-down for this case: {}{}.",
                view.case
                    .preparation
                    .check_ins
                    .last()
                    .copied()
                    .unwrap_or(level),
                LEVELS[usize::from(
                    view.case
                        .preparation
                        .check_ins
                        .last()
                        .copied()
                        .unwrap_or(level)
                ) - 1],
                human_duration(cooldown_length(view.case)),
                if level >= g.upset_from {
                    " — being upset is human; the wait protects you and the customer"
                } else {
                    ""
                }
            )));
            lines.push(Line::styled(
                "Checking in calmer later never shortens the cool-down.",
                theme::dim(),
            ));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}
