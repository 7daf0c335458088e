//! The store's side of the inbox index (`index.rs`): where it lives, when
//! it is rebuilt, and the one call after each event write that keeps it in
//! step with the files.
//!
//! When is it trusted? Opening it for reading (the inbox, `heard list`, an
//! import) checks, without touching a single case: the schema version, the
//! team roster it was computed with, and the modification time of the
//! `cases/` folder (a case added or removed by someone else, such as a
//! folder sync, changes it). A changed roster or schema rebuilds every row;
//! a changed `cases/` folder compares the folder's listing with the rows.
//! Events that arrive through `heard sync` re-index their cases; other
//! outside changes to a case's events are picked up when heard writes to
//! that case, or by `heard reindex`.

use std::fs;
use std::io;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use super::atomic::create_private_dir;
use super::index::Index;
use super::{Result, Store, StoreError};

/// The index a store (and its clones) shares, opened on first use.
#[derive(Debug, Clone, Default)]
pub struct IndexSlot(Arc<Mutex<SlotState>>);

#[derive(Debug, Default)]
struct SlotState {
    index: Option<Index>,
    /// Checked against the files (and rebuilt if needed) in this process.
    trusted: bool,
}

const META_ROSTER: &str = "roster";
const META_CASES_MTIME: &str = "cases_mtime";
const META_COMPLETE: &str = "complete";

impl IndexSlot {
    fn lock(&self) -> MutexGuard<'_, SlotState> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The `cases/` folder's modification time and, on Unix, its link count
/// (two plus its sub-folders on most file systems): one `stat` that changes
/// when a case folder comes or goes, even within a coarse clock tick.
fn folder_mtime(dir: &std::path::Path) -> String {
    let Ok(meta) = fs::metadata(dir) else {
        return String::new();
    };
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    #[cfg(unix)]
    let links = std::os::unix::fs::MetadataExt::nlink(&meta);
    #[cfg(not(unix))]
    let links = 0;
    format!("{mtime}:{links}")
}

impl Store {
    /// `<store>/.index/inbox.sqlite3`: private to this machine, never shared.
    pub fn index_path(&self) -> PathBuf {
        self.root.join(".index").join("inbox.sqlite3")
    }

    fn index_error(&self, e: rusqlite::Error) -> StoreError {
        StoreError::Io {
            path: self.index_path(),
            source: io::Error::other(format!(
                "the inbox index: {e} (`heard reindex` rebuilds it from the case files)"
            )),
        }
    }

    fn roster_key(&self) -> String {
        // Owners decide the owner's-approval column as members decide the
        // review columns.
        let owners = self.roster.owners().join("\n");
        format!("{}\n\u{1f}{owners}", self.roster.members().join("\n"))
    }

    /// Open the index file, creating its folder; a file that will not open
    /// is derived data, so it is removed and made anew.
    fn open_index_file(&self) -> Result<Index> {
        let path = self.index_path();
        if let Some(dir) = path.parent() {
            create_private_dir(dir).map_err(super::io_err(dir))?;
            let ignore = dir.join(".gitignore");
            if !ignore.exists() {
                let _ = super::atomic::write_replace(&ignore, b"# heard's rebuildable index\n*\n");
            }
        }
        // Private like every store file (SQLite would make it 0644; its
        // -wal and -shm files copy the database file's mode).
        if !path.exists() {
            let _ = super::atomic::write_new(&path, b"");
        }
        let opened = Index::open(&path).or_else(|_| {
            for suffix in ["", "-wal", "-shm"] {
                let mut p = path.clone().into_os_string();
                p.push(suffix);
                let _ = fs::remove_file(PathBuf::from(p));
            }
            Index::open(&path)
        });
        let (index, current) = opened.map_err(|e| self.index_error(e))?;
        if !current {
            let _ = index.set_meta(META_COMPLETE, "0");
        }
        Ok(index)
    }

    /// Run `f` on the index, first made trustworthy (see the module doc):
    /// rebuilt from the files when missing, from an older schema or for
    /// another roster; compared with the `cases/` listing when that changed.
    pub fn with_index<T>(&self, f: impl FnOnce(&Index) -> rusqlite::Result<T>) -> Result<T> {
        let mut slot = self.index.lock();
        if slot.index.is_none() {
            slot.index = Some(self.open_index_file()?);
        }
        if !slot.trusted {
            self.bring_up_to_date(slot.index.as_ref().expect("just opened"))?;
            slot.trusted = true;
        }
        f(slot.index.as_ref().expect("just opened")).map_err(|e| self.index_error(e))
    }

