//! A fake review, end to end through the real binary: read in the walk,
//! triaged in a pseudo-terminal to "don't engage", a close asked for with
//! the reason, refused to the one who asked, and closed by a colleague's OK
//! from the command line. No reply is ever sent.

use crate::pty;
use crate::support;

use std::process::{Command, Output};

use heard::domain::{Event as CaseEvent, EventKind};
use heard::store::Store;
use support::{AUTHOR, COLLEAGUE, Stage, walk_events};
use time::{Duration, OffsetDateTime};

const FAKE: &str = "Customer: Best Cakes Rival\nRating: 1\n\n\
    Never ordered here but I heard it is awful. Go to Best Cakes on the high street instead!!!";

/// `heard --as WHO ARGS`; each person on their own machine (their own
/// config folder, so their own device id), as a colleague's OK must be.
fn heard(dir: &std::path::Path, who: &str, args: &[&str]) -> Output {
    let machine = dir.join(who.trim().to_lowercase());
    Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--store")
        .arg(dir.join("store"))
        .args(["--as", who])
        .args(args)
        .env("HEARD_CONFIG", machine.join("config.toml"))
        .env_remove("HEARD_STORE")
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The fake review, created ten minutes ago and read through (check-in,
/// breathing and two timed reads recorded as the walk records them).
fn read_fake_review(store_dir: &std::path::Path) -> String {
    let store = Store::open(store_dir).unwrap();
    let start = OffsetDateTime::now_utc() - Duration::minutes(10);
    let hints = heard::domain::review::PlainTextHints::default();
    let id =
        heard::commands::new::case_from_text(&store, AUTHOR, start, FAKE, &hints, None).unwrap();
    for (at, by, kind) in walk_events(Stage::Read) {
        if matches!(kind, EventKind::Triaged { .. }) {
            continue;
        }
        let event = CaseEvent::new(start + Duration::seconds(at), by, kind);
        store.append(&id, &event).unwrap();
    }
    id
}

#[test]
fn a_fake_review_is_triaged_to_dont_engage_and_closed_with_a_colleagues_ok() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let store = dir.join("store");
    let id = read_fake_review(&store);
    for who in ["ann", "ben"] {
        std::fs::create_dir_all(dir.join(who)).unwrap();
    }
    let config = dir.join("ann").join("config.toml");
    let env = [("HEARD_CONFIG", config.as_os_str())];

    let mut walk = pty::spawn(
        &[
            "--store",
            store.to_str().unwrap(),
            "--as",
            AUTHOR,
            "open",
            &id,
        ],
        &env,
    );
    walk.wait_for("What does this review need?");
    walk.wait_for("don't engage");
    walk.send("4");
    walk.wait_for("report it to the platform");
    walk.send("c");
    walk.wait_for("Why close it without a reply?");
    walk.send("Fake: no order under this name, a competitor");
    walk.send(pty::ENTER);
    walk.wait_for("Waiting for a colleague's OK");
    walk.send("q");
    assert!(walk.wait_exit(), "heard should exit 0 after q");

    // The one who asked cannot also agree, under any spelling of the name.
    let same = heard(dir, " ann ", &["close", &id, "--agree"]);
    assert_eq!(same.status.code(), Some(1), "{}", stdout(&same));
    assert!(
        stderr(&same).contains("cannot also agree"),
        "{}",
        stderr(&same)
    );

    // Nothing is ever sent on this road.
    let send = heard(dir, AUTHOR, &["send", &id, "--via", "file", "out.txt"]);
    assert_ne!(send.status.code(), Some(0));

    let ok = heard(dir, COLLEAGUE, &["close", &id, "--agree"]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).contains("Closed"), "{}", stdout(&ok));

    let status = stdout(&heard(dir, AUTHOR, &["status", &id]));
    assert!(
        status.contains("Closed without a reply: Fake: no order under this name, a competitor"),
        "{status}"
    );
    assert!(status.contains("agreed by Ben"), "{status}");
    assert!(status.contains("— closed"), "{status}");

    // The inbox in a terminal shows it closed, and why.
    let mut inbox = pty::spawn(&["--store", store.to_str().unwrap(), "--as", AUTHOR], &env);
    // Nothing is open, so the inbox starts on "all".
    inbox.wait_for("closed: Fake");
    inbox.send("q");
    assert!(inbox.wait_exit(), "heard should exit 0 after q");
}
