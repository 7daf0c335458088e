//! The team roster: who may approve a reply. It comes from the person's
//! config; the domain only ever receives it, never reads it.

/// Who may approve. Empty means anyone who is not an author.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roster {
    members: Vec<String>,
    /// `team.toml` `require_signed_approvals`: an approval opens the gate
    /// only with a signature that verifies against `signers`.
    require_signed: bool,
    signers: Vec<super::signing::AllowedSigner>,
    /// name → principal in `allowed_signers` (`Bob` → `bob@shop`).
    principals: Vec<(String, String)>,
    /// `team.toml` `[roles]`: who is an `owner` (everyone else is staff).
    owners: Vec<String>,
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
            ..Roster::default()
        }
    }

    /// The team's signing rules: whether approvals must be signed, the
    /// keys allowed, and each person's principal among them.
    pub fn with_signing(
        mut self,
        require_signed: bool,
        signers: Vec<super::signing::AllowedSigner>,
        principals: Vec<(String, String)>,
    ) -> Roster {
        self.require_signed = require_signed;
        self.signers = signers;
        self.principals = principals;
        self
    }

    /// The team's owners (`[roles] Ann = "owner"`); only members count.
    pub fn with_owners(mut self, owners: Vec<String>) -> Roster {
        self.owners = owners;
        self
    }

    pub fn owners(&self) -> &[String] {
        &self.owners
    }

    /// Whether `name` is one of the owners, as people see names.
    pub fn is_owner(&self, name: &str) -> bool {
        self.allows(name)
            && self
                .owners
                .iter()
                .any(|o| super::identity::same_person(o, name))
    }

    pub fn requires_signatures(&self) -> bool {
        self.require_signed
    }

    /// Whether `signature` proves that `approver` approved these drafts.
    pub fn check_signature(
        &self,
        case_id: &str,
        drafts_sha256: &str,
        approver: &str,
        signature: Option<&str>,
    ) -> Result<(), super::signing::SignatureProblem> {
        let principal = self
            .principals
            .iter()
            .find(|(name, _)| super::identity::same_person(name, approver))
            .map_or(approver, |(_, p)| p.as_str());
        super::signing::verify_approval(
            &self.signers,
            principal,
            case_id,
            drafts_sha256,
            approver,
            signature,
        )
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
                .any(|m| super::identity::same_person(m, name))
    }

    /// The refusal for someone not on the roster, if they are not.
    pub fn refusal(&self, name: &str) -> Option<NotOnRoster> {
        (!self.allows(name)).then(|| NotOnRoster {
            name: name.to_string(),
            members: self.members.clone(),
        })
    }
}

/// Someone the roster does not name, and who it does name (worded by
/// `present::team`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotOnRoster {
    pub name: String,
    pub members: Vec<String>,
}
