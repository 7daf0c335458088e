//! The pairing hand-over: a colleague at the same keyboard types their name,
//! reads what `heard review ID` shows (the review, the diagnosis, both
//! drafts with line numbers, the coach's findings), and approves them or
//! asks for changes. Recorded under the colleague's name, exactly like a
//! review from another machine.

use std::cell::Cell;

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::Line,
    widgets::{Block, Paragraph, Widget, Wrap},
};

use super::{StepScreen, View};
use crate::domain::EventKind;
use crate::domain::comments::{Anchor, LineComment, summarise};
use crate::domain::gate::{approval_refusal, peer_review};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::mouse;
use crate::tui::widgets::line_input::LineInput;
use crate::tui::widgets::theme;

#[path = "peer_review_text.rs"]
mod text;

/// The colleague reading, and how far they got.
struct Reading {
    name: String,
    scroll: u16,
    /// The last line of the private message has been on screen.
    read_to_end: bool,
}

enum Stage {
    /// Waiting for the author to hand over (press r).
    Idle,
    Name(LineInput),
    Reading(Reading),
    Note {
        reading: Reading,
        approve: bool,
        editor: LineInput,
    },
}

pub struct PeerReviewScreen {
    stage: Stage,
    /// The text box's size when last drawn (columns, rows): where the end
    /// of the drafts is depends on how the text wraps. Drawing only writes
    /// it; keys read it.
    drawn: Cell<(u16, u16)>,
}

const READ_FIRST: &str = "Read both drafts to the end first (↓, PgDn or End): \
                          an approval is for the exact words, every one of them.";

impl PeerReviewScreen {
    pub fn new() -> PeerReviewScreen {
        PeerReviewScreen {
            stage: Stage::Idle,
            drawn: Cell::new((0, 0)),
        }
    }

    fn note_editor(approve: bool) -> LineInput {
        let title = if approve {
            "note for the author (optional) — Enter to approve"
        } else {
            "what should change? start with public:3 to point at a line — Enter sends back"
        };
        LineInput::new("", title)
    }

    /// Whether the end of the private message is on screen at `scroll`.
    fn end_in_view(&self, view: &View, scroll: u16) -> bool {
        let (w, h) = self.drawn.get();
        if h == 0 {
            return false;
        }
        let (_, drafts_end) = text::rows(view.case, w);
        scroll as usize + h as usize > drafts_end
    }

    fn max_scroll(&self, view: &View) -> u16 {
        let (w, h) = self.drawn.get();
        let (rows, _) = text::rows(view.case, w);
        rows.len().saturating_sub(h as usize) as u16
    }

    fn handle_name(&mut self, mut ta: LineInput, key: KeyEvent, view: &View) -> Outcome {
        match ta.handle(Scope::PeerReviewName, key) {
            Some(Cmd::Cancel) => return Outcome::Consumed,
            Some(Cmd::Confirm) => {
                let name = ta.trimmed();
                let refusal = if name.is_empty() {
                    Some("Type your name first.".to_string())
                } else {
                    approval_refusal(view.case, &name).map(|r| r.to_string())
                };
                if let Some(refusal) = refusal {
                    self.stage = Stage::Name(ta);
                    return Outcome::Emit(Action::Say(refusal));
                }
                let read_to_end = self.end_in_view(view, 0);
                self.stage = Stage::Reading(Reading {
                    name,
                    scroll: 0,
                    read_to_end,
                });
                return Outcome::Consumed;
            }
            // Typed into the line already.
            _ => {}
        }
        self.stage = Stage::Name(ta);
        Outcome::Consumed
    }

    fn handle_reading(&mut self, mut r: Reading, key: KeyEvent, view: &View) -> Outcome {
        let page = self.drawn.get().1.saturating_sub(1).max(1);
        let max = self.max_scroll(view);
        let cmd = keys::resolve(Scope::PeerReviewReading, key);
        let scroll = match cmd {
            Some(Cmd::Down) => Some(r.scroll.saturating_add(1).min(max)),
            Some(Cmd::Up) => Some(r.scroll.saturating_sub(1)),
            Some(Cmd::PageDown) => Some(r.scroll.saturating_add(page).min(max)),
            Some(Cmd::PageUp) => Some(r.scroll.saturating_sub(page)),
            Some(Cmd::ToEnd) => Some(max),
            Some(Cmd::ToTop) => Some(0),
            _ => None,
        };
        if let Some(s) = scroll {
            r.scroll = s;
            r.read_to_end |= self.end_in_view(view, s);
            self.stage = Stage::Reading(r);
            return Outcome::Consumed;
        }
        let (stage, outcome) = match cmd {
            Some(Cmd::Approve) if !(r.read_to_end || self.end_in_view(view, r.scroll)) => (
                Stage::Reading(r),
                Outcome::Emit(Action::Say(READ_FIRST.into())),
            ),
            Some(c @ (Cmd::Approve | Cmd::RequestChanges)) => (
                Stage::Note {
                    reading: r,
                    approve: c == Cmd::Approve,
                    editor: Self::note_editor(c == Cmd::Approve),
                },
                Outcome::Consumed,
            ),
            Some(Cmd::Cancel) => (Stage::Idle, Outcome::Consumed),
            _ => (Stage::Reading(r), Outcome::Ignored),
        };
        self.stage = stage;
        outcome
    }

