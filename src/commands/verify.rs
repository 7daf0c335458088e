//! `heard verify [ID] [--accept]`: every sign that a case's files were
//! changed by hand, like `git fsck`; a team member can accept them.

use super::{Context, Failure, Outcome};
use crate::domain::integrity::{findings_sha256, unaccepted};
use crate::domain::{Case, Clock, EventKind};

/// Everything wrong with one case: the store's hand-edit findings, events
/// the fold had to skip, and events dated in the future.
fn problems(case: &Case, now: time::OffsetDateTime) -> Vec<String> {
    let mut out: Vec<String> = case.hand_edits.clone();
    out.extend(
        case.ignored
            .iter()
            .map(|(i, why)| format!("event {i} was ignored: {why}")),
    );
    if now
        .checked_add(time::Duration::minutes(5))
        .is_some_and(|later| case.latest_event_at > later)
    {
        out.push(format!(
            "an event is dated in the future ({})",
            crate::present::time::short_time(case.latest_event_at)
        ));
    }
    out
}

pub fn run(ctx: &Context, id: Option<&str>) -> Outcome {
    let ids = match id {
        Some(id) => vec![ctx.store.resolve(id)?],
        None => ctx.store.case_ids()?,
    };
    let now = ctx.clock.now();
    let mut bad = 0;
    for id in &ids {
        let case = match ctx.store.load(id) {
            Ok(c) => c,
            Err(e) => {
                bad += 1;
                say!("{id}: cannot be read: {e}");
                continue;
            }
        };
        let found = problems(&case, now);
        if found.is_empty() {
            say!("{id}: ok");
            continue;
        }
        bad += 1;
        let accepted = unaccepted(&case).is_empty() && !case.hand_edits.is_empty();
        say!(
            "{id}: {} problem{}{}",
            found.len(),
            if found.len() == 1 { "" } else { "s" },
            if accepted {
                " (hand edits accepted by a team member)"
            } else {
                ""
            }
        );
        for f in found {
            say!("  - {f}");
        }
    }
    if id.is_none() {
        let repo = crate::store::git::Repo::new(ctx.store.root(), &ctx.me);
        // Without git (or history) there is nothing more to check here.
        let outsiders = repo.settings_changed_by_outsiders().unwrap_or_default();
        if !outsiders.is_empty() {
            bad += 1;
            say!(
                "team.toml / allowed_signers: changed by someone not on the roster, or its owners \
                 by someone who was not an owner"
            );
            for c in outsiders {
                say!(
                    "  - {}",
                    if c.starts_with('(') {
                        c
                    } else {
                        format!("commit {c}")
                    }
                );
            }
        }
    }
    if bad == 0 {
        say!(
            "{} case{} checked: nothing changed by hand.",
            ids.len(),
            if ids.len() == 1 { "" } else { "s" }
        );
        Ok(())
    } else {
        Err(Failure::refused(format!(
            "{bad} of {} case{} failed verification; a case with hand edits keeps both gates closed until a \
             team member who wrote none of its drafts runs `heard verify ID --accept`",
            ids.len(),
            if ids.len() == 1 { "" } else { "s" }
        )))
    }
}

pub fn accept(ctx: &Context, id: &str, note: Option<&str>) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    ctx.record(
        &id,
        vec![EventKind::HandEditsAccepted {
            findings_sha256: findings_sha256(&case.hand_edits),
            note: note.unwrap_or_default().trim().to_string(),
        }],
    )?;
    say!(
        "{} accepted {} hand edit{} on {id}:",
        ctx.me,
        case.hand_edits.len(),
        if case.hand_edits.len() == 1 { "" } else { "s" }
    );
    for f in &case.hand_edits {
        say!("  - {f}");
    }
    Ok(())
}
