//! A text as the coach sees it: words with byte spans, lowercased once;
//! sentences; clauses (the scope of a negation); quoted stretches (the
//! customer's own words, which are never the reply's tone).

use std::borrow::Cow;
use std::hash::{BuildHasherDefault, Hasher};

/// A small fast hasher for short word keys (the rules are ours, not
/// attacker-chosen keys, so DoS resistance is not needed here).
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(Self::K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        // The tail (most words are shorter than 8 bytes) in one round: read
        // as two overlapping halves, tagged with its length.
        let r = chunks.remainder();
        let n = r.len();
        let v = match n {
            0 => return,
            1..=3 => u64::from(r[0]) | u64::from(r[n / 2]) << 8 | u64::from(r[n - 1]) << 16,
            _ => {
                let lo = u32::from_le_bytes([r[0], r[1], r[2], r[3]]);
                let hi = u32::from_le_bytes([r[n - 4], r[n - 3], r[n - 2], r[n - 1]]);
                u64::from(lo) | u64::from(hi) << 32
            }
        };
        self.add(v ^ (n as u64) << 59);
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
pub(crate) type FxMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
pub(crate) type FxSet<K> = std::collections::HashSet<K, FxBuild>;

#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    pub start: usize,
    pub end: usize,
    /// The lowercase form: borrowed from the text when the word is already
    /// lowercase ASCII (most words), else its own copy. Held as a slice,
    /// not a range, because the rules read it tens of thousands of times a
    /// check and slicing a range costs a bounds and boundary check each time.
    lower: Cow<'a, str>,
    pub sentence: u32,
    pub clause: u32,
    pub quoted: bool,
}

#[derive(Debug)]
pub(crate) struct Text<'a> {
    pub src: &'a str,
    pub words: Vec<Word<'a>>,
    /// Byte ranges of sentences (trimmed).
    pub sentences: Vec<(usize, usize)>,
    /// Byte ranges inside quotation marks (marks excluded).
    pub quotes: Vec<(usize, usize)>,
}

pub(super) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Words that open a new clause: negation before them does not reach after.
const CLAUSE_WORDS: &[&str] = &["but", "however", "although", "though", "because", "while"];

/// The character at byte `i` (a char boundary) and its length; ASCII, the
/// common case, without decoding.
#[inline]
pub(super) fn char_at(src: &str, i: usize) -> (char, usize) {
    let b = src.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = src[i..].chars().next().unwrap_or('\u{fffd}');
        (c, c.len_utf8())
    }
}

#[inline]
pub(super) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Pictographs and dingbats (smileys, hearts, thumbs).
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F300}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}')
}

fn is_clause_word(w: &str) -> bool {
    (3..=7).contains(&w.len())
        && matches!(w.as_bytes()[0], b'b' | b'h' | b'a' | b't' | b'w')
        && CLAUSE_WORDS.contains(&w)
}

/// Where the word that continues at byte `end` stops: word characters,
/// and an apostrophe only between two of them ("don't", not "dogs' ").
pub(super) fn word_end(src: &str, mut end: usize) -> usize {
    let bytes = src.as_bytes();
    loop {
        // ASCII letters and digits, most of every word, byte by byte; the
        // rest (apostrophes, other scripts) decoded below.
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        if end >= bytes.len() || !matches!(bytes[end], b'\'' | 0x80..) {
            return end;
        }
        let (d, dlen) = char_at(src, end);
        let inside = is_word_char(d)
            || (is_apostrophe(d)
                && end + dlen < src.len()
                && is_word_char(char_at(src, end + dlen).0));
        if !inside {
            return end;
        }
        end += dlen;
    }
}

/// Where the word starting at byte `start` (a word character) ends, as
/// [`word_end`] finds, and whether it is plain: ASCII lowercase letters and
/// digits only, so already its own lowercase form. The common word is
/// read in one byte loop.
#[inline]
pub(super) fn scan_word(src: &str, start: usize) -> (usize, bool) {
    let bytes = src.as_bytes();
    let mut end = start;
    while end < bytes.len() && matches!(bytes[end], b'a'..=b'z' | b'0'..=b'9') {
        end += 1;
    }
    // `word_end` stops at the same byte unless the word goes on: an
    // uppercase letter, an apostrophe or another script.
    let stops = bytes
        .get(end)
        .is_none_or(|&b| !(b.is_ascii_alphanumeric() || b == b'\'' || b >= 0x80));
    if end > start && stops {
        return (end, true);
    }
    let first = char_at(src, start).1;
    (word_end(src, (start + first).max(end)), false)
}

