//! Blame that is not laid: what the customer was wrongly told, reported
//! and taken back in the same breath ("being told you must have dropped it
//! when you hadn't was the wrong response"), and, in a thank-you, a place,
//! the weather or the day that "threw everything at us" (a figure of speech
//! about the day, not fault placed on anyone).

use super::Draft;
use super::structure::Span;

/// Whether the blame at word `first` is reported speech ("being told…",
/// "saying…", "accusing you of…") that the same sentence calls wrong or
/// untrue afterwards.
pub(super) fn said_then_called_wrong(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let lw = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    let sentence = t.words[first].sentence;
    let same = |k: usize| k < t.words.len() && t.words[k].sentence == sentence;
    // "telling you to sort it out with the courier was the wrong answer".
    let reported = (first.saturating_sub(8)..=first).any(|k| same(k) && is_report(lw(k)));
    // "you shouldn't have been told it was down to you": judged first.
    let judged_first = (first.saturating_sub(6)..first).any(|k| {
        k >= 3
            && same(k - 3)
            && lw(k) == "told"
            && lw(k - 1) == "been"
            && lw(k - 2) == "have"
            && matches!(lw(k - 3), "shouldn't" | "never" | "not")
    });
    judged_first
        || reported
            && (first + 1..t.words.len())
                .take_while(|&k| same(k))
                .any(|k| called_wrong(&lw, k) || accusation_denied(&lw, k))
}

/// A word that reports what was said to or of the customer.
fn is_report(w: &str) -> bool {
    matches!(
        w,
        "told"
            | "telling"
            | "saying"
            | "said"
            | "suggesting"
            | "suggested"
            | "implying"
            | "implied"
            | "accusing"
            | "accused"
            | "insisting"
            | "insisted"
            | "claiming"
            | "claimed"
            | "blaming"
    )
}

/// "… was wrong / the wrong response / not fair / unacceptable", "…
/// shouldn't have happened", "… I'd be livid too" at word `k`.
fn called_wrong<'a>(lw: &impl Fn(usize) -> &'a str, k: usize) -> bool {
    match lw(k) {
        "was" | "is" | "were" => {
            let negated = matches!(lw(k + 1), "not" | "never");
            (k + 1..k + 5).any(|j| is_wrong(lw(j)))
                || (negated && (k + 2..k + 4).any(|j| is_fair(lw(j))))
        }
        "wasn't" | "isn't" | "weren't" => (k + 1..k + 3).any(|j| is_fair(lw(j))),
        // "… — I'd be livid too": the writer sides with their anger at it.
        "i'd" | "anyone" | "anybody" => (k + 1..k + 4).any(|j| {
            matches!(
                lw(j),
                "livid" | "furious" | "fuming" | "angry" | "mad" | "upset" | "cross"
            )
        }),
        "shouldn't" | "should" => {
            (k + 1..k + 4).any(|j| lw(j) == "happened")
                && (k + 1..k + 3).all(|j| !matches!(lw(j), "be" | "been"))
        }
        _ => false,
    }
}

fn is_wrong(w: &str) -> bool {
    matches!(
        w,
        "wrong"
            | "unfair"
            | "rude"
            | "uncalled"
            | "unacceptable"
            | "inexcusable"
            | "unjustified"
            | "unprofessional"
            | "insulting"
            | "untrue"
            | "mistake"
            | "disappointing"
    )
}

fn is_fair(w: &str) -> bool {
    matches!(
        w,
        "fair" | "right" | "ok" | "okay" | "acceptable" | "true" | "on"
    )
}

/// "… when you hadn't", "… which you didn't": the accusation denied. The
/// denial ends there ("when you hadn't was…"): "when you didn't use a
/// case" carries the blame on instead.
fn accusation_denied<'a>(lw: &impl Fn(usize) -> &'a str, k: usize) -> bool {
    let not_at = if matches!(
        lw(k + 2),
        "hadn't" | "didn't" | "weren't" | "hadnt" | "didnt"
    ) {
        k + 2
    } else if matches!(lw(k + 2), "had" | "did" | "were") && lw(k + 3) == "not" {
        k + 3
    } else {
        return false;
    };
    matches!(lw(k), "when" | "which")
        && lw(k + 1) == "you"
        && matches!(
            lw(not_at + 1),
            "" | "was" | "is" | "and" | "but" | "at" | "to"
        )
}

/// Whether, in a thank-you, the blame read over `span` sits in a sentence
/// where a place, the weather or the day "threw everything at us" or
/// "did its worst": the hardship of the day, which nobody is blamed for.
pub(super) fn hardship_of_the_day(d: &Draft, span: Span, thanking: bool) -> bool {
    let t = &d.text;
    if !thanking {
        return false;
    }
    let first = t.words.partition_point(|w| w.start < span.0);
    if first >= t.words.len() {
        return false;
    }
    let sentence = t.words[first].sentence;
    let from = t.words.partition_point(|w| w.sentence < sentence);
    let to = t.words.partition_point(|w| w.sentence <= sentence);
    let lw = |k: usize| if k < to { t.lower(&t.words[k]) } else { "" };
    (from + 1..to).any(|v| hardship(&lw, v) && day_subject(d, v - 1))
}

/// "threw everything / it all / the lot at", "did its worst", "tested us".
fn hardship<'a>(lw: &impl Fn(usize) -> &'a str, v: usize) -> bool {
    match lw(v) {
        "threw" | "throws" | "thrown" | "throwing" => {
            (v + 1..v + 4).any(|j| matches!(lw(j), "everything" | "all" | "lot" | "plenty"))
        }
        "did" | "does" | "doing" => matches!(lw(v + 1), "its" | "their") && lw(v + 2) == "worst",
        "tested" | "battered" | "soaked" | "drenched" => {
            matches!(lw(v + 1), "us" | "you" | "everyone")
        }
        _ => false,
    }
}

/// A place (a capitalised name, not a pronoun), the weather or the day.
fn day_subject(d: &Draft, s: usize) -> bool {
    let t = &d.text;
    let w = t.lower(&t.words[s]);
    let weather = matches!(
        w,
        "weather"
            | "rain"
            | "wind"
            | "winds"
            | "storm"
            | "sky"
            | "skies"
            | "day"
            | "sea"
            | "snow"
            | "sun"
            | "heat"
            | "fog"
            | "nature"
            | "elements"
            | "forecast"
    );
    let raw = &t.src[t.words[s].start..t.words[s].end];
    let pronoun = matches!(w, "i" | "you" | "we" | "they" | "he" | "she" | "it" | "who");
    let place = raw.starts_with(|c: char| c.is_uppercase()) && !pronoun;
    weather || place
}
