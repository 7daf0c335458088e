//! The gates attacked the way an upset owner (or a careless teammate) would,
//! one row per attempt: with only `heard` commands, from another "machine"
//! (its own config folder) sharing the store, and with a text editor on the
//! store's files. Every attempt must be refused or detected, with a reason.

use crate::support;

use std::path::PathBuf;

use heard::domain::{Event, EventKind};
use support::walk_drafts;
use support::world::{World, text};
use time::{Duration, OffsetDateTime};

#[test]
fn praise_playbooks_and_star_tricks_never_waive_the_gates() {
    let w = World::new();
    let angry = "Customer: Mara\nRating: 1\n\nYou are liars and thieves. The mug was smashed and nobody answered. Disgusting.\n";
    let file = w.file("angry.txt", angry);
    // 1. Naming the praise playbook for a one-star review.
    w.refused(
        "ann",
        Some("Ann"),
        &[
            "new",
            file.to_str().unwrap(),
            "--playbook",
            "thank-you",
            "--no-open",
        ],
        "praise only",
    );
    assert!(w.ok("ann", Some("Ann"), &["list", "--json"]).trim() == "[]");
    // 2–3. Four stars on furious words, by header or by flag: the default walk.
    let header = w.file(
        "four.txt",
        "Customer: Mara\nRating: 4\n\nYou are liars and thieves. The mug was smashed and nobody answered. Disgusting.\n",
    );
    for args in [
        vec!["new", header.to_str().unwrap(), "--no-open"],
        // The same words and stars again: `--yes` makes the second case.
        vec![
            "new",
            file.to_str().unwrap(),
            "--rating",
            "4",
            "--no-open",
            "--yes",
        ],
    ] {
        let id = w.ok("ann", Some("Ann"), &args).trim().to_string();
        let s = w.status(&id);
        assert_eq!(s["playbook"], "heard", "{args:?}");
    }
    // …and naming the praise playbook then is refused too.
    w.refused(
        "ann",
        Some("Ann"),
        &[
            "new",
            header.to_str().unwrap(),
            "--playbook",
            "thank-you",
            "--no-open",
        ],
        "whatever its stars",
    );
    // A praise playbook is marked as such and `check` points at its gates.
    let list = w.ok("ann", Some("Ann"), &["playbook", "list"]);
    assert!(
        list.lines()
            .any(|l| l.starts_with("thank-you") && l.contains("praise only")),
        "{list}"
    );
    let tpl = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("playbooks/thank-you.toml");
    let check = w.ok("ann", None, &["playbook", "check", tpl.to_str().unwrap()]);
    assert!(
        check.contains("thank-you.toml:10:1: `gates.cooldown_minutes`"),
        "{check}"
    );
    assert!(
        check.contains("`gates.peer_review` is no peer review"),
        "{check}"
    );
}

#[test]
fn hidden_text_cannot_be_approved_and_is_shown_by_name() {
    let w = World::new();
    let id = w.ready_case();
    let hostile = w.file(
        "hostile.txt",
        "You are a liar and a thief.\r\x1b[2K   1 │ Hi Morag, thank you and sorry.",
    );
    w.ok(
        "ann",
        Some("Ann"),
        &["draft", &id, "--public", hostile.to_str().unwrap()],
    );
    for args in [vec!["review", &id], vec!["status", &id], vec!["draft", &id]] {
        let out = w.run("bob", Some("Bob"), &args);
        let all = text(&out.stdout) + &text(&out.stderr);
        assert!(
            !all.contains('\x1b') && !all.contains('\r'),
            "{args:?} printed raw escapes"
        );
        assert!(
            all.contains("⟨ESC⟩") || all.contains("⟨CR⟩"),
            "{args:?}: {all}"
        );
    }
    w.refused("bob", Some("Bob"), &["approve", &id], "hidden character");
    // Bidi controls that reorder a line are refused the same way.
    let bidi = w.file(
        "bidi.txt",
        "Thank you, we are sorry \u{202E}raild a era uoy\u{202C}.",
    );
    w.ok(
        "ann",
        Some("Ann"),
        &["draft", &id, "--public", bidi.to_str().unwrap()],
    );
    w.refused("bob", Some("Bob"), &["approve", &id], "U+202E");
    // A name from outside with a bidi override: named in text, escaped in JSON.
    let review = w.file(
        "bidi-name.txt",
        "Customer: Ma\u{202E}ra\nRating: 2\n\nLate.\n",
    );
    w.ok(
        "ann",
        Some("Ann"),
        &["new", review.to_str().unwrap(), "--no-open"],
    );
    let list = w.ok("bob", Some("Bob"), &["list"]);
    assert!(list.contains("Ma⟨U+202E⟩ra"), "{list}");
    let json = w.ok("bob", Some("Bob"), &["list", "--json"]);
    assert!(json.contains("Ma\\u202era"), "JSON escapes it: {json}");
    assert!(!json.contains('\u{202E}'));
}

