//! Word lists a rule tests on every word of a draft, read with one lookup:
//! each list is a bit, and a word's bits come from one hash lookup (most
//! words not even that: a table of the lists' (length, first byte) pairs
//! turns them away first). A chain of `matches!` over a hundred words costs
//! a comparison per word of the lists; this costs the same however long
//! the lists grow.

use super::text::FxMap;

/// One bit per list.
pub(crate) type Tags = u32;

/// Words up to this many bytes have their own row in the first-byte
/// table; longer ones share the last row.
const LONGEST: usize = 24;

pub(crate) struct WordTags {
    tags: FxMap<&'static str, Tags>,
    starts: [[u64; 4]; LONGEST + 1],
}

impl WordTags {
    /// The lists, each with its bit.
    pub(crate) fn new(lists: &[(Tags, &[&'static str])]) -> WordTags {
        let mut tags: FxMap<&'static str, Tags> = FxMap::default();
        let mut starts = [[0u64; 4]; LONGEST + 1];
        for &(bit, words) in lists {
            for &w in words {
                *tags.entry(w).or_default() |= bit;
                if let Some(&b) = w.as_bytes().first() {
                    let b = usize::from(b);
                    starts[w.len().min(LONGEST)][b / 64] |= 1 << (b % 64);
                }
            }
        }
        WordTags { tags, starts }
    }

    /// The bits of the lists that hold `w` exactly (0: none).
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Tags {
        let Some(&b) = w.as_bytes().first() else {
            return 0;
        };
        let b = usize::from(b);
        if self.starts[w.len().min(LONGEST)][b / 64] & (1 << (b % 64)) == 0 {
            return 0;
        }
        self.tags.get(w).copied().unwrap_or(0)
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
}
