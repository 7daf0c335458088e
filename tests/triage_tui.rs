//! The triage step after reading, on an 80x24 `TestBackend`: the four
//! roads, "don't engage" with its report checklist and a close asked for,
//! parking from the check-in, and the inbox showing closed, parked and
//! already-answered cases.

use crate::support;
use crate::support::snap;

use heard::domain::triage::Road;
use heard::domain::{Event as CaseEvent, EventKind};
use heard::tui::action::Action;
use support::{AUTHOR, COLLEAGUE, Harness, Stage, T0, sample_case, walk_events};
use time::Duration;

const NOW: time::OffsetDateTime = T0.saturating_add(Duration::minutes(20));

/// The sample case read through, not triaged yet, opened at `NOW`.
fn read_not_triaged() -> Harness {
    let mut h = Harness::sized(80, 24);
    let id = sample_case(h.store(), T0);
    for (at, by, kind) in walk_events(Stage::Read) {
        if matches!(kind, EventKind::Triaged { .. }) {
            continue;
        }
        h.store()
            .append(&id, &CaseEvent::new(T0 + Duration::seconds(at), by, kind))
            .unwrap();
    }
    h.clock.set(NOW);
    h.app.update(Action::OpenCase(id));
    h
}

#[test]
fn triage_asks_what_the_review_needs_after_reading() {
    let mut h = read_not_triaged();
    assert_eq!(h.step_title(), "What does this review need?");
    snap!("triage", &mut h);
}

#[test]
fn listen_only_leaves_choices_out_and_the_walk_moves_on() {
    let mut h = read_not_triaged();
    h.keys("2");
    assert_eq!(h.case().road, Some(Road::ListenOnly));
    // On to empathise; the sidebar marks Choices as not needed (–).
    snap!("triage_listen_only_walk", &mut h);
    h.keys("p");
    snap!("triage_listen_only", &mut h);
}

#[test]
fn dont_engage_shows_the_report_checklist_then_asks_to_close() {
    let mut h = read_not_triaged();
    h.keys("4");
    assert_eq!(h.case().road, Some(Road::DontEngage));
    snap!("triage_dont_engage", &mut h);
    h.keys("cFake review: no order under this name<enter>");
    let case = h.case();
    let closing = case.closing.as_ref().expect("a close was asked for");
    assert_eq!(closing.reason, "Fake review: no order under this name");
    assert!(case.closed().is_none());
    snap!("triage_close_asked", &mut h);
}

#[test]
fn no_time_at_the_check_in_parks_the_case_in_the_inbox() {
    let mut h = Harness::sized(80, 24);
    let id = sample_case(h.store(), T0);
    h.clock.set(NOW);
    h.app.update(Action::OpenCase(id.clone()));
    h.keys("t");
    assert!(h.store().load(&id).unwrap().parked);
    h.assert_shows("parked");
    // Opening it again resumes the walk on the check-in.
    h.app.update(Action::OpenCase(id.clone()));
    assert!(!h.store().load(&id).unwrap().parked);
    assert_eq!(h.step_title(), h.case().playbook.steps[0].title);
}

#[test]
fn the_inbox_shows_closed_and_already_answered_cases() {
    let mut h = Harness::sized(80, 24);
    let store = h.store().clone();
    let closed = sample_case(&store, T0);
    let mut events = walk_events(Stage::Read);
    events.retain(|(_, _, k)| !matches!(k, EventKind::Triaged { .. }));
    events.extend([
        (
            300,
            AUTHOR.to_string(),
            EventKind::Triaged {
                road: Road::DontEngage,
            },
        ),
        (
            310,
            AUTHOR.to_string(),
            EventKind::CloseAsked {
                reason: "fake review".into(),
            },
        ),
        (
            320,
            COLLEAGUE.to_string(),
            EventKind::CloseAgreed {
                note: String::new(),
            },
        ),
    ]);
    for (at, by, kind) in events {
        store
            .append(
                &closed,
                &CaseEvent::new(T0 + Duration::seconds(at), by, kind),
            )
            .unwrap();
    }
    // A review the platform already shows a reply to, imported as exported.
    let csv = "product_handle,state,rating,title,author,email,location,body,reply,created_at,replied_at\n\
               mug,published,2,Late,Dev Patel,,,The delivery came a week late.,\
               Sorry Dev - we are looking into it.,2026-11-23 13:00:00 UTC,2026-11-23 13:30:00 UTC\n";
    let summary = heard::commands::import::import_into(
        &store,
        AUTHOR,
        T0 + Duration::minutes(5),
        csv.as_bytes(),
        heard::import::Format::Csv,
        None,
    )
    .unwrap();
    assert_eq!(summary.already_replied, ["Dev Patel"]);
    h.clock.set(T0 + Duration::minutes(30));
    h.app.update(Action::GoHome);
    h.keys("7");
    snap!("inbox_closed_and_answered", &mut h);
    let open_count = store.load(&closed).unwrap().closed().is_some();
    assert!(open_count);
}
