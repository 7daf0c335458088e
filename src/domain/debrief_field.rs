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
}
