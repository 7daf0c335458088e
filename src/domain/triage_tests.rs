//! Triage rules, table-driven: which steps each road requires, what the
//! coach asks for, that no road lowers the floors, and who may close a case
//! without a reply.

use time::Duration;

use super::*;
use crate::domain::coach::Category;
use crate::domain::decide::{Actor, Refusal, decide};
use crate::domain::draft::Drafts;
use crate::domain::gate::{GateId, can_send};
use crate::domain::test_support::{T0, fold, playbook, review_with};

const STEPS: [&str; 8] = [
    "check-in",
    "breathe",
    "read",
    "empathise",
    "apologise",
    "choices",
    "compose",
    "diagnosis",
];

/// Events after `created`: (minutes after T0, who, what).
type Walk<'a> = Vec<(i64, &'a str, EventKind)>;

fn case_with(rating: u8, events: Walk) -> Case {
    let pb = playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\nupset_from = 5\npeer_review = false",
        &["check-in", "read", "compose"],
    );
    let review = review_with(
        Some(rating),
        "The cake was dry and the staff ignored us for an hour.",
    );
    let all = events
        .into_iter()
        .map(|(m, by, k)| Event::new(T0 + Duration::minutes(m), by, k));
    fold("c1", review, &pb, all)
}

fn read_through() -> Walk<'static> {
    vec![
        (0, "ann", EventKind::Opened),
        (1, "ann", EventKind::CheckedIn { level: 2 }),
        (2, "ann", EventKind::ReadThrough),
        (3, "ann", EventKind::ReadThrough),
    ]
}

fn with(mut walk: Walk<'static>, more: Walk<'static>) -> Walk<'static> {
    walk.extend(more);
    walk
}

fn actor(name: &str) -> Actor<'_> {
    Actor { name, device: None }
}

#[test]
fn each_road_requires_its_steps_table() {
    use StepKind::*;
    // (road, steps it leaves out)
    let table: [(Road, &[StepKind]); 4] = [
        (Road::Resolve, &[]),
        (Road::ListenOnly, &[Choices]),
        (Road::PoliteNo, &[Choices]),
        (
            Road::DontEngage,
            &[Empathise, Apologise, Choices, Compose, Diagnosis],
        ),
    ];
    let all = [
        CheckIn, Breathe, Read, Triage, Empathise, Apologise, Choices, Compose, Diagnosis,
    ];
    for (road, left_out) in table {
        for kind in all {
            assert_eq!(
                road.needs(kind),
                !left_out.contains(&kind),
                "{road:?} {kind:?}"
            );
        }
        assert_eq!(road.replies(), road != Road::DontEngage);
        assert_eq!(Road::parse(road.key()), Some(road));
    }
    assert_eq!(Road::parse("don't engage"), Some(Road::DontEngage));
    assert_eq!(Road::parse("Listen only"), Some(Road::ListenOnly));
    assert_eq!(Road::parse("ignore"), None);
}

#[test]
fn triage_is_added_after_reading_only_where_replies_answer_complaints() {
    let gates = "[gates]\ncooldown_minutes = 60\nupset_cooldown_minutes = 60";
    let complaint = with_triage(playbook(gates, &STEPS));
    let kinds: Vec<StepKind> = complaint.steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds[2..4], [StepKind::Read, StepKind::Triage]);
    assert_eq!(kinds.iter().filter(|k| **k == StepKind::Triage).count(), 1);
    // Added once: a playbook folded again keeps one triage step.
    assert_eq!(with_triage(complaint.clone()), complaint);
    let thanks = playbook(&format!("{gates}\n[coach]\nkind = \"positive\""), &STEPS);
    assert_eq!(with_triage(thanks.clone()), thanks);
    let no_read = playbook(gates, &["check-in", "compose"]);
    assert_eq!(with_triage(no_read.clone()), no_read);
}

#[test]
fn the_road_sets_the_pending_steps_and_the_walk_table() {
    // (road, pending step titles after reading and triage)
    let table: [(Option<Road>, &[&str]); 5] = [
        (None, &["Compose"]),
        (Some(Road::Resolve), &["Compose"]),
        (Some(Road::ListenOnly), &["Compose"]),
        (Some(Road::PoliteNo), &["Compose"]),
        (Some(Road::DontEngage), &[]),
    ];
    for (road, pending) in table {
        let more = road
            .map(|road| vec![(4, "ann", EventKind::Triaged { road })])
            .unwrap_or_default();
        let case = case_with(1, with(read_through(), more));
        let titles: Vec<&str> = case
            .pending_steps()
            .iter()
            .map(|s| s.title.as_str())
            .collect();
        assert_eq!(titles, pending, "{road:?}");
        let current = case.playbook.steps[case.current_step_index()].kind;
        let expected = match road {
            None => StepKind::Triage,
            Some(Road::DontEngage) => StepKind::Triage,
            Some(_) => StepKind::Compose,
        };
        assert_eq!(current, expected, "{road:?}");
        // What the inbox names as next: where the walk opens, triage
        // included, and nothing once the road's steps are done.
        let next = case.next_step().map(|s| s.kind);
        let want = match road {
            None => Some(StepKind::Triage),
            Some(Road::DontEngage) => None,
            Some(_) => Some(StepKind::Compose),
        };
        assert_eq!(next, want, "{road:?}");
    }
}

