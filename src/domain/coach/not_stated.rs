//! Readings the words do not state, though a phrase or clause seems to:
//!
//! - a check or routine promised ("I've asked for the changing rooms to be
//!   checked every hour", "from now on the vans are inspected daily") is an
//!   amend, not a standard held up in defence ("the rooms are checked every
//!   hour");
//! - blame or a defence the customer was told, reported and met with
//!   sympathy or judged ("Being told you should have checked our work
//!   yourself must have been galling", "being told it was not our
//!   responsibility made it worse") is what was done to them, not blame
//!   or a defence offered now. "As we told you, it was not our
//!   responsibility" repeats it and still counts;
//! - "that's what you should have paid" states what the customer was owed,
//!   not a duty they failed ("you should have paid attention");
//! - no apology, where the drafts say sorry but a defence or a sneer beside
//!   it discounts it ("we apologize for any confusion"): a reading; no
//!   apology word at all is certain.

use super::clauses::Clauses;
use super::phrases::{List, Match};
use super::reason::Reason;
use super::structure::Span;
use super::{Category, Draft, Evidence, Sink};

/// Whether the defence phrase `m` is not one offered now: a routine
/// promised, or a defence the customer was told and the reply judges
/// ("being told it was not our responsibility made it worse").
pub(super) fn defence_not_offered(d: &Draft, m: &Match) -> bool {
    promised_routine(d, m.first, m.last) || told_with_sympathy(d, d.span(m))
}

/// Whether the defence at words `first..=last` is a routine (checked,
/// cleaned, inspected…) that the same clause promises or has just set up:
/// "to be checked every hour", "will be cleaned daily", "are now inspected".
pub(super) fn promised_routine(d: &Draft, first: usize, last: usize) -> bool {
    let t = &d.text;
    let lw = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    if !(first..=last).any(|k| is_routine(lw(k))) {
        return false;
    }
    let sentence = t.words[first].sentence;
    // Back to the start of the clause: a comma, a semicolon or the sentence.
    let mut k = first;
    let mut steps = 0;
    while k > 0 && steps < 10 && t.words[k - 1].sentence == sentence {
        let gap = &t.src[t.words[k - 1].end..t.words[k].start];
        if gap.contains([',', ';', ':']) {
            break;
        }
        k -= 1;
        steps += 1;
        let w = lw(k);
        let next = lw(k + 1);
        let to_be = w == "to" && matches!(next, "be" | "get" | "have");
        if is_promise(w) || to_be {
            return true;
        }
    }
    false
}

/// A care routine a shop may claim or promise.
fn is_routine(w: &str) -> bool {
    matches!(
        w,
        "cleaned"
            | "checked"
            | "inspected"
            | "tested"
            | "serviced"
            | "cleaning"
            | "checking"
            | "inspecting"
            | "testing"
    )
}

/// A word that makes what follows a promise or a new routine.
fn is_promise(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "we'll"
            | "i'll"
            | "they'll"
            | "it'll"
            | "shall"
            | "going"
            | "now"
            | "henceforth"
            | "forward"
            | "future"
            | "asked"
            | "arranged"
            | "instructed"
            | "ensure"
            | "ensuring"
            | "started"
            | "starting"
            | "introduced"
            | "added"
            | "booked"
            | "scheduled"
    )
}

/// Whether "you should have `participle` `next` `after`" states what the
/// customer was owed ("that's what you should have paid", "you should have
/// paid $65", "…paid the quoted price"), not a duty they failed ("you
/// should have paid attention", "…paid the deposit").
pub(super) fn owed_to_customer(participle: &str, next: &str, after: &str) -> bool {
    match participle {
        "gotten" => true,
        "paid" => {
            let money = next
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_digit() || !b.is_ascii())
                || next.starts_with(['$', '#']);
            money
                || matches!(
                    next,
                    "" | "only" | "just" | "nothing" | "no" | "less" | "exactly" | "what"
                )
                || (matches!(next, "the" | "our" | "that")
                    && matches!(
                        after,
                        "quoted" | "quote" | "agreed" | "original" | "advertised" | "listed"
                    ))
        }
        _ => false,
    }
}

