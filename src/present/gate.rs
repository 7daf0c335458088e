//! The gates and what refuses sending, in words: the domain says which
//! gate is closed and why as data; this is the one place that says it to a
//! person, so the case screen, `heard status`, `heard wait` and `heard
//! send` word it the same way.

use std::fmt;

use super::coach::blocking_line;
use super::time::{human_duration, short_time, time_left};
use crate::domain::gate::{ApprovalRefusal, Blocker, GateId, GateReason, StaleApproval, TypedAt};

impl fmt::Display for GateId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GateId::Cooldown => "cool-down",
            GateId::PeerReview => "peer review",
            GateId::OwnerApproval => "owner",
        })
    }
}

impl fmt::Display for GateReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GateReason::HandEdits { case, found } => write!(
                f,
                "files changed by hand: {}. A team member who wrote none of the drafts must check \
                 them (`heard verify {case} --accept`)",
                found.join("; ")
            ),
            GateReason::NotStarted => {
                f.write_str("not started: the cool-down starts when the case is first opened")
            }
            GateReason::ClockBehind { last_event } => write!(
                f,
                "the clock reads earlier than this case's last event ({}); waiting until it \
                 catches up",
                short_time(*last_event)
            ),
            GateReason::CoolingDown {
                left,
                length,
                opens_at,
            } => write!(
                f,
                "cooling down: {} of {} (opens at {})",
                time_left(*left),
                human_duration(*length),
                short_time(*opens_at)
            ),
            GateReason::NoCooldown => f.write_str("no cool-down in this playbook"),
            GateReason::CooledDown { length } => {
                write!(f, "{} cool-down done", human_duration(*length))
            }
            GateReason::ReviewNotRequired => f.write_str("not required by this playbook"),
            GateReason::HiddenCharacters(what) => write!(f, "{what}"),
            GateReason::DraftsMissing => f.write_str("waiting for both drafts to be written"),
            GateReason::OwnerApproved { by } => write!(f, "approved by the owner ({by})"),
            GateReason::OwnerNeeded { owners, why } => write!(
                f,
                "needs the owner's approval ({}): {}",
                owners.join(" or "),
                why.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            GateReason::AwaitingApproval => {
                f.write_str("waiting for a colleague to approve the drafts")
            }
            GateReason::ChangesAsked { by, comment } => {
                write!(f, "{by} asked for changes: {comment}")
            }
            GateReason::ApprovedSigned { by } => write!(f, "approved by {by} (signed)"),
            GateReason::ApprovedTyped { by, at } => {
                let how = match at {
                    TypedAt::AuthorsKeyboard => "typed at the author's keyboard, not signed",
                    TypedAt::AuthorsMachine => "typed on the author's machine, not signed",
                    TypedAt::Elsewhere => "typed, not signed",
                };
                write!(f, "approved by {by} ({how})")
            }
            GateReason::SignatureRequired { by, problem } => write!(
                f,
                "{by} approved, but this team requires signed approvals: {problem}"
            ),
            GateReason::NotOnRoster { by } => write!(
                f,
                "{by} approved, but is not on the team roster; a team member must approve"
            ),
            GateReason::ApproverIsAuthor { by } => write!(
                f,
                "{by} approved, but also wrote the drafts; someone else must approve"
            ),
            GateReason::Stale(stale) => stale.fmt(f),
        }
    }
}

impl fmt::Display for StaleApproval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let by = &self.by;
        match &self.edited {
            Some((editor, at)) => write!(
                f,
                "approval by {by} is stale since {editor} edited the drafts ({}): they changed \
                 after the last approval, so it needs a new one",
                short_time(*at)
            ),
            None => write!(
                f,
                "approval by {by} was for an earlier version of the drafts: they changed after \
                 the last approval, so it needs a new one"
            ),
        }
    }
}

impl fmt::Display for Blocker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Blocker::Practice(name) => write!(
                f,
                "a practice case is never sent (practice on \"{name}\"): read its scorecard with \
                 `heard practice score`"
            ),
            Blocker::AlreadySent => f.write_str("already sent"),
            Blocker::DeliveryUncertain => f.write_str(
                "delivery uncertain — a send was started and never finished; check the platform, \
                 then confirm with `heard send ID --delivered` or `--not-delivered`",
            ),
            Blocker::StepsPending(titles) => write!(f, "steps not done: {}", titles.join(", ")),
            Blocker::Coach(finding) => write!(f, "the coach blocks: {}", blocking_line(finding)),
            Blocker::Gate(id, reason) => write!(f, "{id} closed — {reason}"),
        }
    }
}

