//! The inbox on a store filled by importing every fixture, with a fixed
//! clock: snapshots at 80x24 and 160x48, the deadline order, filters and
//! search by keys, and the follow-up asked for after sending.

use crate::inbox_support;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use time::{Duration, OffsetDateTime, macros::datetime};

use heard::domain::deadline::deadline;
use heard::domain::{Case, Event as CaseEvent, EventKind, FixedClock, FollowUpOutcome};
use heard::store::Store;
use heard::tui::state::{App, Screen};

/// A Monday afternoon, a few days after most fixture reviews were written.
const NOW: OffsetDateTime = datetime!(2026-11-23 14:00 UTC);

struct Setup {
    _dir: tempfile::TempDir,
    store: Store,
}

fn setup() -> Setup {
    setup_imported_at(NOW)
}

/// The store as imported at `at` (a case can only be sent after it exists).
fn setup_imported_at(at: OffsetDateTime) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("store")).unwrap();
    inbox_support::fill(&store, at);
    Setup { _dir: dir, store }
}

fn app(store: &Store, now: OffsetDateTime) -> App {
    let mut app = App::new(
        store.clone(),
        "Ann".into(),
        Box::new(FixedClock(now)),
        Vec::new(),
    );
    app.open_latest();
    app
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| app.render(f)).unwrap();
    term
}

fn screen_text(app: &App, w: u16, h: u16) -> String {
    draw(app, w, h).backend().to_string()
}

fn keys(app: &mut App, spec: &str) {
    for c in spec.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            '→' => KeyCode::Right,
            '←' => KeyCode::Left,
            '↓' => KeyCode::Down,
            c => KeyCode::Char(c),
        };
        app.handle_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }
}

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({filters => vec![
            (r"\d{8}-[a-z0-9-]+-[0-9a-f]{4,6}", "[case-id]"),
        ]}, {
            insta::assert_snapshot!($name, $value);
        });
    };
}

#[test]
fn the_inbox_at_80x24_and_160x48() {
    let s = setup();
    let mut app = app(&s.store, NOW);
    assert!(
        matches!(app.screen, Screen::Home(_)),
        "many cases: the inbox"
    );
    snapshot!("inbox_80x24", screen_text(&app, 80, 24));
    // Overdue is in the warning colour; a deadline still ahead is not.
    let term = draw(&app, 80, 24);
    let buf = term.backend().buffer();
    let late_style = |y: u16| buf[(76, y)].fg;
    assert_eq!(
        late_style(5),
        ratatui::style::Color::Red,
        "first row is overdue"
    );
    snapshot!("inbox_160x48", screen_text(&app, 160, 48));
    // Search narrows as you type, over names and text, in any script.
    keys(&mut app, "/zoë");
    snapshot!("inbox_search_80x24", screen_text(&app, 80, 24));
    keys(&mut app, "\x1b6");
    let practice = screen_text(&app, 80, 24);
    assert!(practice.contains("heard practice start"), "{practice}");
    snapshot!("inbox_practice_80x24", practice);
}

#[test]
fn importing_every_fixture_shows_them_sorted_by_deadline() {
    let s = setup();
    let (cases, errors) = s.store.load_all().unwrap();
    assert!(errors.is_empty(), "{errors:?}");
    assert!(cases.len() >= 25, "only {} cases", cases.len());
    let mut expected: Vec<&Case> = cases.iter().collect();
    expected.sort_by_key(|c| (deadline(c), c.review.customer.to_lowercase(), c.id.clone()));
    let app = app(&s.store, NOW);
    // Tall enough for every row: customer and platform read off the screen.
    let text = screen_text(&app, 160, 60);
    let rows: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.contains("customer"))
        .skip(1)
        .take(expected.len())
        .collect();
    for (i, (row, case)) in rows.iter().zip(&expected).enumerate() {
        let r = &case.review;
        assert!(
            row.contains(&r.customer) && row.contains(&format!(" {} ", r.platform)),
            "row {i} should be {} on {}:\n{text}",
            r.customer,
            r.platform
        );
    }
    for pair in expected.windows(2) {
        assert!(deadline(pair[0]) <= deadline(pair[1]));
    }
}

#[test]
fn filters_count_and_enter_opens_the_selected_case() {
    let s = setup();
    let mut app = app(&s.store, NOW);
    let first = screen_text(&app, 80, 24);
    assert!(first.contains("1 open 27"), "{first}");
    assert!(first.contains("5 sent 0"), "{first}");
    keys(&mut app, "5");
    assert!(screen_text(&app, 80, 24).contains("No reply has been sent yet."));
    keys(&mut app, "1/ana m\n");
    let Screen::Case(c) = &app.screen else {
        panic!("Enter should open the case")
    };
    assert_eq!(c.case.review.customer, "Ana Müller");
    assert!(screen_text(&app, 80, 24).contains("not after"));
}

