//! One place decides whether something may happen to a case. Every change
//! from the command line or the screen goes through [`decide`]; the fold
//! also ignores what [`structural`] refuses, so an event file written by
//! hand or by an older heard cannot change a case that was already sent.

use time::OffsetDateTime;

use super::case::Case;
use super::event::EventKind;
use super::gate::{approval_refusal, can_send};
use super::visible::hidden_chars;

/// Why something may not happen to a case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("this case was already sent; the reply and its steps cannot change any more")]
    AlreadySent,
    #[error(
        "a delivery of this reply was started and never finished: nobody knows whether the customer got it. \
         Check the platform, then confirm with `heard send {0} --delivered` or `heard send {0} --not-delivered`"
    )]
    DeliveryUncertain(String),
    #[error("no delivery is in progress on this case")]
    NoDeliveryInProgress,
    #[error("the case was already created")]
    CreatedTwice,
    #[error(
        "the clock reads {now}, before this case was created ({created}); check the computer's date and time"
    )]
    BeforeCreation { now: String, created: String },
    #[error("not approved: {0}")]
    Approval(String),
    #[error(
        "the approval names other drafts than the ones on file; read the current drafts and approve again"
    )]
    ApprovalOfOtherDrafts,
    #[error("there is nothing to review yet: both drafts must be written")]
    NothingToReview,
    #[error("not sent: {}", .0.join("; "))]
    Closed(Vec<String>),
    #[error("a check-in is a level from 1 (calm) to 5 (furious), not {0}")]
    CheckInLevel(u8),
    #[error("the follow-up comes after sending; this case was not sent yet")]
    NotSentYet,
    #[error("{0}")]
    HandEdits(String),
    #[error(
        "a practice case is never sent: it is training on the scenario \"{0}\". \
         Read its scorecard with `heard practice score {1}`"
    )]
    Practice(String, String),
    #[error("a case is practice from its creation or never: this one is real")]
    PracticeAfterCreation,
}

/// Kinds that change the reply or the walk towards it: none may follow `sent`.
fn changes_the_reply(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::CheckedIn { .. }
            | EventKind::BreathingStarted
            | EventKind::BreathingFinished { .. }
            | EventKind::ReadThrough
            | EventKind::Answered { .. }
            | EventKind::EmpathyWritten { .. }
            | EventKind::ApologyWritten { .. }
            | EventKind::ChoicesSet { .. }
            | EventKind::DraftEdited { .. }
            | EventKind::Approved { .. }
            | EventKind::ChangesRequested { .. }
            | EventKind::CommentResolved { .. }
            | EventKind::Sending { .. }
            | EventKind::Sent { .. }
    )
}

/// What no event may do whoever wrote it, judged on the case as folded so
/// far: the fold skips such events (and lists them), `decide` refuses them.
pub fn structural(case: &Case, kind: &EventKind, at: OffsetDateTime) -> Option<Refusal> {
    if matches!(kind, EventKind::Created { .. }) {
        return Some(Refusal::CreatedTwice);
    }
    // Clocks of two machines differ by seconds or minutes; more than that
    // before the case existed is a clock set back (or a hand edit).
    if at < super::integrity::with_slack(case.created_at) {
        return Some(Refusal::BeforeCreation {
            now: super::gate::short_time(at),
            created: super::gate::short_time(case.created_at),
        });
    }
    if case.sent.is_some() && changes_the_reply(kind) {
        return Some(Refusal::AlreadySent);
    }
    // Written with `created` and at its time; added later it would hide a
    // real case from the team's review, patterns and to-do list.
    if matches!(kind, EventKind::PracticeStarted { .. })
        && (at != case.created_at
            || case.opened_at.is_some()
            || case.latest_event_at != case.created_at)
    {
        return Some(Refusal::PracticeAfterCreation);
    }
    None
}

/// Who is acting: their name and the machine they act on.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub name: &'a str,
    pub device: Option<&'a str>,
}

