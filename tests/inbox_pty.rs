//! The real binary in a pseudo-terminal: start on the inbox of an imported
//! store, search for a customer by typing, open the case with Enter, and
//! read the case screen as a person would.

use crate::inbox_support;
use crate::pty;

#[test]
fn open_a_case_from_the_inbox_by_typing() {
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("store");
    let store = heard::store::Store::open(&store_dir).unwrap();
    inbox_support::fill(&store, time::OffsetDateTime::now_utc());
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "name = \"Ann\"\n").unwrap();

    let mut pty = pty::spawn(
        &["--store", store_dir.to_str().unwrap()],
        &[("HEARD_CONFIG", config.as_os_str())],
    );
    for text in ["Inbox", "soonest deadline first", "Ana Müller"] {
        pty.wait_for(text);
    }
    // Search by typing, then open the one match.
    pty.send("/müller");
    pty.wait_for("1 found");
    pty.send(pty::ENTER);
    for text in ["Walk", "Ana Müller", "Gates", "not after"] {
        pty.wait_for(text);
    }
    let screen = pty.screen();
    assert!(screen.contains("How are you feeling?"), "{screen}");
    // Esc goes back to the inbox; q quits.
    pty.send("\x1b");
    pty.wait_for("Inbox");
    pty.send("q");
    assert!(pty.wait_exit(), "heard did not quit cleanly on q");
}