    fn handle_note(
        &mut self,
        (reading, approve, mut editor): (Reading, bool, LineInput),
        key: KeyEvent,
        view: &View,
    ) -> Outcome {
        match editor.handle(Scope::PeerReviewNote, key) {
            Some(Cmd::Cancel) => {
                self.stage = Stage::Reading(reading);
                return Outcome::Consumed;
            }
            Some(Cmd::Confirm) => {
                let typed = editor.trimmed();
                match verdict(view, approve, &typed) {
                    Ok(event) => {
                        return Outcome::Emit(Action::Record {
                            by: Some(reading.name),
                            events: vec![event],
                        });
                    }
                    Err(why) => {
                        self.stage = Stage::Note {
                            reading,
                            approve,
                            editor,
                        };
                        return Outcome::Emit(Action::Say(why));
                    }
                }
            }
            // Typed into the line already.
            _ => {}
        }
        self.stage = Stage::Note {
            reading,
            approve,
            editor,
        };
        Outcome::Consumed
    }

    fn render_idle(&self, status: Line, area: Rect, buf: &mut Buffer, view: &View) {
        let case = view.case;
        let mut lines = vec![status, Line::from("")];
        if case.drafts_complete() {
            lines.push(Line::from(
                "Before anything goes out, someone who did not write it reads the exact text.",
            ));
            lines.push(Line::from(format!(
                "Hand the keyboard to a colleague and press {}.",
                keys::hint(Scope::PeerReview, Cmd::HandOver).key
            )));
        } else {
            // A thank-you's private message is optional: ask only for what
            // the walk needs, and say that a draft counts once saved.
            let save = keys::hint(Scope::Compose, Cmd::Save).key;
            lines.push(Line::from(
                if case.playbook.coach.kind.needs_private_message() {
                    format!("Write both drafts and save them ({save}) first: the compose step.")
                } else {
                    format!("Write the public reply and save it ({save}) first: the compose step.")
                },
            ));
        }
        for v in case.verdicts.iter().rev().take(3) {
            let what = if v.approved {
                "approved"
            } else {
                "asked for changes"
            };
            lines.push(Line::styled(
                format!("{} {what}{}", case.shown_name(&v.by), note_after(&v.text)),
                theme::dim(),
            ));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }

    fn render_name(&self, status: Line, ta: &LineInput, area: Rect, buf: &mut Buffer) {
        let [top, field_area, _] = Layout::vertical([
            Constraint::Length(3),
            Constraint::Length(3),
            Constraint::Fill(1),
        ])
        .areas(area);
        Paragraph::new(vec![
            status,
            Line::from("Colleague: type your name. You must not be an author of the drafts."),
        ])
        .wrap(Wrap { trim: true })
        .render(top, buf);
        ta.render(field_area, buf);
    }

    fn render_reading(
        &self,
        r: &Reading,
        note: Option<&LineInput>,
        area: Rect,
        buf: &mut Buffer,
        view: &View,
    ) {
        let [top, body, note_area] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(if note.is_some() { 3 } else { 0 }),
        ])
        .areas(area);
        let inner = Rect {
            width: body.width.saturating_sub(2),
            height: body.height.saturating_sub(2),
            ..body
        };
        self.drawn.set((inner.width, inner.height));
        let reached = r.read_to_end || self.end_in_view(view, r.scroll);
        let top_line = if reached {
            Line::styled(
                format!("{}, you read both drafts to the end ✓", r.name),
                theme::done(),
            )
        } else {
            Line::from(format!(
                "{}, read it all as the customer would, to the end of both drafts.",
                r.name
            ))
        };
        Paragraph::new(top_line).render(top, buf);
        let (rows, _) = text::rows(view.case, inner.width);
        let below = rows
            .len()
            .saturating_sub(r.scroll as usize + inner.height as usize);
        let more = if below > 0 {
            format!("▼ {below} more lines ")
        } else {
            String::new()
        };
        let lines: Vec<Line> = rows
            .into_iter()
            .skip(r.scroll as usize)
            .take(inner.height as usize)
            .map(|(row, heading)| {
                if heading {
                    Line::styled(row, theme::title())
                } else {
                    Line::from(row)
                }
            })
            .collect();
        Paragraph::new(lines)
            .block(
                Block::bordered()
                    .title(format!(
                        " exact text · sha256 {} ",
                        &view.case.drafts.sha256()[..12]
                    ))
                    .title_bottom(Line::from(more).right_aligned()),
            )
            .render(body, buf);
        if let Some(editor) = note {
            editor.render(note_area, buf);
        }
    }
}

