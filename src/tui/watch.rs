//! Two terminals on one store: notice event files written by another
//! process (a colleague pairing, `heard sync`, `heard approve`). The open
//! case's events folder is watched through the operating system (inotify,
//! FSEvents, …), so heard sleeps until something is written there; only
//! where the system refuses a watch does it look every so often instead.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use time::OffsetDateTime;

use notify::{RecursiveMode, Watcher};
use tokio::sync::Notify;

/// How often the folder is looked at when the system cannot watch it.
pub const POLL_EVERY: Duration = Duration::from_millis(1500);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    files: usize,
    modified: Option<SystemTime>,
}

fn stamp(dir: &Path) -> Option<Stamp> {
    let files = std::fs::read_dir(dir).ok()?.count();
    let modified = std::fs::metadata(dir).and_then(|m| m.modified()).ok();
    Some(Stamp { files, modified })
}

/// Watches one case's events folder.
pub struct EventsWatch {
    dir: PathBuf,
    seen: Option<Stamp>,
    /// Rung by the system's watcher whenever the folder changes.
    signal: Arc<Notify>,
    /// Kept alive while the case is open; None: polling instead.
    watcher: Option<notify::RecommendedWatcher>,
    /// The next look when polling, on the app's (injected) clock.
    due: OffsetDateTime,
}

impl std::fmt::Debug for EventsWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventsWatch")
            .field("dir", &self.dir)
            .field("by_the_system", &self.watcher.is_some())
            .finish()
    }
}

/// Whether an event from the system can mean new events on disk. Reading
/// the folder (as [`EventsWatch::changed`] and loading the case do) is
/// reported too, as an access: ringing for it would wake heard forever.
fn rings(kind: &notify::EventKind) -> bool {
    !kind.is_access()
}

fn system_watch(dir: &Path, signal: &Arc<Notify>) -> Option<notify::RecommendedWatcher> {
    let ring = signal.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok_and(|e| rings(&e.kind)) {
            ring.notify_one();
        }
    })
    .ok()?;
    watcher.watch(dir, RecursiveMode::NonRecursive).ok()?;
    Some(watcher)
}

impl EventsWatch {
    pub fn new(dir: PathBuf, now: OffsetDateTime) -> EventsWatch {
        let signal = Arc::new(Notify::new());
        EventsWatch {
            seen: stamp(&dir),
            watcher: system_watch(&dir, &signal),
            signal,
            dir,
            due: now + POLL_EVERY,
        }
    }

    /// Rung when the folder may have changed (see [`EventsWatch::changed`]).
    pub fn signal(&self) -> Arc<Notify> {
        self.signal.clone()
    }

    /// Whether the system watches the folder (no timer needed).
    pub fn by_the_system(&self) -> bool {
        self.watcher.is_some()
    }

    /// How long until the next look, only when polling.
    pub fn wake_in(&self, now: OffsetDateTime) -> Option<Duration> {
        (!self.by_the_system()).then(|| super::autosave::until(self.due, now, POLL_EVERY))
    }

    /// Whether the folder changed since the last look. Polling: only
    /// looks when due.
    pub fn changed(&mut self, now: OffsetDateTime) -> bool {
        if !self.by_the_system() {
            if !super::autosave::until(self.due, now, POLL_EVERY).is_zero() {
                return false;
            }
            self.due = now + POLL_EVERY;
        }
        let now = stamp(&self.dir);
        let changed = now != self.seen;
        self.seen = now;
        changed
    }

    /// This process wrote to the folder itself and already reloaded.
    pub fn mark_seen(&mut self) {
        self.seen = stamp(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::T0;

    /// Wait for the system's signal; generous, since a loaded machine may
    /// deliver it late (nothing here measures how fast).
    fn rung(w: &EventsWatch) -> bool {
        let signal = w.signal();
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
            .block_on(async {
                tokio::time::timeout(Duration::from_secs(30), signal.notified())
                    .await
                    .is_ok()
            })
    }

    #[test]
    fn a_new_file_rings_and_is_noticed_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = EventsWatch::new(dir.path().to_path_buf(), T0);
        assert!(w.by_the_system(), "{w:?}");
        assert_eq!(w.wake_in(T0), None, "no timer while the system watches");
        std::fs::write(dir.path().join("1-bob.json"), "{}").unwrap();
        assert!(rung(&w));
        assert!(w.changed(T0));
        assert!(!w.changed(T0), "nothing new since");
        std::fs::write(dir.path().join("2-ann.json"), "{}").unwrap();
        w.mark_seen();
        assert!(rung(&w));
        assert!(!w.changed(T0), "our own write was already seen");
    }

    #[test]
    fn only_writes_ring_never_reads() {
        use notify::EventKind as K;
        use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RemoveKind};
        let table = [
            (K::Access(AccessKind::Open(AccessMode::Any)), false),
            (K::Access(AccessKind::Close(AccessMode::Read)), false),
            (K::Access(AccessKind::Close(AccessMode::Write)), false),
            (K::Create(CreateKind::File), true),
            (K::Modify(ModifyKind::Any), true),
            (K::Remove(RemoveKind::File), true),
            (K::Any, true),
        ];
        for (kind, want) in table {
            assert_eq!(rings(&kind), want, "{kind:?}");
        }
    }

    #[test]
    fn polling_looks_only_when_due() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = EventsWatch::new(dir.path().to_path_buf(), T0);
        w.watcher = None;
        std::fs::write(dir.path().join("1-bob.json"), "{}").unwrap();
        assert_eq!(w.wake_in(T0), Some(POLL_EVERY));
        assert!(!w.changed(T0), "not due yet");
        let later = T0 + POLL_EVERY;
        assert!(w.changed(later));
        assert_eq!(w.wake_in(later), Some(POLL_EVERY), "the next look is armed");
        assert!(!w.changed(later), "nothing new, and not due");
        // A clock set back an hour looks at once instead of an hour late.
        assert!(w.wake_in(later - time::Duration::hours(1)) == Some(Duration::ZERO));
    }
}