#[test]
fn triage_waits_for_the_reading_and_nothing_changes_after_closing_table() {
    let ann = actor("ann");
    let later = T0 + Duration::hours(2);
    let triage = EventKind::Triaged {
        road: Road::ListenOnly,
    };
    let unread = case_with(1, vec![(0, "ann", EventKind::Opened)]);
    assert_eq!(
        decide(&unread, ann, triage.clone(), later),
        Err(Refusal::TriageBeforeReading)
    );
    let read = case_with(1, read_through());
    assert!(decide(&read, ann, triage.clone(), later).is_ok());
    let closed = case_with(
        1,
        with(
            read_through(),
            vec![
                (
                    5,
                    "ann",
                    EventKind::CloseAsked {
                        reason: "fake".into(),
                    },
                ),
                (
                    6,
                    "bob",
                    EventKind::CloseAgreed {
                        note: String::new(),
                    },
                ),
            ],
        ),
    );
    assert!(closed.closed().is_some());
    for kind in [
        triage,
        EventKind::DraftEdited {
            drafts: Drafts::new("Thanks.", "Hi."),
        },
        EventKind::CloseAsked {
            reason: "again".into(),
        },
    ] {
        let name = kind.name();
        let got = decide(&closed, ann, kind, later);
        assert!(
            matches!(got, Err(Refusal::ClosedWithoutReply(_))),
            "{name}: {got:?}"
        );
    }
}

#[test]
fn close_rules_table() {
    let asked = with(
        read_through(),
        vec![(
            5,
            "ann",
            EventKind::CloseAsked {
                reason: "a competitor".into(),
            },
        )],
    );
    let drafted = with(
        asked.clone(),
        vec![(
            6,
            "cy",
            EventKind::DraftEdited {
                drafts: Drafts::new("Thanks.", "Hi."),
            },
        )],
    );
    let agree = EventKind::CloseAgreed {
        note: String::new(),
    };
    let ask = |reason: &str| EventKind::CloseAsked {
        reason: reason.into(),
    };
    // (events so far, who, what, refused with)
    let rows: Vec<(Walk, &str, EventKind, Option<&str>)> = vec![
        (read_through(), "ann", ask("fake review, reported"), None),
        (read_through(), "ann", ask("  "), Some("say why")),
        (read_through(), "bob", agree.clone(), Some("nobody asked")),
        (asked.clone(), "bob", agree.clone(), None),
        (
            asked.clone(),
            "ann",
            agree.clone(),
            Some("cannot also agree"),
        ),
        (
            asked.clone(),
            " ANN ",
            agree.clone(),
            Some("cannot also agree"),
        ),
        // A lookalike name (Cyrillic "а") is the same person.
        (
            asked.clone(),
            "\u{0430}nn",
            agree.clone(),
            Some("cannot also agree"),
        ),
        (asked.clone(), "", agree.clone(), Some("say who you are")),
        (drafted, "cy", agree.clone(), Some("wrote the drafts")),
    ];
    for (walk, by, kind, refused) in rows {
        let case = case_with(1, walk);
        let name = kind.name();
        let got = decide(&case, actor(by), kind, T0 + Duration::hours(1));
        match (refused, &got) {
            (None, Ok(_)) => {}
            (Some(want), Err(r)) => assert!(r.to_string().contains(want), "{by} {name}: {r}"),
            _ => panic!("{by} {name}: {got:?}, wanted refusal {refused:?}"),
        }
    }
}

#[test]
fn a_colleague_agrees_from_another_machine_than_the_close_was_asked_on() {
    let mut asked = Event::new(
        T0 + Duration::minutes(5),
        "ann",
        EventKind::CloseAsked {
            reason: "a competitor".into(),
        },
    );
    asked.device = Some("aaaa1111".into());
    let mut case = case_with(1, read_through());
    case.push(&asked).unwrap();
    let agree = EventKind::CloseAgreed {
        note: String::new(),
    };
    let at = T0 + Duration::hours(1);
    // (bob's machine, refused?)
    for (device, refused) in [
        (Some("aaaa1111"), true),
        (Some("bbbb2222"), false),
        (None, false),
    ] {
        let bob = Actor {
            name: "bob",
            device,
        };
        let got = decide(&case, bob, agree.clone(), at);
        assert_eq!(
            matches!(got, Err(Refusal::Close(CloseRefusal::SameMachine(..)))),
            refused,
            "{device:?}: {got:?}"
        );
    }
}

