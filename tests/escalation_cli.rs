//! Escalation to the owner and assignment through the real binary: a
//! legal-risk review is not sent on a staff member's approval, `status` and
//! `send` say whose approval it needs, the owner's approval opens it; and
//! the ways round it (a staff approval, a hand-edited team.toml giving
//! oneself the owner role) are refused or detected.

use crate::support;

use std::path::Path;
use std::process::Command;

use heard::commands::new::case_from_text;
use heard::domain::review::PlainTextHints;
use support::walk_drafts;
use support::world::{World, text};
use time::{Duration, OffsetDateTime};

const TEAM: &str =
    "members = [\"Ann\", \"Bob\", \"Cat\"]\n[roles]\nCat = \"owner\"\nBob = \"staff\"\n";

/// The sample review with a solicitor in it, walked by Ann three hours ago
/// and drafted again on her machine: ready for approvals.
fn legal_case(w: &World) -> String {
    std::fs::create_dir_all(w.store_dir()).unwrap();
    std::fs::write(w.store_dir().join("team.toml"), TEAM).unwrap();
    let then = OffsetDateTime::now_utc() - Duration::hours(3);
    let store = w.store();
    let review = heard::tui::state::SAMPLE_REVIEW.replace(
        "Very disappointed.",
        "Very disappointed. My solicitor will be hearing about this.",
    );
    let id = case_from_text(
        &store,
        "Ann",
        then,
        &review,
        &PlainTextHints::default(),
        None,
    )
    .unwrap();
    w.walk_to_approval(&id, then);
    id
}

#[test]
fn a_legal_risk_review_is_sent_only_with_the_owners_approval() {
    let w = World::new();
    let id = legal_case(&w);
    // Bob (staff) approves: the peer review opens, the owner's gate does not.
    w.ok("bob", Some("Bob"), &["approve", &id]);
    let s = w.status(&id);
    assert_eq!(s["gates"][1]["open"], true, "{s}");
    assert_eq!(s["gates"][2]["id"], "owner_approval", "{s}");
    assert_eq!(s["gates"][2]["open"], false, "{s}");
    assert_eq!(s["can_send"], false, "{s}");
    let plain = w.ok("ann", Some("Ann"), &["status", &id]);
    assert!(
        plain.contains("needs the owner's approval (Cat)"),
        "{plain}"
    );
    let outbox = w.dir.path().join("out.txt");
    let send = ["send", &id, "--via", "file", outbox.to_str().unwrap()];
    w.refused(
        "ann",
        Some("Ann"),
        &send,
        "needs the owner's approval (Cat)",
    );
    w.refused(
        "bob",
        Some("Bob"),
        &send,
        "needs the owner's approval (Cat)",
    );
    assert!(!outbox.exists());
    // The owner approves from her own machine: now it goes.
    w.ok("cat", Some("Cat"), &["approve", &id]);
    let s = w.status(&id);
    assert_eq!(s["gates"][2]["open"], true, "{s}");
    assert!(
        s["gates"][2]["reason"]
            .as_str()
            .unwrap()
            .contains("approved by the owner (Cat)"),
        "{s}"
    );
    w.ok("ann", Some("Ann"), &send);
    assert!(outbox.exists());
}

#[test]
fn a_refund_above_the_staff_limit_needs_the_owner() {
    let w = World::new();
    // The team's own copy of the default walk, with a limit on offers.
    let playbooks = w.store_dir().join("playbooks");
    std::fs::create_dir_all(&playbooks).unwrap();
    let shipped = include_str!("../playbooks/heard.toml");
    let limited = shipped.replacen(
        "[gates]",
        "[escalation]\nstaff_offer_limit = 20\n\n[gates]",
        1,
    );
    std::fs::write(playbooks.join("heard.toml"), limited).unwrap();
    std::fs::write(w.store_dir().join("team.toml"), TEAM).unwrap();
    let id = w.ready_case();
    let d = walk_drafts();
    let private = w.file(
        "private.txt",
        &d.private
            .replace("A full refund within", "A full refund of £34 within"),
    );
    w.ok(
        "ann",
        Some("Ann"),
        &["draft", &id, "--private", private.to_str().unwrap()],
    );
    w.ok("bob", Some("Bob"), &["approve", &id]);
    let s = w.status(&id);
    let reason = s["gates"][2]["reason"].as_str().unwrap_or_default();
    assert!(
        reason.contains("needs the owner's approval (Cat): the reply offers 34, more than staff may offer alone (20)"),
        "{s}"
    );
    w.ok("cat", Some("Cat"), &["approve", &id]);
    assert_eq!(w.status(&id)["can_send"], true);
}

#[test]
fn assign_names_a_roster_member_as_the_roster_spells_them() {
    let w = World::new();
    let id = legal_case(&w);
    let out = w.ok("ann", Some("Ann"), &["assign", &id, "b\u{043E}b"]);
    assert!(out.contains("assigned to Bob"), "{out}");
    assert!(out.contains("needs the owner's approval (Cat)"), "{out}");
    w.refused(
        "ann",
        Some("Ann"),
        &["assign", &id, "Zed"],
        "not on the team roster",
    );
    let s = w.status(&id);
    assert_eq!(s["assignee"], "Bob", "{s}");
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
}

#[test]
fn staff_naming_themselves_owner_is_refused_by_sync_and_shown_by_verify() {
    let w = World::new();
    let remote = w.dir.path().join("remote.git");
    git(
        w.dir.path(),
        &["init", "-q", "--bare", remote.to_str().unwrap()],
    );
    let remote = remote.to_str().unwrap();
    let cat_store = w.dir.path().join("store-cat");
    let bob_store = w.dir.path().join("store-bob");
    let on = |store: &Path, machine: &str, name: &str, args: &[&str]| {
        w.command_on(store, machine, Some(name), args)
            .output()
            .unwrap()
    };
    let ok = |store: &Path, machine: &str, name: &str, args: &[&str]| {
        let out = on(store, machine, name, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    ok(
        &cat_store,
        "cat",
        "Cat",
        &["team", "init", "--remote", remote],
    );
    std::fs::write(cat_store.join("team.toml"), TEAM).unwrap();
    ok(&cat_store, "cat", "Cat", &["sync"]);
    ok(
        &bob_store,
        "bob",
        "Bob",
        &["team", "init", "--remote", remote],
    );
    assert!(
        std::fs::read_to_string(bob_store.join("team.toml"))
            .unwrap()
            .contains("Cat = \"owner\"")
    );

    // Bob makes himself owner in a text editor. Nothing stops an editor on
    // his own machine, so it shows: verify names it before he syncs…
    std::fs::write(
        bob_store.join("team.toml"),
        TEAM.replace("Bob = \"staff\"", "Bob = \"owner\""),
    )
    .unwrap();
    let out = on(&bob_store, "bob", "Bob", &["verify"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains("owners in team.toml were changed on this machine"),
        "{}",
        text(&out.stdout)
    );
    // …and after, naming his commit; Cat's sync refuses to take it in.
    ok(&bob_store, "bob", "Bob", &["sync"]);
    let out = on(&bob_store, "bob", "Bob", &["verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains(" Bob"), "{}", text(&out.stdout));
    let out = on(&cat_store, "cat", "Cat", &["sync"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("roles in team.toml were changed by Bob, who is not an owner"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        std::fs::read_to_string(cat_store.join("team.toml"))
            .unwrap()
            .contains("Bob = \"staff\"")
    );
}
