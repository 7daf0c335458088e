//! The case store: plain files, one folder per case.
//!
//! ```text
//! <store>/cases/<case-id>/review.json          written once
//! <store>/cases/<case-id>/events/<seq>-<who>-<rand>.json   each written once
//! <store>/cases/<case-id>/drafts/<who>.json    autosaved working copy
//! <store>/cases/<case-id>/drafts/<who>.typing.json  a one-line field typed
//!                                              but not yet recorded
//! <store>/playbooks/*.toml                     the team's own playbooks
//! <store>/playbooks/<sha256>.toml              a playbook cases were created
//!                                              with, kept once (written once)
//! ```
//! Every file is written by one person only and never rewritten (drafts are
//! per person), so several people can share a store through any folder sync
//! or git without conflicts.

pub mod atomic;
mod batch;
mod batch_journal;
mod chain;
mod create;
pub mod git;
pub mod ids;
pub mod index;
mod index_store;
mod lock;
mod playbook_copies;
pub use playbook_copies::{CopyProblem, is_copy_name};

use ids::random_hex;
pub mod playbooks;
pub mod remote_check;
pub mod safe_read;
pub mod scenarios;
pub mod team_file;

use chain::hand_edits_of;
pub use chain::playbook_sha256;
mod error;
mod working_copy;
pub use error::StoreError;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::domain::{Case, Drafts, Event, EventKind, Playbook, Review, Roster};
use atomic::{create_private_dir, write_new, write_replace};

pub type Result<T> = std::result::Result<T, StoreError>;

pub(crate) fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn out_of_range(path: &Path) -> impl FnOnce(crate::domain::when::OutOfRange) -> StoreError + '_ {
    move |source| StoreError::OutOfRange {
        path: path.to_path_buf(),
        source,
    }
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let bytes = safe_read::read_capped(path, safe_read::MAX_FILE_BYTES).map_err(io_err(path))?;
    parse_json(path, &bytes)
}

fn parse_json<T: serde::de::DeserializeOwned>(path: &Path, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// Lower-case letters and digits, for file names made of people's names.
pub fn slug(s: &str, max: usize) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= max {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "x".into() } else { out }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// Who may approve, handed to every case loaded (from the config).
    roster: Roster,
    /// This machine's id, recorded on every event written here.
    device: Option<String>,
    /// The shop's own details, handed to every case's coach (from the config).
    shop: crate::domain::coach::Shop,
    /// The inbox index (derived from the files; see `index_store.rs`).
    index: index_store::IndexSlot,
    /// Playbook copies read or written (see `playbook_copies.rs`).
    copies: playbook_copies::Copies,
}

impl Store {
    /// Open (creating if needed) the store at `root`.
    pub fn open(root: impl Into<PathBuf>) -> Result<Store> {
        let root = root.into();
        create_private_dir(&root.join("cases")).map_err(io_err(&root))?;
        let store = Store {
            root,
            roster: Roster::anyone(),
            device: None,
            shop: Default::default(),
            index: Default::default(),
            copies: Default::default(),
        };
        store.clear_if_marked();
        Ok(store)
    }

    /// Judge every case loaded from this store with the team's roster:
    /// the store's own `team.toml` when it has one, else `fallback` (the
    /// person's config).
    pub fn with_roster(mut self, fallback: Roster) -> Result<Store> {
        self.roster = team_file::load(&self.root, fallback)?;
        Ok(self)
    }

    /// Record `device` (this machine's id) on every event written here.
    pub fn with_device(mut self, device: String) -> Store {
        self.device = Some(device);
        self
    }

    pub fn device(&self) -> Option<&str> {
        self.device.as_deref()
    }

    /// Coach every case loaded from this store with the shop's own details.
    pub fn with_shop(mut self, shop: crate::domain::coach::Shop) -> Store {
        self.shop = shop;
        self
    }

