//! How many reads the Read step asks, by what the review holds.

use time::Duration;

use super::super::test_support::{T0, fold, playbook, review_with};
use super::super::{Event, EventKind};

#[test]
fn a_rating_with_no_words_is_read_once_words_twice() {
    let pb = playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0",
        &["read"],
    );
    let step = &pb.steps[0];
    // (review text, title, reads recorded an hour apart, needed, done)
    let rows = [
        ("The mug came broken.", None, 1, 2, false),
        ("The mug came broken.", None, 2, 2, true),
        ("", None, 0, 1, false),
        ("", None, 1, 1, true),
        ("   ", None, 1, 1, true),
        ("", Some("Broken mug"), 1, 2, false),
        ("", Some("Broken mug"), 2, 2, true),
    ];
    for (text, title, reads, needed, done) in rows {
        let mut review = review_with(Some(1), text);
        review.title = title.map(str::to_string);
        let events =
            (1..=reads).map(|h| Event::new(T0 + Duration::hours(h), "ann", EventKind::ReadThrough));
        let case = fold("c", review, &pb, events);
        let ctx = format!("{text:?} {title:?} after {reads} reads");
        assert_eq!(case.reads_needed(step), needed, "{ctx}");
        assert_eq!(case.step_done(step), done, "{ctx}");
    }
}
