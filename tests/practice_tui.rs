//! Practice on screen: the welcome screen's sample starts as practice, its
//! header says PRACTICE, and after the last step its scorecard takes the
//! send step's place (80x24, snapshotted as plain text).

use crate::support;
use crate::support::snap;

use heard::tui::action::Action;
use support::{Harness, Stage, T0, record_walk};
use time::Duration;

#[test]
fn the_sample_walked_as_practice_ends_on_its_scorecard() {
    let mut h = Harness::new();
    h.app.update(Action::StartSample);
    let id = h.case_id();
    assert_eq!(h.case().practice.as_deref(), Some("broken-mug"));
    assert!(h.screen().contains(" PRACTICE "), "{}", h.screen());
    h.keys("<esc>");
    // The recorded walk writes every step; opened again, the case shows
    // its scorecard.
    record_walk(h.store(), &id, Stage::Diagnosed);
    h.advance(Duration::minutes(20));
    h.app.update(Action::OpenCase(id));
    assert_eq!(h.step_title(), "Scorecard");
    snap!("practice_scorecard", &mut h);
    let _ = T0;
}
