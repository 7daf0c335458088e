//! VADER sentiment (Hutto & Gilbert 2014), ported from the reference Python
//! implementation `vaderSentiment` 3.3.2 rule for rule, quirks included, so
//! that its compound scores agree with the published tool (see
//! `tests/vader_agreement.rs` and `scripts/vader_reference.py`).
//!
//! The two lexicons next to this file are the unmodified data files of that
//! PyPI release (MIT licence, `LICENSE-vaderSentiment.txt`):
//! - `vader_lexicon.txt` sha256 1ec9c6e9ee19aade328f8beb393a6afa71a5bb3acf7d3cc22d4ef568df374bf5
//! - `emoji_utf8_lexicon.txt` sha256 b8d54223ae1ce22a3e12c1f745316b71678c328eb5f5d3063a842f37cfbe2823
//!
//! They are compiled in with `include_str!` and parsed once, on first use, so
//! the domain stays free of I/O. The reference's booster words are data the
//! same way (`boosters.txt`).
//!
//! Why not the `vader_sentiment` crate: it ports an older revision (no emoji
//! lexicon, different `but`, `no` and idiom handling), so its scores drift
//! from 3.3.2; owning ~300 lines keeps the fidelity claim testable.

use super::text::FxMap;
use std::borrow::Cow;
use std::sync::LazyLock;

const B_INCR: f64 = 0.293;
const B_DECR: f64 = -0.293;
const C_INCR: f64 = 0.733;
const N_SCALAR: f64 = -0.74;

mod lists;
mod tokens;

use lists::{NEGATE, SPECIAL_CASES};
use tokens::{has_nt, lowercase, py_space, strip_punc_if_word};
use tokens::{py_isupper, py_split};

struct Model {
    emojis: FxMap<char, String>,
    /// Everything known about a lowercase word, so a token costs one lookup.
    words: FxMap<String, WordInfo>,
}

#[derive(Debug, Clone, Copy, Default)]
struct WordInfo {
    lex: Option<f64>,
    booster: Option<f64>,
    negate: bool,
    /// A word of one of the reference's special idioms ("kiss of death"):
    /// an idiom can only start at such a word, so the others skip the
    /// search through them.
    idiom: bool,
}

impl WordInfo {
    /// Whether VADER scores, boosts or negates with the word (an idiom's
    /// word alone is not known).
    fn known(&self) -> bool {
        self.lex.is_some() || self.booster.is_some() || self.negate
    }
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    let mut lexicon = FxMap::default();
    for line in include_str!("vader_lexicon.txt")
        .trim_end_matches('\n')
        .split('\n')
    {
        if line.is_empty() {
            continue;
        }
        let mut cols = line.trim().split('\t');
        if let (Some(word), Some(measure)) = (cols.next(), cols.next())
            && let Ok(v) = measure.parse::<f64>()
        {
            lexicon.insert(word.to_string(), v);
        }
    }
    // Only single-character keys can ever match: the reference looks each
    // character of the text up on its own.
    let mut emojis = FxMap::default();
    for line in include_str!("emoji_utf8_lexicon.txt")
        .trim_end_matches('\n')
        .split('\n')
    {
        let mut cols = line.trim().split('\t');
        if let (Some(emoji), Some(desc)) = (cols.next(), cols.next()) {
            let mut chars = emoji.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                emojis.insert(c, desc.to_string());
            }
        }
    }
    let mut words: FxMap<String, WordInfo> = FxMap::default();
    for (w, v) in &lexicon {
        words.entry(w.clone()).or_default().lex = Some(*v);
    }
    for line in include_str!("boosters.txt").lines() {
        let v = match line.split_once('\t') {
            Some((w, "incr")) => Some((w, B_INCR)),
            Some((w, "decr")) => Some((w, B_DECR)),
            _ => None,
        };
        if let Some((w, v)) = v {
            words.entry(w.to_string()).or_default().booster = Some(v);
        }
    }
    for w in NEGATE {
        words.entry((*w).to_string()).or_default().negate = true;
    }
    for (seq, _) in SPECIAL_CASES {
        for w in *seq {
            words.entry((*w).to_string()).or_default().idiom = true;
        }
    }
    Model { emojis, words }
});

