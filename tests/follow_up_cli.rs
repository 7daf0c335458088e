//! `heard follow-up` and `heard list --due` on a real store.

use std::path::Path;

use crate::cli;

use heard::domain::{Event, EventKind, FollowUpOutcome};
use heard::store::Store;
use time::{Duration, OffsetDateTime};

/// `heard` on the store in `dir`.
fn heard(dir: &Path, args: &[&str]) -> (i32, String) {
    cli::heard_as_ann(&dir.join("store"), args)
}

/// Two cases made a little before `days_ago` (as an import then would
/// have made them); the first sent `days_ago`.
fn store_with_a_sent_case(dir: &Path, days_ago: i64) -> (Store, String, String) {
    let store = Store::open(dir.join("store")).unwrap();
    let at = OffsetDateTime::now_utc() - Duration::days(days_ago);
    let playbook = heard::store::playbooks::find(&store.playbooks_dir(), "heard").unwrap();
    let make = |text: &str| {
        let review = heard::domain::Review::from_plain_text(text, &Default::default(), at).unwrap();
        store
            .create_case(&review, &playbook, "Ann", at - Duration::hours(1))
            .unwrap()
    };
    let sent = make("Customer: Zoë\nRating: 1\n\nCold bread.\n");
    let other = make("Customer: Bo\nRating: 2\n\nSlow.\n");
    let event = Event::new(
        at,
        "Ann",
        EventKind::Sent {
            channel: "file".into(),
            drafts_sha256: String::new(),
        },
    );
    store.append(&sent, &event).unwrap();
    (store, sent, other)
}

#[test]
fn list_due_then_done_with_an_outcome() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, id, _) = store_with_a_sent_case(tmp.path(), 4);
    let (code, out) = heard(tmp.path(), &["list", "--due"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Zoë") && out.contains("follow-up date has come"),
        "{out}"
    );
    assert!(!out.contains("Bo "), "an unsent case is never due: {out}");

    let (code, out) = heard(tmp.path(), &["follow-up", &id]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Follow-up due"), "{out}");

    let (code, out) = heard(
        tmp.path(),
        &[
            "follow-up",
            &id,
            "--done",
            "review-updated",
            "--note",
            "now 4 stars",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("customer updated their review — now 4 stars"),
        "{out}"
    );
    let case = store.load(&id).unwrap();
    assert_eq!(case.follow_ups[0].outcome, FollowUpOutcome::ReviewUpdated);
    assert_eq!(case.follow_ups[0].by, "Ann");

    let (_, out) = heard(tmp.path(), &["list", "--due"]);
    assert!(out.contains("No follow-up is due."), "{out}");
    let (_, json) = heard(tmp.path(), &["list", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["deadline"].is_string())
    );
}

#[test]
fn a_date_can_be_set_and_bad_requests_say_why() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, id, unsent) = store_with_a_sent_case(tmp.path(), 1);
    let (_, out) = heard(tmp.path(), &["list", "--due"]);
    assert!(
        out.contains("No follow-up is due."),
        "sent yesterday: {out}"
    );

    let later = (OffsetDateTime::now_utc() + Duration::days(10)).date();
    let (code, out) = heard(tmp.path(), &["follow-up", &id, "--on", &later.to_string()]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        store.load(&id).unwrap().follow_up_due.map(|d| d.date()),
        Some(later)
    );

    let table: &[(&[&str], i32, &str)] = &[
        (
            &["--done", "maybe"],
            2,
            "use resolved, review-updated, no-answer or other",
        ),
        (&["--done", "other"], 1, "note"),
        (&["--on", "30/11"], 2, "YYYY-MM-DD"),
        (&["--on", "2001-01-01"], 1, "after the reply was sent"),
    ];
    for (args, want_code, want) in table {
        let mut all = vec!["follow-up", id.as_str()];
        all.extend_from_slice(args);
        let (code, out) = heard(tmp.path(), &all);
        assert_eq!(code, *want_code, "{args:?}: {out}");
        assert!(out.contains(want), "{args:?}: {out}");
    }
    let (code, out) = heard(tmp.path(), &["follow-up", &unsent, "--done", "resolved"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("has not been sent yet"), "{out}");
}
