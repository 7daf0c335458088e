//! The inbox on more cases than it reads at once (it reads a window of
//! rows around the selection from the index): the ends of the list and a
//! long walk down it show the rows the index has in those places.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use time::{OffsetDateTime, macros::datetime};

use heard::commands::import::import_into;
use heard::domain::FixedClock;
use heard::domain::inbox::Filter;
use heard::import::Format;
use heard::store::Store;
use heard::store::index::InboxQuery;
use heard::tui::state::App;

const NOW: OffsetDateTime = datetime!(2026-11-23 14:00 UTC);
const CASES: usize = 1_200;

fn reviews(n: usize) -> Vec<u8> {
    let rows: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let t = NOW - time::Duration::minutes(i as i64 * 7);
            let stamp = t
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap();
            serde_json::json!({
                "reviewId": format!("r-{i:05}"),
                "reviewer": {"displayName": format!("Customer {i:05}")},
                "starRating": "ONE",
                "comment": format!("Cracked mug, order {i}."),
                "createTime": stamp,
                "updateTime": stamp,
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({ "reviews": rows })).unwrap()
}

fn screen(app: &App) -> String {
    let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
    term.draw(|f| app.render(f)).unwrap();
    term.backend().to_string()
}

fn press(app: &mut App, code: KeyCode, times: usize) {
    for _ in 0..times {
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

/// The customer at position `i` of the open cases, as the index orders them.
fn customer_at(store: &Store, i: usize) -> String {
    let q = InboxQuery {
        filter: Filter::Open,
        query: "",
        me: "Ann",
        now: NOW,
    };
    store
        .with_index(|ix| ix.window(&q, i, 1))
        .unwrap()
        .remove(0)
        .customer
}

/// The selected row's text (drawn reversed; found by its customer).
fn shows(app: &App, customer: &str) -> bool {
    screen(app).contains(customer)
}

#[test]
fn the_ends_and_a_long_walk_show_the_rows_in_index_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("store")).unwrap();
    let summary = import_into(&store, "Ann", NOW, &reviews(CASES), Format::Google, None).unwrap();
    assert_eq!(summary.new, CASES);
    let mut app = App::new(
        store.clone(),
        "Ann".into(),
        Box::new(FixedClock(NOW)),
        Vec::new(),
    );
    app.open_latest();
    let first = screen(&app);
    assert!(first.contains(&format!("Inbox · {CASES} cases")), "{first}");
    assert!(shows(&app, &customer_at(&store, 0)), "{first}");
    press(&mut app, KeyCode::End, 1);
    assert!(
        shows(&app, &customer_at(&store, CASES - 1)),
        "{}",
        screen(&app)
    );
    assert!(!shows(&app, &customer_at(&store, 0)));
    press(&mut app, KeyCode::Home, 1);
    press(&mut app, KeyCode::Down, 700);
    for i in [700, 690, 680] {
        assert!(
            shows(&app, &customer_at(&store, i)),
            "row {i}: {}",
            screen(&app)
        );
    }
    press(&mut app, KeyCode::Up, 650);
    assert!(shows(&app, &customer_at(&store, 50)), "{}", screen(&app));
}
