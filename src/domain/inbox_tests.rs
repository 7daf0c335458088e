//! Table tests of the inbox rules: waiting-for, filters, sorting, search.
#![allow(clippy::type_complexity)] // the tables are read row by row

use time::{Duration, OffsetDateTime};

use super::{Filter, Waiting, counts, matches_search, progress, select, waiting};
use crate::domain::{Case, Drafts, Event, EventKind, Playbook, Review};

use crate::domain::test_support::{self, T0};

fn at(minutes: i64) -> OffsetDateTime {
    T0 + Duration::minutes(minutes)
}

fn playbook(deadline_hours: u32) -> Playbook {
    test_support::playbook(
        &format!(
            "[gates]\ncooldown_minutes = 15\nupset_cooldown_minutes = 60\n\
             response_deadline_hours = {deadline_hours}\nfollow_up_days = 3"
        ),
        &["check-in", "compose"],
    )
}

fn review(customer: &str, text: &str, received: OffsetDateTime) -> Review {
    Review {
        customer: customer.into(),
        platform: "google".into(),
        rating: Some(1),
        title: Some("Cold bread".into()),
        text: text.into(),
        received_at: received,
        platform_id: None,
        url: None,
        existing_reply: None,
    }
}

fn case_with(id: &str, r: Review, hours: u32, events: Vec<(i64, &str, EventKind)>) -> Case {
    let events = events
        .into_iter()
        .map(|(m, by, kind)| Event::new(at(m), by, kind));
    test_support::fold(id, r, &playbook(hours), events)
}

fn drafts() -> Drafts {
    Drafts::new("Thank you, we are sorry.", "We can refund or remake it.")
}

/// Events that take a case to "drafts written by `author`".
fn written(author: &'static str) -> Vec<(i64, &'static str, EventKind)> {
    vec![
        (0, author, EventKind::Opened),
        (1, author, EventKind::CheckedIn { level: 1 }),
        (2, author, EventKind::DraftEdited { drafts: drafts() }),
    ]
}

fn verdict(by: &'static str, approved: bool) -> (i64, &'static str, EventKind) {
    let drafts_sha256 = drafts().sha256();
    let kind = if approved {
        EventKind::Approved {
            drafts_sha256,
            note: String::new(),
            signature: None,
            at_keyboard: false,
        }
    } else {
        EventKind::ChangesRequested {
            drafts_sha256,
            comment: "softer".into(),
            comments: Vec::new(),
        }
    };
    (3, by, kind)
}

fn sent() -> (i64, &'static str, EventKind) {
    (
        20,
        "ann",
        EventKind::Sent {
            channel: "file".into(),
            drafts_sha256: drafts().sha256(),
        },
    )
}

