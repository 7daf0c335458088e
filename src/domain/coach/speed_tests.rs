//! The fast paths of the full check give the answers of the plain ones,
//! on the odd input a fast path is most likely to get wrong.

use super::text::{char_at, is_apostrophe, is_word_char, word_end};

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
            super::hidden_text::hidden_chars(text),
            crate::domain::visible::hidden_chars(text),
            "{text:?}"
        );
    }
}

#[test]
fn capitals_are_read_as_the_character_test_reads_them() {
    use super::text::Text;
    let slow = |s: &str| s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase);
    let all = ODD_TEXTS.join(" ") + " aBC ABC \u{e9}COLE \u{c9}COLE 1ST 2nd \u{3a3}\u{399}";
    let t = Text::new(&all);
    let caps = super::structure::caps_words(&t);
    for w in &t.words {
        let raw = t.raw(w);
        assert_eq!(caps.contains(raw), slow(raw), "{raw:?}");
    }
}

#[test]
fn template_holes_and_marks_are_found_after_other_scripts() {
    use super::text::Text;
    let src = "Caf\u{e9} \u{1F642} [NAME] and {{order}} \u{2014} <product>, ___ done?! \u{a3}5!!";
    let t = Text::new(src);
    let holes: Vec<&str> = super::structure::placeholders(&t)
        .iter()
        .map(|&(s, e)| &src[s..e])
        .collect();
    assert_eq!(holes, ["[NAME]", "{{order}}", "<product>", "___"]);
    let rules = super::CompiledRules::builtin();
    let shouts: Vec<&str> = super::structure::shouting(&t, &Default::default(), &[], &rules)
        .iter()
        .map(|&(s, e)| &src[s..e])
        .collect();
    assert!(
        shouts.contains(&"?!") && shouts.contains(&"!!"),
        "{shouts:?}"
    );
}

/// [`word_end`] as it was, one character at a time: the answer the fast
/// path must give.
fn word_end_by_chars(src: &str, mut end: usize) -> usize {
    while end < src.len() {
        let (d, dlen) = char_at(src, end);
        let inside = is_word_char(d)
            || (is_apostrophe(d)
                && end + dlen < src.len()
                && is_word_char(char_at(src, end + dlen).0));
        if !inside {
            break;
        }
        end += dlen;
    }
    end
}

/// Odd words for the fast paths: other scripts, curly and straight
/// apostrophes at the edges, combining marks, digits, a long word.
const ODD_TEXTS: &[&str] = &[
    "",
    "a",
    "'",
    "don't dogs' 'quoted' o'clock rock'n'roll",
    "won\u{2019}t \u{2019}tis ends\u{2019} caf\u{e9} Cafe\u{301} na\u{ef}ve",
    "\u{c9}COLE \u{130}stanbul stra\u{df}e \u{3a3}\u{399}\u{3a3} \u{43f}\u{440}\u{438}\u{432}\u{435}\u{442}",
    "x\u{301}\u{301}y 1st 2,000 \u{a3}45.50 #48213 hello@shop.example",
    "\u{1F642}word\u{1F642} tab\there\nnew\r\nline\u{200B}zero\u{FEFF}",
    "Supercalifragilisticexpialidocious-and-then-some-more-words-joined-by-hyphens-to-be-long",
];

#[test]
fn the_ascii_fast_path_ends_words_where_the_character_walk_does() {
    for text in ODD_TEXTS {
        for (i, c) in text.char_indices() {
            let from = i + c.len_utf8();
            assert_eq!(
                word_end(text, from),
                word_end_by_chars(text, from),
                "{text:?} from byte {from}"
            );
        }
    }
}

#[test]
fn a_search_for_one_list_finds_what_the_full_search_finds_of_it() {
    use super::phrases::List;
    use super::rules::CompiledRules;
    use super::text::Text;
    let rules = CompiledRules::builtin();
    let mut texts: Vec<String> = ODD_TEXTS.iter().map(|t| t.to_string()).collect();
    texts.extend([
        "I will call my LAWYER, this is fraud and a scam; I won't sue, but chargeback!".to_string(),
        "Not a scam \u{2014} the courier broke it. \u{201c}Fraud\u{201d}, they said. Sorry."
            .to_string(),
        "I'm reporting you to trading standards and my solicitor. Small claims court next."
            .to_string(),
    ]);
    let all = texts.join(" ");
    texts.push(all);
    for text in &texts {
        let t = Text::new(text);
        let full = rules.matcher.find(&t, &rules.negation);
        for list in [List::LegalRisk, List::Blame, List::Apology, List::Money] {
            let want: Vec<_> = full.iter().filter(|m| m.list == list).copied().collect();
            let only = rules.matcher.find_lists(&t, &rules.negation, list.bit());
            assert_eq!(only, want, "{list:?} in {text:?}");
        }
    }
}

#[test]
fn a_plain_word_is_scanned_to_where_the_character_walk_ends_it() {
    use super::text::scan_word;
    let extra = "ab1 AB x'y ab\u{e9} ab\u{2019}s ab' abc-def ab\u{301} zz";
    for text in ODD_TEXTS.iter().chain([&extra]) {
        for (i, c) in text.char_indices() {
            if !is_word_char(c) {
                continue;
            }
            let (end, plain) = scan_word(text, i);
            let slow_end = word_end_by_chars(text, i + c.len_utf8());
            assert_eq!(end, slow_end, "{text:?} from byte {i}");
            let lowercase_ascii = text[i..end]
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            if plain {
                assert!(lowercase_ascii, "{text:?} from byte {i}");
            }
        }
    }
}
