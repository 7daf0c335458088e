//! Layer 3 (end to end): the real `heard` binary in a pseudo-terminal at
//! 80x24, driven by keystrokes and read back from the screen.

#[path = "support/pty.rs"]
mod pty;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use heard::store::Store;
use pty::{DOWN, ENTER, RIGHT, TAB, spawn};

/// Every step kind, as short as a walk can be: one 1-second breath, one
/// read, two choices, and the gates no complaint goes below (the walk is
/// recorded on a case first opened two hours ago, so the cool-down has run).
const FAST: &str = r#"
id = "fast"
name = "Fast"
description = "Every step kind, made quick for tests."

[gates]
cooldown_minutes = 15
upset_cooldown_minutes = 60
peer_review = true

[[steps]]
id = "check-in"
kind = "check-in"
title = "Check in now"
why = "So the cool-down fits."
prompt = "How upset are you?"

[[steps]]
id = "breathe"
kind = "breathe"
title = "One breath"
why = "A pause."
prompt = "Breathe in."
pattern = [1, 0, 0, 0]
cycles = 1

[[steps]]
id = "read"
kind = "read"
title = "Read it once"
why = "Hear them out."
min_reads = 1

[[steps.questions]]
id = "concern"
text = "Main concern?"

[[steps.questions]]
id = "intent"
text = "Fix or venting?"
options = ["Wants a fix", "Venting"]

[[steps]]
id = "empathise"
kind = "empathise"
title = "Empathy line"
why = "Understanding first."
phrases = ["I understand how annoying a late parcel is."]

[[steps]]
id = "apologise"
kind = "apologise"
title = "Apology line"
why = "Own it."
phrases = ["I'm sorry we let you down."]

[[steps]]
id = "choices"
kind = "choices"
title = "Two options"
why = "Give control back."
min_choices = 2
phrases = ["A refund of the postage.", "10% off the next order."]

[[steps]]
id = "compose"
kind = "compose"
title = "Both drafts"
why = "Public short, private detailed."

[[steps]]
id = "diagnose"
kind = "diagnosis"
title = "The cause"
why = "Fix the process."
categories = ["delay", "other"]
"#;

struct World {
    dir: tempfile::TempDir,
}

