//! The recurring alarm: when a category or root cause has come up
//! `alarm_count` times within `alarm_days` (the playbook's `[patterns]`),
//! say so on the diagnosis step and in `heard review ID`, with the earlier
//! cases and their fixes — "6th 'shipping damage' case in 30 days; fix
//! 'double-box mugs', owned by Sam, done 12 Nov — it has not held". Windows
//! count by the reviews' dates. Pure: everything is passed in.

use std::collections::BTreeSet;

use time::{Duration, OffsetDateTime};

use super::action::{ActionStatus, action_of};
use super::case::Case;
use super::diagnosis::Diagnosis;
use super::patterns::{PatternRules, case_time, category_key, words};

/// What the alarm needs to know of an earlier diagnosed case. Kept in the
/// inbox index too, so opening a case reads no other case's files.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Precedent {
    pub case_id: String,
    /// The review's time.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Lower-case, spaces collapsed.
    pub category: String,
    pub root_cause: Option<String>,
    pub cause_words: BTreeSet<String>,
    pub fix: String,
    pub owner: String,
    pub status: ActionStatus,
    /// When its fix was marked done, if it is (still) done or verified.
    #[serde(with = "time::serde::rfc3339::option")]
    pub done_at: Option<OffsetDateTime>,
}

impl Precedent {
    /// A diagnosed case as a precedent (None without a diagnosis).
    pub fn of(case: &Case) -> Option<Precedent> {
        // A practice diagnosis is made up: it never raises a real alarm.
        let d = case
            .diagnosis
            .as_ref()
            .filter(|_| case.practice.is_none())?;
        let action = action_of(case);
        let mut p = Precedent::from_diagnosis(&case.id, case_time(case), d);
        if let Some(a) = action {
            p.status = a.status;
            p.done_at = a.done_at;
        }
        Some(p)
    }

    /// A diagnosis that is still being typed (the walk's step) as one.
    pub fn from_diagnosis(id: &str, at: OffsetDateTime, d: &Diagnosis) -> Precedent {
        let root = d.root_cause().map(str::to_string);
        Precedent {
            case_id: id.to_string(),
            at,
            category: category_key(&d.category),
            cause_words: root
                .as_deref()
                .map(words::content_words)
                .unwrap_or_default(),
            root_cause: root,
            fix: d.process_fix.trim().to_string(),
            owner: d.owner.trim().to_string(),
            status: ActionStatus::Open,
            done_at: None,
        }
    }
}

/// Whether two cases share a cause: their root causes' words overlap
/// strongly, or — when either has no root cause — their category is one.
pub fn same_cause(a: &Precedent, b: &Precedent) -> bool {
    if a.cause_words.is_empty() || b.cause_words.is_empty() {
        return !a.category.is_empty() && a.category == b.category;
    }
    words::jaccard(&a.cause_words, &b.cause_words) >= words::SAME_CAUSE
}

/// What keeps recurring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recurring {
    Category(String),
    RootCause(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    pub what: Recurring,
    /// This case is the `nth` of its kind in the window.
    pub nth: usize,
    pub days: u32,
    /// The other cases in the window, oldest first.
    pub earlier: Vec<Precedent>,
    /// The time of the case the alarm is about.
    pub at: OffsetDateTime,
}

/// The alarms for the diagnosis `d` of case `id` reviewed `at`, among
/// `history` (other cases; `id` itself is ignored there): the root cause
/// first, then the category, each only when it reached `alarm_count`.
pub fn alarms(
    id: &str,
    at: OffsetDateTime,
    d: &Diagnosis,
    history: &[Precedent],
    rules: &PatternRules,
) -> Vec<Alarm> {
    let me = Precedent::from_diagnosis(id, at, d);
    let from = at - Duration::days(i64::from(rules.alarm_days));
    let window: Vec<&Precedent> = history
        .iter()
        .filter(|p| p.case_id != id && p.at >= from && p.at <= at)
        .collect();
    let mut out = Vec::new();
    if let Some(root) = me.root_cause.clone().filter(|_| !me.cause_words.is_empty()) {
        // Grouped as the report groups (chains of similar wordings), so the
        // alarm and `heard patterns` count the same cases.
        let mut texts: Vec<&str> = vec![&root];
        texts.extend(window.iter().map(|p| p.root_cause.as_deref().unwrap_or("")));
        let mine = words::group(&texts).into_iter().find(|g| g.contains(&0));
        let earlier: Vec<Precedent> = mine
            .unwrap_or_default()
            .into_iter()
            .filter(|i| *i > 0)
            .map(|i| window[i - 1].clone())
            .collect();
        out.extend(alarm_of(Recurring::RootCause(root), earlier, rules, at));
    }
    if !me.category.is_empty() {
        let earlier: Vec<Precedent> = window
            .iter()
            .filter(|p| p.category == me.category)
            .map(|p| (*p).clone())
            .collect();
        // The category only adds news when it holds cases the root cause
        // alarm does not already list.
        let listed = |p: &Precedent| {
            out.iter()
                .any(|a: &Alarm| a.earlier.iter().any(|e| e.case_id == p.case_id))
        };
        if !earlier.iter().all(listed) {
            let what = Recurring::Category(me.category.clone());
            out.extend(alarm_of(what, earlier, rules, at));
        }
    }
    out
}

fn alarm_of(
    what: Recurring,
    mut earlier: Vec<Precedent>,
    rules: &PatternRules,
    at: OffsetDateTime,
) -> Option<Alarm> {
    let nth = earlier.len() + 1;
    if nth < rules.alarm_count as usize {
        return None;
    }
    earlier.sort_by(|a, b| a.at.cmp(&b.at).then(a.case_id.cmp(&b.case_id)));
    Some(Alarm {
        what,
        nth,
        days: rules.alarm_days,
        earlier,
        at,
    })
}

impl Alarm {
    /// The earlier fix to name: the latest one that was done before this
    /// case (so it has not held), else the latest one given.
    pub fn fix_to_name(&self) -> Option<(&Precedent, bool)> {
        let done_before = self
            .earlier
            .iter()
            .rev()
            .find(|p| p.done_at.is_some_and(|d| d <= self.at) && !p.fix.is_empty());
        if let Some(p) = done_before {
            return Some((p, true));
        }
        self.earlier
            .iter()
            .rev()
            .find(|p| !p.fix.is_empty())
            .map(|p| (p, false))
    }
}

#[cfg(test)]
#[path = "alarm_tests.rs"]
mod tests;