    fn bring_up_to_date(&self, index: &Index) -> Result<()> {
        let complete = index.meta(META_COMPLETE).ok().flatten().as_deref() == Some("1");
        let roster = index.meta(META_ROSTER).ok().flatten();
        if !complete || roster.as_deref() != Some(self.roster_key().as_str()) {
            return self.rebuild(index).map(drop);
        }
        let cases = self.root.join("cases");
        if index.meta(META_CASES_MTIME).ok().flatten() != Some(folder_mtime(&cases)) {
            self.reconcile(index)?;
        }
        Ok(())
    }

    /// Load one case from its files and write its row (or note it damaged).
    fn index_one(&self, index: &Index, id: &str) -> rusqlite::Result<()> {
        let events = self.event_files(id).map(|f| f.len()).unwrap_or(0);
        match self.load(id) {
            Ok(case) => index.put_case(&case, events),
            Err(StoreError::NoSuchCase(_)) => index.remove(id),
            Err(e) => index.put_damaged(id, &e.to_string()),
        }
    }

    /// Every row again from the files. Returns how many cases were read.
    fn rebuild(&self, index: &Index) -> Result<usize> {
        let cases = self.root.join("cases");
        let mtime = folder_mtime(&cases);
        let ids = self.case_ids()?;
        index
            .batch(|ix| {
                ix.clear()?;
                for id in &ids {
                    self.index_one(ix, id)?;
                }
                ix.set_meta(META_ROSTER, &self.roster_key())?;
                ix.set_meta(META_CASES_MTIME, &mtime)?;
                ix.set_meta(META_COMPLETE, "1")
            })
            .map_err(|e| self.index_error(e))?;
        Ok(ids.len())
    }

    /// Rows for case folders that appeared, none for those that went: the
    /// `cases/` listing (names only) against the index's ids.
    fn reconcile(&self, index: &Index) -> Result<()> {
        let cases = self.root.join("cases");
        let mtime = folder_mtime(&cases);
        let listed: std::collections::BTreeSet<String> = fs::read_dir(&cases)
            .map_err(super::io_err(&cases))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect();
        index
            .batch(|ix| {
                let known: std::collections::BTreeSet<String> = ix.ids()?.into_iter().collect();
                for id in listed.difference(&known) {
                    self.index_one(ix, id)?;
                }
                for id in known.difference(&listed) {
                    ix.remove(id)?;
                }
                ix.set_meta(META_CASES_MTIME, &mtime)
            })
            .map_err(|e| self.index_error(e))
    }

    /// `heard reindex`: rebuild every row from the case files.
    pub fn reindex(&self) -> Result<usize> {
        let mut slot = self.index.lock();
        if slot.index.is_none() {
            slot.index = Some(self.open_index_file()?);
        }
        let n = self.rebuild(slot.index.as_ref().expect("just opened"))?;
        slot.trusted = true;
        Ok(n)
    }

    /// Re-index these cases (events arrived for them through a sync), then
    /// compare the listing for cases that came or went.
    pub fn reindex_cases<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Result<()> {
        let ids: Vec<&str> = ids.into_iter().collect();
        self.with_index(|ix| {
            ix.batch(|ix| {
                for id in &ids {
                    self.index_one(ix, id)?;
                }
                Ok(())
            })
        })?;
        let slot = self.index.lock();
        match slot.index.as_ref() {
            Some(index) => self.reconcile(index),
            None => Ok(()),
        }
    }

    /// Called after every event write: the case's row, folded from its
    /// files. The index is derived, so a failure here never fails the
    /// write; it is marked incomplete and rebuilt at the next start. A
    /// store without an index yet is left so (the first reader builds it).
    pub(super) fn index_written(&self, id: &str) {
        // A case still being built aside is not a case yet.
        if id.starts_with('.') {
            return;
        }
        let mut slot = self.index.lock();
        let Some(index) = self.index_on_disk(&mut slot) else {
            return;
        };
        if self.index_one(index, id).is_err() {
            let _ = index.set_meta(META_COMPLETE, "0");
            slot.trusted = false;
        }
    }

