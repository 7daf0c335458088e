//! Two people, two clones of one team store, a bare repository as the
//! remote: the whole author → reviewer loop with only `heard` commands.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

const PLAYBOOK: &str = r#"
id = "quick"
name = "Quick"
[gates]
cooldown_minutes = 15
upset_cooldown_minutes = 60
[[steps]]
id = "compose"
kind = "compose"
title = "Compose"
why = "w"
"#;

struct Team {
    dir: TempDir,
    /// Extra environment for a run (e.g. an empty PATH).
    path_env: Option<String>,
}

impl Team {
    fn new() -> Team {
        let dir = tempfile::tempdir().unwrap();
        // Each machine has its own config folder (and so its own machine id).
        for machine in ["ann", "bob"] {
            std::fs::create_dir_all(dir.path().join(machine)).unwrap();
            std::fs::write(
                dir.path().join(machine).join("config.toml"),
                "[team]\nmembers = [\"ann\", \"bob\"]\n",
            )
            .unwrap();
        }
        let t = Team {
            dir,
            path_env: None,
        };
        let out = Command::new("git")
            .args(["init", "-q", "--bare"])
            .arg(t.remote())
            .output()
            .unwrap();
        assert!(out.status.success());
        t
    }

    fn remote(&self) -> PathBuf {
        self.dir.path().join("remote.git")
    }

