//! `heard diagnose ID --category C --what T --why T… --fix T --owner NAME
//! [--customer-told yes|no]`: the blameless diagnosis from the command line,
//! recorded as the same `diagnosis_logged` event the walk's Diagnose step
//! records. A diagnosis is about the cause, not the reply, so it does not
//! wait for the reply's steps (patterns can be fed and scripted).

use super::{Context, Failure, Outcome};
use crate::domain::alarm::{Precedent, alarms};
use crate::domain::{Case, Diagnosis, EventKind, StepKind};

/// What `heard diagnose` was given.
#[derive(Debug, Default)]
pub struct DiagnoseArgs {
    pub category: String,
    pub what: String,
    pub whys: Vec<String>,
    pub fix: String,
    pub owner: String,
    pub customer_told: Option<bool>,
}

/// The category as the playbook spells it. When the case's playbook offers
/// a list (the walk only lets people pick from it), anything else is
/// refused with the list, so the CLI and the walk file causes alike.
fn category_of(case: &Case, typed: &str) -> Result<String, Failure> {
    let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    let offered = case
        .playbook
        .step_of_kind(StepKind::Diagnosis)
        .map(|s| s.categories.clone())
        .unwrap_or_default();
    if offered.is_empty() {
        return Ok(typed);
    }
    offered
        .iter()
        .find(|c| c.eq_ignore_ascii_case(&typed))
        .cloned()
        .ok_or_else(|| {
            Failure::bad_input(format!(
                "`{typed}` is not a category of the `{}` playbook; use one of: {}",
                case.playbook.id,
                offered.join(", ")
            ))
        })
}

/// The diagnosis to record, or what is missing.
fn diagnosis_of(case: &Case, args: &DiagnoseArgs) -> Result<Diagnosis, Failure> {
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let d = Diagnosis {
        category: category_of(case, &args.category)?,
        what_happened: clean(&args.what),
        whys: args
            .whys
            .iter()
            .map(|w| clean(w))
            .filter(|w| !w.is_empty())
            .collect(),
        process_fix: clean(&args.fix),
        owner: clean(&args.owner),
        customer_told: args.customer_told,
    };
    // "customer told" may be answered later; everything else is needed now.
    let missing: Vec<&str> = d
        .missing()
        .into_iter()
        .filter(|m| *m != "customer told")
        .collect();
    if !missing.is_empty() {
        return Err(Failure::bad_input(format!(
            "the diagnosis needs: {} (blank text does not count)",
            missing.join(", ")
        )));
    }
    Ok(d)
}

pub fn run(ctx: &Context, id: &str, args: &DiagnoseArgs) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    let diagnosis = diagnosis_of(&case, args)?;
    if case.diagnosis.as_ref() == Some(&diagnosis) {
        say!("{id}: this diagnosis is already recorded.");
    } else {
        ctx.record(&id, vec![EventKind::DiagnosisLogged { diagnosis }])?;
        say!("{id}: diagnosis recorded.");
    }
    let case = ctx.store.load(&id)?;
    if let Some(d) = &case.diagnosis {
        say!("    category: {}", d.category);
        if let Some(root) = d.root_cause() {
            say!("    root cause: {root}");
        }
        say!("    process fix: {} (owner: {})", d.process_fix, d.owner);
        if d.customer_told.is_none() {
            say!(
                "    still to answer: was the customer told? (heard diagnose … --customer-told yes|no)"
            );
        }
    }
    say_part!("{}", alarm_lines(ctx, &case)?);
    Ok(())
}

/// What the alarm needs of every diagnosed case in the store.
pub fn history(ctx: &Context) -> Result<Vec<Precedent>, Failure> {
    Ok(ctx.store.precedents()?)
}

/// The recurring alarm for `case`'s diagnosis among every case in the
/// store, as lines to print (empty when nothing recurs).
pub fn alarm_lines(ctx: &Context, case: &Case) -> Result<String, Failure> {
    let Some(d) = &case.diagnosis else {
        return Ok(String::new());
    };
    let history = history(ctx)?;
    let rules = &case.playbook.patterns;
    let at = case.review.received_at;
    Ok(alarms(&case.id, at, d, &history, rules)
        .iter()
        .flat_map(|a| a.lines())
        .map(|l| format!("    {l}\n"))
        .collect())
}
