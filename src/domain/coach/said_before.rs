//! What the words around a listed phrase say about it: a defence or an
//! insult the customer was told about, or an excuse the reply disowns, is
//! not the business making it (read by `checks::phrase_findings`).

use super::Draft;

/// Whether the words just before `first` report speech ("being told it
/// was…", "the crew said that…").
pub(super) fn reported(d: &Draft, first: usize) -> bool {
    said_within(d, first, 4, |w| {
        matches!(
            w,
            "told"
                | "said"
                | "saying"
                | "claimed"
                | "claiming"
                | "suggested"
                | "implied"
                | "implying"
                | "insisted"
        )
    })
}

/// Whether the words just before `first` report an insult the customer
/// received ("being called a liar", "treated like a liar").
pub(super) fn insult_reported(d: &Draft, first: usize) -> bool {
    said_within(d, first, 3, |w| {
        matches!(
            w,
            "called" | "treated" | "labelled" | "labeled" | "like" | "feeling" | "felt" | "feel"
        )
    })
}

/// "being told it was your problem": what the customer was told,
/// recounted, not said to them now.
pub(super) fn told_to_them(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let s = t.words[first].sentence;
    (first.saturating_sub(4)..first).any(|k| {
        k > 0
            && t.words[k].sentence == s
            && t.lower(&t.words[k]) == "told"
            && matches!(
                t.lower(&t.words[k - 1]),
                "being" | "were" | "was" | "been" | "got"
            )
    })
}

/// "you're entitled to send it back" states a right; "a bit of patience"
/// that pianos "deserve" is asked of nobody.
pub(super) fn sincere_wording(d: &Draft, first: usize, last: usize) -> bool {
    let t = &d.text;
    let lw = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    (lw(last) == "entitled" && lw(last + 1) == "to")
        || (lw(last) == "patience"
            && said_within(d, first, 3, |w| matches!(w, "deserve" | "deserves")))
}

/// Whether one of the `window` words before `first`, in its sentence,
/// is one `word` takes.
fn said_within(d: &Draft, first: usize, window: usize, word: impl Fn(&str) -> bool) -> bool {
    let t = &d.text;
    let s = t.words[first].sentence;
    t.words[first.saturating_sub(window)..first]
        .iter()
        .filter(|w| w.sentence == s)
        .any(|w| word(t.lower(w)))
}

/// Whether the sentence of word `first` says the excuse is none ("no
/// excuse", "not an excuse").
pub(super) fn disowned_excuse(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let s = t.words[first].sentence;
    let from = t.words.partition_point(|w| w.sentence < s);
    let to = from + t.words[from..].partition_point(|w| w.sentence == s);
    // Read in place: this runs for every defence phrase.
    let lw = |k: usize| t.lower(&t.words[k]);
    (from + 1..to).any(|k| {
        lw(k) == "excuse"
            && (lw(k - 1) == "no"
                || (lw(k - 1) == "an"
                    && k >= from + 2
                    && matches!(lw(k - 2), "not" | "isn't" | "wasn't" | "never")))
    })
}
