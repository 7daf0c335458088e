//! How a follow-up ended, and the record of one: their own module, so an
//! event and the case's fold can name them without importing the
//! follow-up rules (which read the case).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// How a follow-up ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpOutcome {
    /// The customer's problem is solved.
    Resolved,
    /// The customer changed their review (up or down).
    ReviewUpdated,
    /// The customer did not answer.
    NoAnswer,
    /// Something else; the note says what.
    Other,
}

impl FollowUpOutcome {
    pub const ALL: [FollowUpOutcome; 4] = [
        FollowUpOutcome::Resolved,
        FollowUpOutcome::ReviewUpdated,
        FollowUpOutcome::NoAnswer,
        FollowUpOutcome::Other,
    ];

    /// As typed on the command line.
    pub fn cli_name(self) -> &'static str {
        match self {
            FollowUpOutcome::Resolved => "resolved",
            FollowUpOutcome::ReviewUpdated => "review-updated",
            FollowUpOutcome::NoAnswer => "no-answer",
            FollowUpOutcome::Other => "other",
        }
    }
}

/// An outcome heard does not know, as typed (worded by `present::follow_up`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownOutcome(pub String);

impl std::str::FromStr for FollowUpOutcome {
    type Err = UnknownOutcome;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let key = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        FollowUpOutcome::ALL
            .into_iter()
            .find(|o| o.cli_name() == key || (key == "updated" && *o == Self::ReviewUpdated))
            .ok_or_else(|| UnknownOutcome(s.to_string()))
    }
}

/// One follow-up that was done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpRecord {
    pub by: String,
    pub at: OffsetDateTime,
    pub outcome: FollowUpOutcome,
    pub note: String,
}