/// Whether `text` could score below zero at all: some word is negative in
/// the lexicon, negates, or starts a negative idiom ("yeah right", "kiss of
/// death"). Boosters, capitals, "but" and punctuation only scale a score, so
/// without such a word the compound is never negative. Emojis are not looked
/// at: non-ASCII text always answers yes. Lets a caller that only wants
/// negative stretches skip the full score.
pub fn can_be_negative(text: &str) -> bool {
    if !text.is_ascii() {
        return true;
    }
    let m = &*MODEL;
    py_split(text).any(|t| {
        let lower = lowercase(strip_punc_if_word(t));
        let w: &str = &lower;
        has_nt(w)
            || matches!(w, "no" | "least" | "yeah" | "kiss")
            || m.words
                .get(w)
                .is_some_and(|i| i.negate || i.lex.is_some_and(|v| v < 0.0))
    })
}

/// Whether VADER knows `lower` (a lowercase word): a sentiment word, a
/// booster or a negation. A capitalised word it does not know is more
/// likely an acronym ("HVAC", "AWOL") than shouting.
pub fn knows(lower: &str) -> bool {
    MODEL.words.get(lower).is_some_and(WordInfo::known)
}

/// Forces the lexicons to load now (e.g. before the first keystroke).
pub fn warm_up() {
    LazyLock::force(&MODEL);
}

/// The VADER compound score of `text`, in [-1, 1], rounded to 4 places like
/// the reference.
pub fn compound(text: &str) -> f64 {
    let raw = compound_unrounded(text);
    (raw * 10_000.0).round() / 10_000.0
}

fn replace_emojis<'a>(text: &'a str, m: &Model) -> Cow<'a, str> {
    if text.is_ascii()
        || !text
            .chars()
            .any(|c| c >= '\u{a9}' && m.emojis.contains_key(&c))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 32);
    let mut prev_space = true;
    for c in text.chars() {
        if let Some(desc) = m.emojis.get(&c) {
            if !prev_space {
                out.push(' ');
            }
            out.push_str(desc);
            prev_space = false;
        } else {
            out.push(c);
            prev_space = c == ' ';
        }
    }
    Cow::Owned(out)
}

struct Tok<'a> {
    lower: &'a str,
    upper: bool,
    lex: Option<f64>,
    booster: Option<f64>,
    /// The reference's `negated([word])`.
    negated: bool,
    /// A word of a special idiom (see [`WordInfo::idiom`]).
    idiom: bool,
}

fn compound_unrounded(text: &str) -> f64 {
    let m = &*MODEL;
    let text = replace_emojis(text, m);
    let text = text.trim_matches(py_space);
    // Tokens already in lowercase are used in place; the others are
    // lowercased into one shared buffer (one allocation per text).
    let mut buf = String::new();
    // (token, its range in `buf` if lowercased there, Python's isupper)
    type Lowered<'t> = (&'t str, Option<(usize, usize)>, bool);
    let mut spans: Vec<Lowered> = Vec::with_capacity(text.len() / 4 + 1);
    for t in py_split(text) {
        let raw = strip_punc_if_word(t);
        let b = raw.as_bytes();
        if !b.iter().any(|c| c.is_ascii_uppercase() || !c.is_ascii()) {
            spans.push((raw, None, false));
            continue;
        }
        let start = buf.len();
        if raw.is_ascii() {
            buf.push_str(raw);
            buf[start..].make_ascii_lowercase();
        } else {
            buf.push_str(&raw.to_lowercase());
        }
        spans.push((raw, Some((start, buf.len())), py_isupper(raw)));
    }
    let toks: Vec<Tok> = spans
        .iter()
        .map(|&(raw, lowered, upper)| {
            let lower = lowered.map_or(raw, |(start, end)| &buf[start..end]);
            let info = m.words.get(lower).copied().unwrap_or_default();
            Tok {
                upper,
                lex: info.lex,
                booster: info.booster,
                negated: info.negate || has_nt(lower),
                idiom: info.idiom,
                lower,
            }
        })
        .collect();
    if toks.is_empty() {
        return 0.0;
    }
    let n_upper = toks.iter().filter(|t| t.upper).count();
    let cap_diff = n_upper > 0 && n_upper < toks.len();

    let mut sentiments = Vec::with_capacity(toks.len());
    for i in 0..toks.len() {
        let t = &toks[i];
        if t.booster.is_some()
            || (i + 1 < toks.len() && t.lower == "kind" && toks[i + 1].lower == "of")
        {
            sentiments.push(0.0);
            continue;
        }
        sentiments.push(valence_at(&toks, i, cap_diff));
    }
    but_check(&toks, &mut sentiments);
    score(&sentiments, text)
}

