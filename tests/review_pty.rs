//! The reviewer's screen in a real terminal: a colleague runs `heard review`
//! and `heard review ID` in a pseudo-terminal and reads what a person sees.

use crate::pty;

use std::process::Command;

fn heard(dir: &std::path::Path, who: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--store")
        .arg(dir.join("store"))
        .args(["--as", who])
        .args(args)
        .env("HEARD_CONFIG", dir.join("config.toml"))
        .env_remove("HEARD_STORE")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_colleague_reads_the_waiting_case_and_its_exact_drafts_in_a_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let review = dir.join("review.txt");
    std::fs::write(
        &review,
        "Customer: Dana Reyes\nRating: 1\n\nThe vase came shattered.\n",
    )
    .unwrap();
    let id = heard(dir, "Ann", &["new", review.to_str().unwrap(), "--no-open"])
        .trim()
        .to_string();
    std::fs::write(
        dir.join("public.txt"),
        "Thank you, Dana, and I'm sorry the vase arrived broken.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("private.txt"),
        "1. A new vase by Friday.\n2. A full refund today.\n",
    )
    .unwrap();
    heard(
        dir,
        "Ann",
        &[
            "draft",
            &id,
            "--public",
            dir.join("public.txt").to_str().unwrap(),
            "--private",
            dir.join("private.txt").to_str().unwrap(),
        ],
    );
    let store = dir.join("store");
    let config = dir.join("config.toml");
    let env = [("HEARD_CONFIG", config.as_os_str())];

    let mut list = pty::spawn(
        &["--store", store.to_str().unwrap(), "--as", "Bob", "review"],
        &env,
    );
    list.wait_for("Dana Reyes");
    list.wait_for(&id);
    assert!(list.wait_exit(), "heard review should exit 0");

    let mut one = pty::spawn(
        &[
            "--store",
            store.to_str().unwrap(),
            "--as",
            "Bob",
            "review",
            &id,
        ],
        &env,
    );
    // The review itself has scrolled past the top of 24 rows by now; the
    // end of the page is what the colleague has in front of them.
    one.wait_for("sorry the vase arrived broken");
    one.wait_for("A full refund today.");
    one.wait_for("sha256");
    assert!(one.wait_exit(), "heard review ID should exit 0");
}
