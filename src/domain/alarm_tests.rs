//! Tables for the recurring alarm and for action items.

use time::{Duration, OffsetDateTime, macros::datetime};

use super::*;
use crate::domain::action::{ActionStatus, action_of, refusal};
use crate::domain::patterns::tests::{case, diagnosed};
use crate::domain::test_support::T0;
use crate::domain::{Diagnosis, EventKind};
use crate::present::alarm::ordinal;

const START: OffsetDateTime = datetime!(2026-11-01 10:00 UTC);

fn day(n: i64) -> OffsetDateTime {
    START + Duration::days(n)
}

fn diagnosis(category: &str, cause: &str) -> Diagnosis {
    Diagnosis {
        category: category.into(),
        what_happened: "broke".into(),
        whys: vec![cause.into()],
        process_fix: "double-box mugs".into(),
        owner: "Sam".into(),
        customer_told: Some(true),
    }
}

fn precedent(id: &str, at: OffsetDateTime, category: &str, cause: &str) -> Precedent {
    let mut p = Precedent::from_diagnosis(id, at, &diagnosis(category, cause));
    p.fix = format!("fix of {id}");
    p
}

fn rules(count: u32, days: u32) -> PatternRules {
    PatternRules {
        alarm_count: count,
        alarm_days: days,
        ..PatternRules::default()
    }
}

