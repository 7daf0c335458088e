//! The coach's rules: what a playbook's `[coach]` table may say, the
//! built-in phrase set (`default_rules.toml`, compiled in), and the compiled
//! form every check runs on.

use super::finding::{Category, Severity};
use super::phrases::{List, Matcher, PhraseError};
use super::shop::ReplyKind;
use super::structure::stem;
use super::text::{FxMap, FxSet};
use super::word_tags::WordSet;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock, Mutex};

/// Categories that block sending when a playbook does not say.
pub const DEFAULT_BLOCK: &[Category] = &[
    Category::NoApology,
    Category::Blame,
    Category::Defensive,
    Category::PublicDetails,
    Category::Shouting,
    Category::AsksRemoval,
    Category::Placeholder,
    // Threats, sarcasm and contempt are never fine to send.
    Category::NegativeTone,
];

/// Categories shown as tips when a playbook does not say. Everything else
/// is a warning.
pub const DEFAULT_TIP: &[Category] = &[Category::NoThanks];

/// The coach's settings in a playbook (`[coach]`). Every key is optional:
/// a playbook without `[coach]` gets the built-in behaviour.
///
/// ```toml
/// [coach]
/// block = ["blame", "defensive", "shouting"]   # which categories stop sending
/// tip = ["no-thanks", "generic"]               # shown as tips; the rest warn
/// off = ["risky-promise"]                      # not checked at all
/// kind = "positive"                            # a thank-you (default "complaint")
/// replace_defaults = false                     # true: only the phrases below
/// [coach.groups]
/// carrier = ["parcelforce"]                    # added to the built-in group
/// [coach.phrases]
/// blame = ["the packer"]                       # added to the built-in list
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoachRules {
    /// Finding categories that block sending (absent: [`DEFAULT_BLOCK`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<Vec<Category>>,
    /// Categories reported as tips (absent: [`DEFAULT_TIP`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tip: Option<Vec<Category>>,
    /// Categories not checked at all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub off: Vec<Category>,
    /// What the replies answer: complaints, or 4–5 star reviews
    /// (`"positive"`: thanks, something specific, an invitation back; no
    /// apology, choices or contact required).
    #[serde(default, skip_serializing_if = "is_complaint")]
    pub kind: ReplyKind,
    /// Use only this playbook's groups and phrases, not the built-in
    /// English set (for another language).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub replace_defaults: bool,
    /// Word groups usable as `{name}` in phrases; entries add to built-ins.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub groups: BTreeMap<String, Vec<String>>,
    /// Phrase lists; entries add to the built-ins.
    #[serde(default, skip_serializing_if = "PhraseLists::is_empty")]
    pub phrases: PhraseLists,
}

fn is_complaint(k: &ReplyKind) -> bool {
    k.is_complaint()
}

/// Every phrase list, by the key used in TOML. Unknown keys are refused, so a
/// typo cannot silently switch a check off.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PhraseLists {
    // Phrases that raise a finding of the category of the same name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blame: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub defensive: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risky_promise: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asks_removal: Vec<String>,
    /// Checked in the review, not the drafts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_risk: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub negative_tone: Vec<String>,
    /// Public reply only: arguing the case in public.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub public_details: Vec<String>,
    // Markers whose presence satisfies a check.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apology: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub empathy: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thanks: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contact: Vec<String>,
    /// Concrete options; each entry counts once towards `min_choices`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choice: Vec<String>,
    /// Money and compensation, checked against the chosen options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub money: Vec<String>,
    /// Sets of words that count as the same for `generic`, space-separated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synonyms: Vec<String>,
    // Single words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub negation: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contrast: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acronyms: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stopwords: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub street: Vec<String>,
}

impl PhraseLists {
    pub fn is_empty(&self) -> bool {
        *self == PhraseLists::default()
    }

    fn phrase_lists(&self) -> [(List, &Vec<String>); 13] {
        [
            (List::Blame, &self.blame),
            (List::Defensive, &self.defensive),
            (List::RiskyPromise, &self.risky_promise),
            (List::AsksRemoval, &self.asks_removal),
            (List::LegalRisk, &self.legal_risk),
            (List::NegativeTone, &self.negative_tone),
            (List::PublicDetails, &self.public_details),
            (List::Apology, &self.apology),
            (List::Empathy, &self.empathy),
            (List::Thanks, &self.thanks),
            (List::Contact, &self.contact),
            (List::Choice, &self.choice),
            (List::Money, &self.money),
        ]
    }
}

/// The built-in rule data: `default_rules.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleData {
    groups: BTreeMap<String, Vec<String>>,
    phrases: PhraseLists,
    /// Built-in phrases whose wording is not certain: they warn, never block.
    #[serde(default)]
    warn_only: PhraseLists,
    /// Where `warn_only` takes a whole list (`"*"`), the phrases of it whose
    /// wording is certain: they block.
    #[serde(default)]
    stated: PhraseLists,
}

pub const DEFAULT_RULES_TOML: &str = include_str!("default_rules.toml");

