//! The team parts of the interface, driven through `App` as keys: review
//! comments in the compose step, `$EDITOR`, the debrief, and noticing a
//! colleague's events from another process.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use time::Duration;

use super::action::Action;
use super::state::App;
use crate::domain::comments::{Anchor, DraftPart, LineComment};
use crate::domain::test_support::{self, T0};
use crate::domain::{Drafts, Event, EventKind, FixedClock, Playbook, Review};
use crate::store::Store;

fn quick() -> Playbook {
    test_support::playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0",
        &["compose"],
    )
}

fn drafts() -> Drafts {
    Drafts::new("Hi Mara,\nthanks.", "New mug or refund.")
}

/// A store with one drafted case, bob's comments on it, and `more` events.
fn setup(more: Vec<(&str, EventKind)>) -> (tempfile::TempDir, Store, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("s")).unwrap();
    let review = Review {
        customer: "Mara".into(),
        platform: "text".into(),
        rating: Some(1),
        title: None,
        text: "Cracked.".into(),
        received_at: T0,
        platform_id: None,
        url: None,
        existing_reply: None,
    };
    let id = store.create_case(&review, &quick(), "ann", T0).unwrap();
    let d = drafts();
    let comments = vec![
        LineComment {
            text: "say sorry".into(),
            anchor: Some(Anchor::at(DraftPart::Public, 2, &d).unwrap()),
        },
        LineComment::general("warmer"),
    ];
    let mut events = vec![
        ("ann", EventKind::Opened),
        ("ann", EventKind::DraftEdited { drafts: d.clone() }),
        (
            "bob",
            EventKind::ChangesRequested {
                drafts_sha256: d.sha256(),
                comment: "say sorry; warmer".into(),
                comments,
            },
        ),
    ];
    events.extend(more);
    for (i, (who, kind)) in events.into_iter().enumerate() {
        let at = T0 + Duration::minutes(i as i64 + 1);
        store.append(&id, &Event::new(at, who, kind)).unwrap();
    }
    (dir, store, id)
}

fn app(store: &Store, id: &str) -> App {
    let clock = FixedClock(T0 + Duration::hours(2));
    let mut app = App::new(store.clone(), "ann".into(), Box::new(clock), Vec::new());
    app.update(Action::OpenCase(id.into()));
    app
}

fn keys(app: &mut App, spec: &str) {
    for c in spec.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '<' => KeyCode::Up,
            '>' => KeyCode::Down,
            c => KeyCode::Char(c),
        };
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

fn screen(app: &App) -> String {
    let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
    term.draw(|f| app.render(f)).unwrap();
    term.backend().to_string()
}

fn kinds_by(store: &Store, id: &str, name: &str) -> Vec<(String, &'static str)> {
    store
        .events(id)
        .unwrap()
        .into_iter()
        .filter(|e| e.kind.name() == name)
        .map(|e| (e.by, e.kind.name()))
        .collect()
}

#[test]
fn compose_shows_open_comments_and_r_resolves_the_picked_one() {
    let (_d, store, id) = setup(vec![]);
    let mut app = app(&store, &id);
    keys(&mut app, "p"); // from peer review back to compose
    let shown = screen(&app);
    assert!(shown.contains("2 open review comments"), "{shown}");
    assert!(shown.contains("bob on public:2: say sorry"), "{shown}");
    assert!(shown.contains("on “thanks.”"), "{shown}");
    keys(&mut app, ">r");
    let case = store.load(&id).unwrap();
    let open: Vec<&str> = case
        .open_comments()
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(open, vec!["say sorry"], "the second one was picked");
    assert_eq!(case.comments[1].resolved_by.as_deref(), Some("ann"));
    keys(&mut app, "r");
    assert!(store.load(&id).unwrap().open_comments().is_empty());
    assert!(!screen(&app).contains("open review comment"));
}

#[test]
fn editor_text_is_recorded_as_a_new_version_and_the_stale_approval_is_told() {
    let d = drafts();
    let (_d, store, id) = setup(vec![(
        "bob",
        EventKind::Approved {
            drafts_sha256: d.sha256(),
            note: String::new(),
            signature: None,
            at_keyboard: false,
        },
    )]);
    let mut app = app(&store, &id);
    keys(&mut app, "pp"); // approved: it opens on Send; back to compose
    // Without a real terminal the key says why nothing opens.
    keys(&mut app, "v");
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("real terminal")
    );
    app.external_editor = true;
    keys(&mut app, "v");
    let (part, text) = app.take_pending_edit().expect("an edit was asked for");
    assert_eq!(
        (part, text.as_str()),
        (DraftPart::Public, "Hi Mara,\nthanks.")
    );
    app.update(Action::ExternalEditDone {
        part,
        text: "Hi Mara,\nsorry, and thanks.".into(),
    });
    let case = store.load(&id).unwrap();
    assert_eq!(case.drafts.public, "Hi Mara,\nsorry, and thanks.");
    assert_eq!(case.drafts.private, d.private);
    assert_eq!(case.last_draft_edit.as_ref().unwrap().0, "ann");
    assert!(
        screen(&app).contains("approval by bob is stale since ann edited"),
        "{}",
        screen(&app)
    );
}

