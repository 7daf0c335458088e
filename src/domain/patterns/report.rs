//! The whole patterns report: one struct, serialised as the JSON contract
//! of `heard patterns --json`. Each part is its own function of the cases.

use std::collections::BTreeMap;

use serde::Serialize;
use time::OffsetDateTime;

use super::{
    Scope, by_key, case_time, category_key, day_of, ids, latest_outcome, median, month_of,
    platform_key, response_hours, round, share, words,
};
use crate::domain::action::{Action, ActionStatus, action_of};
use crate::domain::case::Case;
use crate::domain::deadline::{deadline, overdue};
use crate::domain::follow_up::FollowUpOutcome;
use crate::domain::gate::cooldown_length;

/// Version of the JSON layout; raised only if a key changes meaning.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub format: u32,
    /// RFC 3339, the time the report was made for.
    #[serde(with = "time::serde::rfc3339")]
    pub generated_at: OffsetDateTime,
    pub since: Option<String>,
    pub platform: Option<String>,
    /// Cases in scope, and how many of them have a diagnosis.
    pub cases: usize,
    pub diagnosed: usize,
    pub categories: Vec<Group>,
    pub root_causes: Vec<CauseGroup>,
    pub months: Vec<Month>,
    pub platforms: Vec<Group>,
    pub stars: Vec<Stars>,
    pub response: Response,
    pub follow_up: FollowUps,
    pub coach: Vec<Group>,
    pub check_in: CheckIns,
    pub actions: Actions,
}

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

/// A plain group: a key, how many cases, which ones (oldest review first).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub key: String,
    pub count: usize,
    pub case_ids: Vec<String>,
}

