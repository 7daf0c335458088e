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
use super::sentence_model::{self, Bits, Flags, Layer, Model, Sentence};
use super::{Draft, Sink};
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
/// Word classes that are not features themselves: "you" and its forms,
/// the words before an object "you" ("thank you"), the verbs that make a
/// name the subject, and capitalised words that are not names.
const YOU_WORD: Bits = 1 << 10;
const YOU_OBJECT: Bits = 1 << 11;
const VERB: Bits = 1 << 12;
const NOT_NAME: Bits = 1 << 13;

/// The classes a word may carry directly (others follow from position).
const WORD_CLASSES: Bits = STAFF | OUTSIDE | CAUSAL | NEGATION | DISCIPLINE | FUTURE | YOUR;

/// A class of `learned_blame_words.txt` by its name there.
fn class_bit(name: &str) -> Option<Bits> {
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

/// The bit of word `w` of class `name`: "your" is a feature of its own;
/// other forms of "you" are features only as a subject.
fn word_bit(name: &str, w: &str) -> Option<Bits> {
    let bit = class_bit(name)?;
    Some(if bit == YOU_WORD && w == "your" {
        YOUR
    } else {
        bit
    })
}

/// The most words (both drafts and the options) the layer reads: over
/// twice the longest reply it was trained on (256 words). The soft-max of
/// sentence scores grows with their number, so a far longer reply is
/// outside what the threshold was set for: the layer stays silent.
const MAX_WORDS: usize = 600;

static LAYER: Layer = Layer {
    flags: &FLAGS,
    class_bit: word_bit,
    sentence_flags,
};

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    Model::new(
        &LAYER,
        include_str!("learned_blame_words.txt"),
        include_str!("learned_blame_weights.tsv"),
    )
});

/// Reads the weights now, so the checks only look them up.
pub(super) fn warm() {
    LazyLock::force(&MODEL);
}

/// "Jordan", "McKenzie": an upper-case letter, then some lower-case.
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// A name standing alone: capitalised, not a known capitalised word, not
/// part of a longer proper name ("Oakfield Kennels").
fn lone_name(s: &Sentence, k: usize, bits: Bits) -> bool {
    let raw = s.raw(k);
    // Most words start lower-case: the cheap test first.
    if raw.as_bytes()[0].is_ascii_lowercase() || bits & NOT_NAME != 0 {
        return false;
    }
    capitalised(raw)
        && raw.chars().nth(1).is_some()
        && !(k > 0 && capitalised(s.raw(k - 1)))
        && !(k + 1 < s.words.len() && capitalised(s.raw(k + 1)))
}

/// The structural features of word `k` (classes `bits`), into `flags`.
fn word_flags(s: &Sentence, k: usize, bits: Bits, flags: &mut Flags) {
    flags.add(bits & WORD_CLASSES, k);
    if bits & YOU_WORD != 0 {
        let object = k > 0 && s.known[k - 1].is_some_and(|p| p.classes & YOU_OBJECT != 0);
        if !object {
            flags.add(YOU, k);
        }
    }
    if lone_name(s, k, bits) {
        let next = s.known.get(k + 1).copied().flatten();
        let verb = next.is_some_and(|n| n.classes & VERB != 0);
        if verb {
            flags.add(NAMED, k);
        }
        if k > 0 || verb {
            flags.add(NAME, k);
        }
    }
}

/// The structural features of a sentence, word by word.
fn sentence_flags(s: &Sentence, model: &Model, flags: &mut Flags) {
    for k in 0..s.known.len() {
        let next = s.known.get(k + 1).copied().flatten();
        let bits = model.classes(s.known[k], next);
        word_flags(s, k, bits, flags);
    }
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
    sentence_model::add(&MODEL, sink, Category::Blame, &drafts);
}

#[cfg(test)]
#[path = "learned_blame_tests.rs"]
mod tests;
