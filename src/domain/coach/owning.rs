//! The business owning a failure in the words before a match, so the match
//! is part of owning it, not a defence ("we should have called first —
//! that was your decision to make, not ours").

use super::Draft;
use super::phrases::List;
use super::structure::Span;

/// Whether, earlier in the sentence of word `first`, "we" or "I" say they
/// should have done otherwise.
pub(super) fn owned_before(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let s = t.words[first].sentence;
    let from = t.words.partition_point(|w| w.sentence < s);
    // The words from `from` to `first`, read in place (no copy per match).
    let n = first - from;
    let at = |k: usize| (k < n).then(|| t.lower(&t.words[from + k]));
    // The owner may stand a few words before the hindsight ("we quoted you
    // for pads and should have called").
    (0..n).any(|k| {
        let w = t.lower(&t.words[from + k]);
        let hindsight = w == "should've" || (w == "should" && at(k + 1) == Some("have"));
        // "the fee should have been clearly shown": what we failed to do,
        // said in the passive, owns it as well.
        let passive = at(k + 1 + usize::from(w == "should")) == Some("been") && n - k <= 4;
        hindsight
            && (passive
                || (k.saturating_sub(8)..k)
                    .any(|j| matches!(t.lower(&t.words[from + j]), "we" | "i" | "we'd" | "i'd")))
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

/// The word indices of sentence `s` (empty past the last sentence).
fn sentence_range(d: &Draft, s: u32) -> std::ops::Range<usize> {
    let w = &d.text.words;
    w.partition_point(|w| w.sentence < s)..w.partition_point(|w| w.sentence <= s)
}

fn is_not(w: &str) -> bool {
    matches!(
        w,
        "not" | "wasn't" | "isn't" | "weren't" | "aren't" | "never" | "hasn't" | "haven't"
    )
}

/// Whether sentence `s` owns a failure in so many words: the apology
/// list's owning phrases ("that's on us", "our mistake", "not good
/// enough"; "sorry" alone does not own the sentence beside it), or "you're
/// right", "it wasn't good enough", "…, and it's not right", "my failure",
/// "we should have". One pass over the words: this runs for every defence
/// and detail found.
fn sentence_owns(d: &Draft, s: u32) -> bool {
    let t = &d.text;
    let range = sentence_range(d, s);
    let (from, to) = (range.start, range.end);
    let at = |j: usize| {
        if (from..to).contains(&j) {
            t.lower(&t.words[j])
        } else {
            ""
        }
    };
    let mut owns = false;
    for k in range {
        owns |= match at(k) {
            // "Apparently a warning light is now our fault" sneers.
            "apparently" | "supposedly" | "allegedly" | "somehow" => return false,
            "you're" => at(k + 1) == "right",
            "you" => at(k + 1) == "are" && at(k + 2) == "right",
            "good" => is_not(at(k.wrapping_sub(1))) && at(k + 1) == "enough",
            // "…, and it's not right." closing the sentence: "that's not
            // right, we were there at nine" argues instead.
            "right" => {
                k + 1 == to
                    && is_not(at(k.wrapping_sub(1)))
                    && matches!(
                        at(k.wrapping_sub(2)),
                        "it's" | "that's" | "it" | "that" | "this"
                    )
            }
            // "…, which is on us"
            "on" => {
                at(k + 1) == "us"
                    && matches!(at(k.wrapping_sub(1)), "is" | "was" | "that's" | "it's")
            }
            "my" | "our" => matches!(at(k + 1), "failure" | "failing" | "failings"),
            "we" | "i" => {
                at(k + 1) == "should've" || (at(k + 1) == "should" && at(k + 2) == "have")
            }
            _ => false,
        };
    }
    owns || d.live(List::Apology).any(|m| {
        let w = t.lower(&t.words[m.first]);
        (from..to).contains(&m.first)
            && !(w.starts_with("sorry") || w.starts_with("apolog") || w.starts_with("regret"))
    })
}

/// Which sentences of a draft own a failure, worked out once each: a
/// draft with many defences asks about the same sentences again and again.
pub(super) struct Owning<'d, 'a> {
    d: &'d Draft<'a>,
    /// Per sentence: 0 not yet read, 1 owns nothing, 2 owns it.
    seen: Vec<u8>,
}

impl<'d, 'a> Owning<'d, 'a> {
    pub(super) fn new(d: &'d Draft<'a>) -> Self {
        let sentences = d.text.words.last().map_or(0, |w| w.sentence as usize + 1);
        Owning {
            d,
            seen: vec![0; sentences],
        }
    }

    fn owns(&mut self, s: u32) -> bool {
        let Some(seen) = self.seen.get(s as usize).copied() else {
            return false;
        };
        if seen == 0 {
            self.seen[s as usize] = 1 + u8::from(sentence_owns(self.d, s));
        }
        self.seen[s as usize] == 2
    }

    /// Whether the match at word `first` is part of owning the failure:
    /// its sentence or the next one owns it ("we were short-staffed and
    /// didn't plan for it — that's on us"; "you were told there was nothing
    /// we could do. That wasn't good enough").
    pub(super) fn nearby(&mut self, first: usize) -> bool {
        let s = self.d.text.words[first].sentence;
        self.owns(s) || self.owns(s + 1)
    }

    /// Whether the detail at word `first` restates the customer's case
    /// just after agreeing with it ("you're right. You paid in full, the
    /// contract said eight weeks…"), or is owned nearby. A sentence opening
    /// with a contrast ("But you were told…") argues instead.
    pub(super) fn detail(&mut self, first: usize) -> bool {
        let t = &self.d.text;
        let s = t.words[first].sentence;
        let opening = sentence_range(self.d, s).start;
        let argues = matches!(
            t.lower(&t.words[opening]),
            "but" | "however" | "although" | "though"
        );
        !argues && (self.nearby(first) || (s > 0 && self.owns(s - 1)))
    }
}

/// Whether the "but" at `span` joins two things the business did in one
/// clause, the second a failure ("your messages were logged but never
/// passed on"): admitting it, not undoing an apology.
pub(super) fn failure_joined(d: &Draft, span: Span) -> bool {
    let t = &d.text;
    let k = t.words.partition_point(|w| w.start < span.0);
    let (Some(before), Some(not), Some(done)) =
        (k.checked_sub(1), t.words.get(k + 1), t.words.get(k + 2))
    else {
        return false;
    };
    let b = &t.words[before];
    let same = b.sentence == t.words[k].sentence && done.sentence == b.sentence;
    // Nothing but a space between the two deeds: "logged but never".
    let joined = t.src[b.end..span.0].trim().is_empty();
    same && joined
        && t.lower(b).ends_with("ed")
        && matches!(t.lower(not), "never" | "not")
        && t.lower(done).ends_with("ed")
}

/// Whether the negative-tone match ending at word `last` grants the
/// customer their feelings ("you're entitled to be angry", "entitled to
/// feel let down"), not calls them entitled.
pub(super) fn grants_feelings(d: &Draft, last: usize) -> bool {
    let t = &d.text;
    let at = |n: usize| {
        t.words
            .get(last + n)
            .filter(|w| w.sentence == t.words[last].sentence)
            .map_or("", |w| t.lower(w))
    };
    at(0) == "entitled"
        && at(1) == "to"
        && (at(2) == "feel"
            || (at(2) == "be"
                && matches!(
                    at(3),
                    "angry"
                        | "upset"
                        | "annoyed"
                        | "frustrated"
                        | "furious"
                        | "disappointed"
                        | "cross"
                        | "unhappy"
                        | "livid"
                        | "fed"
                        | "hurt"
                        | "let"
                )))
}

/// Whether the blame match at word `first` ("you didn't ask") describes a
/// thing the customer never wanted ("colour you didn't ask for", "extras
/// you never ordered"): a relative clause after a noun, not a duty failed.
pub(super) fn unwanted_thing(d: &Draft, first: usize, last: usize) -> bool {
    let t = &d.text;
    let lw = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    // A clause-read span may open a word early ("colour you didn't ask").
    let first = (first..=last).find(|&k| lw(k) == "you").unwrap_or(first);
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    let b = &t.words[before];
    let described = b.sentence == t.words[first].sentence
        && t.src[b.end..t.words[first].start].trim().is_empty()
        && !matches!(
            lw(before),
            "and"
                | "but"
                | "because"
                | "so"
                | "if"
                | "as"
                | "since"
                | "when"
                | "though"
                | "although"
                | "or"
                | "then"
                | "that"
                | "that's"
                | "which"
                | "unfortunately"
                | "sadly"
                | "clearly"
                | "just"
                | "simply"
                | "obviously"
        );
    // The verb may close the span or stand just after it.
    let last = (last..last + 2)
        .find(|&k| is_unwanted(lw(k), lw(k + 1)))
        .unwrap_or(last);
    let unwanted = is_unwanted(lw(last), lw(last + 1));
    // "exactly what you asked for" holds them to it: only the thing they
    // did not want is described.
    let denied = (first + 1..last).any(|k| matches!(lw(k), "didn't" | "never" | "not" | "don't"));
    lw(first) == "you" && described && unwanted && denied
}

/// Whether `verb` (then `next`) is wanting or choosing something.
fn is_unwanted(verb: &str, next: &str) -> bool {
    match verb {
        "ask" | "asked" => next == "for",
        "order" | "ordered" | "want" | "wanted" | "request" | "requested" | "choose" => true,
        _ => false,
    }
}

/// [`unwanted_thing`] over a clause-read span.
pub(super) fn unwanted_span(d: &Draft, span: Span) -> bool {
    let t = &d.text;
    let first = t.words.partition_point(|w| w.end <= span.0);
    let to = t.words.partition_point(|w| w.start < span.1);
    to > first && unwanted_thing(d, first, to - 1)
}

/// Whether the sentence of word `first`, after it, has the business
/// admitting the failure: "and we didn't deliver", "we got it wrong", "we
/// let you down".
pub(super) fn admits_failure(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let s = t.words[first].sentence;
    // The sentence from `first` on, read in place (no copy per match).
    let end = first + t.words[first..].partition_point(|w| w.sentence == s);
    let lw = |k: usize| t.lower(&t.words[k]);
    // "…and he came home looking nothing like it" admits the result failed.
    (first..end.saturating_sub(2)).any(|k| {
        let w = [lw(k), lw(k + 1), lw(k + 2)];
        (w[0] == "nothing" && w[1] == "like")
            || matches!(w[0], "we" | "i")
                && (matches!(w[1], "didn't" | "failed" | "dropped")
                    || (w[1] == "got" && w[2] == "it")
                    || (w[1] == "let" && matches!(w[2], "you" | "your")))
    })
}
