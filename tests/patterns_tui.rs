//! The improvement loop in the terminal interface: the recurring alarm on
//! the diagnosis step, and the patterns screen from the inbox.

use crate::support;

use heard::domain::action::ActionStatus;
use heard::domain::{Diagnosis, Event as CaseEvent, EventKind};
use heard::store::Store;
use heard::tui::action::Action;
use support::{AUTHOR, Harness, Stage, T0, record_walk, sample_case, walk_drafts};
use time::{Duration, OffsetDateTime};

fn diagnose(store: &Store, id: &str, at: OffsetDateTime, cause: &str, fix: &str) {
    let d = Diagnosis {
        category: "shipping damage".into(),
        what_happened: "A mug broke in the post".into(),
        whys: vec![cause.into()],
        process_fix: fix.into(),
        owner: "Sam".into(),
        customer_told: Some(true),
    };
    let kind = EventKind::DiagnosisLogged { diagnosis: d };
    store.append(id, &CaseEvent::new(at, AUTHOR, kind)).unwrap();
}

fn mark(store: &Store, id: &str, at: OffsetDateTime, status: ActionStatus) {
    let kind = EventKind::ActionUpdated {
        status,
        note: String::new(),
        due: None,
    };
    store.append(id, &CaseEvent::new(at, "Sam", kind)).unwrap();
}

#[test]
fn the_diagnosis_step_warns_when_the_category_keeps_coming_back() {
    let mut h = Harness::sized(100, 30);
    let store = h.store().clone();
    for (days, fix) in [(12, "Pack mugs in bubble wrap"), (6, "Double-box mugs")] {
        let at = T0 - Duration::days(days);
        let id = sample_case(&store, at);
        diagnose(
            &store,
            &id,
            at + Duration::hours(1),
            "Mugs packed in a single box",
            fix,
        );
        if days == 6 {
            mark(&store, &id, at + Duration::hours(2), ActionStatus::Done);
        }
    }
    let id = sample_case(&store, T0);
    record_walk(&store, &id, Stage::Composed);
    h.clock.set(T0 + Duration::hours(2));
    h.app.update(Action::OpenCase(id));
    assert_eq!(h.step_title(), "Find the cause, not a culprit");
    assert!(!h.screen().contains("Recurring"), "{}", h.screen());
    // Picking the category is enough: the third in 30 days.
    h.keys("<right>");
    h.assert_shows("⚠ Recurring: 3rd 'shipping damage' case in 30 days; fix 'Double-box");
    h.assert_shows("mugs', owned by Sam, done 17 Nov — it has not held.");
}

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use heard::commands::import::import_into;
use heard::domain::{Drafts, FixedClock, FollowUpOutcome};
use heard::import::Format;
use heard::tui::state::{App, Screen};
use ratatui::{Terminal, backend::TestBackend};
use time::macros::datetime;

const NOW: OffsetDateTime = datetime!(2026-11-30 12:00 UTC);

const CAUSES: [(&str, &str, &str, &str); 4] = [
    (
        "shipping damage",
        "Mugs are packed in a single box",
        "Double-box mugs",
        "Sam",
    ),
    (
        "delay",
        "Courier left the parcel in the rain",
        "Ask for the covered drop",
        "Ann",
    ),
    (
        "listing or expectation mismatch",
        "Listing photo shows the wrong glaze",
        "Photograph glazes in daylight",
        "Bo",
    ),
    (
        "communication",
        "Nobody reads the shop inbox at weekends",
        "Weekend inbox rota",
        "Ann",
    ),
];

