//! Details that do not belong in a public reply: email addresses, phone
//! numbers, order references, amounts, street addresses and the customer's
//! full name. The shop's own email or phone offered in an invitation to talk
//! ("email me at care@shop.com") is not personal data; the customer's is.

use super::reason::PublicDetail;
use super::review_analysis::ReviewAnalysis;
use super::text::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Detail {
    pub start: usize,
    pub end: usize,
    pub kind: DetailKind,
}

/// Which kind of personal detail: `present::coach` words it in a finding,
/// and an anonymised export picks its placeholder by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailKind {
    Email,
    Phone,
    OrderNumber,
    Amount,
    Address,
    FullName,
}

impl DetailKind {
    /// What a `public-details` finding names (`present::coach` words it).
    pub fn what(self) -> PublicDetail {
        PublicDetail::Personal(self)
    }
}

/// Words that introduce a reference number ("order 48213").
fn is_ref_word(w: &str) -> bool {
    matches!(
        w,
        "order"
            | "invoice"
            | "ref"
            | "reference"
            | "tracking"
            | "booking"
            | "reservation"
            | "ticket"
            | "case"
            | "account"
            | "receipt"
            | "confirmation"
            | "parcel"
            | "consignment"
    )
}
const CURRENCY_WORDS: &[&str] = &[
    "dollars", "dollar", "euros", "euro", "pounds", "pound", "quid", "bucks", "usd", "eur", "gbp",
    "aud", "cad", "chf", "nzd", "dkk", "sek", "nok", "zar", "inr", "jpy", "sgd", "hkd", "kr", "rs",
    "rupees", "rupee", "rand", "yen", "yuan", "pesos", "peso", "francs", "kronor", "krona",
];
/// Words before a name: greetings and titles ("Mr Robert Hughes").
fn is_greeting(w: &str) -> bool {
    matches!(
        w,
        "dear" | "hi" | "hello" | "hey" | "mr" | "mrs" | "ms" | "miss" | "mx" | "dr"
    )
}

fn is_email_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn emails(src: &str, out: &mut Vec<Detail>) {
    let b = src.as_bytes();
    for (at, _) in src.match_indices('@') {
        let mut s = at;
        while s > 0 && is_email_local(b[s - 1]) {
            s -= 1;
        }
        let mut e = at + 1;
        while e < b.len() && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'.' | b'-')) {
            e += 1;
        }
        while e > at + 1 && b[e - 1] == b'.' {
            e -= 1;
        }
        if s < at && src[at + 1..e].contains('.') {
            out.push(Detail {
                start: s,
                end: e,
                kind: DetailKind::Email,
            });
        }
    }
}

