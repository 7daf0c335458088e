//! Choices: at least `min_choices` ways to put things right, and by when.
//! Offering a couple of options lets the customer feel in control.

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Block, Paragraph, Widget, Wrap},
};

use super::{StepScreen, View};
use crate::domain::{EventKind, Step};
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::line_input::LineInput;
use crate::tui::widgets::{
    theme,
    wrap::{height, wrap},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Editing {
    NewChoice,
    Timeline,
}

pub struct ChoicesScreen {
    step: Step,
    /// Row in [chosen…, suggestions…].
    cursor: usize,
    editing: Option<(Editing, LineInput)>,
}

impl ChoicesScreen {
    pub fn new(step: &Step) -> ChoicesScreen {
        ChoicesScreen {
            step: step.clone(),
            cursor: 0,
            editing: None,
        }
    }

    fn suggestions<'a>(&'a self, view: &View) -> Vec<&'a String> {
        self.step
            .phrases
            .iter()
            .filter(|p| !view.case.response.choices.contains(p))
            .collect()
    }

    fn rows(&self, view: &View) -> usize {
        view.case.response.choices.len() + self.suggestions(view).len()
    }

    fn set(choices: Vec<String>, timeline: String) -> Outcome {
        Outcome::record(vec![EventKind::ChoicesSet { choices, timeline }])
    }

    fn edit(&mut self, what: Editing, text: &str) {
        let title = match what {
            Editing::NewChoice => "a choice in your words — Enter to add",
            Editing::Timeline => "timeline, e.g. \"sent within 2 working days\" — Enter to save",
        };
        self.editing = Some((what, LineInput::new(text, title)));
    }

    /// What recording the field being typed would record.
    fn typed_events(&self, view: &View) -> Vec<EventKind> {
        let Some((what, ta)) = &self.editing else {
            return Vec::new();
        };
        let text = ta.trimmed();
        let case = view.case;
        let (choices, timeline) = match what {
            _ if text.is_empty() => return Vec::new(),
            Editing::NewChoice => {
                let mut choices = case.response.choices.clone();
                choices.push(text);
                (choices, case.response.timeline.clone())
            }
            Editing::Timeline if text == case.response.timeline => return Vec::new(),
            Editing::Timeline => (case.response.choices.clone(), text),
        };
        vec![EventKind::ChoicesSet { choices, timeline }]
    }

    fn finish_edit(&mut self, view: &View) -> Outcome {
        if self.editing.is_none() {
            return Outcome::Ignored;
        }
        let events = self.typed_events(view);
        self.editing = None;
        if events.is_empty() {
            Outcome::Consumed
        } else {
            Outcome::record(events)
        }
    }
}

