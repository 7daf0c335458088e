//! The Send screen of a legal-risk case a staff member approved: it says
//! whose approval it still needs, as `heard status` does.

use crate::support;
use crate::support::snap;

use heard::commands::new::case_from_text;
use heard::domain::Roster;
use heard::domain::review::PlainTextHints;
use heard::store::Store;
use heard::tui::action::Action;
use support::{Harness, Stage, T0, TestClock, record_walk};
use time::Duration;

#[test]
fn send_screen_names_the_owner_whose_approval_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("store");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(
        root.join("team.toml"),
        "members = [\"Ann\", \"Ben\", \"Cat\"]\n[roles]\nCat = \"owner\"\n",
    )
    .unwrap();
    let store = Store::open(&root)
        .unwrap()
        .with_roster(Roster::anyone())
        .unwrap();
    let review = heard::tui::state::SAMPLE_REVIEW.replace(
        "Very disappointed.",
        "Very disappointed. My solicitor will be hearing about this.",
    );
    let id = case_from_text(&store, "Ann", T0, &review, &PlainTextHints::default(), None).unwrap();
    // Ben (staff) approved: every gate but the owner's is open.
    record_walk(&store, &id, Stage::Approved);
    let mut h = Harness::on(
        dir,
        store,
        TestClock::at(T0 + Duration::minutes(61)),
        80,
        24,
    );
    h.app.update(Action::OpenCase(id));
    snap!("send_needs_owner", &mut h);
    h.assert_shows("owner closed — needs the owner's approval");
    h.assert_shows("needs the owner's approval (Cat)");
}
