//! The whole patterns report: one struct, serialised as the JSON contract
//! of `heard patterns --json`. Each part is its own function of the cases.

use std::collections::BTreeMap;

use serde::Serialize;
use time::{Date, OffsetDateTime};

use super::outcomes::{
    Actions, CheckIns, FollowUps, Response, actions, check_ins, coach, follow_ups, response,
};
use super::{
    Scope, by_key, case_time, category_key, day_of, ids, mean, median, month_of, platform_key,
    response_hours, round, words,
};
use crate::domain::case::Case;

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
    /// Week by week (Mondays, UTC), for trend lines.
    pub weeks: Vec<Week>,
    pub platforms: Vec<Group>,
    pub stars: Vec<Stars>,
    pub response: Response,
    pub follow_up: FollowUps,
    pub coach: Vec<Group>,
    pub check_in: CheckIns,
    pub actions: Actions,
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
    /// Cases per week, aligned with the report's `weeks`.
    pub per_week: Vec<usize>,
}

/// One week of the trend line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Week {
    /// Its Monday, "2026-11-23".
    pub start: String,
    pub cases: usize,
    pub diagnosed: usize,
}

/// The Monday (UTC) of the week `t` falls in.
fn monday(t: OffsetDateTime) -> Date {
    let d = t.to_offset(time::UtcOffset::UTC).date();
    d - time::Duration::days(i64::from(d.weekday().number_days_from_monday()))
}

/// Which week of the trend line `case` falls in.
fn week_index(origin: Date, case: &Case) -> usize {
    ((monday(case_time(case)) - origin).whole_weeks()).max(0) as usize
}

/// Every week from the first case's to the last one's, empty weeks too.
pub fn weeks(cases: &[&Case]) -> Vec<Week> {
    let Some(origin) = cases.iter().map(|c| monday(case_time(c))).min() else {
        return Vec::new();
    };
    let n = cases
        .iter()
        .map(|c| week_index(origin, c))
        .max()
        .unwrap_or(0)
        + 1;
    let mut out: Vec<Week> = (0..n)
        .map(|i| Week {
            start: (origin + time::Duration::weeks(i as i64)).to_string(),
            cases: 0,
            diagnosed: 0,
        })
        .collect();
    for c in cases {
        let w = &mut out[week_index(origin, c)];
        w.cases += 1;
        w.diagnosed += usize::from(c.diagnosis.is_some());
    }
    out
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
        weeks: weeks(&chosen),
        platforms: groups(by_key(&chosen, |c| Some(platform_key(&c.review.platform)))),
        stars: stars(&chosen),
        response: response(&chosen, now),
        follow_up: follow_ups(&chosen),
        coach: coach(&chosen),
        check_in: check_ins(&chosen),
        actions: actions(&chosen, now),
    }
}

pub(super) fn groups(grouped: Vec<(String, Vec<&Case>)>) -> Vec<Group> {
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
    let origin = cases.iter().map(|c| monday(case_time(c))).min();
    let n_weeks = origin.map_or(0, |o| {
        cases.iter().map(|c| week_index(o, c)).max().unwrap_or(0) + 1
    });
    words::group(&texts)
        .into_iter()
        .map(|members| {
            let members: Vec<(&Case, &str)> = members.iter().map(|i| diagnosed[*i]).collect();
            let mut g = cause_group(&members);
            g.per_week = vec![0; n_weeks];
            for (c, _) in &members {
                if let Some(o) = origin {
                    g.per_week[week_index(o, c)] += 1;
                }
            }
            g
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
        per_week: Vec::new(),
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
        .filter_map(|c| c.preparation.check_ins.first().map(|l| f64::from(*l)))
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
