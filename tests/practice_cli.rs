//! `heard practice` through the real binary: the list, a practice case
//! marked in every output, refused at sending even when every gate is open,
//! kept out of `heard review`, its scorecard and each person's attempts.

use crate::support;

use support::world::{World, text};
use support::{Stage, record_walk_from};
use time::{Duration, OffsetDateTime};

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap()
}

#[test]
fn practice_lists_at_least_fifteen_scenarios() {
    let w = World::new();
    let out = w.ok("ann", Some("Ann"), &["practice"]);
    for name in [
        "late-parcel",
        "food-poisoning",
        "fake-review",
        "phone-number",
    ] {
        assert!(out.contains(name), "{out}");
    }
    assert!(
        out.lines().filter(|l| l.starts_with("  ")).count() >= 15,
        "{out}"
    );
}

#[test]
fn a_practice_case_is_marked_never_sent_and_never_waits_for_review() {
    let w = World::new();
    // Started and walked to an approval three hours ago: every gate of a
    // real case would be open.
    let then = OffsetDateTime::now_utc() - Duration::hours(3);
    let id = heard::commands::practice::start_case(&w.store(), "Ann", then, "broken-mug").unwrap();
    record_walk_from(&w.store(), &id, Stage::Approved, then);

    let list = w.ok("ann", Some("Ann"), &["list"]);
    assert!(list.starts_with(&format!("PRACTICE {id}")), "{list}");
    assert!(list.contains("practice"), "{list}");
    let rows = json(&w.ok("ann", Some("Ann"), &["list", "--json"]));
    assert_eq!(rows[0]["practice"], true);
    let status = w.status(&id);
    assert_eq!(status["practice"], true);
    assert_eq!(status["can_send"], false);
    let plain = w.ok("ann", Some("Ann"), &["status", &id]);
    assert!(plain.starts_with("PRACTICE "), "{plain}");
    assert!(plain.contains("never sent"), "{plain}");

    let outbox = w.dir.path().join("out.txt");
    w.refused(
        "ann",
        Some("Ann"),
        &["send", &id, "--via", "file", outbox.to_str().unwrap()],
        "a practice case is never sent",
    );
    assert!(!outbox.exists());
    let review = w.ok("ben", Some("Ben"), &["review"]);
    assert!(!review.contains(&id), "{review}");

    let card = json(&w.ok("ann", Some("Ann"), &["practice", "score", &id, "--json"]));
    assert_eq!(card["steps_done"], card["steps_total"]);
    assert!(card["score"].as_u64().unwrap() > 0);
    let report = json(&w.ok("ben", Some("Ben"), &["practice", "report", "--json"]));
    assert_eq!(report[0]["id"], id.as_str());
    assert_eq!(report[0]["practice"], true);
    assert_eq!(report[0]["score"], card["score"]);
}

#[test]
fn a_scenario_file_is_kept_in_the_store_and_scored_later() {
    let w = World::new();
    let shipped = include_str!("../assets/scenarios/late-parcel.toml");
    let file = w.file(
        "mine.toml",
        &shipped.replace("name = \"late-parcel\"", "name = \"our-own\""),
    );
    let id = w
        .ok(
            "ann",
            Some("Ann"),
            &["practice", "start", file.to_str().unwrap(), "--no-open"],
        )
        .trim()
        .to_string();
    // Started again from the same file: the same scenario, kept once.
    let file_arg = file.to_str().unwrap();
    w.ok(
        "ann",
        Some("Ann"),
        &["practice", "start", file_arg, "--no-open"],
    );
    // Another scenario under a name already used is refused.
    let other = w.file(
        "other.toml",
        &std::fs::read_to_string(&file)
            .unwrap()
            .replace("Priya", "Paula"),
    );
    let out = w.run(
        "ann",
        Some("Ann"),
        &["practice", "start", other.to_str().unwrap(), "--no-open"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("already called \"our-own\""),
        "{}",
        text(&out.stderr)
    );
    let renamed = w.file("renamed.toml", &shipped.replace("Priya", "Paula"));
    let out = w.run(
        "ann",
        Some("Ann"),
        &["practice", "start", renamed.to_str().unwrap(), "--no-open"],
    );
    assert!(
        text(&out.stderr).contains("already called \"late-parcel\""),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_file(&file).unwrap();
    let card = w.ok("ann", Some("Ann"), &["practice", "score", &id]);
    assert!(card.contains("PRACTICE scorecard — our-own"), "{card}");
    let report = w.ok("ann", Some("Ann"), &["practice", "report"]);
    assert!(
        report.contains("Ann:") && report.contains("our-own"),
        "{report}"
    );
}

#[test]
fn an_unknown_scenario_or_a_real_case_is_a_clear_error() {
    let w = World::new();
    let out = w.run(
        "ann",
        Some("Ann"),
        &["practice", "start", "no-such", "--no-open"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no scenario called \"no-such\""));
    let real = w.ready_case();
    let out = w.run("ann", Some("Ann"), &["practice", "score", &real]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("a real case, not practice"));
}

#[test]
fn new_and_import_give_complaints_the_configured_walk_and_praise_the_thank_you() {
    let w = World::new();
    w.config("ann", "name = \"Ann\"\n[walk]\nplaybook = \"restaurant\"\n");
    let complaint = w.file("c.txt", "Customer: Li\nRating: 2\n\nThe soup was cold.\n");
    let praise = w.file(
        "p.txt",
        "Customer: Jo\nRating: 5\n\nLovely lunch, thank you so much!\n",
    );
    for (file, want) in [(&complaint, "restaurant"), (&praise, "thank-you")] {
        let id = w.ok("ann", None, &["new", file.to_str().unwrap(), "--no-open"]);
        assert_eq!(w.status(id.trim())["playbook"], want);
    }
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/google.json"
    );
    w.ok("ann", None, &["import", fixture]);
    let rows = json(&w.ok("ann", None, &["list", "--json"]));
    let low: Vec<_> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["rating"].as_u64().is_some_and(|s| s <= 3))
        .collect();
    assert!(low.len() >= 2, "{rows}");
    for row in low {
        assert_eq!(row["playbook"], "restaurant", "{row}");
    }
    // A walk that does not exist is named as the config's.
    w.config("ben", "name = \"Ben\"\n[walk]\nplaybook = \"bakery\"\n");
    let out = w.run(
        "ben",
        None,
        &["new", complaint.to_str().unwrap(), "--no-open"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("[walk] playbook = \"bakery\""),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn the_report_groups_a_person_however_their_name_was_typed() {
    let w = World::new();
    let then = OffsetDateTime::now_utc() - Duration::hours(3);
    let start = |by: &str, hours: i64, scenario: &str| {
        let at = then + Duration::hours(hours);
        heard::commands::practice::start_case(&w.store(), by, at, scenario).unwrap()
    };
    start("Bob", 0, "broken-mug");
    start("ann", 1, "late-parcel");
    start("bob", 2, "late-parcel");
    start("BOB ", 3, "fake-review");
    let report = w.ok("ann", Some("Ann"), &["practice", "report"]);
    let heads: Vec<&str> = report.lines().filter(|l| l.ends_with(':')).collect();
    // One group each, named as first seen, in name order.
    assert_eq!(heads, ["ann:", "Bob:"], "{report}");
    let bob: Vec<&str> = report
        .lines()
        .skip_while(|l| *l != "Bob:")
        .skip(1)
        .collect();
    assert_eq!(bob.len(), 3, "{report}");
    // Oldest first inside the group.
    assert!(bob[0].contains("broken-mug"), "{report}");
    assert!(bob[2].contains("fake-review"), "{report}");
}
