//! Why a case needs the owner, and why it cannot be assigned, in words
//! (`domain::escalation`).

use std::fmt;

use crate::domain::escalation::{AssignRefusal, Why};

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::LegalRisk => f.write_str("the review speaks of legal action, illness or fraud"),
            Why::OneStar => f.write_str("this playbook sends every one-star review to the owner"),
            Why::OfferAbove { amount, limit } => write!(
                f,
                "the reply offers {amount}, more than staff may offer alone ({limit})"
            ),
        }
    }
}

impl fmt::Display for AssignRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssignRefusal::NoName => {
                f.write_str("say who the case is for: a name on the team roster")
            }
            AssignRefusal::NotOnRoster { name, members } => write!(
                f,
                "{name} is not on the team roster ({}): a case is assigned to a team member",
                members.join(", ")
            ),
        }
    }
}
