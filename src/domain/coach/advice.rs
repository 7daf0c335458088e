//! Beyond the categories: advice on the public reply's length and opening
//! (and, for a thank-you, an invitation back), times of day argued in
//! public, and the diagnosis and debrief checked for blaming a person.

use super::phrases::List;
use super::reason::{Reason, Tip};
use super::text::Text;
use super::{CompiledRules, Draft, DraftPart, Finding, ReplyKind, Severity, Shop, Sink};

/// A public reply longer than this many words is advised to shrink.
const LONG_PUBLIC_WORDS: usize = 120;

/// A tip that is not one of the finding categories (not counted, never
/// blocks): where it points and what to do (`present::coach` words it; its
/// JSON carries the words as `message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub draft: DraftPart,
    pub start: usize,
    pub end: usize,
    pub tip: Tip,
}

fn greeting(t: &Text, s: (usize, usize)) -> bool {
    let from = t.words.partition_point(|w| w.start < s.0);
    let first = t.words.get(from);
    let n = t.words[from..]
        .iter()
        .take_while(|w| w.end <= s.1)
        .take(5)
        .count();
    n <= 4
        && first.is_some_and(|w| {
            matches!(
                t.lower(w),
                "hi" | "hello" | "dear" | "hey" | "good" | "morning" | "afternoon"
            )
        })
}

/// Advice on the public reply.
pub(super) fn advise(public: &Draft, kind: ReplyKind) -> Vec<Advice> {
    let t = &public.text;
    let mut out = Vec::new();
    let words = t.words.len();
    if words > LONG_PUBLIC_WORDS {
        out.push(Advice {
            draft: DraftPart::Public,
            start: 0,
            end: 0,
            tip: Tip::TooLong { words },
        });
    }
    let opening = t
        .sentences
        .iter()
        .enumerate()
        .find(|&(_, &s)| !greeting(t, s));
    if let Some((n, &(s, e))) = opening {
        let warm = public.matches.iter().any(|m| {
            !m.negated
                && t.words[m.first].sentence as usize == n
                && match kind {
                    ReplyKind::Complaint | ReplyKind::ListenOnly | ReplyKind::PoliteNo => {
                        matches!(m.list, List::Thanks | List::Apology | List::Empathy)
                    }
                    ReplyKind::Positive => m.list == List::Thanks,
                }
        });
        if !warm {
            out.push(Advice {
                draft: DraftPart::Public,
                start: s,
                end: e,
                tip: match kind {
                    ReplyKind::Complaint | ReplyKind::ListenOnly | ReplyKind::PoliteNo => {
                        Tip::LeadWithWarmth
                    }
                    ReplyKind::Positive => Tip::LeadWithThanks,
                },
            });
        }
    }
    if kind == ReplyKind::Positive && !invites_back(t) {
        out.push(Advice {
            draft: DraftPart::Public,
            start: t.first_sentence().0,
            end: t.first_sentence().1,
            tip: Tip::InviteBack,
        });
    }
    out
}

fn invites_back(t: &Text) -> bool {
    t.words.iter().any(|w| {
        matches!(
            t.lower(w),
            "again" | "back" | "soon" | "return" | "next" | "forward" | "welcome" | "visit"
        )
    })
}

/// "by 11", "at 9pm", "8.15", "9:30": times of day, which in public argue
/// the case ("our van was outside by 11").
pub(super) fn times_of_day(t: &Text) -> Vec<(usize, usize)> {
    let src = t.src.as_bytes();
    let mut out = Vec::new();
    for (k, w) in t.words.iter().enumerate() {
        let raw = t.raw(w);
        let digits = raw.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits) || w.quoted {
            continue;
        }
        let money = w.start > 0 && matches!(src[w.start - 1], b'$' | b'#')
            || t.src[..w.start].ends_with('£')
            || t.src[..w.start].ends_with('€');
        if money {
            continue;
        }
        let rest = &raw[digits..];
        let suffix_time = matches!(rest, "am" | "pm");
        let minutes = digits == raw.len()
            && matches!(src.get(w.end), Some(b':' | b'.'))
            && src
                .get(w.end + 1..w.end + 3)
                .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            && !src.get(w.end + 3).is_some_and(u8::is_ascii_digit);
        let next = t.words.get(k + 1).filter(|n| n.sentence == w.sentence);
        let next_word = next.map(|n| t.lower(n));
        let clock_word = matches!(next_word, Some("am" | "pm" | "o'clock"));
        let prev = k
            .checked_sub(1)
            .map(|p| &t.words[p])
            .filter(|p| p.sentence == w.sentence);
        let at_time = digits == raw.len()
            && prev.is_some_and(|p| matches!(t.lower(p), "by" | "at" | "until" | "before"))
            && next.is_none_or(|n| n.clause != w.clause);
        if suffix_time || minutes || clock_word || at_time {
            let end = if minutes { w.end + 3 } else { w.end };
            out.push((w.start, end));
        }
    }
    out
}

/// Whether the sentence holding byte `at` tells what happened (a past
/// verb: "our driver rang at 8:15", "it was boxed at 7:35") rather than a
/// timetable or a promise ("the common room closes at 11pm", "calls after
/// 9pm carry a surcharge", "I'll update you by 5pm"): only the first
/// argues the case in public.
pub(super) fn tells_the_past(t: &Text, at: usize) -> bool {
    let k = t.words.partition_point(|w| w.end <= at);
    let Some(s) = t.words.get(k).map(|w| w.sentence) else {
        return false;
    };
    let from = t.words.partition_point(|w| w.sentence < s);
    let to = t.words.partition_point(|w| w.sentence <= s);
    (from..to).any(|j| {
        let w = t.lower(&t.words[j]);
        let before = if j > from {
            t.lower(&t.words[j - 1])
        } else {
            ""
        };
        is_past_word(w)
            || (w.len() > 4
                && w.ends_with("ed")
                && !matches!(w, "need" | "speed" | "hundred")
                && !matches!(
                    before,
                    "is" | "are" | "be" | "been" | "being" | "am" | "get" | "gets"
                ))
    })
}

/// Past forms that do not end in "-ed".
fn is_past_word(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "did"
            | "had"
            | "came"
            | "left"
            | "got"
            | "took"
            | "rang"
            | "went"
            | "saw"
            | "said"
            | "told"
            | "made"
            | "sent"
            | "gave"
            | "knew"
            | "found"
            | "ran"
            | "sat"
            | "stood"
            | "kept"
            | "brought"
            | "drove"
    )
}

/// The diagnosis or debrief checked for blaming a person rather than a
/// process ("Tom forgot… he is careless"): each finding is a `blame`
/// warning that points at the words.
pub fn check_blameless(part: DraftPart, text: &str, shop: &Shop) -> Vec<Finding> {
    let rules = CompiledRules::builtin();
    let d = Draft::new(part, text, &rules);
    let mut spans = Vec::new();
    d.clauses(shop).person_blamed(&mut spans);
    let mut sink = Sink::new(&rules);
    for (s, e) in spans {
        let quoted = text[s..e].to_string();
        sink.push_with(
            super::Category::Blame,
            part,
            text,
            (s, e),
            Reason::BlamesPerson(quoted),
            Severity::Warn,
        );
    }
    sink.finish(&[(part, text)])
}
