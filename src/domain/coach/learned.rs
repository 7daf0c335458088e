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
//! on the three blind sets), the layer added to the rules raised defensive
//! and generic F1 on every set left out or left them level; for blame,
//! no-apology and negative-tone it lowered some sets, so they stay rules.

use super::finding::Category;
use super::structure::Span;
use super::text::{FxMap, FxSet};
use super::{DraftPart, Evidence, Sink};
use std::sync::LazyLock;

/// The categories the layer scores, in the weights file's column order.
const CATEGORIES: [Category; 2] = [Category::Defensive, Category::Generic];

/// The fewest words of a reply the layer reads (fewer: it stays silent).
const MIN_WORDS: usize = 30;

struct Model {
    bias: [f32; 2],
    weights: FxMap<Box<str>, [f32; 2]>,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| parse(include_str!("learned_weights.tsv")));

/// The weights file: `feature<TAB>defensive<TAB>generic`, the first row the
/// bias, `#` comments. A malformed row is skipped (the file ships with the
/// crate and a test reads every row).
fn parse(tsv: &str) -> Model {
    let mut model = Model {
        bias: [0.0; 2],
        weights: FxMap::default(),
    };
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let Some(key) = cols.next() else { continue };
        let mut w = [0.0f32; 2];
        let mut ok = true;
        for slot in &mut w {
            match cols.next().map(str::parse::<f32>) {
                Some(Ok(v)) => *slot = v,
                _ => ok = false,
            }
        }
        if !ok {
            continue;
        }
        if key == "bias" {
            model.bias = w;
        } else {
            model.weights.insert(key.into(), w);
        }
    }
    model
}

/// One word of the reply, lowercased, and where it is.
struct Token {
    word: String,
    part: DraftPart,
    start: usize,
    end: usize,
}

/// The words of `src` as the model was trained on them: runs of ASCII
/// letters and apostrophes after lowercasing.
fn tokens(part: DraftPart, src: &str, out: &mut Vec<Token>) {
    let mut current: Option<Token> = None;
    for (at, c) in src.char_indices() {
        let mut lowered = c.to_lowercase();
        let l = lowered.next().unwrap_or(c);
        let inside = lowered.next().is_none() && (l.is_ascii_lowercase() || l == '\'');
        match (&mut current, inside) {
            (Some(t), true) => {
                t.word.push(l);
                t.end = at + c.len_utf8();
            }
            (None, true) => {
                current = Some(Token {
                    word: l.to_string(),
                    part,
                    start: at,
                    end: at + c.len_utf8(),
                })
            }
            (Some(_), false) => out.extend(current.take()),
            (None, false) => {}
        }
    }
    out.extend(current);
}

/// What the layer reads: the drafts (with their sentences) and the chosen
/// options, in the order it was trained on.
pub(super) struct Reply<'a> {
    pub public: &'a str,
    pub public_sentences: &'a [Span],
    pub private: &'a str,
    pub private_sentences: &'a [Span],
    /// The chosen options, one per line.
    pub options: &'a str,
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
fn score(toks: &[Token], found: &FxSet<Category>) -> ([f32; 2], [Vec<Weight>; 2]) {
    let model = &*MODEL;
    let mut score = model.bias;
    let mut toward: [Vec<Weight>; 2] = [Vec::new(), Vec::new()];
    let mut seen = FxSet::default();
    let mut key = String::new();
    for c in found {
        key.clear();
        key.push_str("r:");
        key.push_str(c.as_str());
        if let Some(w) = model.weights.get(key.as_str()) {
            score[0] += w[0];
            score[1] += w[1];
        }
    }
    for (n, t) in toks.iter().enumerate() {
        let pair = toks.get(n + 1);
        for bigram in [false, true] {
            key.clear();
            key.push_str(if bigram { "b:" } else { "w:" });
            key.push_str(&t.word);
            if bigram {
                let Some(next) = pair else { continue };
                key.push('_');
                key.push_str(&next.word);
            }
            let Some(w) = model.weights.get(key.as_str()) else {
                continue;
            };
            if !seen.insert(key.clone()) {
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
pub(super) fn add(sink: &mut Sink, reply: &Reply, found: &FxSet<Category>, review_blank: bool) {
    let mut toks = Vec::new();
    tokens(DraftPart::Public, reply.public, &mut toks);
    tokens(DraftPart::Private, reply.private, &mut toks);
    tokens(DraftPart::Choices, reply.options, &mut toks);
    // Trained on whole replies: a line or two is outside what it knows.
    if toks.len() < MIN_WORDS {
        return;
    }
    let (score, toward) = score(&toks, found);
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
        assert_eq!(MODEL.weights.len() + 1, rows, "every row but the bias");
        assert!(MODEL.bias.iter().all(|b| *b < 0.0), "silent by default");
    }

    use super::super::{CoachInput, CoachRules, NO_SHOP, Severity, check};

    fn defensive_in(public: &str) -> Vec<super::super::Finding> {
        let input = CoachInput {
            review: "The cleaner left early and the oven was never touched.",
            public,
            private: "",
            min_choices: 0,
            offered_choices: &[],
            shop: &NO_SHOP,
        };
        check(&input, &CoachRules::default())
            .findings
            .into_iter()
            .filter(|f| f.category == Category::Defensive)
            .collect()
    }

    /// What the layer adds warns, is marked inferred and quotes the
    /// sentence that weighed most; a line or two it leaves alone.
    #[test]
    fn it_adds_warnings_that_point_at_a_sentence() {
        let reply = "Thanks for the review. Our cleaner has told us the oven would have \
            needed our separate oven-cleaning service, which is listed on our website, and \
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
        let mut out = Vec::new();
        tokens(DraftPart::Public, "We’re SORRY — it's Café time", &mut out);
        let words: Vec<&str> = out.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, ["we", "re", "sorry", "it's", "caf", "time"]);
        assert_eq!(
            &"We’re SORRY — it's Café time"[out[2].start..out[2].end],
            "SORRY"
        );
    }
}