#[test]
fn who_approves_is_not_whatever_name_is_typed() {
    let w = World::new();
    let id = w.ready_case();
    // 6. `--as Bob` on Ann's own machine.
    w.refused(
        "ann",
        Some("Bob"),
        &["approve", &id],
        "machine the drafts were written on",
    );
    // 7. Ann renames herself in her config after writing the drafts.
    w.config("ann", "name = \"Zed\"\n");
    w.refused(
        "ann",
        None,
        &["approve", &id],
        "machine the drafts were written on",
    );
    // 8–10. Lookalikes of Ann from another machine are Ann, accented too.
    for lookalike in [
        "\u{0410}nn",
        "\u{C1}nn",
        "A\u{0300}nn",
        "Ann.",
        "A\u{200B}nn",
        "\u{FF21}\u{FF4E}\u{FF4E}",
        " ann ",
    ] {
        w.refused("bob", Some(lookalike), &["approve", &id], "cannot approve");
    }
    // 11. The roster lives in the store: an empty personal config does not
    // open it to anyone.
    std::fs::write(
        w.store_dir().join("team.toml"),
        "members = [\"Ann\", \"Bob\"]\n",
    )
    .unwrap();
    w.config("zed", "");
    w.refused(
        "zed",
        Some("Zed"),
        &["approve", &id],
        "not on the team roster",
    );
    // Bob, on his own machine, can; the gate says how it was given.
    w.ok("bob", Some("Bob"), &["approve", &id]);
    let s = w.status(&id);
    assert_eq!(s["gates"][1]["open"], true, "{s}");
    assert!(
        s["gates"][1]["reason"]
            .as_str()
            .unwrap()
            .contains("typed, not signed"),
        "{s}"
    );
}

#[test]
fn a_reply_is_delivered_exactly_once() {
    let w = World::new();
    let id = w.ready_case();
    w.ok("bob", Some("Bob"), &["approve", &id]);
    let deliveries = w.dir.path().join("deliveries.txt");
    w.config(
        "ann",
        &format!(
            "[send]\ncommand = [\"sh\", \"-c\", \"sleep 1; cat >> '{}'\"]\n",
            deliveries.display()
        ),
    );
    // 12. Two sends at once.
    let mut a = w.command("ann", Some("Ann"), &["send", &id, "--via", "command"]);
    let mut b = w.command("ann", Some("Ann"), &["send", &id, "--via", "command"]);
    for c in [&mut a, &mut b] {
        c.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
    }
    let (ca, cb) = (a.spawn().unwrap(), b.spawn().unwrap());
    let (oa, ob) = (
        ca.wait_with_output().unwrap(),
        cb.wait_with_output().unwrap(),
    );
    let codes = [oa.status.code(), ob.status.code()];
    assert!(
        codes.contains(&Some(0)) && codes.contains(&Some(1)),
        "{codes:?}"
    );
    let once = walk_drafts();
    let delivered = std::fs::read_to_string(&deliveries).unwrap();
    assert_eq!(
        delivered.matches("=== Public reply ===").count(),
        1,
        "{delivered}"
    );
    assert!(
        !delivered.contains(&once.public),
        "the re-saved drafts went out, not the walk's"
    );
    w.refused(
        "ann",
        Some("Ann"),
        &["send", &id, "--via", "command"],
        "already sent",
    );
}

#[test]
fn a_crash_mid_delivery_never_sends_again_blind() {
    let w = World::new();
    let id = w.ready_case();
    w.ok("bob", Some("Bob"), &["approve", &id]);
    // 13. `sending` recorded, then the process died before `sent`.
    let store = w.store();
    let sha = store.load(&id).unwrap().drafts.sha256();
    store
        .append(
            &id,
            &Event::new(
                OffsetDateTime::now_utc(),
                "Ann",
                EventKind::Sending {
                    channel: "file".into(),
                    drafts_sha256: sha,
                },
            ),
        )
        .unwrap();
    let outbox = w.dir.path().join("out.txt");
    w.refused(
        "ann",
        Some("Ann"),
        &["send", &id, "--via", "file", outbox.to_str().unwrap()],
        "delivery uncertain",
    );
    assert!(!outbox.exists());
    w.ok("ann", Some("Ann"), &["send", &id, "--delivered"]);
    assert_eq!(w.status(&id)["state"], "sent");
    w.refused(
        "ann",
        Some("Ann"),
        &["send", &id, "--delivered"],
        "no delivery is in progress",
    );
}

#[test]
fn the_clipboard_without_a_terminal_is_refused_not_recorded() {
    use std::os::unix::process::CommandExt;
    let w = World::new();
    let id = w.ready_case();
    w.ok("bob", Some("Bob"), &["approve", &id]);
    let mut cmd = w.command("ann", Some("Ann"), &["send", &id, "--via", "clipboard"]);
    // SAFETY: setsid in the child before exec: no controlling terminal.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("no terminal"),
        "{}",
        text(&out.stderr)
    );
    let s = w.status(&id);
    assert_eq!(s["state"], "in progress");
    assert_eq!(s["can_send"], true);
}

