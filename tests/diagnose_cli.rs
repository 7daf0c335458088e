//! `heard diagnose` on a real store: recorded like the walk's step, at any
//! point of the walk, and refused with a reason on bad input.

use std::path::Path;

use crate::cli;

use heard::domain::{EventKind, StepKind};
use heard::store::Store;

fn heard(dir: &Path, args: &[&str]) -> (i32, String) {
    cli::heard_as_ann(&dir.join("store"), args)
}

/// One imported case, nothing of the walk done; its id.
fn one_case(dir: &Path) -> String {
    let file = dir.join("r.txt");
    std::fs::write(
        &file,
        "Id: r-1\nCustomer: Zoë\nRating: 1\n\nThe mug arrived in pieces.\n",
    )
    .unwrap();
    let (code, out) = heard(dir, &["import", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    Store::open(dir.join("store")).unwrap().case_ids().unwrap()[0].clone()
}

const FULL: &[&str] = &[
    "--category",
    "Shipping Damage",
    "--what",
    "Mug broke in the post",
    "--why",
    "It rattled in the box",
    "--why",
    "  Mugs are packed in a single box  ",
    "--fix",
    "Double-box mugs",
    "--owner",
    "Sam",
];

#[test]
fn a_diagnosis_is_recorded_like_the_walk_step_before_any_other_step() {
    let tmp = tempfile::tempdir().unwrap();
    let id = one_case(tmp.path());
    let mut args = vec!["diagnose", &id[..6]];
    args.extend_from_slice(FULL);
    args.extend_from_slice(&["--customer-told", "yes"]);
    let (code, out) = heard(tmp.path(), &args);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("diagnosis recorded"), "{out}");
    assert!(
        out.contains("root cause: Mugs are packed in a single box"),
        "{out}"
    );

    let store = Store::open(tmp.path().join("store")).unwrap();
    let events = store.events(&id).unwrap();
    let logged: Vec<_> = events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::DiagnosisLogged { diagnosis } => Some((e.by.clone(), diagnosis.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(logged.len(), 1);
    let (by, d) = &logged[0];
    assert_eq!(by, "Ann");
    // Spelled as the playbook spells it, so the walk's picker finds it.
    assert_eq!(d.category, "shipping damage");
    assert_eq!(
        d.whys,
        vec!["It rattled in the box", "Mugs are packed in a single box"]
    );
    assert_eq!(d.customer_told, Some(true));
    let case = store.load(&id).unwrap();
    let step = case.playbook.step_of_kind(StepKind::Diagnosis).unwrap();
    assert!(case.step_done(step), "the Diagnose step counts as done");
    assert!(
        case.preparation.check_ins.is_empty(),
        "nothing else of the walk was needed"
    );

    // The same again records nothing new.
    let (code, out) = heard(tmp.path(), &args);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("already recorded"), "{out}");
    assert_eq!(store.events(&id).unwrap().len(), events.len());
}

#[test]
fn bad_input_is_refused_with_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let id = one_case(tmp.path());
    let with = |from: &str, to: &str| -> Vec<String> {
        let mut v = vec!["diagnose".to_string(), id.clone()];
        v.extend(FULL.iter().map(|a| {
            if *a == from {
                to.to_string()
            } else {
                a.to_string()
            }
        }));
        v
    };
    let table: &[(&str, &str, &str)] = &[
        (
            "Shipping Damage",
            "weather",
            "not a category of the `heard` playbook",
        ),
        ("Double-box mugs", "   ", "the diagnosis needs: process fix"),
        ("Sam", "", "the diagnosis needs: owner"),
    ];
    for (from, to, says) in table {
        let args = with(from, to);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out) = heard(tmp.path(), &args);
        assert_eq!(code, 2, "{to}: {out}");
        assert!(out.contains(says), "{to}: {out}");
    }
    let (code, out) = heard(tmp.path(), &["diagnose", &id, "--category", "delay"]);
    assert_eq!(code, 2, "{out}");
    let store = Store::open(tmp.path().join("store")).unwrap();
    assert!(store.load(&id).unwrap().diagnosis.is_none());
}

#[test]
fn the_debrief_adds_what_went_well_and_the_case_timeline() {
    let tmp = tempfile::tempdir().unwrap();
    let id = one_case(tmp.path());
    let store = Store::open(tmp.path().join("store")).unwrap();
    // Sending needs the gates' real minutes: recorded directly here.
    let at = time::OffsetDateTime::now_utc();
    let kind = EventKind::Sent {
        channel: "file".into(),
        drafts_sha256: String::new(),
    };
    store
        .append(&id, &heard::domain::Event::new(at, "Ann", kind))
        .unwrap();
    let (code, out) = heard(
        tmp.path(),
        &[
            "debrief",
            &id,
            "--went-well",
            "We answered within the hour",
            "--markdown",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("## What went well\n\n- **Ann**: We answered within the hour"),
        "{out}"
    );
    assert!(out.contains("## Timeline"), "{out}");
    assert!(
        out.contains("Zoë  posted the review on text (★☆☆☆☆)"),
        "{out}"
    );
    assert!(out.contains("Ann  sent the reply (file)"), "{out}");
    assert!(out.contains("Ann  debrief: what went well"), "{out}");
    assert!(
        !out.contains("what went well,"),
        "optional: never 'still open': {out}"
    );
}
