//! The fast paths of the full check give the answers of the plain ones,
//! on the odd input a fast path is most likely to get wrong.

use super::text::tests::ODD_TEXTS;

#[test]
fn hidden_characters_are_found_as_the_visible_module_finds_them() {
    let mut texts: Vec<String> = ODD_TEXTS.iter().map(|t| t.to_string()).collect();
    texts.extend([
        "\u{1b}[31mred\u{7f}".to_string(),
        "plain ascii, then a bidi override \u{202E}here\u{202C} and \u{E0041}".to_string(),
        "\u{00AD}soft hyphen first".to_string(),
        "ends with zero width\u{200D}".to_string(),
        "caf\u{e9}\u{200B}".repeat(50),
    ]);
    for text in &texts {
        assert_eq!(
            super::checks::hidden_chars(text),
            crate::domain::visible::hidden_chars(text),
            "{text:?}"
        );
    }
}