fn scalar_inc_dec(t: &Tok, valence: f64, cap_diff: bool) -> f64 {
    let Some(b) = t.booster else {
        return 0.0;
    };
    let mut scalar = if valence < 0.0 { -b } else { b };
    if t.upper && cap_diff {
        if valence > 0.0 {
            scalar += C_INCR;
        } else {
            scalar -= C_INCR;
        }
    }
    scalar
}

fn valence_at(w: &[Tok], i: usize, cap_diff: bool) -> f64 {
    let t = &w[i];
    let Some(base) = t.lex else {
        return 0.0;
    };
    let lw = |k: usize| w[k].lower;
    let mut valence = base;
    if t.lower == "no" && i + 1 != w.len() && w[i + 1].lex.is_some() {
        valence = 0.0;
    }
    if (i > 0 && lw(i - 1) == "no")
        || (i > 1 && lw(i - 2) == "no")
        || (i > 2 && lw(i - 3) == "no" && matches!(lw(i - 1), "or" | "nor"))
    {
        valence = base * N_SCALAR;
    }
    if t.upper && cap_diff {
        if valence > 0.0 {
            valence += C_INCR;
        } else {
            valence -= C_INCR;
        }
    }
    for start_i in 0..3 {
        if i > start_i && w[i - (start_i + 1)].lex.is_none() {
            let mut s = scalar_inc_dec(&w[i - (start_i + 1)], valence, cap_diff);
            if start_i == 1 && s != 0.0 {
                s *= 0.95;
            }
            if start_i == 2 && s != 0.0 {
                s *= 0.9;
            }
            valence += s;
            valence = negation_check(valence, w, start_i, i);
            if start_i == 2 {
                valence = special_idioms_check(valence, w, i);
            }
        }
    }
    least_check(valence, w, i)
}

fn negation_check(valence: f64, w: &[Tok], start_i: usize, i: usize) -> f64 {
    let lw = |k: usize| w[k].lower;
    let negated = |k: usize| w[k].negated;
    match start_i {
        0 => {
            if negated(i - 1) {
                return valence * N_SCALAR;
            }
        }
        1 => {
            if lw(i - 2) == "never" && matches!(lw(i - 1), "so" | "this") {
                return valence * 1.25;
            } else if lw(i - 2) == "without" && lw(i - 1) == "doubt" {
                return valence;
            } else if negated(i - 2) {
                return valence * N_SCALAR;
            }
        }
        _ => {
            if (lw(i - 3) == "never" && matches!(lw(i - 2), "so" | "this"))
                || matches!(lw(i - 1), "so" | "this")
            {
                return valence * 1.25;
            } else if lw(i - 3) == "without" && (lw(i - 2) == "doubt" || lw(i - 1) == "doubt") {
                return valence;
            } else if negated(i - 3) {
                return valence * N_SCALAR;
            }
        }
    }
    valence
}

fn seq_is(w: &[Tok], from: usize, seq: &[&str]) -> bool {
    from + seq.len() <= w.len() && seq.iter().enumerate().all(|(k, s)| w[from + k].lower == *s)
}

fn special_case(w: &[Tok], from: usize, len: usize) -> Option<f64> {
    // Every idiom starts with an idiom word.
    if !w.get(from).is_some_and(|t| t.idiom) {
        return None;
    }
    SPECIAL_CASES
        .iter()
        .find(|(seq, _)| seq.len() == len && seq_is(w, from, seq))
        .map(|(_, v)| *v)
}

