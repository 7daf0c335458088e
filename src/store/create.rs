//! Case creation, made atomic: the case folder is built aside as
//! `cases/.new-<pid>.<host>.<id>` and renamed into place whole. Readers skip
//! dot-folders, so a half-built case is never seen; the next heard run on
//! the same machine removes the leftovers of a process that no longer runs
//! (nothing in them was ever reported as created, so nothing is lost, and
//! a re-import creates the case afresh instead of a duplicate).

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::{Result, Store, io_err};

pub(super) const PREFIX: &str = ".new-";

/// A leftover from another machine (a folder sync carried it here) is
/// cleared only once it is this old: its process cannot still be running.
const FOREIGN_LEFTOVER_AGE: Duration = Duration::from_secs(24 * 3600);

fn host() -> String {
    // Asked once: a batch names thousands of staging folders.
    static HOST: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HOST.get_or_init(ask_host).clone()
}

fn ask_host() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname writes at most that.
    let ok = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } == 0;
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    let name = if ok {
        String::from_utf8_lossy(&buf[..end]).into_owned()
    } else {
        String::new()
    };
    super::slug(&name, 30)
}

/// The folder name a case is built under before it exists.
pub(super) fn staging_name(id: &str) -> String {
    format!("{PREFIX}{}.{}.{id}", std::process::id(), host())
}

/// Whether the process that built `name` can no longer finish it.
fn abandoned(name: &str, path: &Path) -> bool {
    let mut parts = name.strip_prefix(PREFIX).unwrap_or_default().splitn(3, '.');
    let (Some(pid), Some(h), Some(_id)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    if h != host() {
        let age = fs::symlink_metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok());
        return age.is_some_and(|a| a > FOREIGN_LEFTOVER_AGE);
    }
    let Ok(pid) = pid.parse::<libc::pid_t>() else {
        return false;
    };
    if pid <= 0 || pid as u32 == std::process::id() {
        return false;
    }
    // SAFETY: signal 0 only asks whether the process exists.
    let alive = unsafe { libc::kill(pid, 0) } == 0
        || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
    !alive
}

/// Store roots this process has marked busy (see [`Store::mark_busy`]).
static MARKED: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

fn marked() -> std::sync::MutexGuard<'static, Vec<std::path::PathBuf>> {
    MARKED.lock().unwrap_or_else(|e| e.into_inner())
}

const BUSY_SUFFIX: &str = ".busy";

impl Store {
    /// `<store>/.new-<pid>.<host>.busy`: this process may be leaving
    /// things aside in `cases/`. Opening a store looks for these (a few
    /// names in the store's top folder) instead of listing every case.
    fn busy_marker(&self) -> std::path::PathBuf {
        let name = format!("{PREFIX}{}.{}{BUSY_SUFFIX}", std::process::id(), host());
        self.root.join(name)
    }

    /// Say, durably, that this process is about to build cases aside, so
    /// that if it dies the next run clears what it left (see
    /// [`Store::clear_if_marked`]).
    pub(super) fn mark_busy(&self) -> Result<()> {
        let mut marks = marked();
        if marks.contains(&self.root) {
            return Ok(());
        }
        let path = self.busy_marker();
        super::atomic::write_replace(&path, b"").map_err(io_err(&path))?;
        marks.push(self.root.clone());
        Ok(())
    }

    /// Nothing of this process is aside any more.
    pub(super) fn unmark_busy(&self) {
        let mut marks = marked();
        if let Some(at) = marks.iter().position(|r| r == &self.root) {
            marks.remove(at);
            let _ = fs::remove_file(self.busy_marker());
        }
    }

