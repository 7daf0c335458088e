//! Triage, after reading: what does this review need? Resolve, listen only,
//! a polite no, or don't engage — which reports the review to the platform
//! and asks a colleague to close the case without a reply.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Paragraph, Widget, Wrap},
};

use super::{StepScreen, View};
use crate::domain::EventKind;
use crate::domain::triage::Road;
use crate::present::triage::REPORT_CHECKLIST;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::line_input::LineInput;
use crate::tui::widgets::theme;

/// One line each: what the road means for the walk.
fn describe(road: Road) -> &'static str {
    match road {
        Road::Resolve => "put it right: apology, choices",
        Road::ListenOnly => "acknowledge them; nothing conceded",
        Road::PoliteNo => "a clear, kind no instead of choices",
        Road::DontEngage => "fake, troll, rival: report, no reply",
    }
}

pub struct TriageScreen {
    choice: usize,
    /// The reason for closing, while it is typed (don't engage).
    reason: Option<LineInput>,
}

impl TriageScreen {
    pub fn new(view: &View) -> TriageScreen {
        let road = view.case.road();
        TriageScreen {
            choice: Road::ALL.iter().position(|r| *r == road).unwrap_or(0),
            reason: None,
        }
    }

    fn choose(&mut self, i: usize, view: &View) -> Outcome {
        self.choice = i;
        let road = Road::ALL[i];
        if view.case.road == Some(road) && road == Road::DontEngage {
            return self.start_reason(view);
        }
        Outcome::record(vec![EventKind::Triaged { road }])
    }

    fn start_reason(&mut self, view: &View) -> Outcome {
        if view.case.closing.is_some() {
            return Outcome::Ignored;
        }
        self.reason = Some(LineInput::new("", "why close it without a reply"));
        Outcome::Consumed
    }

    fn handle_reason(&mut self, key: KeyEvent) -> Outcome {
        let Some(reason) = &mut self.reason else {
            return Outcome::Ignored;
        };
        match reason.handle(Scope::TriageReason, key) {
            Some(Cmd::Cancel) => self.reason = None,
            Some(Cmd::Confirm) if !reason.trimmed().is_empty() => {
                let reason = reason.trimmed();
                self.reason = None;
                return Outcome::record(vec![EventKind::CloseAsked { reason }]);
            }
            _ => {}
        }
        Outcome::Consumed
    }

    fn render_choices(&self, lines: &mut Vec<Line<'static>>, view: &View) {
        lines.push(Line::from(
            "You have read it. What does this review need? (1-4)",
        ));
        lines.push(Line::from(""));
        for (i, road) in Road::ALL.iter().enumerate() {
            let style = if i == self.choice {
                theme::selected()
            } else {
                ratatui::style::Style::new()
            };
            let chosen = if view.case.road == Some(*road) {
                " ✓"
            } else {
                ""
            };
            lines.push(Line::from(vec![
                Span::styled(format!("  {}  {:<13}", i + 1, road.label()), style),
                Span::raw(format!("{}{chosen}", describe(*road))),
            ]));
        }
        lines.push(Line::from(""));
    }

    fn render_road(&self, lines: &mut Vec<Line<'static>>, view: &View) {
        let case = view.case;
        match case.road {
            None => lines.push(Line::styled(
                "Not sure? Resolve is the full walk. Every road that replies still waits for \
                 the cool-down and a colleague's approval.",
                theme::dim(),
            )),
            Some(Road::DontEngage) => self.render_close(lines, view),
            Some(road) => {
                let left_out: Vec<&str> = case
                    .playbook
                    .steps
                    .iter()
                    .filter(|s| !road.needs(s.kind))
                    .map(|s| s.kind.short_title())
                    .collect();
                let skipped = if left_out.is_empty() {
                    "every step".to_string()
                } else {
                    format!("every step but {}", left_out.join(", "))
                };
                lines.push(Line::from(format!(
                    "Road: {}. The walk asks for {skipped}; the cool-down and a colleague's \
                     approval still come before anything is sent.",
                    road.label()
                )));
            }
        }
    }

