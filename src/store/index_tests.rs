//! The index against the domain: for every filter, search and person, the
//! rows it selects (and their order) are exactly what `domain::inbox`
//! selects from the folded cases.

use super::*;
use crate::domain::inbox::{self, tests::variety};
use crate::domain::test_support::T0;
use time::Duration;

fn index_of(cases: &[crate::domain::Case]) -> Index {
    let ix = Index::in_memory().unwrap();
    for c in cases {
        ix.put(&CaseRow::of(c), &CaseRow::search_text(c), 1)
            .unwrap();
    }
    ix
}

#[test]
fn selects_counts_and_orders_as_the_domain_does() {
    let cases = variety();
    assert!(
        cases.iter().any(|c| c.practice.is_some()),
        "a practice case"
    );
    let ix = index_of(&cases);
    let times = [-60, 0, 20, 90, 60 * 30, 60 * 24 * 6].map(|m| T0 + Duration::minutes(m));
    for me in ["ann", "Ben ", "cy", "B\u{0435}n"] {
        for now in times {
            for filter in Filter::ALL {
                for query in ["", "cold", "ZOË", "nothing"] {
                    let want: Vec<String> = inbox::select(&cases, filter, query, me, now)
                        .iter()
                        .map(|c| c.id.clone())
                        .collect();
                    let q = InboxQuery {
                        filter,
                        query,
                        me,
                        now,
                    };
                    let got: Vec<String> = ix
                        .window(&q, 0, 100)
                        .unwrap()
                        .into_iter()
                        .map(|r| r.id)
                        .collect();
                    let ctx = format!("{filter:?} {query:?} as {me} at {now}");
                    assert_eq!(got, want, "{ctx}");
                    assert_eq!(ix.count(&q).unwrap(), want.len(), "{ctx}");
                    if want.len() > 2 {
                        let page: Vec<String> = ix
                            .window(&q, 1, 2)
                            .unwrap()
                            .into_iter()
                            .map(|r| r.id)
                            .collect();
                        assert_eq!(page, want[1..3], "{ctx}");
                    }
                }
            }
            assert_eq!(
                ix.counts(me, now).unwrap(),
                inbox::counts(&cases, me, now),
                "as {me} at {now}"
            );
        }
    }
}

#[test]
fn a_row_reads_back_as_it_was_written() {
    let cases = variety();
    let ix = index_of(&cases);
    for c in &cases {
        let want = CaseRow::of(c);
        assert_eq!(ix.row(&c.id).unwrap(), Some(want), "{}", c.id);
        for me in ["ann", "ben"] {
            let now = T0 + Duration::minutes(90);
            assert_eq!(
                CaseRow::of(c).waiting(me, now),
                inbox::waiting(c, me, now),
                "{}",
                c.id
            );
        }
    }
    assert_eq!(ix.len().unwrap(), cases.len());
    let newest: Vec<String> = ix
        .newest_first()
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(newest.len(), cases.len());
}

#[test]
fn ids_by_prefix_platform_id_and_damage() {
    let cases = variety();
    let ix = index_of(&cases);
    let first = &cases[0].id;
    assert_eq!(ix.ids_with_prefix(first, 5).unwrap(), vec![first.clone()]);
    assert!(ix.ids_with_prefix("zzz-no", 5).unwrap().is_empty());
    assert_eq!(ix.ids_with_prefix("", 500).unwrap().len(), cases.len());
    ix.put_damaged(first, "bad file").unwrap();
    assert_eq!(ix.row(first).unwrap(), None);
    assert_eq!(
        ix.damaged().unwrap(),
        vec![(first.clone(), "bad file".to_string())]
    );
    assert!(ix.ids().unwrap().contains(first), "still known, as damaged");
    ix.put(&CaseRow::of(&cases[0]), "", 2).unwrap();
    assert!(ix.damaged().unwrap().is_empty());
    assert_eq!(ix.events_of(first).unwrap(), Some(2));
}
