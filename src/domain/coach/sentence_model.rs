//! What the learned sentence layers share (learned_blame.rs for blame,
//! learned_tone.rs for negative-tone): a linear model that scores every
//! SENTENCE of some drafts over its words, its word pairs and structural
//! features the layer computes from word classes, trained offline from
//! draft-level labels (a draft is read as the category when the soft-max of
//! its sentence scores passes the threshold). A layer names its structural
//! features, maps its word-class file onto bits, and says which features a
//! sentence has; reading the files, scoring, picking the sentence and
//! quoting the words that weighed most are done here, once.

use super::finding::Category;
use super::reason::Reason;
use super::text::{FxMap, Text, Word};
use super::{Draft, DraftPart, Evidence, Sink};

/// A set of word classes and structural features: bit `k` of the features
/// is the layer's `flags[k]`; classes that are not features themselves
/// take the bits above them.
pub(super) type Bits = u32;

/// What makes one layer: its feature names, how its class file maps onto
/// bits, and the structural features of a sentence.
pub(super) struct Layer {
    /// The structural features by their names in the weights file
    /// (`s:you`, `s:you+question`).
    pub flags: &'static [&'static str],
    /// The bit of `word`, listed under class `class` in the class file.
    pub class_bit: fn(class: &str, word: &str) -> Option<Bits>,
    /// The structural features of a sentence, into `flags`.
    pub sentence_flags: fn(&Sentence, &Model, &mut Flags),
}

/// The number of a word the model does not know (no weight, no pairs).
const UNKNOWN: u32 = u32::MAX;

/// A word either file names: its number, its own weight and its classes.
#[derive(Clone, Copy, Default)]
pub(super) struct Known {
    id: u32,
    weight: f32,
    pub classes: Bits,
    /// It starts a two-word class entry ("spoken to", "let go").
    opens: bool,
}

pub(super) struct Model {
    pub layer: &'static Layer,
    pub bias: f32,
    pub threshold: f32,
    vocab: FxMap<&'static str, Known>,
    pairs: FxMap<u64, f32>,
    /// The structural features: the flags each needs, and its weight.
    shapes: Vec<(Bits, f32)>,
    private: f32,
    choices: f32,
    /// Class entries by ending ("'ll") and by two words ("spoken_to").
    endings: Vec<(&'static str, Bits)>,
    two_words: Vec<((u32, u32), Bits)>,
    /// Weight rows read, bias and threshold included.
    pub rows: usize,
}

impl Model {
    /// The model of `layer` from its class file and its weights file.
    pub fn new(layer: &'static Layer, classes: &'static str, weights: &'static str) -> Model {
        let mut model = Model {
            layer,
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
        model.read_classes(classes);
        model.read_weights(weights);
        // Every word the model knows carries its ending's class ("we'll"),
        // so a check looks up each word once.
        for (word, known) in model.vocab.iter_mut() {
            for (ending, bit) in &model.endings {
                if word.ends_with(ending) {
                    known.classes |= bit;
                }
            }
        }
        model
    }

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
            for w in words.split_whitespace() {
                let Some(bit) = (self.layer.class_bit)(name.trim(), w) else {
                    continue;
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
                let names = self.layer.flags;
                let bits = flags.split('+').map(|f| names.iter().position(|x| *x == f));
                let Some(mask) = bits.map(|b| b.map(|b| 1 << b)).sum::<Option<Bits>>() else {
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
    pub fn classes(&self, known: Option<Known>, next: Option<Known>) -> Bits {
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

/// Where the structural features came from: the flags set, and for each
/// the word that first set it.
#[derive(Default)]
pub(super) struct Flags {
    pub set: Bits,
    by: [usize; Bits::BITS as usize],
}

impl Flags {
    /// Sets `bits`, each first set by word `k`.
    pub fn add(&mut self, bits: Bits, k: usize) {
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
pub(super) struct Sentence<'t> {
    pub part: DraftPart,
    pub text: &'t Text<'t>,
    pub words: &'t [Word],
    pub known: &'t [Option<Known>],
}

impl Sentence<'_> {
    pub fn raw(&self, k: usize) -> &str {
        self.text.raw(&self.words[k])
    }

    /// The sentence as written, end mark included.
    pub fn span(&self) -> (usize, usize) {
        let first = self.words.first().map_or(0, |w| w.start);
        let text = self.text.sentences.iter().copied();
        text.into_iter()
            .find(|&(a, b)| a <= first && first < b)
            .unwrap_or((first, self.words.last().map_or(first, |w| w.end)))
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
        (model.layer.sentence_flags)(self, model, &mut flags);
        for k in 0..self.known.len() {
            let next = self.known.get(k + 1).copied().flatten();
            let Some(known) = self.known[k].filter(|k| k.id != UNKNOWN) else {
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

    /// The words that weigh most towards the category, in the order
    /// written: neighbours joined by a space, gaps shown as "…".
    pub fn weighing_most(&self, model: &Model) -> String {
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
pub(super) fn known_words(model: &Model, text: &Text) -> Vec<Option<Known>> {
    let words = text.words.iter();
    words.map(|w| model.known(text.lower(w))).collect()
}

/// The sentences of a draft whose words are `known`, as the model reads them.
pub(super) fn sentences<'t>(
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

/// Adds `category` to `sink`, inferred, when the soft-max of the sentence
/// scores of `drafts` passes the threshold: at the sentence that scored
/// highest, quoting the words that weighed most in it.
pub(super) fn add(model: &Model, sink: &mut Sink, category: Category, drafts: &[&Draft]) {
    let known: Vec<_> = drafts.iter().map(|d| known_words(model, &d.text)).collect();
    let mut best: Option<(f32, &Draft, Sentence)> = None;
    // The soft-max (log-sum-exp) of the sentence scores, as trained.
    let (mut top, mut total) = (f32::NEG_INFINITY, 0.0f32);
    for (d, known) in drafts.iter().zip(&known) {
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
    let reason = Reason::Quoted(s.weighing_most(model));
    let src = d.text.src;
    sink.push_read(category, d.part, src, s.span(), reason, Evidence::Inferred);
}
