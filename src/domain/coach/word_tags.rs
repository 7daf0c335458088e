//! Word lists a rule tests on every word of a draft, read with one lookup:
//! each list is a bit, and a word's bits come from one hash lookup (most
//! words not even that: a table of the lists' (length, first byte) pairs
//! turns them away first). A chain of `matches!` over a hundred words costs
//! a comparison per word of the lists; this costs the same however long
//! the lists grow.

use super::text::{FxMap, FxSet};

/// One bit per list.
pub(crate) type Tags = u32;

/// Words up to this many bytes have their own row in the first-byte
/// table; longer ones share the last row.
const LONGEST: usize = 24;

pub(crate) struct WordTags {
    tags: FxMap<&'static str, Tags>,
    starts: Starts,
}

impl WordTags {
    /// The lists, each with its bit.
    pub(crate) fn new(lists: &[(Tags, &[&'static str])]) -> WordTags {
        let mut tags: FxMap<&'static str, Tags> = FxMap::default();
        let mut starts = Starts::default();
        for &(bit, words) in lists {
            for &w in words {
                *tags.entry(w).or_default() |= bit;
                starts.add(w);
            }
        }
        WordTags { tags, starts }
    }

    /// The bits of the lists that hold `w` exactly (0: none).
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Tags {
        if !self.starts.may_hold(w) {
            return 0;
        }
        self.tags.get(w).copied().unwrap_or(0)
    }
}

/// Which (length, first byte) pairs a list's words have: most words of a
/// text fail this test and skip the hash lookup.
#[derive(Debug, Clone)]
pub(crate) struct Starts([[u64; 4]; LONGEST + 1]);

impl Default for Starts {
    fn default() -> Starts {
        Starts([[0; 4]; LONGEST + 1])
    }
}

impl Starts {
    pub(crate) fn add(&mut self, w: &str) {
        if let Some(&b) = w.as_bytes().first() {
            let b = usize::from(b);
            self.0[w.len().min(LONGEST)][b / 64] |= 1 << (b % 64);
        }
    }

    #[inline]
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        w.as_bytes().first().is_some_and(|&b| {
            let b = usize::from(b);
            self.0[w.len().min(LONGEST)][b / 64] & (1 << (b % 64)) != 0
        })
    }
}

/// A set of lowercase words from the rules (negations, contrasts, stop
/// words) with the same first test before the hash lookup. Everything
/// else a set does it does as the plain set it derefs to.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordSet {
    set: FxSet<Box<str>>,
    starts: Starts,
}

impl WordSet {
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.starts.may_hold(w) && self.set.contains(w)
    }
}

impl FromIterator<Box<str>> for WordSet {
    fn from_iter<I: IntoIterator<Item = Box<str>>>(words: I) -> WordSet {
        let mut out = WordSet::default();
        for w in words {
            out.starts.add(&w);
            out.set.insert(w);
        }
        out
    }
}

impl std::ops::Deref for WordSet {
    type Target = FxSet<Box<str>>;

    fn deref(&self) -> &FxSet<Box<str>> {
        &self.set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_the_bits_of_every_list_that_holds_it_exactly() {
        let long = "a-word-longer-than-the-table-has-rows-for";
        let t = WordTags::new(&[(1, &["courier", "bank", long]), (2, &["bank", "caf\u{e9}"])]);
        let cases: &[(&str, Tags)] = &[
            ("courier", 1),
            ("bank", 3),
            ("caf\u{e9}", 2),
            (long, 1),
            ("a-word-longer-than-the-table-has-rows-for!", 0),
            ("", 0),
            ("Courier", 0),
            ("courier's", 0),
            ("couriers", 0),
            ("cafe", 0),
            ("b", 0),
        ];
        for &(w, want) in cases {
            assert_eq!(t.get(w), want, "{w:?}");
        }
    }

    #[test]
    fn a_word_set_holds_what_the_plain_set_holds() {
        let words = [
            "but",
            "however",
            "caf\u{e9}",
            "won't",
            "a-very-long-contrast-word-indeed",
        ];
        let set: WordSet = words.iter().map(|w| Box::from(*w)).collect();
        let plain: FxSet<Box<str>> = words.iter().map(|w| Box::from(*w)).collect();
        for w in [
            "but",
            "But",
            "buts",
            "however",
            "caf\u{e9}",
            "cafe",
            "won't",
            "won\u{2019}t",
            "",
            "b",
            "a-very-long-contrast-word-indeed",
            "a-very-long-contrast-word-indeed!",
        ] {
            assert_eq!(set.contains(w), plain.contains(w), "{w:?}");
        }
        assert_eq!(set.len(), plain.len());
    }
}
