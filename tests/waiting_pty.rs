//! The real binary in a pty, on a real clock: an approved case whose
//! cool-down ends 8 seconds after it is created. The Send screen turns
//! to "both gates are open" by itself, with no key pressed, and says so.

use crate::support;

use crate::pty;

use heard::store::Store;
use support::{Stage, record_walk_from, sample_case};
use time::{Duration, OffsetDateTime};

#[test]
fn the_send_screen_opens_by_itself_when_the_cool_down_ends() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "name = \"Ann\"\n").unwrap();
    let store = Store::open(&path).unwrap();
    // Opened 60 minutes ago less 8 s: the 60-minute cool-down has 8 s left
    // (room for a slow start on a loaded machine).
    let start = OffsetDateTime::now_utc() - Duration::minutes(60) + Duration::seconds(8);
    let id = sample_case(&store, start);
    record_walk_from(&store, &id, Stage::Approved, start);

    let mut t = pty::spawn(
        &["--store", path.to_str().unwrap(), "open", &id],
        &[("HEARD_CONFIG", config.as_os_str())],
    );
    t.wait_for("Not ready to send yet");
    t.wait_for("cool-down closed");
    // No key from here on: the loop wakes when the gate opens.
    t.wait_for("both gates are open");
    t.wait_for("the cool-down is over");
    t.send("q");
    t.wait_exit();
}
