//! The team's shared settings, kept in the store so they travel with it
//! through sync instead of living in each person's own config (where an
//! author could simply delete the roster):
//!
//! ```toml
//! # <store>/team.toml
//! members = ["Ann", "Bob"]           # who may approve
//! require_signed_approvals = true    # approvals must carry an SSH signature
//! [signers]                          # name → principal in allowed_signers
//! Bob = "bob@shop.example"
//! [roles]                            # owner or staff (the default)
//! Ann = "owner"
//! ```
//! `<store>/allowed_signers` holds the keys, in git's format.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{StoreError, io_err};
use crate::domain::Roster;
use crate::domain::signing::parse_allowed_signers;

pub const TEAM_FILE: &str = "team.toml";
pub const SIGNERS_FILE: &str = "allowed_signers";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TeamFile {
    #[serde(default)]
    members: Vec<String>,
    #[serde(default)]
    require_signed_approvals: bool,
    #[serde(default)]
    signers: BTreeMap<String, String>,
    /// name → `owner` or `staff`; anyone not listed is staff.
    #[serde(default)]
    roles: BTreeMap<String, Role>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Role {
    Owner,
    Staff,
}

impl TeamFile {
    fn owners(&self) -> Vec<String> {
        self.roles
            .iter()
            .filter(|(_, r)| **r == Role::Owner)
            .map(|(n, _)| n.clone())
            .collect()
    }
}

fn read_optional(path: &Path) -> Result<Option<String>, StoreError> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_err(path)(e)),
    }
}

fn corrupt(path: &Path, text: &str, offset: usize, message: String) -> StoreError {
    let before = &text[..offset.min(text.len())];
    StoreError::Corrupt {
        path: path.to_path_buf(),
        line: before.matches('\n').count() + 1,
        column: before
            .rfind('\n')
            .map_or(before.len(), |n| before.len() - n - 1)
            + 1,
        message,
    }
}

/// The team's roster and signing rules from the store; `fallback` (the
/// person's config) only when the store has no `team.toml`.
pub fn load(root: &Path, fallback: Roster) -> Result<Roster, StoreError> {
    let path = root.join(TEAM_FILE);
    let Some(text) = read_optional(&path)? else {
        return Ok(fallback);
    };
    let team: TeamFile = toml::from_str(&text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        corrupt(&path, &text, at, e.message().trim().to_string())
    })?;
    let signers_path = root.join(SIGNERS_FILE);
    let signers = match read_optional(&signers_path)? {
        Some(t) => parse_allowed_signers(&t).map_err(|e| StoreError::Corrupt {
            path: signers_path.clone(),
            line: e.line,
            column: 1,
            message: e.problem.to_string(),
        })?,
        None => Vec::new(),
    };
    let owners = team.owners();
    Ok(Roster::new(&team.members)
        .with_signing(
            team.require_signed_approvals,
            signers,
            team.signers.into_iter().collect(),
        )
        .with_owners(owners))
}

/// The owners named in a `team.toml` text (empty when it cannot be read).
pub fn owners(text: &str) -> Vec<String> {
    toml::from_str::<TeamFile>(text)
        .map(|t| t.owners())
        .unwrap_or_default()
}

/// The `members` of a `team.toml` text (empty when it cannot be read).
pub fn members(text: &str) -> Vec<String> {
    toml::from_str::<TeamFile>(text)
        .map(|t| t.members)
        .unwrap_or_default()
}

/// Whether changing `team.toml` from `before` to `after` changed who the
/// owners are without being done by one of the owners named before: a staff
/// member making themselves owner (or removing the owners). The first
/// owners of a team that named none may be named by anyone on the roster.
pub fn roles_changed_by_non_owner(before: &str, after: &str, author: &str) -> bool {
    use crate::domain::identity::{name_key, same_person};
    let keys = |names: Vec<String>| {
        let mut k: Vec<String> = names.iter().map(|n| name_key(n)).collect();
        k.sort();
        k
    };
    let was = owners(before);
    !was.is_empty()
        && keys(was.clone()) != keys(owners(after))
        && !was.iter().any(|o| same_person(o, author))
}
