//! The coach: checks a draft against the review and the practice.

pub mod vader;

use serde::{Deserialize, Serialize};

/// The coach's settings in a playbook (`[coach]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoachRules {
    /// Finding categories that block sending.
    #[serde(default)]
    pub block: Vec<String>,
}
