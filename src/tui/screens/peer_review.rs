//! The pairing hand-over: a colleague at the same keyboard types their name,
//! reads both drafts, and approves them or asks for changes. Recorded under
//! the colleague's name, exactly like a review from another machine.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::Line,
    widgets::{Block, Paragraph, Widget, Wrap},
};
use ratatui_textarea::TextArea;

use super::{StepScreen, View};
use crate::domain::EventKind;
use crate::domain::gate::{approval_refusal, peer_review};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::widgets::{field, theme};

enum Stage {
    /// Waiting for the author to hand over (press r).
    Idle,
    Name(TextArea<'static>),
    Reading {
        name: String,
        scroll: u16,
    },
    Note {
        name: String,
        approve: bool,
        editor: TextArea<'static>,
        scroll: u16,
    },
}

pub struct PeerReviewScreen {
    stage: Stage,
}

impl PeerReviewScreen {
    pub fn new() -> PeerReviewScreen {
        PeerReviewScreen { stage: Stage::Idle }
    }

    fn note_editor(approve: bool) -> TextArea<'static> {
        let title = if approve {
            "note for the author (optional) — Enter to approve"
        } else {
            "what should change? — Enter to send back"
        };
        let mut ta = field::text_area("", title);
        field::set_focus(&mut ta, title, true);
        ta
    }
}

impl Default for PeerReviewScreen {
    fn default() -> Self {
        Self::new()
    }
}

