//! Files a teammate's push or a folder sync could bring: links, pipes,
//! huge files and far dates give a located error, never a hang, a crash or
//! a write outside the store.

use std::fs;
use std::os::unix::fs::symlink;

use super::tests::{T0, playbook, review};
use super::*;

fn store_with_case() -> (tempfile::TempDir, Store, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("s")).unwrap();
    let id = store
        .create_case(&review(), &playbook(), "ann", T0)
        .unwrap();
    (dir, store, id)
}

fn load_error(store: &Store, id: &str) -> String {
    let (cases, errors) = store.load_all().unwrap();
    assert!(cases.is_empty());
    assert_eq!(errors.len(), 1);
    let err = store.load(id).unwrap_err().to_string();
    assert_eq!(errors[0].to_string(), err);
    err
}

#[test]
fn an_event_file_that_is_a_link_a_pipe_or_huge_is_refused_by_name() {
    let cases: &[(&str, &str)] = &[
        ("link-to-dev-zero", "symbolic link"),
        ("fifo", "not a plain file"),
        ("huge", "larger than 4 MB"),
    ];
    for (what, said) in cases {
        let (_d, s, id) = store_with_case();
        let path = s.events_dir(&id).join("00000002-bob-abc.json");
        match *what {
            "link-to-dev-zero" => symlink("/dev/zero", &path).unwrap(),
            "fifo" => {
                let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
                assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
            }
            _ => fs::write(&path, vec![b' '; 4 * 1024 * 1024 + 1]).unwrap(),
        }
        let err = load_error(&s, &id);
        assert!(
            err.contains("00000002-bob-abc.json") && err.contains(said),
            "{what}: {err}"
        );
    }
}

#[test]
fn a_linked_events_folder_is_never_written_through() {
    let (d, s, id) = store_with_case();
    let outside = d.path().join("outside");
    fs::create_dir(&outside).unwrap();
    let events = s.events_dir(&id);
    fs::rename(&events, outside.join("moved")).unwrap();
    symlink(&outside, &events).unwrap();
    let err = s
        .append(&id, &Event::new(T0, "ann", EventKind::Opened))
        .unwrap_err();
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert_eq!(
        fs::read_dir(&outside).unwrap().count(),
        1,
        "nothing written outside"
    );
    let drafts = s.case_dir(&id).join("drafts");
    symlink(&outside, &drafts).unwrap();
    let err = s.autosave(&id, "ann", &Drafts::new("a", "b")).unwrap_err();
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert_eq!(
        fs::read_dir(&outside).unwrap().count(),
        1,
        "nothing written outside"
    );
}

#[test]
fn far_dates_in_events_are_a_located_error() {
    let (_d, s, id) = store_with_case();
    let far = Event::new(T0, "bob", EventKind::Opened);
    let json = serde_json::to_string(&far)
        .unwrap()
        .replace("2026-11-23T09:00:00Z", "9999-12-31T23:00:00-05:00");
    let path = s.events_dir(&id).join("00000002-bob-abc.json");
    fs::write(&path, json).unwrap();
    let err = load_error(&s, &id);
    assert!(err.contains("00000002-bob-abc.json"), "{err}");
    assert!(err.contains("9999-12-31 is outside the dates"), "{err}");
}
