//! A cheap first test for the passes that look for a few dozen cue words
//! (`justifications.rs`): tables of which lengths of
//! cue word start and end with each byte. Almost every other word of a
//! draft fails it with two lookups and bit tests, so those passes cost
//! little on every keystroke.

/// Which (first byte, length) and (last byte, length) pairs some cue word
/// has.
pub(super) struct Cues {
    first: [u32; 256],
    last: [u32; 256],
}

impl Cues {
    /// The table for `words` (each under 32 bytes; longer words always
    /// pass the test and are left to the full match).
    pub(super) const fn new(words: &[&str]) -> Cues {
        let (mut first, mut last) = ([0u32; 256], [0u32; 256]);
        let mut i = 0;
        while i < words.len() {
            let b = words[i].as_bytes();
            if !b.is_empty() && b.len() < 32 {
                first[b[0] as usize] |= 1 << b.len();
                last[b[b.len() - 1] as usize] |= 1 << b.len();
            }
            i += 1;
        }
        Cues { first, last }
    }

    /// Whether the word spanning `start..end` of `src` may be one of the
    /// cue words (false: it is not), read before it is lowercased (cue
    /// words are ASCII: a capital's lowercase is one byte away, and the
    /// length is the same).
    #[inline(always)]
    pub(super) fn may_hold_at(&self, src: &[u8], start: usize, end: usize) -> bool {
        let len = end - start;
        if len == 0 || end > src.len() {
            return false;
        }
        if len >= 32 {
            return true;
        }
        let (f, l) = (
            src[start].to_ascii_lowercase(),
            src[end - 1].to_ascii_lowercase(),
        );
        self.first[f as usize] & self.last[l as usize] & (1 << len) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::Cues;

    #[test]
    fn only_words_of_a_listed_start_and_length_pass() {
        const CUES: Cues = Cues::new(&["clear", "usually", "as"]);
        let may = |w: &str| CUES.may_hold_at(w.as_bytes(), 0, w.len());
        for w in ["clear", "usually", "as", "chear", "Clear"] {
            assert!(may(w), "{w}");
        }
        for w in ["the", "clearly", "", "bs", "was", "an", "crane"] {
            assert!(!may(w), "{w}");
        }
        assert!(may("a-very-long-hyphenated-word-over-thirty-two"));
        let src = b"Clear as mud";
        assert!(CUES.may_hold_at(src, 0, 5));
        assert!(CUES.may_hold_at(src, 6, 8));
        assert!(!CUES.may_hold_at(src, 9, 12));
    }
}
