//! Layer 3 (end to end): the real `heard` binary in a pseudo-terminal at
//! 80x24, driven by keystrokes and read back from the screen.

use crate::pty;
use crate::pty_world;

use std::path::Path;

use heard::store::Store;
use pty::{ENTER, TAB};
use pty_world::{PtyWorld, check_in_and_breathe, diagnose, read_to_compose};

#[test]
fn a_whole_walk_by_keys_ends_in_the_outbox_with_the_approved_text() {
    let w = PtyWorld::with_fast_playbook("fast");
    let id = w.case_opened_hours_ago("fast");
    assert_eq!(w.status_json(&id)["playbook"], "fast");

    let mut t = w.open(&id);
    check_in_and_breathe(&mut t);
    read_to_compose(&mut t, "It came late");

    // Save the suggested drafts as they are, then on to the diagnosis.
    t.send("s");
    t.wait_for("saved version ✓");
    t.send("n");
    diagnose(
        &mut t,
        "Parcel sat in the depot",
        "Nobody watches courier delays",
        "Check courier status daily",
    );
    t.wait_for("Hand the keyboard to a colleague");

    // The pairing hand-over: Ben reads and approves.
    t.send("r");
    t.wait_for("colleague's name");
    t.send("Ben");
    t.send(ENTER);
    t.wait_for("Ben, read it all");
    // Not read to the end yet: `a` says why instead of approving.
    t.send("a");
    t.wait_for("Read both drafts to the end first");
    t.send("G");
    t.wait_for("you read both drafts to the end");
    t.send("a");
    t.wait_for("Enter to approve");
    t.send(ENTER);
    t.wait_for("approved by Ben");

    t.send("n");
    t.wait_for("both gates are open");
    t.send("f");
    t.wait_for("outbox file — Enter to write");
    t.send(ENTER);
    t.wait_for("Sent by Ann via file");
    t.send("q");
    assert!(t.wait_exit(), "heard exits cleanly");

    let outbox = w.store().join("outbox").join(format!("{id}.txt"));
    let written = std::fs::read_to_string(&outbox).unwrap();
    let case = Store::open(w.store()).unwrap().load(&id).unwrap();
    let approval = case.latest_verdict().unwrap();
    assert!(approval.approved);
    assert_eq!(approval.by, "Ben");
    assert_eq!(approval.drafts_sha256, case.drafts.sha256());
    assert_eq!(written, case.drafts.delivery_text());
    let status = w.status_json(&id);
    assert_eq!(status["state"], "sent");
    assert_eq!(status["drafts_sha256"], approval.drafts_sha256.as_str());
    assert!(
        status["steps"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["done"] == true)
    );
}

#[test]
fn send_is_refused_while_the_default_cool_down_runs() {
    let w = PtyWorld::new();
    let id = w.new_case(None);
    assert_eq!(w.status_json(&id)["playbook"], "heard");

    // Open it in the terminal (the cool-down starts) and check in upset.
    let mut t = w.open(&id);
    t.wait_for("How are you feeling?");
    t.send("4");
    t.wait_for("Breathe first");
    t.send("q");
    assert!(t.wait_exit());

    let outbox: &Path = &w.dir.path().join("reply.txt");
    let out = w.run(&["send", &id, "--via", "file", outbox.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cool-down closed — cooling down"), "{err}");
    assert!(err.contains("of 1 h"), "{err}");
    assert!(!outbox.exists());
    let gates = &w.status_json(&id)["gates"];
    assert_eq!(gates[0]["id"], "cooldown");
    assert_eq!(gates[0]["open"], false);
    assert!(gates[0]["opens_at"].is_string());
}

#[test]
fn a_line_being_typed_survives_kill_9() {
    let w = PtyWorld::with_fast_playbook("fast");
    let id = w.new_case(Some("fast"));
    let mut t = w.open(&id);
    check_in_and_breathe(&mut t);
    t.send(TAB);
    t.wait_for("› Main concern?");
    t.send(ENTER);
    t.wait_for("your answer");
    t.send("Late parcel, no word from us");
    // Autosave writes shortly after typing stops; wait for it on disk.
    let typing = w
        .store()
        .join("cases")
        .join(&id)
        .join("drafts/ann.typing.json");
    let end = std::time::Instant::now() + pty::TIMEOUT;
    while !std::fs::read_to_string(&typing).is_ok_and(|s| s.contains("no word from us")) {
        assert!(std::time::Instant::now() < end, "no autosave of the line");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    t.kill9();
    let store = Store::open(w.store()).unwrap();
    assert!(
        store.load(&id).unwrap().preparation.answers.is_empty(),
        "not recorded yet"
    );

    // Opening again records it, says so, and leaves nothing pending.
    let mut t = w.open(&id);
    t.wait_for("Recorded what you were typing");
    let case = store.load(&id).unwrap();
    assert_eq!(
        case.preparation.answers.get("concern").map(String::as_str),
        Some("Late parcel, no word from us")
    );
    assert!(!typing.exists());
    t.send(TAB);
    t.wait_for("✓ Late parcel, no word from us");
    t.send("q");
    assert!(t.wait_exit());
}
