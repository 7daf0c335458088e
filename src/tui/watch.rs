//! Two terminals on one store: notice event files written by another
//! process (a colleague pairing, `heard sync`, `heard approve`) by looking at
//! the open case's events folder every so often — only while a case is
//! open, so an idle heard stays asleep otherwise.

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

/// How often the open case's folder is looked at.
pub const POLL_EVERY: Duration = Duration::from_millis(1500);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    files: usize,
    modified: Option<SystemTime>,
}

fn stamp(dir: &PathBuf) -> Option<Stamp> {
    let files = std::fs::read_dir(dir).ok()?.count();
    let modified = std::fs::metadata(dir).and_then(|m| m.modified()).ok();
    Some(Stamp { files, modified })
}

/// Watches one case's events folder.
#[derive(Debug)]
pub struct EventsWatch {
    dir: PathBuf,
    seen: Option<Stamp>,
    due: Instant,
}

impl EventsWatch {
    pub fn new(dir: PathBuf) -> EventsWatch {
        EventsWatch {
            seen: stamp(&dir),
            dir,
            due: Instant::now() + POLL_EVERY,
        }
    }

    /// How long until the next look.
    pub fn wake_in(&self) -> Duration {
        self.due.saturating_duration_since(Instant::now())
    }

    /// Whether the folder changed since the last look (only looks when due).
    pub fn poll(&mut self) -> bool {
        if Instant::now() < self.due {
            return false;
        }
        self.due = Instant::now() + POLL_EVERY;
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

    #[test]
    fn a_new_file_is_noticed_once_and_only_when_due() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = EventsWatch::new(dir.path().to_path_buf());
        std::fs::write(dir.path().join("1-bob.json"), "{}").unwrap();
        assert!(!w.poll(), "not due yet");
        w.due = Instant::now();
        assert!(w.poll());
        w.due = Instant::now();
        assert!(!w.poll(), "nothing new since");
        std::fs::write(dir.path().join("2-ann.json"), "{}").unwrap();
        w.mark_seen();
        w.due = Instant::now();
        assert!(!w.poll(), "our own write was already seen");
        assert!(w.wake_in() <= POLL_EVERY);
    }
}
