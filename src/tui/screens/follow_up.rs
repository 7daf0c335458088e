//! After sending (seed 003: follow up on resolutions): ask for a follow-up
//! date — the playbook's default, moved a day at a time — and later record
//! how the follow-up ended. Shown by the send screen once the reply is out.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::Line,
    widgets::{Paragraph, Widget, Wrap},
};
use time::OffsetDateTime;

use super::View;
use crate::domain::follow_up::{self, FollowUpOutcome};
use crate::domain::{Case, EventKind};
use crate::present::time::short_time;
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::line_input::LineInput;
use crate::tui::widgets::theme;

const NOTE_TITLE: &str = "what happened — Enter to record";

#[derive(Default)]
pub struct FollowUpPanel {
    /// The date being chosen, when the person is choosing one.
    proposed: Option<OffsetDateTime>,
    /// Choosing how the follow-up ended.
    picking: bool,
    /// The note for "other".
    note: Option<LineInput>,
}

/// "Thu 26 Nov 2026 (in 3 days)".
fn day_and_distance(t: OffsetDateTime, now: OffsetDateTime) -> String {
    let days = (t.date() - now.date()).whole_days();
    let rel = match days {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        -1 => "yesterday".to_string(),
        d if d < 0 => format!("{} days ago", -d),
        d => format!("in {d} days"),
    };
    format!(
        "{} {} {} {} ({rel})",
        &t.weekday().to_string()[..3],
        t.day(),
        &t.month().to_string()[..3],
        t.year()
    )
}

impl FollowUpPanel {
    /// The date on screen: the one being chosen, else the playbook's default.
    fn date(&self, case: &Case) -> Option<OffsetDateTime> {
        self.proposed
            .or(case.follow_up_due)
            .or_else(|| follow_up::default_due(case))
    }

    /// Asking for a date: right after sending, or when the person moves it.
    /// A follow-up already due is shown as due instead, ready to be done.
    fn choosing(&self, case: &Case, now: OffsetDateTime) -> bool {
        self.proposed.is_some() || (follow_up::needs_date(case) && !follow_up::is_due(case, now))
    }

    pub fn editing(&self) -> bool {
        self.note.is_some()
    }

    /// The case changed on disk: what was being chosen is recorded now.
    pub fn case_changed(&mut self) {
        *self = FollowUpPanel::default();
    }

    pub fn commands(&self, view: &View) -> Vec<Command> {
        if self.note.is_some() {
            return vec![
                keys::hint(Scope::FollowUpNote, Cmd::Confirm),
                keys::hint(Scope::FollowUpNote, Cmd::Cancel),
            ];
        }
        if self.picking {
            return vec![
                Command::new("1-4", "how it ended"),
                keys::hint(Scope::FollowUpPick, Cmd::Cancel),
            ];
        }
        let s = Scope::FollowUp;
        if self.choosing(view.case, view.now) {
            return vec![
                keys::pair(s, Cmd::Left, Cmd::Right, "a day earlier/later"),
                keys::hint(s, Cmd::Confirm),
            ];
        }
        vec![
            keys::hint(s, Cmd::FollowUpDone),
            keys::pair(s, Cmd::Left, Cmd::Right, "change the date"),
        ]
    }

