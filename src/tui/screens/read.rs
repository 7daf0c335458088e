//! Read: the whole review in a pane. A read counts when the person has
//! scrolled from the top to the very end and says so; then the playbook's
//! questions (their concern, fact or misunderstanding, …).

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Block, Paragraph, Widget, Wrap},
};

use super::{StepScreen, View};
use crate::domain::coach::{Intensity, IntensityLabel, review_intensity};
use crate::domain::playbook::Question;
use crate::domain::{EventKind, Step};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::mouse;
use crate::tui::widgets::line_input::LineInput;
use crate::tui::widgets::{
    theme,
    wrap::{hanging, wrap},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Focus {
    Review,
    Question(usize),
}

pub struct ReadScreen {
    step: Step,
    text: String,
    scroll: usize,
    /// Set when a pass started at the top; a read counts only then.
    from_top: bool,
    focus: Focus,
    /// Picked option per question (for questions with options).
    picks: Vec<usize>,
    editor: Option<LineInput>,
    /// Width and height of the review pane at the last draw. Layout feedback
    /// only: scrolling needs to know where the end is.
    pane: Cell<(usize, usize)>,
    /// The review wrapped at the pane's width: wrapped again only when the
    /// width changes, not on every key and frame.
    wrapped: RefCell<(usize, Rc<Vec<String>>)>,
    /// How angry the review reads (VADER), shown while reading: worked out
    /// at the first draw of this step, not when the case opens (it compiles
    /// the coach's built-in rules, tens of milliseconds).
    intensity: OnceCell<Intensity>,
}

impl ReadScreen {
    pub fn new(step: &Step, view: &View) -> ReadScreen {
        let picks = step
            .questions
            .iter()
            .map(|q| {
                let answer = view.case.preparation.answers.get(&q.id);
                q.options
                    .iter()
                    .position(|o| Some(o) == answer)
                    .unwrap_or(0)
            })
            .collect();
        let r = &view.case.review;
        let header = format!("{} · {} · {}\n\n", r.customer, r.stars(), r.platform);
        ReadScreen {
            step: step.clone(),
            // Hidden characters shown by name: the person reads what is there.
            text: crate::domain::visible::reveal(&format!("{header}{}", r.full_text()))
                .into_owned(),
            scroll: 0,
            from_top: true,
            focus: Focus::Review,
            picks,
            editor: None,
            pane: Cell::new((60, 10)),
            wrapped: RefCell::new((0, Rc::new(Vec::new()))),
            intensity: OnceCell::new(),
        }
    }

    fn lines(&self) -> Rc<Vec<String>> {
        let width = self.pane.get().0;
        let mut cache = self.wrapped.borrow_mut();
        if cache.0 != width {
            *cache = (width, Rc::new(wrap(&self.text, width)));
        }
        Rc::clone(&cache.1)
    }

    fn max_scroll(&self) -> usize {
        self.lines().len().saturating_sub(self.pane.get().1)
    }

    fn at_end(&self) -> bool {
        self.scroll >= self.max_scroll()
    }

    fn scroll_to(&mut self, to: usize) {
        self.scroll = to.min(self.max_scroll());
        if self.scroll == 0 {
            self.from_top = true;
        }
    }

    fn reads_done(&self, view: &View) -> bool {
        view.case.preparation.reads >= view.case.reads_needed(&self.step)
    }

    fn question(&self, i: usize) -> &Question {
        &self.step.questions[i]
    }

    fn answer_event(&self, i: usize, answer: String) -> EventKind {
        EventKind::Answered {
            question: self.question(i).id.clone(),
            answer,
        }
    }

    fn handle_review_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        let page = self.pane.get().1.max(2) - 1;
        match keys::resolve(Scope::Read, key) {
            Some(Cmd::Down) => self.scroll_to(self.scroll + 1),
            Some(Cmd::Up) => self.scroll_to(self.scroll.saturating_sub(1)),
            Some(Cmd::PageDown) => self.scroll_to(self.scroll + page),
            Some(Cmd::PageUp) => self.scroll_to(self.scroll.saturating_sub(page)),
            Some(Cmd::ToTop) => self.scroll_to(0),
            Some(Cmd::ToEnd) => self.scroll_to(usize::MAX),
            // Read as often as the step asks: another Enter adds nothing.
            Some(Cmd::ReadThrough) if self.reads_done(view) => return Outcome::Ignored,
            Some(Cmd::ReadThrough) if self.at_end() && self.from_top => {
                if view.now < view.case.next_read_counts_at() {
                    return Outcome::Emit(Action::Say(
                        "That was quick — take your time and read it through once more.".into(),
                    ));
                }
                // Back to the top for the next read.
                self.scroll = 0;
                self.from_top = true;
                return Outcome::record(vec![EventKind::ReadThrough]);
            }
            Some(Cmd::NextQuestion) if !self.step.questions.is_empty() => {
                self.focus = Focus::Question(0)
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Consumed
    }

    fn handle_question_key(&mut self, i: usize, key: KeyEvent, view: &View) -> Outcome {
        let n = self.step.questions.len();
        let has_options = !self.question(i).options.is_empty();
        match keys::resolve(Scope::ReadQuestions, key) {
            Some(Cmd::NextQuestion) => {
                self.focus = if i + 1 < n {
                    Focus::Question(i + 1)
                } else {
                    Focus::Review
                }
            }
            Some(Cmd::Up) if i == 0 => self.focus = Focus::Review,
            Some(Cmd::Up) => self.focus = Focus::Question(i - 1),
            Some(Cmd::Down) if i + 1 < n => self.focus = Focus::Question(i + 1),
            Some(Cmd::Left) if has_options => self.picks[i] = self.picks[i].saturating_sub(1),
            Some(Cmd::Right) if has_options => {
                self.picks[i] = (self.picks[i] + 1).min(self.question(i).options.len() - 1)
            }
            Some(Cmd::Confirm) if has_options => {
                // The marker stays on the question just answered, as on
                // Diagnose: the footer says ↓ moves on, and a marker that
                // moved by itself made "↓ Enter" land a question further.
                let answer = self.question(i).options[self.picks[i]].clone();
                return Outcome::record(vec![self.answer_event(i, answer)]);
            }
            Some(Cmd::Confirm | Cmd::Edit) => {
                let current = view
                    .case
                    .preparation
                    .answers
                    .get(&self.question(i).id)
                    .cloned()
                    .unwrap_or_default();
                self.editor = Some(LineInput::new(&current, "your answer — Enter to save"));
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Consumed
    }

    fn handle_editor_key(&mut self, i: usize, key: KeyEvent) -> Outcome {
        let Some(editor) = self.editor.as_mut() else {
            return Outcome::Ignored;
        };
        match editor.handle(Scope::ReadAnswer, key) {
            // Saved or not, the marker stays on this question (see Confirm).
            Some(Cmd::Save | Cmd::StopTyping) => {
                let answer = editor.trimmed();
                self.editor = None;
                if answer.is_empty() {
                    Outcome::Consumed
                } else {
                    Outcome::record(vec![self.answer_event(i, answer)])
                }
            }
            _ => Outcome::Consumed,
        }
    }

    /// How many reads are done and what Enter does now.
    fn render_status(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let min = view.case.reads_needed(&self.step);
        let done = view.case.preparation.reads >= min;
        Paragraph::new(Line::from(vec![
            Span::styled(
                format!("Read {} of {}", view.case.preparation.reads.min(min), min),
                if done { theme::done() } else { theme::closed() },
            ),
            Span::styled(
                if done {
                    " — done"
                } else if self.at_end() && self.from_top {
                    " — at the end: Enter"
                } else {
                    " — scroll to the end"
                },
                theme::dim(),
            ),
        ]))
        .render(area, buf);
    }

    /// One option per row, so none is cut in half; the one ←→ has marked
    /// shows "(•)" as well as its highlight, so it is seen without colour,
    /// and the saved answer a "✓" (the marker stays after Enter).
    fn option_lines(&self, i: usize, width: usize, saved: Option<&String>) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        for (j, o) in self.question(i).options.iter().enumerate() {
            let (mark, style) = if j == self.picks[i] {
                ("(•) ", theme::selected())
            } else {
                ("( ) ", theme::dim())
            };
            let lead = vec![Span::raw("    "), Span::styled(mark, style)];
            let mut rows = hanging(lead, o, style, width.saturating_sub(2));
            if saved == Some(o)
                && let Some(last) = rows.last_mut()
            {
                last.push_span(Span::styled(" ✓", theme::done()));
            }
            lines.extend(rows);
        }
        lines
    }

    fn render_questions(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let width = area.width as usize;
        let mut lines = Vec::new();
        let mut editor_row = None;
        for (i, q) in self.step.questions.iter().enumerate() {
            let focused = self.focus == Focus::Question(i);
            let marker = if focused { "› " } else { "  " };
            let style = if focused {
                theme::title()
            } else {
                ratatui::style::Style::new()
            };
            lines.extend(hanging(
                vec![Span::styled(marker, theme::key())],
                &q.text,
                style,
                width,
            ));
            let answer = view.case.preparation.answers.get(&q.id);
            if focused && self.editor.is_some() {
                editor_row = Some(lines.len());
                lines.extend([Line::from(""), Line::from(""), Line::from("")]);
            } else if focused && !q.options.is_empty() {
                lines.extend(self.option_lines(i, width, answer));
            } else {
                let (lead, text, style) = match answer {
                    Some(a) => ("    ✓ ", a.as_str(), theme::done()),
                    None => ("    ", "(not answered)", theme::dim()),
                };
                lines.extend(hanging(vec![Span::styled(lead, style)], text, style, width));
            }
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        if let (Some(row), Some(editor)) = (editor_row, &self.editor) {
            let r = Rect {
                x: area.x + 2,
                y: area.y + row as u16,
                width: area.width.saturating_sub(2),
                height: 3.min(area.height.saturating_sub(row as u16)),
            };
            editor.render(r, buf);
        }
    }
}

impl StepScreen for ReadScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        match (self.focus, &self.editor) {
            (Focus::Question(_), Some(_)) => vec![
                keys::hint(Scope::ReadAnswer, Cmd::Save),
                keys::hint(Scope::ReadAnswer, Cmd::StopTyping),
            ],
            (Focus::Question(i), None) => {
                let s = Scope::ReadQuestions;
                let opts = !self.question(i).options.is_empty();
                let answer = keys::hint(s, Cmd::Confirm);
                vec![
                    keys::pair(s, Cmd::Left, Cmd::Right, "choose").when(opts),
                    if opts {
                        answer
                    } else {
                        answer.labelled("type answer")
                    },
                    keys::group(
                        s,
                        &[Cmd::Up, Cmd::Down, Cmd::NextQuestion],
                        "other question",
                    ),
                ]
            }
            (Focus::Review, _) => {
                let s = Scope::Read;
                let mut cmds = vec![keys::group(
                    s,
                    &[Cmd::Down, Cmd::Up, Cmd::PageDown],
                    "scroll",
                )];
                if !self.reads_done(view) {
                    cmds.push(keys::hint(s, Cmd::ReadThrough).when(self.at_end() && self.from_top));
                }
                cmds.extend([
                    keys::pair(s, Cmd::ToTop, Cmd::ToEnd, "top/end"),
                    keys::hint(s, Cmd::NextQuestion).when(!self.step.questions.is_empty()),
                ]);
                cmds
            }
        }
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        match self.focus {
            Focus::Question(i) if self.editor.is_some() => self.handle_editor_key(i, key),
            Focus::Question(i) => self.handle_question_key(i, key, view),
            Focus::Review => self.handle_review_key(key, view),
        }
    }

    fn editing(&self) -> bool {
        self.editor.is_some()
    }

    fn wheel(&mut self, down: bool, view: &View) -> Outcome {
        mouse::as_arrows(down, |key| self.handle_review_key(key, view))
    }

    fn typing(&self, view: &View) -> Vec<EventKind> {
        let (Focus::Question(i), Some(ed)) = (self.focus, &self.editor) else {
            return Vec::new();
        };
        let answer = ed.trimmed();
        let recorded = view.case.preparation.answers.get(&self.question(i).id);
        if answer.is_empty() || recorded == Some(&answer) {
            return Vec::new();
        }
        vec![self.answer_event(i, answer)]
    }

    fn flush(&mut self, _view: &View) -> Vec<EventKind> {
        match (self.focus, self.editor.take()) {
            (Focus::Question(i), Some(ed)) if !ed.trimmed().is_empty() => {
                vec![self.answer_event(i, ed.trimmed())]
            }
            _ => Vec::new(),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        // The review gets the room until the person turns to the questions.
        let q_height = match self.focus {
            _ if self.step.questions.is_empty() => 0,
            Focus::Review => 1,
            Focus::Question(_) => {
                (self.step.questions.len() as u16 * 2 + 3).min(area.height * 2 / 3)
            }
        };
        let [status, pane, questions] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(q_height),
        ])
        .areas(area);
        self.render_status(status, buf, view);
        let block = Block::bordered()
            .title(tone_title(
                self.intensity
                    .get_or_init(|| review_intensity(&view.case.review.full_text())),
                view.case.review.rating,
            ))
            .border_style(if self.focus == Focus::Review {
                theme::focus_border()
            } else {
                theme::dim()
            });
        let inner = block.inner(pane);
        block.render(pane, buf);
        self.pane.set((inner.width as usize, inner.height as usize));
        let lines = self.lines();
        let shown: Vec<Line> = lines
            .iter()
            .skip(self.scroll)
            .take(inner.height as usize)
            .map(|l| Line::from(l.clone()))
            .collect();
        Paragraph::new(shown).render(inner, buf);
        if self.focus == Focus::Review && q_height > 0 {
            let answered = self
                .step
                .questions
                .iter()
                .filter(|q| view.case.preparation.answers.contains_key(&q.id))
                .count();
            Paragraph::new(Line::styled(
                format!(
                    "Questions: {answered} of {} answered — {} to answer",
                    self.step.questions.len(),
                    keys::hint(Scope::Read, Cmd::NextQuestion).key
                ),
                if answered == self.step.questions.len() {
                    theme::done()
                } else {
                    theme::closed()
                },
            ))
            .render(questions, buf);
        } else if q_height > 0 {
            self.render_questions(questions, buf, view);
        }
    }
}

/// The review pane's title: the tone and what it rests on. A review can
/// read upset as a whole with no one sentence negative enough to count, and
/// "upset: 0 of 4 sentences negative" would contradict itself.
/// The pane's title: how the review is worded. Calm words on a low rating
/// say so, so "calm" is not read as "not upset": the stars say how it felt.
fn tone_title(i: &Intensity, rating: Option<u8>) -> String {
    let label = i.label.as_str();
    if let (IntensityLabel::Calm, Some(stars @ 1..=3)) = (i.label, rating) {
        format!(" The review — worded calmly, but rated {stars}★ ")
    } else if i.negative == 0 && i.label != IntensityLabel::Calm {
        format!(" The review — tone {label} as a whole ")
    } else {
        format!(
            " The review — tone {label}: {} of {} sentences negative ",
            i.negative, i.sentences
        )
    }
}

#[cfg(test)]
#[path = "read_tone_title_tests.rs"]
mod tone_title_tests;
