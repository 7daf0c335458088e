//! A small learned layer for the categories whose wording varies most from
//! writer to writer: blame ("Jordan is only 17 and still learning"),
//! negative tone, details put in public, risky promises, generic replies,
//! defensiveness and asks for removal. For each, a linear model scores
//! every SENTENCE of the public reply, the private message and the chosen
//! options, over the sentence's words, its word pairs, a few structural
//! features a person would recognise (a staff role noun, a name, an outside
//! party, "you" as subject, a causal word, negation, a disciplinary outcome,
//! the remedy future, a general truth with its condition — "gel can lift
//! if…" — and pairs of them; for negative tone also a question mark at its
//! end and words in quotes) and what the rules found in the same
//! draft (a reply the rules call defensive is likelier to blame). The word
//! classes are in `learned_sentences_words.txt`; the weights
//! (`learned_sentences_weights.tsv`, a column per category) were trained
//! offline by tests/data/coach/train_sentences.py from draft-level labels: a
//! draft has the category when the soft-max of its sentence scores passes
//! the category's threshold. Blame and negative tone have a lower one for
//! a reply already found defensive: a reply defending itself needs less to
//! read as cold, or as putting the fault on someone.
//!
//! Why sentences: a fault sits in one sentence of a long reply, and a
//! whole-reply word model lowered some sets. Why learned at all: rules
//! written from one writer's wording carried almost nothing to the next
//! writers, and this layer, scored on sets left out of its training, raised
//! each category it covers (tests/data/coach/learned_sentences_results.md).
//!
//! It only adds a category to a reply where the rules found none of it and
//! of no more than [`MAX_WORDS`] words, and what it adds is inferred: a
//! warning at most, never a block. A finding points at the sentence that
//! scored highest and quotes the words that weighed most in it.

use super::finding::{Category, Severity};
use super::reason::Reason;
use super::text::{Text, Word};
use super::{Draft, DraftPart, Evidence, Sink};
use model::{Known, MODEL, Model, UNKNOWN, Weights, pair_key};

#[path = "learned_sentences_model.rs"]
mod model;

/// Reads the weights now, so the checks only look them up.
pub(super) fn warm() {
    std::sync::LazyLock::force(&MODEL);
}

/// A set of structural features or of word classes, a bit each.
type Bits = u32;

/// The structural features, by their names in the weights file (`s:staff`,
/// `s:staff+negation`); bit `k` is `FLAGS[k]`.
const FLAGS: [&str; 14] = [
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
    "modal",
    "cond",
    "question",
    "quoted",
];
const STAFF: Bits = 1;
const NAME: Bits = 1 << 1;
const NAMED: Bits = 1 << 2;
const OUTSIDE: Bits = 1 << 3;
const YOU: Bits = 1 << 4;
const YOUR: Bits = 1 << 5;
const CAUSAL: Bits = 1 << 6;
const NEGATION: Bits = 1 << 7;
const DISCIPLINE: Bits = 1 << 8;
const FUTURE: Bits = 1 << 9;
/// "can", "often", "usually": a general truth ("gel can lift…")…
const MODAL: Bits = 1 << 10;
/// …and "if", "when", "depending": the condition that shifts the cause
/// ("…if nails are in hot water").
const COND: Bits = 1 << 11;
/// What a sentence says by its marks, not its words: it ends in a question
/// mark ("Four dollars? Really?")…
const QUESTION: Bits = 1 << 12;
/// …or quotes ("the \"cold\" food you mention"), most often the
/// customer's own words held up.
const QUOTED: Bits = 1 << 13;
/// Word classes that are not features themselves: "you" and its forms,
/// the words before an object "you" ("thank you"), the verbs that make a
/// name the subject, and capitalised words that are not names.
const YOU_WORD: Bits = 1 << 14;
const YOU_OBJECT: Bits = 1 << 15;
const VERB: Bits = 1 << 16;
const NOT_NAME: Bits = 1 << 17;

/// The classes a word may carry directly (others follow from position).
const WORD_CLASSES: Bits =
    STAFF | OUTSIDE | CAUSAL | NEGATION | DISCIPLINE | FUTURE | YOUR | MODAL | COND;

