use super::*;
use crate::store::playbooks::SHIPPED;
use crate::store::tests::{T0, playbook, review};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("s")).unwrap();
    (dir, store)
}

fn copies(store: &Store) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(store.playbooks_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn cases_created_with_one_playbook_share_one_copy_named_by_its_hash() {
    let (_d, s) = store();
    let pb = playbook();
    let a = s.create_case(&review(), &pb, "ann", T0).unwrap();
    let b = s.create_case(&review(), &pb, "ann", T0).unwrap();
    let names = copies(&s);
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(is_copy_name(&names[0]));
    let sha = names[0].trim_end_matches(".toml");
    for id in [&a, &b] {
        let case = s.load(id).unwrap();
        assert_eq!(case.playbook, pb);
        assert_eq!(case.playbook_sha256, sha);
        // The event names the copy instead of carrying it.
        let created = std::fs::read_dir(s.events_dir(id))
            .unwrap()
            .next()
            .unwrap()
            .unwrap();
        let text = std::fs::read_to_string(created.path()).unwrap();
        assert!(!text.contains("\"playbook\""), "{text}");
        assert!(text.contains(sha));
    }
    assert_eq!(s.hand_edits(&a).unwrap(), Vec::<String>::new());
}

#[test]
fn every_shipped_playbook_reads_back_from_its_copy_unchanged() {
    for (name, text) in SHIPPED {
        let pb = crate::domain::Playbook::parse(text, name).unwrap();
        let (_d, s) = store();
        let id = s.create_case(&review(), &pb, "ann", T0).unwrap();
        // A fresh store value reads the file, not what this one wrote.
        let again = Store::open(s.root()).unwrap();
        // The fold adds the triage step after Read to a complaint's walk.
        let want = crate::domain::triage::with_triage(pb);
        assert_eq!(again.load(&id).unwrap().playbook, want, "{name}");
    }
}

#[test]
fn a_changed_missing_or_unreadable_copy_is_an_error_naming_it_never_replaced() {
    type Damage = fn(&std::path::Path);
    let table: [(&str, Damage, CopyProblem); 3] = [
        (
            "edited",
            |p| {
                let text = std::fs::read_to_string(p).unwrap();
                std::fs::write(p, text.replace("compose", "c0mpose")).unwrap();
            },
            CopyProblem::Changed,
        ),
        (
            "removed",
            |p| std::fs::remove_file(p).unwrap(),
            CopyProblem::Missing,
        ),
        (
            "a folder",
            |p| {
                std::fs::remove_file(p).unwrap();
                std::fs::create_dir(p).unwrap();
            },
            CopyProblem::Unreadable(String::new()),
        ),
    ];
    for (what, damage, expected) in table {
        let (_d, s) = store();
        let id = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
        let path = s.playbook_copies_dir_entry();
        damage(&path);
        let fresh = Store::open(s.root()).unwrap();
        let err = fresh.load(&id).unwrap_err();
        match &err {
            StoreError::PlaybookCopy { path: p, problem } => {
                assert_eq!(p, &path, "{what}");
                match expected {
                    CopyProblem::Unreadable(_) => {
                        assert!(matches!(problem, CopyProblem::Unreadable(_)), "{what}")
                    }
                    ref e => assert_eq!(problem, e, "{what}"),
                }
            }
            other => panic!("{what}: {other}"),
        }
        assert!(err.to_string().contains("restore"), "{err}");
        // A new case with the same playbook refuses to paper over it.
        if expected == CopyProblem::Changed {
            assert!(
                fresh
                    .create_case(&review(), &playbook(), "ann", T0)
                    .is_err()
            );
            assert!(std::fs::read_to_string(&path).unwrap().contains("c0mpose"));
        }
    }
}

impl Store {
    /// The one copy in a store that has one.
    fn playbook_copies_dir_entry(&self) -> std::path::PathBuf {
        let names = copies(self);
        assert_eq!(names.len(), 1, "{names:?}");
        self.playbooks_dir().join(&names[0])
    }
}

#[test]
fn copies_are_not_offered_as_the_teams_playbooks() {
    let (_d, s) = store();
    s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    let (entries, errors) = crate::store::playbooks::catalog(&s.playbooks_dir());
    assert!(errors.is_empty(), "{errors:?}");
    assert!(entries.iter().all(|e| e.source == "shipped"));
}

#[test]
fn a_store_from_before_copies_keeps_working_and_its_edits_still_show() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("s");
    copy_tree(
        std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/store-inline-playbook"
        )),
        &root,
    );
    let s = Store::open(&root).unwrap();
    let id = "20261129-dana-reyes-363da9";
    let case = s.load(id).unwrap();
    assert_eq!(case.playbook.id, "heard");
    assert_eq!(case.drafts.public, "Sorry about the wait, Dana.");
    assert_eq!(s.hand_edits(id).unwrap(), Vec::<String>::new());
    // New events chain onto the old ones.
    let later = case.created_at + time::Duration::hours(1);
    s.append(
        id,
        &crate::domain::Event::new(later, "Ann", EventKind::Opened),
    )
    .unwrap();
    assert_eq!(s.hand_edits(id).unwrap(), Vec::<String>::new());
    assert!(!s.playbooks_dir().exists(), "no copy made for an old case");

    // The copy inside the event edited by hand: found as before.
    let created = s.events_dir(id).join("00000001-ann-dcd0f5.json");
    let text = std::fs::read_to_string(&created).unwrap();
    std::fs::write(
        &created,
        text.replace("\"cooldown_minutes\": 15", "\"cooldown_minutes\": 0"),
    )
    .unwrap();
    let found = s.hand_edits(id).unwrap();
    assert!(found.iter().any(|f| f.contains("playbook")), "{found:?}");
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

use crate::domain::EventKind;
