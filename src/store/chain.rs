//! Each person's events on a case form a hash chain: reading the event
//! files with their hashes, naming a new event's predecessor, and the hand
//! edits `domain::integrity` finds in them.

use super::{Result, Store, io_err, out_of_range, parse_json, safe_read, sha256_hex};
use crate::domain::{Event, EventKind, Playbook};

/// One event file as read from disk.
pub(super) struct StoredEvent {
    pub(super) file: String,
    pub(super) seq: Option<u64>,
    pub(super) sha256: String,
    pub(super) event: Event,
    /// The `created` event wrote the playbook into itself (as older heard
    /// did) instead of naming a copy in `playbooks/`.
    pub(super) inline_playbook: bool,
}

/// The hash of a playbook copy as the store records it at creation.
pub fn playbook_sha256(playbook: &Playbook) -> String {
    sha256_hex(toml::to_string(playbook).unwrap_or_default().as_bytes())
}

pub(super) fn hand_edits_of(records: &[StoredEvent]) -> Vec<String> {
    let views: Vec<crate::domain::integrity::EventRecord> = records
        .iter()
        .map(|r| crate::domain::integrity::EventRecord {
            file: &r.file,
            seq: r.seq,
            sha256: &r.sha256,
            event: &r.event,
        })
        .collect();
    // A copy in `playbooks/` was checked against its name when it was
    // read; one written into the event is checked here.
    let copy_sha = records.first().and_then(|r| match &r.event.kind {
        EventKind::Created {
            playbook: Some(playbook),
            ..
        } if r.inline_playbook => Some(playbook_sha256(playbook)),
        _ => None,
    });
    crate::domain::integrity::check(&views, copy_sha.as_deref())
        .iter()
        .map(|h| h.to_string())
        .collect()
}

impl Store {
    /// Each event file of a case with its name, sequence number and hash.
    pub(super) fn event_records(&self, id: &str) -> Result<Vec<StoredEvent>> {
        let mut records = self.event_records_as_stored(id)?;
        if let Some(first) = records.first_mut()
            && let EventKind::Created {
                playbook,
                playbook_sha256,
            } = &mut first.event.kind
        {
            first.inline_playbook = playbook.is_some();
            if playbook.is_none() {
                *playbook = Some(Box::new((*self.playbook_copy(playbook_sha256)?).clone()));
            }
        }
        Ok(records)
    }

    /// The event files as they are, a `created` event's playbook copy not
    /// yet read.
    fn event_records_as_stored(&self, id: &str) -> Result<Vec<StoredEvent>> {
        self.event_files(id)?
            .iter()
            .map(|p| {
                let bytes =
                    safe_read::read_capped(p, safe_read::MAX_FILE_BYTES).map_err(io_err(p))?;
                let mut event: Event = parse_json(p, &bytes)?;
                safe_read::check_event(&mut event).map_err(out_of_range(p))?;
                let file = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let seq = file.split('-').next().and_then(|s| s.parse().ok());
                Ok(StoredEvent {
                    sha256: sha256_hex(&bytes),
                    file,
                    seq,
                    event,
                    inline_playbook: false,
                })
            })
            .collect()
    }

    /// The hash a new event by `by` names as its predecessor: that person's
    /// latest event file on the case, or the `created` file for their first.
    pub(super) fn chain_head(&self, id: &str, by: &str) -> Result<Option<String>> {
        let records = self.event_records_as_stored(id)?;
        let key = crate::domain::identity::chain_key(by);
        Ok(records
            .iter()
            .skip(1)
            .rev()
            .find(|r| crate::domain::identity::chain_key(&r.event.by) == key)
            .or(records.first())
            .map(|r| r.sha256.clone()))
    }

    /// What `heard verify` lists for one case: every sign of a hand edit.
    pub fn hand_edits(&self, id: &str) -> Result<Vec<String>> {
        let records = self.event_records(id)?;
        Ok(hand_edits_of(&records))
    }
}
