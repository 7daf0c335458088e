//! The command line as scripts use it: `new`, `list --json`, `status --json`
//! (a documented contract), `playbook check`, `send` and `open`, with their
//! exit codes (0 ok, 1 refused by a rule, 2 bad input).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use heard::domain::{Diagnosis, Drafts, Event, EventKind};
use heard::store::Store;
use serde_json::Value;
use time::{Duration, OffsetDateTime};

struct Cli {
    dir: tempfile::TempDir,
}

impl Cli {
    fn new() -> Cli {
        Cli {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn store_dir(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Run `heard --store S --as Ann ARGS` with a config of its own.
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_heard"))
            .args(["--store", self.store_dir().to_str().unwrap(), "--as", "Ann"])
            .args(args)
            .env("HEARD_CONFIG", self.path("config.toml"))
            .env_remove("HEARD_STORE")
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    /// A new case from a short review; returns its id.
    fn new_case(&self) -> String {
        let review = self.path("review.txt");
        std::fs::write(
            &review,
            "Customer: Dev Patel\nPlatform: trustpilot\nRating: 2\n\n\
             The delivery came a week late and nobody told me why.\n",
        )
        .unwrap();
        let out = self.ok(&[
            "new",
            review.to_str().unwrap(),
            "--playbook",
            "heard",
            "--no-open",
        ]);
        let id = out.trim().to_string();
        assert_eq!(out.lines().count(), 1, "only the id is printed: {out:?}");
        id
    }

    /// The same review as a case created `ago` in the past (through the
    /// store, as `heard new` would have made it then), so that a walk can
    /// be recorded in the past without dating anything before the case.
    fn past_case(&self, ago: Duration) -> String {
        let store = Store::open(self.store_dir()).unwrap();
        let review = heard::domain::Review::from_plain_text(
            "Customer: Dev Patel\nPlatform: trustpilot\nRating: 2\n\n\
             The delivery came a week late and nobody told me why.\n",
            &Default::default(),
            OffsetDateTime::now_utc(),
        )
        .unwrap();
        let playbook = heard::store::playbooks::find(&store.playbooks_dir(), "heard").unwrap();
        let at = OffsetDateTime::now_utc() - ago - Duration::minutes(1);
        store.create_case(&review, &playbook, "Ann", at).unwrap()
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort();
    k
}

/// Record a whole walk and an approval by Ben, every event `ago` in the past.
fn record_ready(store_dir: &Path, id: &str, ago: Duration) -> Drafts {
    let store = Store::open(store_dir).unwrap();
    let at = OffsetDateTime::now_utc() - ago;
    let drafts = Drafts::new(
        "Thank you, Dev. I'm sorry it was late; I've messaged you privately.",
        "Hi Dev,\n\n1. A refund of the postage.\n2. 10% off your next order.\n\nWithin 2 days.",
    );
    let step = |s: i64| at + Duration::seconds(s);
    let mut timed: Vec<(i64, &str, EventKind)> = vec![
        (0, "Ann", EventKind::Opened),
        (1, "Ann", EventKind::CheckedIn { level: 1 }),
        (2, "Ann", EventKind::BreathingStarted),
        (60, "Ann", EventKind::BreathingFinished { cycles: 3 }),
        (120, "Ann", EventKind::ReadThrough),
        (180, "Ann", EventKind::ReadThrough),
    ];
    for (q, a) in [
        ("concern", "Late"),
        ("fact", "Fact"),
        ("expected", "On time"),
        ("intent", "Fix"),
    ] {
        timed.push((
            200,
            "Ann",
            EventKind::Answered {
                question: q.into(),
                answer: a.into(),
            },
        ));
    }
    timed.extend([
        (
            210,
            "Ann",
            EventKind::EmpathyWritten {
                text: "I see.".into(),
            },
        ),
        (
            220,
            "Ann",
            EventKind::ApologyWritten {
                text: "Sorry.".into(),
            },
        ),
        (
            230,
            "Ann",
            EventKind::ChoicesSet {
                choices: vec!["Refund".into(), "Discount".into()],
                timeline: "2 days".into(),
            },
        ),
        (
            240,
            "Ann",
            EventKind::DraftEdited {
                drafts: drafts.clone(),
            },
        ),
        (
            250,
            "Ann",
            EventKind::DiagnosisLogged {
                diagnosis: Diagnosis {
                    category: "delay".into(),
                    what_happened: "Late".into(),
                    whys: vec!["Courier backlog unnoticed".into()],
                    process_fix: "Check the courier status daily".into(),
                    owner: "Ann".into(),
                    customer_told: Some(false),
                },
            },
        ),
        (
            260,
            "Ben",
            EventKind::Approved {
                drafts_sha256: drafts.sha256(),
                note: String::new(),
                signature: None,
                at_keyboard: false,
            },
        ),
    ]);
    for (s, by, kind) in timed {
        store.append(id, &Event::new(step(s), by, kind)).unwrap();
    }
    drafts
}

#[test]
fn new_list_and_status_json_keep_their_contract() {
    let cli = Cli::new();
    let id = cli.new_case();
    assert!(id.contains("dev-patel"), "{id}");

    let list = cli.json(&["list", "--json"]);
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    for k in ["id", "customer", "platform", "rating", "playbook", "state"] {
        assert!(row.get(k).is_some(), "list row lacks {k}: {row}");
    }
    assert_eq!(row["id"], id.as_str());
    assert_eq!(row["customer"], "Dev Patel");
    assert_eq!(row["platform"], "trustpilot");
    assert_eq!(row["rating"], 2);
    assert_eq!(row["playbook"], "heard");
    assert_eq!(row["state"], "new");

    let status = cli.json(&["status", &id, "--json"]);
    for k in ["id", "playbook", "steps", "gates", "can_send"] {
        assert!(status.get(k).is_some(), "status lacks {k}: {status}");
    }
    assert_eq!(status["id"], id.as_str());
    assert_eq!(status["playbook"], "heard");
    assert_eq!(status["can_send"], false);
    let steps = status["steps"].as_array().unwrap();
    let ids: Vec<&str> = steps.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "check-in",
            "breathe",
            "hear",
            "triage",
            "empathise",
            "apologise",
            "resolve",
            "compose",
            "diagnose"
        ]
    );
    assert!(steps.iter().all(|s| s["done"] == false));
    let gates = status["gates"].as_array().unwrap();
    let gate_ids: Vec<&str> = gates.iter().map(|g| g["id"].as_str().unwrap()).collect();
    assert_eq!(gate_ids, ["cooldown", "peer_review"]);
    for g in gates {
        assert_eq!(g["open"], false, "{g}");
        assert!(!g["reason"].as_str().unwrap().is_empty(), "{g}");
    }
    // Never opened: the cool-down has not started, so it has no time yet.
    assert!(gates[0].get("opens_at").is_none(), "{}", gates[0]);
    assert!(
        keys(&gates[1])
            .iter()
            .all(|k| ["id", "open", "reason"].contains(k))
    );

    // Once opened, it says when it opens (RFC 3339), an hour after opening
    // while nobody has checked in.
    let opened = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap();
    Store::open(cli.store_dir())
        .unwrap()
        .append(&id, &Event::new(opened, "Ann", EventKind::Opened))
        .unwrap();
    let status = cli.json(&["status", &id, "--json"]);
    let opens_at = status["gates"][0]["opens_at"].as_str().unwrap();
    let opens_at =
        OffsetDateTime::parse(opens_at, &time::format_description::well_known::Rfc3339).unwrap();
    assert_eq!(opens_at, opened + Duration::hours(1));
    assert_eq!(cli.json(&["list", "--json"])[0]["state"], "in progress");

    // The human form names both gates too.
    let human = cli.ok(&["status", &id]);
    assert!(human.contains("CLOSED cool-down"), "{human}");
    assert!(human.contains("CLOSED peer review"), "{human}");
}

#[test]
fn new_reads_stdin_and_picks_the_thank_you_playbook_for_five_stars() {
    let cli = Cli::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_heard"))
        .args(["--store", cli.store_dir().to_str().unwrap(), "--as", "Ann"])
        .args(["new", "-", "--rating", "5", "--author", "Kim", "--no-open"])
        .env("HEARD_CONFIG", cli.path("config.toml"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Lovely service, thank you!\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let id = text(&out.stdout).trim().to_string();
    let status = cli.json(&["status", &id, "--json"]);
    assert_eq!(status["playbook"], "thank-you");
    assert_eq!(status["customer"], "Kim");
}

#[test]
fn playbook_check_accepts_every_shipped_file() {
    let cli = Cli::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("playbooks");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let out = cli.run(&["playbook", "check", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains(": ok"), "{}", text(&out.stdout));
        checked += 1;
    }
    assert!(checked >= 4);
}

#[test]
fn playbook_check_locates_the_error_with_file_line_and_column() {
    let cli = Cli::new();
    let shipped =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("playbooks/heard.toml"))
            .unwrap();
    // A misspelt gate key and a number given as text, each on a known line.
    let cases = [
        (
            "upset_cooldown_minutes",
            "upset_cooldown_minuts",
            "upset_cooldown_minuts",
        ),
        (
            "cooldown_minutes = 15",
            "cooldown_minutes = \"15\"",
            "cooldown_minutes",
        ),
    ];
    for (from, to, needle) in cases {
        let broken = shipped.replacen(from, to, 1);
        let line = broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
        let path = cli.path("broken.toml");
        std::fs::write(&path, &broken).unwrap();
        let out = cli.run(&["playbook", "check", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{to}");
        let err = text(&out.stderr);
        let located = format!("{}:{line}:", path.display());
        assert!(err.contains(&located), "{to}: want {located} in {err}");
        let col = err.split(&located).nth(1).unwrap();
        assert!(
            col.split(':').next().unwrap().parse::<u32>().is_ok(),
            "column after the line: {err}"
        );
    }
    // A file that is not there is bad input too.
    let out = cli.run(&["playbook", "check", "/no/such/playbook.toml"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn send_is_refused_with_exit_1_while_a_gate_is_closed() {
    let cli = Cli::new();
    let id = cli.new_case();
    let outbox = cli.path("out.txt");
    let out = cli.run(&["send", &id, "--via", "file", outbox.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("cool-down closed"), "{err}");
    assert!(err.contains("peer review closed"), "{err}");
    assert!(err.contains("steps not done"), "{err}");
    assert!(!outbox.exists());

    // Everything done and approved, but opened only 5 minutes ago: the
    // calm cool-down (15 min) is what still holds it.
    let cli = Cli::new();
    let id = cli.past_case(Duration::minutes(5));
    record_ready(&cli.store_dir(), &id, Duration::minutes(5));
    let out = cli.run(&["send", &id, "--via", "file", outbox.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("cool-down closed"), "{err}");
    assert!(!err.contains("peer review"), "{err}");
    assert!(!outbox.exists());
}

#[test]
fn send_delivers_the_approved_drafts_once_every_gate_is_open() {
    let cli = Cli::new();
    let id = cli.past_case(Duration::minutes(30));
    let drafts = record_ready(&cli.store_dir(), &id, Duration::minutes(30));
    assert_eq!(cli.json(&["status", &id, "--json"])["can_send"], true);
    let outbox = cli.path("nested/outbox/reply.txt");
    let msg = cli.ok(&["send", &id, "--via", "file", outbox.to_str().unwrap()]);
    assert!(msg.starts_with("Sent:"), "{msg}");
    assert_eq!(
        std::fs::read_to_string(&outbox).unwrap(),
        drafts.delivery_text()
    );
    let status = cli.json(&["status", &id, "--json"]);
    assert_eq!(status["state"], "sent");
    assert_eq!(status["can_send"], false);
    // Sending twice is refused.
    let out = cli.run(&["send", &id, "--via", "file", outbox.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("already sent"));
}

#[test]
fn send_rejects_bad_channels_with_exit_2() {
    let cli = Cli::new();
    let id = cli.new_case();
    for args in [
        vec!["send", id.as_str(), "--via", "pigeon"],
        vec!["send", id.as_str(), "--via", "file"],
        vec!["send", id.as_str(), "--via", "clipboard", "x.txt"],
        vec!["send", "NOPE", "--via", "clipboard"],
    ] {
        let out = cli.run(&args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(text(&out.stderr).starts_with("heard: "), "{args:?}");
    }
}

#[test]
fn open_of_an_unknown_case_exits_2_and_says_so() {
    let cli = Cli::new();
    let out = cli.run(&["open", "NOPE"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("no case `NOPE`"), "{err}");
    assert!(err.contains("heard list"), "{err}");
    assert!(out.stdout.is_empty());
}
