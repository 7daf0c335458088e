//! A text as the coach sees it: words with byte spans, lowercased once;
//! sentences; clauses (the scope of a negation); quoted stretches (the
//! customer's own words, which are never the reply's tone).

use std::hash::{BuildHasherDefault, Hasher};

/// A small fast hasher for short word keys (the rules are ours, not
/// attacker-chosen keys, so DoS resistance is not needed here).
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    fn write_usize(&mut self, i: usize) {
        self.write(&i.to_le_bytes());
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
pub(crate) type FxMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
pub(crate) type FxSet<K> = std::collections::HashSet<K, FxBuild>;

#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    lo: (u32, u32),
    pub sentence: u32,
    pub clause: u32,
    pub quoted: bool,
}

#[derive(Debug)]
pub(crate) struct Text<'a> {
    pub src: &'a str,
    pub words: Vec<Word>,
    /// Byte ranges of sentences (trimmed).
    pub sentences: Vec<(usize, usize)>,
    /// Byte ranges inside quotation marks (marks excluded).
    pub quotes: Vec<(usize, usize)>,
    lower: String,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Words that open a new clause: negation before them does not reach after.
const CLAUSE_WORDS: &[&str] = &["but", "however", "although", "though", "because", "while"];

impl<'a> Text<'a> {
    pub fn new(src: &'a str) -> Text<'a> {
        let quotes = quote_ranges(src);
        let mut words = Vec::with_capacity(src.len() / 5 + 1);
        let mut lower = String::with_capacity(src.len());
        let mut sentences = Vec::new();
        let (mut sentence, mut clause) = (0u32, 0u32);
        let mut sent_start: Option<usize> = None;
        let mut last_end = 0usize;
        let mut q = 0usize;
        let bytes = src.as_bytes();
        let mut iter = src.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_alphanumeric() {
                let start = i;
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    let inside = d.is_alphanumeric()
                        || (is_apostrophe(d)
                            && src[j + d.len_utf8()..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphanumeric));
                    if !inside {
                        break;
                    }
                    end = j + d.len_utf8();
                    iter.next();
                }
                let lo_start = lower.len();
                for ch in src[start..end].chars() {
                    if ch == '\u{2019}' {
                        lower.push('\'');
                    } else if ch.is_ascii() {
                        lower.push(ch.to_ascii_lowercase());
                    } else {
                        lower.extend(ch.to_lowercase());
                    }
                }
                let lo = (lo_start as u32, lower.len() as u32);
                if CLAUSE_WORDS.contains(&&lower[lo.0 as usize..lo.1 as usize]) && !words.is_empty()
                {
                    clause += 1;
                }
                while q < quotes.len() && quotes[q].1 <= start {
                    q += 1;
                }
                let quoted = q < quotes.len() && quotes[q].0 <= start && start < quotes[q].1;
                sent_start.get_or_insert(start);
                last_end = end;
                words.push(Word {
                    start,
                    end,
                    lo,
                    sentence,
                    clause,
                    quoted,
                });
                continue;
            }
            let next = bytes.get(i + c.len_utf8()).copied();
            let ends_sentence = match c {
                '.' | '!' | '?' | '\u{2026}' => {
                    next.is_none_or(|b| b.is_ascii_whitespace() || b == b'"' || b == b')')
                }
                '\n' => true,
                _ => false,
            };
            if ends_sentence {
                if let Some(s) = sent_start.take() {
                    let end = if c == '\n' {
                        last_end
                    } else {
                        i + c.len_utf8()
                    };
                    sentences.push((s, end.max(last_end)));
                    sentence += 1;
                }
                clause += 1;
            } else if matches!(c, ',' | ';' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}')
                || (c == '-' && next == Some(b' '))
            {
                clause += 1;
            } else if !c.is_whitespace() && sent_start.is_some() {
                last_end = i + c.len_utf8();
            }
        }
        if let Some(s) = sent_start {
            sentences.push((s, last_end));
        }
        Text {
            src,
            words,
            sentences,
            quotes,
            lower,
        }
    }

    pub fn lower(&self, w: &Word) -> &str {
        &self.lower[w.lo.0 as usize..w.lo.1 as usize]
    }

    pub fn raw(&self, w: &Word) -> &'a str {
        &self.src[w.start..w.end]
    }

    pub fn is_quoted(&self, at: usize) -> bool {
        self.quotes.iter().any(|&(s, e)| s <= at && at < e)
    }

    /// Where a "missing" finding points: the first sentence.
    pub fn first_sentence(&self) -> (usize, usize) {
        self.sentences.first().copied().unwrap_or((0, 0))
    }

    pub fn is_blank(&self) -> bool {
        self.words.is_empty()
    }
}

