//! A send command that never reads the reply, run from the Send screen of
//! the real binary: heard used to die of SIGPIPE (exit 141) and leave the
//! terminal in the alternate screen with the cursor hidden. Now the screen
//! says what went wrong, the case is not sent, and quitting gives the
//! terminal back.

use crate::pty_world;
use crate::support;

use heard::store::Store;
use pty_world::PtyWorld;
use support::{Stage, record_walk_from, sample_case};

#[cfg(unix)]
#[test]
fn a_send_command_that_does_not_read_is_a_message_not_a_dead_terminal() {
    let w = PtyWorld::new();
    // Closes its input at once, then lingers: the reply cannot be written.
    std::fs::write(
        w.config(),
        "name = \"Ann\"\n[send]\ncommand = [\"sh\", \"-c\", \"exec 0<&-; sleep 0.3\"]\n",
    )
    .unwrap();
    let store = Store::open(w.store()).unwrap();
    let then = time::OffsetDateTime::now_utc() - time::Duration::hours(3);
    let id = sample_case(&store, then);
    record_walk_from(&store, &id, Stage::Approved, then);

    let mut t = w.open(&id);
    t.wait_for("both gates are open");
    t.wait_holds_terminal((true, true));
    t.send("x");
    t.wait_for("without reading the reply");
    assert!(
        Store::open(w.store())
            .unwrap()
            .load(&id)
            .unwrap()
            .sent
            .is_none(),
        "not recorded as sent"
    );
    // Still running and drawing: it answers a key.
    t.send("?");
    t.send("\x1b");
    t.send("q");
    t.wait_holds_terminal((false, false));
    assert!(t.wait_exit(), "heard exits cleanly, not by a signal");
}
