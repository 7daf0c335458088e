//! Empathise and apologise: one line, typed or picked from the playbook's
//! phrase bank, then made one's own.

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Block, List, ListState, Paragraph, StatefulWidget, Widget, Wrap},
};
use ratatui_textarea::TextArea;

use super::{StepScreen, View};
use crate::domain::coach::{Coach, Finding, LineKind};
use crate::domain::{EventKind, Step, StepKind};
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::{
    coach_panel, field, phrase_list,
    phrase_undo::{self, PhraseUndo},
    scroll_hint, theme,
    wrap::height,
};

pub struct LineScreen {
    step: Step,
    editor: TextArea<'static>,
    editing: bool,
    pick: usize,
    /// The coach's findings on the line as typed (a line is short, so this
    /// is refreshed on each edit).
    findings: Vec<Finding>,
    /// The coach for this case's review, made at the first check of a typed
    /// line (not when the case opens: making one compiles the rules).
    coach: Option<Coach>,
    /// The phrase just put in, so one undo takes it back out whole.
    phrase: Option<PhraseUndo>,
}

const FIELD: &str = "your words";

impl LineScreen {
    pub fn new(step: &Step, view: &View) -> LineScreen {
        let mut editor = field::text_area(Self::recorded(step.kind, view), FIELD);
        field::set_focus(&mut editor, FIELD, false);
        let mut s = LineScreen {
            step: step.clone(),
            editor,
            editing: false,
            pick: 0,
            findings: Vec::new(),
            coach: None,
            phrase: None,
        };
        s.recheck(view);
        s
    }

    fn recheck(&mut self, view: &View) {
        let kind = if self.step.kind == StepKind::Apologise {
            LineKind::Apology
        } else {
            LineKind::Empathy
        };
        let text = field::text(&self.editor);
        self.findings = if text.trim().is_empty() {
            Vec::new()
        } else {
            let fits = (self.coach.as_ref()).is_some_and(|c| c.is_for(&view.case.review.text));
            let coach = match &mut self.coach {
                Some(c) if fits => c,
                slot => slot.insert(view.case.coach()),
            };
            coach.check_line(kind, &text)
        };
    }

    fn recorded<'v>(kind: StepKind, view: &'v View) -> &'v str {
        if kind == StepKind::Apologise {
            &view.case.response.apology
        } else {
            &view.case.response.empathy
        }
    }

    fn event(&self, text: String) -> EventKind {
        if self.step.kind == StepKind::Apologise {
            EventKind::ApologyWritten { text }
        } else {
            EventKind::EmpathyWritten { text }
        }
    }

    fn set_editing(&mut self, on: bool) {
        self.editing = on;
        field::set_focus(&mut self.editor, FIELD, on);
    }

    /// The typed line as an event, if it differs from what is recorded.
    fn changed(&self, view: &View) -> Option<EventKind> {
        let text = field::text(&self.editor).trim().to_string();
        (!text.is_empty() && text != Self::recorded(self.step.kind, view)).then(|| self.event(text))
    }
}

impl StepScreen for LineScreen {
    fn commands(&self, _view: &View) -> Vec<Command> {
        if self.editing {
            vec![
                keys::hint(Scope::LineTyping, Cmd::Save),
                Command::new("^Z", "undo").when(self.editor.can_undo()),
                keys::hint(Scope::LineTyping, Cmd::StopTyping),
            ]
        } else {
            let phrases = !self.step.phrases.is_empty();
            vec![
                keys::pair(Scope::Line, Cmd::Up, Cmd::Down, "pick a phrase").when(phrases),
                keys::hint(Scope::Line, Cmd::Confirm).when(phrases),
                keys::hint(Scope::Line, Cmd::Edit),
            ]
        }
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        if self.editing {
            return match keys::resolve(Scope::LineTyping, key) {
                Some(Cmd::Save) => {
                    self.set_editing(false);
                    match self.changed(view) {
                        Some(e) => Outcome::record(vec![e]),
                        None if field::text(&self.editor).trim().is_empty() => {
                            Outcome::Emit(crate::tui::action::Action::Say(
                                "Write a line first, or pick one.".into(),
                            ))
                        }
                        None => Outcome::Consumed,
                    }
                }
                Some(Cmd::StopTyping) => {
                    self.set_editing(false);
                    Outcome::Consumed
                }
                _ if phrase_undo::is_undo(key) => {
                    if phrase_undo::undo(&mut self.editor, &mut self.phrase) {
                        self.recheck(view);
                    }
                    Outcome::Consumed
                }
                _ => {
                    if self.editor.input(key) {
                        self.recheck(view);
                    }
                    Outcome::Consumed
                }
            };
        }
        let n = self.step.phrases.len();
        match keys::resolve(Scope::Line, key) {
            Some(Cmd::Down) if n > 0 => self.pick = (self.pick + 1) % n,
            Some(Cmd::Up) if n > 0 => self.pick = (self.pick + n - 1) % n,
            Some(Cmd::Confirm) if n > 0 => {
                // The phrase goes into the field to be made one's own,
                // after any words already there (never over them; one ^Z
                // in the field takes the phrase and its space back out).
                let mut phrase = self.step.phrases[self.pick].clone();
                let typed = field::text(&self.editor);
                self.editor.cancel_selection();
                self.editor
                    .move_cursor(ratatui_textarea::CursorMove::Bottom);
                self.editor.move_cursor(ratatui_textarea::CursorMove::End);
                if !typed.is_empty() && !typed.ends_with(char::is_whitespace) {
                    phrase.insert(0, ' ');
                }
                self.phrase = Some(PhraseUndo::insert(&mut self.editor, &phrase));
                self.set_editing(true);
                self.recheck(view);
            }
            Some(Cmd::Edit) => self.set_editing(true),
            _ => return Outcome::Ignored,
        }
        Outcome::Consumed
    }

