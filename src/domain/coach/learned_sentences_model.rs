//! The learned sentence layer's model, read from the two files that ship
//! with the crate: the word classes and the weights, a column a category.

use super::super::DraftPart;
use super::super::finding::{Category, Severity};
use super::super::text::FxMap;
use super::{Bits, FLAGS, YOU_WORD, YOUR, class_bit};
use std::sync::LazyLock;

/// The most categories the weights file may hold (one column each).
pub(super) const COLUMNS: usize = 8;

/// One weight a category; unused columns stay zero.
pub(super) type Weights = [f32; COLUMNS];

const ALL_PARTS: &[DraftPart] = &[DraftPart::Public, DraftPart::Private, DraftPart::Choices];

/// The number of a word the model does not know (no weight, no pairs).
pub(super) const UNKNOWN: u32 = u32::MAX;

/// A word either file names: its number and its classes.
#[derive(Clone, Copy, Default)]
pub(super) struct Known {
    pub(super) id: u32,
    pub(super) classes: Bits,
    /// It starts a two-word class entry ("spoken to", "let go").
    pub(super) opens: bool,
}

pub(super) struct Model {
    /// The category of each column.
    pub(super) categories: Vec<Category>,
    /// The parts each column reads: details are put in public by the
    /// public reply alone, and a chosen option is no promise outside the
    /// choices.
    pub(super) reads: [&'static [DraftPart]; COLUMNS],
    pub(super) bias: Weights,
    pub(super) threshold: Weights,
    /// Below this soft-max the layer takes back the rules' warnings of the
    /// column (never a block); minus infinity where it takes none back.
    pub(super) veto: Weights,
    /// The threshold where the reply is already found defensive, by the
    /// rules or by this layer, if lower: a reply defending itself needs
    /// less to read as cold or blaming. Infinity where the column has none.
    pub(super) defended: Weights,
    vocab: FxMap<&'static str, Known>,
    /// Each known word's weights, by its number.
    pub(super) words: Vec<Weights>,
    pub(super) pairs: FxMap<u64, Weights>,
    /// The structural features: the flags each needs, and its weights.
    pub(super) shapes: Vec<(Bits, Weights)>,
    pub(super) private: Weights,
    pub(super) choices: Weights,
    /// What the rules found in the same draft (`r:category:severity`).
    pub(super) found: FxMap<(Category, Severity), Weights>,
    /// Class entries by ending ("'ll") and by two words ("spoken_to").
    endings: Vec<(&'static str, Bits)>,
    two_words: Vec<((u32, u32), Bits)>,
    /// Weight rows read, header, bias and threshold included.
    pub(super) rows: usize,
}

pub(super) static MODEL: LazyLock<Model> = LazyLock::new(|| {
    let mut model = Model {
        categories: Vec::new(),
        reads: [ALL_PARTS; COLUMNS],
        bias: Weights::default(),
        // Silent until the file says otherwise.
        threshold: [f32::INFINITY; COLUMNS],
        veto: [f32::NEG_INFINITY; COLUMNS],
        defended: [f32::INFINITY; COLUMNS],
        vocab: FxMap::default(),
        words: Vec::new(),
        pairs: FxMap::default(),
        shapes: Vec::new(),
        private: Weights::default(),
        choices: Weights::default(),
        found: FxMap::default(),
        endings: Vec::new(),
        two_words: Vec::new(),
        rows: 0,
    };
    model.read_classes(include_str!("learned_sentences_words.txt"));
    model.read_weights(include_str!("learned_sentences_weights.tsv"));
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

/// A word pair's key in [`Model::pairs`].
pub(super) fn pair_key(first: u32, second: u32) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
}

/// `0.5\t-1.25\t…` as weights; None if a cell is not a number or there
/// are more cells than columns.
fn cells(row: &str) -> Option<Weights> {
    let mut w = Weights::default();
    for (k, cell) in row.split('\t').enumerate() {
        *w.get_mut(k)? = cell.parse().ok()?;
    }
    Some(w)
}

impl Model {
    fn word(&mut self, word: &'static str) -> &mut Known {
        let id = self.vocab.len() as u32;
        if !self.vocab.contains_key(word) {
            self.words.push(Weights::default());
        }
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

    /// `feature<TAB>weight<TAB>weight…`, `#` comments; first the
    /// `category` row naming each column, then features `bias`,
    /// `threshold`, `veto`, `defended`, `w:word`, `b:first_second`, `s:flag[+flag]`,
    /// `p:part`, `r:category:severity`. A malformed row is skipped (the
    /// file ships with the crate and a test reads every row).
    fn read_weights(&mut self, tsv: &'static str) {
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            let Some((key, rest)) = line.split_once('\t') else {
                continue;
            };
            if key == "category" {
                let names = rest.split('\t').map(str::parse::<Category>);
                let Ok(categories) = names.collect::<Result<Vec<_>, _>>() else {
                    continue;
                };
                if categories.len() <= COLUMNS {
                    for (k, c) in categories.iter().enumerate() {
                        self.reads[k] = match c {
                            Category::PublicDetails => &[DraftPart::Public],
                            Category::RiskyPromise => &[DraftPart::Public, DraftPart::Private],
                            _ => ALL_PARTS,
                        };
                    }
                    self.categories = categories;
                    self.rows += 1;
                }
                continue;
            }
            let Some(w) = cells(rest) else { continue };
            if self.add_row(key, w) {
                self.rows += 1;
            }
        }
    }

    fn add_row(&mut self, key: &'static str, w: Weights) -> bool {
        match key.split_once(':') {
            None if key == "bias" => self.bias = w,
            None if key == "threshold" => self.threshold = w,
            None if key == "veto" => self.veto = w,
            None if key == "defended" => self.defended = w,
            Some(("w", word)) => {
                let id = self.word(word).id as usize;
                self.words[id] = w;
            }
            Some(("b", pair)) => {
                let Some((a, b)) = pair.split_once('_') else {
                    return false;
                };
                let key = pair_key(self.word(a).id, self.word(b).id);
                self.pairs.insert(key, w);
            }
            Some(("s", flags)) => {
                let bits = flags.split('+').map(|f| FLAGS.iter().position(|x| *x == f));
                let Some(mask) = bits
                    .map(|b| b.map(|b| (1 as Bits) << b))
                    .sum::<Option<Bits>>()
                else {
                    return false;
                };
                self.shapes.push((mask, w));
            }
            Some(("p", "private")) => self.private = w,
            Some(("p", "choices")) => self.choices = w,
            Some(("r", found)) => {
                let Some((c, s)) = found.split_once(':') else {
                    return false;
                };
                let all = [Severity::Block, Severity::Warn, Severity::Tip];
                let Some(severity) = all.into_iter().find(|x| x.as_str() == s) else {
                    return false;
                };
                let Ok(c) = c.parse::<Category>() else {
                    return false;
                };
                self.found.insert((c, severity), w);
            }
            _ => return false,
        }
        true
    }

    /// How the model knows the word `lw`: a word it does not know may
    /// still have a class by its ending ("they'll").
    pub(super) fn known(&self, lw: &str) -> Option<Known> {
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
    pub(super) fn classes(&self, known: Option<Known>, next: Option<Known>) -> Bits {
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
