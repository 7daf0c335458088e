//! Diagnosis: a blameless look at the process — what happened, five whys
//! down to the root cause, the fix, who owns it, whether the customer knows.

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    style::Style,
    text::{Line, Span},
    widgets::{Paragraph, Widget, Wrap},
};

use super::{StepScreen, View};
use crate::domain::alarm::{Precedent, alarms};
use crate::domain::coach::DraftPart;
use crate::domain::{Diagnosis, EventKind, Step};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::line_input::LineInput;
use crate::tui::widgets::{
    coach_panel, theme,
    wrap::{hanging, height},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Category,
    WhatHappened,
    Why(usize),
    ProcessFix,
    Owner,
    CustomerTold,
}

const FIELDS: [Field; 10] = [
    Field::Category,
    Field::WhatHappened,
    Field::Why(0),
    Field::Why(1),
    Field::Why(2),
    Field::Why(3),
    Field::Why(4),
    Field::ProcessFix,
    Field::Owner,
    Field::CustomerTold,
];

impl Field {
    fn label(self) -> String {
        match self {
            Field::Category => "Category".into(),
            Field::WhatHappened => "What happened".into(),
            Field::Why(0) => "Why? (1)".into(),
            Field::Why(i) => format!("Why? ({})", i + 1),
            Field::ProcessFix => "Process fix".into(),
            Field::Owner => "Owner of the fix".into(),
            Field::CustomerTold => "Customer told?".into(),
        }
    }
}

pub struct DiagnosisScreen {
    step: Step,
    draft: Diagnosis,
    row: usize,
    editor: Option<LineInput>,
    /// The other diagnosed cases, for the recurring alarm.
    history: Vec<Precedent>,
}

impl DiagnosisScreen {
    pub fn new(step: &Step, view: &View, history: Vec<Precedent>) -> DiagnosisScreen {
        let mut draft = view.case.diagnosis.clone().unwrap_or_default();
        draft.whys.resize(5, String::new());
        DiagnosisScreen {
            step: step.clone(),
            draft,
            row: 0,
            editor: None,
            history,
        }
    }

    /// The recurring alarm for the diagnosis as it stands on screen, so it
    /// shows the moment a category or root cause is one we keep getting.
    fn alarm_lines(&self, view: &View) -> Vec<String> {
        let case = view.case;
        let at = case.review.received_at;
        alarms(
            &case.id,
            at,
            &self.draft,
            &self.history,
            &case.playbook.patterns,
        )
        .iter()
        .map(|a| format!("⚠ Recurring: {}.", a.headline()))
        .collect()
    }