#[test]
fn a_sent_case_cannot_change_from_any_front_end() {
    let w = World::new();
    let id = w.ready_case();
    w.ok("bob", Some("Bob"), &["approve", &id]);
    let outbox = w.dir.path().join("out.txt");
    w.ok(
        "ann",
        Some("Ann"),
        &["send", &id, "--via", "file", outbox.to_str().unwrap()],
    );
    let new = w.file("new.txt", "Something else entirely.");
    w.refused(
        "ann",
        Some("Ann"),
        &["draft", &id, "--public", new.to_str().unwrap()],
        "already sent",
    );
    w.refused("bob", Some("Bob"), &["approve", &id], "already sent");
    // What the screen records goes through the same decision.
    let refused = heard::app::record(
        &w.store(),
        &id,
        "Ann",
        vec![EventKind::ChoicesSet {
            choices: vec![],
            timeline: String::new(),
        }],
        OffsetDateTime::now_utc(),
    );
    assert!(matches!(refused, Err(heard::app::RecordError::Refused(_))));
    // And a hand-written edit after sending changes nothing.
    let store = w.store();
    store
        .append(
            &id,
            &Event::new(
                OffsetDateTime::now_utc(),
                "Ann",
                EventKind::DraftEdited {
                    drafts: heard::domain::Drafts::new("changed", "changed"),
                },
            ),
        )
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(&outbox).unwrap(),
        store.load(&id).unwrap().drafts.delivery_text()
    );
}

/// One hand edit per row: `heard verify` names it and both gates close.
#[test]
fn hand_edits_are_named_and_close_the_gates_table() {
    type Edit = fn(&World, &str);
    let table: Vec<(&str, Edit, &str)> = vec![
        (
            "opened moved back a day",
            |w, id| {
                w.hand_edit(id, "opened", |v| {
                    let at = OffsetDateTime::parse(
                        v["at"].as_str().unwrap(),
                        &time::format_description::well_known::Rfc3339,
                    )
                    .unwrap();
                    v["at"] = (at - Duration::days(1))
                        .format(&time::format_description::well_known::Rfc3339)
                        .unwrap()
                        .into();
                })
            },
            "dated before the case was created",
        ),
        (
            "check-in lowered",
            |w, id| w.hand_edit(id, "checked_in", |v| v["level"] = 1.into()),
            "was changed or removed",
        ),
        (
            "an approval written by hand",
            |w, id| {
                let sha = w.store().load(id).unwrap().drafts.sha256();
                let body = serde_json::json!({
                    "at": OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap(),
                    "by": "Bob", "type": "approved", "drafts_sha256": sha, "note": "",
                });
                let dir = w.store_dir().join("cases").join(id).join("events");
                std::fs::write(dir.join("00000099-bob-abcdef.json"), body.to_string()).unwrap();
            },
            "does not name Bob's previous event",
        ),
        (
            "a change request deleted",
            |w, id| {
                w.ok(
                    "bob",
                    Some("Bob"),
                    &["request-changes", id, "--comment", "Warmer, please"],
                );
                let d = walk_drafts();
                let p = w.file("p2.txt", &d.public.replace("Hi Morag", "Dear Morag"));
                w.ok(
                    "ann",
                    Some("Ann"),
                    &["draft", id, "--public", p.to_str().unwrap()],
                );
                let files = w.event_files(id);
                let request = files
                    .iter()
                    .find(|f| {
                        std::fs::read_to_string(f)
                            .unwrap()
                            .contains("changes_requested")
                    })
                    .unwrap();
                std::fs::remove_file(request).unwrap();
            },
            "is missing (deleted?)",
        ),
    ];
    // Rows are independent worlds: check them side by side.
    std::thread::scope(|scope| {
        for (what, edit, named) in table {
            scope.spawn(move || hand_edit_row(what, edit, named));
        }
    });
}

fn hand_edit_row(what: &str, edit: fn(&World, &str), named: &str) {
    let w = World::new();
    std::fs::create_dir_all(w.store_dir()).unwrap();
    std::fs::write(
        w.store_dir().join("team.toml"),
        "members = [\"Ann\", \"Bob\"]\n",
    )
    .unwrap();
    let id = w.ready_case();
    w.ok("ann", Some("Ann"), &["verify", &id]);
    edit(&w, &id);
    let out = w.run("ann", Some("Ann"), &["verify", &id]);
    assert_eq!(out.status.code(), Some(1), "{what}: {}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains(named),
        "{what}: {}",
        text(&out.stdout)
    );
    let s = w.status(&id);
    for g in 0..2 {
        assert_eq!(s["gates"][g]["open"], false, "{what}: {s}");
        assert!(
            s["gates"][g]["reason"]
                .as_str()
                .unwrap()
                .contains("files changed by hand"),
            "{what}"
        );
    }
    // Ann (an author) cannot wave them through; Bob, on the roster, can.
    w.refused(
        "ann",
        Some("Ann"),
        &["verify", &id, "--accept"],
        "wrote part of the drafts",
    );
    w.ok(
        "bob",
        Some("Bob"),
        &["verify", &id, "--accept", "--note", "checked with Ann"],
    );
    let s = w.status(&id);
    assert!(
        !s["gates"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("by hand"),
        "{what}: {s}"
    );
}
