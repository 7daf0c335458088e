//! The debrief after sending (seed 004): how it escalated, what we would do
//! differently, whether a process is broken. Two people can do it together
//! at one keyboard: the second types their name, and each note is recorded
//! under the name of whoever is writing. The author checks in again, and
//! the screen shows how they felt before and now.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Paragraph, Widget, Wrap},
};

use super::{StepScreen, View};
use crate::domain::EventKind;
use crate::domain::coach::DraftPart;
use crate::domain::debrief::{Debrief, DebriefField};
use crate::present::debrief::level_label;
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::line_input::LineInput;
use crate::tui::widgets::{coach_panel, theme};

enum Stage {
    Idle,
    /// The second person types their name.
    Name(LineInput),
    /// A note on one question, by `writer`.
    Note(LineInput),
}

pub struct DebriefScreen {
    pick: usize,
    /// Who is writing now; None is the person running heard.
    writer: Option<String>,
    stage: Stage,
    /// Showing the case's timeline instead of the questions (`t`).
    timeline: bool,
}

impl DebriefScreen {
    pub fn new() -> DebriefScreen {
        DebriefScreen {
            pick: 0,
            writer: None,
            stage: Stage::Idle,
            timeline: false,
        }
    }

    fn writer<'a>(&'a self, view: &'a View) -> &'a str {
        self.writer.as_deref().unwrap_or(view.me)
    }

    fn field(&self) -> DebriefField {
        DebriefField::ALL[self.pick]
    }

    fn record_as(&self, view: &View, events: Vec<EventKind>) -> Outcome {
        Outcome::Emit(Action::Record {
            by: Some(self.writer(view).to_string()),
            events,
        })
    }

    /// `w`: the next participant writes.
    fn switch_writer(&mut self, view: &View) -> Outcome {
        let mut people: Vec<&str> = view
            .case
            .debrief
            .participants
            .iter()
            .map(String::as_str)
            .collect();
        if !people.contains(&view.me) {
            people.insert(0, view.me);
        }
        if people.len() < 2 {
            return Outcome::Emit(Action::Say(format!(
                "Only you so far: press {} to add the colleague you debrief with.",
                keys::hint(Scope::Debrief, Cmd::AddColleague).key
            )));
        }
        let now = self.writer(view);
        let i = people.iter().position(|p| *p == now).unwrap_or(0);
        let next = people[(i + 1) % people.len()];
        self.writer = (next != view.me).then(|| next.to_string());
        Outcome::Emit(Action::Say(format!("{next} is writing now.")))
    }

    fn handle_idle(&mut self, key: KeyEvent, view: &View) -> Outcome {
        let d = &view.case.debrief;
        // The moods' own numbers are fixed, as on the check-in.
        if let KeyCode::Char(c @ '1'..='5') = key.code {
            // The mood of whoever is writing, like their notes.
            let level = c as u8 - b'0';
            return self.record_as(view, vec![EventKind::DebriefCheckedIn { level }]);
        }
        match keys::resolve(Scope::Debrief, key) {
            Some(Cmd::Down) => {
                self.pick = (self.pick + 1) % DebriefField::ALL.len();
                Outcome::Consumed
            }
            Some(Cmd::Up) => {
                self.pick = (self.pick + DebriefField::ALL.len() - 1) % DebriefField::ALL.len();
                Outcome::Consumed
            }
            Some(Cmd::Edit) => {
                let title = format!("{} — {}", self.writer(view), self.field().title());
                self.stage = Stage::Note(LineInput::new("", &title));
                Outcome::Consumed
            }
            Some(Cmd::AddColleague) => {
                let title = "colleague's name — Enter to join";
                self.stage = Stage::Name(LineInput::new("", title));
                // The person at the keyboard takes part first.
                if d.participants.iter().any(|p| p == view.me) {
                    Outcome::Consumed
                } else {
                    Outcome::record(vec![EventKind::DebriefJoined])
                }
            }
            Some(Cmd::SwitchWriter) => self.switch_writer(view),
            Some(Cmd::ToggleTimeline) => {
                self.timeline = !self.timeline;
                Outcome::Consumed
            }
            Some(Cmd::ProcessBroken) => {
                let broken = !d.process_broken.as_ref().is_some_and(|(b, _)| *b);
                self.record_as(view, vec![EventKind::ProcessJudged { broken }])
            }
            _ => Outcome::Ignored,
        }
    }
}

impl DebriefScreen {
    fn handle_name(&mut self, mut ta: LineInput, key: KeyEvent) -> Outcome {
        match ta.handle(Scope::DebriefName, key) {
            Some(Cmd::Cancel) => Outcome::Consumed,
            Some(Cmd::Confirm) if ta.trimmed().is_empty() => {
                self.stage = Stage::Name(ta);
                Outcome::Emit(Action::Say("Type the colleague's name.".into()))
            }
            // Joining does not hand over the keyboard: `w` does, and the
            // footer says who is writing.
            Some(Cmd::Confirm) => Outcome::Emit(Action::Record {
                by: Some(ta.trimmed()),
                events: vec![EventKind::DebriefJoined],
            }),
            _ => {
                self.stage = Stage::Name(ta);
                Outcome::Consumed
            }
        }
    }

