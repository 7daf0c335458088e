//! A case's own refusals and states in words (`domain::case`,
//! `domain::progress`).

use std::fmt;

use crate::domain::case::FoldError;
use crate::domain::progress::CaseState;

impl fmt::Display for FoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FoldError::Empty => f.write_str("the case has no events"),
            FoldError::NotCreatedFirst(kind) => {
                write!(f, "the first event must be `created`, found `{kind}`")
            }
            FoldError::CreatedTwice => f.write_str("the case was created twice"),
            FoldError::PlaybookCopyMissing(copy) => write!(
                f,
                "the playbook copy {copy} it was created with was not read"
            ),
        }
    }
}

impl std::error::Error for FoldError {}

impl CaseState {
    /// The state as the inbox and `heard list` show it.
    pub fn label(self) -> &'static str {
        match self {
            CaseState::New => "new",
            CaseState::InProgress => "in progress",
            CaseState::Sent => "sent",
            CaseState::Closed => "closed",
            CaseState::Parked => "parked",
        }
    }
}
