//! Data-driven phrase rules. A phrase is written in the rules TOML as words
//! separated by spaces, with a small syntax:
//!
//! - `word`: that word, case-insensitive (`’` and `'` are the same);
//! - `refund*`: any word starting with `refund`;
//! - `*`: any one word; `..`: up to three words;
//! - `a|b`: either; `the?`: optional;
//! - `{carrier}`: any entry of the group `carrier` (groups may have several
//!   words per entry).
//!
//! A phrase only matches inside one sentence. Each match records whether a
//! negation word stands before it in the same clause ("I won't blame the
//! courier"), and whether it is inside quotation marks.

use super::text::{FxMap, FxSet, Text};
use std::collections::BTreeMap;

/// Which list a phrase came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum List {
    Blame,
    Defensive,
    RiskyPromise,
    AsksRemoval,
    LegalRisk,
    NegativeTone,
    PublicDetails,
    Apology,
    Empathy,
    Thanks,
    Contact,
    Choice,
    Money,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Elem {
    Word(Box<str>),
    Prefix(Box<str>),
    Any,
    Gap(u8),
}

#[derive(Debug)]
struct Phrase {
    elems: Vec<Elem>,
    list: List,
    /// Index of the entry it was expanded from (choices count distinct ones).
    source: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    pub list: List,
    pub source: u32,
    /// Word indices, inclusive.
    pub first: usize,
    pub last: usize,
    pub negated: bool,
    pub quoted: bool,
}

/// Every phrase list compiled into one index, matched in one pass.
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    phrases: Vec<Phrase>,
    by_word: FxMap<Box<str>, Vec<u32>>,
    by_prefix: FxMap<Box<str>, Vec<u32>>,
}

/// A phrase that cannot be compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhraseError {
    #[error("phrase {phrase:?}: unknown group {{{group}}}")]
    UnknownGroup { phrase: String, group: String },
    #[error("phrase {phrase:?}: must start with a word (a prefix needs 3 letters)")]
    BadStart { phrase: String },
    #[error("phrase {phrase:?}: expands to too many variants")]
    TooMany { phrase: String },
}

const PREFIX_KEY: usize = 3;

