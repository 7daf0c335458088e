//! Many cases created at once (`heard import`), each as atomic as one made
//! by [`Store::create_case`] but without its per-case costs: every case is
//! built aside as usual, its files written without a flush of their own;
//! then the batch's journal (every case's bytes in one file, flushed once,
//! see `batch_journal.rs`); then each built folder renamed to its id in one
//! step that never replaces anything; then the index rows of the batch in
//! one transaction, from the cases as written (no case read back). One
//! flush at the end of the import makes the folders durable and the
//! journals go.
//!
//! A kill at any moment leaves whole cases and invisible leftovers only:
//! before its rename a case is a `.new-*` folder the next run clears (see
//! `create.rs`), and nothing is renamed before the journal holding all of
//! its bytes is on disk. Rows missing after a kill are added by the next
//! start, which sees the `cases/` folder changed (`index_store.rs`).

use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use time::OffsetDateTime;

use super::atomic::{rename_noreplace, sync_filesystem, write_staged};
use super::batch_journal::Entry;
use super::chain::StoredEvent;
use super::ids::{self, random_hex};
use super::{Result, Store, StoreError, create, io_err, sha256_hex, slug};
use crate::domain::{Case, Event, EventKind, Playbook, Review};

fn new_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Cases per durable barrier and per index transaction.
pub const BATCH: usize = 2048;

/// One case built aside, ready to be renamed into place.
struct Built {
    id: String,
    staging: String,
    /// The case as its files say, for its index row (None: read it back).
    case: Option<Case>,
    /// Its files' bytes, for the batch's journal.
    entry: Entry,
}

/// Ids handed out by this import (so two of its cases never get the same
/// one without asking the disk per case).
type Taken = Mutex<HashSet<String>>;

impl Store {
    /// Create a case for each (review, playbook), as `by` at `now`; their
    /// ids, in order. Stops at the first case that cannot be made; the
    /// batches before it are in the store.
    pub fn create_cases(
        &self,
        items: &[(&Review, &Playbook)],
        by: &str,
        now: OffsetDateTime,
    ) -> Result<Vec<String>> {
        // What killed imports left aside goes first (an import lists every
        // case folder anyway), then this one says it is building.
        self.clear_abandoned();
        self.mark_busy()?;
        let mut ids = Vec::with_capacity(items.len());
        let taken = Taken::default();
        let mut journals = Vec::new();
        let mut made = Ok(());
        for (n, chunk) in items.chunks(BATCH).enumerate() {
            match self.create_batch(chunk, by, now, &taken, n, &mut journals) {
                Ok(batch) => ids.extend(batch),
                Err(e) => {
                    made = Err(e);
                    break;
                }
            }
        }
        // One flush for every case folder of the import; then their
        // journals are no longer needed (if it fails, the next run mends
        // from them).
        let cases = self.root.join("cases");
        if journals.is_empty() || sync_filesystem(&cases).is_ok() {
            for j in &journals {
                let _ = fs::remove_file(j);
            }
            self.unmark_busy();
        }
        made.map(|()| ids)
    }

    fn create_batch(
        &self,
        items: &[(&Review, &Playbook)],
        by: &str,
        now: OffsetDateTime,
        taken: &Taken,
        n: usize,
        journals: &mut Vec<std::path::PathBuf>,
    ) -> Result<Vec<String>> {
        // Copies first (a handful, each flushed as it is written once).
        let mut kept: Vec<(&Playbook, String)> = Vec::new();
        let mut shas = Vec::with_capacity(items.len());
        for (_, playbook) in items {
            let sha = match kept.iter().find(|(p, _)| std::ptr::eq(*p, *playbook)) {
                Some((_, sha)) => sha.clone(),
                None => {
                    let sha = self.keep_playbook_copy(playbook)?;
                    kept.push((playbook, sha.clone()));
                    sha
                }
            };
            shas.push(sha);
        }
        let mut built = self.build_all(items, &shas, by, now, taken)?;
        let cases = self.root.join("cases");
        let entries: Vec<Entry> = built
            .iter_mut()
            .map(|b| std::mem::take(&mut b.entry))
            .collect();
        match self.write_journal(n, &entries) {
            Ok(path) => journals.push(path),
            Err(e) => {
                self.drop_built(&built);
                return Err(io_err(&cases)(e));
            }
        }
        let ids = self.rename_all(items, &built, by, now)?;
        self.index_built(&built);
        Ok(ids)
    }

    /// Each built folder renamed to its id. An id another program took in
    /// the meantime (so rare it is never planned for) makes that one case
    /// again the slow, fully flushed way, under a new id.
    fn rename_all(
        &self,
        items: &[(&Review, &Playbook)],
        built: &[Built],
        by: &str,
        now: OffsetDateTime,
    ) -> Result<Vec<String>> {
        let mut ids = Vec::with_capacity(built.len());
        for (i, b) in built.iter().enumerate() {
            let to = self.case_dir(&b.id);
            match rename_noreplace(&self.case_dir(&b.staging), &to) {
                Ok(()) => ids.push(b.id.clone()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let _ = fs::remove_dir_all(self.case_dir(&b.staging));
                    let (review, playbook) = items[i];
                    ids.push(self.create_case(review, playbook, by, now)?);
                }
                Err(e) => {
                    self.drop_built(&built[i..]);
                    return Err(io_err(&to)(e));
                }
            }
        }
        Ok(ids)
    }

