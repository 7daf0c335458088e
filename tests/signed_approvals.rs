//! A team that requires signed approvals, on two clones of one team store
//! (a bare git repository as the remote): Bob's signed approval from his
//! machine opens the gate; `--as Bob` from Ann's machine never does, with or
//! without a key of her own; and team settings changed by someone off the
//! roster are refused on sync.

use crate::support;

use std::path::{Path, PathBuf};
use std::process::Command;

use ssh_key::{Algorithm, LineEnding, PrivateKey, rand_core::OsRng};
use support::world::{World, text};

/// An ed25519 key pair for `who`: the private key file (0600) and the
/// public key line.
fn key(w: &World, who: &str) -> (PathBuf, String) {
    let k = PrivateKey::random(&mut OsRng, Algorithm::Ed25519).unwrap();
    let path = w.dir.path().join(who).join("id_ed25519");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    k.write_openssh_file(&path, LineEnding::LF).unwrap();
    (path, k.public_key().to_openssh().unwrap())
}

fn ok_on(w: &World, store: &Path, machine: &str, as_name: &str, args: &[&str]) -> String {
    let out = w
        .command_on(store, machine, Some(as_name), args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} as {as_name}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

fn refused_on(w: &World, store: &Path, machine: &str, as_name: &str, args: &[&str]) -> String {
    let out = w
        .command_on(store, machine, Some(as_name), args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?}: {}",
        text(&out.stderr)
    );
    text(&out.stderr)
}

#[test]
fn only_bobs_own_signature_approves_as_bob() {
    let w = World::new();
    let remote = w.dir.path().join("remote.git");
    assert!(
        Command::new("git")
            .args(["init", "-q", "--bare"])
            .arg(&remote)
            .status()
            .unwrap()
            .success()
    );
    let remote = remote.to_str().unwrap();
    let (bob_key, bob_pub) = key(&w, "bob");
    let (ann_key, ann_pub) = key(&w, "ann");
    // Ann's clone: the case, the team's settings, the keys.
    let ann_store = w.store_dir();
    let id = w.ready_case();
    std::fs::write(
        ann_store.join("team.toml"),
        "members = [\"Ann\", \"Bob\"]\nrequire_signed_approvals = true\n\
         [signers]\nAnn = \"ann@shop\"\nBob = \"bob@shop\"\n",
    )
    .unwrap();
    std::fs::write(
        ann_store.join("allowed_signers"),
        format!(
            "ann@shop namespaces=\"heard\" {ann_pub}\nbob@shop namespaces=\"heard\" {bob_pub}\n"
        ),
    )
    .unwrap();
    ok_on(
        &w,
        &ann_store,
        "ann",
        "Ann",
        &["team", "init", "--remote", remote],
    );
    // Bob's machine: his own clone and his own key.
    let bob_store = w.dir.path().join("store-bob");
    w.config(
        "bob",
        &format!("[identity]\nsigning_key = \"{}\"\n", bob_key.display()),
    );
    ok_on(
        &w,
        &bob_store,
        "bob",
        "Bob",
        &["team", "init", "--remote", remote],
    );

    // From Ann's machine `--as Bob` is refused: without a key…
    let err = refused_on(&w, &ann_store, "ann", "Bob", &["approve", &id]);
    assert!(err.contains("machine the drafts were written on"), "{err}");
    // …and with her own key, which is not Bob's.
    w.config(
        "ann",
        &format!("[identity]\nsigning_key = \"{}\"\n", ann_key.display()),
    );
    let err = refused_on(&w, &ann_store, "ann", "Bob", &["approve", &id]);
    assert!(err.contains("not made with Bob's key"), "{err}");
    // Bob, unsigned from another machine, is refused too.
    w.config("zed-laptop", "");
    let err = refused_on(&w, &bob_store, "zed-laptop", "Bob", &["approve", &id]);
    assert!(err.contains("requires signed approvals"), "{err}");

    // Bob signs on his own clone; the approval travels through the remote.
    ok_on(
        &w,
        &bob_store,
        "bob",
        "Bob",
        &["approve", &id, "--note", "Kind and clear."],
    );
    ok_on(&w, &bob_store, "bob", "Bob", &["sync"]);
    ok_on(&w, &ann_store, "ann", "Ann", &["sync"]);
    let status: serde_json::Value = serde_json::from_str(&ok_on(
        &w,
        &ann_store,
        "ann",
        "Ann",
        &["status", &id, "--json"],
    ))
    .unwrap();
    assert_eq!(status["gates"][1]["open"], true, "{status}");
    assert!(
        status["gates"][1]["reason"]
            .as_str()
            .unwrap()
            .contains("approved by Bob (signed)"),
        "{status}"
    );

    // Someone off the roster rewrites the team's settings on a third clone:
    // Ann's sync refuses to take it in.
    let zed_store = w.dir.path().join("store-zed");
    ok_on(
        &w,
        &zed_store,
        "zed",
        "Zed",
        &["team", "init", "--remote", remote],
    );
    std::fs::write(
        zed_store.join("team.toml"),
        "members = [\"Zed\"]\nrequire_signed_approvals = false\n",
    )
    .unwrap();
    ok_on(&w, &zed_store, "zed", "Zed", &["sync"]);
    let err = refused_on(&w, &ann_store, "ann", "Ann", &["sync"]);
    assert!(
        err.contains("changed by Zed, who is not on the team roster"),
        "{err}"
    );
    assert!(
        std::fs::read_to_string(ann_store.join("team.toml"))
            .unwrap()
            .contains("require_signed_approvals = true")
    );
    // On Zed's own clone, `heard verify` names his change.
    let out = w
        .command_on(&zed_store, "zed", Some("Zed"), &["verify"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.contains("changed by someone not on the roster"),
        "{said}"
    );
    assert!(said.contains(" Zed"), "{said}");
}
