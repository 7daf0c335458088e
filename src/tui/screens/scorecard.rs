//! The end of a practice case: its scorecard, then what a good reply must do
//! and the exemplar, to compare with. Practice is never sent, so this panel
//! takes the place of the send step.

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::Rect,
    text::Line,
    widgets::{Paragraph, Widget, Wrap},
};

use super::{StepScreen, View};
use crate::domain::practice::{Scenario, scorecard};
use crate::present::practice::scorecard_lines;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::theme;

pub struct ScorecardScreen {
    /// None when the scenario is not one heard ships (a file kept in the
    /// store): the command line reads those.
    scenario: Option<Scenario>,
    scroll: u16,
}

impl ScorecardScreen {
    pub fn new(scenario: Option<Scenario>) -> ScorecardScreen {
        ScorecardScreen {
            scenario,
            scroll: 0,
        }
    }

    fn lines(&self, view: &View) -> Vec<Line<'static>> {
        let Some(scenario) = &self.scenario else {
            return vec![Line::raw(format!(
                "This scenario came from a file: read its scorecard with `heard practice score {}`.",
                view.case.id
            ))];
        };
        let card = scorecard(view.case, scenario);
        let mut out: Vec<Line> = scorecard_lines(&card)
            .into_iter()
            .skip(1)
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    Line::styled(l, theme::title())
                } else {
                    Line::raw(l)
                }
            })
            .collect();
        out.push(Line::raw(""));
        out.push(Line::styled("A good reply here must:", theme::title()));
        out.extend(scenario.must.iter().map(|m| Line::raw(format!("  - {m}"))));
        out.push(Line::styled("Traps:", theme::title()));
        out.extend(scenario.traps.iter().map(|m| Line::raw(format!("  - {m}"))));
        let ex = scenario.exemplar_drafts();
        out.push(Line::styled("Exemplar public reply:", theme::title()));
        out.extend(ex.public.lines().map(|l| Line::raw(l.to_string())));
        out.push(Line::styled("Exemplar private message:", theme::title()));
        out.extend(ex.private.lines().map(|l| Line::raw(l.to_string())));
        out
    }
}

impl StepScreen for ScorecardScreen {
    fn commands(&self, _view: &View) -> Vec<Command> {
        vec![keys::pair(Scope::Scorecard, Cmd::Up, Cmd::Down, "scroll")]
    }

    fn handle_key(&mut self, key: KeyEvent, _view: &View) -> Outcome {
        match keys::resolve(Scope::Scorecard, key) {
            Some(Cmd::Down) => {
                self.scroll = self.scroll.saturating_add(1);
                Outcome::Consumed
            }
            Some(Cmd::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                Outcome::Consumed
            }
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let lines: Vec<Line> = self
            .lines(view)
            .into_iter()
            .map(|l| {
                let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
                Line::styled(crate::domain::visible::reveal(&text).to_string(), l.style)
            })
            .collect();
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .render(area, buf);
    }
}
