//! The trade playbooks (restaurant, home service, app): shipped in the
//! binary, at or above every floor, and speaking their trade's language
//! rather than the parcel shop's.

use heard::domain::floors::shortfalls;
use heard::domain::{Playbook, StepKind};
use heard::store::playbooks::SHIPPED;

fn shipped(id: &str) -> Playbook {
    let (file, text) = SHIPPED
        .iter()
        .find(|(f, _)| *f == format!("{id}.toml"))
        .unwrap_or_else(|| panic!("{id}.toml is not built in"));
    Playbook::parse(text, file).unwrap()
}

fn words(p: &Playbook, kind: StepKind) -> String {
    let step = p.step_of_kind(kind).unwrap();
    let mut all = step.phrases.join("\n");
    all.push_str(&step.categories.join("\n"));
    all.to_lowercase()
}

#[test]
fn trade_playbooks_meet_the_floors_and_speak_their_trade_table() {
    // (id, words its choices or causes must use, parcel words they must not)
    let rows = [
        ("restaurant", ["meal", "kitchen"], ["parcel", "tracked"]),
        (
            "home-service",
            ["visit", "workmanship"],
            ["parcel", "tracked"],
        ),
        ("app", ["refund", "release"], ["parcel", "tracked"]),
    ];
    for (id, want, never) in rows {
        let p = shipped(id);
        assert_eq!(p.id, id);
        assert!(
            shortfalls(&p.gates).is_empty(),
            "{id}: {:?}",
            shortfalls(&p.gates)
        );
        assert!(p.gates.response_deadline_hours <= 48, "{id}");
        let text = format!(
            "{}\n{}",
            words(&p, StepKind::Choices),
            words(&p, StepKind::Diagnosis)
        );
        for w in want {
            assert!(text.contains(w), "{id}: no {w:?}");
        }
        for w in never {
            assert!(!text.contains(w), "{id}: says {w:?}");
        }
        let kinds: Vec<StepKind> = p.steps.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            shipped("heard")
                .steps
                .iter()
                .map(|s| s.kind)
                .collect::<Vec<_>>(),
            "{id}"
        );
    }
}

#[test]
fn the_configured_walk_goes_to_complaints_only_table() {
    use heard::store::playbooks::walk_for;
    let at = time::macros::datetime!(2026-11-23 09:00 UTC);
    let review = |rating: Option<u8>, text: &str| heard::domain::Review {
        customer: "Mara".into(),
        platform: "google".into(),
        rating,
        title: None,
        text: text.into(),
        received_at: at,
        platform_id: None,
        url: None,
        existing_reply: None,
    };
    // (stars, words, configured walk, expected)
    let rows = [
        (
            Some(1),
            "Cold soup and a rude waiter.",
            Some("restaurant"),
            Some("restaurant"),
        ),
        (None, "Cold soup.", Some("restaurant"), Some("restaurant")),
        (
            Some(5),
            "Lovely lunch, thank you!",
            Some("restaurant"),
            None,
        ),
        (
            Some(4),
            "Awful, furious, never again, disgusting.",
            Some("app"),
            Some("app"),
        ),
        (Some(1), "Cold soup.", None, None),
    ];
    for (stars, words, walk, want) in rows {
        assert_eq!(
            walk_for(&review(stars, words), walk).as_deref(),
            want,
            "{stars:?} {words}"
        );
    }
}
