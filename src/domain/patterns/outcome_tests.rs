//! Tables for the report's outcome parts: follow-ups, coach findings,
//! check-ins and the process fixes.

use time::Duration;

use super::tests::{case, diagnosed, follow_up, sent};
use super::*;
use crate::domain::debrief::DebriefField;
use crate::domain::test_support::T0;
use crate::domain::{Drafts, EventKind};

#[test]
fn follow_up_outcomes_give_the_recovery_rate() {
    use FollowUpOutcome::*;
    let cases = vec![
        case(
            "a",
            T0,
            "g",
            Some(1),
            vec![(1, sent()), (50, follow_up(Resolved))],
        ),
        case(
            "b",
            T0,
            "g",
            Some(1),
            vec![
                (1, sent()),
                (50, follow_up(NoAnswer)),
                (90, follow_up(ReviewUpdated)),
            ],
        ),
        case(
            "c",
            T0,
            "g",
            Some(1),
            vec![(1, sent()), (50, follow_up(NoAnswer))],
        ),
        case("d", T0, "g", Some(1), vec![(1, sent())]),
        case("e", T0, "g", Some(1), vec![]),
    ];
    let f = report(&cases, &Scope::default(), T0).follow_up;
    assert_eq!((f.sent, f.followed_up), (4, 3));
    assert_eq!(f.resolved, vec!["a"]);
    assert_eq!(f.review_updated, vec!["b"], "the latest outcome counts");
    assert_eq!(f.no_answer, vec!["c"]);
    assert_eq!(f.awaiting, vec!["d"]);
    assert_eq!(f.recovery_rate, Some(0.667));
    let none = report(&cases[4..], &Scope::default(), T0).follow_up;
    assert_eq!(none.recovery_rate, None, "no follow-up yet is not 0 %");
}

#[test]
fn coach_findings_count_cases_not_people() {
    let drafts = |public: &str| EventKind::DraftEdited {
        drafts: Drafts {
            public: public.into(),
            private: "Choose a refund or a replacement.".into(),
        },
    };
    let cases = vec![
        case(
            "a",
            T0,
            "g",
            Some(1),
            vec![(1, drafts("Not our fault: the courier broke it!!"))],
        ),
        case(
            "b",
            T0,
            "g",
            Some(1),
            vec![(1, drafts("It is not our fault, but sorry."))],
        ),
        case("c", T0, "g", Some(1), vec![]),
    ];
    let r = report(&cases, &Scope::default(), T0);
    let defensive = r
        .coach
        .iter()
        .find(|g| g.key == "defensive")
        .expect("defensive");
    assert_eq!(defensive.case_ids, vec!["a", "b"]);
    assert!(
        r.coach
            .iter()
            .all(|g| !g.case_ids.contains(&"c".to_string()))
    );
    assert!(r.coach.windows(2).all(|w| w[0].count >= w[1].count));
}

#[test]
fn check_ins_before_and_after() {
    let levels = |first: u8, after: Option<u8>| {
        let mut v = vec![(0, EventKind::CheckedIn { level: first })];
        if let Some(a) = after {
            v.push((5, EventKind::DebriefCheckedIn { level: a }));
            v.push((
                5,
                EventKind::DebriefNoted {
                    field: DebriefField::Escalation,
                    text: "x".into(),
                },
            ));
        }
        v
    };
    let cases = vec![
        case("a", T0, "g", Some(1), levels(4, Some(2))),
        case("b", T0, "g", Some(1), levels(2, Some(2))),
        case("c", T0, "g", Some(1), levels(1, Some(3))),
        case("d", T0, "g", Some(1), levels(5, None)),
    ];
    let c = report(&cases, &Scope::default(), T0).check_in;
    assert_eq!(c.pairs, 3);
    assert_eq!((c.before_mean, c.after_mean), (Some(2.33), Some(2.33)));
    assert_eq!(
        (c.calmer, c.same, c.more_upset),
        (
            vec!["a".to_string()],
            vec!["b".to_string()],
            vec!["c".to_string()]
        )
    );
    // Upset from 3: 60, 15, 15, 60 minutes (the playbook's calm 10 raised to
    // the 15-minute floor every one-star review gets).
    assert_eq!(c.cooldown_minutes_by_month.get("2026-11"), Some(&37.5));
}

#[test]
fn actions_by_status() {
    use crate::domain::action::ActionStatus::*;
    let update = |status| EventKind::ActionUpdated {
        status,
        note: "n".into(),
        due: None,
    };
    let fix = || diagnosed("delay", "late courier", "switch courier", "Sam");
    let cases = vec![
        case("a", T0, "g", Some(1), vec![(1, fix())]),
        case("b", T0, "g", Some(1), vec![(1, fix()), (2, update(Done))]),
        case(
            "c",
            T0,
            "g",
            Some(1),
            vec![(1, fix()), (2, update(Done)), (3, update(Verified))],
        ),
        case(
            "d",
            T0,
            "g",
            Some(1),
            vec![(1, fix()), (2, update(Dropped))],
        ),
        case("e", T0, "g", Some(1), vec![]),
    ];
    let a = report(&cases, &Scope::default(), T0 + Duration::days(30)).actions;
    assert_eq!(
        (a.open, a.done),
        (vec!["a".to_string()], vec!["b".to_string()])
    );
    assert_eq!(
        (a.verified, a.dropped),
        (vec!["c".to_string()], vec!["d".to_string()])
    );
    assert_eq!(a.overdue, vec!["a"], "14 days by default");
}
