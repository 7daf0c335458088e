//! Follow-ups in words (`domain::follow_up`, `domain::follow_up_outcome`).

use std::fmt;

use crate::domain::follow_up::{DueReason, FollowUpRefusal, MAX_DAYS};
use crate::domain::follow_up_outcome::{FollowUpOutcome, UnknownOutcome};

impl FollowUpOutcome {
    /// In words, for screens and `heard list`.
    pub fn label(self) -> &'static str {
        match self {
            FollowUpOutcome::Resolved => "resolved",
            FollowUpOutcome::ReviewUpdated => "customer updated their review",
            FollowUpOutcome::NoAnswer => "no answer",
            FollowUpOutcome::Other => "other",
        }
    }
}

impl fmt::Display for UnknownOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown outcome `{}`: use resolved, review-updated, no-answer or other",
            self.0
        )
    }
}

impl std::error::Error for UnknownOutcome {}

impl fmt::Display for DueReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DueReason::ReviewChanged => "the customer changed their review after our reply",
            DueReason::DateCame => "the follow-up date has come",
        })
    }
}

impl fmt::Display for FollowUpRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FollowUpRefusal::NotSent { customer } => write!(
                f,
                "{customer}'s reply has not been sent yet: a follow-up comes after the reply went \
                 out"
            ),
            FollowUpRefusal::BeforeSending => {
                f.write_str("the follow-up date must be after the reply was sent")
            }
            FollowUpRefusal::TooFar => write!(
                f,
                "the follow-up date must be within {MAX_DAYS} days of sending"
            ),
            FollowUpRefusal::OtherNeedsNote => {
                f.write_str("say what happened in a note when the outcome is “other”")
            }
            FollowUpRefusal::AlreadyRecorded(outcome) => write!(
                f,
                "this follow-up was already recorded as {} — to follow up again, set a new date \
                 first",
                outcome.cli_name()
            ),
        }
    }
}
