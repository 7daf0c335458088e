//! Finding the next byte of a rare kind (a bracket, a quotation mark, a
//! digit, a byte outside printable ASCII) in a draft. Several checks skip
//! most of a text this way on every pause in typing; testing a byte at a
//! time with an early exit costs a branch a byte, so runs of bytes are
//! tested whole first and only a run that holds one is searched.

/// Bytes tested together: a run is read as one fixed-size block, which the
/// compiler tests without a branch per byte.
const RUN: usize = 16;

/// Where the first byte at or after `from` for which `hit` holds is.
#[inline(always)]
pub(super) fn next_byte(bytes: &[u8], from: usize, hit: impl Fn(u8) -> bool) -> Option<usize> {
    let mut i = from.min(bytes.len());
    // A fixed-size block, each byte's test as a 0 or 1 `|`-ed together
    // with no early exit: the compiler tests the block in vector
    // registers, not a byte at a time.
    for run in bytes[i..].chunks_exact(RUN) {
        let run: &[u8; RUN] = run.try_into().unwrap_or(&[0; RUN]);
        if run.iter().fold(0u8, |seen, &b| seen | u8::from(hit(b))) != 0 {
            break;
        }
        i += RUN;
    }
    bytes[i..].iter().position(|&b| hit(b)).map(|k| i + k)
}

#[cfg(test)]
mod tests {
    use super::next_byte;

    #[test]
    fn finds_the_same_byte_as_a_plain_search() {
        let text =
            "a plain run of words that goes on past sixteen bytes [NAME] and <x> then ___ end";
        let b = text.as_bytes();
        let hit = |c: u8| matches!(c, b'[' | b'<' | b'_');
        for from in 0..=b.len() {
            let plain = b[from..].iter().position(|&c| hit(c)).map(|k| from + k);
            assert_eq!(next_byte(b, from, hit), plain, "from {from}");
        }
        assert_eq!(next_byte(b"", 0, hit), None);
        assert_eq!(next_byte(b"abc", 7, hit), None);
    }
}
