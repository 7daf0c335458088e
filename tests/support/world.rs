//! Several people's machines around one store folder, each with its own
//! config folder (and so its own machine id), driving the real binary.

use std::path::PathBuf;
use std::process::{Command, Output};

use heard::store::Store;
use time::{Duration, OffsetDateTime};

use super::{Stage, record_walk_from, sample_case, walk_drafts};

pub struct World {
    pub dir: tempfile::TempDir,
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

impl World {
    pub fn new() -> World {
        World {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn store_dir(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    pub fn store(&self) -> Store {
        Store::open(self.store_dir()).unwrap()
    }

    pub fn file(&self, name: &str, body: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, body).unwrap();
        p
    }

    /// A person's machine: its own config folder (and so its own machine id).
    pub fn config(&self, machine: &str, body: &str) {
        let d = self.dir.path().join(machine);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("config.toml"), body).unwrap();
    }

    pub fn command(&self, machine: &str, as_name: Option<&str>, args: &[&str]) -> Command {
        self.command_on(&self.store_dir(), machine, as_name, args)
    }

    /// `heard` on another store folder (a machine's own clone of a team store).
    pub fn command_on(
        &self,
        store: &std::path::Path,
        machine: &str,
        as_name: Option<&str>,
        args: &[&str],
    ) -> Command {
        let d = self.dir.path().join(machine);
        std::fs::create_dir_all(&d).unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_heard"));
        cmd.arg("--store").arg(store);
        if let Some(name) = as_name {
            cmd.args(["--as", name]);
        }
        cmd.args(args)
            .env("HEARD_CONFIG", d.join("config.toml"))
            .env_remove("HEARD_STORE")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("USER", machine);
        cmd
    }

    /// `heard ARGS` on `machine`, as `as_name` (None: the config's name).
    pub fn run(&self, machine: &str, as_name: Option<&str>, args: &[&str]) -> Output {
        self.command(machine, as_name, args).output().unwrap()
    }

    /// Expect a refusal (exit 1) whose message holds `why`.
    pub fn refused(&self, machine: &str, as_name: Option<&str>, args: &[&str], why: &str) {
        let out = self.run(machine, as_name, args);
        let err = text(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?}: {err}{}",
            text(&out.stdout)
        );
        assert!(err.contains(why), "{args:?}: expected {why:?} in\n{err}");
    }

    pub fn ok(&self, machine: &str, as_name: Option<&str>, args: &[&str]) -> String {
        let out = self.run(machine, as_name, args);
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    /// The sample review walked by Ann up to the diagnosis three hours ago
    /// (the cool-down has run), then her drafts saved once more on her own
    /// machine: ready for a colleague's approval.
    pub fn ready_case(&self) -> String {
        let then = OffsetDateTime::now_utc() - Duration::hours(3);
        let store = self.store();
        let id = sample_case(&store, then);
        self.walk_to_approval(&id, then);
        id
    }

    /// Case `id` walked by Ann up to the diagnosis at `then`, then her drafts
    /// saved once more on her own machine: ready for a colleague's approval.
    pub fn walk_to_approval(&self, id: &str, then: OffsetDateTime) {
        record_walk_from(&self.store(), id, Stage::Diagnosed, then);
        let d = walk_drafts();
        let public = self.file("public.txt", &d.public.replace("truly ", ""));
        let private = self.file("private.txt", &d.private);
        self.ok(
            "ann",
            Some("Ann"),
            &[
                "draft",
                id,
                "--public",
                public.to_str().unwrap(),
                "--private",
                private.to_str().unwrap(),
            ],
        );
    }

    pub fn status(&self, id: &str) -> serde_json::Value {
        serde_json::from_str(&self.ok("ann", Some("Ann"), &["status", id, "--json"])).unwrap()
    }

    pub fn event_files(&self, id: &str) -> Vec<PathBuf> {
        let dir = self.store_dir().join("cases").join(id).join("events");
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files
    }

    /// Edit the first event file whose `type` is `kind`, as a text editor would.
    pub fn hand_edit(&self, id: &str, kind: &str, edit: impl Fn(&mut serde_json::Value)) {
        for f in self.event_files(id) {
            let mut v: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&f).unwrap()).unwrap();
            if v["type"] == kind {
                edit(&mut v);
                std::fs::write(&f, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
                return;
            }
        }
        panic!("no {kind} event");
    }
}