/// Called only with i >= 3 (start_i == 2 needs three preceding words).
fn special_idioms_check(mut valence: f64, w: &[Tok], i: usize) -> f64 {
    // onezero, twoonezero, twoone, threetwoone, threetwo — first hit wins.
    let sequences = [(i - 1, 2), (i - 2, 3), (i - 2, 2), (i - 3, 3), (i - 3, 2)];
    for (from, len) in sequences {
        if let Some(v) = special_case(w, from, len) {
            valence = v;
            break;
        }
    }
    if w.len() - 1 > i
        && let Some(v) = special_case(w, i, 2)
    {
        valence = v;
    }
    if w.len() - 1 > i + 1
        && let Some(v) = special_case(w, i, 3)
    {
        valence = v;
    }
    // Booster n-grams: only the two-word ones ("kind of", "sort of",
    // "just enough") can match; threetwoone has three words.
    for (a, b) in [(i - 3, i - 2), (i - 2, i - 1)] {
        let pair = (w[a].lower, w[b].lower);
        if matches!(pair, ("kind", "of") | ("sort", "of") | ("just", "enough")) {
            valence += B_DECR;
        }
    }
    valence
}

fn least_check(valence: f64, w: &[Tok], i: usize) -> f64 {
    if i > 1 && w[i - 1].lex.is_none() && w[i - 1].lower == "least" {
        if w[i - 2].lower != "at" && w[i - 2].lower != "very" {
            return valence * N_SCALAR;
        }
    } else if i > 0 && w[i - 1].lex.is_none() && w[i - 1].lower == "least" {
        return valence * N_SCALAR;
    }
    valence
}

/// The reference's `_but_check`, including its quirk: it looks each score up
/// with `list.index`, so a value equal to an earlier one rescales the earlier
/// position instead. Zeros rescale to zero, so only non-zero values matter;
/// they are indexed by bit pattern to keep this linear-ish on long texts.
fn but_check(w: &[Tok], s: &mut [f64]) {
    let Some(bi) = w.iter().position(|t| t.lower == "but") else {
        return;
    };
    // Positions of each non-zero value, kept sorted (they are few per value).
    let mut by_value: FxMap<u64, Vec<usize>> = FxMap::default();
    for (k, v) in s.iter().enumerate() {
        if *v != 0.0 {
            by_value.entry(v.to_bits()).or_default().push(k);
        }
    }
    for k in 0..s.len() {
        let v = s[k];
        if v == 0.0 {
            continue;
        }
        let Some(set) = by_value.get_mut(&v.to_bits()) else {
            continue;
        };
        let Some(&si) = set.first() else {
            continue;
        };
        let nv = match si.cmp(&bi) {
            std::cmp::Ordering::Less => v * 0.5,
            std::cmp::Ordering::Greater => v * 1.5,
            std::cmp::Ordering::Equal => continue,
        };
        set.remove(0);
        s[si] = nv;
        let set = by_value.entry(nv.to_bits()).or_default();
        let at = set.partition_point(|&p| p < si);
        if set.get(at) != Some(&si) {
            set.insert(at, si);
        }
    }
}

fn normalize(score: f64) -> f64 {
    (score / (score * score + 15.0).sqrt()).clamp(-1.0, 1.0)
}

fn score(sentiments: &[f64], text: &str) -> f64 {
    let sum: f64 = sentiments.iter().fold(0.0, |a, b| a + b);
    let ep = text.matches('!').count().min(4) as f64 * 0.292;
    let qm_count = text.matches('?').count();
    let qm = if qm_count > 3 {
        0.96
    } else if qm_count > 1 {
        qm_count as f64 * 0.18
    } else {
        0.0
    };
    let amp = ep + qm;
    let sum = if sum > 0.0 {
        sum + amp
    } else if sum < 0.0 {
        sum - amp
    } else {
        sum
    };
    normalize(sum)
}

#[cfg(test)]
#[path = "vader_tests.rs"]
mod vader_tests;
