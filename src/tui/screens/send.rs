//! Send: says plainly which gate is still closed and until when, with the
//! window the reply must go out in ("not before", "not after"); once all
//! are open, delivers through the channel the person picks. After sending,
//! the follow-up panel asks when to check back with the customer.

use std::path::PathBuf;

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Paragraph, Widget, Wrap},
};

use super::follow_up::FollowUpPanel;
use super::{StepScreen, View};
use crate::domain::can_send;
use crate::domain::deadline::{deadline, overdue, time_left};
use crate::domain::gate::cooldown;
use crate::present::time::{short_span, short_time};
use crate::send::Channel;
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::line_input::LineInput;
use crate::tui::widgets::{
    theme,
    wrap::{hanging, keep_together},
};

/// Where to send from, set up once by the app.
pub struct SendSetup {
    pub command: Vec<String>,
    pub default_outbox: PathBuf,
}

pub struct SendScreen {
    /// The configured send command, if any.
    command: Vec<String>,
    /// Where `f` offers to write the outbox file.
    default_outbox: PathBuf,
    path_editor: Option<LineInput>,
    follow_up: FollowUpPanel,
}

/// "Not before" (the cool-down) and "not after" (the response deadline),
/// wrapped to `width` under their values rather than under the labels.
fn window_lines(view: &View, width: usize) -> Vec<Line<'static>> {
    let (case, now) = (view.case, view.now);
    let gate = cooldown(case, now);
    let before = match (gate.open, gate.opens_at) {
        (true, _) => "now — the cool-down is over".to_string(),
        (false, Some(t)) if now < t => format!(
            "{} — the cool-down {}",
            short_time(t),
            keep_together(&format!("({})", crate::present::time::time_left(t - now)))
        ),
        (false, _) => format!("the cool-down — {}", gate.reason),
    };
    let due = deadline(case);
    let left = time_left(case, now);
    let (after, style) = if overdue(case, now) {
        (
            format!(
                "{} — the response deadline passed {} ago; reply anyway, and well",
                short_time(due),
                short_span(left)
            ),
            theme::warn(),
        )
    } else {
        (
            format!(
                "{} — the response deadline {}",
                short_time(due),
                keep_together(&format!("({} left)", short_span(left)))
            ),
            ratatui::style::Style::new(),
        )
    };
    let plain = ratatui::style::Style::new();
    let mut lines = hanging(vec![Span::raw("Not before: ")], &before, plain, width);
    lines.extend(hanging(
        vec![Span::styled("Not after:  ", style)],
        &after,
        style,
        width,
    ));
    lines.push(Line::from(""));
    lines
}

/// What `x` says when no send command is set up: where and what to write.
fn how_to_set_up_a_command() -> String {
    format!(
        "No send command is set up. To hand replies to a program (it gets the text on stdin), \
         add to {}:  [send]  command = [\"mail\", \"-s\", \"Your review\", \"care@shop.example\"]  \
         — then start heard again. Meanwhile: c copies, f writes a file.",
        crate::config::config_path().display()
    )
}

impl SendScreen {
    pub fn new(command: Vec<String>, default_outbox: PathBuf) -> SendScreen {
        SendScreen {
            command,
            default_outbox,
            path_editor: None,
            follow_up: FollowUpPanel::default(),
        }
    }
}

