//! Data-driven phrase rules. A phrase is written in the rules TOML as words
//! separated by spaces, with a small syntax:
//!
//! - `word`: that word, case-insensitive (`’` and `'` are the same);
//! - `refund*`: any word starting with `refund`;
//! - `*`: any one word; `..`: up to three words;
//! - `a|b`: either word (one word each: several-word choices are separate
//!   phrases or a group); `the?`: optional;
//! - `{carrier}`: any entry of the group `carrier` (groups may have several
//!   words per entry).
//!
//! A phrase only matches inside one sentence. Each match records whether a
//! negation word stands before it in the same clause ("I won't blame the
//! courier"), and whether it is inside quotation marks.

use super::text::{FxMap, FxSet, Text};
use super::word_tags::Starts;
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

/// One state of the phrase trie: the words that may come next, and the
/// phrases that end here.
#[derive(Debug, Default)]
struct Node {
    exact: FxMap<Box<str>, u32>,
    /// A sketch of `exact`'s keys (see [`sketch_bit`]): most words that
    /// follow a node are none of its next words and skip the hash lookup.
    sketch: u64,
    other: Vec<(Elem, u32)>,
    ends: Vec<(List, u32)>,
    /// The lists of the phrases that end here or further on (one bit per
    /// list): a search for one list leaves the other branches unwalked.
    reach: Lists,
}

/// A set of lists, one bit each.
pub(crate) type Lists = u16;

/// Every list.
pub(crate) const ALL_LISTS: Lists = Lists::MAX;
// Every list has its bit in `Lists`.
const _: () = assert!((List::Money as u32) < Lists::BITS);
/// How many lists there are.
const LIST_COUNT: usize = List::Money as usize + 1;

/// A word's bit in a node's sketch, from its length and first and last
/// bytes (the word is not hashed: this is what saves the lookup).
#[inline]
fn sketch_bit(w: &str) -> u64 {
    let b = w.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) => {
            let mix = u32::from(f).wrapping_mul(31) ^ u32::from(l).wrapping_mul(7) ^ b.len() as u32;
            1 << (mix % 64)
        }
        _ => 1,
    }
}

impl List {
    /// The list's bit in a [`Lists`].
    pub(crate) fn bit(self) -> Lists {
        1 << (self as u16)
    }
}

/// Every phrase list compiled into one word trie, matched in one pass: the
/// cost per word does not grow with the number of phrases.
#[derive(Debug)]
pub(crate) struct Matcher {
    nodes: Vec<Node>,
    /// The root's prefix phrases by their first `PREFIX_KEY` characters, so
    /// a word only tries the prefixes it could start with.
    root_prefixes: FxMap<Box<str>, Vec<(Box<str>, u32)>>,
    /// The first bytes of those keys: most words can skip the lookup.
    prefix_starts: [bool; 256],
    /// The (length, first byte) pairs of the words that start a phrase:
    /// most words of a text start none and skip the root's hash lookup.
    root_starts: Starts,
    /// The same of each list's phrases alone: a search for one list (the
    /// review's legal words) skips the words that start only others.
    list_starts: [Starts; LIST_COUNT],
    /// And the first bytes of each list's root prefixes.
    list_prefix_starts: [[bool; 256]; LIST_COUNT],
}

impl Default for Matcher {
    fn default() -> Matcher {
        Matcher {
            nodes: vec![Node::default()],
            root_prefixes: FxMap::default(),
            prefix_starts: [false; 256],
            root_starts: Starts::default(),
            list_starts: Default::default(),
            list_prefix_starts: [[false; 256]; LIST_COUNT],
        }
    }
}

/// A phrase that cannot be compiled (`present::coach` words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhraseError {
    /// It names a `{group}` the rules do not define.
    UnknownGroup { phrase: String, group: String },
    /// It starts with a wildcard, a gap or a prefix shorter than 3 letters.
    BadStart { phrase: String },
    /// Its groups and alternatives expand to too many variants.
    TooMany { phrase: String },
}

