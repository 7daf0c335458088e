use super::*;
use crate::domain::test_support::{T0, fold, playbook, review_with};
use crate::domain::{Drafts, Event, EventKind, Roster};

#[test]
fn what_needs_the_owner_table() {
    let default = EscalationRules::default();
    let strict = EscalationRules {
        owner_approves_legal_risk: true,
        owner_approves_one_star: true,
        staff_offer_limit: Some(50),
    };
    let relaxed = EscalationRules {
        owner_approves_legal_risk: false,
        ..EscalationRules::default()
    };
    // (rules, legal risk, stars, offers, an owner wrote, expected)
    type Row<'a> = (
        &'a EscalationRules,
        bool,
        Option<u8>,
        &'a [u32],
        bool,
        Vec<Why>,
    );
    let table: &[Row] = &[
        (&default, false, Some(1), &[500], false, vec![]),
        (&default, true, Some(4), &[], false, vec![Why::LegalRisk]),
        (&relaxed, true, Some(1), &[], false, vec![]),
        (&strict, false, Some(1), &[], false, vec![Why::OneStar]),
        (&strict, false, Some(2), &[50], false, vec![]),
        (
            &strict,
            false,
            Some(2),
            &[20, 80],
            false,
            vec![Why::OfferAbove {
                amount: 80,
                limit: 50,
            }],
        ),
        (
            &strict,
            true,
            Some(1),
            &[80],
            false,
            vec![
                Why::LegalRisk,
                Why::OneStar,
                Why::OfferAbove {
                    amount: 80,
                    limit: 50,
                },
            ],
        ),
        // The owner wrote the reply: nothing to escalate to.
        (&strict, true, Some(1), &[80], true, vec![]),
    ];
    for (rules, legal_risk, stars, offers, owner_wrote, want) in table {
        let f = Facts {
            rules,
            legal_risk: *legal_risk,
            stars: *stars,
            offers,
            owner_wrote: *owner_wrote,
        };
        assert_eq!(&needs_owner(&f), want, "{f:?}");
    }
}

#[test]
fn money_offered_is_read_from_sentences_that_offer_it_table() {
    let table: &[(&str, &[u32])] = &[
        ("A full refund of £120 by Friday.", &[120]),
        ("You paid £45 for it. We can send a new one.", &[]),
        ("A $20 voucher, or 30 euros back.", &[20, 30]),
        ("A refund of 1,250 pounds.", &[1250]),
        ("10% off your next order.", &[]),
        ("A credit of €15.50 to your account.", &[15]),
    ];
    for (text, want) in table {
        assert_eq!(&offered_amounts(text), want, "{text:?}");
    }
}

fn approve(by: &str, drafts: &Drafts) -> Event {
    Event::new(
        T0,
        by,
        EventKind::Approved {
            drafts_sha256: drafts.sha256(),
            note: String::new(),
            signature: None,
            at_keyboard: false,
        },
    )
}

fn legal_case(events: Vec<Event>, roster: Roster) -> Case {
    let pb = playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0",
        &["compose"],
    );
    let review = review_with(
        Some(1),
        "I was sick all night. My solicitor will hear of this.",
    );
    let mut case = fold("c1", review, &pb, events);
    case.team = roster;
    case
}

#[test]
fn the_owner_gate_opens_only_with_an_owners_approval_of_these_drafts() {
    let drafts = Drafts::new("Thank you, I'm so sorry.", "Two options: a or b.");
    let edit =
        |by: &str, d: &Drafts| Event::new(T0, by, EventKind::DraftEdited { drafts: d.clone() });
    let team = || Roster::new(["Ann", "Bob", "Cat"]).with_owners(vec!["Ann".into()]);
    let newer = Drafts::new("Thank you, I'm so very sorry.", "Two options: a or b.");
    // (events, roster, expected: None = no owner gate, Some(open))
    let table: Vec<(Vec<Event>, Roster, Option<bool>)> = vec![
        // A team without owners: nobody to escalate to.
        (
            vec![edit("Bob", &drafts)],
            Roster::new(["Ann", "Bob"]),
            None,
        ),
        (vec![edit("Bob", &drafts)], team(), Some(false)),
        // Staff approving opens the peer review, not the owner's gate.
        (
            vec![edit("Bob", &drafts), approve("Cat", &drafts)],
            team(),
            Some(false),
        ),
        (
            vec![edit("Bob", &drafts), approve("ann", &drafts)],
            team(),
            Some(true),
        ),
        // The owner's approval was for other drafts.
        (
            vec![
                edit("Bob", &drafts),
                approve("Ann", &drafts),
                edit("Bob", &newer),
            ],
            team(),
            Some(false),
        ),
        // An owner wrote the reply.
        (vec![edit("Ann", &drafts)], team(), None),
        // An "owner" not on the roster is nobody's owner.
        (
            vec![edit("Bob", &drafts), approve("Zed", &drafts)],
            Roster::new(["Ann", "Bob"]).with_owners(vec!["Zed".into()]),
            Some(false),
        ),
    ];
    for (events, roster, want) in table {
        let case = legal_case(events, roster);
        let gate = owner_gate(&case);
        assert_eq!(gate.as_ref().map(|g| g.open), want, "{gate:?}");
        if want == Some(false) {
            let reason = &gate.unwrap().reason;
            assert!(
                reason
                    .to_string()
                    .starts_with("needs the owner's approval ("),
                "{reason}"
            );
        }
    }
}

