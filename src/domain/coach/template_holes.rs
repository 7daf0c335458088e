//! Template leftovers in a draft: `[NAME]`, `{{order}}`, `<product>`,
//! `___`, "XXX", "TODO", found by one scan of the bytes and one of the
//! words.

use super::structure::Span;
use super::text::Text;

const PLACEHOLDER_WORDS: &[&str] = &["xxx", "xxxx", "tbd", "todo", "fixme", "lorem", "ipsum"];

fn is_placeholder_word(w: &str) -> bool {
    (3..=5).contains(&w.len())
        && matches!(w.as_bytes()[0], b'x' | b't' | b'f' | b'l' | b'i')
        && PLACEHOLDER_WORDS.contains(&w)
}

/// `[NAME]`, `{{order}}`, `{name}`, `<product>`, `___`, "XXX", "TODO".
pub(crate) fn placeholders(text: &Text) -> Vec<Span> {
    let src = text.src;
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // Most bytes open nothing: skip to the next one that might.
        // Non-short-circuit `|`: four compares the compiler can run over a
        // block of bytes at once.
        let opens = |c: u8| (c == b'[') | (c == b'{') | (c == b'<') | (c == b'_');
        match super::byte_scan::next_byte(b, i, opens) {
            Some(at) => i = at,
            None => break,
        }
        let close = match b[i] {
            b'[' => Some(b']'),
            b'{' => Some(b'}'),
            b'<' => Some(b'>'),
            _ => None,
        };
        if let Some(close) = close {
            let inner_start = i + 1 + usize::from(b.get(i + 1) == Some(&b[i]));
            let limit = (inner_start + 40).min(b.len());
            if let Some(off) = b[inner_start..limit].iter().position(|&c| c == close) {
                let inner = &src[inner_start..inner_start + off];
                let mut end = inner_start + off + 1;
                if b.get(end) == Some(&close) {
                    end += 1;
                }
                let ok = !inner.trim().is_empty()
                    && inner.chars().any(char::is_alphabetic)
                    && !inner.contains(['@', '/', '\n', '.', '('])
                    && b.get(end) != Some(&b'(');
                if ok {
                    out.push((i, end));
                    i = end;
                    continue;
                }
            }
        }
        if b[i] == b'_' && b.get(i + 1) == Some(&b'_') && b.get(i + 2) == Some(&b'_') {
            let mut j = i;
            while j < b.len() && b[j] == b'_' {
                j += 1;
            }
            out.push((i, j));
            i = j;
            continue;
        }
        i += 1;
    }
    for w in &text.words {
        if is_placeholder_word(text.lower(w))
            && !out.iter().any(|&(s, e)| s <= w.start && w.end <= e)
        {
            out.push((w.start, w.end));
        }
    }
    out.sort_unstable();
    out
}
