//! Two people acting on one case at once never lose an event.

use super::tests::{T0, edit, playbook, review};
use super::*;
use crate::domain::Drafts;

#[test]
fn concurrent_approvals_comments_and_edits_from_two_handles_are_all_kept() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("store");
    let first = Store::open(&root).unwrap();
    let id = first
        .create_case(&review(), &playbook(), "ann", T0)
        .unwrap();
    let drafts = Drafts::new("Thanks", "Two options");
    first.append(&id, &edit(T0, drafts.clone())).unwrap();
    const EACH: usize = 40;
    // Three people, each through their own store handle, on their own thread.
    let people = ["bob", "cy", "ann"];
    let handles: Vec<_> = people
        .iter()
        .map(|who| {
            let store = Store::open(&root).unwrap();
            let id = id.clone();
            let hash = drafts.sha256();
            let who = who.to_string();
            std::thread::spawn(move || {
                for i in 0..EACH {
                    let kind = match who.as_str() {
                        "bob" => EventKind::Approved {
                            drafts_sha256: hash.clone(),
                            note: format!("ok {i}"),
                            signature: None,
                            at_keyboard: false,
                        },
                        "cy" => EventKind::ChangesRequested {
                            drafts_sha256: hash.clone(),
                            comment: format!("comment {i}"),
                            comments: Vec::new(),
                        },
                        _ => EventKind::CommentResolved {
                            comment_id: format!("none-{i}"),
                        },
                    };
                    store.append(&id, &Event::new(T0, &who, kind)).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let events = first.events(&id).unwrap();
    assert_eq!(events.len(), 2 + people.len() * EACH);
    let case = first.load(&id).unwrap();
    assert_eq!(case.verdicts.iter().filter(|v| v.approved).count(), EACH);
    assert_eq!(case.comments.len(), EACH);
    for i in 0..EACH {
        let note = format!("ok {i}");
        assert!(case.verdicts.iter().any(|v| v.text == note), "{note} lost");
    }
    // No half-written files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(first.events_dir(&id))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_roster_on_the_store_reaches_every_case_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path())
        .unwrap()
        .with_roster(Roster::new(["ann", "bob"]))
        .unwrap();
    let id = store
        .create_case(&review(), &playbook(), "ann", T0)
        .unwrap();
    let case = store.load(&id).unwrap();
    assert!(case.team.allows("bob") && !case.team.allows("zed"));
    let (all, _) = store.load_all().unwrap();
    assert!(!all[0].team.is_open());
}