/// A class of `learned_sentences_words.txt` by its name there.
fn class_bit(name: &str) -> Option<Bits> {
    Some(match name {
        "staff" => STAFF,
        "outside" => OUTSIDE,
        "causal" => CAUSAL,
        "negation" => NEGATION,
        "discipline" => DISCIPLINE,
        "future" => FUTURE,
        "modal" => MODAL,
        "cond" => COND,
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

/// "Jordan", "McKenzie": an upper-case letter, then some lower-case.
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Where the structural features came from: the flags set, and for each
/// the word that first set it.
#[derive(Default)]
struct Flags {
    set: Bits,
    by: [usize; FLAGS.len()],
}

impl Flags {
    fn add(&mut self, bits: Bits, k: usize) {
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
#[derive(Clone, Copy)]
struct Sentence<'t> {
    part: DraftPart,
    text: &'t Text<'t>,
    words: &'t [Word<'t>],
    known: &'t [Option<Known>],
    /// The weight of what the rules found in this sentence's draft.
    found: &'t Weights,
}

/// Adds `w` to `sum`, column by column.
fn plus(sum: &mut Weights, w: &Weights) {
    for (s, x) in sum.iter_mut().zip(w) {
        *s += x;
    }
}

impl Sentence<'_> {
    fn raw(&self, k: usize) -> &str {
        self.text.raw(&self.words[k])
    }

    /// A name standing alone: capitalised, not a known capitalised word,
    /// not part of a longer proper name ("Oakfield Kennels").
    fn lone_name(&self, k: usize, bits: Bits) -> bool {
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
    fn word_flags(&self, k: usize, bits: Bits, flags: &mut Flags) {
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

    /// The features the sentence sets by its marks: a question mark at
    /// its end, a word inside quotes.
    fn mark_flags(&self, flags: &mut Flags) {
        if let Some(k) = self.words.iter().position(|w| w.quoted) {
            flags.add(QUOTED, k);
        }
        let Some(last) = self.words.last() else {
            return;
        };
        let end = self
            .text
            .sentences
            .get(last.sentence as usize)
            .map_or(0, |s| s.1);
        if end > 0 && self.text.src.as_bytes()[end - 1] == b'?' {
            flags.add(QUESTION, self.words.len() - 1);
        }
    }

    /// The structural features the sentence sets.
    fn flags(&self, model: &Model) -> Bits {
        let mut flags = Flags::default();
        for k in 0..self.known.len() {
            let next = self.known.get(k + 1).copied().flatten();
            self.word_flags(k, model.classes(self.known[k], next), &mut flags);
        }
        self.mark_flags(&mut flags);
        flags.set
    }

    /// The sentence's score in every column; with `toward`, what each word
    /// adds to column `col`. Words and pairs count each time they occur,
    /// as in training.
    fn score(&self, model: &Model, mut toward: Option<(usize, &mut [f32])>) -> Weights {
        let mut add = |k: usize, w: &Weights, share: f32| {
            if let Some((col, t)) = toward.as_mut() {
                t[k] += w[*col] * share;
            }
        };
        let mut sum = model.bias;
        plus(&mut sum, self.found);
        match self.part {
            DraftPart::Private => plus(&mut sum, &model.private),
            DraftPart::Choices => plus(&mut sum, &model.choices),
            _ => {}
        }
        let mut flags = Flags::default();
        for k in 0..self.known.len() {
            let known = self.known[k];
            let next = self.known.get(k + 1).copied().flatten();
            let bits = model.classes(known, next);
            self.word_flags(k, bits, &mut flags);
            let Some(known) = known.filter(|k| k.id != UNKNOWN) else {
                continue;
            };
            let w = &model.words[known.id as usize];
            plus(&mut sum, w);
            add(k, w, 1.0);
            if let Some(w) = next.and_then(|n| model.pairs.get(&pair_key(known.id, n.id))) {
                plus(&mut sum, w);
                add(k, w, 0.5);
                add(k + 1, w, 0.5);
            }
        }
        self.mark_flags(&mut flags);
        for (mask, w) in &model.shapes {
            if flags.set & mask == *mask {
                plus(&mut sum, w);
                let share = 1.0 / mask.count_ones() as f32;
                for (f, &at) in flags.by.iter().enumerate() {
                    if mask & (1 << f) != 0 {
                        add(at, w, share);
                    }
                }
            }
        }
        sum
    }

    /// The words that weigh most towards column `col`, in the order
    /// written: neighbours joined by a space, gaps shown as "…".
    fn weighing_most(&self, model: &Model, col: usize) -> String {
        let mut toward = vec![0.0f32; self.known.len()];
        self.score(model, Some((col, &mut toward)));
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
    found: &'t Weights,
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
                found,
            }
        })
}

/// The soft-max (log-sum-exp) of one column's sentence scores, kept as it
/// goes, and the sentence that scored highest.
struct SoftMax<'t> {
    top: f32,
    total: f32,
    best: Option<(&'t Draft<'t>, Sentence<'t>)>,
    /// The sentences read.
    read: usize,
}

impl<'t> SoftMax<'t> {
    fn add(&mut self, z: f32, d: &'t Draft<'t>, s: Sentence<'t>) {
        self.read += 1;
        if z > self.top {
            self.total = self.total * (self.top - z).exp() + 1.0;
            self.top = z;
            self.best = Some((d, s));
        } else {
            self.total += (z - self.top).exp();
        }
    }

    fn value(&self) -> f32 {
        self.top + self.total.ln()
    }
}

/// What the rules found in `part`, as the weight of its `r:` features.
fn found_in(model: &Model, sink: &Sink, part: DraftPart) -> Weights {
    let mut seen = [[false; 3]; Category::ALL.len()];
    let mut sum = Weights::default();
    for f in sink.out.iter().filter(|f| f.draft == part) {
        let slot = &mut seen[f.category as usize][f.severity as usize];
        if !*slot {
            *slot = true;
            if let Some(w) = model.found.get(&(f.category, f.severity)) {
                plus(&mut sum, w);
            }
        }
    }
    sum
}

/// The fewest sentences a reply needs before the layer takes a warning
/// back: it learned from whole replies, and a line or two scores low
/// whatever it says ("You are lying about the date." alone).
const VETO_SENTENCES: usize = 5;

/// The rules' findings of column `c` when every one of them only warns
/// and none is firm: the ones the layer may take back.
fn only_warned(model: &Model, sink: &Sink, c: usize) -> bool {
    let of_c = || {
        sink.out
            .iter()
            .filter(|f| f.category == model.categories[c])
    };
    model.veto[c].is_finite()
        && of_c().next().is_some()
        && of_c().all(|f| f.severity == Severity::Warn && !sink.is_firm(f))
}

/// Adds each category the layer reads where the rules found none of it,
/// and takes back a rule's warning the layer scores well below doubt:
/// the public reply, the private message and the chosen options together.
pub(super) fn add(sink: &mut Sink, drafts: [&Draft; 3]) {
    let model = &*MODEL;
    let columns = 0..model.categories.len();
    let mut open: Vec<usize> = columns
        .clone()
        .filter(|&c| !sink.out.iter().any(|f| f.category == model.categories[c]))
        .collect();
    // A column that reads the reply's defensiveness is decided after the
    // column that may find it.
    open.sort_by_key(|&c| model.defended[c].is_finite());
    let doubted: Vec<usize> = columns.filter(|&c| only_warned(model, sink, c)).collect();
    let words: usize = drafts.iter().map(|d| d.text.words.len()).sum();
    if (open.is_empty() && doubted.is_empty()) || words > MAX_WORDS {
        return;
    }
    let known = drafts.map(|d| known_words(model, &d.text));
    let found = drafts.map(|d| found_in(model, sink, d.part));
    let mut soft: Vec<SoftMax> = (0..model.categories.len())
        .map(|_| SoftMax {
            top: f32::NEG_INFINITY,
            total: 0.0,
            best: None,
            read: 0,
        })
        .collect();
    for ((d, known), found) in drafts.into_iter().zip(&known).zip(&found) {
        for s in sentences(d.part, &d.text, known, found) {
            let z = s.score(model, None);
            for &c in open.iter().chain(&doubted) {
                if model.reads[c].contains(&d.part) {
                    soft[c].add(z[c], d, s);
                }
            }
        }
    }
    for c in doubted {
        if soft[c].read >= VETO_SENTENCES && soft[c].value() < model.veto[c] {
            sink.out.retain(|f| f.category != model.categories[c]);
        }
    }
    for c in open {
        let Some((d, s)) = soft[c].best else { continue };
        let defensive = sink.out.iter().any(|f| f.category == Category::Defensive);
        let threshold = match defensive {
            true => model.threshold[c].min(model.defended[c]),
            false => model.threshold[c],
        };
        if soft[c].value() <= threshold {
            continue;
        }
        if taken_back(model, c, d, &s) {
            continue;
        }
        let first = s.words.first().map_or(0, |w| w.start);
        let span = d
            .text
            .sentences
            .iter()
            .copied()
            .find(|&(a, b)| a <= first && first < b)
            .unwrap_or((first, s.words.last().map_or(first, |w| w.end)));
        let reason = Reason::Quoted(s.weighing_most(model, c));
        sink.push_read(
            model.categories[c],
            d.part,
            d.text.src,
            span,
            reason,
            Evidence::Inferred,
        );
    }
}

/// A top sentence whose words say the column's reading is wrong.
fn taken_back(model: &Model, c: usize, d: &Draft, s: &Sentence) -> bool {
    match model.categories[c] {
        Category::Blame => {
            // Blame whose top sentence says the fault is ours ("I won't
            // blame the courier: the packing was ours") is owned, not put
            // on anyone. A remedy to come with no failure or cause in it
            // ("our delivery boy will bring the new chair round today")
            // puts no fault on him.
            s.words.iter().any(|w| d.text.lower(w) == "ours")
                || s.flags(model) & (FUTURE | NEGATION | CAUSAL) == FUTURE
        }
        // "There's no need to update your review" asks for nothing.
        Category::AsksRemoval => s
            .words
            .windows(2)
            .any(|p| d.text.lower(&p[0]) == "no" && d.text.lower(&p[1]) == "need"),
        _ => false,
    }
}

#[cfg(test)]
#[path = "learned_sentences_tests.rs"]
mod tests;