    fn editing(&self) -> bool {
        self.editing
    }

    fn typing(&self, view: &View) -> Vec<EventKind> {
        self.changed(view).into_iter().collect()
    }

    fn flush(&mut self, view: &View) -> Vec<EventKind> {
        self.typing(view)
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let lines: Vec<Line> = self
            .findings
            .iter()
            .map(|f| coach_panel::line(f, false))
            .collect();
        let (findings, coach_h) = finding_rows(lines, area.width);
        let [prompt, editor, coach, bank] = Layout::vertical([
            Constraint::Length(height(&self.step.prompt, area.width)),
            Constraint::Length(4),
            Constraint::Length(coach_h),
            Constraint::Fill(1),
        ])
        .areas(area);
        findings.render(coach, buf);
        Paragraph::new(self.step.prompt.clone())
            .wrap(Wrap { trim: true })
            .render(prompt, buf);
        self.editor.render(editor, buf);
        scroll_hint::render(&self.editor, editor, buf);
        let recorded = Self::recorded(self.step.kind, view);
        let title = if recorded.is_empty() {
            format!(
                " Phrase bank — {} puts one in the field ",
                keys::hint(Scope::Line, Cmd::Confirm).key
            )
        } else {
            format!(
                " Saved ✓ — pick another or press {} for the next step ",
                keys::hint(Scope::Case, Cmd::NextStep).key
            )
        };
        // Phrases wrap, so a long one is readable in full at 80 columns.
        let width = bank.width.saturating_sub(2) as usize;
        let marked = (!self.editing).then_some(self.pick);
        let items = phrase_list::items(&self.step.phrases, width, marked);
        let mut state = ListState::default().with_selected(marked);
        StatefulWidget::render(
            List::new(items)
                .block(Block::bordered().title(title).border_style(theme::dim()))
                .highlight_style(theme::selected()),
            bank,
            buf,
            &mut state,
        );
    }
}

/// At most this many rows of findings, so the phrase bank keeps its room.
const FINDING_ROWS: usize = 5;

/// The findings and the rows they take: each wraps whole, so its advice can
/// be read to the end, while that fits; when it would not, one row per
/// finding, so none is pushed out of sight by another's advice.
fn finding_rows(lines: Vec<Line<'static>>, width: u16) -> (Paragraph<'static>, u16) {
    if lines.is_empty() {
        return (Paragraph::default(), 0);
    }
    let count = lines.len();
    let wrapped = Paragraph::new(lines.clone()).wrap(Wrap { trim: true });
    let rows = wrapped.line_count(width.max(1));
    if rows <= FINDING_ROWS {
        return (wrapped, rows as u16);
    }
    let cut: Vec<Line> = lines.into_iter().map(|l| cut_line(l, width)).collect();
    (Paragraph::new(cut), count.min(FINDING_ROWS) as u16)
}

/// `line` cut to `width` columns with "…" where cut, keeping its styles, so
/// a finding shown on one row says it goes on (`?` or the next step shows it).
fn cut_line(line: Line<'static>, width: u16) -> Line<'static> {
    let width = usize::from(width);
    if line.width() <= width {
        return line;
    }
    let mut spans = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let w = span.width();
        if used + w < width {
            used += w;
            spans.push(span);
            continue;
        }
        // More follows this span, so it always ends in "…".
        let more = format!("{}…", span.content);
        let rest = crate::present::columns::fit(&more, width - used);
        spans.push(Span::styled(rest.trim_end().to_string(), span.style));
        break;
    }
    Line::from(spans).style(line.style)
}