fn digit_count(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

fn references(text: &Text, out: &mut Vec<Detail>) {
    let src = text.src.as_bytes();
    for (k, w) in text.words.iter().enumerate() {
        let raw = text.raw(w);
        if w.start > 0 && src[w.start - 1] == b'#' && digit_count(raw) >= 3 {
            out.push(Detail {
                start: w.start - 1,
                end: w.end,
                kind: DetailKind::OrderNumber,
            });
            continue;
        }
        if !is_ref_word(text.lower(w)) {
            continue;
        }
        // In its own sentence: "…a corrected invoice. Iain, 0131 496 0355"
        // signs off with a phone number, not the invoice's.
        for n in text.words.iter().skip(k + 1).take(3) {
            if n.sentence != w.sentence {
                break;
            }
            let r = text.raw(n);
            let d = digit_count(r);
            if d >= 4 || (d >= 3 && d < r.len()) {
                out.push(Detail {
                    start: n.start,
                    end: n.end,
                    kind: DetailKind::OrderNumber,
                });
                break;
            }
        }
    }
}

fn amounts(text: &Text, out: &mut Vec<Detail>) {
    let src = text.src;
    for (k, w) in text.words.iter().enumerate() {
        let raw = text.raw(w);
        if rand(raw) {
            out.push(Detail {
                start: w.start,
                end: w.end,
                kind: DetailKind::Amount,
            });
            continue;
        }
        if !raw.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let before = src[..w.start].trim_end_matches(' ');
        let after = &src[w.end..];
        let symbol_before = before.ends_with(['$', '£', '€', '¥', '₹']);
        // A percentage ("100% genuine", "a 78% pass rate") is a share, not
        // an amount the customer paid.
        let symbol_after = after.starts_with(['€', '£', '$']) || after.starts_with(" €");
        let word_after = text
            .words
            .get(k + 1)
            .is_some_and(|n| CURRENCY_WORDS.contains(&text.lower(n)));
        // "came to DKK 349": a currency code before the figure.
        let code_before = k > 0
            && before.len() == text.words[k - 1].end
            && CURRENCY_WORDS.contains(&text.lower(&text.words[k - 1]));
        let word_after = word_after || code_before;
        let letter_suffix = raw.ends_with(|c: char| c.is_ascii_alphabetic());
        if (symbol_before || symbol_after || word_after) && !letter_suffix {
            let start = if symbol_before {
                before.len() - before.chars().next_back().map_or(0, char::len_utf8)
            } else {
                w.start
            };
            out.push(Detail {
                start,
                end: w.end,
                kind: DetailKind::Amount,
            });
        }
    }
}

/// "R4,850", "R650": South African rand, the symbol joined to the figure
/// (three digits at least, so a model name such as "R2" is not money).
fn rand(raw: &str) -> bool {
    raw.strip_prefix('R').is_some_and(|n| {
        n.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            && n.starts_with(|c: char| c.is_ascii_digit())
            && digit_count(n) >= 3
    })
}

pub(super) fn capitalised(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs.all(|c| c.is_lowercase() || c == '\'' || c == '-')
}

fn addresses(text: &Text, street: &super::text::FxSet<Box<str>>, out: &mut Vec<Detail>) {
    let ws = &text.words;
    for k in 0..ws.len() {
        let raw = text.raw(&ws[k]);
        if !(1..=5).contains(&raw.len()) || !raw.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let mut n = k + 1;
        while n < ws.len() && n <= k + 4 && capitalised(text.raw(&ws[n])) {
            if n > k + 1 && street.contains(text.lower(&ws[n])) {
                out.push(Detail {
                    start: ws[k].start,
                    end: ws[n].end,
                    kind: DetailKind::Address,
                });
                break;
            }
            n += 1;
        }
    }
}

fn full_names(text: &Text, stop: &super::text::FxSet<Box<str>>, out: &mut Vec<Detail>) {
    let ws = &text.words;
    for k in 0..ws.len().saturating_sub(2) {
        if !is_greeting(text.lower(&ws[k])) {
            continue;
        }
        let (a, b) = (&ws[k + 1], &ws[k + 2]);
        let plain = |w| capitalised(text.raw(w)) && !stop.contains(text.lower(w));
        // "Dear Valued Patient" and "Hi [Client Names]" address nobody by
        // name: a form of address and a placeholder.
        // "Dear Mr Menon" is a title and a surname: the polite way to
        // address them ("Mr Robert Hughes" is read from the title on).
        let form = matches!(text.lower(a), "valued" | "loyal" | "esteemed")
            || is_greeting(text.lower(a))
            || text.src[..a.start].ends_with(['[', '<', '{']);
        let same_sentence = a.sentence == ws[k].sentence && b.sentence == ws[k].sentence;
        let adjacent = text.src[a.end..b.start].trim().is_empty();
        if same_sentence && adjacent && plain(a) && plain(b) && !form {
            out.push(Detail {
                start: a.start,
                end: b.end,
                kind: DetailKind::FullName,
            });
        }
    }
}

/// Words that, beside an email address or phone number, make it an offer to
/// get in touch.
fn is_reach_word(w: &str) -> bool {
    matches!(
        w,
        "call"
            | "ring"
            | "phone"
            | "text"
            | "email"
            | "mail"
            | "message"
            | "contact"
            | "reach"
            | "write"
            | "whatsapp"
            | "dm"
            | "shout"
            | "line"
            | "visit"
            | "directly"
    )
}

/// Whether a contact is the customer's: already in the review.
pub(crate) fn in_review(text: &Text, d: &Detail, review: &ReviewAnalysis) -> bool {
    let s = &text.src[d.start..d.end];
    if d.kind == DetailKind::Phone {
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        review.digits.contains(&digits)
    } else {
        review.lower.contains(&s.to_lowercase())
    }
}

/// Whether the words just before a contact say it is the customer's: "your
/// email", "we wrote to", "sent it to".
fn said_to_be_theirs(text: &Text, at: usize) -> bool {
    let k = text.words.partition_point(|w| w.end <= at);
    // "I've written to you from sam@…": the address it was sent from is
    // the shop's own.
    if k > 0 && text.lower(&text.words[k - 1]) == "from" {
        return false;
    }
    // "I've emailed you, and I'm on 0131…": the speaker, nearer the
    // number than "you", gives their own.
    // Only its own sentence speaks for it: "…reconsider your rating.
    // 555-0139" gives the shop's number after a sentence about them.
    let sentence = text.words.get(k).map_or(u32::MAX, |w| w.sentence);
    let near: Vec<&str> = text.words[..k]
        .iter()
        .rev()
        .take_while(|w| w.sentence == sentence)
        .take(4)
        .map(|w| text.lower(w))
        // "…will sort it with you; she's on 0163…": a colleague named
        // nearer the number than "you" gives theirs, the shop's.
        .take_while(|w| {
            !matches!(
                *w,
                "i'm" | "we're" | "my" | "our" | "me" | "us" | "she's" | "he's" | "they're"
            )
        })
        .collect();
    // "I'd love to make it up to you: events@…", "I'd like to fix this with
    // you: members@…" offer the shop's own.
    // "…make it up to you both: tom@…" (blind152 wine_bar-01) likewise.
    let colon_before = k > 0 && text.src[text.words[k - 1].end..at].contains(':');
    let o = usize::from(matches!(near.first(), Some(&("both" | "all"))));
    let to_you = near.get(o) == Some(&"you") && (near.get(o + 1) == Some(&"to") || colon_before);
    near.iter().enumerate().any(|(i, w)| {
        (i > o || !to_you)
            && matches!(
                *w,
                "your"
                    | "yours"
                    | "you"
                    | "wrote"
                    | "written"
                    | "sent"
                    | "emailed"
                    | "texted"
                    | "rang"
                    | "called"
                    | "calling"
                    | "phoned"
                    | "messaged"
            )
    })
}

/// An email address or phone number in a text, found once per check.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Contact {
    pub detail: Detail,
    /// The sentence it stands in (the next word's).
    pub sentence: u32,
    /// A word such as "call" or "email" comes before it in that sentence:
    /// an invitation to get in touch, whoever's details they are (`find`
    /// still reports the customer's own).
    pub offered: bool,
}