impl StepScreen for ChoicesScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        if self.editing.is_some() {
            return vec![
                keys::hint(Scope::ChoicesTyping, Cmd::Save),
                keys::hint(Scope::ChoicesTyping, Cmd::StopTyping),
            ];
        }
        let s = Scope::Choices;
        vec![
            keys::pair(s, Cmd::Up, Cmd::Down, "move"),
            keys::hint(s, Cmd::Confirm),
            keys::hint(s, Cmd::Add),
            keys::hint(s, Cmd::Remove).when(self.cursor < view.case.response.choices.len()),
            keys::hint(s, Cmd::Timeline),
        ]
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        if let Some((_, ta)) = self.editing.as_mut() {
            return match ta.handle(Scope::ChoicesTyping, key) {
                Some(Cmd::Save | Cmd::StopTyping) => self.finish_edit(view),
                _ => Outcome::Consumed,
            };
        }
        let rows = self.rows(view);
        let chosen = view.case.response.choices.len();
        match keys::resolve(Scope::Choices, key) {
            Some(Cmd::Down) if rows > 0 => self.cursor = (self.cursor + 1).min(rows - 1),
            Some(Cmd::Up) => self.cursor = self.cursor.saturating_sub(1),
            Some(Cmd::Confirm) if self.cursor >= chosen && self.cursor < rows => {
                let pick = self.suggestions(view)[self.cursor - chosen].clone();
                let mut choices = view.case.response.choices.clone();
                choices.push(pick);
                self.cursor = choices.len() - 1;
                return Self::set(choices, view.case.response.timeline.clone());
            }
            Some(Cmd::Remove) if self.cursor < chosen => {
                let mut choices = view.case.response.choices.clone();
                choices.remove(self.cursor);
                return Self::set(choices, view.case.response.timeline.clone());
            }
            Some(Cmd::Add) => self.edit(Editing::NewChoice, ""),
            Some(Cmd::Timeline) => {
                let current = view.case.response.timeline.clone();
                self.edit(Editing::Timeline, &current);
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Consumed
    }

    fn editing(&self) -> bool {
        self.editing.is_some()
    }

    fn typing(&self, view: &View) -> Vec<EventKind> {
        self.typed_events(view)
    }

    fn flush(&mut self, view: &View) -> Vec<EventKind> {
        match self.finish_edit(view) {
            Outcome::Emit(crate::tui::action::Action::Record { events, .. }) => events,
            _ => Vec::new(),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let case = view.case;
        let edit_h = if self.editing.is_some() { 3 } else { 0 };
        let [prompt, list, editor, timeline] = Layout::vertical([
            Constraint::Length(height(&self.step.prompt, area.width)),
            Constraint::Fill(1),
            Constraint::Length(edit_h),
            Constraint::Length(2),
        ])
        .areas(area);
        Paragraph::new(self.step.prompt.clone())
            .wrap(Wrap { trim: true })
            .render(prompt, buf);
        let (lines, cursor_line) = self.option_lines(view, list.width);
        // Keep the cursor row in view.
        let height = list.height.saturating_sub(2) as usize;
        let skip = (cursor_line + 2).saturating_sub(height);
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>())
            .block(Block::bordered().border_style(theme::dim()))
            .render(list, buf);
        if let Some((_, ta)) = &self.editing {
            ta.render(editor, buf);
        }
        let (text, style) = if case.response.timeline.trim().is_empty() {
            ("not set — press t".to_string(), theme::closed())
        } else {
            (case.response.timeline.clone(), theme::done())
        };
        Paragraph::new(Line::from(vec![
            Span::styled("Timeline: ", theme::title()),
            Span::styled(text, style),
        ]))
        .wrap(Wrap { trim: true })
        .render(timeline, buf);
    }
}

impl ChoicesScreen {
    /// The options offered and the suggestions, each wrapped, and which
    /// line the cursor's row starts on.
    fn option_lines(&self, view: &View, width: u16) -> (Vec<Line<'static>>, usize) {
        let case = view.case;
        let min = self.step.min_choices() as usize;
        let mut lines = vec![Line::styled(
            format!(
                "Offered ({} of at least {min}):",
                case.response.choices.len()
            ),
            if case.response.choices.len() >= min {
                theme::done()
            } else {
                theme::closed()
            },
        )];
        // Each option wraps, so it can be read in full before it is added.
        let width = width.saturating_sub(6) as usize;
        let mut cursor_line = 0;
        let mut push_row = |lines: &mut Vec<Line>, i: usize, mark: &str, text: &str, style| {
            let selected = i == self.cursor && self.editing.is_none();
            if selected {
                cursor_line = lines.len();
            }
            for (k, part) in wrap(text, width).into_iter().enumerate() {
                // The marked row shows "›" as well as its highlight, so it
                // is seen without colour (NO_COLOR, monochrome terminals).
                let prefix = if k == 0 {
                    format!("{} {mark} ", if selected { "›" } else { " " })
                } else {
                    "    ".to_string()
                };
                let l = Line::styled(format!("{prefix}{part}"), style);
                lines.push(if selected {
                    l.patch_style(theme::selected())
                } else {
                    l
                });
            }
        };
        for (i, c) in case.response.choices.iter().enumerate() {
            push_row(&mut lines, i, "✓", c, theme::done());
        }
        lines.push(Line::styled("Suggestions:", theme::dim()));
        for (j, s) in self.suggestions(view).iter().enumerate() {
            push_row(
                &mut lines,
                case.response.choices.len() + j,
                "+",
                s,
                ratatui::style::Style::new(),
            );
        }
        (lines, cursor_line)
    }
}
