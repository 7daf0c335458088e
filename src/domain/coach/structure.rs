//! Structural checks, in code rather than phrase lists: shouting, template
//! leftovers (`template_holes.rs`), "sorry, but", how many concrete choices
//! are offered, and whether the reply refers to anything the review said.

use super::phrases::{List, Match};
use super::rules::CompiledRules;
use super::text::{FxSet, Text};
use std::sync::LazyLock;

/// A span and the text to quote in the message.
pub(crate) type Span = (usize, usize);

pub(crate) use super::template_holes::placeholders;

pub(super) fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphabetic()).count()
}

fn is_caps(s: &str) -> bool {
    // A word that starts with a lowercase ASCII letter has one.
    if s.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// Words in capitals (outside quotes and the template `holes`, not
/// acronyms, not capitalised the same way in the review, e.g. a brand) and
/// runs of "!!", "??", "?!".
pub(crate) fn shouting(
    text: &Text,
    review_caps: &FxSet<Box<str>>,
    holes: &[Span],
    rules: &CompiledRules,
) -> Vec<Span> {
    let in_hole = |at: usize| holes.iter().any(|&(s, e)| s <= at && at < e);
    let shouty = |k: usize| {
        let w = &text.words[k];
        // Cheap tests first: most words start lowercase (read before slicing).
        let first = text.src.as_bytes()[w.start];
        (first.is_ascii_uppercase() || !first.is_ascii()) && {
            let raw = text.raw(w);
            raw.len() >= 2
                && !raw.as_bytes()[1].is_ascii_lowercase()
                && is_caps(raw)
                && letters(raw) >= 2
                && !w.quoted
                && !rules.acronyms.contains(text.lower(w))
                && !in_hole(w.start)
                && !review_caps.contains(raw)
        }
    };
    let mut out = Vec::new();
    let n = text.words.len();
    let mut k = 0;
    while k < n {
        if !shouty(k) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e + 1 < n && shouty(e + 1) && text.words[e + 1].sentence == text.words[k].sentence {
            e += 1;
        }
        let long = (k..=e).any(|i| letters(text.raw(&text.words[i])) >= 4);
        // One short capitalised word that is neither a common word nor a
        // feeling ("HVAC", "AWOL") reads as an acronym, not a raised voice.
        let lower = text.lower(&text.words[k]);
        let acronym = e == k
            && letters(text.raw(&text.words[k])) <= 5
            && !rules.stopwords.contains(lower)
            && !super::vader::knows(lower);
        // "We DO take deadlines seriously": one short word of insistence in
        // capitals raises the voice too (it warns; see checks.rs).
        let insisting = e == k && super::acronyms::insists(text, k);
        if (long || e > k || insisting)
            && !acronym
            && !super::acronyms::acronym_run(text, k, e, rules)
        {
            out.push((text.words[k].start, text.words[e].end));
        }
        k = e + 1;
    }
    let b = text.src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Skip to the next mark without testing every byte twice.
        match super::byte_scan::next_byte(b, i, |c| matches!(c, b'!' | b'?')) {
            Some(at) => i = at,
            None => break,
        }
        if matches!(b[i], b'!' | b'?') {
            let mut j = i;
            while j < b.len() && matches!(b[j], b'!' | b'?') {
                j += 1;
            }
            if j - i >= 2 && !text.is_quoted(i) {
                out.push((i, j));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out.sort_unstable();
    out
}

/// The words of `text` written in capitals, as written.
pub(crate) fn caps_words(text: &Text) -> FxSet<Box<str>> {
    text.words
        .iter()
        .map(|w| text.raw(w))
        .filter(|raw| is_caps(raw))
        .map(Box::from)
        .collect()
}

/// "Sorry …, but …": a contrast word after an apology in the same sentence,
/// or opening the sentence right after one.
pub(crate) fn contrast_after_apology(
    text: &Text,
    matches: &[Match],
    rules: &CompiledRules,
) -> Vec<Span> {
    let apologies: Vec<&Match> = matches
        .iter()
        .filter(|m| m.list == List::Apology && !m.negated && !m.quoted)
        .collect();
    let mut out = Vec::new();
    for (k, w) in text.words.iter().enumerate() {
        if w.quoted || !rules.contrast.contains(text.lower(w)) {
            continue;
        }
        // "you not only lost the lavender but also a rose" adds, not undoes.
        let also = text
            .words
            .get(k + 1)
            .is_some_and(|n| n.sentence == w.sentence && text.lower(n) == "also");
        if also {
            continue;
        }
        let opens_sentence = k == 0 || text.words[k - 1].sentence != w.sentence;
        let hit = apologies.iter().any(|m| {
            let ms = text.words[m.first].sentence;
            (ms == w.sentence && m.last < k) || (opens_sentence && ms + 1 == w.sentence)
        });
        if hit {
            out.push((w.start, w.end));
        }
    }
    out
}

/// A crude, stable stem: enough to match "broken"/"broke", "arrived"/"arrival",
/// "delivery"/"delivered", "scratches"/"scratched".
pub(crate) fn stem(w: &str) -> &str {
    let w = w.strip_suffix("'s").unwrap_or(w);
    // The suffixes, tried in this order, grouped by their last letter so a
    // word is only compared with the ones that can match.
    let suffixes: &[&str] = match w.as_bytes().last() {
        Some(b's') => &["ness", "ments", "ings", "ies", "es", "s"],
        Some(b't') => &["ment"],
        Some(b'g') => &["ing"],
        Some(b'y') => &["edly", "ly", "y"],
        Some(b'd') => &["ed"],
        Some(b'n') => &["en"],
        Some(b'e') => &["e"],
        _ => &[],
    };
    let chars = |s: &str| {
        if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        }
    };
    let mut s = w;
    for suf in suffixes {
        if let Some(r) = s.strip_suffix(suf)
            && chars(r) >= 3
        {
            s = r;
            break;
        }
    }
    if s.is_ascii() {
        return &s[..s.len().min(5)];
    }
    match s.char_indices().nth(5) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Content-word stems, synonyms mapped to one representative.
fn content<'t>(text: &'t Text, rules: &'t CompiledRules) -> impl Iterator<Item = &'t str> {
    text.words.iter().filter_map(move |w| {
        let lw = text.lower(w);
        if lw.chars().count() < 3 || rules.stopwords.contains(lw) {
            return None;
        }
        let s = stem(lw);
        Some(rules.synonyms.get(s).map_or(s, |c| &**c))
    })
}

/// The review's content-word stems.
pub(crate) fn content_stems<'t>(text: &'t Text, rules: &'t CompiledRules) -> FxSet<&'t str> {
    content(text, rules).collect()
}

/// Whether `text` shares at least one content word with the review. Words
/// of an email or web address ("info@littleacorns.co.uk") do not count: a
/// shop's own address is no sign that the reply read the review.
pub(crate) fn is_specific(text: &Text, review: &FxSet<Box<str>>, rules: &CompiledRules) -> bool {
    let b = text.src.as_bytes();
    let in_address = |w: &super::text::Word| {
        matches!(b.get(w.end), Some(b'@'))
            || (w.start > 0 && matches!(b[w.start - 1], b'@' | b'.' | b'/'))
            || (b.get(w.end) == Some(&b'.')
                && b.get(w.end + 1).is_some_and(u8::is_ascii_alphanumeric))
    };
    text.words.iter().enumerate().any(|(k, w)| {
        let lw = text.lower(w);
        if lw.chars().count() < 3
            || rules.stopwords.contains(lw)
            || in_address(w)
            || super::not_specific::says_nothing(lw, rules.kind)
            || super::not_specific::shop_name(text, w)
            || super::not_specific::the_trade_in_general(text, k, rules.kind)
        {
            return false;
        }
        let s = stem(lw);
        review.contains(rules.synonyms.get(s).map_or(s, |c| &**c))
    })
}

/// How many concrete options `text` offers: distinct choice phrases, the
/// chosen options it mentions, or alternatives by their shape, whichever is
/// most. Returns the span of the
/// first option found, if any.
pub(crate) fn choices(
    text: &Text,
    matches: &[Match],
    offered: &[String],
    rules: &CompiledRules,
) -> (usize, Option<Span>) {
    let mut sources: Vec<u32> = Vec::new();
    let mut first = None;
    for m in matches {
        if m.list == List::Choice && !m.negated && !m.quoted {
            first.get_or_insert((text.words[m.first].start, text.words[m.last].end));
            if !sources.contains(&m.source) {
                sources.push(m.source);
            }
        }
    }
    let n = sources
        .len()
        .max(named_options(text, offered, rules))
        .max(alternatives(text));
    (n, first)
}

/// Words after "or" that do not start another option ("a day or two").
const NOT_AN_OPTION: &[&str] = &[
    "two",
    "three",
    "so",
    "not",
    "later",
    "sooner",
    "less",
    "more",
    "anything",
    "something",
    "whatever",
    "otherwise",
    "else",
    "if",
    "any",
    "anyone",
    "anywhere",
    "worse",
    "better",
];

/// Whether sentence words `w` offer something: "I can…", "we could…",
/// "either", "options", "happy to"…
fn offers(text: &Text, w: &[super::text::Word]) -> bool {
    w.iter().enumerate().any(|(k, word)| {
        let lw = text.lower(word);
        let next = w.get(k + 1).map(|n| text.lower(n));
        matches!(
            lw,
            "either"
                | "alternatively"
                | "options"
                | "option"
                | "offer"
                | "i'll"
                | "we'll"
                | "i'd"
                | "we'd"
        ) || (matches!(lw, "i" | "we") && matches!(next, Some("can" | "could" | "will" | "would")))
            || (matches!(lw, "happy" | "glad") && next == Some("to"))
    })
}

/// Options offered as alternatives, in prose or as a list: "either A or B",
/// "A, or B", "…. Alternatively, B", or two or more list items, in a text
/// that offers something. Counted from the structure, so options in any
/// words count, not only the ones the phrase lists name.
fn alternatives(text: &Text) -> usize {
    let words = &text.words;
    let mut best = 0usize;
    let mut run = 0usize;
    let mut any_offer = false;
    let mut k = 0;
    while k < words.len() {
        let sentence = words[k].sentence;
        let end = words[k..]
            .iter()
            .position(|w| w.sentence != sentence)
            .map_or(words.len(), |n| k + n);
        let w = &words[k..end];
        let offer = offers(text, w);
        any_offer |= offer;
        let seps = w
            .iter()
            .enumerate()
            .filter(|&(i, word)| {
                let lw = text.lower(word);
                let next = w.get(i + 1).map(|n| text.lower(n));
                i > 0
                    && (lw == "alternatively"
                        || (lw == "or" && next.is_some_and(|n| !NOT_AN_OPTION.contains(&n))))
            })
            .count();
        // "Alternatively, …" or "Or …" opening a sentence continues the
        // options of the one before.
        let continues = matches!(text.lower(&w[0]), "alternatively" | "or");
        run = if continues && run > 0 {
            run + 1 + seps
        } else if offer && seps > 0 {
            1 + seps
        } else if offer {
            1
        } else {
            0
        };
        if seps > 0 || continues {
            best = best.max(run);
        }
        k = end;
    }
    let listed = list_items(text.src);
    if any_offer && listed >= 2 {
        best = best.max(listed);
    }
    best
}

/// The most consecutive list items ("1.", "2)", "-", "•", "*") in `src`.
fn list_items(src: &str) -> usize {
    let (mut best, mut run) = (0, 0);
    for line in src.lines() {
        let t = line.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let item = (digits > 0 && matches!(t.as_bytes().get(digits), Some(b'.' | b')')))
            || t.starts_with("- ")
            || t.starts_with("* ")
            || t.starts_with('\u{2022}');
        if item {
            run += 1;
            best = best.max(run);
        } else if !t.is_empty() {
            run = 0;
        }
    }
    best
}

/// Customer-service boilerplate: text that could be pasted under any review.
pub(crate) fn boilerplate(src: &str) -> bool {
    let lower = src.to_lowercase();
    BOILERPLATE.iter().any(|m| lower.contains(m))
}

/// The phrases of `boilerplate.txt`, read once.
static BOILERPLATE: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("boilerplate.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether `sentence` mentions one of the chosen options.
pub(crate) fn names_an_option(sentence: &str, offered: &[String], rules: &CompiledRules) -> bool {
    named_options(&Text::new(sentence), offered, rules) > 0
}

/// How many of the chosen options `text` mentions: an option counts when
/// one of its content words (4+ letters, stemmed) appears in the text.
fn named_options(text: &Text, offered: &[String], rules: &CompiledRules) -> usize {
    let texts: Vec<Text> = offered.iter().map(|o| Text::new(o)).collect();
    let mut wanted: Vec<FxSet<&str>> = texts
        .iter()
        .map(|t| {
            content(t, rules)
                .filter(|s| s.chars().count() >= 4)
                .collect()
        })
        .collect();
    wanted.retain(|w| !w.is_empty());
    let mut named = 0;
    // One pass over the text, stopping once every option has been seen.
    for s in content(text, rules) {
        if wanted.is_empty() {
            break;
        }
        wanted.retain(|w| {
            let seen = w.contains(s);
            named += usize::from(seen);
            !seen
        });
    }
    named
}

#[cfg(test)]
#[path = "structure_tests.rs"]
mod structure_tests;