    pub fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        let case = view.case;
        if let Some(ta) = self.note.as_mut() {
            return match ta.handle(Scope::FollowUpNote, key) {
                Some(Cmd::Cancel) => {
                    self.note = None;
                    Outcome::Consumed
                }
                Some(Cmd::Confirm) => {
                    let note = ta.trimmed();
                    self.done(case, FollowUpOutcome::Other, note)
                }
                _ => Outcome::Consumed,
            };
        }
        if self.picking {
            if keys::resolve(Scope::FollowUpPick, key) == Some(Cmd::Cancel) {
                self.picking = false;
                return Outcome::Consumed;
            }
            // The outcomes' own numbers are fixed: they are printed beside them.
            return match key.code {
                KeyCode::Char('4') => {
                    self.picking = false;
                    self.note = Some(LineInput::new("", NOTE_TITLE));
                    Outcome::Consumed
                }
                KeyCode::Char(c @ '1'..='3') => {
                    self.picking = false;
                    let outcome = FollowUpOutcome::ALL[c as usize - '1' as usize];
                    self.done(case, outcome, String::new())
                }
                _ => Outcome::Consumed,
            };
        }
        let step = match keys::resolve(Scope::FollowUp, key) {
            Some(Cmd::Left) => -1,
            Some(Cmd::Right) => 1,
            Some(Cmd::Confirm) if self.choosing(case, view.now) => {
                let Some(due) = self.date(case) else {
                    return Outcome::Ignored;
                };
                return match follow_up::set_refusal(case, due) {
                    Some(why) => Outcome::Emit(Action::Say(why.to_string())),
                    None => Outcome::record(vec![EventKind::FollowUpSet { due }]),
                };
            }
            Some(Cmd::FollowUpDone) if !self.choosing(case, view.now) => {
                self.picking = true;
                return Outcome::Consumed;
            }
            _ => return Outcome::Ignored,
        };
        if let Some(date) = self.date(case) {
            self.proposed = Some(follow_up::shift(case, date, step));
        }
        Outcome::Consumed
    }

    fn done(&mut self, case: &Case, outcome: FollowUpOutcome, note: String) -> Outcome {
        if let Some(why) = follow_up::done_refusal(case, outcome, &note) {
            return Outcome::Emit(Action::Say(why.to_string()));
        }
        self.note = None;
        Outcome::record(vec![EventKind::FollowUpDone { outcome, note }])
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let (case, now) = (view.case, view.now);
        let mut lines = Vec::new();
        if self.choosing(case, view.now) {
            lines.push(Line::styled(
                "When should you check back with the customer?",
                theme::title(),
            ));
            if let Some(d) = self.date(case) {
                lines.push(Line::from(format!("  ◀ {} ▶", day_and_distance(d, now))));
            }
            lines.push(Line::styled(
                format!(
                    "The playbook suggests {} days after sending. Ask whether the fix landed and they are happy.",
                    case.playbook.gates.follow_up_days
                ),
                theme::dim(),
            ));
        } else if let Some(why) = follow_up::due_reason(case, now) {
            lines.push(Line::styled(
                format!("Follow-up due: {why}."),
                theme::closed(),
            ));
            lines.push(Line::from(format!(
                "Check in with the customer, then press {} to record how it ended.",
                keys::hint(Scope::FollowUp, Cmd::FollowUpDone).key
            )));
        } else if let Some(due) = follow_up::due_at(case) {
            lines.push(Line::from(format!(
                "Follow up on {}.",
                day_and_distance(due, now)
            )));
        }
        for f in &case.follow_ups {
            let note = if f.note.is_empty() {
                String::new()
            } else {
                format!(" — {}", f.note)
            };
            lines.push(Line::styled(
                format!(
                    "Followed up {} by {}: {}{note}",
                    short_time(f.at),
                    f.by,
                    f.outcome.label()
                ),
                theme::done(),
            ));
        }
        if self.picking {
            lines.push(Line::from(""));
            lines.push(Line::styled("How did it end?", theme::title()));
            for (i, o) in FollowUpOutcome::ALL.iter().enumerate() {
                let extra = if *o == FollowUpOutcome::Other {
                    " (with a note)"
                } else {
                    ""
                };
                lines.push(Line::from(format!("  {}  {}{extra}", i + 1, o.label())));
            }
        }
        let note_h = if self.note.is_some() { 3 } else { 0 };
        let [body, note] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(note_h)]).areas(area);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        if let Some(ta) = &self.note {
            ta.render(note, buf);
        }
    }
}
