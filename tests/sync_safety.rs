//! `heard sync` on a machine where git was never set up, and what a
//! teammate's push may bring: files arrive private, a link or other file
//! heard would never write is refused before it reaches the store.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Shop {
    dir: tempfile::TempDir,
}

impl Shop {
    fn new() -> Shop {
        let shop = Shop {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::write(shop.path("config.toml"), "").unwrap();
        let out = git(shop.dir.path(), &["init", "-q", "--bare", "remote.git"]);
        assert!(out.status.success());
        shop
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// heard as `who` on a laptop with no git identity at all: no global
    /// config, no EMAIL, and git told never to guess one.
    fn heard(&self, who: &str, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_heard"));
        cmd.arg("--store")
            .arg(self.path(&format!("store-{who}")))
            .args(["--as", who])
            .args(args)
            .env("HEARD_CONFIG", self.path("config.toml"))
            .env("HOME", self.dir.path());
        no_identity(&mut cmd);
        cmd.output().unwrap()
    }

    fn ok(&self, who: &str, args: &[&str]) -> String {
        let out = self.heard(who, args);
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "heard {args:?} as {who}: {text}");
        text
    }

    fn new_case(&self, who: &str, customer: &str) -> String {
        let file = self.path(&format!("{customer}.txt"));
        std::fs::write(
            &file,
            format!("Customer: {customer}\nRating: 1\n\nCracked mug.\n"),
        )
        .unwrap();
        self.ok(who, &["new", file.to_str().unwrap(), "--no-open"])
            .trim()
            .to_string()
    }
}

fn no_identity(cmd: &mut Command) {
    for var in [
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
        "EMAIL",
        "HEARD_STORE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_COUNT", "1")
        .env("GIT_CONFIG_KEY_0", "user.useConfigOnly")
        .env("GIT_CONFIG_VALUE_0", "true");
}

fn git(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(dir).args(args);
    no_identity(&mut cmd);
    cmd.output().unwrap()
}

fn head(store: &Path) -> String {
    String::from_utf8_lossy(&git(store, &["rev-parse", "HEAD"]).stdout).into_owned()
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Ann and Bob both work; Ann's sync must rebase onto Bob's push.
fn two_people_sync(shop: &Shop) -> (String, String) {
    let remote = shop.path("remote.git");
    let remote = remote.to_str().unwrap();
    shop.ok("ann", &["team", "init", "--remote", remote]);
    shop.new_case("ann", "Mara");
    shop.ok("ann", &["sync"]);
    shop.ok("bob", &["team", "init", "--remote", remote]);
    let bobs = shop.new_case("bob", "Kofi");
    shop.ok("bob", &["sync"]);
    let anns = shop.new_case("ann", "Lena");
    (anns, bobs)
}

#[cfg(unix)]
#[test]
fn sync_rebases_without_a_git_identity_and_leaves_files_private() {
    let shop = Shop::new();
    let (_, bobs) = two_people_sync(&shop);
    let out = shop.ok("ann", &["sync"]);
    assert!(!out.contains("identity"), "{out}");
    let arrived = shop.path("store-ann/cases").join(&bobs);
    assert!(arrived.join("review.json").is_file(), "{out}");
    assert_eq!(mode(&arrived), 0o700);
    assert_eq!(mode(&arrived.join("review.json")), 0o600);
    assert_eq!(mode(&arrived.join("events")), 0o700);
}

#[cfg(unix)]
#[test]
fn a_pushed_link_is_refused_and_the_store_stays_as_it_was() {
    let shop = Shop::new();
    let (_, bobs) = two_people_sync(&shop);
    // A careless teammate pushes a link to /dev/zero as an event file.
    let eve = shop.path("eve");
    let remote = shop.path("remote.git");
    assert!(
        git(
            shop.dir.path(),
            &["clone", "-q", "-b", "main", remote.to_str().unwrap(), "eve"]
        )
        .status
        .success()
    );
    let link = eve
        .join("cases")
        .join(&bobs)
        .join("events/00000009-eve-abcdef.json");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    for args in [
        vec!["add", "-A"],
        vec![
            "-c",
            "user.name=eve",
            "-c",
            "user.email=e@x",
            "commit",
            "-qm",
            "eve",
        ],
        vec!["push", "-q", "origin", "HEAD"],
    ] {
        let out = git(&eve, &args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let store = shop.path("store-ann");
    let before = head(&store);
    let out = shop.heard("ann", &["sync"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("00000009-eve-abcdef.json") && err.contains("symbolic link"),
        "{err}"
    );
    assert!(err.contains("Nothing was changed here"), "{err}");
    assert!(
        !store
            .join("cases")
            .join(&bobs)
            .join("events/00000009-eve-abcdef.json")
            .exists()
    );
    // Ann's own new case was committed locally, nothing of Eve's came in.
    let after = head(&store);
    assert_ne!(before, after);
    let log = git(&store, &["log", "--format=%an", "-3"]);
    assert!(!String::from_utf8_lossy(&log.stdout).contains("eve"));
    shop.ok("ann", &["list"]);
}
