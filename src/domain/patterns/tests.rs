//! Tables for the patterns report: grouping, trends, response times,
//! follow-up outcomes, coach findings and check-ins.

use time::{Duration, OffsetDateTime, macros::datetime};

use super::*;
use crate::domain::test_support::{self, T0};
use crate::domain::{Diagnosis, Event, EventKind, Review};

/// A case `id` reviewed at `at` on `platform` with `stars`, then `events`
/// (each an offset in hours from the review and a kind).
pub(crate) fn case(
    id: &str,
    at: OffsetDateTime,
    platform: &str,
    stars: Option<u8>,
    events: Vec<(i64, EventKind)>,
) -> Case {
    let playbook = test_support::playbook(
        "[gates]\ncooldown_minutes = 10\nupset_cooldown_minutes = 60\nresponse_deadline_hours = 24",
        &["check-in", "compose", "diagnosis"],
    );
    let review = Review {
        customer: format!("customer {id}"),
        platform: platform.into(),
        rating: stars,
        title: None,
        text: "The mug arrived broken and nobody answered my email.".into(),
        received_at: at,
        platform_id: None,
        url: None,
        existing_reply: None,
    };
    let events = events
        .into_iter()
        .map(|(h, kind)| Event::new(at.max(T0) + Duration::hours(h), "ann", kind));
    test_support::fold(id, review, &playbook, events)
}

pub(crate) fn diagnosed(category: &str, cause: &str, fix: &str, owner: &str) -> EventKind {
    EventKind::DiagnosisLogged {
        diagnosis: Diagnosis {
            category: category.into(),
            what_happened: "it went wrong".into(),
            whys: vec!["first why".into(), cause.into()],
            process_fix: fix.into(),
            owner: owner.into(),
            customer_told: Some(true),
        },
    }
}

pub(crate) fn sent() -> EventKind {
    EventKind::Sent {
        channel: "file".into(),
        drafts_sha256: "x".into(),
    }
}

pub(crate) fn follow_up(outcome: FollowUpOutcome) -> EventKind {
    EventKind::FollowUpDone {
        outcome,
        note: String::new(),
    }
}

const NOV: OffsetDateTime = datetime!(2026-11-02 10:00 UTC);

fn day(n: i64) -> OffsetDateTime {
    NOV + Duration::days(n)
}

/// Five cases: the same root cause worded three ways under two categories,
/// one other cause, and one case not diagnosed.
fn five_wordings() -> Vec<Case> {
    vec![
        case(
            "a",
            day(0),
            "google",
            Some(1),
            vec![(
                1,
                diagnosed(
                    "Shipping damage",
                    "Mugs are packed in a single box",
                    "double-box mugs",
                    "Sam",
                ),
            )],
        ),
        case(
            "b",
            day(3),
            "google",
            Some(2),
            vec![(
                1,
                diagnosed(
                    "shipping  damage",
                    "mug packed in one box",
                    "double-box mugs",
                    "Sam",
                ),
            )],
        ),
        case(
            "c",
            day(5),
            "etsy",
            Some(1),
            vec![(
                1,
                diagnosed(
                    "delay",
                    "Courier left the parcel in the rain",
                    "use the covered drop",
                    "Ann",
                ),
            )],
        ),
        case(
            "d",
            day(6),
            "etsy",
            Some(1),
            vec![(
                1,
                diagnosed(
                    "product quality",
                    "single box for mugs",
                    "bubble wrap",
                    "Bo",
                ),
            )],
        ),
        case("e", day(7), "etsy", Some(3), vec![]),
    ]
}

