//! `heard patterns [--json|--csv|--markdown] [--since DATE] [--platform P]`:
//! what keeps going wrong across cases. The numbers are the domain's
//! (`domain::patterns`); this only prints them — as text, the JSON
//! contract, CSV rows or Markdown tables.

use time::{Date, format_description::well_known::Iso8601};

use super::{Context, Failure, Outcome};
use crate::domain::Clock;
use crate::domain::patterns::{Report, Scope, report};

/// How to print the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Csv,
    Markdown,
}

/// `--since YYYY-MM-DD`.
pub fn parse_since(s: &str) -> Result<Date, Failure> {
    Date::parse(s.trim(), &Iso8601::DEFAULT).map_err(|_| {
        Failure::bad_input(format!(
            "`{s}` is not a date: write it as YYYY-MM-DD, e.g. 2026-09-01"
        ))
    })
}

pub fn run(ctx: &Context, format: Format, scope: Scope) -> Outcome {
    let (cases, errors) = ctx.store.load_all()?;
    let r = report(&cases, &scope, ctx.clock.now());
    let out = match format {
        Format::Json => serde_json::to_string_pretty(&r).unwrap_or_default() + "\n",
        Format::Csv => csv(&r),
        Format::Markdown => markdown(&r),
        Format::Text => text(&r),
    };
    say_part!("{out}");
    for e in errors {
        say_err!("skipped a damaged case: {e}");
    }
    Ok(())
}

fn percent(share: Option<f64>) -> String {
    share.map_or("—".into(), |s| format!("{:.0}%", s * 100.0))
}

fn hours(h: Option<f64>) -> String {
    h.map_or("—".into(), |h| format!("{h:.1} h"))
}

fn scope_line(r: &Report) -> String {
    let mut s = format!("{} cases, {} diagnosed", r.cases, r.diagnosed);
    if let Some(since) = &r.since {
        s += &format!(", since {since}");
    }
    if let Some(p) = &r.platform {
        s += &format!(", platform {p}");
    }
    s
}

/// The response-time summary in one sentence.
pub fn response_line(r: &Report) -> String {
    let x = &r.response;
    format!(
        "{} sent; median {}; {} within 24 h, {} within 48 h, {} within their deadline; {} late, {} overdue unsent",
        x.sent,
        hours(x.median_hours),
        percent(x.within_24h),
        percent(x.within_48h),
        percent(x.within_deadline),
        x.late_case_ids.len(),
        x.overdue_case_ids.len()
    )
}

/// The follow-up summary in one sentence.
pub fn follow_up_line(r: &Report) -> String {
    let f = &r.follow_up;
    format!(
        "{} of {} sent followed up: resolved {}, review updated {}, no answer {}, other {}; service recovery {}; {} awaiting",
        f.followed_up,
        f.sent,
        f.resolved.len(),
        f.review_updated.len(),
        f.no_answer.len(),
        f.other.len(),
        percent(f.recovery_rate),
        f.awaiting.len()
    )
}

/// The action items in one sentence.
pub fn actions_line(r: &Report) -> String {
    let a = &r.actions;
    format!(
        "{} open ({} overdue), {} done, {} verified, {} dropped",
        a.open.len(),
        a.overdue.len(),
        a.done.len(),
        a.verified.len(),
        a.dropped.len()
    )
}

/// The check-in summary in one sentence.
pub fn check_in_line(r: &Report) -> String {
    let c = &r.check_in;
    match (c.before_mean, c.after_mean) {
        (Some(b), Some(a)) => format!(
            "{} debriefs: {b:.1}/5 before → {a:.1}/5 after on average; {} calmer, {} the same, {} more upset",
            c.pairs,
            c.calmer.len(),
            c.same.len(),
            c.more_upset.len()
        ),
        _ => "no debrief check-ins yet".into(),
    }
}

fn text(r: &Report) -> String {
    let mut out = format!("Patterns — {}\n", scope_line(r));
    out += "\nRecurring root causes (same cause, however worded)\n";
    if r.root_causes.is_empty() {
        out += "    none diagnosed yet\n";
    }
    for g in &r.root_causes {
        out += &format!(
            "  {:>3}  {}  [{}]\n",
            g.count,
            g.cause,
            g.categories.join(", ")
        );
        if let Some(f) = g.fixes.last() {
            out += &format!("       latest fix: {} (owner {})\n", f.fix, f.owner);
        }
        out += &format!("       cases: {}\n", g.case_ids.join(" "));
    }
    out += "\nCategories\n";
    for g in &r.categories {
        out += &format!("  {:>3}  {}\n", g.count, g.key);
    }
    out += "\nPer month\n";
    for m in &r.months {
        out += &format!(
            "  {}  {:>3} cases  {:>3} diagnosed  median reply {}\n",
            m.month,
            m.cases,
            m.diagnosed,
            hours(m.median_response_hours)
        );
    }
    let platforms: Vec<String> = r
        .platforms
        .iter()
        .map(|g| format!("{} {}", g.key, g.count))
        .collect();
    out += &format!("\nPlatforms: {}\n", platforms.join(", "));
    let stars: Vec<String> = r
        .stars
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s.stars.map_or("no stars".into(), |n| format!("{n}★")),
                s.count
            )
        })
        .collect();
    out += &format!("Stars: {}\n", stars.join(", "));
    out += &format!("\nResponse time: {}\n", response_line(r));
    out += &format!("Follow-ups: {}\n", follow_up_line(r));
    out += &format!("Check-ins: {}\n", check_in_line(r));
    out += &format!("Process fixes: {}\n", actions_line(r));
    out += "\nCoach findings the team keeps getting (cases)\n";
    if r.coach.is_empty() {
        out += "    none\n";
    }
    for g in &r.coach {
        out += &format!("  {:>3}  {}\n", g.count, g.key);
    }
    out
}

