//! Breathe: an animated pacer that runs its full length. There is no key to
//! skip ahead; the domain only counts a run whose recorded start and finish
//! are the pattern's length apart.

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::Line,
    widgets::{Paragraph, Widget, Wrap},
};
use std::time::Duration;

use super::{StepScreen, View};
use crate::domain::case::BREATHING_SLACK_SECONDS;
use crate::domain::{EventKind, Step};
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::{pacer, theme};

pub struct BreatheScreen {
    step: Step,
    reduced_motion: bool,
}

enum Run {
    NotStarted,
    Running { elapsed_ms: u64 },
    Finished,
}

impl BreatheScreen {
    pub fn new(step: &Step) -> BreatheScreen {
        BreatheScreen {
            step: step.clone(),
            reduced_motion: std::env::var_os("HEARD_REDUCED_MOTION").is_some(),
        }
    }

    fn run(&self, view: &View) -> Run {
        let total_ms = self.step.breathing_seconds() * 1000;
        match view.case.preparation.breathing_started_at {
            _ if view.case.preparation.breathing_done => Run::Finished,
            Some(start) => {
                let ms = (view.now - start).whole_milliseconds();
                // A start long ago (the person quit mid-way) does not count.
                if ms < 0 || ms > (total_ms as i128 + i128::from(BREATHING_SLACK_SECONDS) * 1000) {
                    Run::NotStarted
                } else {
                    Run::Running {
                        elapsed_ms: ms as u64,
                    }
                }
            }
            None => Run::NotStarted,
        }
    }
}

impl StepScreen for BreatheScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        let running = matches!(self.run(view), Run::Running { .. });
        vec![
            keys::hint(Scope::Breathe, Cmd::StartBreathing).when(!running),
            keys::hint(Scope::Breathe, Cmd::ReducedMotion),
        ]
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        match keys::resolve(Scope::Breathe, key) {
            Some(Cmd::StartBreathing) => match self.run(view) {
                Run::Running { .. } => Outcome::Consumed,
                _ => Outcome::record(vec![EventKind::BreathingStarted]),
            },
            Some(Cmd::ReducedMotion) => {
                self.reduced_motion = !self.reduced_motion;
                Outcome::Consumed
            }
            _ => Outcome::Ignored,
        }
    }

    fn tick_every(&self, view: &View) -> Option<Duration> {
        match self.run(view) {
            Run::Running { .. } if self.reduced_motion => Some(Duration::from_millis(500)),
            Run::Running { .. } => Some(Duration::from_millis(100)),
            _ => None,
        }
    }

    fn tick(&mut self, view: &View) -> Outcome {
        match self.run(view) {
            Run::Running { elapsed_ms } if elapsed_ms >= self.step.breathing_seconds() * 1000 => {
                Outcome::record(vec![EventKind::BreathingFinished {
                    cycles: self.step.cycles(),
                }])
            }
            Run::Running { .. } => Outcome::Consumed,
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let [top, body] =
            Layout::vertical([Constraint::Length(3), Constraint::Fill(1)]).areas(area);
        let p = self.step.pattern();
        let intro = format!(
            "{} Pattern: in {} · hold {} · out {} · hold {} seconds, {} round{} ({} s).",
            self.step.prompt,
            p[0],
            p[1],
            p[2],
            p[3],
            self.step.cycles(),
            if self.step.cycles() == 1 { "" } else { "s" },
            self.step.breathing_seconds()
        );
        Paragraph::new(intro.trim().to_string())
            .wrap(Wrap { trim: true })
            .render(top, buf);
        match self.run(view) {
            Run::NotStarted => Paragraph::new(vec![
                Line::from(""),
                Line::styled("Press Enter when you are ready to begin.", theme::title()),
                Line::styled(
                    "It runs to the end; there is no skipping ahead.",
                    theme::dim(),
                ),
                Line::styled(
                    if self.reduced_motion {
                        "Reduced motion is on: words and numbers, no movement (m)."
                    } else {
                        "Reduced motion is off (m turns it on)."
                    },
                    theme::dim(),
                ),
            ])
            .centered()
            .render(body, buf),
            Run::Running { elapsed_ms } => {
                let total = self.step.breathing_seconds() * 1000;
                let phase = pacer::phase_at(p, elapsed_ms.min(total.saturating_sub(1)));
                pacer::render(phase, self.step.cycles(), self.reduced_motion, body, buf);
            }
            Run::Finished => Paragraph::new(vec![
                Line::from(""),
                Line::styled("Well done. Notice how you feel now.", theme::done()),
                Line::styled("Press n for the next step.", theme::dim()),
            ])
            .centered()
            .render(body, buf),
        }
    }
}
