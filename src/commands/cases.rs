//! `heard list` and `heard status`.

use std::io::Write;

use serde_json::{Value, json};

use crate::domain::visible::reveal;

use super::{Context, Outcome};
use crate::domain::deadline::deadline;
use crate::domain::inbox_row::CaseRow;
use crate::domain::{Case, Clock, can_send};
use crate::present::columns::fit;
use crate::present::time::{left_label, short_time};

pub(crate) fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// One `heard list --json` row. Keys in alphabetical order, as the
/// earlier `json!` maps printed them (keys may be added, never renamed).
#[derive(serde::Serialize)]
struct Summary<'a> {
    created_at: String,
    customer: &'a str,
    deadline: String,
    follow_up_due: Option<String>,
    follow_up_is_due: bool,
    id: &'a str,
    overdue: bool,
    platform: &'a str,
    playbook: &'a str,
    rating: Option<u8>,
    state: &'a str,
    practice: bool,
    closing: Option<&'a str>,
    answered: bool,
}

fn summary(row: &CaseRow, now: time::OffsetDateTime) -> Summary<'_> {
    Summary {
        created_at: rfc3339(row.created_at),
        customer: &row.customer,
        deadline: rfc3339(row.deadline),
        follow_up_due: row.follow_up_due.map(rfc3339),
        follow_up_is_due: row.follow_up_is_due(now),
        id: &row.id,
        overdue: row.overdue(now),
        platform: &row.platform,
        playbook: &row.playbook,
        rating: row.rating,
        state: row.state.label(),
        practice: row.practice,
        closing: row.closing.as_deref(),
        answered: row.answered,
    }
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
    let now = ctx.clock.now();
    // One buffered stream: a long list is not a write per line. A closed
    // pipe (`heard list | head`) just ends the output.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let damaged = if due {
        let (mut cases, damaged) = ctx
            .store
            .with_index(|ix| Ok((ix.newest_first()?, ix.damaged()?)))?;
        cases.retain(|c| c.follow_up_is_due(now));
        cases.sort_by_key(|c| (!c.review_changed_after_send, c.follow_up_due));
        let _ = write_list(&mut out, &cases, as_json, due, now);
        damaged
    } else {
        ctx.store.with_index(|ix| {
            // The inbox's order (unsent first, the nearest deadline first),
            // a row at a time: a long list is never held at once.
            let q = crate::store::index::InboxQuery {
                filter: crate::domain::inbox::Filter::All,
                query: "",
                me: &ctx.me,
                now,
            };
            let mut stream = ListStream::new(&mut out, as_json, now);
            ix.each_in_inbox_order(&q, |row| stream.row(&row))?;
            stream.end();
            ix.damaged()
        })?
    };
    let _ = out.flush();
    for (_, why) in damaged {
        say_err!("skipped a damaged case: {why}");
    }
    Ok(())
}

/// `heard reindex`: every inbox row again from the case files.
pub fn reindex(ctx: &Context) -> Outcome {
    let n = ctx.store.reindex()?;
    say!("Rebuilt the inbox index from {n} case(s).");
    Ok(())
}

/// `heard list [--json]` written as the rows come from the index, in the
/// same bytes as one pretty-printed array (or one line per case).
struct ListStream<'a, W: Write> {
    out: &'a mut W,
    as_json: bool,
    now: time::OffsetDateTime,
    rows: usize,
    /// Writing failed (a closed pipe): stop.
    failed: bool,
}

impl<'a, W: Write> ListStream<'a, W> {
    fn new(out: &'a mut W, as_json: bool, now: time::OffsetDateTime) -> Self {
        ListStream {
            out,
            as_json,
            now,
            rows: 0,
            failed: false,
        }
    }

    /// Write one row; false once the output is gone.
    fn row(&mut self, row: &CaseRow) -> bool {
        let written = if self.as_json {
            self.json_row(row)
        } else {
            write_list(self.out, std::slice::from_ref(row), false, false, self.now)
        };
        self.rows += 1;
        self.failed = written.is_err();
        !self.failed
    }