#[test]
fn two_people_debrief_at_one_keyboard_each_note_under_its_writer() {
    let d = drafts();
    let (_d, store, id) = setup(vec![
        ("ann", EventKind::CheckedIn { level: 4 }),
        (
            "bob",
            EventKind::Approved {
                drafts_sha256: d.sha256(),
                note: String::new(),
                signature: None,
                at_keyboard: false,
            },
        ),
        (
            "ann",
            EventKind::Sent {
                channel: "file".into(),
                drafts_sha256: d.sha256(),
            },
        ),
    ]);
    let mut app = app(&store, &id);
    keys(&mut app, "n"); // a sent case opens on Send; the debrief is next
    assert!(screen(&app).contains("How did the situation escalate?"));
    keys(&mut app, "abob\n"); // bob joins; ann still writes
    assert!(screen(&app).contains("ann is writing"), "{}", screen(&app));
    keys(&mut app, "w\nA week without an answer\n"); // bob writes first
    keys(&mut app, "1"); // bob's mood, not ann's
    keys(&mut app, "w>\nAnswer the same day\n"); // ann writes the second
    keys(&mut app, "b2");
    let case = store.load(&id).unwrap();
    let deb = &case.debrief;
    assert_eq!(deb.participants, vec!["ann", "bob"]);
    let notes: Vec<(&str, &str)> = deb
        .notes
        .iter()
        .map(|n| (n.by.as_str(), n.text.as_str()))
        .collect();
    assert_eq!(
        notes,
        vec![
            ("bob", "A week without an answer"),
            ("ann", "Answer the same day")
        ]
    );
    assert_eq!(deb.process_broken, Some((true, "ann".to_string())));
    assert_eq!(deb.after, Some(("ann".to_string(), 2)));
    assert_eq!(deb.others_after, vec![("bob".to_string(), 1)]);
    let shown = screen(&app);
    assert!(
        shown.contains("before 4/5 very upset → now 2/5 a bit tense"),
        "{shown}"
    );
    assert_eq!(kinds_by(&store, &id, "debrief_joined").len(), 2);
}

#[test]
fn an_approval_from_another_process_appears_without_a_key() {
    let (_d, store, id) = setup(vec![]);
    let mut app = app(&store, &id);
    let signal = app.files_signal().expect("an open case is watched");
    // Bob approves from his own terminal on the same store (a new handle).
    let other = Store::open(store.root()).unwrap();
    let fixed = Drafts::new("Hi Mara,\nthanks.", "New mug or refund.");
    other
        .append(
            &id,
            &Event::new(
                T0 + Duration::minutes(30),
                "bob",
                EventKind::Approved {
                    drafts_sha256: fixed.sha256(),
                    note: "good".into(),
                    signature: None,
                    at_keyboard: false,
                },
            ),
        )
        .unwrap();
    // The system rings (waited for generously: nothing here is timed).
    let rang = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap()
        .block_on(async {
            tokio::time::timeout(std::time::Duration::from_secs(30), signal.notified()).await
        });
    assert!(rang.is_ok(), "the system said the folder changed");
    assert!(app.on_files_changed(), "the change was noticed");
    assert!(screen(&app).contains("approved by bob"), "{}", screen(&app));
    // Back on the case list the folder is no longer watched: only the
    // inbox's own timer (if any) wakes heard, as for a fresh start.
    app.update(Action::GoHome);
    let fresh = App::new(
        store.clone(),
        "ann".into(),
        Box::new(FixedClock(T0 + Duration::hours(2))),
        Vec::new(),
    );
    let to_secs = |d: Option<std::time::Duration>| d.map(|d| d.as_secs());
    assert_eq!(to_secs(app.next_wakeup()), to_secs(fresh.next_wakeup()));
}

#[test]
fn an_untouched_case_sets_no_autosave_timer() {
    let (_d, store, id) = setup(vec![]);
    let mut app = app(&store, &id);
    // A key that changes nothing, then the loop's timer path.
    app.handle_key(KeyEvent::new(KeyCode::F(12), KeyModifiers::NONE));
    app.on_tick();
    let wake = app.next_wakeup();
    assert!(
        wake.is_none_or(|d| d > crate::tui::autosave::AUTOSAVE_AFTER),
        "only the countdown may wake an untouched case: {wake:?}"
    );
}