impl fmt::Display for ApprovalRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApprovalRefusal::NoName => f.write_str("say who you are: an approval needs a name"),
            ApprovalRefusal::NotOnTeam(why) => write!(f, "{why}"),
            ApprovalRefusal::Author(name) => write!(
                f,
                "{name} wrote part of these drafts and cannot approve them; ask a colleague"
            ),
            ApprovalRefusal::NothingToApprove => {
                f.write_str("there is nothing to approve yet: both drafts must be written")
            }
            ApprovalRefusal::AlreadySent => f.write_str("this case was already sent"),
            ApprovalRefusal::HiddenCharacters(what) => write!(f, "{what}"),
        }
    }
}

/// Every reason sending is refused, one line each.
pub fn lines(blockers: &[Blocker]) -> Vec<String> {
    blockers.iter().map(ToString::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::coach::{Category, DraftPart, Finding, Reason, Severity};
    use time::Duration;
    use time::macros::datetime;

    #[test]
    fn gate_reasons_table() {
        let at = datetime!(2026-11-23 14:05 UTC);
        let table: Vec<(GateReason, &str)> = vec![
            (
                GateReason::CoolingDown {
                    left: Duration::minutes(57) + Duration::seconds(1),
                    length: Duration::hours(1),
                    opens_at: at,
                },
                "cooling down: 58 min left of 1 h (opens at 2026-11-23 14:05 UTC)",
            ),
            (
                GateReason::CooledDown {
                    length: Duration::minutes(65),
                },
                "1 h 05 min cool-down done",
            ),
            (
                GateReason::ClockBehind { last_event: at },
                "the clock reads earlier than this case's last event (2026-11-23 14:05 UTC); \
                 waiting until it catches up",
            ),
            (
                GateReason::ApprovedTyped {
                    by: "Ben".into(),
                    at: TypedAt::AuthorsMachine,
                },
                "approved by Ben (typed on the author's machine, not signed)",
            ),
            (
                GateReason::ChangesAsked {
                    by: "Ben".into(),
                    comment: "Offer a call too".into(),
                },
                "Ben asked for changes: Offer a call too",
            ),
            (
                GateReason::Stale(StaleApproval {
                    by: "Ben".into(),
                    edited: Some(("Ann".into(), at)),
                }),
                "approval by Ben is stale since Ann edited the drafts (2026-11-23 14:05 UTC): \
                 they changed after the last approval, so it needs a new one",
            ),
            (
                GateReason::HandEdits {
                    case: "c1".into(),
                    found: vec!["a".into(), "b".into()],
                },
                "files changed by hand: a; b. A team member who wrote none of the drafts must \
                 check them (`heard verify c1 --accept`)",
            ),
        ];
        for (reason, want) in table {
            assert_eq!(reason.to_string(), want, "{reason:?}");
        }
    }

    #[test]
    fn blockers_table() {
        let table: Vec<(Blocker, &str)> = vec![
            (Blocker::AlreadySent, "already sent"),
            (
                Blocker::StepsPending(vec!["Check in".into(), "Compose".into()]),
                "steps not done: Check in, Compose",
            ),
            (
                Blocker::Coach(Finding {
                    category: Category::Shouting,
                    severity: Severity::Block,
                    evidence: crate::domain::coach::Evidence::Stated,
                    draft: DraftPart::Public,
                    start: 0,
                    end: 5,
                    line: 2,
                    column: 1,
                    reason: Reason::Quoted("AWFUL".into()),
                }),
                "the coach blocks: shouting (public line 2): shouting (\"AWFUL\"): capitals and \
                 repeated !/? read as anger; stay calm and professional",
            ),
            (
                Blocker::Gate(GateId::PeerReview, GateReason::DraftsMissing),
                "peer review closed — waiting for both drafts to be written",
            ),
            (
                Blocker::Gate(GateId::Cooldown, GateReason::NotStarted),
                "cool-down closed — not started: the cool-down starts when the case is first \
                 opened",
            ),
        ];
        for (blocker, want) in table {
            assert_eq!(blocker.to_string(), want, "{blocker:?}");
        }
    }

    #[test]
    fn approval_refusals_table() {
        let table = [
            (
                ApprovalRefusal::NoName,
                "say who you are: an approval needs a name",
            ),
            (
                ApprovalRefusal::Author("Ann".into()),
                "Ann wrote part of these drafts and cannot approve them; ask a colleague",
            ),
            (ApprovalRefusal::AlreadySent, "this case was already sent"),
        ];
        for (refusal, want) in table {
            assert_eq!(refusal.to_string(), want, "{refusal:?}");
        }
    }
}
