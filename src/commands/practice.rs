//! `heard practice`: list the scenarios, start one as a practice case, read
//! its scorecard, and see each person's attempts over time.

use serde_json::json;

use super::{Context, Failure, Outcome};
use crate::domain::identity::{name_key, same_person};
use crate::domain::practice::{Scorecard, scorecard};
use crate::domain::{Case, Clock};
use crate::present::columns::fit;
use crate::present::practice::scorecard_lines;
use crate::store::scenarios::{self, FindError};

impl From<FindError> for Failure {
    fn from(e: FindError) -> Failure {
        Failure::bad_input(e.to_string())
    }
}

/// `heard practice`: every shipped scenario, one line each.
pub fn list() -> Outcome {
    say!("Practice scenarios (start one with `heard practice start NAME`):");
    for s in scenarios::shipped()? {
        say!(
            "  {:<20} {:<6} {:<14} {:<6} {}",
            s.name,
            s.difficulty.as_str(),
            fit(&s.trade, 14),
            s.stars.map(|n| format!("{n}★")).unwrap_or_default(),
            s.title
        );
    }
    say!("Practice cases are marked PRACTICE everywhere and are never sent.");
    Ok(())
}

pub use crate::app::create::practice_case as start_case;

/// `heard practice start NAME|FILE`.
pub fn start(ctx: &Context, name_or_file: &str) -> Result<String, Failure> {
    start_case(&ctx.store, &ctx.me, ctx.clock.now(), name_or_file)
}

fn load_practice(ctx: &Context, id: &str) -> Result<(Case, Scorecard), Failure> {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    let Some(name) = case.practice.as_deref() else {
        return Err(Failure::bad_input(format!(
            "{id} is a real case, not practice: it has no scorecard"
        )));
    };
    let scenario = scenarios::by_name(&ctx.store, name)?;
    let card = scorecard(&case, &scenario);
    Ok((case, card))
}

/// `heard practice score ID [--json]`.
pub fn score(ctx: &Context, id: &str, as_json: bool) -> Outcome {
    let (_, card) = load_practice(ctx, id)?;
    if as_json {
        super::print_json(&card);
    } else {
        for line in scorecard_lines(&card) {
            say!("{line}");
        }
    }
    Ok(())
}

/// `heard practice report [--json]`: each person's attempts, oldest first.
pub fn report(ctx: &Context, as_json: bool) -> Outcome {
    let (mut cases, errors) = ctx.store.load_all()?;
    cases.retain(|c| c.practice.is_some());
    // One person per group however their name was typed ("Bob", "bob"),
    // as names compare everywhere; shown as first seen, oldest first.
    cases.sort_by_cached_key(|c| (name_key(&c.created_by), c.created_at));
    let mut rows = Vec::new();
    for case in &cases {
        let name = case.practice.as_deref().unwrap_or_default();
        let card = scenarios::by_name(&ctx.store, name)
            .ok()
            .map(|s| scorecard(case, &s));
        rows.push((case, card));
    }
    if as_json {
        let out: Vec<_> = rows
            .iter()
            .map(|(c, card)| {
                json!({
                    "practice": true,
                    "id": c.id,
                    "by": c.created_by,
                    "scenario": c.practice,
                    "started_at": super::cases::rfc3339(c.created_at),
                    "score": card.as_ref().map(|k| k.score),
                    "steps_done": card.as_ref().map(|k| k.steps_done),
                    "steps_total": card.as_ref().map(|k| k.steps_total),
                    "minutes_taken": card.as_ref().map(|k| k.minutes_taken),
                })
            })
            .collect();
        super::print_json(&out);
    } else if rows.is_empty() {
        say!("No practice yet. Start with `heard practice` to see the scenarios.");
    } else {
        let mut last: Option<&str> = None;
        for (c, card) in &rows {
            if !last.is_some_and(|l| same_person(l, &c.created_by)) {
                say!("{}:", c.created_by);
                last = Some(&c.created_by);
            }
            let result = card.as_ref().map_or("scenario missing".to_string(), |k| {
                format!(
                    "score {:>3}/100  steps {}/{}  {} min",
                    k.score, k.steps_done, k.steps_total, k.minutes_taken
                )
            });
            say!(
                "  {}  {:<20} {}  {}",
                crate::present::time::short_time(c.created_at),
                fit(c.practice.as_deref().unwrap_or_default(), 20),
                result,
                c.id
            );
        }
    }
    for e in errors {
        say_err!("skipped a damaged case: {e}");
    }
    Ok(())
}