/// A case sent two days ago, with the send recorded as if it went out.
fn sent_case(store: &Store) -> String {
    let (cases, _) = store.load_all().unwrap();
    let case = cases
        .iter()
        .find(|c| c.review.customer == "Marta Dąbrowska")
        .unwrap();
    let sent = CaseEvent::new(
        NOW - Duration::days(2),
        "Ann",
        EventKind::Sent {
            channel: "file".into(),
            drafts_sha256: String::new(),
        },
    );
    store.append(&case.id, &sent).unwrap();
    case.id.clone()
}

#[test]
fn after_sending_a_follow_up_date_is_asked_then_the_outcome() {
    let s = setup_imported_at(NOW - Duration::days(3));
    let id = sent_case(&s.store);
    let mut app = app(&s.store, NOW);
    keys(&mut app, "5/marta\n");
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("When should you check back"), "{text}");
    assert!(text.contains("Tue 24 Nov 2026 (tomorrow)"), "{text}");
    snapshot!("follow_up_date_80x24", text);
    // Two days later, one earlier, set.
    keys(&mut app, "→→←\n");
    let case = s.store.load(&id).unwrap();
    let sent_at = NOW - Duration::days(2);
    assert_eq!(case.follow_up_due, Some(sent_at + Duration::days(4)));
    // Not due yet: nothing in "follow-up due".
    keys(&mut app, "\x1b4");
    assert!(screen_text(&app, 80, 24).contains("No follow-up is due."));
    // Two days on it is due; open it from that filter and record the outcome.
    let mut app = self::app(&s.store, NOW + Duration::days(2));
    keys(&mut app, "4\n");
    assert!(screen_text(&app, 80, 24).contains("Follow-up due"));
    keys(&mut app, "d1");
    let case = s.store.load(&id).unwrap();
    assert_eq!(case.follow_ups.len(), 1);
    assert_eq!(case.follow_ups[0].outcome, FollowUpOutcome::Resolved);
    assert_eq!(case.follow_up_due, None);
    keys(&mut app, "\x1b4");
    assert!(screen_text(&app, 80, 24).contains("No follow-up is due."));
}

#[test]
fn other_needs_a_note() {
    let s = setup_imported_at(NOW - Duration::days(3));
    let id = sent_case(&s.store);
    let mut app = app(&s.store, NOW + Duration::days(5));
    keys(&mut app, "4\n");
    keys(&mut app, "d4\n");
    assert_eq!(s.store.load(&id).unwrap().follow_ups.len(), 0);
    assert!(
        app.status.as_deref().is_some_and(|s| s.contains("note")),
        "{:?}",
        app.status
    );
    // The note field is still open with nothing lost.
    keys(&mut app, "called, all good\n");
    let case = s.store.load(&id).unwrap();
    assert_eq!(case.follow_ups[0].outcome, FollowUpOutcome::Other);
    assert_eq!(case.follow_ups[0].note, "called, all good");
}

#[test]
fn assigned_to_me_shows_the_cases_given_to_me() {
    let s = setup();
    let (cases, _) = s.store.load_all().unwrap();
    let ana = cases
        .iter()
        .find(|c| c.review.customer == "Ana Müller")
        .unwrap()
        .id
        .clone();
    // Given to Ann by Ben, recorded as `heard assign` records it.
    heard::app::record(
        &s.store,
        &ana,
        "Ben",
        vec![EventKind::Assigned { to: "ann".into() }],
        NOW,
    )
    .unwrap();
    let mut app = app(&s.store, NOW);
    keys(&mut app, "8");
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("8 assigned to me 1"), "{text}");
    assert!(text.contains("Ana Müller"), "{text}");
    keys(&mut app, "\n");
    let Screen::Case(c) = &app.screen else {
        panic!("Enter should open the assigned case")
    };
    assert_eq!(c.case.id, ana);
}

/// The second ways round the list (Tab through the filters, Home/End or
/// g/G) are in the `?` help, not taking footer room on every inbox.
#[test]
fn the_help_lists_the_inbox_keys_the_footer_leaves_out() {
    let s = setup();
    let mut app = app(&s.store, NOW);
    let footer = screen_text(&app, 80, 24);
    assert!(!footer.contains("next / previous filter"), "{footer}");
    assert!(!footer.contains("first / last case"), "{footer}");
    keys(&mut app, "?");
    let help = screen_text(&app, 80, 24);
    assert!(help.contains("Tab/⇧Tab  next / previous filter"), "{help}");
    assert!(help.contains("Home/End  first / last case"), "{help}");
}