/// Whether `actor` may record `kind` on `case` at `now`: the event to write,
/// or the typed refusal. Gates, approvals and deliveries are judged here and
/// nowhere else.
pub fn decide(
    case: &Case,
    actor: Actor,
    kind: EventKind,
    now: OffsetDateTime,
) -> Result<EventKind, Refusal> {
    let by = actor.name;
    if let Some(r) = structural(case, &kind, now) {
        return Err(r);
    }
    if let Some(scenario) = &case.practice
        && matches!(kind, EventKind::Sending { .. } | EventKind::Sent { .. })
    {
        return Err(Refusal::Practice(scenario.clone(), case.id.clone()));
    }
    let uncertain = case.delivery_uncertain();
    match &kind {
        EventKind::Sent { drafts_sha256, .. } => {
            let pending = case.sending.as_ref().ok_or(Refusal::NoDeliveryInProgress)?;
            if *drafts_sha256 != pending.drafts_sha256 {
                return Err(Refusal::ApprovalOfOtherDrafts);
            }
        }
        EventKind::DeliveryFailed { .. } if !uncertain => {
            return Err(Refusal::NoDeliveryInProgress);
        }
        EventKind::DeliveryFailed { .. } => {}
        _ if uncertain && changes_the_reply(&kind) => {
            return Err(Refusal::DeliveryUncertain(case.id.clone()));
        }
        EventKind::Sending { drafts_sha256, .. } => {
            let check = can_send(case, now);
            if !check.can_send() {
                return Err(Refusal::Closed(check.reasons()));
            }
            if *drafts_sha256 != case.drafts.sha256() {
                return Err(Refusal::ApprovalOfOtherDrafts);
            }
        }
        EventKind::Approved {
            drafts_sha256,
            signature,
            at_keyboard,
            ..
        } => {
            if let Some(r) = approval_refusal(case, by) {
                return Err(Refusal::Approval(r));
            }
            // From the command line, an unsigned approval on the machine
            // that wrote the drafts is the author under another name; at one
            // keyboard the screen's hand-over is the way, and says so.
            if !at_keyboard
                && signature.is_none()
                && actor.device.is_some_and(|d| case.draft_devices.contains(d))
            {
                return Err(Refusal::Approval(format!(
                    "this approval comes from the machine the drafts were written on. {by} approves \
                     from their own machine (`heard approve` there, or signed), or at this keyboard \
                     through the Peer review step, where it is recorded as typed here"
                )));
            }
            if *drafts_sha256 != case.drafts.sha256() {
                return Err(Refusal::ApprovalOfOtherDrafts);
            }
            if case.team.requires_signatures()
                && let Err(problem) =
                    case.team
                        .check_signature(&case.id, drafts_sha256, by, signature.as_deref())
            {
                return Err(Refusal::Approval(format!(
                    "this team requires signed approvals and {problem}; set `[identity] signing_key` \
                     in config.toml to your own key listed in the store's allowed_signers"
                )));
            }
        }
        EventKind::ChangesRequested { .. } if !case.drafts_complete() => {
            return Err(Refusal::NothingToReview);
        }
        EventKind::CheckedIn { level } if !(1..=5).contains(level) => {
            return Err(Refusal::CheckInLevel(*level));
        }
        EventKind::FollowUpSet { .. } | EventKind::FollowUpDone { .. } if case.sent.is_none() => {
            return Err(Refusal::NotSentYet);
        }
        EventKind::HandEditsAccepted {
            findings_sha256, ..
        } => {
            if let Some(r) = super::integrity::acceptance_refusal(case, by, findings_sha256) {
                return Err(Refusal::HandEdits(r));
            }
        }
        _ => {}
    }
    Ok(kind)
}

/// Hidden characters in the drafts, described for a refusal or a finding.
pub fn hidden_in_drafts(case: &Case) -> Option<String> {
    let mut found = Vec::new();
    for (name, text) in [
        ("public reply", &case.drafts.public),
        ("private message", &case.drafts.private),
    ] {
        let hidden = hidden_chars(text);
        if let Some((offset, c)) = hidden.first() {
            let line = text[..*offset].matches('\n').count() + 1;
            found.push(format!(
                "{name} line {line} holds {} hidden character{} (first {})",
                hidden.len(),
                if hidden.len() == 1 { "" } else { "s" },
                super::visible::describe(*c)
            ));
        }
    }
    (!found.is_empty()).then(|| {
        format!(
            "{}: they can hide or rearrange text on a screen, so nobody can approve what they cannot see; \
             retype those lines",
            found.join("; ")
        )
    })
}