static DEFAULT_DATA: LazyLock<RuleData> =
    LazyLock::new(|| crate::domain::built_in::data(DEFAULT_RULES_TOML));

/// A rule that cannot be compiled (`present::coach` words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RulesError {
    Phrase(PhraseError),
}

impl From<PhraseError> for RulesError {
    fn from(e: PhraseError) -> RulesError {
        RulesError::Phrase(e)
    }
}

/// Rules ready to run: every phrase list in one index, word sets hashed,
/// severities resolved. Build once per playbook and reuse; [`super::check`]
/// does this for you and keeps the last few.
#[derive(Debug)]
pub struct CompiledRules {
    pub(crate) severity: [Option<Severity>; Category::ALL.len()],
    pub(crate) kind: ReplyKind,
    pub(crate) matcher: Matcher,
    pub(crate) negation: WordSet,
    pub(crate) contrast: WordSet,
    pub(crate) acronyms: WordSet,
    pub(crate) stopwords: WordSet,
    pub(crate) street: WordSet,
    /// Stem → the stem of the first word of its synonym set.
    pub(crate) synonyms: FxMap<Box<str>, Box<str>>,
    /// The built-in phrases (list, source) that warn only.
    pub(crate) warn_only: FxSet<(List, u32)>,
}

/// The built-in phrases of `base` listed in `warned` (by list and index);
/// `"*"` in a list of `warned` takes every phrase of it but those `stated`.
fn warn_only_sources(
    base: &PhraseLists,
    warned: &PhraseLists,
    stated: &PhraseLists,
) -> FxSet<(List, u32)> {
    let mut out = FxSet::default();
    let lists = base.phrase_lists().into_iter().zip(warned.phrase_lists());
    for (((list, builtin), (_, warned)), (_, stated)) in lists.zip(stated.phrase_lists()) {
        let all = warned.iter().any(|p| p == "*");
        for (source, phrase) in builtin.iter().enumerate() {
            if warned.contains(phrase) || (all && !stated.contains(phrase)) {
                out.insert((list, source as u32));
            }
        }
    }
    out
}

/// Phrases listed as warn-only that are not in the built-in lists (a typo
/// would leave the phrase blocking).
#[cfg(test)]
pub(super) fn unknown_warn_only() -> Vec<String> {
    let base = &DEFAULT_DATA.phrases;
    let mut out = Vec::new();
    for listed in [&DEFAULT_DATA.warn_only, &DEFAULT_DATA.stated] {
        for ((_, builtin), (list, named)) in
            base.phrase_lists().into_iter().zip(listed.phrase_lists())
        {
            out.extend(
                named
                    .iter()
                    .filter(|p| *p != "*" && !builtin.contains(p))
                    .map(|p| format!("{list:?}: {p}")),
            );
        }
    }
    out
}

fn word_set<'a>(lists: impl IntoIterator<Item = &'a Vec<String>>) -> WordSet {
    lists
        .into_iter()
        .flatten()
        .map(|w| w.trim().to_lowercase().replace('\u{2019}', "'").into())
        .collect()
}

fn synonym_map<'a>(lists: impl IntoIterator<Item = &'a Vec<String>>) -> FxMap<Box<str>, Box<str>> {
    let mut map = FxMap::default();
    for set in lists.into_iter().flatten() {
        let lower = set.to_lowercase();
        let mut words = lower.split_whitespace();
        let Some(first) = words.next() else {
            continue;
        };
        let canon: Box<str> = stem(first).into();
        for w in std::iter::once(first).chain(words) {
            map.entry(stem(w).into()).or_insert_with(|| canon.clone());
        }
    }
    map
}

impl CompiledRules {
    pub fn new(rules: &CoachRules) -> Result<CompiledRules, RulesError> {
        let empty = PhraseLists::default();
        let (base_groups, base) = if rules.replace_defaults {
            (BTreeMap::new(), &empty)
        } else {
            (DEFAULT_DATA.groups.clone(), &DEFAULT_DATA.phrases)
        };
        let mut groups = base_groups;
        for (name, entries) in &rules.groups {
            groups
                .entry(name.clone())
                .or_default()
                .extend(entries.iter().cloned());
        }
        let mut matcher = Matcher::default();
        for ((list, builtin), (_, extra)) in base
            .phrase_lists()
            .into_iter()
            .zip(rules.phrases.phrase_lists())
        {
            for (source, phrase) in builtin.iter().chain(extra).enumerate() {
                matcher.add(list, source as u32, phrase, &groups)?;
            }
        }
        let p = &rules.phrases;
        let block = rules.block.as_deref().unwrap_or(DEFAULT_BLOCK);
        let tip = rules.tip.as_deref().unwrap_or(DEFAULT_TIP);
        let mut severity = [Some(Severity::Warn); Category::ALL.len()];
        for c in Category::ALL {
            severity[c.index()] = if rules.off.contains(&c) {
                None
            } else if block.contains(&c) {
                Some(Severity::Block)
            } else if tip.contains(&c) {
                Some(Severity::Tip)
            } else {
                Some(Severity::Warn)
            };
        }
        Ok(CompiledRules {
            severity,
            kind: rules.kind,
            matcher,
            negation: word_set([&base.negation, &p.negation]),
            contrast: word_set([&base.contrast, &p.contrast]),
            acronyms: word_set([&base.acronyms, &p.acronyms]),
            stopwords: word_set([&base.stopwords, &p.stopwords]),
            street: word_set([&base.street, &p.street]),
            synonyms: synonym_map([&base.synonyms, &p.synonyms]),
            warn_only: if rules.replace_defaults {
                FxSet::default()
            } else {
                warn_only_sources(base, &DEFAULT_DATA.warn_only, &DEFAULT_DATA.stated)
            },
        })
    }

