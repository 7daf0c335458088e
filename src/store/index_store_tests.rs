//! When the index is trusted, rebuilt or compared with the files.

use super::super::tests::{playbook, review};
use super::*;
use crate::domain::test_support::T0;
use crate::domain::{Event, EventKind, Roster};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("s")).unwrap();
    (dir, store)
}

fn ids(store: &Store) -> Vec<String> {
    let mut ids: Vec<String> = store
        .with_index(|ix| ix.newest_first())
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    ids.sort();
    ids
}

fn state(store: &Store, id: &str) -> String {
    store
        .with_index(|ix| ix.row(id))
        .unwrap()
        .map(|r| r.state.label().to_string())
        .unwrap_or_default()
}

#[test]
fn built_when_missing_then_kept_in_step_with_each_write() {
    let (_d, s) = store();
    let a = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    assert!(!s.index_path().exists(), "writing alone does not build it");
    assert_eq!(ids(&s), vec![a.clone()]);
    assert_eq!(state(&s, &a), "new");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(s.index_path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "private like every store file");
    }
    s.append(&a, &Event::new(T0, "ann", EventKind::Opened))
        .unwrap();
    assert_eq!(state(&s, &a), "in progress", "the write updated the row");
    // Another process (a fresh Store on the same folder) sees it too.
    let other = Store::open(s.root()).unwrap();
    assert_eq!(state(&other, &a), "in progress");
    let b = other
        .create_case(&review(), &playbook(), "bob", T0)
        .unwrap();
    assert_eq!(ids(&s).len(), 2, "{b} written by the other process");
}

#[test]
fn folders_added_or_removed_by_another_program_are_noticed() {
    let (_d, s) = store();
    let a = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    assert_eq!(ids(&s), vec![a.clone()]);
    // A folder sync brings a case made elsewhere (no heard ran here).
    let elsewhere = Store::open(s.root().join("../elsewhere")).unwrap();
    let b = elsewhere
        .create_case(&review(), &playbook(), "bob", T0)
        .unwrap();
    std::fs::rename(
        elsewhere.root().join("cases").join(&b),
        s.root().join("cases").join(&b),
    )
    .unwrap();
    std::fs::remove_dir_all(s.root().join("cases").join(&a)).unwrap();
    let fresh = Store::open(s.root()).unwrap();
    assert_eq!(ids(&fresh), vec![b]);
}

#[test]
fn another_schema_or_roster_rebuilds_and_damage_is_listed() {
    let (_d, s) = store();
    let a = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    assert_eq!(ids(&s).len(), 1);
    {
        let conn = rusqlite::Connection::open(s.index_path()).unwrap();
        conn.execute_batch("PRAGMA user_version = 0; DELETE FROM cases;")
            .unwrap();
    }
    assert_eq!(ids(&Store::open(s.root()).unwrap()), vec![a.clone()]);
    {
        let conn = rusqlite::Connection::open(s.index_path()).unwrap();
        conn.execute_batch("DELETE FROM cases;").unwrap();
    }
    let team = Store::open(s.root())
        .unwrap()
        .with_roster(Roster::new(["Ann", "Bob"]))
        .unwrap();
    assert_eq!(ids(&team), vec![a.clone()], "another roster: rebuilt");
    let events = s.root().join("cases").join(&a).join("events");
    let first = std::fs::read_dir(&events).unwrap().next().unwrap().unwrap();
    std::fs::write(first.path(), "{ not json").unwrap();
    assert_eq!(s.reindex().unwrap(), 1);
    assert!(ids(&s).is_empty());
    let damaged = s.with_index(|ix| ix.damaged()).unwrap();
    assert_eq!(damaged.len(), 1);
    assert!(damaged[0].1.contains("damaged file"), "{damaged:?}");
}

#[test]
fn a_garbage_index_file_is_made_anew() {
    let (_d, s) = store();
    let a = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    std::fs::create_dir_all(s.index_path().parent().unwrap()).unwrap();
    std::fs::write(s.index_path(), b"this is not a database at all, not at all").unwrap();
    assert_eq!(ids(&Store::open(s.root()).unwrap()), vec![a.clone()]);
    assert_eq!(s.resolve(&a[..12]).unwrap(), a);
    assert_eq!(
        s.find_by_platform_id("google", "g-1").unwrap(),
        Some(a.clone())
    );
    let ignore = std::fs::read_to_string(s.index_path().with_file_name(".gitignore")).unwrap();
    assert!(ignore.contains('*'), "never shared through git");
}

#[test]
fn the_index_holds_each_diagnosed_case_as_the_alarm_reads_it() {
    use crate::domain::alarm::Precedent;
    let (_d, s) = store();
    let a = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    let b = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    assert!(s.precedents().unwrap().is_empty(), "nothing diagnosed yet");
    let diagnosis = |why: &str| crate::domain::diagnosis::Diagnosis {
        category: "Shipping damage".into(),
        what_happened: "broke".into(),
        whys: vec![why.into()],
        process_fix: "double-box mugs".into(),
        owner: "Sam".into(),
        customer_told: Some(true),
    };
    let logged = |why: &str| EventKind::DiagnosisLogged {
        diagnosis: diagnosis(why),
    };
    s.append(&a, &Event::new(T0, "ann", logged("thin box")))
        .unwrap();
    let from_files = || -> Vec<Precedent> {
        [&a, &b]
            .iter()
            .filter_map(|id| Precedent::of(&s.load(id).unwrap()))
            .collect()
    };
    assert_eq!(s.precedents().unwrap(), from_files());
    assert_eq!(s.precedents().unwrap().len(), 1);
    // A later diagnosis replaces the earlier one; a rebuilt index agrees.
    s.append(&a, &Event::new(T0, "ann", logged("no filler")))
        .unwrap();
    assert_eq!(s.precedents().unwrap(), from_files());
    std::fs::remove_file(s.index_path()).unwrap();
    let reopened = Store::open(s.root()).unwrap();
    assert_eq!(reopened.precedents().unwrap(), from_files());
}
