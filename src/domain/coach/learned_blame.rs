//! A small learned layer for `blame`, the category whose wording varies
//! most from writer to writer ("Jordan is only 17 and still learning", "the
//! lab sent the wrong lenses"). A linear model scores every SENTENCE of the
//! public reply, the private message and the chosen options, over the
//! sentence's words, its word pairs and a few structural features a person
//! would recognise: a staff role noun, a name, an outside party, "you" as
//! subject, a causal word, negation, a disciplinary outcome, the remedy
//! future (which weighs against), and pairs of them. The word classes are
//! in `learned_blame_words.txt`; the weights (`learned_blame_weights.tsv`)
//! were trained offline by tests/data/coach/train_blame.py from draft-level
//! labels: a draft is blame when the soft-max of its sentence scores passes
//! the threshold.
//!
//! Why a sentence model: blame sits in one sentence of a long reply, and a
//! whole-reply word model lowered some sets. Scored on sets left out of
//! training (leave-one-set-out on ten blind sets, added to the rules), this
//! one raised blame F1 on eight and lowered two by a draft or two; frozen
//! and run once on four new writers' sets, it raised all four
//! (tests/data/coach/learned_blame_results.md).
//!
//! It only adds blame to a reply where the rules found none and of no
//! more than [`MAX_WORDS`] words, and what it adds is inferred: a warning at most, never a block. The finding points
//! at the sentence that scored highest and quotes the words that weighed
//! most in it.

use super::finding::Category;
use super::reason::Reason;
use super::text::{FxMap, Text, Word};
use super::{Draft, DraftPart, Evidence, Sink};
use std::sync::LazyLock;

/// The structural features, by their names in the weights file (`s:staff`,
/// `s:staff+negation`); bit `k` is `FLAGS[k]`.
const FLAGS: [&str; 10] = [
    "staff",
    "name",
    "named",
    "outside",
    "you",
    "your",
    "causal",
    "negation",
    "discipline",
    "future",
];
const STAFF: u16 = 1;
const NAME: u16 = 1 << 1;
const NAMED: u16 = 1 << 2;
const OUTSIDE: u16 = 1 << 3;
const YOU: u16 = 1 << 4;
const YOUR: u16 = 1 << 5;
const CAUSAL: u16 = 1 << 6;
const NEGATION: u16 = 1 << 7;
const DISCIPLINE: u16 = 1 << 8;
const FUTURE: u16 = 1 << 9;
/// Word classes that are not features themselves: "you" and its forms,
/// the words before an object "you" ("thank you"), the verbs that make a
/// name the subject, and capitalised words that are not names.
const YOU_WORD: u16 = 1 << 10;
const YOU_OBJECT: u16 = 1 << 11;
const VERB: u16 = 1 << 12;
const NOT_NAME: u16 = 1 << 13;

/// The classes a word may carry directly (others follow from position).
const WORD_CLASSES: u16 = STAFF | OUTSIDE | CAUSAL | NEGATION | DISCIPLINE | FUTURE | YOUR;

/// A class of `learned_blame_words.txt` by its name there.
fn class_bit(name: &str) -> Option<u16> {
    Some(match name {
        "staff" => STAFF,
        "outside" => OUTSIDE,
        "causal" => CAUSAL,
        "negation" => NEGATION,
        "discipline" => DISCIPLINE,
        "future" => FUTURE,
        "you" => YOU_WORD,
        "you-object" => YOU_OBJECT,
        "verb" => VERB,
        "not-name" => NOT_NAME,
        _ => return None,
    })
}

/// The most words (both drafts and the options) the layer reads: over
/// twice the longest reply it was trained on (256 words). The soft-max of
/// sentence scores grows with their number, so a far longer reply is
/// outside what the threshold was set for: the layer stays silent.
const MAX_WORDS: usize = 600;

/// The number of a word the model does not know (no weight, no pairs).
const UNKNOWN: u32 = u32::MAX;

/// A word either file names: its number, its own weight and its classes.
#[derive(Clone, Copy, Default)]
struct Known {
    id: u32,
    weight: f32,
    classes: u16,
    /// It starts a two-word class entry ("spoken to", "let go").
    opens: bool,
}

