//! Real cases made into training material (seed 003: share anonymised
//! examples in training). Names become pseudonyms, the same name the same
//! pseudonym in every text of the case (review, drafts, comments); emails,
//! phone numbers, order numbers, amounts, addresses and dates become
//! numbered labels ("(phone 1)", "order #R1") that no personal-data check
//! mistakes for the real thing. Pure: the texts and names are passed in.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::coach::{DetailKind, every_detail};
use super::identity::name_key;

/// Pseudonyms, by who the person is. None is a common word a review uses.
const CUSTOMERS: &[&str] = &[
    "Alex", "Robin", "Jamie", "Casey", "Jordan", "Rowan", "Avery", "Quinn",
];
const STAFF: &[&str] = &["Sam", "Jo", "Kit", "Lou", "Pat", "Rae", "Ned", "Bea"];
const OTHERS: &[&str] = &["Chris", "Dana", "Eli", "Frankie", "Gray", "Harper"];
const SURNAMES: &[&str] = &[
    "Taylor", "Reed", "Hale", "Fisher", "Walsh", "Carter", "Doyle", "Pryce",
];

/// Who a name belongs to, which picks the list its pseudonym comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Customer,
    Staff,
    Other,
}

#[derive(Debug, Clone)]
struct Person {
    first: String,
    surname: String,
}

/// Replaces what identifies people, consistently across every text given
/// to [`Anonymiser::text`].
#[derive(Debug, Clone)]
pub struct Anonymiser {
    /// name_key of one word of a name → (person, whether it is the first word).
    words: BTreeMap<String, (usize, bool)>,
    people: Vec<Person>,
    /// (kind, the detail as normalised) → its label.
    labels: BTreeMap<(&'static str, String), String>,
    counts: BTreeMap<&'static str, usize>,
    customer: Option<usize>,
}

/// The words of a name worth replacing (initials such as "R." are not).
fn name_words(name: &str) -> Vec<&str> {
    name.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

impl Anonymiser {
    /// `customer` as the platform shows them, `staff` from the shop's config
    /// and the roster, `texts` searched for more names (greetings, sign-offs).
    pub fn new(customer: &str, staff: &[String], texts: &[&str]) -> Anonymiser {
        let mut named: Vec<(Role, String)> = vec![(Role::Customer, customer.to_string())];
        named.extend(staff.iter().map(|s| (Role::Staff, s.clone())));
        for t in texts {
            named.extend(names_in(t));
        }
        // No pseudonym may be one of the real names.
        let real: Vec<String> = named
            .iter()
            .flat_map(|(_, n)| name_words(n))
            .map(name_key)
            .collect();
        let mut a = Anonymiser {
            words: BTreeMap::new(),
            people: Vec::new(),
            labels: BTreeMap::new(),
            counts: BTreeMap::new(),
            customer: None,
        };
        let mut used: BTreeMap<&str, usize> = BTreeMap::new();
        for (role, name) in &named {
            let person = a.add(*role, name, &real, &mut used);
            if *role == Role::Customer {
                a.customer = person;
            }
        }
        a
    }

    fn add(
        &mut self,
        role: Role,
        name: &str,
        real: &[String],
        used: &mut BTreeMap<&'static str, usize>,
    ) -> Option<usize> {
        let words = name_words(name);
        let first = words.first()?;
        if let Some(&(known, _)) = self.words.get(&name_key(first)) {
            // A surname seen later joins the person already known.
            for w in &words[1..] {
                self.words.entry(name_key(w)).or_insert((known, false));
            }
            return Some(known);
        }
        let list = match role {
            Role::Customer => CUSTOMERS,
            Role::Staff => STAFF,
            Role::Other => OTHERS,
        };
        let index = self.people.len();
        self.people.push(Person {
            first: pick(list, real, used),
            surname: pick(SURNAMES, real, used),
        });
        for (k, w) in words.iter().enumerate() {
            self.words.entry(name_key(w)).or_insert((index, k == 0));
        }
        Some(index)
    }

    /// The customer's pseudonym as a platform shows it ("Alex T.").
    pub fn customer(&self, shown_as: &str) -> String {
        let Some(p) = self.customer.map(|i| &self.people[i]) else {
            return "A customer".into();
        };
        if shown_as.split_whitespace().count() > 1 {
            format!("{} {}.", p.first, &p.surname[..1])
        } else {
            p.first.clone()
        }
    }

    /// `text` with every name and personal detail replaced.
    pub fn text(&mut self, text: &str) -> String {
        let mut spans = self.detail_spans(text);
        spans.extend(self.date_spans(text));
        spans.extend(self.name_spans(text));
        spans.sort_by_key(|(s, e, _)| (*s, std::cmp::Reverse(*e)));
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (s, e, with) in spans {
            if s < at {
                continue; // inside a longer detail already replaced
            }
            out.push_str(&text[at..s]);
            out.push_str(&with);
            at = e;
        }
        out.push_str(&text[at..]);
        out
    }

    fn label(&mut self, kind: &'static str, original: &str) -> String {
        let key = (kind, normalise(kind, original));
        if let Some(l) = self.labels.get(&key) {
            return l.clone();
        }
        let n = self.counts.entry(kind).or_insert(0);
        *n += 1;
        let label = match kind {
            "order" => format!("R{n}"),
            _ => format!("({kind} {n})"),
        };
        self.labels.insert(key, label.clone());
        label
    }

    fn detail_spans(&mut self, text: &str) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        for (s, e, what) in every_detail(text) {
            let kind = match what {
                DetailKind::Email => "email",
                DetailKind::Phone => "phone",
                DetailKind::OrderNumber => "order",
                DetailKind::Amount => "amount",
                DetailKind::Address => "address",
                // Full names are people: found by `names_in`, replaced by name.
                DetailKind::FullName => continue,
            };
            // The coach marks "£5" of "£5.95"; the pence go too.
            let e = if kind == "amount" {
                with_decimals(text, e)
            } else {
                e
            };
            let original = &text[s..e];
            let hash = original.starts_with('#');
            let label = self.label(kind, original.trim_start_matches('#'));
            out.push((s, e, if hash { format!("#{label}") } else { label }));
        }
        out
    }

    fn date_spans(&mut self, text: &str) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        for re in DATES.iter() {
            for m in re.find_iter(text) {
                let label = self.label("date", m.as_str());
                out.push((m.start(), m.end(), label));
            }
        }
        out
    }