/// The word starting at byte `start`: where it ends, and its lowercase
/// form (see [`lower_form`]).
fn read_word(src: &str, start: usize) -> (usize, Cow<'_, str>) {
    let (end, plain) = scan_word(src, start);
    let word = &src[start..end];
    let lower = if plain {
        Cow::Borrowed(word)
    } else {
        lower_form(word)
    };
    (end, lower)
}

/// The lowercase form of `word` (curly apostrophes made straight),
/// borrowed when the word is already lowercase ASCII, the common case, so
/// nothing is copied.
fn lower_form(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'\'')
    {
        return Cow::Borrowed(word);
    }
    if word.is_ascii() {
        return match super::common_capitals::lowercase(word) {
            Some(known) => Cow::Borrowed(known),
            None => Cow::Owned(word.to_ascii_lowercase()),
        };
    }
    let mut lower = String::with_capacity(word.len());
    for ch in word.chars() {
        if ch == '\u{2019}' {
            lower.push('\'');
        } else {
            lower.extend(ch.to_lowercase());
        }
    }
    Cow::Owned(lower)
}

/// Whether `c`, followed by the byte `next`, closes a sentence.
#[inline]
fn ends_sentence(c: char, next: Option<u8>) -> bool {
    match c {
        '.' | '!' | '?' | '\u{2026}' => {
            next.is_none_or(|b| b.is_ascii_whitespace() || b == b'"' || b == b')')
        }
        '\n' => true,
        // "Order a bit earlier 🙂 Message us": a smiley closes a
        // sentence as a full stop would.
        c if is_emoji(c) => next.is_none_or(|b| b.is_ascii_whitespace()),
        _ => false,
    }
}

impl<'a> Text<'a> {
    pub fn new(src: &'a str) -> Text<'a> {
        // Where a quotation may open, noted as the loop below passes each
        // mark, so the quotes need no scan of their own.
        let mut marks = Vec::new();
        let mut words = Vec::with_capacity(src.len() / 5 + 1);
        let mut sentences = Vec::new();
        let (mut sentence, mut clause) = (0u32, 0u32);
        let mut sent_start: Option<usize> = None;
        let mut last_end = 0usize;
        let bytes = src.as_bytes();
        let mut i = 0usize;
        while i < src.len() {
            // A space between words changes nothing below: passed over.
            if bytes[i] == b' ' {
                i += 1;
                continue;
            }
            let (c, len) = char_at(src, i);
            if is_word_char(c) {
                let start = i;
                let (end, lower) = read_word(src, start);
                if !words.is_empty() && is_clause_word(&lower) {
                    clause += 1;
                }
                sent_start.get_or_insert(start);
                last_end = end;
                words.push(Word {
                    start,
                    end,
                    lower,
                    sentence,
                    clause,
                    quoted: false,
                });
                i = end;
                continue;
            }
            if matches!(c, '"' | '\'' | '\u{201c}' | '\u{ab}' | '\u{2018}') {
                marks.push(i);
            }
            let next = bytes.get(i + len).copied();
            if ends_sentence(c, next) {
                if let Some(s) = sent_start.take() {
                    let end = if c == '\n' { last_end } else { i + len };
                    sentences.push((s, end.max(last_end)));
                    sentence += 1;
                }
                clause += 1;
            } else if matches!(c, ',' | ';' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}')
                || (c == '-' && next == Some(b' '))
            {
                clause += 1;
            } else if !c.is_whitespace() && sent_start.is_some() {
                last_end = i + len;
            }
            i += len;
        }
        if let Some(s) = sent_start {
            sentences.push((s, last_end));
        }
        let quotes = quote_ranges(src, &marks);
        mark_quoted(&mut words, &quotes);
        Text {
            src,
            words,
            sentences,
            quotes,
        }
    }

    // Called tens of thousands of times a check: a call costs as much as
    // the slicing.
    #[inline(always)]
    pub fn lower<'w>(&self, w: &'w Word) -> &'w str {
        &w.lower
    }

    #[inline]
    pub fn raw(&self, w: &Word) -> &'a str {
        &self.src[w.start..w.end]
    }

    pub fn is_quoted(&self, at: usize) -> bool {
        self.quotes.iter().any(|&(s, e)| s <= at && at < e)
    }

    /// Where a "missing" finding points: the first sentence.
    /// Each sentence's words as an index range `(a, b)`, in order.
    pub fn sentence_ranges(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let words = &self.words;
        let mut a = 0;
        std::iter::from_fn(move || {
            let s = words.get(a)?.sentence;
            let b = a + words[a..].iter().take_while(|w| w.sentence == s).count();
            let range = (a, b);
            a = b;
            Some(range)
        })
    }

    pub fn first_sentence(&self) -> (usize, usize) {
        self.sentences.first().copied().unwrap_or((0, 0))
    }

    pub fn is_blank(&self) -> bool {
        self.words.is_empty()
    }
}

