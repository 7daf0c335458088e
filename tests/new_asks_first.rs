//! `heard new` settles two things before it writes anything (issue 16):
//! whose case it is (no case under a guessed name on the first run), and
//! whether this review already has a case (the same text twice).

use crate::pty;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const REVIEW: &str = "Customer: Mara K.\nPlatform: google\nRating: 1\n\n\
    The mug came broken and nobody answered my emails.\n";

struct World {
    dir: tempfile::TempDir,
}

impl World {
    fn new(config: &str) -> World {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.toml"), config).unwrap();
        std::fs::write(dir.path().join("review.txt"), REVIEW).unwrap();
        World { dir }
    }
    fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }
    fn review(&self) -> String {
        self.dir.path().join("review.txt").display().to_string()
    }
    fn env(&self) -> Vec<(&'static str, PathBuf)> {
        vec![
            ("HEARD_CONFIG", self.dir.path().join("config.toml")),
            ("GIT_CONFIG_GLOBAL", PathBuf::from("/dev/null")),
            ("GIT_CONFIG_NOSYSTEM", PathBuf::from("1")),
            ("USER", PathBuf::from("osuser")),
        ]
    }
    /// `heard --store S ARGS` with no terminal at all (stderr is a pipe).
    fn run(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_heard"));
        cmd.arg("--store").arg(self.store()).args(args);
        cmd.env_remove("HEARD_STORE")
            .stdin(std::process::Stdio::null());
        for (k, v) in self.env() {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }
    fn spawn(&self, args: &[&str]) -> pty::Pty {
        let store = self.store().display().to_string();
        let mut all = vec!["--store".to_string(), store];
        all.extend(args.iter().map(|s| s.to_string()));
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        let env = self.env();
        let env: Vec<(&str, &OsStr)> = env.iter().map(|(k, v)| (*k, v.as_os_str())).collect();
        pty::spawn(&all, &env)
    }
}

/// The case folders in the store (none when the store was never made).
fn cases(store: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(store.join("cases")) else {
        return Vec::new();
    };
    let mut ids: Vec<String> = entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    ids.sort();
    ids
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn with_no_name_and_no_terminal_nothing_is_made_and_it_says_how_to_set_one() {
    let w = World::new("");
    let out = w.run(&["new", &w.review(), "--no-open"]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("no name is set yet"), "{err}");
    assert!(err.contains("--as \"Your Name\""), "{err}");
    assert!(err.contains("config.toml"), "{err}");
    assert!(!err.contains("osuser"), "{err}");
    assert_eq!(cases(&w.store()), Vec::<String>::new());
}

#[test]
fn with_no_name_on_a_terminal_it_asks_before_making_the_case() {
    let w = World::new("");
    let review = w.review();
    let mut t = w.spawn(&["new", &review]);
    t.wait_for("Your name as colleagues know it:");
    // Nothing is written while the question is open.
    assert_eq!(cases(&w.store()), Vec::<String>::new());
    t.send("Dana\r");
    t.wait_for("you: Dana");
    t.send("q");
    assert!(t.wait_exit());
    let ids = cases(&w.store());
    assert_eq!(ids.len(), 1);
    let case = heard::store::Store::open(w.store())
        .unwrap()
        .load(&ids[0])
        .unwrap();
    assert_eq!(case.created_by, "Dana");
}

#[test]
fn the_same_review_twice_is_refused_without_a_terminal_unless_yes() {
    let w = World::new("name = \"Ann\"\n");
    let first = w.run(&["new", &w.review(), "--no-open"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let id = text(&first.stdout).trim().to_string();

    let again = w.run(&["new", &w.review(), "--no-open"]);
    assert!(!again.status.success());
    let err = text(&again.stderr);
    assert!(err.contains(&format!("already case {id}")), "{err}");
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(cases(&w.store()), vec![id.clone()]);

    let yes = w.run(&["new", &w.review(), "--no-open", "--yes"]);
    assert!(yes.status.success(), "{}", text(&yes.stderr));
    assert_eq!(cases(&w.store()).len(), 2);
}

#[test]
fn the_same_review_twice_on_a_terminal_asks_and_no_is_the_default() {
    let w = World::new("name = \"Ann\"\n");
    let first = w.run(&["new", &w.review(), "--no-open"]);
    let id = text(&first.stdout).trim().to_string();
    let review = w.review();

    let mut t = w.spawn(&["new", &review, "--no-open"]);
    t.wait_for("Make a second case for it anyway? [y/N]");
    assert!(t.screen().contains(&id), "{}", t.screen());
    t.send("\r");
    t.wait_for(&format!("heard open {id}"));
    assert!(!t.wait_exit());
    assert_eq!(cases(&w.store()), vec![id.clone()]);

    let mut t = w.spawn(&["new", &review, "--no-open"]);
    t.wait_for("[y/N]");
    t.send("y\r");
    assert!(t.wait_exit());
    assert_eq!(cases(&w.store()).len(), 2);
}
