//! Enter on a phrase puts it after the words already typed: it used to
//! replace them, with no undo.

use crate::support;

use support::{Stage, T0, at_stage};
use time::Duration;

#[test]
fn a_picked_phrase_joins_the_typed_words_instead_of_replacing_them() {
    let mut h = at_stage(Stage::Read, T0 + Duration::minutes(5), 80, 24);
    for _ in 0..8 {
        if h.step_title() == "Show you understand" {
            break;
        }
        h.keys("n");
    }
    assert_eq!(h.step_title(), "Show you understand");
    h.keys("eMara, a cracked mug<esc><enter>");
    let shown = h.screen();
    assert!(shown.contains("Mara, a cracked mug "), "{shown}");
    // The phrase follows the typed words in the field.
    let field = shown
        .lines()
        .find(|l| l.contains("Mara, a cracked mug"))
        .unwrap()
        .to_string();
    assert!(
        field.trim_end().len() > field.find("mug").unwrap() + 5,
        "{shown}"
    );
    // ^U takes the phrase back out; ^R puts it in again.
    h.keys("<c-u>");
    assert!(!h.screen().contains(&field), "{}", h.screen());
    assert!(h.screen().contains("Mara, a cracked mug"), "{}", h.screen());
    h.keys("<c-r>");
    assert!(h.screen().contains(&field), "{}", h.screen());
    h.keys("<enter>");
    let empathy = h.case().empathy;
    assert!(empathy.starts_with("Mara, a cracked mug "), "{empathy}");
    assert!(
        empathy.len() > "Mara, a cracked mug ".len() + 5,
        "{empathy}"
    );
}
