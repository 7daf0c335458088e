//! Triage in words: the roads' names, what to do for a review nobody
//! should answer in public, and why a close is refused (`domain::triage`).

use std::fmt;

use crate::domain::triage::{CloseRefusal, Road};

impl Road {
    /// The road as people read it ("listen only").
    pub fn label(self) -> &'static str {
        match self {
            Road::Resolve => "resolve",
            Road::ListenOnly => "listen only",
            Road::PoliteNo => "polite no",
            Road::DontEngage => "don't engage",
        }
    }
}

/// What to do for a review nobody should answer in public, in order.
pub const REPORT_CHECKLIST: [&str; 4] = [
    "Flag the review on the platform (its report button)",
    "Pick its reason: fake, spam, conflict of interest, abuse",
    "Note why: no such order, a competitor, abusive words",
    "No public reply: it keeps the review in view",
];

impl fmt::Display for CloseRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CloseRefusal::NoReason => f.write_str(
                "say why the case is closed without a reply (for example \"fake review, reported\")",
            ),
            CloseRefusal::AlreadyClosed(why) => write!(f, "this case is already closed ({why})"),
            CloseRefusal::NotAsked(id) => write!(
                f,
                "nobody asked to close this case; ask first with `heard close {id} --reason \"…\"`"
            ),
            CloseRefusal::SamePerson(by, id) => write!(
                f,
                "{by} asked to close this case and cannot also agree; a colleague must agree \
                 (`heard close {id} --agree` as them)"
            ),
            CloseRefusal::Author(by) => write!(
                f,
                "{by} wrote the drafts of this case and cannot agree to close it; ask a colleague"
            ),
            CloseRefusal::NoName => f.write_str("say who you are: agreeing needs a name"),
            CloseRefusal::SameMachine(by, id) => write!(
                f,
                "this OK comes from the machine the close was asked on. {by} agrees from their own \
                 machine (`heard close {id} --agree` there)"
            ),
            CloseRefusal::NotOnTeam(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for CloseRefusal {}
