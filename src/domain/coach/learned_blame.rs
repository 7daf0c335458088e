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
//! whole-reply word model lowered some sets; scored on sets left out of
//! training (leave-one-set-out on the six blind sets, added to the rules),
//! this one raised blame F1 on four, left one level and lowered one by a
//! draft (tests/data/coach/learned_blame_results.md).
//!
//! It only adds blame to a reply where the rules found none, and what it
//! adds is inferred: a warning at most, never a block. The finding points
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
const WORD_CLASSES: u16 = STAFF | OUTSIDE | CAUSAL | NEGATION | DISCIPLINE | FUTURE;

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
    pairs: FxMap<(u32, u32), f32>,
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
                let key = (self.word(a).id, self.word(b).id);
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

    /// The classes of the word `lw` followed by `next`.
    fn classes(&self, known: Option<Known>, lw: &str, next: Option<Known>) -> u16 {
        let mut bits = known.map_or(0, |k| k.classes);
        for (ending, bit) in &self.endings {
            if lw.ends_with(ending) {
                bits |= bit;
            }
        }
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

/// One sentence's words: how the model knows each, and as written.
struct Sentence<'t> {
    part: DraftPart,
    known: Vec<Option<Known>>,
    lower: Vec<&'t str>,
    raw: Vec<&'t str>,
    words: &'t [Word],
}

impl Sentence<'_> {
    /// The structural features, and for each the word that first set it.
    fn flags(&self, model: &Model) -> (u16, [usize; FLAGS.len()]) {
        let n = self.known.len();
        let (mut flags, mut by) = (0u16, [0usize; FLAGS.len()]);
        let mut set = |bits: u16, k: usize| {
            for (f, at) in by.iter_mut().enumerate() {
                if bits & (1 << f) != 0 && flags & (1 << f) == 0 {
                    *at = k;
                }
            }
            flags |= bits;
        };
        for k in 0..n {
            let next = self.known.get(k + 1).copied().flatten();
            let bits = model.classes(self.known[k], self.lower[k], next);
            set(bits & WORD_CLASSES, k);
            let before =
                |bit: u16| k > 0 && self.known[k - 1].is_some_and(|p| p.classes & bit != 0);
            if bits & YOU_WORD != 0 {
                if self.lower[k] == "your" {
                    set(YOUR, k);
                } else if !before(YOU_OBJECT) {
                    set(YOU, k);
                }
            }
            let lone = capitalised(self.raw[k])
                && self.raw[k].chars().nth(1).is_some()
                && bits & NOT_NAME == 0
                && !(k > 0 && capitalised(self.raw[k - 1]))
                && !(k + 1 < n && capitalised(self.raw[k + 1]));
            let verb = next.is_some_and(|n| n.classes & VERB != 0);
            if lone && verb {
                set(NAMED, k);
            }
            if lone && (k > 0 || verb) {
                set(NAME, k);
            }
        }
        (flags, by)
    }

    /// The sentence's score; with `toward`, what each word adds to it.
    fn score(&self, model: &Model, mut toward: Option<&mut [f32]>) -> f32 {
        let mut add = |k: usize, w: f32| {
            if let Some(t) = toward.as_deref_mut() {
                t[k] += w;
            }
        };
        let mut sum = model.bias;
        sum += match self.part {
            DraftPart::Private => model.private,
            DraftPart::Choices => model.choices,
            _ => 0.0,
        };
        // Each feature counts once however often it occurs, as in training.
        let mut seen: Vec<(u32, u32)> = Vec::with_capacity(2 * self.known.len());
        for (k, known) in self.known.iter().enumerate() {
            let Some(known) = known else { continue };
            if known.weight != 0.0 && !seen.contains(&(known.id, u32::MAX)) {
                seen.push((known.id, u32::MAX));
                sum += known.weight;
                add(k, known.weight);
            }
            let Some(next) = self.known.get(k + 1).copied().flatten() else {
                continue;
            };
            let key = (known.id, next.id);
            if let Some(&w) = model.pairs.get(&key)
                && !seen.contains(&key)
            {
                seen.push(key);
                sum += w;
                add(k, w / 2.0);
                add(k + 1, w / 2.0);
            }
        }
        let (flags, by) = self.flags(model);
        for &(mask, w) in &model.shapes {
            if flags & mask == mask {
                sum += w;
                let bits = (0..FLAGS.len()).filter(|f| mask & (1 << f) != 0);
                let share = w / mask.count_ones() as f32;
                bits.for_each(|f| add(by[f], share));
            }
        }
        sum
    }

    /// The words that weigh most towards blame, in the order written:
    /// neighbours joined by a space, gaps shown as "…".
    fn weighing_most(&self, model: &Model, src: &str) -> String {
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
            out.push_str(&src[self.words[k].start..self.words[k].end]);
        }
        out
    }
}

/// The sentences of a draft, as the model reads them.
fn sentences<'t>(model: &Model, part: DraftPart, text: &'t Text) -> Vec<Sentence<'t>> {
    let mut out = Vec::with_capacity(text.sentences.len());
    let mut rest = &text.words[..];
    while let Some(first) = rest.first() {
        let n = rest
            .iter()
            .position(|w| w.sentence != first.sentence)
            .unwrap_or(rest.len());
        let (words, tail) = rest.split_at(n);
        rest = tail;
        let lower: Vec<&str> = words.iter().map(|w| text.lower(w)).collect();
        out.push(Sentence {
            part,
            known: lower
                .iter()
                .map(|lw| model.vocab.get(lw).copied())
                .collect(),
            raw: words.iter().map(|w| text.raw(w)).collect(),
            lower,
            words,
        });
    }
    out
}

/// Adds blame where the rules found none and the layer reads it: the
/// public reply, the private message and the chosen options together.
pub(super) fn add(sink: &mut Sink, drafts: [&Draft; 3]) {
    if sink.out.iter().any(|f| f.category == Category::Blame) {
        return;
    }
    let model = &*MODEL;
    let mut best: Option<(f32, &Draft, Sentence)> = None;
    // The soft-max (log-sum-exp) of the sentence scores, as trained.
    let (mut top, mut total) = (f32::NEG_INFINITY, 0.0f32);
    for d in drafts {
        for s in sentences(model, d.part, &d.text) {
            let z = s.score(model, None);
            if z > top {
                total = total * (top - z).exp() + 1.0;
                top = z;
            } else {
                total += (z - top).exp();
            }
            if best.as_ref().is_none_or(|(b, ..)| z > *b) {
                best = Some((z, d, s));
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
    let words = s.weighing_most(model, d.text.src);
    let src = d.text.src;
    let reason = Reason::Quoted(words);
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
