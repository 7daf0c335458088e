//! The roster's refusal in words (`domain::team`).

use std::fmt;

use crate::domain::team::NotOnRoster;

impl fmt::Display for NotOnRoster {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not on the team roster ({}); only team members can approve a reply. \
             Add them under [team] members in config.toml if they should",
            self.name,
            self.members.join(", ")
        )
    }
}