#[test]
fn categories_and_causes_group_across_wordings() {
    let cases = five_wordings();
    let r = report(&cases, &Scope::default(), day(10));
    assert_eq!((r.cases, r.diagnosed), (5, 4));
    let cats: Vec<(&str, usize, Vec<&str>)> = r
        .categories
        .iter()
        .map(|g| {
            (
                g.key.as_str(),
                g.count,
                g.case_ids.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        cats,
        vec![
            ("shipping damage", 2, vec!["a", "b"]),
            ("delay", 1, vec!["c"]),
            ("product quality", 1, vec!["d"]),
        ]
    );
    let top = &r.root_causes[0];
    assert_eq!(top.count, 3);
    assert_eq!(top.case_ids, vec!["a", "b", "d"]);
    assert_eq!(top.cause, "Mugs are packed in a single box");
    assert_eq!(top.wordings.len(), 3);
    assert_eq!(top.categories, vec!["shipping damage", "product quality"]);
    assert_eq!(
        (top.first.as_str(), top.last.as_str()),
        ("2026-11-02", "2026-11-08")
    );
    assert_eq!(top.fixes[0].owner, "Sam");
    assert_eq!(r.root_causes[1].case_ids, vec!["c"]);
}

#[test]
fn scope_filters_by_date_and_platform() {
    let cases = vec![
        case("a", day(0), "Google", Some(1), vec![]),
        case("b", day(20), "google", Some(1), vec![]),
        case("c", day(40), "etsy", Some(1), vec![]),
    ];
    let nov20 = time::macros::date!(2026 - 11 - 20);
    let table: &[(Scope, &[&str])] = &[
        (Scope::default(), &["a", "b", "c"]),
        (
            Scope {
                since: Some(nov20),
                platform: None,
            },
            &["b", "c"],
        ),
        (
            Scope {
                since: None,
                platform: Some(" GOOGLE".into()),
            },
            &["a", "b"],
        ),
        (
            Scope {
                since: Some(nov20),
                platform: Some("google".into()),
            },
            &["b"],
        ),
    ];
    for (scope, want) in table {
        let r = report(&cases, scope, day(50));
        let got: Vec<String> = r.months.iter().flat_map(|m| m.case_ids.clone()).collect();
        assert_eq!(got, *want, "{scope:?}");
    }
}

#[test]
fn months_platforms_and_stars_trend_without_gaps() {
    let cases = vec![
        case(
            "a",
            datetime!(2026-09-03 10:00 UTC),
            "google",
            Some(1),
            vec![(1, diagnosed("delay", "late courier", "f", "o"))],
        ),
        case(
            "b",
            datetime!(2026-11-03 10:00 UTC),
            "etsy",
            Some(2),
            vec![],
        ),
        case(
            "c",
            datetime!(2026-11-30 23:00 UTC),
            "google",
            None,
            vec![(1, diagnosed("Delay", "late courier", "f", "o"))],
        ),
    ];
    let r = report(&cases, &Scope::default(), day(40));
    let months: Vec<(&str, usize, usize)> = r
        .months
        .iter()
        .map(|m| (m.month.as_str(), m.cases, m.diagnosed))
        .collect();
    assert_eq!(
        months,
        vec![("2026-09", 1, 1), ("2026-10", 0, 0), ("2026-11", 2, 1)]
    );
    assert_eq!(r.months[2].categories.get("delay"), Some(&1));
    // Weeks start on Mondays: 31 Aug … 30 Nov, 14 of them, no gaps.
    assert_eq!(
        r.weeks.first().map(|w| w.start.as_str()),
        Some("2026-08-31")
    );
    assert_eq!(r.weeks.len(), 14);
    let per_week: Vec<usize> = r.weeks.iter().map(|w| w.cases).collect();
    assert_eq!(per_week.iter().sum::<usize>(), 3);
    assert_eq!((per_week[0], per_week[9], per_week[13]), (1, 1, 1));
    assert_eq!(r.root_causes[0].per_week.len(), 14);
    assert_eq!(
        (r.root_causes[0].per_week[0], r.root_causes[0].per_week[13]),
        (1, 1)
    );
    let platforms: Vec<(&str, usize)> = r
        .platforms
        .iter()
        .map(|g| (g.key.as_str(), g.count))
        .collect();
    assert_eq!(platforms, vec![("google", 2), ("etsy", 1)]);
    let stars: Vec<(Option<u8>, usize)> = r.stars.iter().map(|s| (s.stars, s.count)).collect();
    assert_eq!(stars, vec![(Some(1), 1), (Some(2), 1), (None, 1)]);
}

#[test]
fn response_time_against_the_deadline() {
    // (hours from review to sending or None, …); deadline 24 h.
    type Row<'a> = (
        &'a [Option<i64>],
        Option<f64>,
        Option<f64>,
        Option<f64>,
        usize,
        usize,
    );
    let table: &[Row] = &[
        // sent hours, median, within 24, within 48, late, overdue (now = +100 h)
        (&[], None, None, None, 0, 0),
        (
            &[Some(2), Some(10), Some(30), Some(60)],
            Some(20.0),
            Some(0.5),
            Some(0.75),
            2,
            0,
        ),
        (&[Some(5), None], Some(5.0), Some(1.0), Some(1.0), 0, 1),
        (
            &[Some(24), Some(25), Some(47)],
            Some(25.0),
            Some(0.333),
            Some(1.0),
            2,
            0,
        ),
    ];
    for (hours, median, w24, w48, late, overdue) in table {
        let cases: Vec<Case> = hours
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let events = h.map(|h| vec![(h, sent())]).unwrap_or_default();
                case(&format!("c{i}"), T0, "google", Some(1), events)
            })
            .collect();
        let r = report(&cases, &Scope::default(), T0 + Duration::hours(100));
        let got = &r.response;
        assert_eq!(got.median_hours, *median, "{hours:?}");
        assert_eq!((got.within_24h, got.within_48h), (*w24, *w48), "{hours:?}");
        assert_eq!(got.late_case_ids.len(), *late, "{hours:?}");
        assert_eq!(got.overdue_case_ids.len(), *overdue, "{hours:?}");
    }
}

