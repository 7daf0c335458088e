//! `heard list` and `heard status`.

use serde_json::{Value, json};

use super::{Context, Outcome};
use crate::domain::deadline::{deadline, left_label};
use crate::domain::gate::short_time;
use crate::domain::inbox_row::CaseRow;
use crate::domain::{Case, Clock, can_send};
use crate::tui::widgets::columns::fit;

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn summary(row: &CaseRow, now: time::OffsetDateTime) -> Value {
    json!({
        "id": row.id,
        "customer": row.customer,
        "platform": row.platform,
        "rating": row.rating,
        "playbook": row.playbook,
        "state": row.state,
        "created_at": rfc3339(row.created_at),
        "deadline": rfc3339(row.deadline),
        "overdue": row.overdue(now),
        "follow_up_due": row.follow_up_due.map(rfc3339),
        "follow_up_is_due": row.follow_up_is_due(now),
    })
}

/// Why a sent case's follow-up is due (as `follow_up::due_reason`).
fn due_reason(row: &CaseRow) -> &'static str {
    if row.review_changed_after_send {
        "the customer changed their review after our reply"
    } else {
        "the follow-up date has come"
    }
}

/// `heard list [--due] [--json]`: every case, newest first; with `--due`
/// only those whose follow-up is due, soonest first. Read from the inbox
/// index, never by loading every case.
pub fn list(ctx: &Context, as_json: bool, due: bool) -> Outcome {
    let (mut cases, damaged) = ctx
        .store
        .with_index(|ix| Ok((ix.newest_first()?, ix.damaged()?)))?;
    let now = ctx.clock.now();
    if due {
        cases.retain(|c| c.follow_up_is_due(now));
        cases.sort_by_key(|c| (!c.review_changed_after_send, c.follow_up_due));
    }
    if as_json {
        let rows: Vec<Value> = cases.iter().map(|c| summary(c, now)).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        );
    } else if cases.is_empty() && due {
        println!("No follow-up is due.");
    } else if cases.is_empty() {
        println!("No cases yet. Start one with `heard new review.txt` or just `heard`.");
    } else if due {
        for c in &cases {
            println!(
                "{:<28} {} {}",
                c.id,
                fit(&c.customer, 20),
                due_reason(c)
            );
        }
    } else {
        for c in &cases {
            println!(
                "{:<28} {} {} {:<6} {} {:<12} {}",
                c.id,
                fit(&c.customer, 20),
                fit(&c.platform, 10),
                c.rating.map(|r| format!("{r}★")).unwrap_or_default(),
                fit(&c.playbook, 10),
                c.state,
                c.left_label(now)
            );
        }
    }
    for (_, why) in damaged {
        eprintln!("skipped a damaged case: {why}");
    }
    Ok(())
}

/// `heard reindex`: every inbox row again from the case files.
pub fn reindex(ctx: &Context) -> Outcome {
    let n = ctx.store.reindex()?;
    println!("Rebuilt the inbox index from {n} case(s).");
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
    })
}

pub fn status(ctx: &Context, id: &str, as_json: bool) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    let now = ctx.clock.now();
    if as_json {
        println!(
            "{}",
            serde_json::to_string_pretty(&status_json(&case, now)).unwrap_or_default()
        );
        return Ok(());
    }
    println!(
        "{} — {} ({}, {}) — playbook {} — {}",
        case.id,
        case.review.customer,
        case.review.platform,
        case.review.stars(),
        case.playbook.id,
        case.state().label()
    );
    println!("Steps:");
    for (s, done) in case.progress() {
        println!("  [{}] {}", if done { "x" } else { " " }, s.title);
    }
    let check = can_send(&case, now);
    let open = case.open_comments();
    if !open.is_empty() {
        println!("Open review comments (resolve them in the compose step):");
        for c in open {
            println!("  - {}", c.summary());
        }
    }
    println!(
        "Reply not after {} ({}).",
        short_time(deadline(&case)),
        left_label(&case, now)
    );
    if case.sent.is_some() {
        print!("{}", super::follow_up::describe(&case, now));
    }
    println!("Gates:");
    for g in &check.gates {
        let when = match (g.open, g.opens_at) {
            (false, Some(t)) => format!(" — opens {}", short_time(t)),
            _ => String::new(),
        };
        println!(
            "  {} {}: {}{}",
            if g.open { "open  " } else { "CLOSED" },
            g.id.label(),
            g.reason,
            when
        );
    }
    if check.can_send() {
        println!(
            "Ready to send: heard send {} --via clipboard|file PATH|command",
            case.id
        );
    } else {
        println!("Cannot send yet:");
        for r in check.reasons() {
            println!("  - {r}");
        }
    }
    Ok(())
}
