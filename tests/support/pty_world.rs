//! The real `heard` in a pseudo-terminal on a temp store: the store and its
//! config, the quick playbook that has every step kind, and the walk by
//! keys from the check-in to the compose step and through the diagnosis.
//! Shared by the end-to-end, practice and crash tests; include it beside
//! `support/pty.rs`:
//!
//! ```ignore
//! #[path = "support/pty.rs"]
//! mod pty;
//! #[path = "support/pty_world.rs"]
//! mod pty_world;
//! ```
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

use heard::store::Store;

use crate::pty::{self, DOWN, ENTER, RIGHT, TAB, spawn};

/// Every step kind, as short as a walk can be: one 1-second breath, one
/// read, two choices, and the gates no complaint goes below. `{id}` is the
/// playbook's id (`heard` makes it the walk every case gets).
const FAST: &str = r#"
id = "{id}"
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

/// The quick playbook under the id `id`.
pub fn fast_playbook(id: &str) -> String {
    FAST.replace("{id}", id)
}

/// A review short enough to read in a second.
pub const LATE_PARCEL: &str = "Customer: Dev Patel\nPlatform: trustpilot\nRating: 2\n\n\
     My parcel came a week late and nobody told me why.\n";

/// One temp folder: the store, the config next to it, Ann at the keyboard.
pub struct PtyWorld {
    pub dir: tempfile::TempDir,
}

impl PtyWorld {
    pub fn new() -> PtyWorld {
        PtyWorld {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A world whose store has the quick playbook under `id`, checked by
    /// `heard playbook check`.
    pub fn with_fast_playbook(id: &str) -> PtyWorld {
        let w = PtyWorld::new();
        let playbooks = w.store().join("playbooks");
        std::fs::create_dir_all(&playbooks).unwrap();
        let file = playbooks.join(format!("{id}.toml"));
        std::fs::write(&file, fast_playbook(id)).unwrap();
        let out = w.run(&["playbook", "check", file.to_str().unwrap()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        w
    }

    pub fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    pub fn base_args(&self) -> Vec<String> {
        vec![
            "--store".into(),
            self.store().display().to_string(),
            "--as".into(),
            "Ann".into(),
        ]
    }

    /// `heard ARGS` without a terminal.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_heard"))
            .args(self.base_args())
            .args(args)
            .env("HEARD_CONFIG", self.config())
            .env_remove("HEARD_STORE")
            .output()
            .unwrap()
    }

    /// `heard new` of the late-parcel review; returns the case id.
    pub fn new_case(&self, playbook: Option<&str>) -> String {
        let review = self.dir.path().join("review.txt");
        std::fs::write(&review, LATE_PARCEL).unwrap();
        let mut args = vec!["new", review.to_str().unwrap(), "--no-open"];
        if let Some(p) = playbook {
            args.extend(["--playbook", p]);
        }
        let out = self.run(&args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    /// The same review as a case made and first opened two hours ago (as
    /// `heard new` and `heard open` would have recorded it then): its
    /// cool-down has run, so a walk by keys can reach Send today.
    pub fn case_opened_hours_ago(&self, playbook: &str) -> String {
        let store = Store::open(self.store()).unwrap();
        let then = time::OffsetDateTime::now_utc() - time::Duration::hours(2);
        let review =
            heard::domain::Review::from_plain_text(LATE_PARCEL, &Default::default(), then).unwrap();
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

    /// `heard ARGS` in a pseudo-terminal, on this store and config.
    pub fn spawn(&self, args: &[&str]) -> pty::Pty {
        let mut all: Vec<String> = self.base_args();
        all.extend(args.iter().map(|a| a.to_string()));
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        spawn(&all, &[("HEARD_CONFIG", self.config().as_os_str())])
    }

    /// `heard open ID` in a pseudo-terminal.
    pub fn open(&self, id: &str) -> pty::Pty {
        self.spawn(&["open", id])
    }

    /// `heard status ID --json`.
    pub fn status_json(&self, id: &str) -> serde_json::Value {
        let out = self.run(&["status", id, "--json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    }
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The first two steps of the quick playbook, up to the read step.
pub fn check_in_and_breathe(t: &mut pty::Pty) {
    t.wait_for("Check in now");
    t.send("2");
    t.wait_for("One breath");
    t.send(ENTER);
    // One second of breathing, then the pacer records itself and moves on.
    t.wait_for("Read it once");
}

/// From the read step to the compose step: one read, the main concern
/// answered with `concern`, the suggested empathy and apology, both
/// choices and a timeline.
pub fn read_to_compose(t: &mut pty::Pty, concern: &str) {
    // A read counts only a couple of seconds after opening: keep trying.
    t.retry_until(&format!("G{ENTER}"), "Read 1 of 1");
    t.send(TAB);
    t.wait_for("› Main concern?");
    t.send(ENTER);
    t.wait_for("your answer");
    t.send(concern);
    t.send(ENTER);
    t.wait_for(&format!("✓ {concern}"));
    // The marker stays on an answered question: ↓ moves on.
    t.send(DOWN);
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
}

/// The diagnosis step: the first category, then what happened, the root
/// cause, the fix and the owner, each typed into its field; `y` records it.
pub fn diagnose(t: &mut pty::Pty, what: &str, why: &str, fix: &str) {
    t.wait_for("The cause");
    t.send(RIGHT);
    t.wait_for("delay");
    // The marker stays on a field after it is saved: ↓ moves on.
    for (down, text) in [(1, what), (1, why), (5, fix), (1, "Ann")] {
        for _ in 0..down {
            t.send(DOWN);
        }
        t.send(ENTER);
        t.wait_for("Enter to save");
        t.send(text);
        t.send(ENTER);
        t.wait_for(text);
    }
    t.send(DOWN);
    t.send("y");
}