#[test]
fn medians_and_shares() {
    let table: &[(&[f64], Option<f64>)] = &[
        (&[], None),
        (&[3.0], Some(3.0)),
        (&[5.0, 1.0], Some(3.0)),
        (&[9.0, 1.0, 4.0], Some(4.0)),
    ];
    for (v, want) in table {
        assert_eq!(median(v), *want, "{v:?}");
    }
    assert_eq!(share(1, 3), Some(0.333));
    assert_eq!(share(0, 0), None);
}

#[test]
fn the_json_contract_keeps_its_keys() {
    let cases = vec![case(
        "a",
        T0,
        "g",
        Some(1),
        vec![(1, diagnosed("delay", "late courier", "f", "o"))],
    )];
    let v = serde_json::to_value(report(&cases, &Scope::default(), T0)).unwrap();
    for key in [
        "format",
        "generated_at",
        "since",
        "platform",
        "cases",
        "diagnosed",
        "categories",
        "root_causes",
        "months",
        "platforms",
        "stars",
        "response",
        "follow_up",
        "coach",
        "check_in",
        "actions",
        "weeks",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["root_causes"][0]["case_ids"][0], "a");
    assert_eq!(v["categories"][0]["key"], "delay");
    assert_eq!(v["response"]["within_24h"], serde_json::Value::Null);
}

#[test]
fn the_playbook_patterns_table_has_defaults_and_is_checked() {
    let parse = |table: &str| {
        let text = format!(
            "id = \"t\"\nname = \"T\"\n[gates]\ncooldown_minutes = 1\nupset_cooldown_minutes = 2\n{table}\n\
             [[steps]]\nid = \"d\"\nkind = \"diagnosis\"\ntitle = \"D\"\nwhy = \"w\"\n"
        );
        crate::domain::Playbook::parse(&text, "t.toml")
    };
    assert_eq!(parse("").unwrap().patterns, PatternRules::default());
    let p = parse("[patterns]\nalarm_count = 6\nalarm_days = 60").unwrap();
    assert_eq!(
        (
            p.patterns.alarm_count,
            p.patterns.alarm_days,
            p.patterns.action_days
        ),
        (6, 60, 14)
    );
    // (table, error contains)
    let table = [
        ("[patterns]\nalarm_count = 1", "at least 2"),
        ("[patterns]\nalarm_days = 0", "at least 1"),
        ("[patterns]\nalarm_cnt = 3", "unknown field `alarm_cnt`"),
    ];
    for (t, says) in table {
        let err = parse(t).unwrap_err();
        assert!(err.problem.to_string().contains(says), "{t}: {err}");
    }
    // A default table is not written into a case's copy of the playbook.
    let json = serde_json::to_value(parse("").unwrap()).unwrap();
    assert!(json.get("patterns").is_none());
    let json = serde_json::to_value(p).unwrap();
    assert_eq!(json["patterns"]["alarm_count"], 6);
}
