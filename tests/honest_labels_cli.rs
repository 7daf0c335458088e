//! What the command line says when there is less than it seems: header
//! lines with no review under them, a case with no drafts to lint, a
//! debrief asked for before the reply went out.

use crate::cli;

use cli::heard_as_ann;
use heard::app::create::case_from_text;
use heard::domain::review::PlainTextHints;
use heard::store::Store;

use crate::support::T0;

fn store() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    (dir, store)
}

fn new_case(store: &std::path::Path, text: &str) -> (i32, String) {
    let file = store.parent().unwrap().join("review.txt");
    std::fs::write(&file, text).unwrap();
    heard_as_ann(store, &["new", file.to_str().unwrap(), "--no-open"])
}

fn id_in(out: &str) -> String {
    out.split_whitespace()
        .find(|w| w.len() > 9 && w[..8].chars().all(|c| c.is_ascii_digit()))
        .unwrap_or_else(|| panic!("no case id in {out:?}"))
        .trim_end_matches(['.', ':'])
        .to_string()
}

#[test]
fn header_lines_with_no_review_under_them_are_refused_like_an_empty_text() {
    let (_dir, store) = store();
    for text in ["", "Customer: Dana\nRating: 1\n", "Platform: google\n\n\n"] {
        let (code, out) = new_case(&store, text);
        assert_eq!(code, 2, "{text:?}: {out}");
        assert!(out.contains("not a review"), "{out}");
    }
    let (code, out) = new_case(&store, "Customer: Dana\nRating: 1\n");
    assert!(out.contains("no review under them"), "{code} {out}");
    let (_, list) = heard_as_ann(&store, &["list"]);
    assert!(!list.contains("Dana"), "{list}");
}

#[test]
fn lint_on_a_case_with_no_saved_drafts_says_there_is_nothing_to_check() {
    let (_dir, store) = store();
    let (code, out) = new_case(&store, "Customer: Dana\n\nThe mug came broken.");
    assert_eq!(code, 0, "{out}");
    let id = id_in(&out);
    let (code, out) = heard_as_ann(&store, &["lint", "--case", &id]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("no saved drafts yet: nothing to check"),
        "{out}"
    );
    let (code, out) = heard_as_ann(&store, &["lint", "--case", &id, "--json"]);
    assert_eq!(code, 0, "{out}");
    let json: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(json["drafts"], "none saved");
}

#[test]
fn a_debrief_before_sending_says_so_first() {
    let (_dir, store) = store();
    let (_, out) = new_case(&store, "Customer: Dana\n\nThe mug came broken.");
    let id = id_in(&out);
    let (code, out) = heard_as_ann(&store, &["debrief", &id]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("The reply is not sent yet: the debrief starts once it is."),
        "{out}"
    );
}

#[test]
fn heard_list_sorts_like_the_inbox_nearest_deadline_first() {
    let (_dir, store) = store();
    // Created a minute apart (the clock given, not waited for), so the
    // deadlines differ; newest-first (or by name) would put Amy first.
    let opened = Store::open(&store).unwrap();
    for (minutes, text) in [
        (0, "Customer: Zed\n\nThe mug came broken."),
        (1, "Customer: Amy\n\nThe lid was cracked."),
    ] {
        let at = T0 + time::Duration::minutes(minutes);
        case_from_text(&opened, "Ann", at, text, &PlainTextHints::default(), None).unwrap();
    }
    let (code, list) = heard_as_ann(&store, &["list"]);
    assert_eq!(code, 0, "{list}");
    let (zed, amy) = (list.find("Zed").unwrap(), list.find("Amy").unwrap());
    assert!(zed < amy, "{list}");
}

#[test]
fn a_case_is_found_by_the_start_of_its_customers_name() {
    let (_dir, store) = store();
    for who in ["Morag Pennington", "Moritz Blum", "Dana Reyes"] {
        let (code, out) = new_case(&store, &format!("Customer: {who}\n\nThe mug came broken."));
        assert_eq!(code, 0, "{out}");
    }
    let (code, out) = heard_as_ann(&store, &["status", "dana"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("dana-reyes"), "{out}");
    let (code, out) = heard_as_ann(&store, &["status", "MORAG"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = heard_as_ann(&store, &["status", "mor"]);
    assert_ne!(code, 0, "{out}");
    assert!(out.contains("matches several cases"), "{out}");
    assert!(
        out.contains("(Morag Pennington)") && out.contains("(Moritz Blum)"),
        "{out}"
    );
}