#[test]
fn a_close_agreed_by_the_asker_in_a_hand_written_file_closes_nothing() {
    let case = case_with(
        1,
        with(
            read_through(),
            vec![
                (
                    5,
                    "ann",
                    EventKind::CloseAsked {
                        reason: "troll".into(),
                    },
                ),
                (
                    6,
                    "Ann",
                    EventKind::CloseAgreed {
                        note: String::new(),
                    },
                ),
            ],
        ),
    );
    assert!(case.closed().is_none());
    assert_eq!(case.state(), super::super::CaseState::InProgress);
}

#[test]
fn no_road_lowers_the_floors_of_a_one_star_review() {
    // The playbook asks for no cool-down and no peer review; a 1-star
    // complaint gets the floors anyway, whatever the road.
    for road in [Road::Resolve, Road::ListenOnly, Road::PoliteNo] {
        let drafts = Drafts::new(
            "Thank you, and I'm sorry the cake was dry and you waited. Please email me at hello@shop.example.",
            "Hi, I'm sorry. I understand how disappointing that was.",
        );
        let case = case_with(
            1,
            with(
                read_through(),
                vec![
                    (4, "ann", EventKind::Triaged { road }),
                    (5, "ann", EventKind::DraftEdited { drafts }),
                ],
            ),
        );
        let check = can_send(&case, T0 + Duration::minutes(10));
        let closed: Vec<GateId> = check
            .gates
            .iter()
            .filter(|g| !g.open)
            .map(|g| g.id)
            .collect();
        assert_eq!(closed, [GateId::Cooldown, GateId::PeerReview], "{road:?}");
        assert!(!check.can_send(), "{road:?}");
    }
}

#[test]
fn dont_engage_never_sends_and_a_close_request_stops_sending() {
    let drafts = Drafts::new("Thanks.", "Hi.");
    let sending = EventKind::Sending {
        channel: "file".into(),
        drafts_sha256: drafts.sha256(),
    };
    let later = T0 + Duration::days(2);
    for more in [
        vec![(
            4,
            "ann",
            EventKind::Triaged {
                road: Road::DontEngage,
            },
        )],
        vec![(
            4,
            "ann",
            EventKind::CloseAsked {
                reason: "spam".into(),
            },
        )],
    ] {
        let case = case_with(1, with(read_through(), more));
        let got = decide(&case, actor("ann"), sending.clone(), later);
        assert!(matches!(got, Err(Refusal::NotReplying(_))), "{got:?}");
    }
    // Choosing to reply after all takes back a close nobody agreed to.
    let back = case_with(
        1,
        with(
            read_through(),
            vec![
                (
                    4,
                    "ann",
                    EventKind::Triaged {
                        road: Road::DontEngage,
                    },
                ),
                (
                    5,
                    "ann",
                    EventKind::CloseAsked {
                        reason: "spam".into(),
                    },
                ),
                (
                    6,
                    "ann",
                    EventKind::Triaged {
                        road: Road::PoliteNo,
                    },
                ),
            ],
        ),
    );
    assert!(back.closing.is_none());
    assert_eq!(back.road(), Road::PoliteNo);
}

#[test]
fn listen_only_and_polite_no_are_not_asked_for_choices_table() {
    let drafts = Drafts::new(
        "Thank you for telling us, and I'm sorry the cake was dry and you waited so long. \
         Please email me at hello@shop.example so we can talk.",
        "Hi, I'm sorry about the dry cake and the wait; I understand how disappointing that was. \
         We will not refund a cake that was eaten, but I have told the kitchen.",
    );
    // (road, no-choices reported?)
    let table = [
        (None, true),
        (Some(Road::Resolve), true),
        (Some(Road::ListenOnly), false),
        (Some(Road::PoliteNo), false),
    ];
    for (road, asked) in table {
        let more = road
            .map(|road| vec![(4, "ann", EventKind::Triaged { road })])
            .unwrap_or_default();
        let mut case = case_with(1, with(read_through(), more));
        case.push(&Event::new(
            T0 + Duration::minutes(5),
            "ann",
            EventKind::DraftEdited {
                drafts: drafts.clone(),
            },
        ))
        .unwrap();
        let report = case.coach_report().cloned().unwrap();
        let no_choices = report
            .findings
            .iter()
            .any(|f| f.category == Category::NoChoices);
        assert_eq!(no_choices, asked, "{road:?}: {:?}", report.findings);
        assert!(case.coach_fits(&case.coach()), "{road:?}");
    }
}

#[test]
fn parking_lasts_until_the_case_is_opened_again() {
    let parked = case_with(1, with(read_through(), vec![(4, "ann", EventKind::Parked)]));
    assert!(parked.parked);
    assert_eq!(parked.state().label(), "parked");
    let resumed = case_with(
        1,
        with(
            read_through(),
            vec![(4, "ann", EventKind::Parked), (9, "ann", EventKind::Opened)],
        ),
    );
    assert!(!resumed.parked);
    assert_eq!(resumed.state().label(), "in progress");
}

#[test]
fn the_built_in_triage_step_parses() {
    let step = super::triage_step();
    assert_eq!(step.kind, crate::domain::StepKind::Triage);
    assert!(!step.required);
    assert!(step.title.ends_with('?'), "{}", step.title);
}
