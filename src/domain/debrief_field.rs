//! The debrief's questions: their own module, so an event can name one
//! without the event and the debrief fold importing each other.

use serde::{Deserialize, Serialize};

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
