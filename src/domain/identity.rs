//! Whether two names are the same person, compared as people see names:
//! case, spacing, compatibility forms (full-width letters), invisible
//! characters and lookalike letters (Cyrillic "е" for Latin "e", Unicode
//! TR39 confusable skeletons) do not make a second person.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_security::confusable_detection::skeleton;

use super::visible::is_hidden;

/// The form of a name two people's names are compared in. Accents fold
/// away too: "Ánn" typed at the approval prompt is still Ann, as "José"
/// and "Jose" are one colleague.
pub fn name_key(name: &str) -> String {
    let bare: String = chain_key(name)
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect();
    // "Ann." and "'Ann'" are still Ann: marks around a name are not a name.
    let trimmed = bare.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.nfkc().collect()
}

/// The form a person's chain of event files is keyed by: `name_key`
/// before accents folded. Kept as it was so that stores written before
/// that change still verify (two spellings keep their own chains).
pub fn chain_key(name: &str) -> String {
    let visible: String = name.nfkc().filter(|c| !is_hidden(*c)).collect();
    let folded = visible.to_lowercase();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let skeleton: String = skeleton(&words.join(" ")).collect();
    // The skeleton maps lookalikes to one prototype, which may differ in
    // case from the letter people typed ("I" for "l"); fold once more.
    skeleton.to_lowercase().nfkc().collect()
}

/// Whether two typed names are the same person.
pub fn same_person(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// The spelling a person's name was first seen in among `seen` (oldest
/// first), or `name` itself: "Bob asked for changes" and "approved by
/// bob" on one screen read as two people.
pub fn first_spelling<'a>(seen: impl IntoIterator<Item = &'a str>, name: &'a str) -> &'a str {
    seen.into_iter()
        .find(|s| same_person(s, name))
        .unwrap_or(name)
}

impl super::case::Case {
    /// How `name` is shown on this case: as that person's name was first
    /// recorded here (the creator, the timeline, the drafts' authors, then
    /// the verdicts).
    pub fn shown_name(&self, name: &str) -> String {
        let seen = std::iter::once(self.created_by.as_str())
            .chain(self.history.moments.iter().map(|m| m.by.as_str()))
            .chain(self.draft_authors.iter().map(String::as_str))
            .chain(self.verdicts.iter().map(|v| v.by.as_str()));
        first_spelling(seen, name).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_shown_as_first_seen_table() {
        let seen = ["Ann", "Bob", "bob", "Dana"];
        let table = [
            ("bob", "Bob"),
            ("BOB", "Bob"),
            (" ann ", "Ann"),
            ("B\u{043E}b", "Bob"),
            ("Eve", "Eve"),
            ("dana", "Dana"),
        ];
        for (name, shown) in table {
            assert_eq!(first_spelling(seen, name), shown, "{name:?}");
        }
    }

    #[test]
    fn names_compare_as_people_see_them_table() {
        let table = [
            ("Ann", "ann", true),
            ("Ann", " Ann ", true),
            ("me", "m\u{0435}", true),                 // Cyrillic ie
            ("Bob", "B\u{200B}ob", true),              // zero-width space
            ("Bob", "\u{FF22}\u{FF4F}\u{FF42}", true), // full-width
            ("Ann Lee", "Ann  Lee", true),
            ("Bob", "B\u{043E}b", true),  // Cyrillic o
            ("Sam", "\u{202E}Sam", true), // bidi override
            ("Ann", "\u{C1}nn", true),    // accented capital A
            ("Ann", "A\u{0300}nn", true), // a combining grave
            ("Jos\u{E9}", "Jose", true),
            ("Zo\u{EB}", "Zoe", true),
            ("Ann", "Anne", false),
            ("Jos\u{E9}", "Josh", false),
            ("Ann", "Ann.", true),
            ("Ann", "'Ann'", true),
            ("Ann", "-Ann-", true),
            ("Ann-Marie", "Ann", false),
            ("Ann", "...", false),
            ("Bob", "Rob", false),
            ("Ann", "", false),
        ];
        for (a, b, same) in table {
            assert_eq!(same_person(a, b), same, "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn chains_keep_accented_spellings_apart_so_old_stores_verify() {
        assert_ne!(chain_key("\u{C1}nn"), chain_key("Ann"));
        assert_eq!(chain_key("B\u{043E}b"), chain_key("bob"));
    }
}
