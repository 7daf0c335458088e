//! Every shipped scenario parses, and its exemplar is what the coach asks
//! for: no blocking finding, judged with the playbook a practice case gets.

use std::path::Path;

use super::playbooks::for_review;
use super::scenarios::{SAMPLE, SHIPPED, shipped};
use crate::domain::practice::Difficulty;
use crate::domain::{Case, Event, EventKind};
use time::macros::datetime;

#[test]
fn every_shipped_scenario_parses_and_its_exemplar_has_no_blocking_finding_nor_warning() {
    let now = datetime!(2026-11-23 09:00 UTC);
    let all = shipped().unwrap();
    assert!(all.len() >= 15, "only {} scenarios", all.len());
    let mut problems = Vec::new();
    for s in &all {
        let review = s.to_review(now);
        let playbook = for_review(Path::new("/nonexistent"), &review, None).unwrap();
        let created = Event::new(
            now,
            "ann",
            EventKind::Created {
                playbook: Some(Box::new(playbook)),
                playbook_sha256: "x".into(),
            },
        );
        let case = Case::fold("c", review, &[created]).unwrap();
        let report = case.check_drafts(&s.exemplar_drafts()).unwrap();
        for f in &report.findings {
            // A legal-risk finding is about the review, not the reply.
            if f.category != crate::domain::coach::Category::LegalRisk
                && f.severity != crate::domain::coach::Severity::Tip
            {
                problems.push(format!(
                    "{}: {} {}",
                    s.name,
                    f.category,
                    crate::present::coach::message(f)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn shipped_scenarios_have_unique_names_matching_their_files_and_cover_every_difficulty() {
    let all = shipped().unwrap();
    for ((file, _), s) in SHIPPED.iter().zip(&all) {
        assert_eq!(*file, format!("{}.toml", s.name));
        assert!(!s.must.is_empty() && !s.traps.is_empty(), "{}", s.name);
    }
    for d in [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard] {
        assert!(all.iter().any(|s| s.difficulty == d), "no {d:?} scenario");
    }
    assert!(all.iter().any(|s| s.name == SAMPLE));
    let trades: std::collections::BTreeSet<_> = all.iter().map(|s| s.trade.as_str()).collect();
    assert!(trades.len() >= 8, "{trades:?}");
}
