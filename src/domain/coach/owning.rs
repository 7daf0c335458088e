//! The business owning a failure in the words before a match, so the match
//! is part of owning it, not a defence ("we should have called first —
//! that was your decision to make, not ours").

use super::Draft;

/// Whether, earlier in the sentence of word `first`, "we" or "I" say they
/// should have done otherwise.
pub(super) fn owned_before(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let s = t.words[first].sentence;
    let from = t.words.partition_point(|w| w.sentence < s);
    let words: Vec<&str> = t.words[from..first].iter().map(|w| t.lower(w)).collect();
    // The owner may stand a few words before the hindsight ("we quoted you
    // for pads and should have called").
    words.iter().enumerate().any(|(k, w)| {
        let hindsight = *w == "should've" || (*w == "should" && words.get(k + 1) == Some(&"have"));
        // "the fee should have been clearly shown": what we failed to do,
        // said in the passive, owns it as well.
        let passive =
            words.get(k + 1 + usize::from(*w == "should")) == Some(&"been") && words.len() - k <= 4;
        hindsight
            && (passive
                || words[k.saturating_sub(8)..k]
                    .iter()
                    .any(|v| matches!(*v, "we" | "i" | "we'd" | "i'd")))
    })
}

/// Whether the match at `first` is something done since, not a standing
/// defence: "we've inspected every machine" after an accident reports the
/// fix ("inspected every" is otherwise a process held up).
pub(super) fn done_since(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    first > 0
        && t.words[first - 1].sentence == t.words[first].sentence
        && matches!(t.lower(&t.words[first - 1]), "we've" | "i've" | "now")
        && t.lower(&t.words[first]).ends_with("ed")
}
