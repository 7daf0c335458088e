//! The real binary in a pseudo-terminal: a store made with `heard import`
//! and `heard diagnose`, the inbox, `p` for the patterns, Esc back, q.

use crate::cli;
use crate::pty;

#[test]
fn p_in_the_inbox_shows_the_patterns_of_the_store() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let store = dir.join("store");
    let reviews: Vec<String> = (1..=3)
        .map(|i| {
            format!("Id: r-{i}\nCustomer: Person {i}\nRating: 1\nDate: 2026-11-0{i} 10:00\n\nThe mug broke.\n")
        })
        .collect();
    let file = dir.join("reviews.txt");
    std::fs::write(&file, reviews.join("---\n")).unwrap();
    let (code, out) = cli::heard_as_ann(&store, &["import", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let ids = heard::store::Store::open(&store)
        .unwrap()
        .case_ids()
        .unwrap();
    for (id, why) in ids.iter().zip([
        "Mugs packed in a single box",
        "mug packed in one box",
        "single box for mugs",
    ]) {
        let (code, out) = cli::heard_as_ann(
            &store,
            &[
                "diagnose",
                id,
                "--category",
                "shipping damage",
                "--what",
                "broke",
                "--why",
                why,
                "--fix",
                "Double-box mugs",
                "--owner",
                "Sam",
            ],
        );
        assert_eq!(code, 0, "{out}");
    }
    let config = dir.join("config.toml");
    let env = [("HEARD_CONFIG", config.as_os_str())];
    let mut heard = pty::spawn(&["--store", store.to_str().unwrap(), "--as", "Ann"], &env);
    heard.wait_for("Inbox");
    heard.wait_for("p patterns");
    heard.send("p");
    heard.wait_for("Patterns · all time · 3 cases, 3 diagnosed");
    heard.wait_for("  3  Mugs packed in a single box");
    heard.wait_for("shipping damage");
    heard.send("\x1b");
    heard.wait_for("Inbox");
    heard.send("q");
    assert!(heard.wait_exit(), "heard should exit 0");
}
