//! Hand edits and who may accept them, in words (`domain::integrity`).
//! A finding's words are also what `findings_sha256` hashes, so they must
//! not change once people have accepted them.

use std::fmt;

use crate::domain::integrity::{AcceptanceRefusal, HandEdit};

impl fmt::Display for HandEdit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HandEdit::ChainBroken { file, by } => write!(
                f,
                "{file}: the event before it by {by} was changed or removed"
            ),
            HandEdit::ChainMissing { file, by } => write!(
                f,
                "{file}: does not name {by}'s previous event (written by hand?)"
            ),
            HandEdit::Missing { seq } => write!(f, "event {seq:08} is missing (deleted?)"),
            HandEdit::BeforeCreated { file } => {
                write!(f, "{file}: dated before the case was created")
            }
            HandEdit::OutOfOrder { file } => write!(
                f,
                "{file}: dated before its author's previous event (time moved by hand?)"
            ),
            HandEdit::PlaybookCopyChanged => write!(
                f,
                "the playbook copied into the case does not match its hash (gates edited?)"
            ),
        }
    }
}

impl fmt::Display for AcceptanceRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AcceptanceRefusal::NothingToAccept => {
                f.write_str("nothing to accept: `heard verify` finds no hand edits on this case")
            }
            AcceptanceRefusal::FindingsChanged => {
                f.write_str("the findings changed since you read them; run `heard verify` again")
            }
            AcceptanceRefusal::Author(by) => write!(
                f,
                "{by} wrote part of the drafts; a team member who did not must accept hand edits"
            ),
            AcceptanceRefusal::NoRoster => f.write_str(
                "only a member of the team roster (team.toml `members`) can accept hand edits",
            ),
            AcceptanceRefusal::NotOnTeam(why) => write!(f, "{why}"),
        }
    }
}
