use super::*;
use crate::domain::practice::{Difficulty, Scenario};
use crate::domain::test_support::{T0, fold, playbook, review_with};
use crate::domain::{Event, EventKind};

fn staff() -> Vec<String> {
    vec!["Kevin".into(), "Priya Shah".into()]
}

#[test]
fn each_kind_of_detail_is_replaced_table() {
    // (text, what must be gone, what must be there)
    let table: &[(&str, &[&str], &[&str])] = &[
        (
            "Sarah Jones here, email sarah.jones@mail.com",
            &["Sarah", "Jones", "sarah.jones@mail.com"],
            &["Alex here", "(email 1)"],
        ),
        (
            "Call me on 07700 900123 today.",
            &["07700", "900123"],
            &["(phone 1)"],
        ),
        ("My order #48213 never came.", &["48213"], &["order #R1"]),
        ("Booking ref AB1234 was lost.", &["AB1234"], &["ref R1"]),
        (
            "I paid £45.50 for it.",
            &["45", ".50"],
            &["paid (amount 1) for"],
        ),
        (
            "A refund of £1,250.00.",
            &["1,250", ".00"],
            &["of (amount 1)."],
        ),
        (
            "Deliver to 12 Mill Lane please.",
            &["Mill Lane"],
            &["(address 1)"],
        ),
        (
            "Booked for 12 March 2026, moved to 2026-03-14 and 14/03/26.",
            &["March", "2026-03-14", "14/03/26"],
            &["(date 1)", "(date 2)", "(date 3)"],
        ),
        (
            "Kevin was rude; Priya apologised.",
            &["Kevin", "Priya"],
            &["Sam was rude; Jo"],
        ),
        (
            "Dear Mr Robert Hughes, sorry.",
            &["Robert", "Hughes"],
            &["Dear Chris, sorry."],
        ),
        // A staff name that is a word is only replaced written as a name.
        ("We will call.", &[], &["We will call."]),
    ];
    for (text, gone, kept) in table {
        let mut a = Anonymiser::new("Sarah Jones", &staff(), &[text]);
        let out = a.text(text);
        for g in *gone {
            assert!(!out.contains(g), "{text:?} → {out:?} still holds {g:?}");
        }
        for k in *kept {
            assert!(out.contains(k), "{text:?} → {out:?} lacks {k:?}");
        }
        assert!(
            every_detail(&out).is_empty(),
            "{out:?}: {:?}",
            every_detail(&out)
        );
    }
}

#[test]
fn the_same_name_or_detail_gets_the_same_pseudonym_everywhere() {
    let review = "Nadia R. here. I rang 07700 900123 about order #48213 and Kevin hung up.";
    let public = "Nadia, thank you. Kevin will call you.";
    let private =
        "Hi Nadia,\n\nAbout order #48213: Kevin will ring 07700900123.\n\nWarmly,\nClaire";
    let mut a = Anonymiser::new("Nadia R.", &staff(), &[review, public, private]);
    let (r, p, q) = (a.text(review), a.text(public), a.text(private));
    assert_eq!(a.customer("Nadia R."), "Alex T.");
    for text in [&r, &p, &q] {
        assert!(text.contains("Alex"), "{text}");
        assert!(text.contains("Sam"), "{text}");
        for real in ["Nadia", "Kevin", "Claire", "48213", "900123"] {
            assert!(!text.contains(real), "{text} holds {real}");
        }
    }
    assert!(
        r.contains("(phone 1)") && q.contains("(phone 1)"),
        "{r} / {q}"
    );
    assert!(r.contains("#R1") && q.contains("#R1"));
    // The sign-off is someone at the shop: a staff pseudonym.
    assert!(q.ends_with("Warmly,\nKit"), "{q}");
}

#[test]
fn a_pseudonym_is_never_a_real_name() {
    let mut a = Anonymiser::new("Alex Taylor", &["Sam".into()], &[]);
    let out = a.text("Alex Taylor complained; Sam answered. Taylor wrote again.");
    assert!(
        !out.contains("Alex") && !out.contains("Taylor") && !out.contains("Sam"),
        "{out}"
    );
}

#[test]
fn names_are_found_after_greetings_and_under_sign_offs() {
    let table: &[(&str, &[&str])] = &[
        ("Hi Nadia,\nthanks.", &["Nadia"]),
        ("Best wishes,\nClaire Dunn", &["Claire Dunn"]),
        ("Hi there, thanks for everything", &[]),
        ("Thank you so much", &[]),
        ("My name is Tom and I ask for Beth.", &["Tom", "Beth"]),
    ];
    for (text, names) in table {
        let got: Vec<String> = names_in(text).into_iter().map(|(_, n)| n).collect();
        assert_eq!(&got, names, "{text:?}");
    }
}

fn approved_case(review: &str) -> crate::domain::Case {
    let pb = playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\npeer_review = true",
        &["compose"],
    );
    let drafts = crate::domain::Drafts::new(
        "Sarah, thank you and I'm sorry about order #48213. I've sent you a message.",
        "Hi Sarah,\n\nA refund of £45.50 or a new mug by 3 March.\n\nBest,\nKevin",
    );
    let hash = drafts.sha256();
    let mut r = review_with(Some(1), review);
    r.customer = "Sarah Jones".into();
    fold(
        "ab12cd",
        r,
        &pb,
        [
            Event::new(T0, "Kevin", EventKind::DraftEdited { drafts }),
            Event::new(
                T0,
                "Priya",
                EventKind::Approved {
                    drafts_sha256: hash,
                    note: String::new(),
                    signature: None,
                    at_keyboard: false,
                },
            ),
        ],
    )
}

#[test]
fn an_approved_case_becomes_a_scenario_with_no_trace_of_anyone() {
    let case = approved_case("Sarah Jones, order #48213, £45.50 wasted. I will see my lawyer.");
    let s = scenario(&case, &[]).unwrap();
    assert_eq!(s.customer, "Alex T.");
    assert_eq!(s.difficulty, Difficulty::Hard);
    let text = toml::to_string(&s).unwrap();
    for real in [
        "Sarah", "Jones", "Kevin", "Priya", "48213", "45.50", "3 March", "ab12cd",
    ] {
        assert!(!text.contains(real), "{real} in\n{text}");
    }
    for t in [&s.review, &s.exemplar.public, &s.exemplar.private] {
        assert!(every_detail(t).is_empty(), "{t}: {:?}", every_detail(t));
    }
    assert_eq!(Scenario::parse(&text).unwrap(), s);
}

#[test]
fn a_case_without_an_approved_reply_is_refused() {
    let pb = playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0",
        &["compose"],
    );
    let case = fold("ab12cd", review_with(Some(1), "Bad."), &pb, []);
    assert_eq!(
        scenario(&case, &[]),
        Err(ExportRefusal::NoApprovedReply("ab12cd".into()))
    );
}
