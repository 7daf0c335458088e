//! The debrief as Markdown for the team's notes (`heard debrief
//! --markdown`).

use crate::domain::Case;
use crate::domain::debrief::{Debrief, DebriefField, DebriefGap};
use crate::domain::diagnosis::{Diagnosis, DiagnosisGap};

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
            super::time::short_time(s.at)
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
    for m in crate::domain::timeline::timeline(case) {
        md.push_str(&format!("- {}\n", crate::present::timeline::line(&m)));
    }
    let missing = d.missing();
    if !missing.is_empty() {
        md.push_str(&format!("\n_Still open: {}._\n", missing.join(", ")));
    }
    md
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

impl DebriefField {
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

impl Debrief {
    /// What the debrief still lacks, in words, in the order it is asked.
    pub fn missing(&self) -> Vec<&'static str> {
        self.gaps()
            .into_iter()
            .map(|gap| match gap {
                DebriefGap::Escalation => "how it escalated",
                DebriefGap::Differently => "what we would do differently",
                DebriefGap::ProcessJudged => "whether a process is broken",
                DebriefGap::Process => "which process is broken",
                DebriefGap::CheckIn => "a check-in at the debrief",
            })
            .collect()
    }

    /// "4/5 (very upset) → 2/5 (a bit tense)" when both are known.
    pub fn change(&self) -> Option<String> {
        let (b, a) = self.levels()?;
        Some(format!(
            "{b}/5 ({}) → {a}/5 ({})",
            level_label(b),
            level_label(a)
        ))
    }
}

impl Diagnosis {
    /// Names of required fields still empty, in form order.
    pub fn missing(&self) -> Vec<&'static str> {
        self.gaps()
            .into_iter()
            .map(|gap| match gap {
                DiagnosisGap::Category => "category",
                DiagnosisGap::WhatHappened => "what happened",
                DiagnosisGap::Why => "why (at least one)",
                DiagnosisGap::ProcessFix => "process fix",
                DiagnosisGap::Owner => "owner",
                DiagnosisGap::CustomerTold => "customer told",
            })
            .collect()
    }
}