fn with(
    mut base: Vec<(i64, &'static str, EventKind)>,
    more: Vec<(i64, &'static str, EventKind)>,
) -> Vec<(i64, &'static str, EventKind)> {
    base.extend(more);
    base
}

#[path = "inbox_waiting_tests.rs"]
mod waiting_rows;
use waiting_rows::{waiting_rows_after_sending, waiting_rows_before_sending};

#[test]
fn waiting_and_filters_table() {
    let mut table = waiting_rows_before_sending();
    table.extend(waiting_rows_after_sending());
    for (what, events, me, now, want_waiting, want_filters) in table {
        let c = case_with("c", review("Ann", "Cold", T0), 24, events);
        assert_eq!(waiting(&c, me, at(now)), want_waiting, "{what}");
        let got: Vec<Filter> = Filter::ALL
            .into_iter()
            .filter(|f| f.matches(&c, me, at(now)))
            .collect();
        assert_eq!(got, want_filters, "{what}");
    }
}

#[test]
fn labels_say_what_is_next() {
    let now = at(5);
    let table = [
        (
            Waiting::Step(crate::domain::StepKind::CheckIn),
            "step: check in",
        ),
        (Waiting::Cooldown(Some(at(15))), "cool-down 10 min"),
        (Waiting::Cooldown(None), "cool-down"),
        (Waiting::MyReview, "your review"),
        (Waiting::OthersReview, "colleague's review"),
        (Waiting::ChangesRequested, "changes asked"),
        (Waiting::Ready, "ready"),
        (Waiting::FollowUp, "follow up"),
        (Waiting::Sent, "sent"),
    ];
    for (w, want) in table {
        assert_eq!(crate::present::inbox::waiting(&w, now), want);
    }
}

#[test]
fn sorted_by_deadline_sent_last_and_searchable() {
    let h = Duration::hours;
    let cases = vec![
        // (id, customer, received, deadline hours) → deadline
        case_with("a", review("Émile", "late parcel", T0 - h(1)), 48, vec![]), // T0+47
        case_with("b", review("zoë", "cold bread", T0 - h(30)), 24, vec![]),   // T0-6 (overdue)
        case_with("c", review("Bob", "rude staff", T0), 24, vec![]),           // T0+24
        case_with(
            "d",
            review("Al", "broken mug", T0 - h(40)),
            24,
            with(written("ann"), vec![verdict("ben", true), sent()]),
        ), // sent
        case_with("e", review("Ann", "cold bread", T0), 24, vec![]), // T0+24, "ann" < "bob"
    ];
    let ids = |rows: Vec<&Case>| rows.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    let now = at(60);
    assert_eq!(
        ids(select(&cases, Filter::All, "", "ann", now)),
        ["b", "e", "c", "a", "d"]
    );
    assert_eq!(
        ids(select(&cases, Filter::Open, "", "ann", now)),
        ["b", "e", "c", "a"]
    );
    assert_eq!(ids(select(&cases, Filter::Sent, "", "ann", now)), ["d"]);
    assert_eq!(
        ids(select(&cases, Filter::Practice, "", "ann", now)),
        Vec::<String>::new()
    );
    // Search: customer, title, text; any case, any script.
    assert_eq!(ids(select(&cases, Filter::All, "ZOË", "ann", now)), ["b"]);
    assert_eq!(ids(select(&cases, Filter::All, "émile", "ann", now)), ["a"]);
    assert_eq!(
        ids(select(&cases, Filter::Open, "cold", "ann", now)),
        ["b", "e", "c", "a"],
        "the title matches too"
    );
    assert_eq!(ids(select(&cases, Filter::All, "mug", "ann", now)), ["d"]);
    assert_eq!(
        ids(select(&cases, Filter::All, "nothing like it", "ann", now)),
        Vec::<String>::new()
    );
    assert!(matches_search(&cases[0], "  "));
    assert_eq!(counts(&cases, "ann", now), [4, 0, 0, 0, 1, 0, 5, 0]);
    assert_eq!(progress(&cases[0]), (0, 2));
    assert_eq!(progress(&cases[3]), (2, 2));
}

#[test]
fn follow_ups_sort_changed_reviews_first() {
    let changed = (
        40,
        "import",
        EventKind::ReviewUpdated {
            review: Box::new(review("Ann", "Better now", T0)),
        },
    );
    let base = || with(written("ann"), vec![verdict("ben", true), sent()]);
    let due_in = |days: i64| {
        (
            25,
            "ann",
            EventKind::FollowUpSet {
                due: at(20) + Duration::days(days),
            },
        )
    };
    let cases = vec![
        case_with(
            "late",
            review("A", "x", T0),
            24,
            with(base(), vec![due_in(2)]),
        ),
        case_with(
            "early",
            review("B", "x", T0),
            24,
            with(base(), vec![due_in(1)]),
        ),
        case_with(
            "changed",
            review("C", "x", T0),
            24,
            with(base(), vec![due_in(9), changed]),
        ),
        case_with(
            "not-yet",
            review("D", "x", T0),
            24,
            with(base(), vec![due_in(20)]),
        ),
    ];
    let rows = select(
        &cases,
        Filter::FollowUpDue,
        "",
        "ann",
        at(20) + Duration::days(5),
    );
    let ids: Vec<&str> = rows.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["changed", "early", "late"]);
}

/// Cases in every state the inbox tells apart, with deadlines that tie and
/// names that sort alike: the index is checked against `select` on them.
pub(crate) fn variety() -> Vec<Case> {
    let mut cases = variety_unsent();
    cases.extend(variety_sent());
    cases
}

/// The cases of [`variety`] whose reply is not sent yet.
fn variety_unsent() -> Vec<Case> {
    let h = Duration::hours;
    let sent_case = || with(written("ann"), vec![verdict("ben", true), sent()]);
    let opened = vec![(0, "ann", EventKind::Opened)];
    let checked_in = vec![
        (0, "ann", EventKind::Opened),
        (1, "ann", EventKind::CheckedIn { level: 5 }),
    ];
    vec![
        case_with(
            "v-new",
            review("Émile", "late parcel", T0 - h(1)),
            48,
            vec![],
        ),
        case_with(
            "v-overdue",
            review("zoë", "cold bread", T0 - h(30)),
            24,
            vec![],
        ),
        case_with("v-opened", review("Bob", "rude staff", T0), 24, opened),
        // A practice case is never open work, never overdue.
        case_with(
            "v-practice",
            review("Pip", "late parcel", T0 - h(30)),
            24,
            vec![(
                0,
                "ann",
                EventKind::PracticeStarted {
                    scenario: "late-parcel".into(),
                },
            )],
        ),
        case_with("v-bob2", review("bob", "rude staff", T0), 24, vec![]),
        // Assigned: to Ben, and a sent one to Ann.
        case_with(
            "v-assigned",
            review("Kim", "cold tea", T0 - h(1)),
            24,
            vec![(2, "ann", EventKind::Assigned { to: "Ben".into() })],
        ),
        case_with(
            "v-assigned-sent",
            review("Lu", "x", T0),
            24,
            with(
                sent_case(),
                vec![(30, "ben", EventKind::Assigned { to: "Ann".into() })],
            ),
        ),
        case_with("v-checked", review("Cy", "cold soup", T0), 24, checked_in),
        case_with(
            "v-ann-wrote",
            review("Dee", "noisy", T0 - h(2)),
            24,
            written("ann"),
        ),
        case_with(
            "v-ben-wrote",
            review("Eve", "noisy", T0 - h(2)),
            24,
            written("ben"),
        ),
        case_with(
            "v-approved",
            review("Fay", "cold tea", T0 - h(3)),
            24,
            with(written("ann"), vec![verdict("ben", true)]),
        ),
        case_with(
            "v-changes",
            review("Gus", "dirty cup", T0 - h(3)),
            24,
            with(written("ann"), vec![verdict("ben", false)]),
        ),
    ]
}

/// The cases of [`variety`] whose reply is sent, with their follow-ups.
fn variety_sent() -> Vec<Case> {
    let h = Duration::hours;
    let follow_up_set = |days: i64| {
        (
            25,
            "ann",
            EventKind::FollowUpSet {
                due: at(20) + Duration::days(days),
            },
        )
    };
    let changed = (
        40,
        "import",
        EventKind::ReviewUpdated {
            review: Box::new(review("Ann", "Better now", T0)),
        },
    );
    let sent_case = || with(written("ann"), vec![verdict("ben", true), sent()]);
    vec![
        case_with(
            "v-sent",
            review("Al", "broken mug", T0 - h(40)),
            24,
            sent_case(),
        ),
        case_with(
            "v-due",
            review("Hal", "x", T0),
            24,
            with(sent_case(), vec![follow_up_set(1)]),
        ),
        case_with(
            "v-later",
            review("Ida", "x", T0),
            24,
            with(sent_case(), vec![follow_up_set(2)]),
        ),
        case_with(
            "v-changed",
            review("Jo", "x", T0),
            24,
            with(sent_case(), vec![follow_up_set(9), changed]),
        ),
    ]
}