    /// Words of known names; a first name followed by the same person's
    /// surname becomes the first pseudonym alone (a full name in a text is
    /// exactly what a personal-data check looks for).
    fn name_spans(&self, text: &str) -> Vec<(usize, usize, String)> {
        let mut out: Vec<(usize, usize, String)> = Vec::new();
        let mut last: Option<(usize, bool)> = None;
        for (s, e) in alphabetic_words(text) {
            // Names are written with a capital: "will" is not Will.
            let capital = text[s..].starts_with(char::is_uppercase);
            let found = capital
                .then(|| self.words.get(&name_key(&text[s..e])))
                .flatten();
            let Some(&(person, is_first)) = found else {
                last = None;
                continue;
            };
            let p = &self.people[person];
            if let (Some((prev, true)), Some(prev_span)) = (last, out.last_mut())
                && prev == person
                && text[prev_span.1..s].trim().is_empty()
                && !text[prev_span.1..s].contains('\n')
            {
                prev_span.1 = e;
                last = Some((person, false));
                continue;
            }
            let with = if is_first { &p.first } else { &p.surname };
            out.push((title_before(text, s), e, with.clone()));
            last = Some((person, is_first));
        }
        out
    }
}

/// Where a title before a name starts ("Mr " in "Dear Mr Hughes"), else
/// `at`: the title goes with the name, since a greeting, a title and a
/// capitalised word read as a full name to any personal-data check.
fn title_before(text: &str, at: usize) -> usize {
    let before = text[..at].trim_end_matches([' ', '\t']);
    let before = before.strip_suffix('.').unwrap_or(before);
    ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"]
        .iter()
        .find(|t| {
            before.ends_with(*t)
                && !before[..before.len() - t.len()].ends_with(char::is_alphanumeric)
                && before.len() < at
        })
        .map_or(at, |t| before.len() - t.len())
}

