//! `config.toml [keys]` through the real binary: a rebound key works and
//! the footer shows it (the old key no longer does anything), and a
//! `[keys]` that cannot work stops heard before the screen with the file,
//! line and column.

use crate::pty_world;

use heard::domain::EventKind;
use heard::store::Store;
use pty_world::PtyWorld;

const ESC: &str = "\x1b";

/// The kinds of event recorded on the case.
fn kinds(w: &PtyWorld, id: &str) -> Vec<EventKind> {
    let store = Store::open(w.store()).unwrap();
    store
        .events(id)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

#[test]
fn a_rebound_key_works_and_the_footer_shows_it() {
    let w = PtyWorld::new();
    std::fs::write(
        w.config(),
        "name = \"Ann\"\n\n[keys]\nhelp = \"H\"\n\n[keys.check-in]\npark = \"P\"\n",
    )
    .unwrap();
    let id = w.new_case(None);
    let mut t = w.open(&id);
    t.wait_for("How are you feeling?");
    // Words on the screen that name a key name the rebound one.
    t.wait_for("press P to");
    t.wait_for("(H more)");
    t.wait_for("P no time now: park it");
    t.wait_for("H help");
    // The old keys are free again: ? is no longer help, t no longer parks.
    t.send("?t");
    t.send("H");
    t.wait_for("Help — ");
    t.send(ESC);
    t.send("P");
    t.wait_for("Parked. It waits in the inbox");
    t.send("q");
    assert!(t.wait_exit(), "heard did not exit cleanly");
    assert!(kinds(&w, &id).contains(&EventKind::Parked));
}

#[test]
fn keys_that_cannot_work_stop_heard_with_the_place_to_fix() {
    let w = PtyWorld::new();
    std::fs::write(w.config(), "name = \"Ann\"\n[keys]\napprove = \"c\"\n").unwrap();
    let id = w.new_case(None);
    let mut t = w.open(&id);
    t.wait_for("line 3, column 11");
    t.wait_for("request-changes");
    t.wait_exit();
    // Nothing was recorded: the case was never opened.
    assert!(!kinds(&w, &id).contains(&EventKind::Opened));
}
