//! The durable record of one import batch, so a batch needs one flush of
//! one file instead of a flush per file (or of the whole file system).
//!
//! Before any case of a batch is renamed into place, every case's files
//! (its `review.json` and first event, byte for byte) are written into one
//! journal, `cases/.new-<pid>.<host>.import-<n>.json`, and that one file is
//! flushed. The case folders themselves are written without a flush. If
//! the machine loses power before the import's last step has flushed them,
//! a renamed case may come back with an empty or short file; the next heard
//! run on this machine rewrites such files from the journal (see
//! [`Store::recover_journal`]) before anything reads a case, then removes
//! the journal. At the end of an import one flush makes everything durable
//! and the import's own journals go.
//!
//! Like a `.new-*` folder, a journal is invisible to every reader, never
//! synced (`.gitignore`), and only ever read back by that recovery.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Store;

/// One case as the journal keeps it.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct Entry {
    pub id: String,
    pub review: String,
    pub event_file: String,
    pub event: String,
}

/// Whether `name` (in `cases/`) is a batch journal's file name.
pub(super) fn is_journal(name: &str) -> bool {
    name.starts_with(super::create::PREFIX) && name.ends_with(JOURNAL_SUFFIX)
}

const JOURNAL_SUFFIX: &str = ".import.json";

impl Store {
    /// Write and flush the journal of a batch; its path.
    pub(super) fn write_journal(&self, n: usize, entries: &[Entry]) -> std::io::Result<PathBuf> {
        let name = super::create::staging_name(&format!("{n}{JOURNAL_SUFFIX}"));
        let path = self.root.join("cases").join(name);
        let bytes = serde_json::to_vec(entries).expect("journal entries always serialise");
        let mut opts = fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&path)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        // The journal's own name must survive a power cut too.
        fs::File::open(self.root.join("cases"))?.sync_all()?;
        Ok(path)
    }

    /// Make every case a journal lists whole again (files of a renamed case
    /// that a power cut left empty or short are written afresh; a case
    /// never renamed in was never reported and is left to a re-import),
    /// then remove the journal. False when the journal cannot be read or a
    /// file cannot be repaired: it is then kept for the next run.
    pub(super) fn recover_journal(&self, path: &Path) -> bool {
        let Ok(bytes) = fs::read(path) else {
            return false;
        };
        let Ok(entries) = serde_json::from_slice::<Vec<Entry>>(&bytes) else {
            // Never flushed whole, so no case of it was ever renamed in.
            return fs::remove_file(path).is_ok();
        };
        let mut whole = true;
        for e in &entries {
            let dir = self.case_dir(&e.id);
            if e.id.contains(['/', '\\']) || e.event_file.contains(['/', '\\']) || !dir.is_dir() {
                continue;
            }
            whole &= same_or_rewritten(&dir.join("review.json"), e.review.as_bytes());
            let event = dir.join("events").join(&e.event_file);
            whole &= same_or_rewritten(&event, e.event.as_bytes());
        }
        whole && fs::remove_file(path).is_ok()
    }
}

/// A file written once, checked against the bytes it was written with and
/// written again (atomically, flushed) when a power cut cut it short.
fn same_or_rewritten(path: &Path, bytes: &[u8]) -> bool {
    if fs::read(path).is_ok_and(|b| b == bytes) {
        return true;
    }
    super::atomic::write_replace(path, bytes).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::{T0, playbook, review};

    #[test]
    fn a_journal_mends_a_case_a_power_cut_left_short_and_then_goes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("s")).unwrap();
        let id = store
            .create_case(&review(), &playbook(), "ann", T0)
            .unwrap();
        let case = store.case_dir(&id);
        let review_bytes = fs::read(case.join("review.json")).unwrap();
        let event_file = fs::read_dir(case.join("events"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .file_name()
            .to_string_lossy()
            .into_owned();
        let event_bytes = fs::read(case.join("events").join(&event_file)).unwrap();
        let entries = vec![
            Entry {
                id: id.clone(),
                review: String::from_utf8(review_bytes.clone()).unwrap(),
                event_file: event_file.clone(),
                event: String::from_utf8(event_bytes.clone()).unwrap(),
            },
            // A case of the batch that was never renamed in stays absent.
            Entry {
                id: "20261123-never-000000".into(),
                review: "{}".into(),
                event_file: "00000001-ann-000000.json".into(),
                event: "{}".into(),
            },
        ];
        let path = store.write_journal(7, &entries).unwrap();
        assert!(is_journal(&path.file_name().unwrap().to_string_lossy()));
        // What a power cut before the flush can leave: empty files.
        fs::write(case.join("review.json"), b"").unwrap();
        fs::write(case.join("events").join(&event_file), b"").unwrap();

        assert!(store.recover_journal(&path));
        assert!(!path.exists());
        assert_eq!(fs::read(case.join("review.json")).unwrap(), review_bytes);
        assert_eq!(
            fs::read(case.join("events").join(&event_file)).unwrap(),
            event_bytes
        );
        assert!(!store.case_dir("20261123-never-000000").exists());
        assert_eq!(store.hand_edits(&id).unwrap(), Vec::<String>::new());
        store.load(&id).unwrap();
    }
}