/// The event for the colleague's verdict, or why it cannot be recorded.
/// A change request may start with `public:3` / `private:12`, pointing at
/// that line as `heard request-changes --line` does.
fn verdict(view: &View, approve: bool, typed: &str) -> Result<EventKind, String> {
    let drafts_sha256 = view.case.drafts.sha256();
    if approve {
        return Ok(EventKind::Approved {
            drafts_sha256,
            note: typed.to_string(),
            signature: None,
            at_keyboard: true,
        });
    }
    let (first, rest) = typed.split_once(char::is_whitespace).unwrap_or((typed, ""));
    let points_at_line = first.contains(':')
        && first
            .rsplit(':')
            .next()
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    let (anchor, text) = if points_at_line {
        let anchor = Anchor::parse(first, &view.case.drafts).map_err(|e| format!("{e}."))?;
        (Some(anchor), rest.trim())
    } else {
        (None, typed)
    };
    if text.is_empty() {
        return Err("Say what should change, so the author can act on it.".into());
    }
    let comments = vec![LineComment {
        text: text.to_string(),
        anchor,
    }];
    Ok(EventKind::ChangesRequested {
        drafts_sha256,
        comment: summarise(&comments),
        comments,
    })
}

impl Default for PeerReviewScreen {
    fn default() -> Self {
        Self::new()
    }
}

impl StepScreen for PeerReviewScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        match &self.stage {
            Stage::Idle => {
                vec![keys::hint(Scope::PeerReview, Cmd::HandOver).when(view.case.drafts_complete())]
            }
            Stage::Name(_) => vec![
                keys::hint(Scope::PeerReviewName, Cmd::Confirm),
                keys::hint(Scope::PeerReviewName, Cmd::Cancel),
            ],
            Stage::Reading(r) => {
                let s = Scope::PeerReviewReading;
                vec![
                    keys::pair(s, Cmd::Down, Cmd::Up, "scroll"),
                    keys::hint(s, Cmd::ToEnd),
                    keys::hint(s, Cmd::Approve)
                        .when(r.read_to_end || self.end_in_view(view, r.scroll)),
                    keys::hint(s, Cmd::RequestChanges),
                    keys::hint(s, Cmd::Cancel),
                ]
            }
            Stage::Note { .. } => vec![
                keys::hint(Scope::PeerReviewNote, Cmd::Confirm),
                keys::hint(Scope::PeerReviewNote, Cmd::Cancel),
            ],
        }
    }

    fn editing(&self) -> bool {
        // From the hand-over on, the keys belong to the colleague.
        !matches!(self.stage, Stage::Idle)
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        match std::mem::replace(&mut self.stage, Stage::Idle) {
            Stage::Idle
                if keys::resolve(Scope::PeerReview, key) == Some(Cmd::HandOver)
                    && view.case.drafts_complete() =>
            {
                self.stage = Stage::Name(LineInput::new("", "colleague's name"));
                Outcome::Consumed
            }
            Stage::Idle => Outcome::Ignored,
            Stage::Name(ta) => self.handle_name(ta, key, view),
            Stage::Reading(r) => self.handle_reading(r, key, view),
            Stage::Note {
                reading,
                approve,
                editor,
            } => self.handle_note((reading, approve, editor), key, view),
        }
    }

    fn wheel(&mut self, down: bool, view: &View) -> Outcome {
        if !matches!(self.stage, Stage::Reading(_)) {
            return Outcome::Ignored;
        }
        mouse::as_arrows(down, |key| self.handle_key(key, view))
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        let gate = peer_review(view.case);
        let style = if gate.open {
            theme::done()
        } else {
            theme::closed()
        };
        let status = Line::styled(format!("Peer review: {}", gate.reason), style);
        match &self.stage {
            Stage::Idle => self.render_idle(status, area, buf, view),
            Stage::Name(ta) => self.render_name(status, ta, area, buf),
            Stage::Reading(r) => self.render_reading(r, None, area, buf, view),
            Stage::Note {
                reading, editor, ..
            } => self.render_reading(reading, Some(editor), area, buf, view),
        }
    }
}

/// ": the note", or nothing when the verdict came without one (no
/// dangling "Bob approved:").
fn note_after(note: &str) -> String {
    if note.trim().is_empty() {
        String::new()
    } else {
        format!(": {note}")
    }
}