    /// The built-in rules, compiled once.
    pub fn builtin() -> Arc<CompiledRules> {
        static BUILTIN: LazyLock<Arc<CompiledRules>> =
            LazyLock::new(|| Arc::new(compiled_or_panic(&CoachRules::default())));
        BUILTIN.clone()
    }

    /// Compiled rules for `rules`, from a small cache (the live panel checks
    /// on every keystroke with the same playbook). Rules that do not compile
    /// fall back to the built-in phrases with the playbook's severities;
    /// [`CoachRules::validate`] reports the error when the playbook loads.
    pub fn cached(rules: &CoachRules) -> Arc<CompiledRules> {
        if *rules == CoachRules::default() {
            return CompiledRules::builtin();
        }
        static CACHE: Mutex<Vec<(CoachRules, Arc<CompiledRules>)>> = Mutex::new(Vec::new());
        let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(pos) = cache.iter().position(|(r, _)| r == rules) {
            let hit = cache.remove(pos);
            let out = hit.1.clone();
            cache.push(hit);
            return out;
        }
        let compiled = Arc::new(CompiledRules::new(rules).unwrap_or_else(|_| {
            let fallback = CoachRules {
                groups: BTreeMap::new(),
                phrases: PhraseLists::default(),
                replace_defaults: false,
                ..rules.clone()
            };
            compiled_or_panic(&fallback)
        }));
        if cache.len() >= 4 {
            cache.remove(0);
        }
        cache.push((rules.clone(), compiled.clone()));
        compiled
    }

    pub fn severity(&self, c: Category) -> Option<Severity> {
        self.severity[c.index()]
    }
}

/// Rules built from the built-in phrases, which are tested to compile: a
/// failure is a bug in heard, so it panics with the error, as
/// `built_in::regex` does.
fn compiled_or_panic(rules: &CoachRules) -> CompiledRules {
    match CompiledRules::new(rules) {
        Ok(c) => c,
        Err(e) => panic!("{e:?}"),
    }
}

impl CoachRules {
    /// Checks that every phrase compiles (call when a playbook loads).
    /// Only a playbook's own groups and phrases can fail; the built-in set
    /// is known to compile, so a playbook without them costs nothing here.
    pub fn validate(&self) -> Result<(), RulesError> {
        if self.groups.is_empty() && self.phrases.is_empty() && !self.replace_defaults {
            return Ok(());
        }
        CompiledRules::new(self).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_parse_and_compile() {
        let c = CompiledRules::new(&CoachRules::default()).unwrap();
        assert_eq!(c.severity(Category::Blame), Some(Severity::Block));
        assert_eq!(c.severity(Category::NoThanks), Some(Severity::Tip));
        assert_eq!(c.severity(Category::Generic), Some(Severity::Warn));
        assert!(c.negation.contains("won't"));
    }

    #[test]
    fn a_playbook_table_sets_severities_and_adds_phrases() {
        let rules: CoachRules = toml::from_str(
            r#"
            block = ["generic"]
            tip = ["blame"]
            off = ["no-thanks"]
            [groups]
            carrier = ["parcelforce"]
            [phrases]
            defensive = ["as per the small print"]
            "#,
        )
        .unwrap();
        rules.validate().unwrap();
        let c = CompiledRules::cached(&rules);
        assert_eq!(c.severity(Category::Generic), Some(Severity::Block));
        assert_eq!(c.severity(Category::Blame), Some(Severity::Tip));
        assert_eq!(c.severity(Category::NoThanks), None);
        assert_eq!(c.severity(Category::Shouting), Some(Severity::Warn));
    }

    #[test]
    fn typos_are_refused() {
        assert!(toml::from_str::<CoachRules>("blok = []").is_err());
        assert!(toml::from_str::<CoachRules>("block = [\"blam\"]").is_err());
        assert!(toml::from_str::<CoachRules>("[phrases]\nblames = [\"x\"]").is_err());
        let bad: CoachRules = toml::from_str("[phrases]\nblame = [\"{nope} x\"]").unwrap();
        assert!(bad.validate().is_err());
        // Still usable: falls back to the built-in phrases.
        assert!(
            CompiledRules::cached(&bad)
                .severity(Category::Blame)
                .is_some()
        );
    }
}