/// Stretches inside quotation marks. A mark that is never closed (within the
/// paragraph and 400 bytes) quotes nothing, so a stray `"` cannot hide the
/// rest of a draft from the coach.
fn quote_ranges(src: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = src.as_bytes();
    let mut i = 0;
    while i < src.len() {
        let Some(c) = src[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        let prev_alnum = src[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let closer: Option<&[char]> = match c {
            '"' => Some(&['"']),
            '\u{201c}' => Some(&['\u{201d}', '\u{201c}']),
            '\u{ab}' => Some(&['\u{bb}']),
            '\u{2018}' if !prev_alnum => Some(&['\u{2019}']),
            '\'' if !prev_alnum => Some(&['\'']),
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
                let next_alnum = src[at + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if closer.contains(&d) && !(is_apostrophe(d) && next_alnum) && at > from {
                    found = Some(at);
                    break;
                }
            }
            if let Some(end) = found {
                out.push((from, end));
                i = end + src[end..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
        }
        i += len;
    }
    out
}

/// Fills in 1-based line and column (in characters) of findings sorted by
/// start, in one pass over the text.
pub(crate) fn fill_line_col(src: &str, findings: &mut [&mut super::Finding]) {
    let (mut pos, mut line, mut line_start) = (0usize, 1usize, 0usize);
    for f in findings.iter_mut() {
        let at = f.start.min(src.len());
        if at < pos {
            (pos, line, line_start) = (0, 1, 0);
        }
        for (i, b) in src.as_bytes()[pos..at].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = pos + i + 1;
            }
        }
        pos = at;
        f.line = line;
        f.column = src[line_start..at].chars().count() + 1;
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
mod tests {
    use super::*;

    fn lowers(t: &Text) -> Vec<String> {
        t.words.iter().map(|w| t.lower(w).to_string()).collect()
    }

    #[test]
    fn words_keep_contractions_and_normalise_curly_apostrophes() {
        let t = Text::new("We won\u{2019}t blame the courier's van. OK?");
        assert_eq!(
            lowers(&t),
            ["we", "won't", "blame", "the", "courier's", "van", "ok"]
        );
        assert_eq!(t.sentences.len(), 2);
        assert_eq!(
            &t.src[t.sentences[0].0..t.sentences[0].1],
            "We won\u{2019}t blame the courier's van."
        );
        assert_eq!(t.words[6].sentence, 1);
    }

    #[test]
    fn clauses_split_on_commas_and_but() {
        let t = Text::new("Not ours, the courier broke it but we fix it");
        let c: Vec<u32> = t.words.iter().map(|w| w.clause).collect();
        assert!(c[0] < c[2] && c[2] < c[6]);
    }

    #[test]
    fn quotes_need_both_marks() {
        let t =
            Text::new("You wrote \"BLUE\" and \u{201c}awful\u{201d}; it's 'fine'. A stray \" here");
        let quoted: Vec<&str> = t.quotes.iter().map(|&(s, e)| &t.src[s..e]).collect();
        assert_eq!(quoted, ["BLUE", "awful", "fine"]);
        assert!(t.words.iter().any(|w| w.quoted && t.raw(w) == "BLUE"));
        assert!(!t.words.iter().any(|w| w.quoted && t.raw(w) == "here"));
    }

    #[test]
    fn line_and_column_are_one_based_characters() {
        let s = "é1\nab c";
        assert_eq!(line_col(s, 0), (1, 1));
        assert_eq!(line_col(s, 2), (1, 2));
        assert_eq!(line_col(s, s.find('c').unwrap()), (2, 4));
    }
}