    fn handle_note(&mut self, mut ta: LineInput, key: KeyEvent, view: &View) -> Outcome {
        match ta.handle(Scope::DebriefNote, key) {
            Some(Cmd::Cancel) => Outcome::Consumed,
            Some(Cmd::Confirm) if ta.trimmed().is_empty() => {
                self.stage = Stage::Note(ta);
                Outcome::Emit(Action::Say(format!(
                    "Write the note first ({} cancels).",
                    keys::hint(Scope::DebriefNote, Cmd::Cancel).key
                )))
            }
            Some(Cmd::Confirm) => {
                let event = EventKind::DebriefNoted {
                    field: self.field(),
                    text: ta.trimmed(),
                };
                self.record_as(view, vec![event])
            }
            _ => {
                self.stage = Stage::Note(ta);
                Outcome::Consumed
            }
        }
    }
}

impl Default for DebriefScreen {
    fn default() -> Self {
        Self::new()
    }
}

impl StepScreen for DebriefScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        match self.stage {
            Stage::Idle => {
                let s = Scope::Debrief;
                let timeline = keys::hint(s, Cmd::ToggleTimeline);
                vec![
                    keys::pair(s, Cmd::Up, Cmd::Down, "question"),
                    keys::hint(s, Cmd::Edit),
                    keys::hint(s, Cmd::AddColleague),
                    keys::hint(s, Cmd::SwitchWriter)
                        .when(!view.case.debrief.participants.is_empty()),
                    keys::hint(s, Cmd::ProcessBroken),
                    Command::new("1-5", "how you feel now"),
                    if self.timeline {
                        timeline.labelled("the questions")
                    } else {
                        timeline
                    },
                ]
            }
            Stage::Name(_) => vec![
                keys::hint(Scope::DebriefName, Cmd::Confirm),
                keys::hint(Scope::DebriefName, Cmd::Cancel),
            ],
            Stage::Note(_) => vec![
                keys::hint(Scope::DebriefNote, Cmd::Confirm),
                keys::hint(Scope::DebriefNote, Cmd::Cancel),
            ],
        }
    }

    fn editing(&self) -> bool {
        !matches!(self.stage, Stage::Idle)
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        match std::mem::replace(&mut self.stage, Stage::Idle) {
            Stage::Idle => self.handle_idle(key, view),
            Stage::Name(ta) => self.handle_name(ta, key),
            Stage::Note(ta) => self.handle_note(ta, key, view),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        if self.timeline && !self.editing() {
            return render_timeline(view, area, buf);
        }
        let d = &view.case.debrief;
        let mut lines = summary_lines(d, self.writer(view));
        for (i, f) in DebriefField::ALL.iter().enumerate() {
            lines.push(Line::from(""));
            let style = if i == self.pick && !self.editing() {
                theme::selected()
            } else {
                theme::title()
            };
            lines.push(Line::styled(f.question(), style));
            for n in d.notes_on(*f) {
                lines.push(Line::from(format!("  {}: {}", n.by, n.text)));
                lines.extend(coach_panel::blame_lines(
                    DraftPart::Debrief,
                    &n.text,
                    &view.case.shop,
                ));
            }
        }
        let missing = d.missing();
        lines.push(Line::from(""));
        lines.push(if missing.is_empty() {
            Line::styled(
                format!(
                    "Debrief complete. Export it: heard debrief {} --markdown",
                    view.case.id
                ),
                theme::done(),
            )
        } else {
            Line::styled(format!("Still open: {}", missing.join(", ")), theme::dim())
        });
        let edit_h = if self.editing() { 3 } else { 0 };
        let [body, editor] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(edit_h)]).areas(area);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        match &self.stage {
            Stage::Name(ta) | Stage::Note(ta) => ta.render(editor, buf),
            Stage::Idle => {}
        }
    }
}

/// Who takes part, how upset they were before and are now, and whether a
/// process is broken: the debrief's first three lines.
fn summary_lines(d: &Debrief, writer: &str) -> Vec<Line<'static>> {
    let people = if d.participants.is_empty() {
        "nobody yet".to_string()
    } else {
        d.participants.join(", ")
    };
    let level = |l: &Option<(String, u8)>| match l {
        Some((_, n)) => format!("{n}/5 {}", level_label(*n)),
        None => "—".into(),
    };
    let broken = match &d.process_broken {
        Some((true, by)) => format!("yes ({by})"),
        Some((false, by)) => format!("no ({by})"),
        None => "not decided (b)".into(),
    };
    vec![
        Line::from(vec![
            Span::styled("With: ", theme::title()),
            Span::raw(people),
            Span::styled(format!("  · {writer} is writing"), theme::dim()),
        ]),
        Line::from(vec![
            Span::styled("How you feel: ", theme::title()),
            Span::raw(format!(
                "before {} → now {}",
                level(&d.before),
                level(&d.after)
            )),
            Span::styled(
                if d.after.is_none() {
                    "  (1-5: how upset now?)"
                } else {
                    ""
                },
                theme::dim(),
            ),
        ]),
        Line::from(vec![
            Span::styled("Process broken: ", theme::title()),
            Span::raw(broken),
        ]),
    ]
}

/// The case's own timeline: who did what, when (`t` in the debrief).
fn render_timeline(view: &View, area: Rect, buf: &mut Buffer) {
    let mut lines = vec![Line::styled(
        "Timeline (UTC) — what happened, not who is to blame",
        theme::title(),
    )];
    lines.extend(
        crate::domain::timeline::timeline(view.case)
            .iter()
            .map(|m| Line::from(crate::present::timeline::line(m))),
    );
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}
