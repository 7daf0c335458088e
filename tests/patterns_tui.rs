//! The improvement loop in the terminal interface: the recurring alarm on
//! the diagnosis step, and the patterns screen from the inbox.

mod support;

use heard::domain::action::ActionStatus;
use heard::domain::{Diagnosis, Event as CaseEvent, EventKind};
use heard::store::Store;
use heard::tui::action::Action;
use support::{AUTHOR, Harness, Stage, T0, record_walk, sample_case};
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