    fn store(&self, who: &str) -> PathBuf {
        self.dir.path().join(format!("store-{who}"))
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    /// Run `heard --store <who's store> --as <who> args…`; "zed@bob" is zed
    /// at bob's machine.
    fn run(&self, who: &str, args: &[&str]) -> Output {
        let (who, owner) = who.split_once('@').unwrap_or((who, who));
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_heard"));
        cmd.arg("--store")
            .arg(self.store(owner))
            .args(["--as", who])
            .args(args)
            .env(
                "HEARD_CONFIG",
                self.dir.path().join(owner).join("config.toml"),
            )
            .env_remove("HEARD_STORE")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", who)
            .env("GIT_AUTHOR_EMAIL", format!("{who}@example.com"))
            .env("GIT_COMMITTER_NAME", who)
            .env("GIT_COMMITTER_EMAIL", format!("{who}@example.com"));
        if let Some(path) = &self.path_env {
            cmd.env("PATH", path);
        }
        cmd.output().unwrap()
    }

    /// Run and expect success; returns stdout.
    fn ok(&self, who: &str, args: &[&str]) -> String {
        let out = self.run(who, args);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "heard {args:?} as {who} failed ({:?}):\n{stdout}\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
    }

    /// Run and expect a refusal (exit 1); returns stderr.
    fn refused(&self, who: &str, args: &[&str]) -> String {
        let out = self.run(who, args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(1), "heard {args:?}: {stderr}");
        stderr
    }

    fn events(&self, who: &str, id: &str) -> Vec<String> {
        let dir = self.store(who).join("cases").join(id).join("events");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn gate_open(&self, who: &str, id: &str) -> bool {
        let json = self.ok(who, &["status", id, "--json"]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v["gates"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == "peer_review")
            .unwrap()["open"]
            .as_bool()
            .unwrap()
    }

    /// Both people join the team store; ann starts a case with drafts.
    fn start(&self) -> String {
        let remote = self.remote();
        let remote = remote.to_str().unwrap();
        self.ok("ann", &["team", "init", "--remote", remote]);
        let playbooks = self.store("ann").join("playbooks");
        std::fs::create_dir_all(&playbooks).unwrap();
        std::fs::write(playbooks.join("quick.toml"), PLAYBOOK).unwrap();
        // Made and first opened two hours ago (as `heard new` and opening it
        // would have recorded then), so its cool-down has run by now.
        let store = heard::store::Store::open(self.store("ann")).unwrap();
        let then = time::OffsetDateTime::now_utc() - time::Duration::hours(2);
        let review = heard::domain::Review::from_plain_text(
            "Customer: Mara K.\nRating: 1\n\nThe mug arrived cracked and nobody answered my email.\n",
            &Default::default(),
            then,
        )
        .unwrap();
        let playbook = heard::store::playbooks::find(&playbooks, "quick").unwrap();
        let id = store.create_case(&review, &playbook, "ann", then).unwrap();
        store
            .append(
                &id,
                &heard::domain::Event::new(then, "ann", heard::domain::EventKind::Opened),
            )
            .unwrap();
        let public = self.file(
            "public.txt",
            "Hi Mara,\nthank you for telling us.\nSorry.\n",
        );
        let private = self.file("private.txt", "A new mug or a refund.\nReply by Friday.\n");
        self.ok(
            "ann",
            &[
                "draft",
                &id,
                "--public",
                public.to_str().unwrap(),
                "--private",
                private.to_str().unwrap(),
            ],
        );
        self.ok("ann", &["sync"]);
        let joined = self.ok("bob", &["team", "init", "--remote", remote]);
        assert!(joined.contains(&format!("{id}: new case")), "{joined}");
        id
    }
}

#[test]
fn author_and_reviewer_complete_the_loop_through_the_team_store() {
    let team = Team::new();
    let id = team.start();

    // Bob sees the case waiting, reads it, and asks for changes on a line.
    let waiting = team.ok("bob", &["review"]);
    assert!(waiting.contains(&id), "{waiting}");
    let review = team.ok("bob", &["review", &id]);
    assert!(
        review.contains("   2 │ thank you for telling us."),
        "{review}"
    );
    team.ok(
        "bob",
        &[
            "request-changes",
            &id,
            "--comment",
            "Say sorry first",
            "--line",
            "public:2",
            "--comment",
            "Name a date",
        ],
    );
    team.ok("bob", &["sync"]);

    // Ann gets the comments, fixes the draft, syncs.
    let arrived = team.ok("ann", &["sync"]);
    assert!(arrived.contains("bob asked for changes"), "{arrived}");
    let status = team.ok("ann", &["status", &id]);
    assert!(
        status.contains("bob on public:2: Say sorry first"),
        "{status}"
    );
    assert!(!team.gate_open("ann", &id));
    let fixed = team.file("public2.txt", "Hi Mara,\nwe are sorry, and thank you.\n");
    team.ok("ann", &["draft", &id, "--public", fixed.to_str().unwrap()]);
    team.ok("ann", &["sync"]);

    // Bob approves the new text; ann (an author) and zed (not on the roster)
    // cannot.
    team.ok("bob", &["sync"]);
    assert!(
        team.refused("ann", &["approve", &id])
            .contains("cannot approve")
    );
    assert!(
        team.refused("zed@bob", &["approve", &id])
            .contains("not on the team roster")
    );
    let approved = team.ok("bob", &["approve", &id, "--note", "Warm and clear."]);
    assert!(
        approved.contains("we are sorry, and thank you."),
        "{approved}"
    );
    assert!(approved.contains("sha256 "), "{approved}");
    assert!(!team.gate_open("ann", &id), "not synced yet");
    team.ok("bob", &["sync"]);

    // The approval from bob's clone opens the gate for ann.
    let arrived = team.ok("ann", &["sync"]);
    assert!(arrived.contains("bob approved"), "{arrived}");
    assert!(team.gate_open("ann", &id));
    let outbox = team.dir.path().join("outbox.txt");
    team.ok(
        "ann",
        &["send", &id, "--via", "file", outbox.to_str().unwrap()],
    );

    // The debrief, together: each note under its writer's name.
    team.ok(
        "ann",
        &[
            "debrief",
            &id,
            "--with",
            "bob",
            "--escalation",
            "A week without an answer",
            "--check-in",
            "2",
        ],
    );
    team.ok("ann", &["sync"]);
    team.ok("bob", &["sync"]);
    team.ok(
        "bob",
        &[
            "debrief",
            &id,
            "--differently",
            "Answer emails the same day",
            "--broken",
            "yes",
            "--process",
            "The shared inbox has no owner",
        ],
    );
    team.ok("bob", &["sync"]);
    team.ok("ann", &["sync"]);
    let md = team.ok("ann", &["debrief", &id, "--markdown"]);
    for part in [
        "- ann\n- bob\n",
        "- **ann**: A week without an answer",
        "- **bob**: Answer emails the same day",
        "- **bob**: The shared inbox has no owner",
        "Check-in at the debrief (ann): 2/5",
    ] {
        assert!(md.contains(part), "missing {part:?} in\n{md}");
    }
    assert_eq!(team.events("ann", &id), team.events("bob", &id));
}

#[test]
fn both_writing_on_one_case_and_syncing_in_either_order_never_conflicts() {
    for ann_first in [true, false] {
        let team = Team::new();
        let id = team.start();
        // Both act on the same case before anyone syncs.
        team.ok("bob", &["request-changes", &id, "--comment", "warmer"]);
        let better = team.file("p.txt", "Hi Mara, thank you, and sorry.\n");
        team.ok("ann", &["draft", &id, "--public", better.to_str().unwrap()]);
        let order: [&str; 3] = if ann_first {
            ["ann", "bob", "ann"]
        } else {
            ["bob", "ann", "bob"]
        };
        for who in order {
            team.ok(who, &["sync"]);
        }
        let last = if ann_first { "bob" } else { "ann" };
        team.ok(last, &["sync"]);
        let (a, b) = (team.events("ann", &id), team.events("bob", &id));
        assert_eq!(a, b, "ann first: {ann_first}");
        assert!(a.iter().any(|e| e.contains("-bob-")), "{a:?}");
        // Ann's edit came after bob's request: he is asked again, not ann.
        let status = team.ok("ann", &["status", &id]);
        assert!(!status.contains("asked for changes"), "{status}");
    }
}

#[test]
fn without_git_or_a_reachable_remote_everything_stays_local() {
    let team = Team::new();
    // Not shared yet.
    let msg = team.refused("ann", &["sync"]);
    assert!(msg.contains("heard team init"), "{msg}");
    // A remote that is not there.
    let nowhere = team.dir.path().join("nowhere.git");
    let msg = team.refused(
        "ann",
        &["team", "init", "--remote", nowhere.to_str().unwrap()],
    );
    assert!(msg.contains("could not reach the team store"), "{msg}");
    assert!(msg.contains("stays in your local store"), "{msg}");
    assert!(team.store("ann").join(".git").is_dir());
    // No git at all.
    let mut no_git = Team::new();
    let empty = no_git.dir.path().join("empty-bin");
    std::fs::create_dir_all(&empty).unwrap();
    no_git.path_env = Some(empty.display().to_string());
    let msg = no_git.refused("ann", &["team", "init"]);
    assert!(msg.contains("git is not installed"), "{msg}");
    assert!(Path::new(&no_git.store("ann")).join("cases").is_dir());
}
