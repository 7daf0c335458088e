//! `heard team init [--remote URL]` and `heard sync`: share the store with
//! the team through git, and say plainly what arrived.

use std::collections::BTreeMap;
use std::path::Path;

use super::{Context, Failure, Outcome};
use crate::domain::{Event, EventKind};
use crate::store::git::{GitError, Repo, SyncReport};

impl From<GitError> for Failure {
    fn from(e: GitError) -> Failure {
        match e {
            GitError::Failed { .. } => Failure::bad_input(e.to_string()),
            _ => Failure::refused(e.to_string()),
        }
    }
}

/// One line per case about the events that arrived, e.g.
/// `20261123-mara-1a2b: 2 new events (bob asked for changes, bob opened)`.
pub fn describe_arrivals(root: &Path, arrived: &[String]) -> Vec<String> {
    let mut per_case: BTreeMap<&str, (bool, Vec<String>)> = BTreeMap::new();
    for path in arrived {
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["cases", id, "review.json"] => per_case.entry(id).or_default().0 = true,
            ["cases", id, "events", _] => {
                let what = std::fs::read_to_string(root.join(path))
                    .ok()
                    .and_then(|t| serde_json::from_str::<Event>(&t).ok())
                    .map(|e| format!("{} {}", e.by, describe(&e.kind)))
                    .unwrap_or_else(|| "an event".into());
                per_case.entry(id).or_default().1.push(what);
            }
            _ => {}
        }
    }
    per_case
        .into_iter()
        .map(|(id, (new_case, events))| {
            let n = events.len();
            let head = if new_case { "new case, " } else { "" };
            format!(
                "{id}: {head}{n} new event{} ({})",
                if n == 1 { "" } else { "s" },
                events.join(", ")
            )
        })
        .collect()
}

fn describe(kind: &EventKind) -> &'static str {
    match kind {
        EventKind::Created { .. } => "created the case",
        EventKind::Approved { .. } => "approved",
        EventKind::ChangesRequested { .. } => "asked for changes",
        EventKind::DraftEdited { .. } => "edited the drafts",
        EventKind::CommentResolved { .. } => "resolved a comment",
        EventKind::Sent { .. } => "sent the reply",
        EventKind::Opened => "opened it",
        EventKind::CheckedIn { .. } => "checked in",
        EventKind::FollowUpSet { .. } | EventKind::FollowUpDone { .. } => "followed up",
        EventKind::DebriefJoined
        | EventKind::DebriefNoted { .. }
        | EventKind::ProcessJudged { .. }
        | EventKind::DebriefCheckedIn { .. } => "added to the debrief",
        _ => "worked on a step",
    }
}

fn print_report(ctx: &Context, report: &SyncReport) {
    let root = ctx.store.root();
    let arrivals = describe_arrivals(root, &report.arrived);
    match &report.remote {
        None => say!(
            "Committed locally. No team remote yet: run `heard team init --remote URL` to share."
        ),
        Some(url) => {
            let sent_events = report
                .sent
                .iter()
                .filter(|p| p.contains("/events/"))
                .count();
            say!("Synced with {url}: sent {sent_events} new event(s) of yours.");
            if arrivals.is_empty() {
                say!("Nothing new from the team.");
            } else {
                say!("Arrived from the team:");
                for line in arrivals {
                    say!("  {line}");
                }
            }
        }
    }
}

/// `heard team init [--remote URL]`.
pub fn init(ctx: &Context, remote: Option<&str>) -> Outcome {
    let repo = Repo::new(ctx.store.root(), &ctx.me);
    let was_shared = repo.is_shared();
    let report = repo.init(remote)?;
    reindex_arrivals(ctx, &report)?;
    if !was_shared {
        say!(
            "The store at {} is now a git repository.",
            ctx.store.root().display()
        );
    }
    match remote {
        Some(_) => print_report(ctx, &report),
        None => say!(
            "Share it: create an empty git repository your team can reach, then run \
             `heard team init --remote URL` here; colleagues run the same command to join."
        ),
    }
    Ok(())
}

/// `heard sync`.
pub fn sync(ctx: &Context) -> Outcome {
    let report = Repo::new(ctx.store.root(), &ctx.me)
        .sync()
        .inspect_err(|e| tracing::warn!(error = %e, "sync failed"))?;
    tracing::info!(
        arrived = report.arrived.len(),
        sent = report.sent.len(),
        remote = report.remote.as_deref().unwrap_or("none"),
        "synced"
    );
    reindex_arrivals(ctx, &report)?;
    print_report(ctx, &report);
    Ok(())
}

/// Cases whose files came from the team get their inbox rows again.
fn reindex_arrivals(ctx: &Context, report: &SyncReport) -> Outcome {
    let ids: std::collections::BTreeSet<&str> = report
        .arrived
        .iter()
        .filter_map(|p| p.strip_prefix("cases/")?.split('/').next())
        .collect();
    ctx.store.reindex_cases(ids)?;
    Ok(())
}
