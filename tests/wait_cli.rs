//! `heard wait` through the real binary: a case already open returns at
//! once (exit 0), one that only a colleague can open fails at once saying
//! so (exit 1), and a cool-down longer than the timeout gives up when the
//! timeout passes. Nothing here waits more than a second or two.

use crate::support;

use crate::cli;

use cli::heard_as_ann;
use heard::store::Store;
use support::{Stage, record_walk_from, sample_case};
use time::{Duration, OffsetDateTime};

/// A store with the sample case walked up to `stage`, started `ago`.
fn case_at(stage: Stage, ago: Duration) -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let store = Store::open(&path).unwrap();
    let start = OffsetDateTime::now_utc() - ago;
    let id = sample_case(&store, start);
    record_walk_from(&store, &id, stage, start);
    (dir, path, id)
}

#[test]
fn wait_returns_at_once_when_the_case_can_be_sent() {
    let (_dir, store, id) = case_at(Stage::Approved, Duration::hours(3));
    let (code, out) = heard_as_ann(&store, &["wait", &id]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("can be sent now"), "{out}");
}

#[test]
fn wait_refuses_at_once_when_only_a_colleague_can_open_the_gate() {
    let (_dir, store, id) = case_at(Stage::Diagnosed, Duration::hours(3));
    let (code, out) = heard_as_ann(&store, &["wait", &id]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("will not open by waiting alone"), "{out}");
    assert!(out.contains("peer review closed"), "{out}");
    assert!(!out.contains("cool-down closed"), "{out}");
}

#[test]
fn wait_gives_up_when_the_timeout_passes_first() {
    let (_dir, store, id) = case_at(Stage::Approved, Duration::minutes(1));
    let (code, out) = heard_as_ann(&store, &["wait", &id, "--timeout", "1s"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Waiting for"), "{out}");
    assert!(out.contains("still closed after waiting 1 s"), "{out}");
    assert!(out.contains("cool-down closed"), "{out}");
    let (code, out) = heard_as_ann(&store, &["wait", &id, "--timeout", "soon"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("90s, 10m, 2h or 1h30m"), "{out}");
}
