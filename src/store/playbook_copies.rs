//! The playbook a case was created with, kept once per content as
//! `<store>/playbooks/<sha256>.toml` (the sha256 of the file's bytes).
//!
//! Every case created with the same playbook names the same copy, so a
//! store of 100,000 cases holds a handful of copies instead of 100,000
//! (the copy was 96 % of a store's bytes when each `created` event carried
//! its own). A copy is written once and never replaced, shared through
//! sync like events, and checked against its name whenever it is read: a
//! missing or changed copy is an error naming the file, never silently
//! made anew, because the gates of every case that names it come from it.

use std::collections::HashMap;
use std::io;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::atomic::{create_private_dir, write_new};
use super::{Result, Store, StoreError, io_err, safe_read, sha256_hex};
use crate::domain::Playbook;

/// Copies already read (and checked) or written by this process, by hash.
#[derive(Debug, Clone, Default)]
pub(super) struct Copies(Arc<Mutex<HashMap<String, Arc<Playbook>>>>);

impl Copies {
    fn get(&self, sha: &str) -> Option<Arc<Playbook>> {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.get(sha).cloned()
    }

    fn put(&self, sha: &str, playbook: Playbook) -> Arc<Playbook> {
        let playbook = Arc::new(playbook);
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.insert(sha.to_string(), playbook.clone());
        playbook
    }
}

/// What is wrong with a playbook copy.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CopyProblem {
    #[error("is missing")]
    Missing,
    #[error("was changed: its content no longer matches the sha256 in its name")]
    Changed,
    #[error("cannot be read ({0})")]
    Unreadable(String),
}

/// Whether a file name in `playbooks/` is a case's copy (`<sha256>.toml`)
/// rather than one of the team's own playbooks.
pub fn is_copy_name(name: &str) -> bool {
    name.strip_suffix(".toml").is_some_and(is_sha256)
}

fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The text a copy holds: the playbook as TOML.
fn copy_text(playbook: &Playbook) -> std::result::Result<String, String> {
    toml::to_string(playbook).map_err(|e| e.to_string())
}

fn parse_copy(text: &str) -> std::result::Result<Playbook, String> {
    toml::from_str(text).map_err(|e| e.to_string())
}

impl Store {
    /// `playbooks/<sha256>.toml`.
    pub fn playbook_copy_path(&self, sha: &str) -> PathBuf {
        self.playbooks_dir().join(format!("{sha}.toml"))
    }

    fn copy_error(&self, sha: &str, problem: CopyProblem) -> StoreError {
        StoreError::PlaybookCopy {
            path: self.playbook_copy_path(sha),
            problem,
        }
    }

    /// Keep the copy of `playbook` a new case is created with (written
    /// once; an existing copy is checked, never replaced). Returns its
    /// sha256, which the `created` event names.
    pub(super) fn keep_playbook_copy(&self, playbook: &Playbook) -> Result<String> {
        let dir = self.playbooks_dir();
        let text = copy_text(playbook).map_err(|e| StoreError::Io {
            path: dir.clone(),
            source: io::Error::other(format!(
                "the playbook `{}` cannot be kept as a copy: {e}",
                playbook.id
            )),
        })?;
        let sha = sha256_hex(text.as_bytes());
        let path = self.playbook_copy_path(&sha);
        if self.copies.get(&sha).is_some() && path.is_file() {
            return Ok(sha);
        }
        create_private_dir(&dir).map_err(io_err(&dir))?;
        match write_new(&path, text.as_bytes()) {
            Ok(()) => {
                // What later reads will get: the copy as read back, so the
                // case has the same gates now as after a restart.
                let read_back = parse_copy(&text)
                    .map_err(|e| self.copy_error(&sha, CopyProblem::Unreadable(e)))?;
                self.copies.put(&sha, read_back);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                self.playbook_copy(&sha)?;
            }
            Err(e) => return Err(io_err(&path)(e)),
        }
        Ok(sha)
    }

    /// The copy named `sha`, checked against its name.
    pub(super) fn playbook_copy(&self, sha: &str) -> Result<Arc<Playbook>> {
        if let Some(found) = self.copies.get(sha) {
            return Ok(found);
        }
        if !is_sha256(sha) {
            return Err(self.copy_error(sha, CopyProblem::Missing));
        }
        let path = self.playbook_copy_path(sha);
        let bytes = match safe_read::read_capped(&path, safe_read::MAX_FILE_BYTES) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(self.copy_error(sha, CopyProblem::Missing));
            }
            Err(e) => return Err(self.copy_error(sha, CopyProblem::Unreadable(e.to_string()))),
        };
        if sha256_hex(&bytes) != sha {
            return Err(self.copy_error(sha, CopyProblem::Changed));
        }
        let text = String::from_utf8(bytes)
            .map_err(|e| self.copy_error(sha, CopyProblem::Unreadable(e.to_string())))?;
        let playbook =
            parse_copy(&text).map_err(|e| self.copy_error(sha, CopyProblem::Unreadable(e)))?;
        Ok(self.copies.put(sha, playbook))
    }
}

#[cfg(test)]
#[path = "playbook_copies_tests.rs"]
mod tests;
