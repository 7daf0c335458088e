//! `heard lint --case` and the screens (the case as the store loads it) give
//! the same findings for the same case, with the shop's own details from
//! `[shop]` in config.toml applied by both.

use crate::cli;
use crate::support;

use cli::heard_as_ann;
use heard::domain::coach::{Category, Shop};
use heard::domain::{Drafts, Event as CaseEvent, EventKind};
use heard::store::Store;
use support::{Stage, T0, record_walk, sample_case};
use time::Duration;

#[test]
fn lint_and_the_case_agree_and_both_know_the_shop() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "[shop]\nemail = \"hello@clayandkiln.example\"\nstaff = [\"Kevin\"]\n",
    )
    .unwrap();
    let shop = Shop {
        email: "hello@clayandkiln.example".into(),
        staff: vec!["Kevin".into()],
        ..Shop::default()
    };
    let store_dir = dir.path().join("store");
    let store = Store::open(&store_dir).unwrap().with_shop(shop);
    let id = sample_case(&store, T0);
    record_walk(&store, &id, Stage::Composed);
    // The shop's address offered casually, and a member of staff named in
    // public (the config keeps staff names out of public replies).
    let drafts = Drafts::new(
        "Hi Morag, thank you for telling us, and I'm so sorry your sister's mug arrived \
         broken; how disappointing. Kevin packed it himself. Give me a shout at \
         hello@clayandkiln.example.",
        "Hi Morag, I'm sorry again. We can send a new mug within 3 days, or refund you in full.",
    );
    store
        .append(
            &id,
            &CaseEvent::new(
                T0 + Duration::hours(2),
                "Ann",
                EventKind::DraftEdited { drafts },
            ),
        )
        .unwrap();
    let case = store.load(&id).unwrap();
    let report = case.coach_report().cloned().expect("drafts were checked");
    let (_, out) = heard_as_ann(&store_dir, &["lint", "--case", &id, "--json"]);
    // stdout is the JSON; stderr (after it) says why the exit code is 1.
    let end = out.rfind('}').map_or(out.len(), |e| e + 1);
    let json: serde_json::Value =
        serde_json::from_str(&out[..end]).unwrap_or_else(|e| panic!("lint --json: {e}: {out}"));
    let from_lint: Vec<(String, String, u64, u64)> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["category"].as_str().unwrap().to_string(),
                f["draft"].as_str().unwrap().to_string(),
                f["start"].as_u64().unwrap(),
                f["end"].as_u64().unwrap(),
            )
        })
        .collect();
    let from_case: Vec<(String, String, u64, u64)> = report
        .findings
        .iter()
        .map(|f| {
            (
                f.category.as_str().to_string(),
                f.draft.as_str().to_string(),
                f.start as u64,
                f.end as u64,
            )
        })
        .collect();
    assert_eq!(from_lint, from_case);
    let categories: Vec<Category> = report.findings.iter().map(|f| f.category).collect();
    // Kevin named in public; the shop's own address is neither personal
    // data nor missing contact.
    assert!(
        categories.contains(&Category::PublicDetails),
        "{categories:?}"
    );
    assert!(
        !report
            .findings
            .iter()
            .any(|f| heard::present::coach::message(f).contains("email address")),
        "{:?}",
        report.findings
    );
    assert!(!categories.contains(&Category::NoContact), "{categories:?}");
}