    /// The folder holding a case's event files (watched for changes).
    pub fn events_dir(&self, id: &str) -> PathBuf {
        self.case_dir(id).join("events")
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn playbooks_dir(&self) -> PathBuf {
        self.root.join("playbooks")
    }

    fn case_dir(&self, id: &str) -> PathBuf {
        self.root.join("cases").join(id)
    }

    /// Create a case: the review written once, and the `created` event
    /// naming the playbook's copy (kept once in `playbooks/`). Returns the
    /// new case id.
    ///
    /// Atomic: the folder is built as `cases/.new-<pid>.<host>.<id>` (invisible to
    /// every reader) and renamed into place whole, so a killed process
    /// leaves either a complete case or a leftover the next run clears
    /// (see `create.rs`), never a case without events.
    pub fn create_case(
        &self,
        review: &Review,
        playbook: &Playbook,
        by: &str,
        now: OffsetDateTime,
    ) -> Result<String> {
        self.create_case_with(review, playbook, by, now, &[])
    }

    /// [`Store::create_case`] with more events written in the same atomic
    /// move (a practice case is never seen without its `practice_started`).
    pub fn create_case_with(
        &self,
        review: &Review,
        playbook: &Playbook,
        by: &str,
        now: OffsetDateTime,
        then: &[EventKind],
    ) -> Result<String> {
        // The id is claimed by creating its (empty) folder, so no two cases
        // ever get the same one; the case is built aside and renamed over
        // that empty folder whole, so no reader sees it half-made.
        let cases = self.root.join("cases");
        self.mark_busy()?;
        let stem = ids::id_stem(&review.customer, now);
        let (id, _claimed) = ids::claim_case_dir(&cases, &stem, || random_hex(ids::RANDOM_DIGITS))
            .map_err(io_err(&cases))?;
        let staging = create::staging_name(&id);
        let dir = self.case_dir(&staging);
        let built = self.build_case(&staging, &dir, review, playbook, by, now, then);
        if let Err(e) = built {
            // Nothing of it was ever reported: clear the claim and the build.
            let _ = fs::remove_dir_all(&dir);
            let _ = fs::remove_dir(self.case_dir(&id));
            return Err(e);
        }
        self.move_into_place(&staging, &id)?;
        self.unmark_busy();
        self.index_written(&id);
        Ok(id)
    }

    /// The review, the `created` event and `then`, written into the folder
    /// aside (`staging`, at `dir`).
    #[allow(clippy::too_many_arguments)] // one call site; the case's parts
    fn build_case(
        &self,
        staging: &str,
        dir: &Path,
        review: &Review,
        playbook: &Playbook,
        by: &str,
        now: OffsetDateTime,
        then: &[EventKind],
    ) -> Result<()> {
        create_private_dir(&dir.join("events")).map_err(io_err(dir))?;
        let playbook_sha256 = self.keep_playbook_copy(playbook)?;
        let review_path = dir.join("review.json");
        let review_json = serde_json::to_vec_pretty(review).expect("a review always serialises");
        write_new(&review_path, &review_json).map_err(io_err(&review_path))?;
        self.append(
            staging,
            &Event::new(
                now,
                by,
                EventKind::Created {
                    playbook: None,
                    playbook_sha256,
                },
            ),
        )?;
        for kind in then {
            self.append(staging, &Event::new(now, by, kind.clone()))?;
        }
        Ok(())
    }

    /// All event files of a case, in fold order.
    fn event_files(&self, id: &str) -> Result<Vec<PathBuf>> {
        let dir = self.case_dir(id).join("events");
        // Linked folders would make `append` write outside the store.
        for d in [&self.case_dir(id), &dir] {
            safe_read::real_dir(d).map_err(io_err(d))?;
        }
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(io_err(&dir))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "json")
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        files.sort_by_key(|p| p.file_name().map(|n| n.to_os_string()));
        Ok(files)
    }

    /// Append one event. Its file name starts with a sequence number one past
    /// the highest present, so order survives clocks that jump.
    pub fn append(&self, id: &str, event: &Event) -> Result<()> {
        let dir = self.case_dir(id).join("events");
        if !dir.is_dir() {
            return Err(StoreError::NoSuchCase(id.to_string()));
        }
        let seq = self
            .event_files(id)?
            .iter()
            .filter_map(|p| {
                p.file_name()?
                    .to_string_lossy()
                    .split('-')
                    .next()?
                    .parse::<u64>()
                    .ok()
            })
            .max()
            .map_or(1, |s| s + 1);
        let mut event = event.clone();
        event.prev = self.chain_head(id, &event.by)?;
        if event.device.is_none() {
            event.device = self.device.clone();
        }
        let bytes = serde_json::to_vec_pretty(&event).expect("an event always serialises");
        loop {
            let name = format!("{seq:08}-{}-{}.json", slug(&event.by, 20), random_hex(6));
            let path = dir.join(name);
            match write_new(&path, &bytes) {
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                other => other.map_err(io_err(&path))?,
            }
            break;
        }
        self.index_written(id);
        Ok(())
    }

    /// The events of a case, oldest first.
    pub fn events(&self, id: &str) -> Result<Vec<Event>> {
        Ok(self
            .event_records(id)?
            .into_iter()
            .map(|r| r.event)
            .collect())
    }