    fn value(&self, f: Field) -> String {
        match f {
            Field::Category => self.draft.category.clone(),
            Field::WhatHappened => self.draft.what_happened.clone(),
            Field::Why(i) => self.draft.whys[i].clone(),
            Field::ProcessFix => self.draft.process_fix.clone(),
            Field::Owner => self.draft.owner.clone(),
            Field::CustomerTold => match self.draft.customer_told {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
        }
    }

    fn set(&mut self, f: Field, v: String) {
        set_field(&mut self.draft, f, v);
    }

    fn record(&self, view: &View) -> Outcome {
        let events = record_of(&self.draft, view);
        if events.is_empty() {
            Outcome::Consumed
        } else {
            Outcome::record(events)
        }
    }

    fn cycle_category(&mut self, step: isize) {
        let cats = &self.step.categories;
        if cats.is_empty() {
            return;
        }
        let n = cats.len() as isize;
        let at = cats
            .iter()
            .position(|c| *c == self.draft.category)
            .map_or(-1, |i| i as isize);
        let next = (at + step).rem_euclid(n) as usize;
        self.draft.category = cats[next].clone();
    }

    fn finish_edit(&mut self, view: &View) -> Outcome {
        let Some(ed) = self.editor.take() else {
            return Outcome::Ignored;
        };
        // The marker stays on the field just saved: the footer says ↓ moves
        // to the next, and a marker that moved by itself made "↓ Enter"
        // land a field further than meant (found walking it by hand).
        let f = FIELDS[self.row];
        self.set(f, ed.trimmed());
        self.record(view)
    }
}

fn set_field(d: &mut Diagnosis, f: Field, v: String) {
    match f {
        Field::Category => d.category = v,
        Field::WhatHappened => d.what_happened = v,
        Field::Why(i) => d.whys[i] = v,
        Field::ProcessFix => d.process_fix = v,
        Field::Owner => d.owner = v,
        Field::CustomerTold => {}
    }
}

/// The event recording `d`, unless the case already holds it.
fn record_of(d: &Diagnosis, view: &View) -> Vec<EventKind> {
    let mut d = d.clone();
    // Trailing empty whys are not part of the record.
    while d.whys.last().is_some_and(|w| w.trim().is_empty()) {
        d.whys.pop();
    }
    if view.case.diagnosis.as_ref() == Some(&d) {
        return Vec::new();
    }
    vec![EventKind::DiagnosisLogged { diagnosis: d }]
}

impl StepScreen for DiagnosisScreen {
    fn commands(&self, _view: &View) -> Vec<Command> {
        if self.editor.is_some() {
            return vec![
                keys::hint(Scope::DiagnosisTyping, Cmd::Save),
                keys::hint(Scope::DiagnosisTyping, Cmd::StopTyping),
            ];
        }
        let f = FIELDS[self.row];
        let s = Scope::Diagnosis;
        vec![
            keys::pair(s, Cmd::Up, Cmd::Down, "field"),
            keys::hint(s, Cmd::Edit).when(!matches!(f, Field::CustomerTold)),
            keys::pair(s, Cmd::Left, Cmd::Right, "category").when(f == Field::Category),
            keys::group(
                s,
                &[Cmd::Yes, Cmd::Left, Cmd::Right],
                "customer told: yes / no",
            )
            .when(f == Field::CustomerTold),
        ]
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        if let Some(ed) = self.editor.as_mut() {
            return match ed.handle(Scope::DiagnosisTyping, key) {
                Some(Cmd::Save | Cmd::StopTyping) => self.finish_edit(view),
                _ => Outcome::Consumed,
            };
        }
        let f = FIELDS[self.row];
        match keys::resolve(Scope::Diagnosis, key) {
            Some(Cmd::Down) => self.row = (self.row + 1).min(FIELDS.len() - 1),
            Some(Cmd::Up) => self.row = self.row.saturating_sub(1),
            Some(Cmd::Left) if f == Field::Category => {
                self.cycle_category(-1);
                return self.record(view);
            }
            Some(Cmd::Right) if f == Field::Category => {
                self.cycle_category(1);
                return self.record(view);
            }
            Some(Cmd::Yes) if f == Field::CustomerTold => {
                self.draft.customer_told = Some(true);
                return self.record(view);
            }
            Some(Cmd::Left | Cmd::Right) if f == Field::CustomerTold => {
                self.draft.customer_told = Some(!self.draft.customer_told.unwrap_or(true));
                return self.record(view);
            }
            Some(Cmd::Edit) if f != Field::CustomerTold => {
                let title = format!("{} — Enter to save", f.label());
                self.editor = Some(LineInput::new(&self.value(f), &title));
            }
            // Not a text field: Enter answers nothing here, and must not
            // reach the case (where a person who thinks they are typing
            // would send letters as commands).
            Some(Cmd::Edit) => {
                return Outcome::Emit(Action::Say(format!(
                    "Customer told? is answered with {} (yes) or {} (yes / no).",
                    keys::hint(Scope::Diagnosis, Cmd::Yes).key,
                    keys::pair(Scope::Diagnosis, Cmd::Left, Cmd::Right, "").key,
                )));
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Consumed
    }

    fn editing(&self) -> bool {
        self.editor.is_some()
    }

    fn typing(&self, view: &View) -> Vec<EventKind> {
        let Some(ed) = &self.editor else {
            return Vec::new();
        };
        let mut d = self.draft.clone();
        set_field(&mut d, FIELDS[self.row], ed.trimmed());
        record_of(&d, view)
    }

    fn flush(&mut self, view: &View) -> Vec<EventKind> {
        match self.finish_edit(view) {
            Outcome::Emit(crate::tui::action::Action::Record { events, .. }) => events,
            _ => Vec::new(),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let edit_h = if self.editor.is_some() { 3 } else { 0 };
        let alarm = self.alarm_lines(view).join("\n");
        let alarm_h = if alarm.is_empty() {
            0
        } else {
            height(&alarm, area.width)
        };
        let [prompt, alarm_area, form, editor] = Layout::vertical([
            Constraint::Length(height(&self.step.prompt, area.width)),
            Constraint::Length(alarm_h),
            Constraint::Fill(1),
            Constraint::Length(edit_h),
        ])
        .areas(area);
        Paragraph::new(self.step.prompt.clone())
            .wrap(Wrap { trim: true })
            .render(prompt, buf);
        Paragraph::new(alarm)
            .style(theme::warn())
            .wrap(Wrap { trim: true })
            .render(alarm_area, buf);
        let missing = self.draft.missing();
        let lines: Vec<Line> = FIELDS
            .iter()
            .enumerate()
            .flat_map(|(i, f)| {
                let v = self.value(*f);
                let hint = match f {
                    Field::Category if v.is_empty() => "←→ to choose",
                    Field::CustomerTold if v.is_empty() => "y = yes, ←→ yes/no",
                    Field::Why(i) if *i > 0 && v.is_empty() => "(optional: ask why again)",
                    _ if v.is_empty() => "—",
                    _ => "",
                };
                let label = vec![Span::styled(format!("{:<17}", f.label()), theme::title())];
                // A long answer wraps under itself, not under the labels.
                let rows = if v.is_empty() {
                    hanging(label, hint, theme::dim(), form.width.into())
                } else {
                    hanging(label, &v, Style::new(), form.width.into())
                };
                let selected = i == self.row && self.editor.is_none();
                rows.into_iter().map(move |line| {
                    if selected {
                        line.patch_style(theme::selected())
                    } else {
                        line
                    }
                })
            })
            .chain(std::iter::once(Line::styled(
                if missing.is_empty() {
                    "Complete ✓".to_string()
                } else {
                    format!("Still needed: {}", missing.join(", "))
                },
                if missing.is_empty() {
                    theme::done()
                } else {
                    theme::closed()
                },
            )))
            .chain(blame_lines(&self.draft, view))
            .collect();
        // Not trimmed: the wrapped rows of an answer start with their indent.
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(form, buf);
        if let Some(ed) = &self.editor {
            ed.render(editor, buf);
        }
    }
}

/// The coach on the diagnosis: a person blamed where a process should be
/// (the owner field names a person on purpose, so it is left out).
fn blame_lines(d: &Diagnosis, view: &View) -> Vec<Line<'static>> {
    let text: Vec<&str> = std::iter::once(d.what_happened.as_str())
        .chain(d.whys.iter().map(String::as_str))
        .chain(std::iter::once(d.process_fix.as_str()))
        .collect();
    coach_panel::blame_lines(DraftPart::Diagnosis, &text.join("\n"), &view.case.shop)
}
