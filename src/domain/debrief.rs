//! The debrief after sending (seed 004): how the situation escalated, what we
//! would do differently, whether a process is broken — ideally with a
//! colleague — and how the person who wrote the reply feels now.

use time::OffsetDateTime;

use super::event::{Event, EventKind};
use super::identity::same_person;

pub use super::debrief_field::DebriefField;

/// Something the debrief still lacks (worded by `present::debrief`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DebriefGap {
    Escalation,
    Differently,
    /// Nobody said whether a process is broken.
    ProcessJudged,
    /// A process is broken and nobody said which.
    Process,
    /// The author has not checked in at the debrief.
    CheckIn,
}

/// One note, attributed to who wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebriefNote {
    pub by: String,
    pub at: OffsetDateTime,
    pub field: DebriefField,
    pub text: String,
}

/// A check-in with its author.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level<'a> {
    pub by: &'a str,
    pub level: u8,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Debrief {
    /// Everyone who took part, in order of joining.
    pub participants: Vec<String>,
    pub notes: Vec<DebriefNote>,
    /// Whether a process is broken, and who said so last.
    pub process_broken: Option<(bool, String)>,
    /// The first check-in of the case (before replying).
    pub before: Option<(String, u8)>,
    /// The latest check-in at the debrief by whoever checked in before
    /// replying (the author), to compare with `before`.
    pub after: Option<(String, u8)>,
    /// The latest check-in at the debrief of each other person: a
    /// colleague's mood never stands in for the author's.
    pub others_after: Vec<(String, u8)>,
}

impl Debrief {
    fn join(&mut self, who: &str) {
        if !self.participants.iter().any(|p| p == who) {
            self.participants.push(who.to_string());
        }
    }

    /// Fold one event; returns false for events that are not the debrief's.
    pub fn apply(&mut self, event: &Event) -> bool {
        match &event.kind {
            EventKind::CheckedIn { level } => {
                self.before
                    .get_or_insert((event.by.clone(), (*level).clamp(1, 5)));
                return false;
            }
            EventKind::DebriefJoined => {}
            EventKind::DebriefNoted { field, text } => self.notes.push(DebriefNote {
                by: event.by.clone(),
                at: event.at,
                field: *field,
                text: text.clone(),
            }),
            EventKind::ProcessJudged { broken } => {
                self.process_broken = Some((*broken, event.by.clone()));
            }
            EventKind::DebriefCheckedIn { level } => {
                let level = (*level).clamp(1, 5);
                match &self.before {
                    Some((author, _)) if !same_person(author, &event.by) => {
                        self.others_after
                            .retain(|(by, _)| !same_person(by, &event.by));
                        self.others_after.push((event.by.clone(), level));
                    }
                    _ => self.after = Some((event.by.clone(), level)),
                }
            }
            _ => return false,
        }
        self.join(&event.by);
        true
    }

    pub fn notes_on(&self, field: DebriefField) -> impl Iterator<Item = &DebriefNote> {
        self.notes.iter().filter(move |n| n.field == field)
    }

    fn answered(&self, field: DebriefField) -> bool {
        self.notes_on(field).any(|n| !n.text.trim().is_empty())
    }

    /// What the debrief still lacks, in the order it is asked.
    pub fn gaps(&self) -> Vec<DebriefGap> {
        let mut out = Vec::new();
        if !self.answered(DebriefField::Escalation) {
            out.push(DebriefGap::Escalation);
        }
        if !self.answered(DebriefField::Differently) {
            out.push(DebriefGap::Differently);
        }
        match self.process_broken {
            None => out.push(DebriefGap::ProcessJudged),
            Some((true, _)) if !self.answered(DebriefField::Process) => {
                out.push(DebriefGap::Process)
            }
            _ => {}
        }
        if self.after.is_none() {
            out.push(DebriefGap::CheckIn);
        }
        out
    }

    pub fn is_done(&self) -> bool {
        self.gaps().is_empty()
    }

    pub fn is_started(&self) -> bool {
        !self.participants.is_empty()
    }

    /// The check-in before replying and the one at the debrief, when
    /// both are known.
    pub fn levels(&self) -> Option<(u8, u8)> {
        let (_, b) = self.before.as_ref()?;
        let (_, a) = self.after.as_ref()?;
        Some((*b, *a))
    }
}
