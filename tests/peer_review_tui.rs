//! The colleague's hand-over in the terminal reads like `heard review ID`
//! (the review, the diagnosis, the numbered drafts), approves only what was
//! read to the end, and can point a change request at one line.

use crate::support;

use heard::domain::comments::DraftPart;
use heard::domain::gate::peer_review;
use support::{Harness, Stage, T0, at_stage};
use time::Duration;

fn handed_over() -> Harness {
    let mut h = at_stage(Stage::Diagnosed, T0 + Duration::minutes(90), 80, 24);
    h.keys("rBen<enter>");
    h
}

#[test]
fn the_colleague_reads_the_review_the_diagnosis_and_the_numbered_drafts() {
    let mut h = handed_over();
    h.assert_shows("What the customer wrote");
    h.assert_shows("more lines");
    h.keys("G");
    let all = {
        let mut seen = String::new();
        h.keys("g");
        for _ in 0..60 {
            seen.push_str(&h.screen());
            h.keys("j");
        }
        seen
    };
    for part in [
        "Diagnosis",
        "root cause:",
        "Public reply",
        "Private message",
        "   1 │ Hi Morag",
    ] {
        assert!(all.contains(part), "{part:?} never on screen:\n{all}");
    }
}

#[test]
fn a_approves_only_after_both_drafts_were_scrolled_to_the_end() {
    let mut h = handed_over();
    h.keys("a");
    assert!(
        h.status().contains("Read both drafts to the end first"),
        "{}",
        h.status()
    );
    assert!(h.case().verdicts.is_empty());
    h.keys("<enter>");
    assert!(
        h.case().verdicts.is_empty(),
        "Enter on the text approves nothing"
    );
    h.keys("G");
    h.assert_shows("you read both drafts to the end ✓");
    // Scrolling back up does not undo having read it.
    h.keys("g");
    h.keys("a<enter>");
    assert!(
        peer_review(&h.case()).open,
        "{}",
        peer_review(&h.case()).reason
    );
}

#[test]
fn a_change_request_can_point_at_a_line_like_the_cli() {
    let mut h = handed_over();
    h.keys("cprivate:99 too long<enter>");
    assert!(h.status().contains("there is no line 99"), "{}", h.status());
    assert!(h.case().verdicts.is_empty());
    h.keys("<esc>cpublic:1 Name the mug, not just the order<enter>");
    let case = h.case();
    let open = case.open_comments();
    assert_eq!(open.len(), 1, "{open:?}");
    let anchor = open[0].anchor.as_ref().expect("anchored");
    assert_eq!((anchor.draft, anchor.line), (DraftPart::Public, 1));
    assert_eq!(open[0].text, "Name the mug, not just the order");
    assert!(!peer_review(&case).open);
}

#[test]
fn reading_at_80x24() {
    let mut h = handed_over();
    h.draw();
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"\d{8}-[a-z0-9-]+-[0-9a-f]{4,6}", "[case-id]");
    settings.add_filter(r"sha256 [0-9a-f]{12}", "sha256 [hash]");
    settings.bind(|| insta::assert_snapshot!("peer_review_reading_top", h.term.backend()));
}
