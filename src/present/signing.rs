//! Signed approvals' problems in words (`domain::signing`).

use std::fmt;

use crate::domain::signing::{SignatureProblem, SignerLineProblem, SignersError};

impl fmt::Display for SignerLineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignerLineProblem::NoKeyType => f.write_str("no key type (ssh-ed25519 …) on this line"),
            SignerLineProblem::KeyBeforePrincipals => {
                f.write_str("the line starts with a key; principals come first")
            }
            SignerLineProblem::NoKeyAfterType => f.write_str("the key type has no key after it"),
            SignerLineProblem::Unreadable(e) => write!(f, "the key cannot be read: {e}"),
        }
    }
}

impl fmt::Display for SignersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "allowed_signers line {}: {}", self.line, self.problem)
    }
}

impl std::error::Error for SignersError {}

impl fmt::Display for SignatureProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignatureProblem::Unsigned => f.write_str("not signed"),
            SignatureProblem::Unreadable => f.write_str("the signature cannot be read"),
            SignatureProblem::NoKeyFor(who) => {
                write!(f, "{who} has no key in allowed_signers for heard approvals")
            }
            SignatureProblem::WrongKey(who) => write!(
                f,
                "the signature was not made with {who}'s key in allowed_signers"
            ),
        }
    }
}

impl std::error::Error for SignatureProblem {}