impl StepScreen for SendScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        if view.case.sent.is_some() {
            return self.follow_up.commands(view);
        }
        if self.path_editor.is_some() {
            return vec![
                keys::hint(Scope::SendPath, Cmd::Confirm),
                keys::hint(Scope::SendPath, Cmd::Cancel),
            ];
        }
        let ok = can_send(view.case, view.now).can_send();
        let s = Scope::Send;
        let run = keys::hint(s, Cmd::RunSendCommand);
        vec![
            keys::hint(s, Cmd::CopyToClipboard).when(ok),
            keys::hint(s, Cmd::WriteOutboxFile).when(ok),
            if self.command.is_empty() {
                run.labelled("how to set up a send command")
            } else {
                run.when(ok)
            },
        ]
    }

    fn editing(&self) -> bool {
        self.path_editor.is_some() || self.follow_up.editing()
    }

    fn case_changed(&mut self, _view: &View) {
        self.follow_up.case_changed();
    }

    fn tick_every(&self, view: &View) -> Option<std::time::Duration> {
        // The countdown on this screen moves by the second.
        (!can_send(view.case, view.now).can_send() && view.case.sent.is_none())
            .then_some(std::time::Duration::from_secs(1))
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        if let Some(sent) = &view.case.sent {
            // Sending again is refused in words, never silently.
            if keys::resolve(Scope::Send, key).is_some() && !self.follow_up.editing() {
                return Outcome::Emit(Action::Say(format!(
                    "Not sent again: already sent {} via {}.",
                    short_time(sent.at),
                    sent.channel
                )));
            }
            return self.follow_up.handle_key(key, view);
        }
        if let Some(ed) = self.path_editor.as_mut() {
            return match ed.handle(Scope::SendPath, key) {
                Some(Cmd::Cancel) => {
                    self.path_editor = None;
                    Outcome::Consumed
                }
                Some(Cmd::Confirm) => {
                    let path = ed.trimmed();
                    self.path_editor = None;
                    if path.is_empty() {
                        return Outcome::Consumed;
                    }
                    Outcome::Emit(Action::Send(Channel::File(PathBuf::from(path))))
                }
                _ => Outcome::Consumed,
            };
        }
        let check = can_send(view.case, view.now);
        let refuse = || {
            Outcome::Emit(Action::Say(format!(
                "Not yet: {}",
                crate::present::gate::lines(&check.reasons()).join("; ")
            )))
        };
        match keys::resolve(Scope::Send, key) {
            // Said before the gates: setting it up is worth doing meanwhile.
            Some(Cmd::RunSendCommand) if self.command.is_empty() => {
                Outcome::Emit(Action::Say(how_to_set_up_a_command()))
            }
            Some(_) if !check.can_send() => refuse(),
            Some(Cmd::CopyToClipboard) => Outcome::Emit(Action::Send(Channel::Clipboard)),
            Some(Cmd::RunSendCommand) => {
                Outcome::Emit(Action::Send(Channel::Command(self.command.clone())))
            }
            Some(Cmd::WriteOutboxFile) => {
                let title = "outbox file — Enter to write";
                let path = self.default_outbox.display().to_string();
                self.path_editor = Some(LineInput::new(&path, title));
                Outcome::Consumed
            }
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let case = view.case;
        let check = can_send(case, view.now);
        if let Some(sent) = &case.sent {
            let [head, rest] =
                Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
            Line::styled(
                format!(
                    "Sent by {} via {} at {}.",
                    sent.by,
                    sent.channel,
                    short_time(sent.at)
                ),
                theme::done(),
            )
            .render(head, buf);
            self.follow_up.render(rest, buf, view);
            return;
        }
        let edit_h = if self.path_editor.is_some() { 3 } else { 0 };
        let [body, editor] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(edit_h)]).areas(area);
        let width = body.width as usize;
        let mut lines = window_lines(view, width);
        if check.can_send() {
            lines.push(Line::styled(
                "Every step is done and both gates are open.",
                theme::done(),
            ));
            lines.push(Line::from("Choose how to deliver the approved text:"));
            lines.push(Line::from("  c  copy to the clipboard (works over SSH)"));
            lines.push(Line::from("  f  write it to an outbox file"));
            if self.command.is_empty() {
                lines.push(Line::styled(
                    "  x  run a send command (none set up yet: x says how)",
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
                let plain = ratatui::style::Style::new();
                lines.extend(hanging(
                    vec![Span::raw("  • ")],
                    &r.to_string(),
                    plain,
                    width,
                ));
            }
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        if let Some(ed) = &self.path_editor {
            ed.render(editor, buf);
        }
    }
}
