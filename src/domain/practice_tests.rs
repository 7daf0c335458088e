//! Practice rules, table-driven: a practice case is never sent, its
//! cool-down is short, and it is marked (kept out of real work) everywhere
//! the domain decides what is real. Plus the scorecard, as text.

use time::Duration;

use super::decide::{Actor, Refusal, decide};
use super::draft::Drafts;
use super::event::{Event, EventKind};
use super::gate::{cooldown, cooldown_length};
use super::practice::{COOLDOWN_MINUTES, Scenario, scorecard};
use super::test_support::{T0, fold, playbook, review_with};
use super::{Case, inbox};
use crate::present::practice::scorecard_lines;

const SCENARIO: &str = r#"
name = "late-mug"
title = "A mug that came late"
trade = "online shop"
difficulty = "easy"
platform = "google"
stars = 1
customer = "Mara"
review = "The mug came two weeks late and nobody answered my emails."
must = ["apologise"]
traps = ["blame the courier"]
[exemplar]
public = "Mara, thank you for telling us, and I'm so sorry your mug came two weeks late and your emails went unanswered; I understand how frustrating that is. I've sent you a private message."
private = "Hi Mara,\n\nI'm sorry about the late mug. Please choose:\n\n1. a full refund;\n2. a replacement mug sent by express post.\n\nReply and I'll arrange it today."
"#;

/// Events after `created`: (minutes after T0, who, what).
type Walk<'a> = Vec<(i64, &'a str, EventKind)>;

fn practice_case(practice: bool, events: Walk) -> Case {
    let pb = playbook(
        "[gates]\ncooldown_minutes = 15\nupset_cooldown_minutes = 60\nupset_from = 3\npeer_review = true",
        &["check-in", "compose"],
    );
    let mut all = Vec::new();
    if practice {
        all.push(Event::new(
            T0,
            "ann",
            EventKind::PracticeStarted {
                scenario: "late-mug".into(),
            },
        ));
    }
    all.extend(
        events
            .into_iter()
            .map(|(m, by, k)| Event::new(T0 + Duration::minutes(m), by, k)),
    );
    let review = review_with(
        Some(1),
        "The mug came two weeks late and nobody answered my emails.",
    );
    fold("c1", review, &pb, all)
}

fn drafts(public: &str) -> Drafts {
    Drafts::new(public, "1. a refund; 2. a replacement. Reply by Friday.")
}

#[test]
fn practice_decisions_table() {
    let ann = Actor {
        name: "ann",
        device: None,
    };
    let d = drafts("Sorry.");
    let sending = EventKind::Sending {
        channel: "file".into(),
        drafts_sha256: d.sha256(),
    };
    let sent = EventKind::Sent {
        channel: "file".into(),
        drafts_sha256: d.sha256(),
    };
    let edit = EventKind::DraftEdited { drafts: d.clone() };
    // (practice?, event, refused as practice?)
    let rows: Vec<(bool, EventKind, bool)> = vec![
        (true, sending.clone(), true),
        (true, sent.clone(), true),
        (true, edit.clone(), false),
        (true, EventKind::CheckedIn { level: 5 }, false),
        (false, sending, false),
        (false, sent, false),
        (false, edit, false),
    ];
    for (practice, kind, refused) in rows {
        let case = practice_case(practice, vec![(0, "ann", EventKind::Opened)]);
        let name = kind.name();
        let got = decide(&case, ann, kind, T0 + Duration::days(2));
        let as_practice = matches!(got, Err(Refusal::Practice(..)));
        assert_eq!(as_practice, refused, "practice={practice} {name}: {got:?}");
        if let Err(r @ Refusal::Practice(..)) = &got {
            assert!(
                r.to_string().contains("a practice case is never sent"),
                "{r}"
            );
        }
    }
}

#[test]
fn a_case_becomes_practice_only_when_it_is_created_table() {
    let start = |m: i64| {
        (
            m,
            "ann",
            EventKind::PracticeStarted {
                scenario: "late-mug".into(),
            },
        )
    };
    // (events after `created`, practice?)
    let rows: Vec<(Walk, bool)> = vec![
        (vec![start(0)], true),
        (vec![start(5)], false),
        (vec![(0, "ann", EventKind::Opened), start(0)], false),
        (
            vec![(3, "ann", EventKind::CheckedIn { level: 2 }), start(0)],
            false,
        ),
    ];
    for (events, practice) in rows {
        let case = practice_case(false, events);
        assert_eq!(case.practice.is_some(), practice, "{:?}", case.ignored);
        assert_eq!(case.ignored.is_empty(), practice, "{:?}", case.ignored);
    }
    // Nor can the app record it on an existing case.
    let real = practice_case(false, vec![]);
    let ann = Actor {
        name: "ann",
        device: None,
    };
    let got = decide(&real, ann, start(0).2, T0 + Duration::minutes(1));
    assert_eq!(got, Err(Refusal::PracticeAfterCreation));
}

