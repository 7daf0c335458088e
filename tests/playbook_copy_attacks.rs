//! The playbook copy a case was created with (`playbooks/<sha256>.toml`,
//! shared by every case created with it) attacked with a text editor: the
//! cool-down zeroed, the peer review switched off, the file removed. Each
//! is named by `heard verify` with the file's path, and no command can act
//! on the case (let alone send it) until the copy is restored.

use crate::support;

use support::world::{World, text};

type Edit = fn(&std::path::Path);

fn edit_toml(path: &std::path::Path, from: &str, to: &str) {
    let body = std::fs::read_to_string(path).unwrap();
    assert!(body.contains(from), "{from} in {body}");
    std::fs::write(path, body.replacen(from, to, 1)).unwrap();
}

#[test]
fn an_edited_or_removed_playbook_copy_is_named_and_nothing_acts_on_the_case() {
    let table: [(&str, Edit, &str); 3] = [
        (
            "cool-down zeroed",
            |p| edit_toml(p, "cooldown_minutes = ", "cooldown_minutes = 0 #"),
            "was changed",
        ),
        (
            "peer review switched off",
            |p| edit_toml(p, "peer_review = true", "peer_review = false"),
            "was changed",
        ),
        (
            "removed",
            |p| std::fs::remove_file(p).unwrap(),
            "is missing",
        ),
    ];
    std::thread::scope(|scope| {
        for (what, edit, named) in table {
            scope.spawn(move || row(what, edit, named));
        }
    });
}

fn row(what: &str, edit: Edit, named: &str) {
    let w = World::new();
    let id = w.ready_case();
    w.ok("ann", Some("Ann"), &["verify", &id]);
    let copies: Vec<std::path::PathBuf> = std::fs::read_dir(w.store_dir().join("playbooks"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1, "{what}: {copies:?}");
    let copy = &copies[0];
    let kept = std::fs::read(copy).unwrap();
    edit(copy);

    let out = w.run("ann", Some("Ann"), &["verify", &id]);
    let said = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{what}: {said}");
    assert!(said.contains(named), "{what}: {said}");
    assert!(said.contains(&copy.display().to_string()), "{what}: {said}");

    let outbox = w.dir.path().join("outbox.txt");
    let outbox = outbox.to_str().unwrap();
    for args in [
        vec!["status", id.as_str()],
        vec!["approve", id.as_str()],
        vec!["send", id.as_str(), "--via", "file", outbox],
    ] {
        let out = w.run("bob", Some("Bob"), &args);
        assert_ne!(out.status.code(), Some(0), "{what}: {args:?}");
        let err = text(&out.stderr);
        assert!(err.contains(named), "{what}: {args:?}: {err}");
    }

    assert!(!std::path::Path::new(outbox).exists(), "{what}: sent");

    // Restored from a backup: the case is as it was.
    std::fs::write(copy, kept).unwrap();
    w.ok("ann", Some("Ann"), &["verify", &id]);
    w.ok("ann", Some("Ann"), &["status", &id]);
}