#[test]
fn a_legal_risk_case_cannot_be_sent_on_a_staff_approval() {
    let drafts = Drafts::new("Thank you, I'm so sorry.", "Two options: a or b.");
    let case = legal_case(
        vec![
            Event::new(
                T0,
                "Bob",
                EventKind::DraftEdited {
                    drafts: drafts.clone(),
                },
            ),
            approve("Cat", &drafts),
        ],
        Roster::new(["Ann", "Bob", "Cat"]).with_owners(vec!["Ann".into()]),
    );
    let check = crate::domain::can_send(&case, T0 + time::Duration::hours(2));
    assert!(!check.can_send());
    let reasons = crate::present::gate::lines(&check.reasons()).join("\n");
    assert!(
        reasons.contains("needs the owner's approval (Ann)"),
        "{reasons}"
    );
    // The inbox says so too, instead of "ready" once the cool-down ends.
    let later = T0 + time::Duration::hours(2);
    assert_eq!(
        crate::domain::inbox::waiting(&case, "Bob", later),
        crate::domain::inbox::Waiting::Owner
    );
}

#[test]
fn a_case_is_assigned_to_a_roster_member_as_the_roster_spells_them() {
    let team = Roster::new(["Ann", "Bob"]);
    let case = legal_case(vec![], team);
    let table = [
        ("bob", Ok("Bob".to_string())),
        ("B\u{043E}b", Ok("Bob".to_string())),
        ("Zed", Err(())),
        ("  ", Err(())),
    ];
    for (to, want) in table {
        assert_eq!(assignee(&case, to).map_err(|_| ()), want, "{to:?}");
    }
    let anyone = legal_case(vec![], Roster::anyone());
    assert_eq!(assignee(&anyone, "Zed"), Ok("Zed".into()));
}

#[test]
fn assigned_to_me_is_open_work_given_to_me_as_people_see_names() {
    use crate::domain::inbox::{Filter, select, tests::variety};
    let cases = variety();
    let now = T0 + time::Duration::minutes(90);
    let ids = |me: &str| -> Vec<String> {
        select(&cases, Filter::AssignedToMe, "", me, now)
            .iter()
            .map(|c| c.id.clone())
            .collect()
    };
    assert_eq!(ids("ben"), ["v-assigned"]);
    assert_eq!(ids("B\u{0435}n"), ["v-assigned"]); // Cyrillic e
    // Ann's is sent: no longer work to do.
    assert!(ids("Ann").is_empty());
    assert!(ids("cy").is_empty());
}

#[test]
fn a_playbook_sets_its_escalation_and_a_wrong_key_is_located() {
    let pb = playbook(
        "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\n[escalation]\nowner_approves_one_star = true\nstaff_offer_limit = 50",
        &["compose"],
    );
    assert!(pb.escalation.owner_approves_legal_risk, "the default stays");
    assert!(pb.escalation.owner_approves_one_star);
    assert_eq!(pb.escalation.staff_offer_limit, Some(50));
    let bad = "id = \"t\"\nname = \"T\"\n[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\n\
               [escalation]\nowner_approves_refunds = true\n[[steps]]\nid = \"c\"\nkind = \"compose\"\n\
               title = \"C\"\nwhy = \"w\"\n";
    let err = crate::domain::Playbook::parse(bad, "t.toml").unwrap_err();
    assert_eq!(err.line, Some(7), "{err}");
    assert!(
        err.problem.to_string().contains("owner_approves_refunds"),
        "{err}"
    );
}