/// 24 reviews over three months, imported as text; most diagnosed, some
/// answered, followed up, debriefed, with drafts the coach has views on.
fn patterns_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("store")).unwrap();
    let text: Vec<String> = (0..24)
        .map(|i| {
            let at = datetime!(2026-09-01 09:00 UTC) + Duration::hours(i * 87);
            let platform = ["etsy", "google", "trustpilot"][i as usize % 3];
            format!(
                "Id: p-{i}\nCustomer: Person {i}\nPlatform: {platform}\nRating: {}\nDate: {} {:02}:00\n\nMy mug arrived broken and nobody answered my email ({i}).\n",
                1 + i % 3,
                at.date(),
                at.hour()
            )
        })
        .collect();
    // Imported as the reviews came in: a case exists before anything
    // happens on it.
    import_into(
        &store,
        "Ann",
        datetime!(2026-08-31 09:00 UTC),
        text.join("---\n").as_bytes(),
        Format::Text,
        None,
    )
    .unwrap();
    let (mut cases, _) = store.load_all().unwrap();
    cases.sort_by_key(|c| c.review.received_at);
    for (i, c) in cases.iter().enumerate() {
        let at = c.review.received_at;
        let add = |h: i64, by: &str, kind: EventKind| {
            store
                .append(&c.id, &CaseEvent::new(at + Duration::hours(h), by, kind))
                .unwrap();
        };
        add(
            1,
            AUTHOR,
            EventKind::CheckedIn {
                level: [4, 3, 2, 5][i % 4],
            },
        );
        if i % 6 != 5 {
            // The packing cause half the time: it keeps coming back.
            let (cat, why, fix, owner) = CAUSES[if i % 2 == 0 { 0 } else { 1 + i % 3 }];
            let d = Diagnosis {
                category: cat.into(),
                what_happened: "It went wrong".into(),
                whys: vec![why.into()],
                process_fix: fix.into(),
                owner: owner.into(),
                customer_told: Some(true),
            };
            add(2, AUTHOR, EventKind::DiagnosisLogged { diagnosis: d });
        }
        let drafts = if i % 3 == 0 {
            Drafts::new("Sorry, but the courier broke it, not us.", "Sorry again.")
        } else {
            walk_drafts()
        };
        add(3, AUTHOR, EventKind::DraftEdited { drafts });
        if i < 16 {
            let kind = EventKind::Sent {
                channel: "file".into(),
                drafts_sha256: String::new(),
            };
            add([6, 20, 30, 50][i % 4], AUTHOR, kind);
            add(
                60,
                AUTHOR,
                EventKind::DebriefCheckedIn {
                    level: [2, 2, 1, 3][i % 4],
                },
            );
        }
        if i < 12 {
            let outcome = [
                FollowUpOutcome::Resolved,
                FollowUpOutcome::ReviewUpdated,
                FollowUpOutcome::NoAnswer,
            ][i % 3];
            add(
                100,
                AUTHOR,
                EventKind::FollowUpDone {
                    outcome,
                    note: String::new(),
                },
            );
        }
        if i == 4 {
            mark(&store, &c.id, at + Duration::hours(120), ActionStatus::Done);
        }
    }
    (dir, store)
}

fn screen_of(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| app.render(f)).unwrap();
    term.backend().to_string()
}

fn press(app: &mut App, c: char) {
    let code = if c == '\x1b' {
        KeyCode::Esc
    } else {
        KeyCode::Char(c)
    };
    app.handle_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

#[test]
fn the_patterns_screen_from_the_inbox_at_80x24_and_160x48() {
    let (_dir, store) = patterns_store();
    let mut app = App::new(store, "Ann".into(), Box::new(FixedClock(NOW)), Vec::new());
    app.open_latest();
    assert!(matches!(app.screen, Screen::Home(_)));
    let inbox = screen_of(&app, 80, 24);
    assert!(
        inbox.contains("p patterns"),
        "listed in the footer:\n{inbox}"
    );
    press(&mut app, '?');
    let help = screen_of(&app, 80, 24);
    assert!(
        help.contains("         p  patterns"),
        "and in the help:\n{help}"
    );
    press(&mut app, '\x1b');
    press(&mut app, 'p');
    let small = screen_of(&app, 80, 24);
    assert!(
        small.contains("Patterns · all time · 24 cases, 20 diagnosed"),
        "{small}"
    );
    assert!(
        small.contains(" 12  Mugs are packed in a single box"),
        "{small}"
    );
    insta::assert_snapshot!("patterns_80x24", small);
    insta::assert_snapshot!("patterns_160x48", screen_of(&app, 160, 48));
    press(&mut app, 't');
    let recent = screen_of(&app, 80, 24);
    assert!(recent.contains("Patterns · last 90 days"), "{recent}");
    press(&mut app, '\x1b');
    assert!(screen_of(&app, 80, 24).contains("Inbox"), "Esc goes back");
}

#[test]
fn the_debrief_shows_the_case_timeline_on_t() {
    let h0 = Harness::sized(100, 30);
    let store = h0.store().clone();
    let id = sample_case(&store, T0);
    record_walk(&store, &id, Stage::Approved);
    let sent = EventKind::Sent {
        channel: "file".into(),
        drafts_sha256: String::new(),
    };
    store
        .append(&id, &CaseEvent::new(T0 + Duration::hours(2), AUTHOR, sent))
        .unwrap();
    let mut h = h0;
    h.clock.set(T0 + Duration::hours(3));
    h.app.update(Action::OpenCase(id));
    h.keys("n");
    h.assert_shows("What went well, that we should keep doing? (optional)");
    h.keys("t");
    h.assert_shows("Timeline (UTC) — what happened, not who is to blame");
    h.assert_shows("checked in: 4/5, very upset");
    h.assert_shows("sent the reply (file)");
    h.assert_shows("the response deadline (met)");
    h.keys("t");
    h.assert_shows("How did the situation escalate?");
}