#[test]
fn the_alarm_counts_within_the_window_by_review_date() {
    let history = vec![
        precedent("a", day(0), "packaging", "mugs packed in a single box"),
        precedent("b", day(10), "packaging", "mug packed in one box"),
        precedent("c", day(20), "shipping damage", "single box for mugs"),
        precedent("d", day(25), "packaging", "courier threw the parcel"),
        precedent("e", day(40), "packaging", "mugs packed in a single box"),
    ];
    // (case time, count, days, category, cause, expected headlines)
    type Row<'a> = (i64, u32, u32, &'a str, &'a str, &'a [&'a str]);
    let table: &[Row] = &[
        (26, 3, 30, "delay", "late courier", &[]),
        (
            26,
            3,
            30,
            "packaging",
            "mugs in a single box",
            &[
                "4th case of the root cause 'mugs in a single box' in 30 days",
                "4th 'packaging' case in 30 days",
            ],
        ),
        // The window moves: a, b fall out at day 45 (c, e are left).
        (45, 4, 30, "packaging", "mugs in a single box", &[]),
        (
            45,
            2,
            30,
            "shipping damage",
            "glaze",
            &["2nd 'shipping damage' case in 30 days"],
        ),
        // Later cases (d, e) never count for an earlier one.
        (
            11,
            3,
            60,
            "Packaging ",
            "boxes",
            &["3rd 'packaging' case in 60 days"],
        ),
        (11, 5, 60, "packaging", "mug packed in a single box", &[]),
    ];
    for (at, count, days, category, cause, want) in table {
        let got: Vec<String> = alarms(
            "new",
            day(*at),
            &diagnosis(category, cause),
            &history,
            &rules(*count, *days),
        )
        .iter()
        .map(|a| {
            a.headline()
                .split(';')
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
        assert_eq!(got, *want, "day {at}, {category}/{cause}");
    }
}

#[test]
fn the_alarm_names_the_fix_that_did_not_hold() {
    let mut history: Vec<Precedent> = (0..5)
        .map(|i| {
            precedent(
                &format!("c{i}"),
                day(i * 4),
                "packaging",
                "mugs packed in a single box",
            )
        })
        .collect();
    let d = diagnosis("packaging", "mugs packed in single boxes");
    let headline = |h: &[Precedent]| alarms("new", day(25), &d, h, &rules(3, 30))[0].headline();
    assert_eq!(
        headline(&history),
        "6th case of the root cause 'mugs packed in single boxes' in 30 days; fix 'fix of c4', owned by Sam, is still open"
    );
    history[2].status = ActionStatus::Done;
    history[2].done_at = Some(datetime!(2026-11-12 16:00 UTC));
    assert_eq!(
        headline(&history),
        "6th case of the root cause 'mugs packed in single boxes' in 30 days; fix 'fix of c2', owned by Sam, done 12 Nov — it has not held"
    );
    let all = alarms("new", day(25), &d, &history, &rules(3, 30));
    assert_eq!(
        all.len(),
        1,
        "the category lists no case the root cause did not"
    );
    let a = &all[0];
    let lines = a.lines();
    assert_eq!(lines.len(), 6, "the headline and the five earlier cases");
    assert!(
        lines[3].contains("c2 (9 Nov): fix 'fix of c2' by Sam, done"),
        "{lines:?}"
    );
    // The case itself, already in the store, is not counted twice.
    history.push(precedent(
        "new",
        day(25),
        "packaging",
        "mugs packed in single boxes",
    ));
    assert_eq!(
        alarms("new", day(25), &d, &history, &rules(3, 30))[0].nth,
        6
    );
}

#[test]
fn ordinals() {
    let table = [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (111, "111th"),
    ];
    for (n, want) in table {
        assert_eq!(ordinal(n), want);
    }
}

fn update(status: ActionStatus, note: &str) -> EventKind {
    EventKind::ActionUpdated {
        status,
        note: note.into(),
        due: None,
    }
}

#[test]
fn an_action_follows_its_fix_and_a_new_fix_starts_again() {
    use ActionStatus::*;
    let fix = |f: &str| diagnosed("packaging", "single box", f, "Sam");
    let c = case(
        "a",
        T0,
        "g",
        Some(1),
        vec![
            (1, fix("double-box mugs")),
            (2, update(Done, "new boxes")),
            (3, fix("Double-box  MUGS")),
        ],
    );
    let a = action_of(&c).unwrap();
    assert_eq!(
        (a.status, a.note.as_str()),
        (Done, "new boxes"),
        "same fix, other spelling"
    );
    assert_eq!(a.opened_at, T0 + Duration::hours(1));
    assert_eq!(
        a.due,
        a.opened_at + Duration::days(14),
        "playbook default action_days"
    );
    assert_eq!(a.done_at, Some(T0 + Duration::hours(2)));
    let c = case(
        "a",
        T0,
        "g",
        Some(1),
        vec![
            (1, fix("double-box mugs")),
            (2, update(Done, "")),
            (3, fix("bubble wrap")),
        ],
    );
    let a = action_of(&c).unwrap();
    assert_eq!(
        (a.status, a.fix.as_str(), a.done_at),
        (Open, "bubble wrap", None)
    );
    assert!(action_of(&case("b", T0, "g", Some(1), vec![])).is_none());
}

/// One fix open, done and dropped, a quiet history and one where the
/// cause came back, and two moments: five days and a month after the fix.
struct Moves {
    open: crate::domain::action::Action,
    done: crate::domain::action::Action,
    dropped: crate::domain::action::Action,
    quiet: Vec<Precedent>,
    recurred: Vec<Precedent>,
    soon: OffsetDateTime,
    later: OffsetDateTime,
}

fn moves() -> Moves {
    use ActionStatus::*;
    let done_at = T0 + Duration::hours(2);
    let base = case(
        "a",
        T0,
        "g",
        Some(1),
        vec![(
            1,
            diagnosed("packaging", "mugs in a single box", "double-box", "Sam"),
        )],
    );
    let with = |events: Vec<(i64, EventKind)>| {
        let mut all = vec![(
            1,
            diagnosed("packaging", "mugs in a single box", "double-box", "Sam"),
        )];
        all.extend(events);
        action_of(&case("a", T0, "g", Some(1), all)).unwrap()
    };
    let open = action_of(&base).unwrap();
    let done = with(vec![(2, update(Done, ""))]);
    let dropped = with(vec![(2, update(Dropped, "no longer sold"))]);
    let me = Precedent::of(&base).unwrap();
    let again = precedent(
        "b",
        done_at + Duration::days(3),
        "packaging",
        "mug in single box",
    );
    let other = precedent("c", done_at + Duration::days(3), "delay", "late courier");
    Moves {
        open,
        done,
        dropped,
        quiet: vec![me.clone(), other.clone()],
        recurred: vec![me, other, again],
        soon: done_at + Duration::days(5),
        later: done_at + Duration::days(31),
    }
}

#[test]
fn moves_between_statuses_are_checked() {
    use ActionStatus::*;
    let r = rules(3, 30);
    let m = moves();
    // (action, to, note, history, now, refusal contains or "" when allowed)
    type Row<'a> = (
        &'a crate::domain::action::Action,
        ActionStatus,
        &'a str,
        &'a Vec<Precedent>,
        OffsetDateTime,
        &'a str,
    );
    let table: Vec<Row> = vec![
        (&m.open, Done, "", &m.quiet, m.soon, ""),
        (
            &m.open,
            Verified,
            "checked",
            &m.quiet,
            m.soon,
            "only a done fix can be verified",
        ),
        (&m.open, Open, "", &m.quiet, m.soon, "already open"),
        (&m.done, Done, "", &m.quiet, m.soon, "already done"),
        (
            &m.done,
            Verified,
            "",
            &m.quiet,
            m.soon,
            "quiet for 5 of the 30 days",
        ),
        (
            &m.done,
            Verified,
            "watched 20 parcels go out",
            &m.quiet,
            m.soon,
            "",
        ),
        (&m.done, Verified, "", &m.quiet, m.later, ""),
        (
            &m.done,
            Verified,
            "trust me",
            &m.recurred,
            m.later,
            "came back after the fix was done (case b on 2026-11-26)",
        ),
        (&m.done, Dropped, "", &m.quiet, m.soon, "say why"),
        (&m.done, Open, "", &m.recurred, m.soon, ""),
        (&m.dropped, Done, "", &m.quiet, m.soon, "reopen it first"),
        (&m.dropped, Open, "", &m.quiet, m.soon, ""),
    ];
    for (action, to, note, history, now, want) in table {
        let got = refusal(action, to, note, false, history, &r, now)
            .map(|r| r.to_string())
            .unwrap_or_default();
        if want.is_empty() {
            assert_eq!(got, "", "{:?} → {to:?}", action.status);
        } else {
            assert!(got.contains(want), "{:?} → {to:?}: {got}", action.status);
        }
    }
    assert!(m.done.held(&m.quiet, &r, m.later));
    assert!(!m.done.held(&m.recurred, &r, m.later));
    assert!(!m.done.held(&m.quiet, &r, m.soon));
    assert!(m.open.overdue(m.open.due + Duration::seconds(1)) && !m.done.overdue(m.later));
}
