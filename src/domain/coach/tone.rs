//! `negative-tone`: hostility or sarcasm towards the customer, not sadness.
//!
//! A plain sentiment score rates a sincere apology as negative ("so sorry",
//! "disappointing"), so VADER alone would punish exactly what the practice
//! asks for. Two signals instead:
//! 1. phrases from the `negative-tone` list (hostile or sarcastic turns:
//!    "you people", "your review is unfair", "good luck with that");
//! 2. a sentence addressed to the customer ("you", "your") whose VADER
//!    compound is strongly negative, unless the same sentence apologises,
//!    empathises or thanks — that is sadness on their behalf, not hostility.

use super::phrases::{List, Match};
use super::text::Text;
use super::vader;

/// A sentence at or below this compound, addressed to the customer and
/// carrying no apology, empathy or thanks, reads as hostile.
pub(crate) const HOSTILE_COMPOUND: f64 = -0.5;

const SECOND_PERSON: &[&str] = &[
    "you", "your", "you're", "yours", "yourself", "you've", "you'd", "you'll", "u", "ur",
];

/// Words that may open a clause before its subject.
const OPENERS: &[&str] = &[
    "and",
    "but",
    "so",
    "well",
    "frankly",
    "honestly",
    "then",
    "now",
    "if",
    "when",
    "because",
    "maybe",
    "perhaps",
    "clearly",
    "obviously",
    "since",
    "as",
    "yet",
    "still",
    "also",
    "or",
];

/// "you're dead right": "dead" as the British "completely", agreeing with
/// them; its sentence is not read for hostility.
fn mark_agreeing(text: &Text, softened: &mut [bool]) {
    let words = &text.words;
    for (k, pair) in words.windows(2).enumerate() {
        let intensified = text.lower(&pair[0]) == "dead"
            && matches!(
                text.lower(&pair[1]),
                "right" | "on" | "easy" | "keen" | "simple"
            );
        if let Some(s) = softened
            .get_mut(words[k].sentence as usize)
            .filter(|_| intensified)
        {
            *s = true;
        }
    }
}

/// Spans of hostile clauses found by sentiment (the phrase hits are
/// reported with the other phrase findings). A clause counts when the
/// customer is its subject (a second-person word among its first three), so
/// "a dirty shower is not what you paid for" (our failure, acknowledged) is
/// not read as hostile while "your attitude was disgusting" is.
pub(crate) fn hostile_sentences(text: &Text, matches: &[Match]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let words = &text.words;
    // Sentences that apologise, empathise, thank or report: looked up once,
    // not per clause (a long draft has hundreds of both).
    let mut softened = vec![false; text.sentences.len() + 1];
    for m in matches {
        if !m.negated
            && matches!(
                m.list,
                List::Apology | List::Empathy | List::Thanks | List::NegativeTone
            )
        {
            let s = words[m.first].sentence as usize;
            if s < softened.len() {
                softened[s] = true;
            }
        }
    }
    // "Leaving you with dead sockets after I'd said I'd sheet up … isn't
    // good enough" judges the business's own failure: not hostility.
    for (k, pair) in words.windows(3).enumerate() {
        // The negation first: most words are not one, and then the next two
        // need not be looked at.
        let a = text.lower(&pair[0]);
        if !matches!(a, "not" | "isn't" | "wasn't" | "aren't" | "weren't") {
            continue;
        }
        let (b, c) = (text.lower(&pair[1]), text.lower(&pair[2]));
        let judged = matches!(
            (b, c),
            ("good", "enough") | ("acceptable", _) | ("okay", _) | ("ok", _) | ("on", _)
        ) || b == "the" && super::tone_turns::short_of_due(text, k);
        if judged {
            let s = words[k].sentence as usize;
            if s < softened.len() {
                softened[s] = true;
            }
        }
    }
    mark_agreeing(text, &mut softened);
    super::tone_kinds::mark_owned(text, &mut softened);
    let mut k = 0;
    while k < words.len() {
        let clause = words[k].clause;
        let mut e = k;
        while e < words.len() && words[e].clause == clause {
            e += 1;
        }
        let range = k..e;
        k = e;
        // The customer as the subject: "your attitude was…", "and you
        // then…". After a verb ("Not having your kitchen sockets…") "your"
        // is what they lost, not whom the sentence attacks.
        let addressed = range.clone().take(3).any(|i| {
            !words[i].quoted
                && SECOND_PERSON.contains(&text.lower(&words[i]))
                && (range.start..i).all(|k| OPENERS.contains(&text.lower(&words[k])))
        });
        if !addressed {
            continue;
        }
        let sentence = words[range.start].sentence;
        let softened_or_reported = softened.get(sentence as usize).copied().unwrap_or(false);
        if softened_or_reported {
            continue;
        }
        let (s, end) = (words[range.start].start, words[range.end - 1].end);
        let unquoted = unquoted_text(text, s, end);
        if vader::can_be_negative(&unquoted) && vader::compound(&unquoted) <= HOSTILE_COMPOUND {
            out.push((s, end));
        }
    }
    out
}

/// The sentence with quoted stretches removed: the customer's own words are
/// not the reply's tone.
fn unquoted_text(text: &Text, start: usize, end: usize) -> String {
    let mut out = String::with_capacity(end - start);
    let mut at = start;
    for &(qs, qe) in &text.quotes {
        if qe <= start || qs >= end {
            continue;
        }
        out.push_str(&text.src[at..qs.max(at)]);
        at = qe.min(end);
    }
    out.push_str(&text.src[at.min(end)..end]);
    out
}

#[cfg(test)]
mod tests {
    use super::super::rules::CompiledRules;
    use super::*;

    fn hostile(s: &str) -> bool {
        let rules = CompiledRules::builtin();
        let t = Text::new(s);
        let m = rules.matcher.find(&t, &rules.negation);
        !hostile_sentences(&t, &m).is_empty()
    }

    #[test]
    fn sadness_is_not_hostility() {
        assert!(!hostile(
            "I'm so sorry, this is a terrible and disappointing way to treat you."
        ));
        assert!(!hostile("That must have been awful and stressful for you."));
        assert!(hostile(
            "Your complaint is stupid and your attitude is disgusting."
        ));
        assert!(!hostile(
            "You wrote \"horrible, disgusting, worst ever\" and we hear it."
        ));
    }
}
