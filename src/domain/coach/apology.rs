//! An apology that owns nothing: "sorry" for how the customer feels or what
//! they expected rather than for what the business did ("sorry you were
//! unhappy with the timing", "sorry this wasn't what you expected", "sorry
//! the delivery didn't suit your schedule"), and "sorry to say", which
//! apologises for nothing at all. Read from what follows the word.

use super::phrases::List;
use super::text::Text;
use super::{Category, CompiledRules, Draft, Sink, evidence, structure};

/// Both readings warn only: "sorry, but more than that…" and "sorry you
/// felt rushed; we'll give you time" are careful replies the shapes also
/// fit (issue 11's block audit: three of four adversarial good sentences).
const UNSURE: super::Evidence = super::Evidence::Inferred;

/// The apologies in `d` that turn into a defence: "sorry, but…" (unless
/// what follows makes amends or admits our failure), and sorry for how
/// they took it ("sorry the delivery didn't suit your schedule": no
/// apology, and a defence, as categories.md says).
pub(super) fn undercut(sink: &mut Sink, d: &Draft, rules: &CompiledRules) {
    for span in structure::contrast_after_apology(&d.text, &d.matches, rules) {
        if !evidence::leads_to_amends(d, span)
            && !super::owning::failure_joined(d, span)
            && !super::good_faith::but_admits(d, span)
        {
            sink.quote_read(Category::Defensive, d.part, d.text.src, span, UNSURE);
        }
    }
    for a in d.live(List::Apology) {
        if owns_nothing(&d.text, a.last) {
            sink.quote_read(Category::Defensive, d.part, d.text.src, d.span(a), UNSURE);
        }
    }
}

/// How the customer took it, not what happened to them. ("Sorry you feel
/// that way" is a defence in the phrase lists; "sorry you felt so poorly"
/// is sympathy for an illness.)
fn is_perception(w: &str) -> bool {
    matches!(
        w,
        "unhappy" | "dissatisfied" | "disappointed" | "displeased" | "unsatisfied" | "upset"
    )
}

/// A reaction, not a harm: "sorry for your disappointment".
fn is_reaction(w: &str) -> bool {
    is_perception(w)
        || matches!(
            w,
            "disappointment" | "frustration" | "feelings" | "dissatisfaction" | "displeasure"
        )
}

/// Whether the apology ending at word `last` is for the customer's
/// feelings or expectations, or for nothing ("sorry to say").
pub(crate) fn owns_nothing(t: &Text, last: usize) -> bool {
    let s = t.words[last].sentence;
    // Up to eight words after the apology, on the stack (this runs per match).
    let mut next = [""; 8];
    let mut n = 0;
    for w in t.words[last + 1..]
        .iter()
        .take_while(|w| w.sentence == s)
        .take(8)
    {
        next[n] = t.lower(w);
        n += 1;
    }
    let after: &[&str] = &next[..n];
    let at = |k: usize| after.get(k).copied().unwrap_or("");
    if at(0) == "to" && at(1) == "say" {
        return true;
    }
    // "sorry for any confusion", "sorry for your disappointment": sorry for
    // a reaction, or for whatever there may have been.
    if at(0) == "for"
        && matches!(at(1), "any" | "your")
        && (is_reaction(at(2)) || matches!(at(2), "confusion" | "misunderstanding" | "upset"))
    {
        return true;
    }
    // "sorry to hear you are unhappy" reads as "sorry you are unhappy".
    let after: &[&str] = if at(0) == "to" && at(1) == "hear" {
        &after[2..]
    } else {
        after
    };
    let at = |k: usize| after.get(k).copied().unwrap_or("");
    // "sorry you feel misled", "sorry you didn't enjoy your night".
    let you = matches!(at(0), "you" | "you've" | "you're");
    if you && matches!(at(1), "feel" | "felt" | "didn't") {
        let hurt = matches!(at(2), "unwell" | "ill" | "sick" | "poorly" | "hurt");
        // "sorry you didn't get a call back" is sorry for a failure; only
        // not enjoying or liking it is a reaction.
        let reaction = at(1) != "didn't" || matches!(at(2), "enjoy" | "like" | "love");
        if !hurt && reaction {
            return true;
        }
    }
    // "weren't to your liking".
    if after
        .windows(3)
        .any(|w| w[0].ends_with("n't") && w[1] == "to" && w[2] == "your")
    {
        return true;
    }
    // "sorry (that) you were unhappy", "sorry you're disappointed", "sorry
    // you're not happy with the result" (over the labelled sets 61 of 64
    // drafts whose only apology is one of these are labelled no-apology).
    let k = usize::from(at(0) == "that");
    let you = matches!(at(k), "you" | "you're" | "you've");
    let not_pleased = |j: usize| {
        matches!(at(j), "happy" | "satisfied" | "pleased")
            && (at(j - 1) == "not" || at(j - 1).ends_with("n't"))
    };
    if you && (1..4).any(|d| is_perception(at(k + d)) || not_pleased(k + d)) {
        return true;
    }
    // "this wasn't what you expected", "didn't suit your schedule". ("Did
    // not meet your expectations" is stock, but it does apologise for the
    // stay.)
    // "Wasn't what you booked" is sorry that what they paid for failed.
    after.windows(3).enumerate().any(|(i, w)| {
        (w[0].ends_with("n't") || w[0] == "not")
            && (((w[1], w[2]) == ("what", "you")
                && !super::good_faith::what_was_bought(&after[i + 1..]))
                || (w[1] == "suit" && w[2] == "your"))
    })
}
