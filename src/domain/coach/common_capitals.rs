//! Words drafts often capitalise (sentence openers, "I", days, greetings),
//! in lowercase: a capitalised word whose lowercase form is here borrows it
//! instead of allocating its own copy. Allocating was a tenth of the cost
//! of reading a draft's words. The list (`common_capitals.txt`, the
//! capitalised words seen at least 15 times in the labelled sets) only
//! saves work: a word not in it is lowercased all the same.

use super::text::FxSet;
use std::sync::LazyLock;

/// The longest word in the list: longer words skip the lookup.
const LONGEST: usize = 16;

static WORDS: LazyLock<FxSet<&'static str>> = LazyLock::new(|| {
    include_str!("common_capitals.txt")
        .lines()
        .filter(|w| !w.is_empty() && w.len() <= LONGEST)
        .collect()
});

/// The lowercase form of the ASCII word `word`, borrowed from the list when
/// it is there.
pub(super) fn lowercase(word: &str) -> Option<&'static str> {
    let b = word.as_bytes();
    if b.len() > LONGEST {
        return None;
    }
    let mut buf = [0u8; LONGEST];
    let lower = &mut buf[..b.len()];
    lower.copy_from_slice(b);
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    WORDS.get(lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_words_are_borrowed_in_lowercase_and_others_are_not() {
        assert_eq!(lowercase("Thank"), Some("thank"));
        assert_eq!(lowercase("I'M"), Some("i'm"));
        assert_eq!(lowercase("Zyxwv"), None);
        assert_eq!(lowercase("Thankyouverymuchindeed"), None);
        assert!(
            WORDS
                .iter()
                .all(|w| w.bytes().all(|b| !b.is_ascii_uppercase()))
        );
    }
}
