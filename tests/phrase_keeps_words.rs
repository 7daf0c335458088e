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
    let empathy = h.case().response.empathy;
    assert!(empathy.starts_with("Mara, a cracked mug "), "{empathy}");
    assert!(
        empathy.len() > "Mara, a cracked mug ".len() + 5,
        "{empathy}"
    );
}

/// One ^Z after a phrase brings back exactly what was typed: not the
/// phrase without its joining space, not half of it.
#[test]
fn one_undo_takes_the_phrase_and_its_space_back_out() {
    let mut h = at_stage(Stage::Read, T0 + Duration::minutes(5), 80, 24);
    while h.step_title() != "Show you understand" {
        h.keys("n");
    }
    h.keys("eMara, a cracked mug<esc><enter>");
    assert!(h.screen().contains("^Z undo"), "{}", h.screen());
    h.keys("<c-z><enter>");
    assert_eq!(h.case().response.empathy, "Mara, a cracked mug");
}

/// In the drafts a phrase goes in at the cursor, over the words picked
/// with Shift+←; one ^Z puts those words back as they were.
#[test]
fn a_phrase_over_picked_words_in_a_draft_comes_out_with_one_undo() {
    let mut h = at_stage(Stage::Composed, T0 + Duration::minutes(20), 80, 24);
    h.keys("p");
    let before = h.case().drafts.public.clone();
    h.keys("e<c-end><s-left><s-left><s-left><s-left><s-left><c-b><enter>");
    let shown = h.screen();
    h.keys("<esc>");
    let with_phrase = h.case().drafts.public.clone();
    assert_ne!(with_phrase, before, "the phrase went in: {shown}");
    // The five picked characters were replaced, the rest kept.
    let cut = before.char_indices().rev().nth(4).unwrap().0;
    assert!(with_phrase.starts_with(&before[..cut]), "{with_phrase}");
    assert!(!with_phrase.starts_with(&before), "{with_phrase}");
    h.keys("e<c-z><esc>");
    assert_eq!(h.case().drafts.public, before);
}
