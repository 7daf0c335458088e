//! Edits recorded elsewhere are never lost to what the screen holds: a
//! `heard draft` while the case is open is not overwritten when the
//! interface quits, and a working copy older than the record is not
//! brought back as "the draft you were typing".

use time::Duration;

use super::action::Action;
use super::state::{App, Screen};
use crate::domain::test_support::{self, T0};
use crate::domain::{Drafts, Event, EventKind, FixedClock, Review};
use crate::store::Store;

fn case_with(drafts: &Drafts) -> (tempfile::TempDir, Store, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("s")).unwrap();
    let playbook = test_support::playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0",
        &["compose"],
    );
    let review = Review::from_plain_text("Cracked mug.", &Default::default(), T0).unwrap();
    let id = store.create_case(&review, &playbook, "ann", T0).unwrap();
    edit(&store, &id, drafts, 1);
    (dir, store, id)
}

fn edit(store: &Store, id: &str, drafts: &Drafts, minute: i64) {
    let at = T0 + Duration::minutes(minute);
    let kind = EventKind::DraftEdited {
        drafts: drafts.clone(),
    };
    store.append(id, &Event::new(at, "ann", kind)).unwrap();
}

/// The person's own typing the compose step holds (None: it shows the
/// recorded drafts).
fn on_screen(app: &App) -> Option<Drafts> {
    match &app.screen {
        Screen::Case(c) => c.working_drafts(),
        Screen::Home(_) => None,
    }
}

fn open(store: &Store, id: &str) -> App {
    let clock = FixedClock(T0 + Duration::hours(1));
    let mut app = App::new(store.clone(), "ann".into(), Box::new(clock), Vec::new());
    app.update(Action::OpenCase(id.into()));
    app
}

#[test]
fn a_draft_recorded_from_the_command_line_survives_the_open_screen_quitting() {
    let v1 = Drafts::new("Thanks, Mara.", "A new mug or a refund.");
    let (_d, store, id) = case_with(&v1);
    let mut app = open(&store, &id);
    // `heard draft` from another terminal, while the compose step is open.
    let v2 = Drafts::new(
        "Thank you, Mara.",
        "A new mug by Friday, or a refund today.",
    );
    edit(&Store::open(store.root()).unwrap(), &id, &v2, 2);
    // Time moves on the app's clock (no sleep): the watch looks again.
    app.clock = std::sync::Arc::new(FixedClock(
        T0 + Duration::hours(1) + super::watch::POLL_EVERY,
    ));
    assert!(app.on_tick(), "the new version was noticed");
    app.update(Action::Quit);
    assert_eq!(store.load(&id).unwrap().drafts, v2);
}

#[test]
fn a_working_copy_older_than_a_later_record_is_not_restored() {
    let v1 = Drafts::new("Thanks, Mara.", "A new mug or a refund.");
    let (_d, store, id) = case_with(&v1);
    // Typing on top of v1 was autosaved, then a newer version was recorded
    // (a ^S, or `heard draft`) and heard was killed before the next autosave.
    let typed = Drafts::new("Thanks, Mara, and", "A new mug or a refund.");
    store.autosave_on(&id, "ann", &typed, &v1).unwrap();
    let v2 = Drafts::new("Thanks, Mara, and sorry.", "A new mug or a refund.");
    edit(&store, &id, &v2, 2);
    let mut app = open(&store, &id);
    let status = app.status.clone().unwrap_or_default();
    assert!(!status.contains("Restored"), "{status}");
    // The compose step shows the record, not the older typing.
    assert_eq!(on_screen(&app), None);
    app.update(Action::Quit);
    assert_eq!(store.load(&id).unwrap().drafts, v2);
    // Typing on top of the latest record is still restored.
    store.autosave_on(&id, "ann", &typed, &v2).unwrap();
    let app = open(&store, &id);
    let status = app.status.clone().unwrap_or_default();
    assert!(status.contains("Restored"), "{status}");
    assert_eq!(on_screen(&app), Some(typed));
}
