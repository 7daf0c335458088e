//! Defences short replies make in few words, for `defensive` (studied on
//! blind18 and blind19, where the learned layer is silent under 30 words):
//! the fault disowned with a hedge ("isn't really our fault"), the person
//! who did it disowned ("not one of our employees"), and the effort cited
//! against the complaint ("we spent four hours on it"). What they read is
//! inferred: a warning, never a block.

use super::Draft;
use super::structure::Span;

/// What a business may say is not its own.
fn is_fault_word(w: &str) -> bool {
    matches!(
        w,
        "fault" | "doing" | "responsibility" | "problem" | "issue" | "mistake" | "error"
    )
}

fn is_staff_word(w: &str) -> bool {
    matches!(
        w,
        "employee" | "employees" | "staff" | "member" | "team" | "technician" | "worker"
    )
}

fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "not" | "isn't" | "wasn't" | "aren't" | "weren't" | "never"
    )
}

/// A count: digits, or a number word.
fn is_count(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty()
        || matches!(
            w,
            "two" | "three" | "four" | "five" | "six" | "several" | "many" | "hours" | "countless"
        )
}

fn at<'a>(d: &'a Draft<'a>, k: usize) -> &'a str {
    d.text.words.get(k).map_or("", |w| d.text.lower(w))
}

fn same(d: &Draft, a: usize, b: usize) -> bool {
    b < d.text.words.len() && d.text.words[a].sentence == d.text.words[b].sentence
}

/// Every such defence in `d`, appended to `out`. This runs on every word,
/// so the raw bytes turn most words away before any lookup.
pub(super) fn defences(d: &Draft, out: &mut Vec<Span>) {
    let words = &d.text.words;
    let src = d.text.src.as_bytes();
    for i in 0..words.len() {
        let raw = &src[words[i].start..words[i].end];
        let Some(&first) = raw.first() else { continue };
        let maybe_negation = matches!(first | 0x20, b'n' | b'i' | b'w' | b'a');
        let maybe_effort = matches!(first | 0x20, b's' | b'p') && raw.len() <= 5;
        if !maybe_negation && !maybe_effort {
            continue;
        }
        let w = at(d, i);
        let found = if maybe_negation && is_negation(w) {
            disowned(d, i)
        } else if maybe_effort
            && matches!(w, "spent" | "spend" | "put")
            && i > 0
            && matches!(at(d, i - 1), "we" | "i")
        {
            effort(d, i)
        } else {
            None
        };
        if let Some(end) = found {
            out.push((words[i].start, words[end].end));
        }
    }
}

/// "isn't really our fault", "not a Keyfast employee", "not one of our
/// staff": the end of what is disowned. Not what the customer was told
/// ("being told it wasn't our problem made it worse"), and not a negation
/// of something else before an owned fault ("never processed — that's our
/// mistake").
fn disowned(d: &Draft, i: usize) -> Option<usize> {
    let reported = (0..i).rev().take_while(|&k| same(d, k, i)).any(|k| {
        matches!(
            at(d, k),
            "told" | "said" | "saying" | "telling" | "hearing" | "heard" | "informed"
        )
    });
    if reported {
        return None;
    }
    let hedge = |k: usize| {
        matches!(
            at(d, k),
            "really" | "actually" | "exactly" | "entirely" | "strictly" | "just" | "simply"
        )
    };
    // The negation, a hedge or none, then "our/my", a word or none, then the fault.
    let o = if hedge(i + 1) { i + 2 } else { i + 1 };
    if same(d, i, o) && matches!(at(d, o), "our" | "my") {
        return (o + 1..o + 3)
            .take_while(|&k| same(d, i, k))
            .find(|&k| is_fault_word(at(d, k)));
    }
    // "not a Keyfast employee", "not one of our staff".
    if !matches!(at(d, i + 1), "a" | "an" | "one" | "part") {
        return None;
    }
    (i + 2..i + 6)
        .take_while(|&k| same(d, i, k))
        .find(|&k| is_staff_word(at(d, k)))
}

/// "we spent 3 hours on that car", "we put in two days on it": the time
/// given it, set against the complaint.
fn effort(d: &Draft, i: usize) -> Option<usize> {
    let n = (i + 1..i + 4)
        .take_while(|&k| same(d, i, k))
        .find(|&k| is_count(at(d, k)))?;
    let unit = (n..n + 2)
        .take_while(|&k| same(d, i, k))
        .find(|&k| matches!(at(d, k), "hours" | "hour" | "days" | "minutes" | "weeks"))?;
    // Spent on the thing complained of ("on that car", "over your
    // boiler"), not on putting it right ("two hours retraining the team").
    let on = matches!(at(d, unit + 1), "on" | "over" | "with")
        && matches!(
            at(d, unit + 2),
            "that" | "the" | "your" | "this" | "it" | "his" | "her"
        );
    (on && same(d, i, unit + 2)).then_some(unit + 2)
}