fn key_of(s: &str) -> &str {
    match s.char_indices().nth(PREFIX_KEY) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Expands groups, alternatives and optional words into plain variants.
fn expand(
    phrase: &str,
    groups: &BTreeMap<String, Vec<String>>,
    depth: usize,
) -> Result<Vec<String>, PhraseError> {
    let mut variants = vec![String::new()];
    for piece in phrase.split_whitespace() {
        let mut options: Vec<String> = Vec::new();
        let (piece, optional) = match piece.strip_suffix('?') {
            Some(p) if !p.is_empty() => (p, true),
            _ => (piece, false),
        };
        for alt in piece.split('|') {
            if let Some(name) = alt.strip_prefix('{').and_then(|a| a.strip_suffix('}')) {
                let entries = groups.get(name).ok_or_else(|| PhraseError::UnknownGroup {
                    phrase: phrase.to_string(),
                    group: name.to_string(),
                })?;
                if depth > 3 {
                    return Err(PhraseError::TooMany {
                        phrase: phrase.to_string(),
                    });
                }
                for e in entries {
                    options.extend(expand(e, groups, depth + 1)?);
                }
            } else if let Some((head, tail)) = alt.split_once('{') {
                // "{carrier}'s": a group glued to a suffix.
                let (name, rest) = tail.split_once('}').unwrap_or((tail, ""));
                let entries = groups.get(name).ok_or_else(|| PhraseError::UnknownGroup {
                    phrase: phrase.to_string(),
                    group: name.to_string(),
                })?;
                for e in entries {
                    options.push(format!("{head}{e}{rest}"));
                }
            } else {
                options.push(alt.to_string());
            }
        }
        if optional {
            options.push(String::new());
        }
        let mut next = Vec::with_capacity(variants.len() * options.len());
        for v in &variants {
            for o in &options {
                let mut s = v.clone();
                if !o.is_empty() {
                    if !s.is_empty() {
                        s.push(' ');
                    }
                    s.push_str(o);
                }
                next.push(s);
            }
        }
        if next.len() > 20_000 {
            return Err(PhraseError::TooMany {
                phrase: phrase.to_string(),
            });
        }
        variants = next;
    }
    variants.retain(|v| !v.is_empty());
    Ok(variants)
}

fn compile_variant(variant: &str) -> Vec<Elem> {
    let mut elems = Vec::new();
    for piece in variant.split_whitespace() {
        match piece {
            "*" => elems.push(Elem::Any),
            ".." => elems.push(Elem::Gap(3)),
            _ => {
                let (body, prefix) = match piece.strip_suffix('*') {
                    Some(b) => (b, true),
                    None => (piece, false),
                };
                let t = Text::new(body);
                let n = t.words.len();
                for (k, w) in t.words.iter().enumerate() {
                    let lw: Box<str> = t.lower(w).into();
                    elems.push(if prefix && k + 1 == n {
                        Elem::Prefix(lw)
                    } else {
                        Elem::Word(lw)
                    });
                }
            }
        }
    }
    elems
}

impl Matcher {
    pub fn add(
        &mut self,
        list: List,
        source: u32,
        phrase: &str,
        groups: &BTreeMap<String, Vec<String>>,
    ) -> Result<(), PhraseError> {
        for variant in expand(phrase, groups, 0)? {
            let elems = compile_variant(&variant);
            let id = self.phrases.len() as u32;
            match elems.first() {
                Some(Elem::Word(w)) => self.by_word.entry(w.clone()).or_default().push(id),
                Some(Elem::Prefix(p)) if p.chars().count() >= PREFIX_KEY => {
                    self.by_prefix.entry(key_of(p).into()).or_default().push(id)
                }
                _ => {
                    return Err(PhraseError::BadStart {
                        phrase: phrase.to_string(),
                    });
                }
            }
            self.phrases.push(Phrase {
                elems,
                list,
                source,
            });
        }
        Ok(())
    }

    /// All matches in `text`, at most one per list per starting word (the
    /// longest), overlapping matches of the same list reduced to the first.
    pub fn find(&self, text: &Text, negators: &FxSet<Box<str>>) -> Vec<Match> {
        let mut out: Vec<Match> = Vec::new();
        let words = &text.words;
        for i in 0..words.len() {
            let lw = text.lower(&words[i]);
            let exact = self.by_word.get(lw).map(Vec::as_slice).unwrap_or(&[]);
            let prefixed = self
                .by_prefix
                .get(key_of(lw))
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            for &id in exact.iter().chain(prefixed) {
                let p = &self.phrases[id as usize];
                let Some(last) = match_at(&p.elems, text, i, words[i].sentence) else {
                    continue;
                };
                let m = Match {
                    list: p.list,
                    source: p.source,
                    first: i,
                    last,
                    negated: negated(text, i, negators),
                    quoted: words[i].quoted,
                };
                let dup = out
                    .iter_mut()
                    .rev()
                    .take(8)
                    .find(|o| o.list == m.list && m.first <= o.last && o.first <= m.last);
                match dup {
                    Some(o) if o.first == m.first && m.last > o.last => *o = m,
                    Some(_) => {}
                    None => out.push(m),
                }
            }
        }
        out
    }
}

fn elem_matches(e: &Elem, w: &str) -> bool {
    match e {
        Elem::Word(x) => **x == *w,
        Elem::Prefix(p) => w.starts_with(&**p),
        Elem::Any | Elem::Gap(_) => true,
    }
}

/// Matches `elems` from word `i`; returns the index of the last word.
fn match_at(elems: &[Elem], text: &Text, i: usize, sentence: u32) -> Option<usize> {
    let words = &text.words;
    let (e, rest) = elems.split_first()?;
    if let Elem::Gap(n) = e {
        for skip in 0..=*n as usize {
            let at = i + skip;
            if rest.is_empty() {
                return at.checked_sub(1);
            }
            if at >= words.len() || words[at].sentence != sentence {
                return None;
            }
            if let Some(end) = match_at(rest, text, at, sentence) {
                return Some(end);
            }
        }
        return None;
    }
    if i >= words.len() || words[i].sentence != sentence || !elem_matches(e, text.lower(&words[i]))
    {
        return None;
    }
    if rest.is_empty() {
        return Some(i);
    }
    match_at(rest, text, i + 1, sentence)
}

/// A negation word up to five words before `i`, in the same clause.
fn negated(text: &Text, i: usize, negators: &FxSet<Box<str>>) -> bool {
    let words = &text.words;
    let clause = words[i].clause;
    (i.saturating_sub(5)..i).rev().any(|k| {
        let w = &words[k];
        if w.clause != clause {
            return false;
        }
        let lw = text.lower(w);
        negators.contains(lw) || lw.ends_with("n't")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups() -> BTreeMap<String, Vec<String>> {
        let mut g = BTreeMap::new();
        g.insert(
            "carrier".to_string(),
            vec!["courier".to_string(), "royal mail".to_string()],
        );
        g
    }

    fn negs() -> FxSet<Box<str>> {
        ["not", "never", "no"].iter().map(|s| (*s).into()).collect()
    }

    fn find(phrase: &str, text: &str) -> Vec<(String, bool)> {
        let mut m = Matcher::default();
        m.add(List::Blame, 0, phrase, &groups()).unwrap();
        let t = Text::new(text);
        m.find(&t, &negs())
            .into_iter()
            .map(|x| {
                (
                    t.src[t.words[x.first].start..t.words[x.last].end].to_string(),
                    x.negated,
                )
            })
            .collect()
    }

    #[test]
    fn syntax_expands_groups_alternatives_prefixes_and_gaps() {
        assert_eq!(
            find(
                "the? {carrier} broke|lost",
                "Royal Mail lost it; the courier broke it"
            ),
            [
                ("Royal Mail lost".into(), false),
                ("the courier broke".into(), false)
            ]
        );
        assert_eq!(
            find("apologi*", "We apologise."),
            [("apologise".into(), false)]
        );
        assert_eq!(
            find("blame .. courier", "blame the poor courier"),
            [("blame the poor courier".into(), false)]
        );
        assert_eq!(
            find("{carrier}'s fault", "the courier\u{2019}s fault"),
            [("courier\u{2019}s fault".into(), false)]
        );
    }

    #[test]
    fn negation_stays_in_its_clause_and_phrases_stay_in_their_sentence() {
        assert_eq!(
            find("blame the courier", "I will not blame the courier"),
            [("blame the courier".into(), true)]
        );
        assert_eq!(
            find("blame the courier", "Not us, blame the courier"),
            [("blame the courier".into(), false)]
        );
        assert!(find("courier broke", "the courier. Broke").is_empty());
    }

    #[test]
    fn bad_phrases_are_refused() {
        let mut m = Matcher::default();
        assert!(matches!(
            m.add(List::Blame, 0, "{nope} x", &groups()),
            Err(PhraseError::UnknownGroup { .. })
        ));
        assert!(matches!(
            m.add(List::Blame, 0, "* x", &groups()),
            Err(PhraseError::BadStart { .. })
        ));
    }
}
