//! The parts of the report about what happened after the diagnosis:
//! response times, follow-ups, coach findings, check-ins and the fixes.

use std::collections::BTreeMap;

use serde::Serialize;
use time::OffsetDateTime;

use super::report::{Group, groups};
use super::{case_time, ids, latest_outcome, mean, median, month_of, response_hours, round, share};
use crate::domain::action::{Action, ActionStatus, action_of};
use crate::domain::case::Case;
use crate::domain::deadline::{deadline, overdue};
use crate::domain::follow_up::FollowUpOutcome;
use crate::domain::gate::cooldown_length;

/// The process fixes of the cases in scope, by status (case ids).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actions {
    pub open: Vec<String>,
    pub done: Vec<String>,
    pub verified: Vec<String>,
    pub dropped: Vec<String>,
    /// Open and past their due date.
    pub overdue: Vec<String>,
}

/// Response time from the review's time to the reply being sent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Response {
    pub sent: usize,
    pub median_hours: Option<f64>,
    /// Shares (0–1) of sent cases answered within 24 h, 48 h, and within
    /// their own playbook's `response_deadline_hours`.
    pub within_24h: Option<f64>,
    pub within_48h: Option<f64>,
    pub within_deadline: Option<f64>,
    /// Sent after their deadline.
    pub late_case_ids: Vec<String>,
    /// Not sent, and the deadline has passed.
    pub overdue_case_ids: Vec<String>,
}

/// How follow-ups ended: the service-recovery picture.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FollowUps {
    pub sent: usize,
    /// Sent cases with a follow-up recorded (latest outcome counts).
    pub followed_up: usize,
    pub resolved: Vec<String>,
    pub review_updated: Vec<String>,
    pub no_answer: Vec<String>,
    pub other: Vec<String>,
    /// Sent, no follow-up recorded yet.
    pub awaiting: Vec<String>,
    /// (resolved + review updated) / followed up.
    pub recovery_rate: Option<f64>,
}

/// First check-in against the check-in at the debrief.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckIns {
    /// Cases with both a first and a debrief check-in.
    pub pairs: usize,
    pub before_mean: Option<f64>,
    pub after_mean: Option<f64>,
    pub calmer: Vec<String>,
    pub same: Vec<String>,
    pub more_upset: Vec<String>,
    /// Mean cool-down length (minutes) the check-ins set, per month.
    pub cooldown_minutes_by_month: BTreeMap<String, f64>,
}

pub fn actions(cases: &[&Case], now: OffsetDateTime) -> Actions {
    let all: Vec<Action> = cases.iter().filter_map(|c| action_of(c)).collect();
    let with = |s: ActionStatus| -> Vec<String> {
        all.iter()
            .filter(|a| a.status == s)
            .map(|a| a.id.clone())
            .collect()
    };
    Actions {
        open: with(ActionStatus::Open),
        done: with(ActionStatus::Done),
        verified: with(ActionStatus::Verified),
        dropped: with(ActionStatus::Dropped),
        overdue: all
            .iter()
            .filter(|a| a.overdue(now))
            .map(|a| a.id.clone())
            .collect(),
    }
}

pub fn response(cases: &[&Case], now: OffsetDateTime) -> Response {
    let sent: Vec<(&Case, f64)> = cases
        .iter()
        .filter_map(|c| Some((*c, response_hours(c)?)))
        .collect();
    let within = |h: f64| sent.iter().filter(|(_, x)| *x <= h).count();
    let late: Vec<&Case> = sent
        .iter()
        .filter(|(c, _)| c.sent.as_ref().is_some_and(|s| s.at > deadline(c)))
        .map(|(c, _)| *c)
        .collect();
    let hours: Vec<f64> = sent.iter().map(|(_, h)| *h).collect();
    let overdue_cases: Vec<&Case> = cases.iter().copied().filter(|c| overdue(c, now)).collect();
    Response {
        sent: sent.len(),
        median_hours: median(&hours).map(|h| round(h, 1)),
        within_24h: share(within(24.0), sent.len()),
        within_48h: share(within(48.0), sent.len()),
        within_deadline: share(sent.len() - late.len(), sent.len()),
        late_case_ids: ids(&late),
        overdue_case_ids: ids(&overdue_cases),
    }
}

pub fn follow_ups(cases: &[&Case]) -> FollowUps {
    let sent: Vec<&Case> = cases.iter().copied().filter(|c| c.sent.is_some()).collect();
    let with = |o: FollowUpOutcome| -> Vec<String> {
        let cs: Vec<&Case> = sent
            .iter()
            .copied()
            .filter(|c| latest_outcome(c) == Some(o))
            .collect();
        ids(&cs)
    };
    let awaiting: Vec<&Case> = sent
        .iter()
        .copied()
        .filter(|c| c.follow_ups.is_empty())
        .collect();
    let (resolved, updated) = (
        with(FollowUpOutcome::Resolved),
        with(FollowUpOutcome::ReviewUpdated),
    );
    let followed_up = sent.len() - awaiting.len();
    FollowUps {
        sent: sent.len(),
        followed_up,
        recovery_rate: share(resolved.len() + updated.len(), followed_up),
        resolved,
        review_updated: updated,
        no_answer: with(FollowUpOutcome::NoAnswer),
        other: with(FollowUpOutcome::Other),
        awaiting: ids(&awaiting),
    }
}

/// Coach finding categories on the cases' current drafts: in how many
/// cases each came up. The team's, never a person's.
pub fn coach(cases: &[&Case]) -> Vec<Group> {
    let mut map: BTreeMap<String, Vec<&Case>> = BTreeMap::new();
    for c in cases {
        let Some(report) = c.coach_report() else {
            continue;
        };
        let mut seen: Vec<&str> = report
            .findings
            .iter()
            .map(|f| f.category.as_str())
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for cat in seen {
            map.entry(cat.to_string()).or_default().push(c);
        }
    }
    let mut grouped: Vec<(String, Vec<&Case>)> = map.into_iter().collect();
    grouped.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    groups(grouped)
}

pub fn check_ins(cases: &[&Case]) -> CheckIns {
    let pairs: Vec<(&Case, u8, u8)> = cases
        .iter()
        .filter_map(|c| {
            let (_, before) = c.debrief.before.as_ref()?;
            let (_, after) = c.debrief.after.as_ref()?;
            Some((*c, *before, *after))
        })
        .collect();
    let pick = |f: fn(u8, u8) -> bool| -> Vec<String> {
        pairs
            .iter()
            .filter(|(_, b, a)| f(*b, *a))
            .map(|(c, _, _)| c.id.clone())
            .collect()
    };
    let mut cooldowns: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for c in cases.iter().filter(|c| !c.preparation.check_ins.is_empty()) {
        let minutes = cooldown_length(c).whole_minutes() as f64;
        cooldowns
            .entry(month_of(case_time(c)))
            .or_default()
            .push(minutes);
    }
    CheckIns {
        pairs: pairs.len(),
        before_mean: mean(&pairs.iter().map(|p| f64::from(p.1)).collect::<Vec<_>>()),
        after_mean: mean(&pairs.iter().map(|p| f64::from(p.2)).collect::<Vec<_>>()),
        calmer: pick(|b, a| a < b),
        same: pick(|b, a| a == b),
        more_upset: pick(|b, a| a > b),
        cooldown_minutes_by_month: cooldowns
            .into_iter()
            .filter_map(|(m, v)| Some((m, mean(&v)?)))
            .collect(),
    }
}
