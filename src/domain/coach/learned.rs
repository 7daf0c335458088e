//! A small learned layer for the two categories whose wording varies most
//! from writer to writer: `defensive` and `generic`. A linear model per
//! category over the reply's words, its word pairs and the categories the
//! rules already found; the weights (`learned_weights.tsv`) were trained
//! offline on the labelled development sets (tests/data/coach/).
//!
//! It only adds what the rules missed, and what it adds is inferred: a
//! warning at most, never a block. Each finding points at the words that
//! weigh most towards it, so the person sees what it read.
//!
//! Why these two: scored on a set left out of training (leave-one-set-out
//! over all 21 labelled sets: trained on 20, scored on the 21st), the layer
//! added to the rules raised defensive and generic F1 on every set left out
//! or left them level (mean gains +0.08 and +0.09). For blame, no-apology
//! and negative-tone it lowered some sets, and for public-details (tried on
//! the public reply's words) it lowered 6 of 21 sets for a mean gain of
//! +0.004 at best, so they stay rules. Its regularisation and each
//! category's threshold (folded into the bias row) were chosen on those
//! left-out figures only (tests/data/coach/train_learned.py). Retrained
//! (misc3) with blind18/19 (23 sets left out one by one: mean gains +0.088
//! and +0.092, no set lower) and then blind22–24, 26 sets in all; see
//! tests/data/coach/learned_results.md for its held-out figure on blind22–24.

use super::finding::Category;
use super::structure::Span;
use super::text::{FxMap, FxSet};
use super::{Draft, DraftPart, Evidence, Sink};
use std::sync::LazyLock;

/// The categories the layer scores, in the weights file's column order.
const CATEGORIES: [Category; 2] = [Category::Defensive, Category::Generic];

/// The fewest words of a reply the layer reads (fewer: it stays silent).
const MIN_WORDS: usize = 30;

/// The most: over one and a half times the longest reply it was trained on
/// (246 words).
const MAX_WORDS: usize = 400;

/// The weights by word: one lookup per word of the reply, and word pairs
/// by the two words' numbers.
struct Model {
    bias: [f32; 2],
    /// Every word the weights name: its number and its own weights.
    vocab: FxMap<Box<str>, (u32, Option<[f32; 2]>)>,
    pairs: FxMap<(u32, u32), [f32; 2]>,
    /// The rules' categories as features.
    found: FxMap<Category, [f32; 2]>,
    /// Rows read, the bias included.
    rows: usize,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| parse(include_str!("learned_weights.tsv")));

/// Reads the weights now (a coach is made before the person types; the
/// checks then only look them up).
pub(super) fn warm() {
    LazyLock::force(&MODEL);
}

/// The weights file: `feature<TAB>defensive<TAB>generic`, the first row the
/// bias, `#` comments; features `w:word`, `b:first_second`, `r:category`.
/// A malformed row is skipped (the file ships with the crate and a test
/// reads every row).
fn parse(tsv: &str) -> Model {
    let mut model = Model {
        bias: [0.0; 2],
        vocab: FxMap::default(),
        pairs: FxMap::default(),
        found: FxMap::default(),
        rows: 0,
    };
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let key = cols.next().unwrap_or("");
        let mut w = [0.0f32; 2];
        let parsed = w
            .iter_mut()
            .all(|slot| match cols.next().map(str::parse::<f32>) {
                Some(Ok(v)) => {
                    *slot = v;
                    true
                }
                _ => false,
            });
        if parsed && model.add_row(key, w) {
            model.rows += 1;
        }
    }
    model
}

impl Model {
    fn add_row(&mut self, key: &str, w: [f32; 2]) -> bool {
        if key == "bias" {
            self.bias = w;
        } else if let Some(word) = key.strip_prefix("w:") {
            self.word_id(word).1 = Some(w);
        } else if let Some((a, b)) = key.strip_prefix("b:").and_then(|p| p.split_once('_')) {
            let ids = (self.word_id(a).0, self.word_id(b).0);
            self.pairs.insert(ids, w);
        } else if let Some(c) = key.strip_prefix("r:").and_then(|c| c.parse().ok()) {
            self.found.insert(c, w);
        } else {
            return false;
        }
        true
    }

    fn word_id(&mut self, word: &str) -> &mut (u32, Option<[f32; 2]>) {
        let next = self.vocab.len() as u32;
        self.vocab.entry(word.into()).or_insert((next, None))
    }
}

/// One word of the reply and where it is.
struct Token {
    /// Its lowercase form: a range of [`Words::lower`].
    lo: (u32, u32),
    part: DraftPart,
    start: usize,
    end: usize,
}

