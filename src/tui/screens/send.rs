//! Send: says plainly which gate is still closed and until when; once all
//! are open, delivers through the channel the person picks.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::Line,
    widgets::{Paragraph, Widget, Wrap},
};
use ratatui_textarea::TextArea;

use super::{StepScreen, View};
use crate::domain::can_send;
use crate::domain::gate::short_time;
use crate::send::Channel;
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::widgets::{field, theme};

pub struct SendScreen {
    /// The configured send command, if any.
    command: Vec<String>,
    /// Where `f` offers to write the outbox file.
    default_outbox: PathBuf,
    path_editor: Option<TextArea<'static>>,
}

impl SendScreen {
    pub fn new(command: Vec<String>, default_outbox: PathBuf) -> SendScreen {
        SendScreen {
            command,
            default_outbox,
            path_editor: None,
        }
    }
}

impl StepScreen for SendScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        if self.path_editor.is_some() {
            return vec![
                Command::new("Enter", "write the file"),
                Command::new("Esc", "cancel"),
            ];
        }
        let ok = can_send(view.case, view.now).can_send();
        vec![
            Command::new("c", "copy to clipboard").when(ok),
            Command::new("f", "write outbox file").when(ok),
            Command::new("x", "run send command").when(ok && !self.command.is_empty()),
        ]
    }

    fn editing(&self) -> bool {
        self.path_editor.is_some()
    }

    fn tick_every(&self, view: &View) -> Option<std::time::Duration> {
        // The countdown on this screen moves by the second.
        (!can_send(view.case, view.now).can_send() && view.case.sent.is_none())
            .then_some(std::time::Duration::from_secs(1))
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        if let Some(ed) = self.path_editor.as_mut() {
            return match key.code {
                KeyCode::Esc => {
                    self.path_editor = None;
                    Outcome::Consumed
                }
                KeyCode::Enter => {
                    let path = field::text(ed).trim().to_string();
                    self.path_editor = None;
                    if path.is_empty() {
                        return Outcome::Consumed;
                    }
                    Outcome::Emit(Action::Send(Channel::File(PathBuf::from(path))))
                }
                _ => {
                    ed.input(key);
                    Outcome::Consumed
                }
            };
        }
        let check = can_send(view.case, view.now);
        let refuse = || {
            Outcome::Emit(Action::Say(format!(
                "Not yet: {}",
                check.reasons().join("; ")
            )))
        };
        match key.code {
            KeyCode::Char('c' | 'f' | 'x') if !check.can_send() => refuse(),
            KeyCode::Char('c') => Outcome::Emit(Action::Send(Channel::Clipboard)),
            KeyCode::Char('x') if !self.command.is_empty() => {
                Outcome::Emit(Action::Send(Channel::Command(self.command.clone())))
            }
            KeyCode::Char('f') => {
                let title = "outbox file — Enter to write";
                let mut ta = field::text_area(&self.default_outbox.display().to_string(), title);
                field::set_focus(&mut ta, title, true);
                self.path_editor = Some(ta);
                Outcome::Consumed
            }
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let case = view.case;
        let check = can_send(case, view.now);
        let mut lines = Vec::new();
        if let Some(sent) = &case.sent {
            lines.push(Line::styled(
                format!(
                    "Sent by {} via {} at {}.",
                    sent.by,
                    sent.channel,
                    short_time(sent.at)
                ),
                theme::done(),
            ));
            lines.push(Line::from(
                "Follow up with the customer once the fix has landed.",
            ));
            lines.push(Line::from(
                "Next: the debrief (n), on your own or with a colleague.",
            ));
        } else if check.can_send() {
            lines.push(Line::styled(
                "Every step is done and both gates are open.",
                theme::done(),
            ));
            lines.push(Line::from("Choose how to deliver the approved text:"));
            lines.push(Line::from("  c  copy to the clipboard (works over SSH)"));
            lines.push(Line::from("  f  write it to an outbox file"));
            if self.command.is_empty() {
                lines.push(Line::styled(
                    "  x  run a send command (none configured in config.toml)",
                    theme::dim(),
                ));
            } else {
                lines.push(Line::from(format!(
                    "  x  hand it to `{}`",
                    self.command.join(" ")
                )));
            }
        } else {
            lines.push(Line::styled("Not ready to send yet:", theme::closed()));
            for r in check.reasons() {
                lines.push(Line::from(format!("  • {r}")));
            }
        }
        let edit_h = if self.path_editor.is_some() { 3 } else { 0 };
        let [body, editor] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(edit_h)]).areas(area);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        if let Some(ed) = &self.path_editor {
            ed.render(editor, buf);
        }
    }
}