    /// Load and fold one case.
    pub fn load(&self, id: &str) -> Result<Case> {
        let dir = self.case_dir(id);
        if !dir.join("review.json").is_file() {
            return Err(StoreError::NoSuchCase(id.to_string()));
        }
        let review_path = dir.join("review.json");
        let mut review: Review = read_json(&review_path)?;
        safe_read::check_review(&mut review).map_err(out_of_range(&review_path))?;
        let records = self.event_records(id)?;
        self.fold_records(id, review, &records)
    }

    /// A case from its review and its event files as read from disk (or
    /// as just written, by an import).
    fn fold_records(
        &self,
        id: &str,
        review: Review,
        records: &[chain::StoredEvent],
    ) -> Result<Case> {
        let events: Vec<Event> = records.iter().map(|r| r.event.clone()).collect();
        let mut case = Case::fold(id, review, &events).map_err(|source| StoreError::Fold {
            id: id.to_string(),
            source,
        })?;
        case.team = self.roster.clone();
        case.hand_edits = hand_edits_of(records);
        if case.shop != self.shop {
            // The fold coached without the shop's details; coach again so
            // the gate, `heard lint` and the screens agree.
            case.set_shop(self.shop.clone());
        }
        Ok(case)
    }

    /// Ids of every case, sorted.
    pub fn case_ids(&self) -> Result<Vec<String>> {
        let dir = self.root.join("cases");
        let mut ids: Vec<String> = fs::read_dir(&dir)
            .map_err(io_err(&dir))?
            .filter_map(|e| e.ok())
            // Real folders only (a link could point anywhere), and not the
            // `.new-*` folders a case is built in before it exists.
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .filter(|e| e.path().join("review.json").is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// Every case that loads, plus the errors of those that do not: one
    /// damaged case never hides the others.
    pub fn load_all(&self) -> Result<(Vec<Case>, Vec<StoreError>)> {
        let mut cases = Vec::new();
        let mut errors = Vec::new();
        for id in self.case_ids()? {
            match self.load(&id) {
                Ok(c) => cases.push(c),
                Err(e) => errors.push(e),
            }
        }
        Ok((cases, errors))
    }

    /// `<case>/drafts/<who><suffix>.json`: files only this person writes.
    fn person_file(&self, id: &str, who: &str, suffix: &str) -> PathBuf {
        self.case_dir(id)
            .join("drafts")
            .join(format!("{}{suffix}.json", slug(who, 40)))
    }

    fn write_person_file(&self, path: &Path, value: &impl serde::Serialize) -> Result<()> {
        if let Some(dir) = path.parent() {
            create_private_dir(dir).map_err(io_err(dir))?;
            // A linked `drafts/` (or case folder) would write outside the store.
            for d in [dir, dir.parent().unwrap_or(dir)] {
                safe_read::real_dir(d).map_err(io_err(d))?;
            }
        }
        let bytes = serde_json::to_vec_pretty(value).expect("drafts and events always serialise");
        write_replace(path, &bytes).map_err(io_err(path))
    }

    fn read_person_file<T: serde::de::DeserializeOwned>(&self, path: &Path) -> Result<Option<T>> {
        if !path.is_file() {
            return Ok(None);
        }
        read_json(path).map(Some)
    }

    /// Save the person's working copy of the drafts (called while typing).
    pub fn autosave(&self, id: &str, who: &str, drafts: &Drafts) -> Result<()> {
        self.write_person_file(&self.person_file(id, who, ""), drafts)
    }

    /// The person's autosaved working copy, if any.
    pub fn autosaved(&self, id: &str, who: &str) -> Result<Option<Drafts>> {
        self.read_person_file(&self.person_file(id, who, ""))
    }

    /// Keep what the person is typing in a one-line field (as the events
    /// leaving the step would record), so a killed process loses nothing.
    /// Nothing typed: the file is removed.
    pub fn save_typing(&self, id: &str, who: &str, events: &[EventKind]) -> Result<()> {
        let path = self.person_file(id, who, ".typing");
        if events.is_empty() {
            return match fs::remove_file(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_err(&path)(e)),
                _ => Ok(()),
            };
        }
        self.write_person_file(&path, &events)
    }

    /// What the person was typing when heard last stopped without
    /// recording it (empty if nothing).
    pub fn typing(&self, id: &str, who: &str) -> Result<Vec<EventKind>> {
        Ok(self
            .read_person_file(&self.person_file(id, who, ".typing"))?
            .unwrap_or_default())
    }
}

#[cfg(all(test, unix))]
mod hostile_tests;
#[cfg(test)]
mod scenarios_tests;
#[cfg(test)]
mod team_tests;
#[cfg(test)]
mod tests;