    fn render_close(&self, lines: &mut Vec<Line<'static>>, view: &View) {
        lines.push(Line::from("Don't engage — report it to the platform:"));
        for item in REPORT_CHECKLIST {
            lines.push(Line::from(format!("• {item}")));
        }
        lines.push(Line::from(""));
        let id = &view.case.id;
        match (&view.case.closing, &self.reason) {
            (Some(c), _) if c.agreed.is_some() => {
                let by = c.agreed.as_ref().map(|(by, _)| by.as_str()).unwrap_or("");
                lines.push(Line::styled(
                    format!("Closed without a reply: {} (agreed by {by}).", c.reason),
                    theme::done(),
                ));
            }
            (Some(c), _) => lines.push(Line::styled(
                format!(
                    "Asked to close: {}. Waiting for a colleague's OK: `heard close {id} --agree` \
                     as them.",
                    c.reason
                ),
                theme::warn(),
            )),
            (None, Some(_)) => lines.push(Line::from(format!(
                "Why close it without a reply? ({} asks a colleague)",
                keys::hint(Scope::TriageReason, Cmd::Confirm).key
            ))),
            (None, None) => lines.push(Line::from(
                "Press 4 again (or c) to say why and ask a colleague to close the case.",
            )),
        }
    }
}

impl StepScreen for TriageScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        if self.reason.is_some() {
            return vec![
                keys::hint(Scope::TriageReason, Cmd::Confirm),
                keys::hint(Scope::TriageReason, Cmd::Cancel),
            ];
        }
        let closing = view.case.road == Some(Road::DontEngage) && view.case.closing.is_none();
        let mut cmds = vec![
            Command::new("1-4", "choose the road"),
            keys::pair(Scope::Triage, Cmd::Up, Cmd::Down, "move"),
            keys::hint(Scope::Triage, Cmd::Confirm),
        ];
        if closing {
            cmds.push(keys::hint(Scope::Triage, Cmd::CloseWithoutReply));
        }
        cmds
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        if self.reason.is_some() {
            return self.handle_reason(key);
        }
        // The roads' own numbers are fixed: they are printed beside them.
        if let KeyCode::Char(c @ '1'..='4') = key.code {
            return self.choose(usize::from(c as u8 - b'1'), view);
        }
        match keys::resolve(Scope::Triage, key) {
            Some(Cmd::Up) => {
                self.choice = self.choice.saturating_sub(1);
                Outcome::Consumed
            }
            Some(Cmd::Down) => {
                self.choice = (self.choice + 1).min(Road::ALL.len() - 1);
                Outcome::Consumed
            }
            Some(Cmd::Confirm) => self.choose(self.choice, view),
            Some(Cmd::CloseWithoutReply) if view.case.road == Some(Road::DontEngage) => {
                self.start_reason(view)
            }
            _ => Outcome::Ignored,
        }
    }

    fn editing(&self) -> bool {
        self.reason.is_some()
    }

    fn paste(&mut self, text: &str) -> Outcome {
        let Some(reason) = &mut self.reason else {
            return Outcome::Ignored;
        };
        reason.paste(text);
        Outcome::Consumed
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let mut lines = Vec::new();
        if view.case.road == Some(Road::DontEngage) {
            // The checklist and the close need the room on 24 rows.
            lines.push(Line::from(
                "Road: don't engage. 1-3 choose a road that replies.",
            ));
            lines.push(Line::from(""));
        } else {
            self.render_choices(&mut lines, view);
        }
        self.render_road(&mut lines, view);
        let edit_h = if self.reason.is_some() { 3 } else { 0 };
        let [body, editor] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(edit_h)]).areas(area);
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(body, buf);
        if let Some(reason) = &self.reason {
            reason.render(editor, buf);
        }
    }
}
