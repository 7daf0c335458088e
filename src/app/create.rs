//! Creating a case, from pasted text or as practice: the same for `heard
//! new`, `heard practice` and the screens.

use time::OffsetDateTime;

use super::Failure;
use crate::domain::identity::same_person;
use crate::domain::review::{PlainTextHints, Review};
use crate::domain::{EventKind, Playbook};
use crate::store::Store;
use crate::store::playbooks::{PlaybookChoiceError, for_review};
use crate::store::scenarios;

/// The review offered on a first run.
pub const SAMPLE_REVIEW: &str = include_str!("../../assets/sample-review.txt");

fn playbook_failure(e: PlaybookChoiceError) -> Failure {
    match e {
        PlaybookChoiceError::UnderFloors(r) => Failure::refused(r.to_string()),
        PlaybookChoiceError::Unusable(m) => Failure::bad_input(m),
    }
}

/// Parse pasted text, pick the playbook and create the case (CLI and TUI).
pub fn case_from_text(
    store: &Store,
    me: &str,
    now: OffsetDateTime,
    text: &str,
    hints: &PlainTextHints,
    playbook: Option<&str>,
) -> Result<String, Failure> {
    let (review, playbook) = review_and_walk(store, now, text, hints, playbook)?;
    Ok(store.create_case(&review, &playbook, me, now)?)
}

/// The review in pasted text and the walk it gets: everything that would
/// refuse the case, checked before anything is written or asked.
pub fn review_and_walk(
    store: &Store,
    now: OffsetDateTime,
    text: &str,
    hints: &PlainTextHints,
    playbook: Option<&str>,
) -> Result<(Review, Playbook), Failure> {
    let review = Review::from_plain_text(text, hints, now)
        .map_err(|e| Failure::bad_input(format!("not a review: {e}")))?;
    let playbook =
        for_review(&store.playbooks_dir(), &review, playbook).map_err(playbook_failure)?;
    Ok((review, playbook))
}

/// Create the practice case for `name_or_file`; returns its id.
pub fn practice_case(
    store: &Store,
    me: &str,
    now: OffsetDateTime,
    name_or_file: &str,
) -> Result<String, Failure> {
    let scenario =
        scenarios::find(store, name_or_file).map_err(|e| Failure::bad_input(e.to_string()))?;
    let review = scenario.to_review(now);
    let playbook = for_review(&store.playbooks_dir(), &review, None).map_err(playbook_failure)?;
    let practice = EventKind::PracticeStarted {
        scenario: scenario.name.clone(),
    };
    Ok(store.create_case_with(&review, &playbook, me, now, &[practice])?)
}

/// The latest practice case `me` started on `name` (so pressing the sample
/// key twice opens the same one; `heard practice start` makes a new try).
pub fn latest_practice(store: &Store, me: &str, name: &str) -> Option<String> {
    let (cases, _) = store.load_all().ok()?;
    cases
        .into_iter()
        .filter(|c| c.practice.as_deref() == Some(name) && same_person(&c.created_by, me))
        .max_by_key(|c| c.created_at)
        .map(|c| c.id)
}

/// The sample offered on the welcome screen, as practice: the one already
/// started, or a new one (so it never carries a real
/// deadline, and pressing the key twice does not make two).
pub fn start_sample(store: &Store, me: &str, now: OffsetDateTime) -> Result<String, Failure> {
    if let Some(id) = latest_practice(store, me, scenarios::SAMPLE) {
        return Ok(id);
    }
    let review = Review::from_plain_text(SAMPLE_REVIEW, &PlainTextHints::default(), now)
        .map_err(|e| Failure::bad_input(format!("the sample is not a review: {e}")))?;
    let playbook = for_review(&store.playbooks_dir(), &review, None).map_err(playbook_failure)?;
    let practice = EventKind::PracticeStarted {
        scenario: scenarios::SAMPLE.to_string(),
    };
    Ok(store.create_case_with(&review, &playbook, me, now, &[practice])?)
}
