//! Practice end to end: the real `heard practice start` in a pseudo-terminal
//! at 80x24, walked by keys to its scorecard. The store replaces the
//! default walk with a quick one (as a team may), so the walk takes seconds.

use crate::pty_world;

use pty_world::{PtyWorld, check_in_and_breathe, diagnose, read_to_compose};

#[test]
fn a_practice_scenario_walked_by_keys_ends_on_its_scorecard() {
    // The quick walk under the default id, so a practice case gets it.
    let w = PtyWorld::with_fast_playbook("heard");
    let mut t = w.spawn(&["practice", "start", "late-parcel"]);
    t.wait_for("PRACTICE");
    check_in_and_breathe(&mut t);
    read_to_compose(&mut t, "The puzzle missed the birthday");
    t.send("s");
    t.wait_for("saved version ✓");
    t.send("n");
    diagnose(
        &mut t,
        "Label printed, parcel never scanned",
        "Nobody checks unscanned parcels",
        "Check unscanned labels daily",
    );
    // The last step leads to the scorecard, not to sending.
    t.wait_for("Score ");
    t.wait_for("steps 9/9");
    t.wait_for("exemplar");
    let screen = t.screen();
    assert!(screen.contains("Scorecard"), "{screen}");
    assert!(!screen.contains("both gates are open"), "{screen}");
}
