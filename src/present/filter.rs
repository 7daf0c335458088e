//! The inbox's filters in words (`domain::inbox::Filter`).

use crate::domain::inbox::Filter;

impl Filter {
    pub fn label(self) -> &'static str {
        match self {
            Filter::Open => "open",
            Filter::MyReview => "to review by me",
            Filter::OthersReview => "waiting for others",
            Filter::FollowUpDue => "follow-up due",
            Filter::Sent => "sent",
            Filter::Practice => "practice",
            Filter::All => "all",
            Filter::AssignedToMe => "assigned to me",
        }
    }

    /// What an empty list under this filter means, in a sentence.
    pub fn empty_message(self) -> &'static str {
        match self {
            Filter::Open => "Nothing open: every review has been answered.",
            Filter::MyReview => "No colleague is waiting for your review.",
            Filter::OthersReview => "None of your drafts is waiting for a colleague.",
            Filter::FollowUpDue => "No follow-up is due.",
            Filter::Sent => "No reply has been sent yet.",
            Filter::Practice => {
                "No practice cases: start one with `heard practice start NAME` (`heard practice` lists them)."
            }
            Filter::All => "No cases.",
            Filter::AssignedToMe => "Nothing open is assigned to you (`heard assign ID NAME`).",
        }
    }
}
