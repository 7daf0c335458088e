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

/// A second case, from another customer, so the inbox lists two.
fn second_case(w: &PtyWorld) {
    let review = w.dir.path().join("second.txt");
    std::fs::write(
        &review,
        "Customer: Morag Pennington\nPlatform: google\nRating: 1\n\nThe mug arrived broken.\n",
    )
    .unwrap();
    let out = w.run(&["new", review.to_str().unwrap(), "--no-open"]);
    assert!(out.status.success(), "{}", pty_world::text(&out.stderr));
}

#[test]
fn a_rebound_inbox_key_searches_and_the_footer_shows_it() {
    let w = PtyWorld::new();
    std::fs::write(
        w.config(),
        "name = \"Ann\"\n\n[keys.inbox]\nsearch = \"f\"\n",
    )
    .unwrap();
    let id = w.new_case(None);
    second_case(&w);
    let mut t = w.spawn(&[]);
    t.wait_for("Inbox · 2 cases");
    t.wait_for("f search");
    // The old key is free again: after `/`, `?` is still the help (in a
    // search box it would have been typed).
    t.send("/?");
    t.wait_for("Help — ");
    t.send(ESC);
    t.send("f");
    t.wait_for("search customer and text");
    t.send("patel");
    t.wait_for("1 found");
    t.send("\r");
    t.wait_for("How are you feeling?");
    t.send("q");
    assert!(t.wait_exit(), "heard did not exit cleanly");
    assert!(kinds(&w, &id).contains(&EventKind::Opened));
}

#[test]
fn a_home_key_on_an_inbox_key_is_refused_with_its_place() {
    let w = PtyWorld::new();
    std::fs::write(w.config(), "name = \"Ann\"\n[keys]\npatterns = \"j\"\n").unwrap();
    w.new_case(None);
    let mut t = w.spawn(&[]);
    t.wait_for("line 3, column 12");
    t.wait_for("“down” and “patterns”");
    t.wait_exit();
}
