//! `heard list` and `heard status`.

use serde_json::{Value, json};

use super::{Context, Outcome};
use crate::domain::deadline::{deadline, left_label, overdue};
use crate::domain::gate::short_time;
use crate::domain::{Case, Clock, can_send, follow_up};
use crate::tui::widgets::columns::fit;

pub(crate) fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn summary(case: &Case, now: time::OffsetDateTime) -> Value {
    json!({
        "id": case.id,
        "customer": case.review.customer,
        "platform": case.review.platform,
        "rating": case.review.rating,
        "playbook": case.playbook.id,
        "state": case.state().label(),
        "created_at": rfc3339(case.created_at),
        "deadline": rfc3339(deadline(case)),
        "overdue": overdue(case, now),
        "follow_up_due": follow_up::due_at(case).map(rfc3339),
        "follow_up_is_due": follow_up::is_due(case, now),
        "practice": case.practice.is_some(),
    })
}

/// `heard list [--due] [--json]`: every case, newest first; with `--due`
/// only those whose follow-up is due, soonest first.
pub fn list(ctx: &Context, as_json: bool, due: bool) -> Outcome {
    let (mut cases, errors) = ctx.store.load_all()?;
    let now = ctx.clock.now();
    cases.sort_by_key(|c| std::cmp::Reverse(c.created_at));
    if due {
        cases.retain(|c| follow_up::is_due(c, now));
        cases.sort_by_key(|c| (!c.review_changed_after_send, follow_up::due_at(c)));
    }
    if as_json {
        let rows: Vec<Value> = cases.iter().map(|c| summary(c, now)).collect();
        super::print_json(&rows);
    } else if cases.is_empty() && due {
        say!("No follow-up is due.");
    } else if cases.is_empty() {
        say!("No cases yet. Start one with `heard new review.txt` or just `heard`.");
    } else if due {
        for c in &cases {
            say!(
                "{:<28} {} {}",
                c.id,
                fit(&c.review.customer, 20),
                follow_up::due_reason(c, now).unwrap_or_default()
            );
        }
    } else {
        for c in &cases {
            say!(
                "{}{:<28} {} {} {:<6} {} {:<12} {}",
                practice_mark(c),
                c.id,
                fit(&c.review.customer, 20),
                fit(&c.review.platform, 10),
                c.review.rating.map(|r| format!("{r}★")).unwrap_or_default(),
                fit(&c.playbook.id, 10),
                c.state().label(),
                left_label(c, now)
            );
        }
    }
    for e in errors {
        say_err!("skipped a damaged case: {e}");
    }
    Ok(())
}

/// The documented `heard status --json` shape (keys may be added, never renamed).
pub fn status_json(case: &Case, now: time::OffsetDateTime) -> Value {
    let check = can_send(case, now);
    json!({
        "id": case.id,
        "customer": case.review.customer,
        "playbook": case.playbook.id,
        "state": case.state().label(),
        "steps": case.progress().iter().map(|(s, done)| json!({
            "id": s.id, "kind": s.kind.label(), "title": s.title, "required": s.required, "done": done,
        })).collect::<Vec<_>>(),
        "gates": check.gates.iter().map(|g| {
            let mut v = json!({"id": g.id, "open": g.open, "reason": g.reason});
            if let Some(t) = g.opens_at { v["opens_at"] = json!(rfc3339(t)); }
            v
        }).collect::<Vec<_>>(),
        "can_send": check.can_send(),
        "reasons": check.reasons(),
        "drafts_sha256": case.drafts.is_complete().then(|| case.drafts.sha256()),
        "practice": case.practice.is_some(),
    })
}

/// "PRACTICE " before a practice case's line, nothing for a real one.
pub fn practice_mark(case: &Case) -> &'static str {
    if case.practice.is_some() {
        "PRACTICE "
    } else {
        ""
    }
}

pub fn status(ctx: &Context, id: &str, as_json: bool) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    let now = ctx.clock.now();
    if as_json {
        super::print_json(&status_json(&case, now));
        return Ok(());
    }
    say!(
        "{}{} — {} ({}, {}) — playbook {} — {}",
        practice_mark(&case),
        case.id,
        case.review.customer,
        case.review.platform,
        case.review.stars(),
        case.playbook.id,
        case.state().label()
    );
    say!("Steps:");
    for (s, done) in case.progress() {
        say!("  [{}] {}", if done { "x" } else { " " }, s.title);
    }
    let check = can_send(&case, now);
    let open = case.open_comments();
    if !open.is_empty() {
        say!("Open review comments (resolve them in the compose step):");
        for c in open {
            say!("  - {}", c.summary());
        }
    }
    if let Some(name) = &case.practice {
        say!(
            "Practice on \"{name}\": no real deadline, never sent. Scorecard: heard practice score {}",
            case.id
        );
    } else {
        say!(
            "Reply not after {} ({}).",
            short_time(deadline(&case)),
            left_label(&case, now)
        );
    }
    if case.sent.is_some() {
        say_part!("{}", super::follow_up::describe(&case, now));
    }
    say!("Gates:");
    for g in &check.gates {
        let when = match (g.open, g.opens_at) {
            (false, Some(t)) => format!(" — opens {}", short_time(t)),
            _ => String::new(),
        };
        say!(
            "  {} {}: {}{}",
            if g.open { "open  " } else { "CLOSED" },
            g.id.label(),
            g.reason,
            when
        );
    }
    if case.practice.is_some() {
        say!("A practice case is never sent.");
    } else if check.can_send() {
        say!(
            "Ready to send: heard send {} --via clipboard|file PATH|command",
            case.id
        );
    } else {
        say!("Cannot send yet:");
        for r in check.reasons() {
            say!("  - {r}");
        }
    }
    Ok(())
}
