//! A policy named to admit we broke it is not a defence: "Our policy is to
//! sell restricted-view seats only where most of the stage is visible, and
//! that seat clearly doesn't meet it" measures the shop against its own
//! rule and finds the shop wanting.

use super::Draft;

/// Whether the defence starting at word `first` names our own rule and the
/// same sentence says we fell short of it ("doesn't meet it", "we didn't
/// follow it", "fell short of").
pub(super) fn policy_broken(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let lw = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    let sentence = t.words[first].sentence;
    let same = |k: usize| k < t.words.len() && t.words[k].sentence == sentence;
    let rule = (first..first + 3).any(|k| {
        same(k)
            && matches!(
                lw(k),
                "policy" | "policies" | "rule" | "rules" | "standard" | "standards"
            )
    });
    if !rule {
        return false;
    }
    let short = |k: usize| {
        let fell = lw(k) == "fell" && lw(k + 1) == "short";
        let failed = matches!(
            lw(k),
            "doesn't" | "didn't" | "don't" | "wasn't" | "isn't" | "failed" | "not" | "never"
        ) && (k + 1..k + 3).any(|j| {
            same(j)
                && matches!(
                    lw(j),
                    "meet"
                        | "meets"
                        | "met"
                        | "match"
                        | "follow"
                        | "followed"
                        | "apply"
                        | "applied"
                )
        });
        fell || failed || matches!(lw(k), "broke" | "breached" | "ignored")
    };
    (first + 1..t.words.len())
        .take_while(|&k| same(k))
        .any(short)
}

/// Whether the words at `first` are what we told the customer, taken back
/// in the same sentence: "Telling you that you should have come down
/// earlier was wrong of me".
pub(super) fn told_and_taken_back(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let lw = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    let sentence = t.words[first].sentence;
    let same = |k: usize| k < t.words.len() && t.words[k].sentence == sentence;
    let told = (first.saturating_sub(4)..first)
        .any(|k| same(k) && matches!(lw(k), "telling" | "saying" | "suggesting" | "implying"));
    let wrong = (first + 1..t.words.len())
        .take_while(|&k| same(k))
        .any(|k| {
            matches!(lw(k), "was" | "is")
                && matches!(lw(k + 1), "wrong" | "unfair" | "rude" | "uncalled")
        });
    told && wrong || super::taken_back::said_then_called_wrong(d, first)
}

/// `told_and_taken_back` for a span read from a clause's shape.
pub(super) fn taken_back(d: &Draft, span: super::structure::Span) -> bool {
    let first = d.text.words.partition_point(|w| w.start < span.0);
    first < d.text.words.len() && told_and_taken_back(d, first)
}

/// Whether the "policy" at or just after word `first` is a thing we act
/// on, not a rule we cite: "remarket the policy with three insurers",
/// "cancel your policy" (an insurance policy, in a broker's options).
pub(super) fn policy_acted_on(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let lw = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    let Some(at) = (first..first + 3).find(|&k| matches!(lw(k), "policy" | "policies")) else {
        return false;
    };
    at >= 2
        && matches!(lw(at - 1), "the" | "your" | "this")
        && matches!(
            lw(at - 2),
            "remarket"
                | "renew"
                | "renewed"
                | "cancel"
                | "cancelled"
                | "canceled"
                | "transfer"
                | "switch"
                | "requote"
                | "re-quote"
                | "amend"
                | "amended"
                | "backdate"
                | "reinstate"
                | "reinstated"
        )
}
