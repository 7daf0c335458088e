//! Signed approvals: an approval can carry an SSH signature (namespace
//! `heard`, as `ssh-keygen -Y sign -n heard` makes) over the case id, the
//! drafts' sha256 and the approver's name, checked against the team's
//! `allowed_signers` (git's format). Verifying is pure computation, so it
//! happens in every fold; signing needs the person's key and lives outside.

use ssh_key::{PublicKey, SshSig};

use super::identity::same_person;

/// The namespace every heard signature is made in.
pub const NAMESPACE: &str = "heard";

/// Exactly what an approval signs.
pub fn approval_message(case_id: &str, drafts_sha256: &str, approver: &str) -> String {
    format!("heard approval\ncase {case_id}\ndrafts {drafts_sha256}\nby {approver}\n")
}

/// One line of an `allowed_signers` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowedSigner {
    pub principals: Vec<String>,
    /// `namespaces="…"`; None means any namespace.
    pub namespaces: Option<Vec<String>>,
    /// The key as written (`ssh-ed25519 AAAA…`).
    pub key: String,
}

/// A line that could not be read, with its number (worded by
/// `present::signing`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignersError {
    pub line: usize,
    pub problem: SignerLineProblem,
}

/// What is wrong with one `allowed_signers` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignerLineProblem {
    NoKeyType,
    KeyBeforePrincipals,
    NoKeyAfterType,
    /// The key did not parse; the parser's own reason.
    Unreadable(String),
}

/// Split on spaces, keeping `"quoted strings"` (with their spaces) whole.
fn tokens(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn is_key_type(t: &str) -> bool {
    t.starts_with("ssh-") || t.starts_with("ecdsa-") || t.starts_with("sk-")
}

/// Parse git's `allowed_signers` format: `principals [options] keytype key`.
pub fn parse_allowed_signers(text: &str) -> Result<Vec<AllowedSigner>, SignersError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |problem: SignerLineProblem| SignersError {
            line: i + 1,
            problem,
        };
        let t = tokens(line);
        let key_at = t
            .iter()
            .position(|x| is_key_type(x))
            .ok_or_else(|| err(SignerLineProblem::NoKeyType))?;
        if key_at == 0 {
            return Err(err(SignerLineProblem::KeyBeforePrincipals));
        }
        let key_b64 = t
            .get(key_at + 1)
            .ok_or_else(|| err(SignerLineProblem::NoKeyAfterType))?;
        let key = format!("{} {}", t[key_at], key_b64);
        PublicKey::from_openssh(&key)
            .map_err(|e| err(SignerLineProblem::Unreadable(e.to_string())))?;
        let mut namespaces = None;
        for opt in t[1..key_at].iter().flat_map(|o| o.split(',')) {
            if let Some(v) = opt.strip_prefix("namespaces=") {
                namespaces = Some(
                    v.trim_matches('"')
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .collect(),
                );
            }
        }
        // Namespaces inside quotes may hold commas: read them from the token.
        if let Some(opt) = t[1..key_at].iter().find(|o| o.starts_with("namespaces=")) {
            let v = opt.trim_start_matches("namespaces=").trim_matches('"');
            namespaces = Some(v.split(',').map(|s| s.trim().to_string()).collect());
        }
        out.push(AllowedSigner {
            principals: t[0].split(',').map(str::to_string).collect(),
            namespaces,
            key,
        });
    }
    Ok(out)
}

/// Why a signature does not prove an approval (worded by
/// `present::signing`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureProblem {
    Unsigned,
    Unreadable,
    /// The approver named has no key in `allowed_signers`.
    NoKeyFor(String),
    /// Signed, but not with the named approver's key.
    WrongKey(String),
}