/// Marks the words that start inside a quotation (`quotes` in order).
fn mark_quoted(words: &mut [Word<'_>], quotes: &[(usize, usize)]) {
    let mut q = 0usize;
    for w in words {
        while q < quotes.len() && quotes[q].1 <= w.start {
            q += 1;
        }
        w.quoted = q < quotes.len() && quotes[q].0 <= w.start && w.start < quotes[q].1;
    }
}

/// Stretches inside quotation marks. A mark that is never closed (within the
/// paragraph and 400 bytes) quotes nothing, so a stray `"` cannot hide the
/// rest of a draft from the coach. `marks` are the byte offsets, in order,
/// of every mark outside a word that may open one (`"`, `'`, U+201C, U+00AB,
/// U+2018); a mark inside a word follows a letter and opens nothing.
fn quote_ranges(src: &str, marks: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = src.as_bytes();
    let mut i = 0;
    for &at in marks {
        // A mark inside a quotation already found is part of it.
        if at < i {
            continue;
        }
        i = at;
        let (c, len) = char_at(src, i);
        let prev_alnum = || {
            src[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        };
        let closer: Option<&[char]> = match c {
            '"' => Some(&['"']),
            '\u{201c}' => Some(&['\u{201d}', '\u{201c}']),
            '\u{ab}' => Some(&['\u{bb}']),
            '\u{2018}' if !prev_alnum() => Some(&['\u{2019}']),
            '\'' if !prev_alnum() => Some(&['\'']),
            _ => None,
        };
        if let Some(closer) = closer {
            let from = i + len;
            let limit = (from + 400).min(src.len());
            let mut found = None;
            for (j, d) in src[from..].char_indices() {
                let at = from + j;
                if at >= limit || (d == '\n' && b.get(at + 1) == Some(&b'\n')) {
                    break;
                }
                if !closer.contains(&d) || at == from {
                    continue;
                }
                let next_alnum = src[at + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if !(is_apostrophe(d) && next_alnum) {
                    found = Some(at);
                    break;
                }
            }
            if let Some(end) = found {
                out.push((from, end));
                i = end + char_at(src, end).1;
                continue;
            }
        }
        i += len;
    }
    out
}

/// Fills in 1-based line and column (in characters) of findings sorted by
/// start, in one pass over the text: the column is carried forward from the
/// previous finding rather than counted again from the line's start, which
/// matters for a long paragraph with many findings.
pub(crate) fn fill_line_col(src: &str, findings: &mut [&mut super::Finding]) {
    // (byte offset, line, column) of the last position reached.
    let (mut pos, mut line, mut column) = (0usize, 1usize, 1usize);
    for f in findings.iter_mut() {
        let mut at = f.start.min(src.len());
        while !src.is_char_boundary(at) {
            at -= 1;
        }
        if at < pos {
            (pos, line, column) = (0, 1, 1);
        }
        // Bytes, not chars: a character is its one byte that is not a
        // UTF-8 continuation byte, so nothing needs decoding. Counted in
        // branch-free passes (the compiler vectorises them), not byte by byte.
        // Most stretches hold no newline and only ASCII: both are asked
        // first with the library's word-at-a-time searches.
        let chunk = &src.as_bytes()[pos..at];
        let chars = |b: &[u8]| {
            if b.is_ascii() {
                b.len()
            } else {
                b.iter().filter(|&&b| b & 0xC0 != 0x80).count()
            }
        };
        let newlines = if chunk.contains(&b'\n') {
            chunk.iter().filter(|&&b| b == b'\n').count()
        } else {
            0
        };
        if newlines == 0 {
            column += chars(chunk);
        } else {
            line += newlines;
            let last = chunk.iter().rposition(|&b| b == b'\n').unwrap_or(0);
            column = 1 + chars(&chunk[last + 1..]);
        }
        pos = at;
        f.line = line;
        f.column = column;
    }
}

/// 1-based line and column (in characters) of a byte offset.
#[cfg(test)]
pub(crate) fn line_col(src: &str, at: usize) -> (usize, usize) {
    let at = at.min(src.len());
    let before = &src[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    (line, src[line_start..at].chars().count() + 1)
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