/// The reply's words as the model was trained on them: runs of ASCII
/// letters and apostrophes after lowercasing.
struct Words {
    lower: String,
    toks: Vec<Token>,
}

impl Words {
    fn new() -> Words {
        Words {
            lower: String::new(),
            toks: Vec::new(),
        }
    }

    fn word(&self, t: &Token) -> &str {
        &self.lower[t.lo.0 as usize..t.lo.1 as usize]
    }

    /// Reads the words of `src`; false once there are more than
    /// [`MAX_WORDS`] (the rest is not read).
    fn read(&mut self, part: DraftPart, src: &str) -> bool {
        let mut open = false;
        for (at, c) in src.char_indices() {
            let end = at + c.len_utf8();
            if c.is_ascii() {
                open = self.push(c.to_ascii_lowercase(), open, part, (at, end));
            } else {
                for l in c.to_lowercase() {
                    open = self.push(l, open, part, (at, end));
                }
            }
            if self.toks.len() > MAX_WORDS {
                return false;
            }
        }
        true
    }

    /// Adds the lowercase character `l` (from `span` of the text): to the
    /// open word, as a new word, or as a break. Whether a word is open after.
    fn push(&mut self, l: char, open: bool, part: DraftPart, span: Span) -> bool {
        if !(l.is_ascii_lowercase() || l == '\'') {
            return false;
        }
        self.lower.push(l);
        let lo = self.lower.len() as u32;
        match self.toks.last_mut() {
            Some(t) if open => {
                t.lo.1 = lo;
                t.end = span.1;
            }
            _ => self.toks.push(Token {
                lo: (lo - 1, lo),
                part,
                start: span.0,
                end: span.1,
            }),
        }
        true
    }
}

/// Whether `texts` hold more than `max` words as [`Words::read`] reads
/// them (runs of lowercase letters and apostrophes, none across texts).
fn more_words_than(max: usize, texts: &[&str]) -> bool {
    let in_word = |l: char| l.is_ascii_lowercase() || l == '\'';
    let mut n = 0;
    for src in texts {
        let mut open = false;
        for c in src.chars() {
            if c.is_ascii() {
                let now = in_word(c.to_ascii_lowercase());
                n += usize::from(now && !open);
                open = now;
            } else {
                for l in c.to_lowercase() {
                    let now = in_word(l);
                    n += usize::from(now && !open);
                    open = now;
                }
            }
            if n > max {
                return true;
            }
        }
    }
    false
}

/// What the layer reads: the drafts (with their sentences) and the chosen
/// options, in the order it was trained on.
struct Reply<'a> {
    public: &'a str,
    public_sentences: &'a [Span],
    private: &'a str,
    private_sentences: &'a [Span],
    /// The chosen options, one per line.
    options: &'a str,
}

impl Reply<'_> {
    fn src(&self, part: DraftPart) -> &str {
        match part {
            DraftPart::Public => self.public,
            DraftPart::Private => self.private,
            _ => self.options,
        }
    }

    /// The sentence of `part` around byte `at` (an option: its word).
    fn sentence_at(&self, part: DraftPart, at: usize, word_end: usize) -> Span {
        let sentences = match part {
            DraftPart::Public => self.public_sentences,
            DraftPart::Private => self.private_sentences,
            _ => &[],
        };
        sentences
            .iter()
            .copied()
            .find(|&(s, e)| s <= at && at < e)
            .unwrap_or((at, word_end))
    }
}

/// A word or pair that weighs towards a category, and where it starts.
struct Weight {
    part: DraftPart,
    start: usize,
    end: usize,
    weight: f32,
}

/// The reply's score per category, and the words weighing towards each.
fn score(words: &Words, found: &FxSet<Category>) -> ([f32; 2], [Vec<Weight>; 2]) {
    let model = &*MODEL;
    let mut score = model.bias;
    let mut toward: [Vec<Weight>; 2] = [Vec::new(), Vec::new()];
    for w in found.iter().filter_map(|c| model.found.get(c)) {
        score[0] += w[0];
        score[1] += w[1];
    }
    let ids: Vec<Option<(u32, Option<[f32; 2]>)>> = words
        .toks
        .iter()
        .map(|t| model.vocab.get(words.word(t)).copied())
        .collect();
    // Each feature counts once however often it occurs, as in training.
    let mut seen: FxSet<(u32, u32)> = FxSet::default();
    for (n, t) in words.toks.iter().enumerate() {
        let Some((id, own)) = ids[n] else { continue };
        let next = ids.get(n + 1).copied().flatten().map(|(next, _)| next);
        let pair = next.and_then(|next| model.pairs.get(&(id, next)).map(|w| ((id, next), *w)));
        let single = own.map(|w| ((id, u32::MAX), w));
        for (key, w) in [single, pair].into_iter().flatten() {
            if !seen.insert(key) {
                continue;
            }
            for (k, sum) in score.iter_mut().enumerate() {
                *sum += w[k];
                if w[k] > 0.0 {
                    toward[k].push(Weight {
                        part: t.part,
                        start: t.start,
                        end: t.end,
                        weight: w[k],
                    });
                }
            }
        }
    }
    (score, toward)
}