struct Model {
    bias: f32,
    threshold: f32,
    vocab: FxMap<&'static str, Known>,
    pairs: FxMap<u64, f32>,
    /// The structural features: the flags each needs, and its weight.
    shapes: Vec<(u16, f32)>,
    private: f32,
    choices: f32,
    /// Class entries by ending ("'ll") and by two words ("spoken_to").
    endings: Vec<(&'static str, u16)>,
    two_words: Vec<((u32, u32), u16)>,
    /// Weight rows read, bias and threshold included.
    rows: usize,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    let mut model = Model {
        bias: 0.0,
        // Silent until the file says otherwise.
        threshold: f32::INFINITY,
        vocab: FxMap::default(),
        pairs: FxMap::default(),
        shapes: Vec::new(),
        private: 0.0,
        choices: 0.0,
        endings: Vec::new(),
        two_words: Vec::new(),
        rows: 0,
    };
    model.read_classes(include_str!("learned_blame_words.txt"));
    model.read_weights(include_str!("learned_blame_weights.tsv"));
    // Every word the model knows carries its ending's class ("we'll"), so
    // a check looks up each word once.
    for (word, known) in model.vocab.iter_mut() {
        for (ending, bit) in &model.endings {
            if word.ends_with(ending) {
                known.classes |= bit;
            }
        }
    }
    model
});

/// Reads the weights now, so the checks only look them up.
pub(super) fn warm() {
    LazyLock::force(&MODEL);
}

impl Model {
    fn word(&mut self, word: &'static str) -> &mut Known {
        let id = self.vocab.len() as u32;
        self.vocab.entry(word).or_insert(Known {
            id,
            ..Known::default()
        })
    }

    /// `class: word word_pair 'ending …`, `#` comments.
    fn read_classes(&mut self, txt: &'static str) {
        for line in txt.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, words)) = line.split_once(':') else {
                continue;
            };
            let Some(bit) = class_bit(name.trim()) else {
                continue;
            };
            for w in words.split_whitespace() {
                // "your" is a feature of its own; other forms of "you" are
                // features only as a subject.
                let bit = if bit == YOU_WORD && w == "your" {
                    YOUR
                } else {
                    bit
                };
                if w.starts_with('\'') {
                    self.endings.push((w, bit));
                } else if let Some((a, b)) = w.split_once('_') {
                    let first = self.word(a);
                    first.opens = true;
                    let key = (first.id, self.word(b).id);
                    self.two_words.push((key, bit));
                } else {
                    self.word(w).classes |= bit;
                }
            }
        }
    }

    /// `feature<TAB>weight`, `#` comments; features `bias`, `threshold`,
    /// `w:word`, `b:first_second`, `s:flag[+flag]`, `p:part`. A malformed
    /// row is skipped (the file ships with the crate and a test reads
    /// every row).
    fn read_weights(&mut self, tsv: &'static str) {
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            let Some((key, w)) = line.split_once('\t') else {
                continue;
            };
            let Ok(w) = w.parse::<f32>() else { continue };
            if self.add_row(key, w) {
                self.rows += 1;
            }
        }
    }

    fn add_row(&mut self, key: &'static str, w: f32) -> bool {
        match key.split_once(':') {
            None if key == "bias" => self.bias = w,
            None if key == "threshold" => self.threshold = w,
            Some(("w", word)) => self.word(word).weight = w,
            Some(("b", pair)) => {
                let Some((a, b)) = pair.split_once('_') else {
                    return false;
                };
                let key = pair_key(self.word(a).id, self.word(b).id);
                self.pairs.insert(key, w);
            }
            Some(("s", flags)) => {
                let bits = flags.split('+').map(|f| FLAGS.iter().position(|x| *x == f));
                let Some(mask) = bits.map(|b| b.map(|b| 1u16 << b)).sum::<Option<u16>>() else {
                    return false;
                };
                self.shapes.push((mask, w));
            }
            Some(("p", "private")) => self.private = w,
            Some(("p", "choices")) => self.choices = w,
            _ => return false,
        }
        true
    }

    /// How the model knows the word `lw`: a word it does not know may
    /// still have a class by its ending ("they'll").
    fn known(&self, lw: &str) -> Option<Known> {
        if let Some(k) = self.vocab.get(lw) {
            return Some(*k);
        }
        let ending = self.endings.iter().find(|(e, _)| lw.ends_with(e))?;
        Some(Known {
            id: UNKNOWN,
            classes: ending.1,
            ..Known::default()
        })
    }

    /// The classes of the word `known` followed by `next`.
    fn classes(&self, known: Option<Known>, next: Option<Known>) -> u16 {
        let mut bits = known.map_or(0, |k| k.classes);
        if let (Some(k), Some(n)) = (known, next)
            && k.opens
        {
            for ((a, b), bit) in &self.two_words {
                if (*a, *b) == (k.id, n.id) {
                    bits |= bit;
                }
            }
        }
        bits
    }
}