/// Check `signature` on an approval of `drafts_sha256` on `case_id` by
/// `approver`, whose principal in `allowed_signers` is `principal` (their
/// e-mail, or their name when the team maps none).
pub fn verify_approval(
    signers: &[AllowedSigner],
    principal: &str,
    case_id: &str,
    drafts_sha256: &str,
    approver: &str,
    signature: Option<&str>,
) -> Result<(), SignatureProblem> {
    let sig = signature.ok_or(SignatureProblem::Unsigned)?;
    let sig = SshSig::from_pem(sig.trim()).map_err(|_| SignatureProblem::Unreadable)?;
    let theirs: Vec<&AllowedSigner> = signers
        .iter()
        .filter(|s| s.principals.iter().any(|p| same_person(p, principal)))
        .filter(|s| {
            s.namespaces
                .as_ref()
                .is_none_or(|ns| ns.iter().any(|n| n == NAMESPACE))
        })
        .collect();
    if theirs.is_empty() {
        return Err(SignatureProblem::NoKeyFor(approver.to_string()));
    }
    let msg = approval_message(case_id, drafts_sha256, approver);
    let ok = theirs.iter().any(|s| {
        PublicKey::from_openssh(&s.key)
            .is_ok_and(|k| k.verify(NAMESPACE, msg.as_bytes(), &sig).is_ok())
    });
    if ok {
        Ok(())
    } else {
        Err(SignatureProblem::WrongKey(approver.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ssh_key::{Algorithm, HashAlg, LineEnding, PrivateKey, rand_core::OsRng};

    fn key() -> PrivateKey {
        PrivateKey::random(&mut OsRng, Algorithm::Ed25519).unwrap()
    }

    fn sign(k: &PrivateKey, msg: &str) -> String {
        k.sign(NAMESPACE, HashAlg::Sha512, msg.as_bytes())
            .unwrap()
            .to_pem(LineEnding::LF)
            .unwrap()
    }

    #[test]
    fn signatures_prove_who_approved_table() {
        let bob = key();
        let ann = key();
        let bob_pub = bob.public_key().to_openssh().unwrap();
        let file = format!(
            "# team\nbob@shop namespaces=\"heard\" {bob_pub}\nann@shop namespaces=\"git\" {}\n",
            ann.public_key().to_openssh().unwrap()
        );
        let signers = parse_allowed_signers(&file).unwrap();
        let msg = approval_message("c1", "abc", "Bob");
        let good = sign(&bob, &msg);
        let by_ann = sign(&ann, &msg);
        let other_drafts = sign(&bob, &approval_message("c1", "def", "Bob"));
        // (principal, signature, expected)
        let table: Vec<(&str, Option<&str>, Result<(), SignatureProblem>)> = vec![
            ("bob@shop", Some(&good), Ok(())),
            ("BOB@shop", Some(&good), Ok(())),
            ("bob@shop", None, Err(SignatureProblem::Unsigned)),
            (
                "bob@shop",
                Some("garbage"),
                Err(SignatureProblem::Unreadable),
            ),
            (
                "bob@shop",
                Some(&by_ann),
                Err(SignatureProblem::WrongKey("Bob".into())),
            ),
            (
                "bob@shop",
                Some(&other_drafts),
                Err(SignatureProblem::WrongKey("Bob".into())),
            ),
            // Ann's key is only for git signatures, not heard's.
            (
                "ann@shop",
                Some(&by_ann),
                Err(SignatureProblem::NoKeyFor("Bob".into())),
            ),
            (
                "zed@shop",
                Some(&good),
                Err(SignatureProblem::NoKeyFor("Bob".into())),
            ),
        ];
        for (principal, sig, want) in table {
            assert_eq!(
                verify_approval(&signers, principal, "c1", "abc", "Bob", sig),
                want,
                "{principal}"
            );
        }
    }

    #[test]
    fn bad_lines_are_located() {
        let err = parse_allowed_signers("\n\nbob@shop\n").unwrap_err();
        assert_eq!(err.line, 3);
        let err = parse_allowed_signers("bob@shop ssh-ed25519 AAAAnotakey\n").unwrap_err();
        assert!(err.to_string().contains("cannot be read"), "{err}");
    }
}
