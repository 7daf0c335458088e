//! `heard export --anonymise` through the real binary: a real, approved
//! case becomes a scenario file with no trace of the customer or the team
//! (the coach's personal-data checks and the real names find nothing), and
//! that file loads in practice mode.

use crate::support;

use heard::domain::coach::every_detail;
use heard::domain::practice::Scenario;
use support::world::World;

#[test]
fn an_exported_case_has_no_trace_of_anyone_and_loads_in_practice_mode() {
    let w = World::new();
    w.config("ann", "name = \"Ann\"\n[shop]\nstaff = [\"Priya\"]\n");
    let id = w.ready_case();
    w.ok("bob", Some("Bob"), &["approve", &id]);
    let out_dir = w.dir.path().join("training");
    std::fs::create_dir_all(&out_dir).unwrap();
    let said = w.ok(
        "ann",
        Some("Ann"),
        &[
            "export",
            "--anonymise",
            &id[..6],
            "--out",
            out_dir.to_str().unwrap(),
        ],
    );
    assert!(said.contains("heard practice start"), "{said}");
    let files: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let toml = std::fs::read_to_string(&files[0]).unwrap();
    let s = Scenario::parse(&toml).unwrap();

    // The real customer, the team, the amounts and the case id are gone.
    for real in ["Morag", "Pennington", "Ann", "Bob", "£34", "5.95", &id[..6]] {
        assert!(!toml.contains(real), "{real} survives in\n{toml}");
    }
    for t in [
        &s.review,
        &s.exemplar.public,
        &s.exemplar.private,
        &s.customer,
    ] {
        assert!(every_detail(t).is_empty(), "{t}: {:?}", every_detail(t));
    }
    // One pseudonym for Morag everywhere; the amounts as numbered labels.
    assert_eq!(s.customer, "Alex T.");
    assert!(
        s.exemplar.public.starts_with("Hi Alex,"),
        "{}",
        s.exemplar.public
    );
    assert!(
        s.exemplar.private.starts_with("Hi Alex,"),
        "{}",
        s.exemplar.private
    );
    assert!(
        s.review.contains("paid (amount 1) plus (amount 2) postage"),
        "{}",
        s.review
    );

    let case = w.ok(
        "ann",
        Some("Ann"),
        &["practice", "start", files[0].to_str().unwrap(), "--no-open"],
    );
    let case = case.trim();
    let status = w.status(case);
    assert_eq!(status["practice"], true, "{status}");
    assert_eq!(status["customer"], "Alex T.", "{status}");
}

#[test]
fn export_needs_an_approved_real_case_and_says_anonymise() {
    let w = World::new();
    let id = w.ready_case();
    let out = w.run("ann", Some("Ann"), &["export", &id]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--anonymise"));
    w.refused(
        "ann",
        Some("Ann"),
        &[
            "export",
            "--anonymise",
            &id,
            "--out",
            w.dir.path().to_str().unwrap(),
        ],
        "no approved reply to learn from yet",
    );
}