/// "Jordan", "McKenzie": an upper-case letter, then some lower-case.
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Where the structural features came from: the flags set, and for each
/// the word that first set it.
#[derive(Default)]
struct Flags {
    set: u16,
    by: [usize; FLAGS.len()],
}

impl Flags {
    fn add(&mut self, bits: u16, k: usize) {
        let new = bits & !self.set;
        if new != 0 {
            for (f, at) in self.by.iter_mut().enumerate() {
                if new & (1 << f) != 0 {
                    *at = k;
                }
            }
            self.set |= new;
        }
    }
}

/// One sentence's words, and how the model knows each.
struct Sentence<'t> {
    part: DraftPart,
    text: &'t Text<'t>,
    words: &'t [Word<'t>],
    known: &'t [Option<Known>],
}

impl Sentence<'_> {
    fn raw(&self, k: usize) -> &str {
        self.text.raw(&self.words[k])
    }

    /// A name standing alone: capitalised, not a known capitalised word,
    /// not part of a longer proper name ("Oakfield Kennels").
    fn lone_name(&self, k: usize, bits: u16) -> bool {
        let raw = self.raw(k);
        // Most words start lower-case: the cheap test first.
        if raw.as_bytes()[0].is_ascii_lowercase() || bits & NOT_NAME != 0 {
            return false;
        }
        capitalised(raw)
            && raw.chars().nth(1).is_some()
            && !(k > 0 && capitalised(self.raw(k - 1)))
            && !(k + 1 < self.words.len() && capitalised(self.raw(k + 1)))
    }

    /// The structural features of word `k` (classes `bits`), into `flags`.
    fn word_flags(&self, k: usize, bits: u16, flags: &mut Flags) {
        flags.add(bits & WORD_CLASSES, k);
        if bits & YOU_WORD != 0 {
            let object = k > 0 && self.known[k - 1].is_some_and(|p| p.classes & YOU_OBJECT != 0);
            if !object {
                flags.add(YOU, k);
            }
        }
        if self.lone_name(k, bits) {
            let next = self.known.get(k + 1).copied().flatten();
            let verb = next.is_some_and(|n| n.classes & VERB != 0);
            if verb {
                flags.add(NAMED, k);
            }
            if k > 0 || verb {
                flags.add(NAME, k);
            }
        }
    }

    /// The sentence's score; with `toward`, what each word adds to it.
    /// Words and pairs count each time they occur, as in training.
    fn score(&self, model: &Model, mut toward: Option<&mut [f32]>) -> f32 {
        let mut add = |k: usize, w: f32| {
            if let Some(t) = toward.as_deref_mut() {
                t[k] += w;
            }
        };
        let mut sum = model.bias
            + match self.part {
                DraftPart::Private => model.private,
                DraftPart::Choices => model.choices,
                _ => 0.0,
            };
        let mut flags = Flags::default();
        for k in 0..self.known.len() {
            let known = self.known[k];
            let next = self.known.get(k + 1).copied().flatten();
            let bits = model.classes(known, next);
            self.word_flags(k, bits, &mut flags);
            let Some(known) = known.filter(|k| k.id != UNKNOWN) else {
                continue;
            };
            sum += known.weight;
            add(k, known.weight);
            if let Some(&w) = next.and_then(|n| model.pairs.get(&pair_key(known.id, n.id))) {
                sum += w;
                add(k, w / 2.0);
                add(k + 1, w / 2.0);
            }
        }
        for &(mask, w) in &model.shapes {
            if flags.set & mask == mask {
                sum += w;
                let share = w / mask.count_ones() as f32;
                for (f, &at) in flags.by.iter().enumerate() {
                    if mask & (1 << f) != 0 {
                        add(at, share);
                    }
                }
            }
        }
        sum
    }

    /// The words that weigh most towards blame, in the order written:
    /// neighbours joined by a space, gaps shown as "…".
    fn weighing_most(&self, model: &Model) -> String {
        let mut toward = vec![0.0f32; self.known.len()];
        self.score(model, Some(&mut toward));
        let mut top: Vec<usize> = (0..toward.len()).filter(|&k| toward[k] > 0.0).collect();
        top.sort_by(|&a, &b| toward[b].total_cmp(&toward[a]));
        top.truncate(3);
        top.sort_unstable();
        let mut out = String::new();
        for (n, &k) in top.iter().enumerate() {
            if n > 0 {
                let gap = k != top[n - 1] + 1;
                out.push_str(if gap { " \u{2026} " } else { " " });
            }
            out.push_str(self.raw(k));
        }
        out
    }
}

