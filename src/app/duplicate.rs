//! The same review pasted twice: a second case for it splits the work (two
//! walks, two cool-downs, two replies), so `heard new` asks first.

use crate::domain::Review;
use crate::domain::identity::same_person;
use crate::store::Store;

/// How many cases by one customer are compared; more is an importer's job.
const LOOK_AT: usize = 200;

/// The case already made for this review (same customer, platform, stars
/// and words, spacing aside), if there is one.
pub fn same_review(store: &Store, review: &Review) -> Option<String> {
    let prefix = review.customer.trim();
    let rows = store
        .with_index(|ix| ix.ids_with_customer_prefix(prefix, LOOK_AT))
        .ok()?;
    rows.into_iter()
        .filter(|(_, customer)| same_person(customer, &review.customer))
        .find(|(id, _)| {
            store
                .load(id)
                .is_ok_and(|case| same_words(&case.review, review))
        })
        .map(|(id, _)| id)
}

fn same_words(a: &Review, b: &Review) -> bool {
    let words = |r: &Review| r.text.split_whitespace().collect::<Vec<_>>().join(" ");
    a.platform == b.platform && a.rating == b.rating && words(a) == words(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::PlainTextHints;

    fn review(text: &str) -> Review {
        let now = time::macros::datetime!(2026-03-01 10:00 UTC);
        Review::from_plain_text(text, &PlainTextHints::default(), now).unwrap()
    }

    #[test]
    fn the_same_words_by_the_same_customer_are_the_same_review() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let first = "Customer: Mara K.\nRating: 1\n\nThe mug came broken.\n";
        let r = review(first);
        let playbook =
            crate::store::playbooks::for_review(&store.playbooks_dir(), &r, None).unwrap();
        let id = store
            .create_case(&r, &playbook, "Ann", r.received_at)
            .unwrap();
        let table = [
            (first, Some(id.as_str())),
            (
                "Customer: mara k.\nRating: 1\n\nThe mug   came\nbroken.",
                Some(&id),
            ),
            (
                "Customer: Mara K.\nRating: 2\n\nThe mug came broken.\n",
                None,
            ),
            ("Customer: Mara K.\nRating: 1\n\nThe mug came late.\n", None),
            (
                "Customer: Dev P.\nRating: 1\n\nThe mug came broken.\n",
                None,
            ),
        ];
        for (text, want) in table {
            assert_eq!(
                same_review(&store, &review(text)).as_deref(),
                want,
                "{text}"
            );
        }
    }
}