/// Whether the blame read over `span` is what the customer was told
/// ("being told…", "you were told…", "hearing that…"), not told by us
/// ("as we told you"), and the sentence meets it with sympathy or calls it
/// wrong ("must have been galling", "I'm sorry you were told…").
pub(super) fn told_with_sympathy(d: &Draft, span: Span) -> bool {
    let t = &d.text;
    let first = t.words.partition_point(|w| w.start < span.0);
    if first >= t.words.len() {
        return false;
    }
    let lw = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    let sentence = t.words[first].sentence;
    let from = t.words.partition_point(|w| w.sentence < sentence);
    let to = t.words.partition_point(|w| w.sentence <= sentence);
    let Some(report) = (first.saturating_sub(8).max(from)..=first)
        .rev()
        .find(|&k| is_report(lw(k)))
    else {
        return false;
    };
    // "As we told you", "like I said": our own words, repeated.
    let before = |n: usize| {
        if report >= from + n {
            lw(report - n)
        } else {
            ""
        }
    };
    let ours = matches!(before(1), "we" | "i" | "we've" | "i've" | "we'd" | "i'd")
        || matches!(before(2), "we" | "i")
        || (1..=3).any(|n| matches!(before(n), "as" | "like"));
    if ours {
        return false;
    }
    let end = t.words.partition_point(|w| w.start < span.1).max(first + 1);
    // Sympathy before the report, with no "but" between ("I'm sorry you
    // were told…"), or a feeling or a judgement after the blame ("…must
    // have been galling", "…was wrong").
    let sorry_before = (from..report)
        .rev()
        .take_while(|&k| !matches!(lw(k), "but" | "however"))
        .any(|k| is_sympathy(lw(k)));
    // The feeling may open the next sentence: "…a call that never came.
    // I'd be furious in your shoes."
    let next =
        (to..to + 6).take_while(|&k| t.words.get(k).is_some_and(|w| w.sentence == sentence + 1));
    let felt_after = (end..to)
        .chain(next)
        .any(|k| is_sympathy(lw(k)) || made_worse(&lw, k));
    sorry_before || felt_after
}

/// "…made it worse", "…only made things worse": the telling judged as a
/// further wrong done to the customer.
fn made_worse<'a>(lw: &impl Fn(usize) -> &'a str, k: usize) -> bool {
    lw(k) == "worse"
        && (k.saturating_sub(3)..k).any(|j| matches!(lw(j), "made" | "make" | "makes" | "making"))
}

/// A word that reports what was said to the customer.
pub(super) fn is_report(w: &str) -> bool {
    matches!(
        w,
        "told"
            | "telling"
            | "hearing"
            | "heard"
            | "saying"
            | "said"
            | "accused"
            | "accusing"
            | "suggesting"
            | "suggested"
            | "implied"
            | "implying"
            | "blamed"
            | "made"
    )
}

/// Sympathy with the customer, or the telling called wrong.
fn is_sympathy(w: &str) -> bool {
    matches!(
        w,
        "sorry"
            | "apologise"
            | "apologize"
            | "galling"
            | "infuriating"
            | "frustrating"
            | "maddening"
            | "upsetting"
            | "hurtful"
            | "insulting"
            | "demoralising"
            | "demoralizing"
            | "disheartening"
            | "unfair"
            | "wrong"
            | "unacceptable"
            | "inexcusable"
            | "untrue"
            | "rude"
            | "awful"
            | "horrible"
            | "dreadful"
            | "shameful"
            | "unprofessional"
            | "stung"
            | "insult"
            | "upset"
            | "furious"
    )
}

/// Whether the request at word `first` is waived just before it: "there's
/// no need to update your review", "no pressure to change it".
pub(super) fn request_waived(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let sentence = t.words[first].sentence;
    let lw = |k: usize| t.lower(&t.words[k]);
    (first.saturating_sub(5)..first).any(|k| {
        t.words[k].sentence == sentence
            && lw(k) == "no"
            && matches!(
                lw(k + 1),
                "need" | "pressure" | "obligation" | "expectation" | "requirement"
            )
    })
}

/// Reports that `drafts` (the first is the public reply) own no apology.
/// No apology word at all is certain; one discounted by a defence or a
/// sneer beside it ("sorry for any confusion", "sorry you're disappointed,
/// however…") is a reading, and warns.
pub(super) fn no_apology(sink: &mut Sink, drafts: &[&Draft]) {
    let front = drafts[0];
    let said_sorry = drafts.iter().any(|d| d.has(List::Apology));
    let evidence = if said_sorry {
        Evidence::Inferred
    } else {
        Evidence::Stated
    };
    let span = front.text.first_sentence();
    let (part, src) = (front.part, front.text.src);
    sink.push_read(
        Category::NoApology,
        part,
        src,
        span,
        Reason::Missing,
        evidence,
    );
}

/// After "you should have": what they were owed or went through, not a
/// duty they missed ("you should have a trainer who…", "…have felt").
pub(super) fn is_had_or_felt(w: &str) -> bool {
    matches!(
        w,
        "" | "a"
            | "an"
            | "the"
            | "your"
            | "been"
            | "felt"
            | "had"
            | "received"
            | "got"
            | "enjoyed"
            | "seen"
            | "heard"
            | "expected"
            | "experienced"
            | "found"
            | "thought"
            | "won"
            | "faced"
            | "walked"
            | "endured"
            | "suffered"
    )
}

impl Clauses<'_, '_> {
    /// "you should have known (the full price) before any drilling
    /// started", from word `after` on: what the customer was owed; "you
    /// should have known better" is not.
    pub(super) fn known_first(&self, i: usize, after: usize) -> bool {
        self.lw(after) != "better"
            && (after..after + 8).any(|k| {
                self.same_clause(i, k)
                    && matches!(
                        self.lw(k),
                        "before" | "beforehand" | "upfront" | "up-front" | "start" | "outset"
                    )
            })
    }
}
