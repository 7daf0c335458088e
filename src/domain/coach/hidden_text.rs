//! Finding the characters a reader cannot see, fast: the check runs on
//! every pause in typing, over both drafts.

/// Every hidden character of `src` with its byte offset, as
/// [`crate::domain::visible::hidden_chars`] finds them. Printable ASCII,
/// newlines and tabs are never hidden and most of a draft is nothing else,
/// so runs of them are skipped as bytes and only the rest is decoded (after
/// a run of ASCII, the next byte always starts a character).
pub(super) fn hidden_chars(src: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(next) = super::byte_scan::next_byte(src.as_bytes(), at, |b| {
        !matches!(b, b' '..=b'~' | b'\n' | b'\t')
    }) {
        at = next;
        let Some(c) = src.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        if crate::domain::visible::is_hidden(c) {
            out.push((at, c));
        }
        at += c.len_utf8();
    }
    out
}
