//! `heard actions [--mine] [--json]` and `heard action ID done|verified|
//! drop|open --note TEXT [--due DATE]`: the process fixes from diagnoses as
//! action items. The rules (what may move where, when a fix counts as
//! verified) are `domain::action`'s.

use serde_json::{Value, json};
use time::OffsetDateTime;

use super::{Context, Failure, Outcome};
use crate::domain::action::{Action, ActionStatus, UnknownStatus, action_of, refusal};
use crate::domain::alarm::Precedent;
use crate::domain::case::same_person;
use crate::domain::patterns::{PatternRules, day_of};
use crate::domain::{Case, Clock, EventKind};

/// Every action in the store with the rules of its case's playbook.
/// Each action with its playbook's `[patterns]` rules.
type Listed = Vec<(Action, PatternRules)>;

fn all_actions(ctx: &Context) -> Result<(Listed, Vec<Precedent>), Failure> {
    let (cases, errors) = ctx.store.load_all()?;
    for e in errors {
        say_err!("skipped a damaged case: {e}");
    }
    let history: Vec<Precedent> = cases.iter().filter_map(Precedent::of).collect();
    let actions = cases
        .iter()
        .filter_map(|c: &Case| Some((action_of(c)?, c.playbook.patterns.clone())))
        .collect();
    Ok((actions, history))
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Open first (overdue, then soonest due), then done, verified, dropped.
fn sort(actions: &mut [(Action, PatternRules)]) {
    actions.sort_by(|(a, _), (b, _)| (a.status, a.due, &a.id).cmp(&(b.status, b.due, &b.id)));
}

/// What a person should know next to the status, in a few words.
fn remark(a: &Action, history: &[Precedent], rules: &PatternRules, now: OffsetDateTime) -> String {
    let again = a.recurrences(history);
    match a.status {
        _ if !again.is_empty() && a.status != ActionStatus::Dropped => format!(
            "came back after it was done: {}",
            again
                .iter()
                .map(|p| p.case_id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ActionStatus::Open if a.overdue(now) => "overdue".into(),
        ActionStatus::Done if a.held(history, rules, now) => {
            format!("quiet for {} days: ready to verify", rules.alarm_days)
        }
        ActionStatus::Done => a
            .window_ends(rules)
            .map_or_else(String::new, |end| format!("watch until {}", day_of(end))),
        _ => String::new(),
    }
}

pub fn list(ctx: &Context, mine: bool, as_json: bool) -> Outcome {
    let (mut actions, history) = all_actions(ctx)?;
    if mine {
        actions.retain(|(a, _)| same_person(&a.owner, &ctx.me));
    }
    sort(&mut actions);
    let now = ctx.clock.now();
    if as_json {
        let rows: Vec<Value> = actions
            .iter()
            .map(|(a, rules)| {
                json!({
                    "id": a.id,
                    "fix": a.fix,
                    "owner": a.owner,
                    "category": a.category,
                    "root_cause": a.root_cause,
                    "status": a.status.label(),
                    "opened_at": rfc3339(a.opened_at),
                    "due": rfc3339(a.due),
                    "done_at": a.done_at.map(rfc3339),
                    "note": a.note,
                    "overdue": a.overdue(now),
                    "ready_to_verify": a.held(&history, rules, now),
                    "recurred_in": a.recurrences(&history).iter().map(|p| p.case_id.clone()).collect::<Vec<_>>(),
                })
            })
            .collect();
        super::print_json(&rows);
        return Ok(());
    }
    if actions.is_empty() {
        say!(
            "{}",
            if mine {
                "No action is yours."
            } else {
                "No actions yet: a diagnosis' process fix becomes one (heard diagnose)."
            }
        );
    }
    for (a, rules) in &actions {
        say!(
            "{:<28} {:<8} due {}  {:<10} {}",
            a.id,
            a.status.label(),
            day_of(a.due),
            a.owner,
            a.fix
        );
        let remark = remark(a, &history, rules, now);
        if !remark.is_empty() {
            say!("{:<28} {remark}", "");
        }
    }
    Ok(())
}

/// What `heard action` was asked.
pub struct Move<'a> {
    pub to: &'a str,
    pub note: Option<&'a str>,
    pub due: Option<&'a str>,
}

pub fn update(ctx: &Context, id: &str, m: &Move) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    let Some(action) = action_of(&case) else {
        return Err(Failure::refused(format!(
            "{id} has no process fix yet: log its diagnosis first (heard diagnose {id} …)"
        )));
    };
    let to: ActionStatus =
        m.to.parse()
            .map_err(|e: UnknownStatus| Failure::bad_input(e.to_string()))?;
    let due = match m.due {
        Some(d) => Some(
            super::patterns::parse_since(d)?
                .with_time(time::Time::MIDNIGHT)
                .assume_utc(),
        ),
        None => None,
    };
    let note = m.note.unwrap_or_default().trim().to_string();
    let (_, history) = all_actions(ctx)?;
    let now = ctx.clock.now();
    let rules = &case.playbook.patterns;
    if let Some(why) = refusal(&action, to, &note, due.is_some(), &history, rules, now) {
        return Err(Failure::refused(format!("{id}: {why}")));
    }
    let kind = EventKind::ActionUpdated {
        status: to,
        note,
        due,
    };
    let case = ctx.record(&id, vec![kind])?;
    if let Some(a) = action_of(&case) {
        say!(
            "{id}: '{}' (owner {}) is {}; due {}",
            a.fix,
            a.owner,
            a.status.label(),
            day_of(a.due)
        );
    }
    Ok(())
}
