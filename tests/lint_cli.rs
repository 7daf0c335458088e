//! `heard lint` from the command line: exit codes, categories with spans,
//! and the documented JSON.

use std::process::Command;

fn lint(
    dir: &std::path::Path,
    review: &str,
    public: &str,
    private: &str,
    json: bool,
) -> (i32, String) {
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_heard"));
    cmd.arg("--store")
        .arg(dir.join("store"))
        .env("HEARD_CONFIG", dir.join("config.toml"))
        .arg("lint")
        .arg("--review")
        .arg(write("review.txt", review))
        .arg("--public")
        .arg(write("public.txt", public))
        .arg("--private")
        .arg(write("private.txt", private));
    if json {
        cmd.arg("--json");
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

const REVIEW: &str =
    "The mug arrived cracked and the handle was snapped off. I emailed twice and nobody answered.";

#[test]
fn the_defensive_reply_blocks_with_spans() {
    let dir = tempfile::tempdir().unwrap();
    let reply = "We're sorry but the courier broke it, our policy says no refunds!!";
    let (code, out) = lint(dir.path(), REVIEW, reply, reply, true);
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let findings = v["findings"].as_array().unwrap();
    for category in ["defensive", "blame", "shouting", "no-choices"] {
        let f = findings
            .iter()
            .find(|f| f["category"] == category)
            .unwrap_or_else(|| panic!("no {category} in {out}"));
        for key in [
            "severity", "draft", "start", "end", "line", "column", "message",
        ] {
            assert!(!f[key].is_null(), "{category} lacks {key}");
        }
    }
    let blame = findings.iter().find(|f| f["category"] == "blame").unwrap();
    let (s, e) = (
        blame["start"].as_u64().unwrap() as usize,
        blame["end"].as_u64().unwrap() as usize,
    );
    assert!(
        reply[s..e].to_lowercase().contains("courier"),
        "{}",
        &reply[s..e]
    );
    for part in ["review", "public", "private"] {
        assert!(v["sentiment"][part]["compound"].is_f64(), "{out}");
    }
}

#[test]
fn a_warm_specific_reply_with_two_choices_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    let public = "Thank you for telling us, and I'm so sorry your mug arrived cracked and your emails went unanswered. \
                  That is not the care we want to give. I've sent you a private message; please reply there or email care@claykiln.example so we can put it right.";
    let private = "Hi, I'm sorry again about the cracked mug. Here is what we can do, whichever you prefer:\n\
                   1. A replacement mug, sent by tracked post within 2 working days.\n\
                   2. A full refund to your card within 5 working days.\n\
                   Just reply with your choice and I'll take care of it today.";
    let (code, out) = lint(dir.path(), REVIEW, public, private, false);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("none blocks"), "{out}");
}

#[test]
fn missing_input_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--store")
        .arg(dir.path().join("store"))
        .env("HEARD_CONFIG", dir.path().join("config.toml"))
        .args(["lint", "--review", "/no/such/review.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/review.txt"));
}