/// The next entry of `list` not yet used and not a real name (after a
/// whole round, with a letter added: "Alexe").
fn pick(
    list: &'static [&'static str],
    real: &[String],
    used: &mut BTreeMap<&'static str, usize>,
) -> String {
    let n = used.entry(list[0]).or_insert(0);
    loop {
        let (candidate, round) = (list[*n % list.len()], *n / list.len());
        *n += 1;
        if round == 0 && real.contains(&name_key(candidate)) {
            continue;
        }
        return format!("{candidate}{}", "e".repeat(round));
    }
}

/// The end of a number that goes on with ".95" or ",250".
fn with_decimals(text: &str, mut end: usize) -> usize {
    let b = text.as_bytes();
    while end + 1 < b.len() && matches!(b[end], b'.' | b',') && b[end + 1].is_ascii_digit() {
        end += 1;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
    }
    end
}

fn normalise(kind: &str, original: &str) -> String {
    match kind {
        "phone" => original.chars().filter(char::is_ascii_digit).collect(),
        _ => original
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
    }
}

/// (start, end) of each run of letters (and inner apostrophes are breaks:
/// "Sarah's" holds the word "Sarah").
fn alphabetic_words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

static DATES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"\b\d{4}-\d{1,2}-\d{1,2}\b".to_string(),
        r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b".to_string(),
        format!(r"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b(?:,?\s+\d{{4}})?"),
        format!(r"(?i)\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"),
    ]
    .iter()
    .map(|p| super::built_in::regex(p))
    .collect()
});

/// Words that follow "Hi" or close a letter but are not names.
const NOT_NAMES: &[&str] = &[
    "there",
    "team",
    "all",
    "everyone",
    "again",
    "so",
    "for",
    "you",
    "guys",
    "folks",
    "sir",
    "madam",
    "the",
    "and",
    "from",
    "everybody",
    "very",
    "much",
    "customer",
    "manager",
    "owner",
];

static GREETING: LazyLock<Regex> = LazyLock::new(|| {
    super::built_in::regex(
        r"(?:\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Tt]hanks|[Tt]hank you|[Mm]y name is|[Aa]sk for),?[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)(\p{Lu}\p{Ll}+)(?:[ \t]+(\p{Lu}\p{Ll}+))?",
    )
});

static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    super::built_in::regex(
        r"(?m)^(?i:warmly|best|regards|kind regards|best wishes|thanks|thank you|cheers|sincerely|all the best|many thanks|yours|yours sincerely|with thanks)[,.!]?[ \t]*\n+[ \t]*(\p{Lu}\p{Ll}+)(?:[ \t]+(\p{Lu}\p{Ll}+))?",
    )
});

/// Names a text gives away: after a greeting or title, under a sign-off.
/// A sign-off is someone at the shop; a greeting could be anyone.
pub fn names_in(text: &str) -> Vec<(Role, String)> {
    let mut out = Vec::new();
    for (re, role) in [(&*SIGN_OFF, Role::Staff), (&*GREETING, Role::Other)] {
        for c in re.captures_iter(text) {
            let words: Vec<&str> = [c.get(1), c.get(2)]
                .into_iter()
                .flatten()
                .map(|m| m.as_str())
                .take_while(|w| !NOT_NAMES.contains(&w.to_lowercase().as_str()))
                .collect();
            if !words.is_empty() {
                out.push((role, words.join(" ")));
            }
        }
    }
    out
}

#[path = "anonymise_case.rs"]
mod case_export;
pub use case_export::{ExportRefusal, scenario};

#[cfg(test)]
#[path = "anonymise_tests.rs"]
mod tests;