impl World {
    fn new() -> World {
        World {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A world whose store has the `FAST` playbook.
    fn with_fast_playbook() -> World {
        let w = World::new();
        let playbooks = w.store().join("playbooks");
        std::fs::create_dir_all(&playbooks).unwrap();
        let fast = playbooks.join("fast.toml");
        std::fs::write(&fast, FAST).unwrap();
        assert!(
            w.run(&["playbook", "check", fast.to_str().unwrap()])
                .status
                .success()
        );
        w
    }

    fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    fn base_args(&self) -> Vec<String> {
        vec![
            "--store".into(),
            self.store().display().to_string(),
            "--as".into(),
            "Ann".into(),
        ]
    }

    /// `heard ARGS` without a terminal.
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_heard"))
            .args(self.base_args())
            .args(args)
            .env("HEARD_CONFIG", self.config())
            .env_remove("HEARD_STORE")
            .output()
            .unwrap()
    }

    /// `heard new` of a short review; returns the case id.
    fn new_case(&self, playbook: Option<&str>) -> String {
        let review = self.dir.path().join("review.txt");
        std::fs::write(
            &review,
            "Customer: Dev Patel\nPlatform: trustpilot\nRating: 2\n\n\
             My parcel came a week late and nobody told me why.\n",
        )
        .unwrap();
        let mut args = vec!["new", review.to_str().unwrap(), "--no-open"];
        if let Some(p) = playbook {
            args.extend(["--playbook", p]);
        }
        let out = self.run(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    /// The same review as a case made and first opened two hours ago (as
    /// `heard new` and `heard open` would have recorded it then): its
    /// cool-down has run, so a walk by keys can reach Send today.
    fn case_opened_hours_ago(&self, playbook: &str) -> String {
        let store = Store::open(self.store()).unwrap();
        let then = time::OffsetDateTime::now_utc() - time::Duration::hours(2);
        let review = heard::domain::Review::from_plain_text(
            "Customer: Dev Patel\nPlatform: trustpilot\nRating: 2\n\n\
             My parcel came a week late and nobody told me why.\n",
            &Default::default(),
            then,
        )
        .unwrap();
        let playbook = heard::store::playbooks::find(&store.playbooks_dir(), playbook).unwrap();
        let id = store.create_case(&review, &playbook, "Ann", then).unwrap();
        store
            .append(
                &id,
                &heard::domain::Event::new(then, "Ann", heard::domain::EventKind::Opened),
            )
            .unwrap();
        id
    }

    /// `heard open ID` in a pseudo-terminal.
    fn open(&self, id: &str) -> pty::Pty {
        let mut args: Vec<String> = self.base_args();
        args.extend(["open".into(), id.into()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        spawn(&args, &[("HEARD_CONFIG", self.config().as_os_str())])
    }
}

/// The first two steps of the `FAST` playbook, up to the read step.
fn check_in_and_breathe(t: &mut pty::Pty) {
    t.wait_for("Check in now");
    t.send("2");
    t.wait_for("One breath");
    t.send(ENTER);
    // One second of breathing, then the pacer records itself and moves on.
    t.wait_for("Read it once");
}

fn status_json(w: &World, id: &str) -> serde_json::Value {
    let out = w.run(&["status", id, "--json"]);
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_whole_walk_by_keys_ends_in_the_outbox_with_the_approved_text() {
    let w = World::with_fast_playbook();
    let id = w.case_opened_hours_ago("fast");
    assert_eq!(status_json(&w, &id)["playbook"], "fast");

    let mut t = w.open(&id);
    check_in_and_breathe(&mut t);

    // A read counts only a couple of seconds after opening: keep trying.
    t.retry_until(&format!("G{ENTER}"), "Read 1 of 1");
    t.send(TAB);
    t.wait_for("› Main concern?");
    t.send(ENTER);
    t.wait_for("your answer");
    t.send("It came late");
    t.send(ENTER);
    t.wait_for("✓ It came late");
    t.send(ENTER);
    // Triage after reading: resolve, the full walk.
    t.wait_for("What does this review need?");
    t.send("1");
    t.wait_for("Empathy line");

    t.send(ENTER);
    t.wait_for("Enter save");
    t.send(ENTER);
    t.wait_for("Apology line");
    t.send(ENTER);
    t.wait_for("Enter save");
    t.send(ENTER);
    t.wait_for("Two options");

    t.send(ENTER);
    t.wait_for("Offered (1 of at least 2)");
    t.send(DOWN);
    t.send(ENTER);
    t.wait_for("Offered (2 of at least 2)");
    t.send("t");
    t.wait_for("timeline, e.g.");
    t.send("within 2 days");
    t.send(ENTER);
    t.wait_for("Both drafts");

    // Save the suggested drafts as they are, then on to the diagnosis.
    t.send("s");
    t.wait_for("saved version ✓");
    t.send("n");
    t.wait_for("The cause");
    t.send(RIGHT);
    t.wait_for("delay");
    for (down, text) in [
        (1, "Parcel sat in the depot"),
        (0, "Nobody watches courier delays"),
        (4, "Check courier status daily"),
        (0, "Ann"),
    ] {
        for _ in 0..down {
            t.send(DOWN);
        }
        t.send(ENTER);
        t.wait_for("Enter to save");
        t.send(text);
        t.send(ENTER);
        t.wait_for(text);
    }
    t.send("y");
    t.wait_for("Hand the keyboard to a colleague");

    // The pairing hand-over: Ben reads and approves.
    t.send("r");
    t.wait_for("colleague's name");
    t.send("Ben");
    t.send(ENTER);
    t.wait_for("Ben, read both drafts");
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
    let status = status_json(&w, &id);
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
    let w = World::new();
    let id = w.new_case(None);
    assert_eq!(status_json(&w, &id)["playbook"], "heard");

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
    let gates = &status_json(&w, &id)["gates"];
    assert_eq!(gates[0]["id"], "cooldown");
    assert_eq!(gates[0]["open"], false);
    assert!(gates[0]["opens_at"].is_string());
}

#[test]
fn a_line_being_typed_survives_kill_9() {
    let w = World::with_fast_playbook();
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
        store.load(&id).unwrap().answers.is_empty(),
        "not recorded yet"
    );

    // Opening again records it, says so, and leaves nothing pending.
    let mut t = w.open(&id);
    t.wait_for("Recorded what you were typing");
    let case = store.load(&id).unwrap();
    assert_eq!(
        case.answers.get("concern").map(String::as_str),
        Some("Late parcel, no word from us")
    );
    assert!(!typing.exists());
    t.send(TAB);
    t.wait_for("✓ Late parcel, no word from us");
    t.send("q");
    assert!(t.wait_exit());
}
