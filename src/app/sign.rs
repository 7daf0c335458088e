//! Signing an approval with the person's SSH key (`[identity] signing_key`
//! in config.toml). Unencrypted ed25519 keys are signed here; any other key
//! (a passphrase, another algorithm) goes through `ssh-keygen -Y sign`,
//! which asks for the passphrase itself.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use ssh_key::{HashAlg, LineEnding, PrivateKey};

use crate::domain::signing::NAMESPACE;

#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error("cannot read your signing key {path}: {message}")]
    Key { path: String, message: String },
    #[error("`ssh-keygen -Y sign` failed on {path}: {message}")]
    Keygen { path: String, message: String },
}

/// An SSH signature (PEM armour) of `message` in heard's namespace.
pub fn sign(key_path: &Path, message: &str) -> Result<String, SignError> {
    let path = key_path.display().to_string();
    let key = PrivateKey::read_openssh_file(key_path);
    if let Ok(key) = &key
        && !key.is_encrypted()
        && let Ok(sig) = key.sign(NAMESPACE, HashAlg::Sha512, message.as_bytes())
    {
        return sig.to_pem(LineEnding::LF).map_err(|e| SignError::Key {
            path,
            message: e.to_string(),
        });
    }
    if let Err(e) = &key
        && !key_path.is_file()
    {
        return Err(SignError::Key {
            path,
            message: e.to_string(),
        });
    }
    keygen_sign(key_path, message)
}

fn keygen_sign(key_path: &Path, message: &str) -> Result<String, SignError> {
    let path = key_path.display().to_string();
    let fail = |message: String| SignError::Keygen {
        path: path.clone(),
        message,
    };
    let mut child = Command::new("ssh-keygen")
        .args(["-Y", "sign", "-n", NAMESPACE, "-f"])
        .arg(key_path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| fail(e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(message.as_bytes())
            .map_err(|e| fail(e.to_string()))?;
    }
    let out = child.wait_with_output().map_err(|e| fail(e.to_string()))?;
    if !out.status.success() {
        return Err(fail(
            String::from_utf8_lossy(&out.stderr).trim().to_string(),
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
