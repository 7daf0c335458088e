//! The team roster: who may approve a reply. It comes from the person's
//! config; the domain only ever receives it, never reads it.

/// Who may approve. Empty means anyone who is not an author.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roster {
    members: Vec<String>,
}

impl Roster {
    /// Anyone may approve (no `[team] members` configured).
    pub fn anyone() -> Roster {
        Roster::default()
    }

    pub fn new<I, S>(members: I) -> Roster
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Roster {
            members: members
                .into_iter()
                .map(|m| m.as_ref().trim().to_string())
                .filter(|m| !m.is_empty())
                .collect(),
        }
    }

    pub fn is_open(&self) -> bool {
        self.members.is_empty()
    }

    pub fn members(&self) -> &[String] {
        &self.members
    }

    /// Whether `name` may approve. Names compare without regard to case or
    /// surrounding spaces: "Bob " is bob.
    pub fn allows(&self, name: &str) -> bool {
        self.is_open()
            || self
                .members
                .iter()
                .any(|m| m.eq_ignore_ascii_case(name.trim()))
    }

    /// The refusal for someone not on the roster, if they are not.
    pub fn refusal(&self, name: &str) -> Option<String> {
        (!self.allows(name)).then(|| {
            format!(
                "{name} is not on the team roster ({}); only team members can approve a reply. \
                 Add them under [team] members in config.toml if they should",
                self.members.join(", ")
            )
        })
    }
}