    /// Claim and build every case of the batch aside, on as many threads
    /// as there are cores (the work is file creation and serialising).
    fn build_all(
        &self,
        items: &[(&Review, &Playbook)],
        shas: &[String],
        by: &str,
        now: OffsetDateTime,
        taken: &Taken,
    ) -> Result<Vec<Built>> {
        let next = AtomicUsize::new(0);
        let slots: Mutex<Vec<Option<Built>>> = Mutex::new((0..items.len()).map(|_| None).collect());
        let failed: Mutex<Option<StoreError>> = Mutex::new(None);
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(8));
        std::thread::scope(|s| {
            for _ in 0..threads.min(items.len()) {
                s.spawn(|| {
                    while failed.lock().is_ok_and(|f| f.is_none()) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((review, playbook)) = items.get(i) else {
                            return;
                        };
                        let sha = shas[i].clone();
                        match self.build_one(review, playbook, sha, by, now, taken) {
                            Ok(b) => slots.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(b),
                            Err(e) => {
                                let mut f = failed.lock().unwrap_or_else(|e| e.into_inner());
                                f.get_or_insert(e);
                            }
                        }
                    }
                });
            }
        });
        let built: Vec<Built> = slots
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .into_iter()
            .flatten()
            .collect();
        if let Some(e) = failed.into_inner().unwrap_or_else(|e| e.into_inner()) {
            self.drop_built(&built);
            return Err(e);
        }
        Ok(built)
    }

    /// Choose an id (new to this import) and write the case's review and
    /// `created` event in its folder aside.
    fn build_one(
        &self,
        review: &Review,
        playbook: &Playbook,
        playbook_sha256: String,
        by: &str,
        now: OffsetDateTime,
        taken: &Taken,
    ) -> Result<Built> {
        let stem = ids::id_stem(&review.customer, now);
        let id = loop {
            let id = format!("{stem}-{}", random_hex(ids::RANDOM_DIGITS));
            if taken
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(id.clone())
            {
                break id;
            }
        };
        let staging = create::staging_name(&id);
        let dir = self.case_dir(&staging);
        match self.write_case_files(&dir, review, playbook_sha256, by, now) {
            Ok((record, review_bytes, event_bytes)) => {
                let entry = Entry {
                    id: id.clone(),
                    review: review_bytes,
                    event_file: record.file.clone(),
                    event: event_bytes,
                };
                let case = self.case_as_written(&id, review, playbook, record);
                Ok(Built {
                    id,
                    staging,
                    case,
                    entry,
                })
            }
            Err(e) => {
                let _ = fs::remove_dir_all(&dir);
                Err(e)
            }
        }
    }

    /// `review.json` and the first event, as `create_case` writes them;
    /// the event as read back, and both files' text (for the journal).
    fn write_case_files(
        &self,
        dir: &Path,
        review: &Review,
        playbook_sha256: String,
        by: &str,
        now: OffsetDateTime,
    ) -> Result<(StoredEvent, String, String)> {
        let events = dir.join("events");
        // Two plain mkdirs: the staging folder is new by construction.
        for d in [dir, events.as_path()] {
            new_private_dir(d).map_err(io_err(d))?;
        }
        let review_path = dir.join("review.json");
        let review_json = serde_json::to_vec_pretty(review).expect("a review always serialises");
        write_staged(&review_path, &review_json).map_err(io_err(&review_path))?;
        let mut event = Event::new(
            now,
            by,
            EventKind::Created {
                playbook: None,
                playbook_sha256,
            },
        );
        event.device = self.device.clone();
        let bytes = serde_json::to_vec_pretty(&event).expect("an event always serialises");
        let file = format!("{:08}-{}-{}.json", 1, slug(by, 20), random_hex(6));
        let path = events.join(&file);
        write_staged(&path, &bytes).map_err(io_err(&path))?;
        let stored = StoredEvent {
            file,
            seq: Some(1),
            sha256: sha256_hex(&bytes),
            event,
            inline_playbook: false,
        };
        // serde_json writes UTF-8 only.
        let text = |b: Vec<u8>| String::from_utf8(b).unwrap_or_default();
        Ok((stored, text(review_json), text(bytes)))
    }

    /// The case as `load` would read it back, without reading it.
    fn case_as_written(
        &self,
        id: &str,
        review: &Review,
        playbook: &Playbook,
        mut record: StoredEvent,
    ) -> Option<Case> {
        let copy = Arc::<Playbook>::unwrap_or_clone(
            self.playbook_copy(match &record.event.kind {
                EventKind::Created {
                    playbook_sha256, ..
                } => playbook_sha256,
                _ => return None,
            })
            .ok()?,
        );
        debug_assert_eq!(copy.id, playbook.id);
        if let EventKind::Created { playbook, .. } = &mut record.event.kind {
            *playbook = Some(Box::new(copy));
        }
        let mut review = review.clone();
        super::safe_read::check_review(&mut review).ok()?;
        self.fold_records(id, review, &[record]).ok()
    }

    /// Clear what a failed batch left aside (builds not renamed).
    fn drop_built(&self, built: &[Built]) {
        for b in built {
            let _ = fs::remove_dir_all(self.case_dir(&b.staging));
        }
    }

    /// The batch's rows in one transaction; a case whose row could not be
    /// made from memory is read back like any other.
    fn index_built(&self, built: &[Built]) {
        let rows = built
            .iter()
            .map(|b| (b.id.as_str(), b.case.as_ref()))
            .collect::<Vec<_>>();
        self.index_rows(&rows);
    }
}

#[cfg(test)]
#[path = "batch_tests.rs"]
mod tests;