impl StepScreen for PeerReviewScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        match &self.stage {
            Stage::Idle => vec![
                Command::new("r", "hand over to a colleague").when(view.case.drafts_complete()),
            ],
            Stage::Name(_) => vec![
                Command::new("Enter", "that's me"),
                Command::new("Esc", "cancel"),
            ],
            Stage::Reading { .. } => vec![
                Command::new("↓↑", "scroll"),
                Command::new("a", "approve"),
                Command::new("c", "request changes"),
                Command::new("Esc", "cancel"),
            ],
            Stage::Note { .. } => {
                vec![Command::new("Enter", "record"), Command::new("Esc", "back")]
            }
        }
    }

    fn editing(&self) -> bool {
        // From the hand-over on, the keys belong to the colleague.
        !matches!(self.stage, Stage::Idle)
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        let stage = std::mem::replace(&mut self.stage, Stage::Idle);
        let (next, outcome) = match (stage, key.code) {
            (Stage::Idle, KeyCode::Char('r')) if view.case.drafts_complete() => {
                let title = "colleague's name";
                let mut ta = field::text_area("", title);
                field::set_focus(&mut ta, title, true);
                (Stage::Name(ta), Outcome::Consumed)
            }
            (Stage::Idle, _) => (Stage::Idle, Outcome::Ignored),
            (Stage::Name(_), KeyCode::Esc) => (Stage::Idle, Outcome::Consumed),
            (Stage::Name(ta), KeyCode::Enter) => {
                let name = field::text(&ta).trim().to_string();
                match (name.is_empty(), approval_refusal(view.case, &name)) {
                    (true, _) => (
                        Stage::Name(ta),
                        Outcome::Emit(Action::Say("Type your name first.".into())),
                    ),
                    (false, Some(refusal)) => {
                        (Stage::Name(ta), Outcome::Emit(Action::Say(refusal)))
                    }
                    (false, None) => (Stage::Reading { name, scroll: 0 }, Outcome::Consumed),
                }
            }
            (Stage::Name(mut ta), _) => {
                ta.input(key);
                (Stage::Name(ta), Outcome::Consumed)
            }
            (Stage::Reading { name, scroll }, code) => match code {
                KeyCode::Down | KeyCode::Char('j') => (
                    Stage::Reading {
                        name,
                        scroll: scroll + 1,
                    },
                    Outcome::Consumed,
                ),
                KeyCode::Up | KeyCode::Char('k') => (
                    Stage::Reading {
                        name,
                        scroll: scroll.saturating_sub(1),
                    },
                    Outcome::Consumed,
                ),
                KeyCode::Char('a') => (
                    Stage::Note {
                        name,
                        approve: true,
                        editor: Self::note_editor(true),
                        scroll,
                    },
                    Outcome::Consumed,
                ),
                KeyCode::Char('c') => (
                    Stage::Note {
                        name,
                        approve: false,
                        editor: Self::note_editor(false),
                        scroll,
                    },
                    Outcome::Consumed,
                ),
                KeyCode::Esc => (Stage::Idle, Outcome::Consumed),
                _ => (Stage::Reading { name, scroll }, Outcome::Ignored),
            },
            (Stage::Note { name, scroll, .. }, KeyCode::Esc) => {
                (Stage::Reading { name, scroll }, Outcome::Consumed)
            }
            (
                Stage::Note {
                    name,
                    approve,
                    editor,
                    scroll,
                },
                KeyCode::Enter,
            ) => {
                let text = field::text(&editor).trim().to_string();
                let hash = view.case.drafts.sha256();
                if !approve && text.is_empty() {
                    let out = Outcome::Emit(Action::Say(
                        "Say what should change, so the author can act on it.".into(),
                    ));
                    (
                        Stage::Note {
                            name,
                            approve,
                            editor,
                            scroll,
                        },
                        out,
                    )
                } else {
                    let event = if approve {
                        EventKind::Approved {
                            drafts_sha256: hash,
                            note: text,
                            signature: None,
                            at_keyboard: true,
                        }
                    } else {
                        EventKind::ChangesRequested {
                            drafts_sha256: hash,
                            comment: text,
                            comments: Vec::new(),
                        }
                    };
                    (
                        Stage::Idle,
                        Outcome::Emit(Action::Record {
                            by: Some(name),
                            events: vec![event],
                        }),
                    )
                }
            }
            (
                Stage::Note {
                    name,
                    approve,
                    mut editor,
                    scroll,
                },
                _,
            ) => {
                editor.input(key);
                (
                    Stage::Note {
                        name,
                        approve,
                        editor,
                        scroll,
                    },
                    Outcome::Consumed,
                )
            }
        };
        self.stage = next;
        outcome
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let gate = peer_review(view.case);
        let case = view.case;
        let status = Line::styled(
            format!("Peer review: {}", gate.reason),
            if gate.open {
                theme::done()
            } else {
                theme::closed()
            },
        );
        match &self.stage {
            Stage::Idle => {
                let mut lines = vec![status, Line::from("")];
                if case.drafts_complete() {
                    lines.push(Line::from("Before anything goes out, someone who did not write it reads the exact text."));
                    lines.push(Line::from("Hand the keyboard to a colleague and press r."));
                } else {
                    lines.push(Line::from("Write both drafts first (the compose step)."));
                }
                for v in case.verdicts.iter().rev().take(3) {
                    lines.push(Line::styled(
                        format!(
                            "{} {}: {}",
                            v.by,
                            if v.approved {
                                "approved"
                            } else {
                                "asked for changes"
                            },
                            v.text
                        ),
                        theme::dim(),
                    ));
                }
                Paragraph::new(lines)
                    .wrap(Wrap { trim: true })
                    .render(area, buf);
            }
            Stage::Name(ta) => {
                let [top, field_area, _] = Layout::vertical([
                    Constraint::Length(3),
                    Constraint::Length(3),
                    Constraint::Fill(1),
                ])
                .areas(area);
                Paragraph::new(vec![
                    status,
                    Line::from(
                        "Colleague: type your name. You must not be an author of the drafts.",
                    ),
                ])
                .wrap(Wrap { trim: true })
                .render(top, buf);
                ta.render(field_area, buf);
            }
            Stage::Reading { name, scroll: s }
            | Stage::Note {
                name, scroll: s, ..
            } => {
                let s = *s;
                let note_h = if matches!(self.stage, Stage::Note { .. }) {
                    3
                } else {
                    0
                };
                let [top, body, note] = Layout::vertical([
                    Constraint::Length(1),
                    Constraint::Fill(1),
                    Constraint::Length(note_h),
                ])
                .areas(area);
                Paragraph::new(format!("{name}, read both drafts as the customer would."))
                    .render(top, buf);
                let text = format!(
                    "PUBLIC REPLY\n{}\n\nPRIVATE MESSAGE\n{}",
                    case.drafts.public, case.drafts.private
                );
                Paragraph::new(text)
                    .wrap(Wrap { trim: false })
                    .scroll((s, 0))
                    .block(Block::bordered().title(format!(
                        " exact text · sha256 {} ",
                        &case.drafts.sha256()[..12]
                    )))
                    .render(body, buf);
                if let Stage::Note { editor, .. } = &self.stage {
                    editor.render(note, buf);
                }
            }
        }
    }
}
