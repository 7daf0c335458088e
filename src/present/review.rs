//! The review as a reviewer reads it, in words: `heard review ID` prints it
//! and the terminal's hand-over screen shows the same body.

use crate::domain::gate::{approval_refusal, cooldown_length, peer_review};
use crate::domain::{Case, StepKind};
use crate::present::debrief::level_label;
use crate::present::time::{human_duration, short_time};

fn numbered(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() {
        return "   (empty)\n".into();
    }
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{:>4} │ {l}\n", i + 1))
        .collect()
}

fn indented(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// The review as a reviewer reads it, as plain text (`heard review ID`);
/// `recurring` is the recurring-cause alarm, shown with the diagnosis.
pub fn render_review(case: &Case, me: &str, recurring: &str) -> String {
    let mut out = review_body(case, recurring);
    out.push('\n');
    match approval_refusal(case, me) {
        Some(refusal) => out.push_str(&format!("You cannot approve this: {refusal}.\n")),
        None => out.push_str(&format!(
            "Approve:          heard approve {id} [--note TEXT]\n\
             Request changes:  heard request-changes {id} --comment TEXT [--line public:3]\n",
            id = case.id
        )),
    }
    out
}

/// Everything a reviewer reads, without the commands to act on it: the
/// terminal screen's hand-over shows the same text.
pub fn review_body(case: &Case, recurring: &str) -> String {
    let r = &case.review;
    let mut out = format!(
        "Review of {} — {} ({}, {}) — playbook {}\n",
        case.id,
        r.customer,
        r.platform,
        r.stars(),
        case.playbook.id
    );
    let gate = peer_review(case);
    out.push_str(&format!(
        "Peer review: {} — {}\n",
        if gate.open { "open" } else { "CLOSED" },
        gate.reason
    ));
    out.push_str("\nWhat the customer wrote\n");
    out.push_str(&indented(&r.full_text()));
    for line in triage_lines(case) {
        out.push_str(&format!("{line}\n"));
    }
    out.push_str("\nCheck-in\n");
    match (case.debrief.before.as_ref(), case.upset_level()) {
        (Some((by, first)), Some(peak)) => out.push_str(&format!(
            "    {by} said {first}/5 ({}); highest {peak}/5; cool-down {}\n",
            level_label(*first),
            human_duration(cooldown_length(case))
        )),
        _ => out.push_str("    not done yet\n"),
    }
    out.push_str(&understood(case));
    out.push_str("\nDiagnosis\n");
    match &case.diagnosis {
        Some(d) => {
            out.push_str(&format!("    category: {}\n", d.category));
            out.push_str(&format!("    what happened: {}\n", d.what_happened));
            if let Some(root) = d.root_cause() {
                out.push_str(&format!("    root cause: {root}\n"));
            }
            out.push_str(&format!(
                "    process fix: {} (owner: {})\n",
                d.process_fix, d.owner
            ));
        }
        None => out.push_str("    not logged yet\n"),
    }
    out.push_str(recurring);
    if case.drafts_complete() {
        out.push_str(&format!(
            "\nDrafts by {} — sha256 {}\n",
            authors(case),
            case.drafts.sha256()
        ));
    } else {
        out.push_str("\nDrafts (not both written yet)\n");
    }
    out.push_str("\nPublic reply\n");
    out.push_str(&numbered(&case.drafts.public));
    out.push_str("\nPrivate message\n");
    out.push_str(&numbered(&case.drafts.private));
    if let Some(report) = case.coach_report().filter(|r| !r.findings.is_empty()) {
        out.push_str("\nThe coach's findings\n");
        for f in &report.findings {
            out.push_str(&format!(
                "    {:<5} {} {}:{}  {}\n",
                f.severity.as_str(),
                f.category,
                f.draft.as_str(),
                f.line,
                super::coach::message(f)
            ));
        }
    }
    out.push_str(&verdicts_and_comments(case));
    out
}

/// The author's answers to the read step's questions, if any.
fn understood(case: &Case) -> String {
    let mut out = String::new();
    if let Some(step) = case.playbook.step_of_kind(StepKind::Read) {
        let answered: Vec<String> = step
            .questions
            .iter()
            .filter_map(|q| {
                let a = case.preparation.answers.get(&q.id)?.trim();
                (!a.is_empty()).then(|| format!("    {}: {a}\n", q.text))
            })
            .collect();
        if !answered.is_empty() {
            out.push_str("\nWhat the author understood\n");
            out.extend(answered);
        }
    }
    out
}

/// Who approved or asked for changes, and the comments still open.
fn verdicts_and_comments(case: &Case) -> String {
    let mut out = String::new();
    if !case.verdicts.is_empty() {
        out.push_str("\nVerdicts\n");
        for v in &case.verdicts {
            let what = match (v.approved, &v.signature, v.at_keyboard) {
                (false, _, _) => "asked for changes",
                (true, Some(_), _) => "approved (signed)",
                (true, None, true) => "approved (typed at the author's keyboard, not signed)",
                (true, None, false) => "approved (typed, not signed)",
            };
            let current = if v.drafts_sha256 == case.drafts.sha256() {
                ""
            } else {
                " (an earlier version)"
            };
            let text = if v.text.is_empty() {
                String::new()
            } else {
                format!(": {}", v.text)
            };
            out.push_str(&format!(
                "    {} {} {what}{current}{text}\n",
                short_time(v.at),
                case.shown_name(&v.by)
            ));
        }
    }
    let open = case.open_comments();
    if !open.is_empty() {
        out.push_str("\nOpen comments\n");
        for c in open {
            out.push_str(&format!("    {}\n", c.summary()));
            if let Some(a) = c.anchor.as_ref().filter(|a| !a.quote.is_empty()) {
                out.push_str(&format!("        on “{}”\n", a.quote));
            }
        }
    }
    out
}

/// What `status` and `review` say about triage, one line each: a reply the
/// platform already shows, the road taken, a close asked for or agreed,
/// and whether the case is parked.
pub fn triage_lines(case: &crate::domain::Case) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(reply) = &case.review.existing_reply {
        let reply = reply.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push(format!("Already answered on the platform: {reply}"));
    }
    if let Some(road) = case.road {
        out.push(format!("Road chosen after reading: {}.", road.label()));
    }
    match &case.closing {
        Some(c) => match &c.agreed {
            Some((by, _)) => out.push(format!(
                "Closed without a reply: {} (asked by {}, agreed by {by}).",
                c.reason, c.asked_by
            )),
            None => out.push(format!(
                "{} asked to close it without a reply: {}. A colleague agrees with \
                 `heard close {} --agree`.",
                c.asked_by, c.reason, case.id
            )),
        },
        None if case.parked => out.push(
            "Parked until someone has time to concentrate; opening it resumes the walk.".into(),
        ),
        None => {}
    }
    out
}

/// Who wrote the drafts, as one line.
pub fn authors(case: &Case) -> String {
    case.draft_authors
        .iter()
        .cloned()
        .collect::<Vec<_>>()
        .join(", ")
}
