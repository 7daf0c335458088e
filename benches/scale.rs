//! Scale (issue 12): what one case costs, and what the inbox costs at 10k
//! and 100k rows. Short runs (few samples) so `cargo bench` stays quick.
//!
//! - `fold`: one case from its events (what every write re-indexes).
//! - `index put`: one row written into an index of N rows.
//! - `inbox window/counts`: a screenful of rows in inbox order, and the
//!   seven filter counts, from an index of N rows.
//! - `typing`: one key into the compose text box and the box drawn, at
//!   100 and 8,000 words (see `support/typing.rs`).

#[path = "support/typing.rs"]
mod typing;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use heard::domain::inbox::Filter;
use heard::domain::inbox_row::CaseRow;
use heard::domain::{Case, Drafts, Event, EventKind, Review};
use heard::store::index::{InboxQuery, Index};
use heard::store::playbooks::find;
use time::OffsetDateTime;
use time::macros::datetime;

const T0: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

fn events(i: usize) -> Vec<Event> {
    let playbook = find(std::path::Path::new("/nonexistent"), "heard").expect("shipped playbook");
    let at = |m: i64| T0 + time::Duration::minutes(m);
    let mut events = vec![Event::new(
        at(0),
        "ann",
        EventKind::Created {
            playbook: Some(Box::new(playbook)),
            playbook_sha256: String::new(),
        },
    )];
    if !i.is_multiple_of(3) {
        events.push(Event::new(at(1), "ann", EventKind::Opened));
        events.push(Event::new(at(2), "ann", EventKind::CheckedIn { level: 2 }));
    }
    if i % 3 > 1 {
        let drafts = Drafts::new(
            "Thank you, and we are sorry about the cracked mug.",
            "We can send a new mug or refund you; tell us which by Friday.",
        );
        events.push(Event::new(at(3), "ann", EventKind::DraftEdited { drafts }));
    }
    events
}

fn case(i: usize, events: &[Event]) -> Case {
    let review = Review {
        customer: format!("Customer {}", i % 200),
        platform: "google".into(),
        rating: Some(1 + (i % 3) as u8),
        title: None,
        text: format!("The mug arrived cracked (order {i})."),
        received_at: T0 - time::Duration::minutes((i % 5000) as i64),
        platform_id: Some(format!("g-{i}")),
        url: None,
        existing_reply: None,
    };
    Case::fold(&format!("20261123-c{i:07}"), review, events).expect("folds")
}

fn index_of(n: usize) -> (Index, Vec<Case>) {
    let ix = Index::in_memory().unwrap();
    let kinds: Vec<Vec<Event>> = (0..3).map(events).collect();
    let samples: Vec<Case> = (0..3).map(|i| case(i, &kinds[i])).collect();
    ix.batch(|ix| {
        for i in 0..n {
            let c = case(i, &kinds[i % 3]);
            ix.put(&CaseRow::of(&c), &CaseRow::search_text(&c), 3)?;
        }
        Ok(())
    })
    .unwrap();
    (ix, samples)
}

fn bench(c: &mut Criterion) {
    let evs = events(2);
    c.bench_function("fold one case (drafts written)", |b| {
        b.iter(|| case(black_box(7), black_box(&evs)))
    });
    let mut group = c.benchmark_group("inbox");
    for n in [10_000, 100_000] {
        let (ix, samples) = index_of(n);
        let me = "ann";
        let now = T0 + time::Duration::hours(2);
        group.bench_with_input(BenchmarkId::new("index put", n), &n, |b, _| {
            let row = CaseRow::of(&samples[2]);
            b.iter(|| ix.put(black_box(&row), "mug", 4).unwrap())
        });
        for (what, offset) in [("window top", 0), ("window middle", n / 2)] {
            group.bench_with_input(BenchmarkId::new(what, n), &n, |b, _| {
                let q = InboxQuery {
                    filter: Filter::Open,
                    query: "",
                    me,
                    now,
                };
                b.iter(|| ix.window(black_box(&q), offset, 24).unwrap())
            });
        }
        group.bench_with_input(BenchmarkId::new("counts", n), &n, |b, _| {
            b.iter(|| ix.counts(black_box(me), now).unwrap())
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    targets = bench, typing::bench
}
criterion_main!(benches);
