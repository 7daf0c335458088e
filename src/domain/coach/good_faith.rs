//! Issue 11's tenth pass: wordings that share words with a defence, a jab
//! or an argued detail but mean well. Each is read from the words around
//! the match, so the bad form with the same words still blocks:
//! - good wishes for the customer's own plans ("good luck with your next
//!   run"), not "good luck with that" or "good luck with your next builder";
//! - sorry that what they paid for failed ("wasn't what you booked"), not
//!   sorry for what they expected ("wasn't what you expected");
//! - a kind of delivery named ("on a signed-for service"), not the parcel's
//!   signature argued ("it was signed for on Tuesday");
//! - a "but" that turns to our own failure ("went through on our side but
//!   our billing system didn't stop the renewal"), not to an excuse.

use super::Draft;
use super::phrases::Match;
use super::structure::Span;
use super::text::Text;

/// The word `k` in lower case, or "" past the end.
fn lw<'t>(t: &'t Text<'_>, k: usize) -> &'t str {
    t.words.get(k).map_or("", |w| t.lower(w))
}

/// Words after `k` in its sentence, at most `n` of them.
fn after<'t>(t: &'t Text<'t>, k: usize, n: usize) -> impl Iterator<Item = usize> + 't {
    let s = t.words[k].sentence;
    (k + 1..t.words.len())
        .take_while(move |&j| t.words[j].sentence == s)
        .take(n)
}

/// What a wish can be for that is the customer's complaint or the next
/// business they go to: "good luck with your claim", "… your next builder".
fn against_us(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(
        w,
        "complaint"
            | "claim"
            | "review"
            | "case"
            | "lawyer"
            | "solicitor"
            | "lawsuit"
            | "chargeback"
            | "dispute"
            | "refund"
            | "appeal"
            | "search"
            | "hunt"
            | "rating"
            | "post"
            | "that"
            | "this"
            | "it"
            | "builder"
            | "plumber"
            | "electrician"
            | "garage"
            | "mechanic"
            | "shop"
            | "store"
            | "company"
            | "firm"
            | "provider"
            | "supplier"
            | "contractor"
            | "landlord"
            | "place"
            | "business"
            | "one"
            | "venue"
            | "agency"
            | "courier"
            | "tradesman"
            | "tradesperson"
    )
}

/// Whether "good luck with" ending at word `last` wishes the customer well
/// in a plan of their own: "with your" (or "for your", "in your") and what
/// follows is not their complaint, a rival, or a sneer ("finding", "cheaper",
/// "elsewhere").
pub(super) fn sincere_wish(d: &Draft, last: usize) -> bool {
    let t = &d.text;
    let ends_luck = lw(t, last) == "luck";
    let with = if ends_luck { last + 1 } else { last };
    // "good luck with hockey season": a plain noun of theirs, no "your";
    // "with the race", "with the new car" are theirs too (8 good drafts
    // over 130 sets). "with that", "with the claim", "with the next
    // builder" stay sneers (`against_us`, checked over the clause below).
    let bare = !matches!(
        lw(t, with + 1),
        "the" | "a" | "an" | "those" | "these" | "your" | ""
    ) && !against_us(lw(t, with + 1));
    let from = if bare { with } else { with + 1 };
    if !matches!(lw(t, with), "with" | "for" | "in" | "on")
        || !(bare || matches!(lw(t, with + 1), "your" | "the" | "a" | "an"))
    {
        return false;
    }
    // The clause the wish is in: up to a comma, "and" or the sentence end.
    let clause: Vec<usize> = after(t, from, 6)
        .take_while(|&j| {
            let gap = &t.src[t.words[j - 1].end..t.words[j].start];
            !gap.contains([',', ';', ':', '-', '—']) && !matches!(lw(t, j), "and" | "but")
        })
        .collect();
    !clause.is_empty()
        && !clause.iter().any(|&j| {
            against_us(lw(t, j))
                || matches!(
                    lw(t, j),
                    "finding"
                        | "getting"
                        | "cheaper"
                        | "elsewhere"
                        | "anyone"
                        | "someone"
                        | "somebody"
                        | "anybody"
                        | "another"
                        | "else"
                        | "better"
                )
        })
}