#[test]
fn practice_cooldown_is_short_whatever_the_check_in_table() {
    // (practice?, check-in, minutes)
    let rows = [
        (true, None, COOLDOWN_MINUTES),
        (true, Some(1), COOLDOWN_MINUTES),
        (true, Some(5), COOLDOWN_MINUTES),
        (false, Some(1), 15),
        (false, Some(5), 60),
        (false, None, 60),
    ];
    for (practice, level, minutes) in rows {
        let mut events = vec![(0, "ann", EventKind::Opened)];
        if let Some(level) = level {
            events.push((0, "ann", EventKind::CheckedIn { level }));
        }
        let case = practice_case(practice, events);
        assert_eq!(
            cooldown_length(&case),
            Duration::minutes(minutes),
            "practice={practice} level={level:?}"
        );
        let open = cooldown(&case, T0 + Duration::minutes(minutes)).open;
        assert!(open, "practice={practice} level={level:?}");
    }
}

#[test]
fn practice_is_marked_and_kept_out_of_real_work_table() {
    let now = T0 + Duration::days(3);
    let d = drafts("Sorry.");
    for practice in [true, false] {
        let diagnosis = super::Diagnosis {
            category: "packing".into(),
            what_happened: "broke".into(),
            whys: vec!["no standard for mugs".into()],
            process_fix: "double-box mugs".into(),
            owner: "Sam".into(),
            customer_told: Some(true),
        };
        let case = practice_case(
            practice,
            vec![
                (0, "ann", EventKind::DraftEdited { drafts: d.clone() }),
                (1, "ann", EventKind::DiagnosisLogged { diagnosis }),
            ],
        );
        assert_eq!(case.practice.is_some(), practice);
        let rows = [
            (
                "open filter",
                inbox::Filter::Open.matches(&case, "ben", now),
                !practice,
            ),
            (
                "practice filter",
                inbox::Filter::Practice.matches(&case, "ben", now),
                practice,
            ),
            (
                "all filter",
                inbox::Filter::All.matches(&case, "ben", now),
                true,
            ),
            ("waits for review", inbox::review_pending(&case), !practice),
            ("overdue", super::deadline::overdue(&case, now), !practice),
            (
                "left label says practice",
                crate::present::time::left_label(&case, now) == "practice",
                practice,
            ),
            (
                "in the patterns",
                super::patterns::Scope::default().includes(&case),
                !practice,
            ),
            (
                "a recurring-cause precedent",
                super::alarm::Precedent::of(&case).is_some(),
                !practice,
            ),
            (
                "a process fix on the to-do list",
                super::action::action_of(&case).is_some(),
                !practice,
            ),
        ];
        for (what, got, want) in rows {
            assert_eq!(got, want, "practice={practice}: {what}");
        }
    }
}

#[test]
fn a_scenario_with_bad_stars_or_an_empty_exemplar_is_refused_with_the_field() {
    let rows = [
        (SCENARIO.replace("stars = 1", "stars = 7"), "stars"),
        (
            SCENARIO.replace("name = \"late-mug\"", "name = \" \""),
            "`name`",
        ),
        (
            SCENARIO.replace("trade = ", "colour = \"red\"\ntrade = "),
            "colour",
        ),
    ];
    for (text, needle) in rows {
        let err = Scenario::parse(&text).unwrap_err().to_string();
        assert!(err.contains(needle), "{needle}: {err}");
    }
    assert!(Scenario::parse(SCENARIO).is_ok());
}

#[test]
fn scorecard_of_a_draft_without_apology_points_at_the_exemplar() {
    let scenario = Scenario::parse(SCENARIO).unwrap();
    let weak = Drafts::new(
        "The courier was slow, not us. Email us.",
        "You can have a refund.",
    );
    let case = practice_case(
        true,
        vec![
            (0, "ann", EventKind::Opened),
            (1, "ann", EventKind::CheckedIn { level: 2 }),
            (7, "ann", EventKind::DraftEdited { drafts: weak }),
        ],
    );
    let card = scorecard(&case, &scenario);
    assert_eq!((card.steps_done, card.steps_total), (1, 2));
    assert_eq!(card.minutes_taken, 7);
    assert!(
        card.exemplar_did
            .iter()
            .any(|l| l.to_string().starts_with("no-apology"))
    );
    assert!(card.score < 50, "{}", card.score);
    insta::assert_snapshot!(scorecard_lines(&card).join("\n"));

    // The exemplar itself, as the drafts, scores full marks on the coach.
    let good = practice_case(
        true,
        vec![
            (0, "ann", EventKind::Opened),
            (1, "ann", EventKind::CheckedIn { level: 2 }),
            (
                7,
                "ann",
                EventKind::DraftEdited {
                    drafts: scenario.exemplar_drafts(),
                },
            ),
        ],
    );
    let card = scorecard(&good, &scenario);
    assert!(card.exemplar_did.is_empty(), "{:?}", card.exemplar_did);
    assert_eq!(card.score, 100, "{:?}", card.findings);
}
