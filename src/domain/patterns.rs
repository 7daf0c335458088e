//! Patterns across cases (seed 002: "we get this ALL THE TIME"): which
//! causes keep coming back, how fast replies go out against the playbook's
//! deadline, how follow-ups end, which coach findings the team keeps
//! getting, and whether replying gets less stressful. Pure: a function of
//! the cases and a time passed in. Every group names the case ids behind
//! it, so a number can always be traced to the cases that make it.
//!
//! Blameless by construction: nothing here names who wrote a reply; the
//! owners that appear are the owners of process fixes.
//!
//! The JSON form of [`Report`] is a contract for scripts (keys may be
//! added, never renamed); see README "heard patterns --json".

pub mod words;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::case::Case;
use super::follow_up::FollowUpOutcome;

#[cfg(test)]
mod outcome_tests;
pub mod outcomes;
pub mod report;
#[cfg(test)]
pub(crate) mod tests;

pub use report::{Report, report};

/// The playbook's `[patterns]` table: when a cause counts as recurring,
/// and how long a process fix may take by default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternRules {
    /// The alarm sounds when a category or root cause has come up this many
    /// times (this case included) …
    #[serde(default = "default_alarm_count")]
    pub alarm_count: u32,
    /// … within this many days (by the reviews' dates). It is also the
    /// window after a fix was done in which the cause must not come back
    /// for the fix to count as verified.
    #[serde(default = "default_alarm_days")]
    pub alarm_days: u32,
    /// Days from the diagnosis by which a process fix is due.
    #[serde(default = "default_action_days")]
    pub action_days: u32,
}

fn default_alarm_count() -> u32 {
    3
}
fn default_alarm_days() -> u32 {
    30
}
fn default_action_days() -> u32 {
    14
}

impl Default for PatternRules {
    fn default() -> PatternRules {
        PatternRules {
            alarm_count: default_alarm_count(),
            alarm_days: default_alarm_days(),
            action_days: default_action_days(),
        }
    }
}

impl PatternRules {
    /// Left out of a stored playbook when default, so cases created before
    /// `[patterns]` existed read back the same.
    pub fn is_default(&self) -> bool {
        *self == PatternRules::default()
    }

    /// Rules a well-typed table must still meet.
    pub fn validate(&self) -> Result<(), PatternsProblem> {
        if self.alarm_count < 2 {
            return Err(PatternsProblem::AlarmCountBelowTwo);
        }
        if self.alarm_days == 0 || self.action_days == 0 {
            return Err(PatternsProblem::ZeroDays);
        }
        Ok(())
    }
}

/// What is wrong with a playbook's `[patterns]` (worded by
/// `present::playbook`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternsProblem {
    AlarmCountBelowTwo,
    /// `alarm_days` or `action_days` is zero.
    ZeroDays,
}

/// Which cases a report looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Only reviews received on or after this day (UTC).
    pub since: Option<Date>,
    /// Only reviews from this platform (compared without case).
    pub platform: Option<String>,
}

impl Scope {
    pub fn includes(&self, case: &Case) -> bool {
        let day = case
            .review
            .received_at
            .to_offset(time::UtcOffset::UTC)
            .date();
        // Practice is training on made-up reviews, not the shop's record.
        case.practice.is_none()
            && self.since.is_none_or(|s| day >= s)
            && self
                .platform
                .as_deref()
                .is_none_or(|p| platform_key(&case.review.platform) == platform_key(p))
    }
}

/// A platform as grouped: "Google " and "google" are one.
pub fn platform_key(p: &str) -> String {
    p.trim().to_lowercase()
}

/// A category as grouped: case and spacing do not matter.
pub fn category_key(c: &str) -> String {
    c.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// When a case happened, for windows and trends: the review's own time.
pub fn case_time(case: &Case) -> OffsetDateTime {
    case.review.received_at
}

/// "2026-11" for a time (UTC).
pub fn month_of(t: OffsetDateTime) -> String {
    let d = t.to_offset(time::UtcOffset::UTC).date();
    format!("{:04}-{:02}", d.year(), d.month() as u8)
}

/// "2026-11-12" for a time (UTC).
pub fn day_of(t: OffsetDateTime) -> String {
    let d = t.to_offset(time::UtcOffset::UTC).date();
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

/// Hours from the review to the reply going out (never negative), for
/// sent cases.
pub fn response_hours(case: &Case) -> Option<f64> {
    let sent = case.sent.as_ref()?;
    let secs = (sent.at - case.review.received_at).whole_seconds().max(0);
    Some(secs as f64 / 3600.0)
}

/// The middle value (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// The mean, rounded to two decimals; `None` for no values.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| round(values.iter().sum::<f64>() / values.len() as f64, 2))
}

/// `part / whole`, rounded to three decimals; `None` when nothing to share.
pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| round(part as f64 / whole as f64, 3))
}

pub fn round(x: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (x * f).round() / f
}

/// How a sent case's follow-up ended, by its latest record.
pub fn latest_outcome(case: &Case) -> Option<FollowUpOutcome> {
    case.follow_ups.last().map(|f| f.outcome)
}

/// Case ids of `cases`, in the given order.
pub fn ids(cases: &[&Case]) -> Vec<String> {
    cases.iter().map(|c| c.id.clone()).collect()
}

/// Group cases by a key (cases without one are left out), biggest group
/// first, then by key.
pub fn by_key<'a, K: Ord + Clone>(
    cases: &[&'a Case],
    key: impl Fn(&Case) -> Option<K>,
) -> Vec<(K, Vec<&'a Case>)> {
    let mut map: BTreeMap<K, Vec<&Case>> = BTreeMap::new();
    for c in cases {
        if let Some(k) = key(c) {
            map.entry(k).or_default().push(c);
        }
    }
    let mut out: Vec<(K, Vec<&Case>)> = map.into_iter().collect();
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    out
}