/// Whether the words from `k` ("what you booked", "what you paid for")
/// name what the customer bought, not what they hoped for.
pub(super) fn what_was_bought(words: &[&str]) -> bool {
    let at = |n: usize| words.get(n).copied().unwrap_or("");
    at(0) == "what"
        && at(1) == "you"
        && (matches!(
            at(2),
            "booked" | "ordered" | "paid" | "bought" | "reserved" | "chose" | "picked" | "selected"
        ) || (matches!(at(2), "were" | "had" | "'d") && matches!(at(3), "promised" | "sold"))
            || (at(2) == "asked" && at(3) == "for"))
}

/// What a delivery option is called: "a signed-for service", "signed-for
/// next-day delivery".
fn is_service(w: &str) -> bool {
    matches!(
        w,
        "delivery"
            | "deliveries"
            | "service"
            | "services"
            | "post"
            | "postage"
            | "courier"
            | "shipping"
            | "option"
            | "options"
            | "mail"
            | "basis"
            | "upgrade"
    )
}

/// Whether the "signed for" match `m` names a kind of delivery
/// ("on a signed-for delivery service"): hyphenated and followed, within a
/// few modifiers, by the service; "it was signed for on Tuesday" argues.
pub(super) fn service_named(d: &Draft, m: &Match) -> bool {
    let (t, first, last) = (&d.text, m.first, m.last);
    if first >= last || lw(t, first) != "signed" || lw(t, last) != "for" {
        return false;
    }
    let hyphen = t.src[t.words[first].end..t.words[last].start].trim() == "-";
    // "next-day", "48-hour", "tracked and": modifiers before the noun.
    let modifier = |w: &str| matches!(w, "next" | "day" | "48" | "24" | "hour" | "tracked" | "and");
    hyphen
        && after(t, last, 4)
            .find(|&j| !modifier(lw(t, j)))
            .is_some_and(|j| is_service(lw(t, j)))
}

/// Whether the contrast word at `span` introduces our own failure ("… but
/// our billing system didn't stop the renewal", "but we never sent it"):
/// admitting it, not undoing the apology. Not a thing we did not get or
/// know ("but we never received your email"), and not one explained away
/// in the same sentence ("… because you weren't in").
pub(super) fn but_admits(d: &Draft, span: Span) -> bool {
    let t = &d.text;
    let k = t.words.partition_point(|w| w.start < span.0);
    if k >= t.words.len() {
        return false;
    }
    let rest: Vec<usize> = after(t, k, 30).collect();
    let Some(&first) = rest.first() else {
        return false;
    };
    // Who failed: we, I, or something of ours ("our billing system").
    let subject_end = match lw(t, first) {
        "we" | "i" => Some(first),
        "our" | "my" => rest.iter().take(4).copied().find(|&j| failed(lw(t, j + 1))),
        _ => None,
    };
    let Some(s) = subject_end else {
        return false;
    };
    let verb = s + 1;
    let explained = rest.iter().any(|&j| {
        matches!(
            lw(t, j),
            "because" | "since" | "due" | "as" | "unless" | "until"
        )
    });
    failed(lw(t, verb)) && !not_got(lw(t, verb + 1)) && !not_got(lw(t, verb)) && !explained
}

/// A word that says something was not done.
fn failed(w: &str) -> bool {
    matches!(
        w,
        "didn't" | "failed" | "never" | "forgot" | "missed" | "wasn't" | "weren't" | "hadn't"
    )
}

/// Not getting, knowing or recording something ("we never received",
/// "our records didn't show"): a denial, not our failure.
fn not_got(w: &str) -> bool {
    matches!(
        w,
        "receive"
            | "received"
            | "get"
            | "got"
            | "see"
            | "saw"
            | "seen"
            | "hear"
            | "heard"
            | "know"
            | "knew"
            | "told"
            | "aware"
            | "informed"
            | "notified"
            | "able"
            | "responsible"
            | "show"
            | "say"
            | "mention"
            | "indicate"
            | "at"
            | "to"
    )
}
