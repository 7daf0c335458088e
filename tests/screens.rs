//! Layer 2: every screen of the walk rendered on an 80x24 `TestBackend` and
//! snapshotted as plain text. State is recorded through the store (or driven
//! by keys where that is what a person does); the clock stands still, case
//! ids and temp paths are filtered out.

use crate::support;
use crate::support::snap;

use heard::domain::{Event as CaseEvent, EventKind};
use heard::tui::action::Action;
use support::{AUTHOR, Harness, Stage, T0, at_stage, record_walk, record_walk_from, sample_case};
use time::Duration;

/// Twenty minutes after the case was opened: the 60-minute cool-down of an
/// upset check-in has 40 minutes left.
const NOW: time::OffsetDateTime = T0.saturating_add(Duration::minutes(20));

fn step(stage: Stage) -> Harness {
    at_stage(stage, NOW, 80, 24)
}

#[test]
fn welcome_on_an_empty_store() {
    let mut h = Harness::new();
    snap!("welcome", &mut h);
}

#[test]
fn case_list_shows_state_and_what_each_case_waits_for() {
    let mut h = Harness::new();
    let store = h.store().clone();
    // Sent an hour ago, in progress, and untouched: newest first.
    let sent = sample_case(&store, T0);
    record_walk(&store, &sent, Stage::Approved);
    let approved = store.load(&sent).unwrap().drafts.sha256();
    store
        .append(
            &sent,
            &CaseEvent::new(
                T0 + Duration::minutes(65),
                AUTHOR,
                EventKind::Sent {
                    channel: "file".into(),
                    drafts_sha256: approved,
                },
            ),
        )
        .unwrap();
    let busy = heard::commands::new::case_from_text(
        &store,
        AUTHOR,
        T0 + Duration::minutes(70),
        "Customer: Dev Patel\nPlatform: trustpilot\nRating: 2\n\nThe delivery came a week late and nobody told me why.",
        &Default::default(),
        None,
    )
    .unwrap();
    record_walk_from(&store, &busy, Stage::CheckedIn, T0 + Duration::minutes(70));
    heard::commands::new::case_from_text(
        &store,
        AUTHOR,
        T0 + Duration::minutes(80),
        "Customer: Lou\nPlatform: etsy\nRating: 1\n\nWrong colour.",
        &Default::default(),
        None,
    )
    .unwrap();
    h.clock.set(T0 + Duration::minutes(90));
    h.app.update(Action::GoHome);
    snap!("case_list", &mut h);
}

#[test]
fn check_in() {
    let mut h = step(Stage::Opened);
    snap!("check_in", &mut h);
}

#[test]
fn help_overlay_on_check_in() {
    let mut h = step(Stage::Opened);
    h.keys("?");
    snap!("help_check_in", &mut h);
}

#[test]
fn breathe_not_started() {
    let mut h = step(Stage::CheckedIn);
    snap!("breathe_not_started", &mut h);
}

#[test]
fn breathe_running_six_seconds_in() {
    let mut h = step(Stage::CheckedIn);
    h.keys("<enter>");
    h.advance(Duration::seconds(6));
    snap!("breathe_running", &mut h);
}

#[test]
fn read() {
    let mut h = step(Stage::Breathed);
    snap!("read", &mut h);
}

#[test]
fn read_with_questions_focused() {
    let mut h = step(Stage::Breathed);
    h.keys("<tab><down>");
    snap!("read_questions", &mut h);
}

#[test]
fn empathise() {
    let mut h = step(Stage::Read);
    snap!("empathise", &mut h);
}

#[test]
fn apologise() {
    let mut h = step(Stage::Empathised);
    snap!("apologise", &mut h);
}

#[test]
fn choices() {
    let mut h = step(Stage::Apologised);
    snap!("choices", &mut h);
}

#[test]
fn compose_with_the_suggested_drafts() {
    let mut h = step(Stage::Chose);
    snap!("compose", &mut h);
}

#[test]
fn diagnosis() {
    let mut h = step(Stage::Composed);
    snap!("diagnosis", &mut h);
}

/// The diagnosis names a person where a process belongs: the coach says so
/// under the form, as it does for the drafts.
#[test]
fn diagnosis_that_blames_a_person() {
    let mut h = step(Stage::Composed);
    h.keys("je");
    h.keys("Tom forgot to pack the foam, he is careless<enter>");
    h.assert_shows("blames a person");
    h.assert_shows("name the process");
}

#[test]
fn peer_review_idle() {
    let mut h = step(Stage::Diagnosed);
    snap!("peer_review_idle", &mut h);
}

#[test]
fn peer_review_colleague_reading() {
    let mut h = step(Stage::Diagnosed);
    h.keys("rBen<enter>");
    snap!("peer_review_reading", &mut h);
}

#[test]
fn send_with_gates_closed() {
    let mut h = step(Stage::Diagnosed);
    h.keys("n");
    snap!("send_closed", &mut h);
}

#[test]
fn send_ready() {
    let mut h = at_stage(Stage::Approved, T0 + Duration::minutes(61), 80, 24);
    snap!("send_ready", &mut h);
}

#[test]
fn sent() {
    let mut h = at_stage(Stage::Approved, T0 + Duration::minutes(61), 80, 24);
    h.keys("f<enter>");
    snap!("sent", &mut h);
}

#[test]
fn case_screen_at_120x36_widens_the_sidebar() {
    let mut h = at_stage(Stage::Breathed, NOW, 120, 36);
    snap!("read_wide", &mut h);
}

/// The bottom rows (status line and key hints) as text.
fn bottom(h: &mut Harness, rows: usize) -> String {
    let screen = h.screen();
    let lines: Vec<&str> = screen.lines().collect();
    lines[lines.len() - rows..].join("\n")
}

#[test]
fn a_refusal_in_the_status_line_is_shown_in_full() {
    let mut h = step(Stage::Diagnosed);
    h.keys("nf");
    snap!("send_refused_status", &mut h);
    let bottom = bottom(&mut h, 5).replace('\n', " ");
    assert!(
        bottom.contains("peer review closed — waiting for a colleague to approve the drafts"),
        "{bottom}"
    );
}

#[test]
fn the_footer_lists_every_key_at_any_width() {
    for (w, rows) in [(80, 24), (100, 30), (120, 36), (160, 40)] {
        let mut h = at_stage(Stage::Breathed, NOW, w, rows);
        let bottom = bottom(&mut h, 3);
        assert!(bottom.contains("q quit"), "{w}x{rows}:\n{bottom}");
    }
}
