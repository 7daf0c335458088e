use super::*;
pub(super) use crate::domain::test_support::{self, T0};
use crate::domain::{Drafts, EventKind};

/// A one-step playbook with no cool-down, for store tests.
pub(super) fn playbook() -> Playbook {
    test_support::playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0",
        &["compose"],
    )
}

/// Ann's edit of the drafts at `at`.
pub(super) fn edit(at: OffsetDateTime, drafts: Drafts) -> Event {
    Event::new(at, "ann", EventKind::DraftEdited { drafts })
}

pub(super) fn review() -> Review {
    Review {
        customer: "Zoë Ångström".into(),
        platform: "google".into(),
        rating: Some(1),
        title: None,
        text: "Cracked mug.".into(),
        received_at: T0,
        platform_id: Some("g-1".into()),
        url: None,
        existing_reply: None,
    }
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("s")).unwrap();
    (dir, store)
}

#[test]
fn create_append_load_round_trip() {
    let (_d, s) = store();
    let id = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    assert!(id.starts_with("20261123-zo-ngstr-"), "{id}");
    s.append(&id, &Event::new(T0, "ann", EventKind::Opened))
        .unwrap();
    let drafts = Drafts::new("Thanks", "Two options");
    s.append(&id, &edit(T0, drafts.clone())).unwrap();
    let case = s.load(&id).unwrap();
    assert_eq!(case.drafts, drafts);
    assert_eq!(case.opened_at, Some(T0));
    assert_eq!(case.review, review());
    assert_eq!(s.case_ids().unwrap(), vec![id.clone()]);
    assert_eq!(s.resolve(&id[..10]).unwrap(), id);
    assert_eq!(s.find_by_platform_id("google", "g-1").unwrap(), Some(id));
}

#[test]
fn events_keep_their_order_when_the_clock_jumps_back() {
    let (_d, s) = store();
    let id = s
        .create_case(
            &review(),
            &playbook(),
            "ann",
            T0 - time::Duration::hours(10),
        )
        .unwrap();
    let later = Drafts::new("second", "b");
    s.append(&id, &edit(T0, Drafts::new("first", "a"))).unwrap();
    s.append(&id, &edit(T0 - time::Duration::hours(5), later.clone()))
        .unwrap();
    assert_eq!(s.load(&id).unwrap().drafts, later);
}

#[test]
fn a_corrupt_event_names_the_file_and_leaves_it_untouched() {
    let (_d, s) = store();
    let id = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    let bad = s
        .root()
        .join("cases")
        .join(&id)
        .join("events")
        .join("00000002-ann-zz.json");
    fs::write(&bad, b"{\"at\": \"2026-11-23T09:00:00Z\", \"by\": ").unwrap();
    let err = s.load(&id).unwrap_err().to_string();
    assert!(err.contains("00000002-ann-zz.json"), "{err}");
    assert!(err.contains("damaged file (line 1"), "{err}");
    assert_eq!(
        fs::read(&bad).unwrap(),
        b"{\"at\": \"2026-11-23T09:00:00Z\", \"by\": "
    );
    // The other cases still load.
    let other = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    let (cases, errors) = s.load_all().unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].id, other);
    assert_eq!(errors.len(), 1);
}

#[test]
fn autosave_is_per_person() {
    let (_d, s) = store();
    let id = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    assert_eq!(s.autosaved(&id, "ann").unwrap(), None);
    s.autosave(&id, "ann", &Drafts::new("a", "b")).unwrap();
    s.autosave(&id, "Bob Smith", &Drafts::new("c", "d"))
        .unwrap();
    s.autosave(&id, "ann", &Drafts::new("a2", "b2")).unwrap();
    assert_eq!(
        s.autosaved(&id, "ann").unwrap(),
        Some(Drafts::new("a2", "b2"))
    );
    assert_eq!(
        s.autosaved(&id, "Bob Smith").unwrap(),
        Some(Drafts::new("c", "d"))
    );
}

#[test]
fn typing_is_kept_per_person_removed_when_empty_and_a_damaged_file_stays() {
    let (_d, s) = store();
    let id = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    assert!(s.typing(&id, "ann").unwrap().is_empty());
    let line = vec![EventKind::EmpathyWritten {
        text: "That must have been a let-down".into(),
    }];
    s.save_typing(&id, "ann", &line).unwrap();
    assert_eq!(s.typing(&id, "ann").unwrap(), line);
    assert!(s.typing(&id, "Bob").unwrap().is_empty());
    // The drafts' working copy is a separate file.
    assert_eq!(s.autosaved(&id, "ann").unwrap(), None);
    s.save_typing(&id, "ann", &[]).unwrap();
    assert!(s.typing(&id, "ann").unwrap().is_empty());
    s.save_typing(&id, "ann", &[]).unwrap();

    let path = s.case_dir(&id).join("drafts/ann.typing.json");
    fs::write(&path, b"[{\"kind\": ").unwrap();
    let err = s.typing(&id, "ann").unwrap_err().to_string();
    assert!(err.contains("ann.typing.json"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), b"[{\"kind\": ");
}

#[test]
fn unknown_and_ambiguous_ids_say_so() {
    let (_d, s) = store();
    s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    assert!(matches!(s.resolve("2026"), Err(StoreError::Ambiguous(..))));
    assert!(matches!(s.resolve("nope"), Err(StoreError::NoSuchCase(_))));
    assert!(matches!(s.load("nope"), Err(StoreError::NoSuchCase(_))));
}

#[test]
fn many_cases_with_the_same_name_on_the_same_day_all_get_their_own_id() {
    let (_d, s) = store();
    let ids: std::collections::BTreeSet<String> = (0..300)
        .map(|_| s.create_case(&review(), &playbook(), "ann", T0).unwrap())
        .collect();
    assert_eq!(ids.len(), 300);
    assert_eq!(s.case_ids().unwrap().len(), 300);
    for id in &ids {
        assert!(id.starts_with("20261123-zo-ngstr-"), "{id}");
        assert_eq!(s.load(id).unwrap().review, review());
    }
}

#[test]
fn a_store_with_older_short_ids_keeps_working() {
    let (_d, s) = store();
    let id = s.create_case(&review(), &playbook(), "ann", T0).unwrap();
    let old = "20261123-zo-ngstr-ab12";
    std::fs::rename(
        s.root().join("cases").join(&id),
        s.root().join("cases").join(old),
    )
    .unwrap();
    assert_eq!(s.resolve("20261123-zo-ngstr-ab").unwrap(), old);
    assert_eq!(s.load(old).unwrap().review, review());
}