/// A word pair's key in [`Model::pairs`].
fn pair_key(first: u32, second: u32) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
}

/// How the model knows each word of `text`.
fn known_words(model: &Model, text: &Text) -> Vec<Option<Known>> {
    let words = text.words.iter();
    words.map(|w| model.known(text.lower(w))).collect()
}

/// The sentences of a draft whose words are `known`, as the model reads them.
fn sentences<'t>(
    part: DraftPart,
    text: &'t Text<'t>,
    known: &'t [Option<Known>],
) -> impl Iterator<Item = Sentence<'t>> {
    let mut at = 0;
    text.words
        .chunk_by(|a, b| a.sentence == b.sentence)
        .map(move |words| {
            let known = &known[at..at + words.len()];
            at += words.len();
            Sentence {
                part,
                text,
                words,
                known,
            }
        })
}

/// Adds blame where the rules found none and the layer reads it: the
/// public reply, the private message and the chosen options together.
pub(super) fn add(sink: &mut Sink, drafts: [&Draft; 3]) {
    if sink.out.iter().any(|f| f.category == Category::Blame) {
        return;
    }
    if drafts.iter().map(|d| d.text.words.len()).sum::<usize>() > MAX_WORDS {
        return;
    }
    let model = &*MODEL;
    let known = drafts.map(|d| known_words(model, &d.text));
    let mut best: Option<(f32, &Draft, Sentence)> = None;
    // The soft-max (log-sum-exp) of the sentence scores, as trained.
    let (mut top, mut total) = (f32::NEG_INFINITY, 0.0f32);
    for (d, known) in drafts.into_iter().zip(&known) {
        for s in sentences(d.part, &d.text, known) {
            let z = s.score(model, None);
            if z > top {
                total = total * (top - z).exp() + 1.0;
                top = z;
                best = Some((z, d, s));
            } else {
                total += (z - top).exp();
            }
        }
    }
    let Some((_, d, s)) = best else { return };
    if top + total.ln() <= model.threshold {
        return;
    }
    let first = s.words.first().map_or(0, |w| w.start);
    let span = d
        .text
        .sentences
        .iter()
        .copied()
        .find(|&(a, b)| a <= first && first < b)
        .unwrap_or((first, s.words.last().map_or(first, |w| w.end)));
    let reason = Reason::Quoted(s.weighing_most(model));
    let src = d.text.src;
    sink.push_read(
        Category::Blame,
        d.part,
        src,
        span,
        reason,
        Evidence::Inferred,
    );
}

#[cfg(test)]
#[path = "learned_blame_tests.rs"]
mod tests;
