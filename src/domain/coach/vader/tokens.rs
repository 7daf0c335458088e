//! Splitting a text into VADER's tokens the way Python's `str.split()`
//! does, quickly: the coach scores every draft on every check, and most of
//! a draft is ASCII, which is tested byte by byte; only other characters
//! are decoded.

use std::borrow::Cow;

/// Whether the character at byte `i` (a character boundary) is Python
/// whitespace, and its length in bytes.
#[inline]
fn space_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        // Tab, newline, vertical tab, form feed, return; the four ASCII
        // separators; space.
        return (matches!(b, b'\t'..=b'\r' | 0x1c..=b' '), 1);
    }
    match text.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) => (py_space(c), c.len_utf8()),
        None => (false, 1),
    }
}

/// The non-empty pieces of `text` between runs of Python whitespace:
/// `text.split(py_space).filter(|t| !t.is_empty())`.
pub(super) fn py_split(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = loop {
            // Spaces between words are nearly always ASCII spaces and
            // newlines: skipped without the general test.
            while i < bytes.len() && matches!(bytes[i], b' ' | b'\n') {
                i += 1;
            }
            if i >= bytes.len() {
                return None;
            }
            let (space, len) = space_at(text, i);
            if !space {
                break i;
            }
            i += len;
        };
        loop {
            // Printable ASCII (and DEL) is never a space: the bulk of a
            // word, one range test a byte.
            while i < bytes.len() && matches!(bytes[i], b'!'..=0x7f) {
                i += 1;
            }
            if i >= bytes.len() {
                break;
            }
            // An ASCII control byte or space, tested here without a call.
            if bytes[i] < 0x80 {
                if matches!(bytes[i], b'\t'..=b'\r' | 0x1c..=b' ') {
                    break;
                }
                i += 1;
                continue;
            }
            let (space, len) = space_at(text, i);
            if space {
                break;
            }
            i += len;
        }
        text.get(start..i)
    })
}

/// Python's `str.isupper`: at least one cased character and none lower.
pub(super) fn py_isupper(s: &str) -> bool {
    if s.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    if s.is_ascii() {
        let b = s.as_bytes();
        return b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase);
    }
    let mut upper = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            upper = true;
        }
    }
    upper
}

/// Python's `str.isspace` (Rust's `is_whitespace` plus the ASCII separators).
pub(super) fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

#[inline(always)]
pub(super) fn strip_punc_if_word(token: &str) -> &str {
    let b = token.as_bytes();
    // Most tokens have no punctuation at either end: nothing to strip.
    if b.first().is_none_or(|c| !c.is_ascii_punctuation())
        && b.last().is_none_or(|c| !c.is_ascii_punctuation())
    {
        return token;
    }
    strip_punc(token)
}

/// The reference's `strip_punc_if_word` on a token with punctuation at an
/// end. ASCII punctuation is one byte and no byte of another character is
/// ASCII, so trimming bytes is trimming characters.
pub(super) fn strip_punc(token: &str) -> &str {
    let b = token.as_bytes();
    let start = b
        .iter()
        .position(|c| !c.is_ascii_punctuation())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_punctuation())
        .map_or(start, |e| e + 1);
    let stripped = token.get(start..end).unwrap_or(token);
    if stripped.chars().nth(2).is_none() {
        token
    } else {
        stripped
    }
}

/// Whether a lowercase word contains "n't" (a negation in the reference).
pub(super) fn has_nt(w: &str) -> bool {
    // Most words have no apostrophe: one byte search rules them out.
    let b = w.as_bytes();
    b.contains(&b'\'') && b.windows(3).any(|x| x == b"n't")
}

pub(super) fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_where_the_character_split_does() {
        let spaces = [
            " ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{1c}", "\u{1f}", "\u{85}", "\u{a0}",
            "\u{2003}", "\u{2028}", "\u{3000}", "  ",
        ];
        let words = [
            "",
            "a",
            "don't",
            "caf\u{e9}",
            "x\u{301}",
            "\u{1F642}",
            "!!",
            "\u{200B}",
            "WORD",
            "supercalifragilisticexpialidocious",
        ];
        for s in spaces {
            for w in words {
                for text in [
                    format!("{w}{s}{w}"),
                    format!("{s}{w}{s}{w}{s}"),
                    format!("{w}{w}{s}{s}{w}"),
                ] {
                    let slow: Vec<&str> = text.split(py_space).filter(|t| !t.is_empty()).collect();
                    let fast: Vec<&str> = py_split(&text).collect();
                    assert_eq!(fast, slow, "{text:?}");
                }
            }
        }
    }
}