impl PhraseError {
    /// The phrase as the playbook wrote it (to find its line).
    pub fn phrase(&self) -> &str {
        match self {
            PhraseError::UnknownGroup { phrase, .. }
            | PhraseError::BadStart { phrase }
            | PhraseError::TooMany { phrase } => phrase,
        }
    }
}

const PREFIX_KEY: usize = 3;

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
            match elems.first() {
                Some(Elem::Word(w)) => self.list_starts[list as usize].add(w),
                Some(Elem::Prefix(p)) if p.chars().count() >= PREFIX_KEY => {
                    self.list_prefix_starts[list as usize][usize::from(p.as_bytes()[0])] = true
                }
                _ => {
                    return Err(PhraseError::BadStart {
                        phrase: phrase.to_string(),
                    });
                }
            }
            let mut n = 0usize;
            self.nodes[0].reach |= list.bit();
            for e in elems {
                n = self.child(n, e);
                self.nodes[n].reach |= list.bit();
            }
            if !self.nodes[n].ends.contains(&(list, source)) {
                self.nodes[n].ends.push((list, source));
            }
        }
        Ok(())
    }

    fn child(&mut self, n: usize, e: Elem) -> usize {
        let next = self.nodes.len() as u32;
        let found = match &e {
            Elem::Word(w) => self.nodes[n].exact.get(w).copied(),
            _ => self.nodes[n]
                .other
                .iter()
                .find(|(o, _)| *o == e)
                .map(|(_, c)| *c),
        };
        if let Some(c) = found {
            return c as usize;
        }
        match e {
            Elem::Word(w) => {
                if n == 0 {
                    self.root_starts.add(&w);
                }
                self.nodes[n].sketch |= sketch_bit(&w);
                self.nodes[n].exact.insert(w, next);
            }
            other => {
                if let (0, Elem::Prefix(p)) = (n, &other) {
                    let key: String = p.chars().take(PREFIX_KEY).collect();
                    self.prefix_starts[usize::from(key.as_bytes()[0])] = true;
                    self.root_prefixes
                        .entry(key.into_boxed_str())
                        .or_default()
                        .push((p.clone(), next));
                }
                self.nodes[n].other.push((other, next))
            }
        }
        self.nodes.push(Node::default());
        next as usize
    }

    /// Follows the trie from node `n` at word `i`; records (list, source,
    /// last word) for every phrase that ends.
    fn walk(&self, n: u32, text: &Text, i: usize, sentence: u32, out: &mut Found) {
        let node = &self.nodes[n as usize];
        if node.reach & out.want == 0 {
            return;
        }
        for &(list, source) in &node.ends {
            if list.bit() & out.want != 0 {
                out.found.push((list, source, i - 1));
            }
        }
        let words = &text.words;
        let here = i < words.len() && words[i].sentence == sentence;
        let w = if here { text.lower(&words[i]) } else { "" };
        if here
            && node.sketch & sketch_bit(w) != 0
            && let Some(&c) = node.exact.get(w)
        {
            self.walk(c, text, i + 1, sentence, out);
        }
        for (e, c) in &node.other {
            match e {
                Elem::Prefix(p) if here && w.starts_with(&**p) => {
                    self.walk(*c, text, i + 1, sentence, out)
                }
                Elem::Any if here => self.walk(*c, text, i + 1, sentence, out),
                Elem::Gap(k) => {
                    for skip in 0..=*k as usize {
                        let at = i + skip;
                        if skip > 0 && (at > words.len() || words[at - 1].sentence != sentence) {
                            break;
                        }
                        self.walk(*c, text, at, sentence, out);
                    }
                }
                _ => {}
            }
        }
    }

    /// All matches in `text`, at most one per list per starting word (the
    /// longest), overlapping matches of the same list reduced to the first.
    pub fn find(&self, text: &Text, negators: &FxSet<Box<str>>) -> Vec<Match> {
        self.find_lists(text, negators, ALL_LISTS)
    }

    /// The matches of the lists in `want` only: the same as those of
    /// [`Matcher::find`] (a list's matches never depend on another list's),
    /// without walking the other lists' phrases.
    pub fn find_lists(&self, text: &Text, negators: &FxSet<Box<str>>, want: Lists) -> Vec<Match> {
        let mut out: Vec<Match> = Vec::new();
        // Where in `out` each list's latest match is.
        let mut latest: [Option<usize>; LIST_COUNT] = [None; LIST_COUNT];
        let mut found = Found {
            want,
            found: Vec::new(),
        };
        let words = &text.words;
        let one_list = want.trailing_zeros() as usize;
        let (starts, prefix_starts) = match want.count_ones() {
            1 if one_list < LIST_COUNT => (
                &self.list_starts[one_list],
                &self.list_prefix_starts[one_list],
            ),
            _ => (&self.root_starts, &self.prefix_starts),
        };
        for (i, word) in words.iter().enumerate() {
            found.found.clear();
            let sentence = word.sentence;
            let root = &self.nodes[0];
            let lw = text.lower(word);
            if starts.may_hold(lw)
                && let Some(&c) = root.exact.get(lw)
            {
                self.walk(c, text, i + 1, sentence, &mut found);
            }
            // A prefix phrase starts with at least PREFIX_KEY characters, so
            // shorter words and words with another first letter skip it.
            let maybe_prefix =
                lw.len() >= PREFIX_KEY && prefix_starts[usize::from(lw.as_bytes()[0])];
            let key_end = if !maybe_prefix {
                0
            } else if lw.is_char_boundary(PREFIX_KEY) && lw.as_bytes()[..PREFIX_KEY].is_ascii() {
                PREFIX_KEY
            } else {
                lw.char_indices()
                    .nth(PREFIX_KEY)
                    .map_or(lw.len(), |(at, _)| at)
            };
            if maybe_prefix && let Some(candidates) = self.root_prefixes.get(&lw[..key_end]) {
                for (p, c) in candidates {
                    if lw.starts_with(&**p) {
                        self.walk(*c, text, i + 1, sentence, &mut found);
                    }
                }
            }
            let found = &mut found.found;
            if found.is_empty() {
                continue;
            }
            // Longest per list; ties keep the first phrase found.
            found.sort_by_key(|&(list, _, last)| (list, std::cmp::Reverse(last)));
            found.dedup_by_key(|&mut (list, _, _)| list);
            for &(list, source, last) in found.iter() {
                // A match of the same list among the last 16 kept that
                // overlaps this one makes it a duplicate. Matches are kept
                // in order of their first word and kept ones of a list never
                // overlap within that window, so the list's latest kept
                // match decides alone: no scan of the window.
                let dup =
                    latest[list as usize].is_some_and(|p| p + 16 >= out.len() && out[p].last >= i);
                if !dup {
                    latest[list as usize] = Some(out.len());
                    out.push(Match {
                        list,
                        source,
                        first: i,
                        last,
                        negated: negated(text, i, negators),
                        quoted: word.quoted,
                    });
                }
            }
        }
        out
    }
}

/// What a search collects at one starting word: (list, source, last word)
/// of every phrase of the wanted lists that ends.
struct Found {
    want: Lists,
    found: Vec<(List, u32, usize)>,
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
        // "no", "nothing", "nobody" negate the words they stand beside ("no
        // answer is infuriating" is not "not infuriating").
        let near = i - k <= 1 || !matches!(lw, "no" | "nothing" | "nobody" | "none");
        // …but as the subject of a verb "to be" they negate what it says
        // ("None of this was your fault").
        let subject = matches!(lw, "nothing" | "nobody" | "none")
            && (k + 1..i).any(|j| matches!(text.lower(&words[j]), "was" | "is" | "were" | "are"));
        (near || subject) && (negators.contains(lw) || lw.ends_with("n't"))
    })
}

#[cfg(test)]
#[path = "phrases_tests.rs"]
mod tests;