fn markdown(r: &Report) -> String {
    let mut out = format!(
        "# Patterns\n\n{}\n\n## Recurring root causes\n\n",
        scope_line(r)
    );
    out += "| cases | root cause | categories | latest fix (owner) | case ids |\n|---:|---|---|---|---|\n";
    for g in &r.root_causes {
        let fix = g
            .fixes
            .last()
            .map_or(String::new(), |f| format!("{} ({})", f.fix, f.owner));
        out += &format!(
            "| {} | {} | {} | {} | {} |\n",
            g.count,
            md(&g.cause),
            md(&g.categories.join(", ")),
            md(&fix),
            g.case_ids.join(" ")
        );
    }
    out += "\n## Categories\n\n| cases | category |\n|---:|---|\n";
    for g in &r.categories {
        out += &format!("| {} | {} |\n", g.count, md(&g.key));
    }
    out += "\n## Per month\n\n| month | cases | diagnosed | median reply |\n|---|---:|---:|---:|\n";
    for m in &r.months {
        out += &format!(
            "| {} | {} | {} | {} |\n",
            m.month,
            m.cases,
            m.diagnosed,
            hours(m.median_response_hours)
        );
    }
    out += &format!(
        "\n## Response time\n\n{}\n\n## Follow-ups\n\n{}\n\n## Check-ins\n\n{}\n\n## Process fixes\n\n{}\n",
        response_line(r),
        follow_up_line(r),
        check_in_line(r),
        actions_line(r)
    );
    out += "\n## Coach findings the team keeps getting\n\n| cases | finding |\n|---:|---|\n";
    for g in &r.coach {
        out += &format!("| {} | {} |\n", g.count, g.key);
    }
    out
}

/// Text in a Markdown table cell: a `|` would end the cell.
fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// One row per number: `section,key,value,case_ids` (ids space-separated).
fn csv(r: &Report) -> String {
    let mut rows: Vec<[String; 4]> = Vec::new();
    let mut row = |section: &str, key: &str, value: String, ids: &[String]| {
        rows.push([section.into(), key.into(), value, ids.join(" ")]);
    };
    for g in &r.root_causes {
        row("root_cause", &g.cause, g.count.to_string(), &g.case_ids);
    }
    for (section, groups) in [
        ("category", &r.categories),
        ("platform", &r.platforms),
        ("coach", &r.coach),
    ] {
        for g in groups {
            row(section, &g.key, g.count.to_string(), &g.case_ids);
        }
    }
    for m in &r.months {
        row("month", &m.month, m.cases.to_string(), &m.case_ids);
    }
    for s in &r.stars {
        let key = s.stars.map_or("none".into(), |n| n.to_string());
        row("stars", &key, s.count.to_string(), &s.case_ids);
    }
    let num = |x: Option<f64>| x.map_or(String::new(), |v| v.to_string());
    let x = &r.response;
    row("response", "sent", x.sent.to_string(), &[]);
    row("response", "median_hours", num(x.median_hours), &[]);
    row("response", "within_24h", num(x.within_24h), &[]);
    row("response", "within_48h", num(x.within_48h), &[]);
    row("response", "within_deadline", num(x.within_deadline), &[]);
    row(
        "response",
        "late",
        x.late_case_ids.len().to_string(),
        &x.late_case_ids,
    );
    row(
        "response",
        "overdue",
        x.overdue_case_ids.len().to_string(),
        &x.overdue_case_ids,
    );
    let f = &r.follow_up;
    for (key, ids) in [
        ("resolved", &f.resolved),
        ("review_updated", &f.review_updated),
        ("no_answer", &f.no_answer),
        ("other", &f.other),
        ("awaiting", &f.awaiting),
    ] {
        row("follow_up", key, ids.len().to_string(), ids);
    }
    row("follow_up", "recovery_rate", num(f.recovery_rate), &[]);
    let a = &r.actions;
    for (key, ids) in [
        ("open", &a.open),
        ("overdue", &a.overdue),
        ("done", &a.done),
        ("verified", &a.verified),
        ("dropped", &a.dropped),
    ] {
        row("action", key, ids.len().to_string(), ids);
    }
    let c = &r.check_in;
    row("check_in", "before_mean", num(c.before_mean), &[]);
    row("check_in", "after_mean", num(c.after_mean), &[]);
    let mut out = String::from("section,key,value,case_ids\n");
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| csv_cell(c)).collect();
        out += &cells.join(",");
        out.push('\n');
    }
    out
}

/// A CSV cell, quoted when it holds a comma, a quote or a line break; a
/// leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet does
/// not run a customer's words as a formula.
fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        let table = [
            ("plain", "plain"),
            ("a, b", "\"a, b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("=SUM(A1)", "'=SUM(A1)"),
            ("-2", "'-2"),
        ];
        for (cell, want) in table {
            assert_eq!(csv_cell(cell), want, "{cell}");
        }
    }
}