    fn json_row(&mut self, row: &CaseRow) -> std::io::Result<()> {
        let item =
            serde_json::to_string_pretty(&summary(row, self.now)).map_err(std::io::Error::other)?;
        // Hidden characters from outside as \u escapes: same data, harmless.
        let item = crate::domain::visible::escape_json(&item);
        let item = item.as_bytes();
        self.out
            .write_all(if self.rows == 0 { b"[\n" } else { b",\n" })?;
        for (i, line) in item.split(|b| *b == b'\n').enumerate() {
            if i > 0 {
                self.out.write_all(b"\n")?;
            }
            self.out.write_all(b"  ")?;
            self.out.write_all(line)?;
        }
        Ok(())
    }

    fn end(self) {
        if self.failed {
            return;
        }
        let _ = match (self.as_json, self.rows) {
            (true, 0) => writeln!(self.out, "[]"),
            (true, _) => writeln!(self.out, "\n]"),
            (false, 0) => write_list(self.out, &[], false, false, self.now),
            (false, _) => Ok(()),
        };
    }
}

fn write_list(
    out: &mut impl Write,
    cases: &[CaseRow],
    as_json: bool,
    due: bool,
    now: time::OffsetDateTime,
) -> std::io::Result<()> {
    if as_json {
        let rows: Vec<Summary> = cases.iter().map(|c| summary(c, now)).collect();
        let text = serde_json::to_string_pretty(&rows).map_err(std::io::Error::other)?;
        writeln!(out, "{}", crate::domain::visible::escape_json(&text))
    } else if cases.is_empty() && due {
        writeln!(out, "No follow-up is due.")
    } else if cases.is_empty() {
        writeln!(
            out,
            "No cases yet. Start one with `heard new review.txt` or just `heard`."
        )
    } else if due {
        for c in cases {
            writeln!(
                out,
                "{:<28} {} {}",
                c.id,
                fit(&reveal(&c.customer), 20),
                due_reason(c)
            )?;
        }
        Ok(())
    } else {
        for c in cases {
            writeln!(
                out,
                "{}{:<28} {} {} {:<6} {} {:<12} {}",
                if c.practice { "PRACTICE " } else { "" },
                reveal(&c.id),
                fit(&reveal(&c.customer), 20),
                fit(&reveal(&c.platform), 10),
                c.rating.map(|r| format!("{r}★")).unwrap_or_default(),
                fit(&reveal(&c.playbook), 10),
                c.state.label(),
                crate::present::inbox::left(c, now)
            )?;
        }
        Ok(())
    }
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
            "id": s.id, "kind": s.kind.label(), "title": s.title, "done": done,
            "required": s.required && case.step_needed(s.kind),
        })).collect::<Vec<_>>(),
        "gates": check.gates.iter().map(|g| {
            let mut v = json!({"id": g.id, "open": g.open, "reason": g.reason.to_string()});
            if let Some(t) = g.opens_at { v["opens_at"] = json!(rfc3339(t)); }
            v
        }).collect::<Vec<_>>(),
        "can_send": check.can_send(),
        "reasons": crate::present::gate::lines(&check.reasons()),
        "drafts_sha256": case.drafts_complete().then(|| case.drafts.sha256()),
        "practice": case.practice.is_some(),
        "road": case.road.map(|r| r.key()),
        "parked": case.parked,
        "closing": case.closing.as_ref().map(|c| json!({
            "reason": c.reason, "asked_by": c.asked_by,
            "agreed_by": c.agreed.as_ref().map(|(by, _)| by),
        })),
        "existing_reply": case.review.existing_reply,
        "assignee": case.assignee,
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

/// Each step with [x] done, [ ] to do, [-] left out by the road taken.
fn say_steps(case: &Case) {
    say!("Steps:");
    for (s, done) in case.progress() {
        let mark = match (done, case.step_needed(s.kind)) {
            (true, _) => "x",
            (false, true) => " ",
            (false, false) => "-",
        };
        say!("  [{mark}] {}", s.title);
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
    if let Some(to) = &case.assignee {
        say!("Assigned to {to}.");
    }
    for line in crate::present::review::triage_lines(&case) {
        say!("{line}");
    }
    say_steps(&case);
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
            g.id,
            g.reason,
            when
        );
    }
    if case.practice.is_some() {
        say!("A practice case is never sent.");
    } else if case.closed().is_some() {
        say!("Nothing is sent: the case was closed without a reply.");
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