pub(crate) fn contacts(text: &Text) -> Vec<Contact> {
    let mut found = Vec::new();
    emails(text.src, &mut found);
    super::phone_numbers::phones(text.src, &mut found);
    found
        .into_iter()
        .map(|detail| {
            let at = text.words.partition_point(|w| w.end <= detail.start);
            let next = text.words.get(at);
            let sentence = next.map_or(0, |w| w.sentence);
            let offered = next.is_some()
                && text.words[..at]
                    .iter()
                    .rev()
                    .take_while(|w| w.sentence == sentence)
                    .take(6)
                    .any(|w| is_reach_word(text.lower(w)));
            Contact {
                detail,
                sentence,
                offered,
            }
        })
        .collect()
}

/// Personal details in a public text. `is_invitation(sentence)` says whether
/// a sentence invites the customer to get in touch.
/// A contact the review already holds is the customer's; the shop's own
/// (from `[shop]`) never is; any other counts as the shop's when it is
/// offered as a way to talk or nothing says it is the customer's.
pub(crate) fn find(
    text: &Text,
    contacts: &[Contact],
    review: &ReviewAnalysis,
    rules: &super::rules::CompiledRules,
    shop: &super::shop::Shop,
    is_invitation: impl Fn(u32) -> bool,
) -> Vec<Detail> {
    let mut out = Vec::new();
    // Looked up once per distinct contact.
    let mut seen: Vec<(&str, bool)> = Vec::new();
    for &Contact {
        detail: d,
        sentence,
        ..
    } in contacts
    {
        let s = &text.src[d.start..d.end];
        let theirs = match seen.iter().find(|(c, _)| *c == s) {
            Some(&(_, known)) => known,
            None => {
                let known = in_review(text, &d, review);
                seen.push((s, known));
                known
            }
        };
        let shops = !theirs
            && (shop.owns_contact(s)
                || is_invitation(sentence)
                || !said_to_be_theirs(text, d.start));
        if !shops {
            out.push(d);
        }
    }
    let mut other = Vec::new();
    references(text, &mut other);
    amounts(text, &mut other);
    addresses(text, &rules.street, &mut other);
    full_names(text, &rules.stopwords, &mut other);
    other.retain(|d| {
        d.kind != DetailKind::FullName
            || !(super::whose_name::given_names(&text.src[d.start..d.end], review)
                || super::whose_name::one_of_us(text, d))
    });
    for d in other {
        if !out.iter().any(|o| o.start < d.end && d.start < o.end) {
            out.push(d);
        }
    }
    out.sort_by_key(|d| d.start);
    out
}

/// Every personal detail in `text`, whoever's it is (the shop's own contacts
/// included): what an anonymised export must not keep. (start, end, what).
pub fn every_detail(text: &str) -> Vec<(usize, usize, DetailKind)> {
    let t = Text::new(text);
    let rules = super::rules::CompiledRules::builtin();
    let mut out: Vec<Detail> = contacts(&t).into_iter().map(|c| c.detail).collect();
    references(&t, &mut out);
    amounts(&t, &mut out);
    addresses(&t, &rules.street, &mut out);
    full_names(&t, &rules.stopwords, &mut out);
    out.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
    out.into_iter().map(|d| (d.start, d.end, d.kind)).collect()
}

#[cfg(test)]
#[path = "personal_data_tests.rs"]
mod tests;