    /// At open: when a process that marked the store busy is gone, clear
    /// what it left aside (and mend cases from its journals), then drop its
    /// mark. Leftovers of heard versions before the marks are cleared by
    /// the next import.
    pub(super) fn clear_if_marked(&self) {
        let Ok(entries) = fs::read_dir(&self.root) else {
            return;
        };
        let dead: Vec<std::path::PathBuf> = entries
            .filter_map(|e| e.ok())
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.starts_with(PREFIX)
                    && name.ends_with(BUSY_SUFFIX)
                    && abandoned(&name, &e.path())
            })
            .map(|e| e.path())
            .collect();
        if dead.is_empty() {
            return;
        }
        self.clear_abandoned();
        for m in dead {
            let _ = fs::remove_file(m);
        }
    }

    /// Rename the built folder `staging` to the case `id`: the moment the
    /// case comes to exist, with its review and first event.
    /// `id`'s folder was claimed (created empty) first, so the rename
    /// replaces that empty folder and nothing else: anything in it means
    /// it is not ours, and the built case is dropped instead.
    pub(super) fn move_into_place(&self, staging: &str, id: &str) -> Result<()> {
        let from = self.case_dir(staging);
        let to = self.case_dir(id);
        let claimed_and_empty = fs::symlink_metadata(&to).is_ok_and(|m| m.is_dir())
            && fs::read_dir(&to).is_ok_and(|mut d| d.next().is_none());
        if !claimed_and_empty {
            let _ = fs::remove_dir_all(&from);
            return Err(io_err(&to)(std::io::ErrorKind::AlreadyExists.into()));
        }
        fs::rename(&from, &to).map_err(io_err(&to))?;
        // Make the rename durable before anyone is told the case exists.
        if let Ok(d) = fs::File::open(self.root.join("cases")) {
            let _ = d.sync_all();
        }
        Ok(())
    }

    /// Remove the half-built case folders of processes that died (a kill
    /// or power cut mid-creation). Returns how many were removed.
    pub fn clear_abandoned(&self) -> usize {
        let Ok(entries) = fs::read_dir(self.root.join("cases")) else {
            return 0;
        };
        let mut cleared = 0;
        for entry in entries.filter_map(|e| e.ok()) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            let is_journal = super::batch_journal::is_journal(&name);
            if !(is_dir || is_journal) || !abandoned(&name, &entry.path()) {
                continue;
            }
            let gone = if is_dir {
                fs::remove_dir_all(entry.path()).is_ok()
            } else {
                self.recover_journal(&entry.path())
            };
            cleared += usize::from(gone);
        }
        cleared
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::{T0, playbook, review};

    #[test]
    fn a_case_is_never_seen_half_built_and_leftovers_of_dead_processes_go() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("s")).unwrap();
        let cases = dir.path().join("s/cases");
        // A leftover as a killed `heard import` leaves it: review, no event.
        let dead = format!("{PREFIX}{}.{}.20261123-zo-ab12", i32::MAX, host());
        fs::create_dir_all(cases.join(&dead).join("events")).unwrap();
        fs::write(cases.join(&dead).join("review.json"), b"{}").unwrap();
        // One still being built by a live process (this one), and one from
        // another machine that may still be finishing.
        let live = staging_name("20261123-zo-cd34");
        fs::create_dir_all(cases.join(&live)).unwrap();
        let foreign = format!("{PREFIX}1.otherhost.20261123-zo-ef56");
        fs::create_dir_all(cases.join(&foreign)).unwrap();
        assert_eq!(store.case_ids().unwrap(), Vec::<String>::new());

        assert_eq!(store.clear_abandoned(), 1);
        assert!(!cases.join(&dead).exists());
        assert!(cases.join(&live).exists() && cases.join(&foreign).exists());

        let id = store
            .create_case(&review(), &playbook(), "ann", T0)
            .unwrap();
        assert_eq!(store.case_ids().unwrap(), vec![id.clone()]);
        assert_eq!(store.events(&id).unwrap().len(), 1);
        let names: Vec<String> = fs::read_dir(&cases)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(PREFIX))
            .collect();
        assert_eq!(
            names.len(),
            2,
            "only the two untouched leftovers: {names:?}"
        );
    }

    #[test]
    fn opening_clears_leftovers_only_of_a_process_that_marked_the_store_and_died() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("s");
        Store::open(&root).unwrap();
        let dead = format!("{PREFIX}{}.{}.20261123-zo-ab12", i32::MAX, host());
        fs::create_dir_all(root.join("cases").join(&dead)).unwrap();
        // No mark: opening lists nothing and leaves it (an import clears it).
        Store::open(&root).unwrap();
        assert!(root.join("cases").join(&dead).exists());
        let mark = root.join(format!("{PREFIX}{}.{}{BUSY_SUFFIX}", i32::MAX, host()));
        fs::write(&mark, b"").unwrap();
        // A live process's mark (this one's) is left alone.
        let store = Store::open(&root).unwrap();
        store.mark_busy().unwrap();
        assert!(store.busy_marker().exists());
        Store::open(&root).unwrap();
        assert!(!root.join("cases").join(&dead).exists() && !mark.exists());
        assert!(store.busy_marker().exists());
        store.unmark_busy();
        assert!(!store.busy_marker().exists());
    }
}