/// Adds the findings the layer reads in `reply` that the rules did not
/// raise anywhere (`found`); `generic` only when the review has words to
/// refer to. Each points at the sentence whose words weigh most towards it.
pub(super) fn add(
    sink: &mut Sink,
    [public, private]: [&Draft; 2],
    options: &str,
    review_blank: bool,
) {
    let reply = Reply {
        public: public.text.src,
        public_sentences: &public.text.sentences,
        private: private.text.src,
        private_sentences: &private.text.sentences,
        options,
    };
    let found: FxSet<Category> = sink.out.iter().map(|f| f.category).collect();
    let mut words = Words::new();
    let parts = [
        (DraftPart::Public, reply.public),
        (DraftPart::Private, reply.private),
        (DraftPart::Choices, reply.options),
    ];
    // Trained on whole replies: a line or two, or a reply many times longer
    // than any it saw, is outside what it knows. A long reply is told by
    // counting its words first, without copying them.
    if more_words_than(MAX_WORDS, &[reply.public, reply.private, reply.options]) {
        return;
    }
    let read = parts.iter().all(|&(part, src)| words.read(part, src));
    if !read || words.toks.len() < MIN_WORDS {
        return;
    }
    let (score, toward) = score(&words, &found);
    for (k, c) in CATEGORIES.into_iter().enumerate() {
        if score[k] <= 0.0 || found.contains(&c) || (c == Category::Generic && review_blank) {
            continue;
        }
        let mut by_sentence: Vec<(DraftPart, Span, f32)> = Vec::new();
        for w in &toward[k] {
            let span = reply.sentence_at(w.part, w.start, w.end);
            match by_sentence
                .iter_mut()
                .find(|(p, s, _)| *p == w.part && *s == span)
            {
                Some(entry) => entry.2 += w.weight,
                None => by_sentence.push((w.part, span, w.weight)),
            }
        }
        let best = by_sentence.into_iter().max_by(|a, b| a.2.total_cmp(&b.2));
        if let Some((part, span, _)) = best {
            sink.quote_read(c, part, reply.src(part), span, Evidence::Inferred);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_weight_row_reads() {
        let tsv = include_str!("learned_weights.tsv");
        let rows = tsv.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(MODEL.rows, rows, "every row read");
        assert!(MODEL.bias.iter().all(|b| *b < 0.0), "silent by default");
    }

    use super::super::Severity;

    fn defensive_in(public: &str) -> Vec<super::super::Finding> {
        let review = "The cleaner left early and the oven was never touched.";
        super::super::sentence_table::findings(review, public)
            .into_iter()
            .filter(|f| f.category == Category::Defensive)
            .collect()
    }

    /// What the layer adds warns, is marked inferred and quotes the
    /// sentence that weighed most; a line or two it leaves alone.
    #[test]
    fn it_adds_warnings_that_point_at_a_sentence() {
        let reply = "Thanks for the review. Our cleaner has told us the oven would have \
            needed our separate oven-cleaning service, which costs extra, and \
            she left early because the job was quicker than expected. We'll credit the \
            unused time. Call the office on 0113 496 0123.";
        let found = defensive_in(reply);
        assert_eq!(found.len(), 1, "{found:?}");
        let f = &found[0];
        assert_eq!(
            (f.severity, f.evidence),
            (Severity::Warn, Evidence::Inferred)
        );
        assert!(
            reply[f.start..f.end].starts_with("Our cleaner has told us"),
            "{f:?}"
        );
        assert!(defensive_in("Our cleaner has told us the oven was fine.").is_empty());
    }

    #[test]
    fn words_are_read_as_trained() {
        let text = "We’re SORRY — it's Café time";
        let mut w = Words::new();
        assert!(w.read(DraftPart::Public, text));
        let words: Vec<&str> = w.toks.iter().map(|t| w.word(t)).collect();
        assert_eq!(words, ["we", "re", "sorry", "it's", "caf", "time"]);
        assert_eq!(&text[w.toks[2].start..w.toks[2].end], "SORRY");
        let long = "word ".repeat(MAX_WORDS + 1);
        assert!(!Words::new().read(DraftPart::Public, &long));
    }
}