/// A root cause, however it was worded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CauseGroup {
    /// The most used wording (the earliest on a tie).
    pub cause: String,
    /// The content words the wordings were compared by (of `cause`).
    pub words: Vec<String>,
    pub count: usize,
    pub case_ids: Vec<String>,
    /// Every distinct wording, in order of first use.
    pub wordings: Vec<String>,
    /// Categories the cases were filed under.
    pub categories: Vec<String>,
    /// Day of the first and the latest review (YYYY-MM-DD).
    pub first: String,
    pub last: String,
    /// Each case's process fix and its owner, oldest first.
    pub fixes: Vec<Fix>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fix {
    pub case_id: String,
    pub fix: String,
    pub owner: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Month {
    /// "2026-11".
    pub month: String,
    pub cases: usize,
    pub diagnosed: usize,
    pub case_ids: Vec<String>,
    /// Diagnosed cases per category (lower-case).
    pub categories: BTreeMap<String, usize>,
    /// Median hours from review to reply, of the month's sent cases.
    pub median_response_hours: Option<f64>,
    /// Mean first check-in (1–5) of the month's cases that checked in.
    pub mean_first_check_in: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stars {
    /// 1–5, or null for reviews without stars.
    pub stars: Option<u8>,
    pub count: usize,
    pub case_ids: Vec<String>,
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

/// The report on `cases` within `scope`, as of `now`.
pub fn report(cases: &[Case], scope: &Scope, now: OffsetDateTime) -> Report {
    let mut chosen: Vec<&Case> = cases.iter().filter(|c| scope.includes(c)).collect();
    chosen.sort_by(|a, b| case_time(a).cmp(&case_time(b)).then(a.id.cmp(&b.id)));
    Report {
        format: super::report::FORMAT,
        generated_at: now,
        since: scope.since.map(|d| d.to_string()),
        platform: scope.platform.as_deref().map(platform_key),
        cases: chosen.len(),
        diagnosed: chosen.iter().filter(|c| c.diagnosis.is_some()).count(),
        categories: categories(&chosen),
        root_causes: root_causes(&chosen),
        months: months(&chosen),
        platforms: groups(by_key(&chosen, |c| Some(platform_key(&c.review.platform)))),
        stars: stars(&chosen),
        response: response(&chosen, now),
        follow_up: follow_ups(&chosen),
        coach: coach(&chosen),
        check_in: check_ins(&chosen),
        actions: actions(&chosen, now),
    }
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

fn groups(grouped: Vec<(String, Vec<&Case>)>) -> Vec<Group> {
    grouped
        .into_iter()
        .map(|(key, cs)| Group {
            key,
            count: cs.len(),
            case_ids: ids(&cs),
        })
        .collect()
}

/// Diagnosed cases by category.
pub fn categories(cases: &[&Case]) -> Vec<Group> {
    groups(by_key(cases, |c| {
        let key = category_key(&c.diagnosis.as_ref()?.category);
        (!key.is_empty()).then_some(key)
    }))
}

/// Diagnosed cases by root cause, worded differently or not.
pub fn root_causes(cases: &[&Case]) -> Vec<CauseGroup> {
    let diagnosed: Vec<(&Case, &str)> = cases
        .iter()
        .filter_map(|c| Some((*c, c.diagnosis.as_ref()?.root_cause()?)))
        .collect();
    let texts: Vec<&str> = diagnosed.iter().map(|(_, t)| *t).collect();
    words::group(&texts)
        .into_iter()
        .map(|members| {
            let members: Vec<(&Case, &str)> = members.iter().map(|i| diagnosed[*i]).collect();
            cause_group(&members)
        })
        .collect()
}

fn cause_group(members: &[(&Case, &str)]) -> CauseGroup {
    let mut wordings: Vec<String> = Vec::new();
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    let mut categories: Vec<String> = Vec::new();
    for (c, text) in members {
        *uses.entry(text).or_default() += 1;
        if !wordings.iter().any(|w| w == text) {
            wordings.push(text.to_string());
        }
        let cat = c.diagnosis.as_ref().map(|d| category_key(&d.category));
        if let Some(cat) = cat.filter(|k| !k.is_empty() && !categories.contains(k)) {
            categories.push(cat);
        }
    }
    // Most used; on a tie the first used (wordings keeps that order).
    let most = uses.values().copied().max().unwrap_or(0);
    let cause = wordings
        .iter()
        .find(|w| uses[w.as_str()] == most)
        .cloned()
        .unwrap_or_default();
    let cases: Vec<&Case> = members.iter().map(|(c, _)| *c).collect();
    CauseGroup {
        words: words::content_words(&cause).into_iter().collect(),
        cause,
        count: members.len(),
        case_ids: ids(&cases),
        wordings,
        categories,
        first: cases
            .first()
            .map_or_else(String::new, |c| day_of(case_time(c))),
        last: cases
            .last()
            .map_or_else(String::new, |c| day_of(case_time(c))),
        fixes: cases
            .iter()
            .filter_map(|c| {
                let d = c.diagnosis.as_ref()?;
                Some(Fix {
                    case_id: c.id.clone(),
                    fix: d.process_fix.clone(),
                    owner: d.owner.clone(),
                })
            })
            .collect(),
    }
}

/// Every month from the first case's to the last one's, empty months
/// included so a trend line has no gaps.
pub fn months(cases: &[&Case]) -> Vec<Month> {
    let mut by_month: BTreeMap<String, Vec<&Case>> = BTreeMap::new();
    for c in cases {
        by_month.entry(month_of(case_time(c))).or_default().push(c);
    }
    let (Some(first), Some(last)) = (by_month.keys().next(), by_month.keys().last()) else {
        return Vec::new();
    };
    let (first, last) = (first.clone(), last.clone());
    let mut out = Vec::new();
    let mut m = first;
    loop {
        out.push(month(&m, by_month.get(&m).map_or(&[][..], |v| v)));
        if m >= last {
            break;
        }
        m = next_month(&m);
    }
    out
}

fn next_month(m: &str) -> String {
    let (y, mo) = m.split_once('-').unwrap_or(("0", "0"));
    let (y, mo): (i32, u32) = (y.parse().unwrap_or(0), mo.parse().unwrap_or(0));
    if mo >= 12 {
        format!("{:04}-01", y + 1)
    } else {
        format!("{y:04}-{:02}", mo + 1)
    }
}

fn month(m: &str, cases: &[&Case]) -> Month {
    let mut categories = BTreeMap::new();
    for c in cases {
        if let Some(d) = &c.diagnosis {
            *categories.entry(category_key(&d.category)).or_insert(0) += 1;
        }
    }
    let hours: Vec<f64> = cases.iter().filter_map(|c| response_hours(c)).collect();
    let firsts: Vec<f64> = cases
        .iter()
        .filter_map(|c| c.check_ins.first().map(|l| f64::from(*l)))
        .collect();
    Month {
        month: m.to_string(),
        cases: cases.len(),
        diagnosed: cases.iter().filter(|c| c.diagnosis.is_some()).count(),
        case_ids: ids(cases),
        categories,
        median_response_hours: median(&hours).map(|h| round(h, 1)),
        mean_first_check_in: mean(&firsts),
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| round(values.iter().sum::<f64>() / values.len() as f64, 2))
}

/// Cases per star rating, 1 to 5 then none; only ratings that occur.
pub fn stars(cases: &[&Case]) -> Vec<Stars> {
    let mut out: Vec<Stars> = (1..=5)
        .map(Some)
        .chain([None])
        .map(|s| {
            let cs: Vec<&Case> = cases
                .iter()
                .copied()
                .filter(|c| c.review.rating == s)
                .collect();
            Stars {
                stars: s,
                count: cs.len(),
                case_ids: ids(&cs),
            }
        })
        .collect();
    out.retain(|s| s.count > 0);
    out
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
        let Some(report) = &c.coach else { continue };
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
    for c in cases.iter().filter(|c| !c.check_ins.is_empty()) {
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
