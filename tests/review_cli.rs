//! The reviewer's view from the command line (`heard review`), read as a
//! colleague would, without a terminal.

use std::process::{Command, Output};

use heard::domain::comments::{Anchor, DraftPart, LineComment};
use heard::domain::diagnosis::Diagnosis;
use heard::domain::{Drafts, Event, EventKind, Playbook, Review};
use heard::store::Store;
use time::{Duration, OffsetDateTime, macros::datetime};

const T0: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

fn heard(store: &Store, who: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--store")
        .arg(store.root())
        .args(["--as", who])
        .args(args)
        .env("HEARD_CONFIG", store.root().join("no-config.toml"))
        .env_remove("HEARD_STORE")
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn setup() -> (tempfile::TempDir, Store, String, Drafts) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("store")).unwrap();
    let playbook = Playbook::parse(
        include_str!("../playbooks/heard.toml"),
        "playbooks/heard.toml",
    )
    .unwrap();
    let review = Review {
        customer: "Mara K.".into(),
        platform: "google".into(),
        rating: Some(1),
        title: None,
        text: "The mug arrived cracked.\nNobody answered my email.".into(),
        received_at: T0,
        platform_id: None,
        url: None,
        existing_reply: None,
    };
    let id = store.create_case(&review, &playbook, "ann", T0).unwrap();
    let drafts = Drafts::new(
        "Hi Mara,\nthank you for telling us.\nWe are sorry.",
        "We can send a new mug or refund you.\nReply by Friday.",
    );
    let at = |m| T0 + Duration::minutes(m);
    let events = [
        (1, "ann", EventKind::Opened),
        (2, "ann", EventKind::CheckedIn { level: 4 }),
        (
            3,
            "ann",
            EventKind::DiagnosisLogged {
                diagnosis: Diagnosis {
                    category: "shipping damage".into(),
                    what_happened: "packed without padding".into(),
                    whys: vec!["no padding left".into(), "nobody reorders it".into()],
                    process_fix: "reorder at 20%".into(),
                    owner: "ann".into(),
                    customer_told: Some(true),
                },
            },
        ),
        (
            4,
            "ann",
            EventKind::DraftEdited {
                drafts: drafts.clone(),
            },
        ),
        (
            5,
            "cy",
            EventKind::ChangesRequested {
                drafts_sha256: drafts.sha256(),
                comment: "sorry first".into(),
                comments: vec![LineComment {
                    text: "sorry first".into(),
                    anchor: Some(Anchor::at(DraftPart::Public, 2, &drafts).unwrap()),
                }],
            },
        ),
    ];
    for (m, who, kind) in events {
        store.append(&id, &Event::new(at(m), who, kind)).unwrap();
    }
    (dir, store, id, drafts)
}

#[test]
fn review_prints_the_review_both_drafts_numbered_check_in_diagnosis_and_verdicts() {
    let (_dir, store, id, drafts) = setup();
    let out = stdout(&heard(&store, "bob", &["review", &id]));
    let expected_parts = [
        format!("Review of {id} — Mara K. (google, ★☆☆☆☆) — playbook heard\n"),
        "Peer review: CLOSED — cy asked for changes: sorry first\n".into(),
        "What the customer wrote\n    The mug arrived cracked.\n    Nobody answered my email.\n"
            .into(),
        "Check-in\n    ann said 4/5 (very upset); highest 4/5; cool-down 1 h\n".into(),
        "    category: shipping damage\n".into(),
        "    root cause: nobody reorders it\n".into(),
        format!("Drafts by ann — sha256 {}\n", drafts.sha256()),
        "Public reply\n   1 │ Hi Mara,\n   2 │ thank you for telling us.\n   3 │ We are sorry.\n"
            .into(),
        "Private message\n   1 │ We can send a new mug or refund you.\n   2 │ Reply by Friday.\n"
            .into(),
        "\nThe coach's findings\n".into(),
        "Verdicts\n    2026-11-23 09:05 UTC cy asked for changes: sorry first\n".into(),
        "Open comments\n    cy on public:2: sorry first\n        on “thank you for telling us.”\n"
            .into(),
        format!("Approve:          heard approve {id} [--note TEXT]\n"),
    ];
    for part in expected_parts {
        assert!(out.contains(&part), "missing {part:?} in\n{out}");
    }
    // Read-only: nothing was recorded by looking.
    assert_eq!(store.events(&id).unwrap().len(), 6);
    // The author is told they cannot approve, instead of the commands.
    let own = stdout(&heard(&store, "ann", &["review", &id]));
    assert!(
        own.contains("You cannot approve this: ann wrote part of these drafts"),
        "{own}"
    );
}

#[test]
fn review_lists_only_cases_waiting_for_a_reviewer_oldest_first() {
    let (_dir, store, id, drafts) = setup();
    // Sent back to the author: not waiting for a reviewer.
    let list = stdout(&heard(&store, "bob", &["review"]));
    assert_eq!(list, "Nothing is waiting for review.\n");
    // The author edits: it waits again.
    let edited = Drafts::new(format!("{}\nSorry first.", drafts.public), &drafts.private);
    store
        .append(
            &id,
            &Event::new(
                T0 + Duration::minutes(6),
                "ann",
                EventKind::DraftEdited { drafts: edited },
            ),
        )
        .unwrap();
    let list = stdout(&heard(&store, "bob", &["review"]));
    assert!(list.starts_with(&id), "{list}");
    assert!(
        list.contains("waiting since 2026-11-23 09:06 UTC"),
        "{list}"
    );
    let list = stdout(&heard(&store, "ann", &["review"]));
    assert!(list.contains("you wrote it: ask a colleague"), "{list}");
}