    /// The index as it is on disk, opened if this store value has not yet:
    /// None when the store has none (the first reader builds it) or it does
    /// not open (the next start rebuilds it).
    fn index_on_disk<'a>(&self, slot: &'a mut SlotState) -> Option<&'a Index> {
        if slot.index.is_none() {
            if !self.index_path().exists() {
                return None;
            }
            slot.index = Some(self.open_index_file().ok()?);
        }
        slot.index.as_ref()
    }

    /// Rows for cases just written (`batch.rs`), in one transaction: from
    /// the case as written, or read back when there is none.
    pub(super) fn index_rows(&self, rows: &[(&str, Option<&crate::domain::Case>)]) {
        let mut slot = self.index.lock();
        let Some(index) = self.index_on_disk(&mut slot) else {
            return;
        };
        let written = index.batch(|ix| {
            for (id, case) in rows {
                match case {
                    Some(case) => ix.put_case(case, 1)?,
                    None => self.index_one(ix, id)?,
                }
            }
            Ok(())
        });
        if written.is_err() {
            let _ = index.set_meta(META_COMPLETE, "0");
            slot.trusted = false;
        }
    }

    /// Find a case by its full id or a unique prefix, reading one folder
    /// (the exact id) or the index — never every case. A prefix the index
    /// does not know is looked up in the `cases/` listing (names only), for
    /// cases another program added since.
    pub fn resolve(&self, id_or_prefix: &str) -> Result<String> {
        let exact = !id_or_prefix.is_empty()
            && !id_or_prefix.contains(['/', '\\'])
            && id_or_prefix != "."
            && id_or_prefix != "..";
        if exact && self.case_dir(id_or_prefix).join("review.json").is_file() {
            return Ok(id_or_prefix.to_string());
        }
        let from_index = self
            .with_index(|ix| ix.ids_with_prefix(id_or_prefix, 20))
            .unwrap_or_default();
        let matches = if from_index.is_empty() {
            self.case_ids_with_prefix(id_or_prefix)?
        } else {
            from_index
        };
        if matches.is_empty() && !id_or_prefix.trim().is_empty() {
            return self.resolve_customer(id_or_prefix);
        }
        match matches.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(StoreError::NoSuchCase(id_or_prefix.to_string())),
            many => Err(StoreError::Ambiguous(
                id_or_prefix.to_string(),
                many.join(", "),
            )),
        }
    }

    /// The one case whose customer's name starts with `prefix` ("morag"
    /// for Morag Pennington's); several name each with its customer.
    fn resolve_customer(&self, prefix: &str) -> Result<String> {
        let found = self
            .with_index(|ix| ix.ids_with_customer_prefix(prefix, 20))
            .unwrap_or_default();
        match found.as_slice() {
            [(one, _)] => Ok(one.clone()),
            [] => Err(StoreError::NoSuchCase(prefix.to_string())),
            many => Err(StoreError::Ambiguous(
                prefix.to_string(),
                many.iter()
                    .map(|(id, customer)| format!("{id} ({customer})"))
                    .collect::<Vec<_>>()
                    .join(", "),
            )),
        }
    }

    /// Case ids starting with `prefix` from the folder listing: only the
    /// names that match are looked at.
    fn case_ids_with_prefix(&self, prefix: &str) -> Result<Vec<String>> {
        let dir = self.root.join("cases");
        let mut ids: Vec<String> = fs::read_dir(&dir)
            .map_err(super::io_err(&dir))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(prefix) && !n.starts_with('.'))
            .filter(|n| self.case_dir(n).join("review.json").is_file())
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// Every diagnosed case's precedent for the recurring alarm, from the
    /// index: opening a case reads no other case's files.
    pub fn precedents(&self) -> Result<Vec<crate::domain::alarm::Precedent>> {
        self.with_index(|ix| ix.precedents())
    }

    /// The case that holds a review with this platform id, if any (from the
    /// index: an import never loads every case).
    pub fn find_by_platform_id(&self, platform: &str, platform_id: &str) -> Result<Option<String>> {
        self.with_index(|ix| ix.by_platform_id(platform, platform_id))
    }
}

#[cfg(test)]
#[path = "index_store_tests.rs"]
mod tests;
