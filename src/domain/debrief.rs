//! The debrief after sending (seed 004): how the situation escalated, what we
//! would do differently, whether a process is broken — ideally with a
//! colleague — and how the person who wrote the reply feels now.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::case::Case;
use super::event::{Event, EventKind};
use super::gate::short_time;

/// The debrief's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DebriefField {
    /// How the situation escalated.
    Escalation,
    /// What we would do differently.
    Differently,
    /// Which process is broken, and how.
    Process,
    /// What went well, to keep doing (beside what we would do differently).
    WentWell,
}

impl DebriefField {
    pub const ALL: [DebriefField; 4] = [
        DebriefField::Escalation,
        DebriefField::Differently,
        DebriefField::WentWell,
        DebriefField::Process,
    ];

    pub fn title(self) -> &'static str {
        match self {
            DebriefField::Escalation => "How it escalated",
            DebriefField::Differently => "What we would do differently",
            DebriefField::Process => "Which process is broken",
            DebriefField::WentWell => "What went well",
        }
    }

    pub fn question(self) -> &'static str {
        match self {
            DebriefField::Escalation => {
                "How did the situation escalate? What happened before the review, and when?"
            }
            DebriefField::Differently => {
                "Could it have been handled better on our end? What would we do differently?"
            }
            DebriefField::Process => {
                "Is there a problem within our processes? Which one, and what should change?"
            }
            DebriefField::WentWell => "What went well, that we should keep doing? (optional)",
        }
    }
}

/// How upset, in words (the check-in scale, 1–5).
pub fn level_label(level: u8) -> &'static str {
    match level {
        1 => "calm",
        2 => "a bit tense",
        3 => "upset",
        4 => "very upset",
        _ => "furious",
    }
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
                    Some((author, _)) if *author != event.by => {
                        self.others_after.retain(|(by, _)| *by != event.by);
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
    pub fn missing(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if !self.answered(DebriefField::Escalation) {
            out.push("how it escalated");
        }
        if !self.answered(DebriefField::Differently) {
            out.push("what we would do differently");
        }
        match self.process_broken {
            None => out.push("whether a process is broken"),
            Some((true, _)) if !self.answered(DebriefField::Process) => {
                out.push("which process is broken")
            }
            _ => {}
        }
        if self.after.is_none() {
            out.push("a check-in at the debrief");
        }
        out
    }

    pub fn is_done(&self) -> bool {
        self.missing().is_empty()
    }

    pub fn is_started(&self) -> bool {
        !self.participants.is_empty()
    }

    /// "4/5 (very upset) → 2/5 (a bit tense)" when both are known.
    pub fn change(&self) -> Option<String> {
        let (_, b) = self.before.as_ref()?;
        let (_, a) = self.after.as_ref()?;
        Some(format!(
            "{b}/5 ({}) → {a}/5 ({})",
            level_label(*b),
            level_label(*a)
        ))
    }
}

/// The whole debrief as Markdown, for the team's notes.
pub fn to_markdown(case: &Case) -> String {
    let d = &case.debrief;
    let mut md = format!(
        "# Debrief: {} ({}, {})\n\nCase `{}`.",
        case.review.customer,
        case.review.platform,
        case.review.stars(),
        case.id
    );
    if let Some(s) = &case.sent {
        md.push_str(&format!(
            " Reply sent by {} via {} on {}.",
            s.by,
            s.channel,
            short_time(s.at)
        ));
    }
    md.push_str("\n\n## Participants\n\n");
    if d.participants.is_empty() {
        md.push_str("Nobody has taken part yet.\n");
    }
    for p in &d.participants {
        md.push_str(&format!("- {p}\n"));
    }
    md.push_str("\n## How we felt\n\n");
    let level = |l: &Option<(String, u8)>, when: &str| match l {
        Some((by, n)) => format!("- {when} ({by}): {n}/5, {}\n", level_label(*n)),
        None => format!("- {when}: not recorded\n"),
    };
    md.push_str(&level(&d.before, "Check-in before replying"));
    md.push_str(&level(&d.after, "Check-in at the debrief"));
    for other in &d.others_after {
        md.push_str(&level(&Some(other.clone()), "Check-in at the debrief"));
    }
    for field in DebriefField::ALL {
        md.push_str(&format!("\n## {}\n\n", field.title()));
        if field == DebriefField::Process {
            md.push_str(match &d.process_broken {
                Some((true, _)) => "A process is broken.\n\n",
                Some((false, _)) => "No process is broken.\n\n",
                None => "Not decided yet.\n\n",
            });
        }
        let mut any = false;
        for n in d.notes_on(field) {
            any = true;
            md.push_str(&format!("- **{}**: {}\n", n.by, n.text.trim()));
        }
        if !any && field != DebriefField::Process {
            md.push_str("No notes yet.\n");
        }
    }
    if let Some(diag) = &case.diagnosis {
        md.push_str("\n## Diagnosis\n\n");
        md.push_str(&format!("- Category: {}\n", diag.category));
        md.push_str(&format!("- What happened: {}\n", diag.what_happened));
        if let Some(root) = diag.root_cause() {
            md.push_str(&format!("- Root cause: {root}\n"));
        }
        md.push_str(&format!(
            "- Process fix: {} (owner: {})\n",
            diag.process_fix, diag.owner
        ));
    }
    md.push_str("\n## Timeline\n\n");
    for m in super::timeline::timeline(case) {
        md.push_str(&format!("- {}\n", super::timeline::line(&m)));
    }
    let missing = d.missing();
    if !missing.is_empty() {
        md.push_str(&format!("\n_Still open: {}._\n", missing.join(", ")));
    }
    md
}
