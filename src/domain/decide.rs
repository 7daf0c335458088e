//! One place decides whether something may happen to a case. Every change
//! from the command line or the screen goes through [`decide`]; the fold
//! also ignores what [`structural`] refuses, so an event file written by
//! hand or by an older heard cannot change a case that was already sent.

use time::OffsetDateTime;

use super::case::Case;
use super::event::EventKind;
use super::gate::{ApprovalRefusal, Blocker, approval_refusal, can_send};
use super::visible::hidden_chars;

/// Why something may not happen to a case (`present::refusal` words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Sent: the reply and its steps are final.
    AlreadySent,
    /// A delivery of case `.0` started and never finished.
    DeliveryUncertain(String),
    NoDeliveryInProgress,
    CreatedTwice,
    /// The clock reads `now`, before the case was `created`.
    BeforeCreation {
        now: OffsetDateTime,
        created: OffsetDateTime,
    },
    /// Not approved: who may approve said no.
    Approval(ApprovalRefusal),
    /// The approval names other drafts than the ones on file.
    ApprovalOfOtherDrafts,
    /// Both drafts must be written before a review.
    NothingToReview,
    /// Not sent: everything that still refuses it.
    Closed(Vec<Blocker>),
    /// A check-in level outside 1–5.
    CheckInLevel(u8),
    /// A follow-up before sending.
    NotSentYet,
    /// Accepting hand edits refused (as `integrity::acceptance_refusal` says).
    HandEdits(super::integrity::AcceptanceRefusal),
    /// An unsigned approval by `.0` from the machine the drafts were written on.
    ApprovalOnAuthorsMachine(String),
    /// The team requires signed approvals and this one fails (the problem).
    ApprovalUnsigned(super::signing::SignatureProblem),
    /// A practice case (scenario, case id) is never sent.
    Practice(String, String),
    /// `practice_started` after the case was created.
    PracticeAfterCreation,
    /// Closed without a reply (the reason): nothing about the reply changes.
    ClosedWithoutReply(String),
    /// Triage comes after the whole review was read.
    TriageBeforeReading,
    /// Nothing is sent on this road (why, in `not_replying`'s words).
    NotReplying(NotReplying),
    /// Closing without a reply refused.
    Close(super::triage::CloseRefusal),
    /// Not assigned (why).
    Assign(super::escalation::AssignRefusal),
}

impl From<super::triage::CloseRefusal> for Refusal {
    fn from(r: super::triage::CloseRefusal) -> Refusal {
        Refusal::Close(r)
    }
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
            | EventKind::Triaged { .. }
            | EventKind::CloseAsked { .. }
            | EventKind::CloseAgreed { .. }
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
            now: at,
            created: case.created_at,
        });
    }
    if case.sent.is_some() && changes_the_reply(kind) {
        return Some(Refusal::AlreadySent);
    }
    // A level no screen offers would otherwise count as calm and shorten
    // the cool-down below what the person's real check-in gives.
    if let EventKind::CheckedIn { level } = kind
        && !(1..=5).contains(level)
    {
        return Some(Refusal::CheckInLevel(*level));
    }
    if let Some(closed) = case.closed()
        && changes_the_reply(kind)
    {
        return Some(Refusal::ClosedWithoutReply(closed.reason.clone()));
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
    if let Some(judged) = judge_delivery(case, &kind, now) {
        judged?;
        return Ok(kind);
    }
    match &kind {
        EventKind::Triaged { .. } => {
            let read = case.playbook.step_of_kind(super::playbook::StepKind::Read);
            if read.is_some_and(|s| !case.step_done(s)) {
                return Err(Refusal::TriageBeforeReading);
            }
        }
        EventKind::CloseAsked { reason } => {
            if let Some(r) = super::triage::ask_refusal(case, reason) {
                return Err(r.into());
            }
        }
        EventKind::CloseAgreed { .. } => {
            if let Some(r) = super::triage::agree_refusal(case, by, actor.device) {
                return Err(r.into());
            }
        }
        EventKind::Approved {
            drafts_sha256,
            signature,
            at_keyboard,
            ..
        } => {
            let typed = super::gate::TypedApproval {
                by,
                device: actor.device,
                drafts_sha256,
                signature: signature.as_deref(),
                at_keyboard: *at_keyboard,
            };
            judge_approval(case, &typed)?;
        }
        EventKind::ChangesRequested { .. } if !case.drafts_complete() => {
            return Err(Refusal::NothingToReview);
        }
        EventKind::Assigned { to } => {
            let to = super::escalation::assignee(case, to).map_err(Refusal::Assign)?;
            return Ok(EventKind::Assigned { to });
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

/// Deliveries, and everything a delivery of unknown outcome holds up:
/// judged here when `kind` is one of them, None when it is not.
fn judge_delivery(
    case: &Case,
    kind: &EventKind,
    now: OffsetDateTime,
) -> Option<Result<(), Refusal>> {
    let uncertain = case.delivery_uncertain();
    let judged = match kind {
        EventKind::Sent { drafts_sha256, .. } => match &case.sending {
            None => Err(Refusal::NoDeliveryInProgress),
            Some(pending) if *drafts_sha256 != pending.drafts_sha256 => {
                Err(Refusal::ApprovalOfOtherDrafts)
            }
            Some(_) => Ok(()),
        },
        EventKind::DeliveryFailed { .. } if !uncertain => Err(Refusal::NoDeliveryInProgress),
        EventKind::DeliveryFailed { .. } => Ok(()),
        _ if uncertain && changes_the_reply(kind) => {
            Err(Refusal::DeliveryUncertain(case.id.clone()))
        }
        EventKind::Sending { .. } if !case.road().replies() || case.closing.is_some() => {
            Err(Refusal::NotReplying(not_replying(case)))
        }
        EventKind::Sending { drafts_sha256, .. } => {
            let check = can_send(case, now);
            if !check.can_send() {
                Err(Refusal::Closed(check.reasons()))
            } else if *drafts_sha256 != case.drafts.sha256() {
                Err(Refusal::ApprovalOfOtherDrafts)
            } else {
                Ok(())
            }
        }
        _ => return None,
    };
    Some(judged)
}

/// Whether an approval may be recorded: who gives it, from where, of
/// which drafts, and signed as the team requires.
fn judge_approval(case: &Case, typed: &super::gate::TypedApproval) -> Result<(), Refusal> {
    let by = typed.by;
    if let Some(r) = approval_refusal(case, by) {
        return Err(Refusal::Approval(r));
    }
    // From the command line, an approval on the machine that wrote the
    // drafts, unsigned (or with a signature that is not theirs), is the
    // author under another name; at one keyboard the screen's hand-over is
    // the way, and says so. A signature the team requires is judged below,
    // in its own words.
    let signature_speaks = typed.signature.is_some() && case.team.requires_signatures();
    if !signature_speaks && super::gate::from_drafts_machine(case, typed) {
        return Err(Refusal::ApprovalOnAuthorsMachine(by.to_string()));
    }
    if typed.drafts_sha256 != case.drafts.sha256() {
        return Err(Refusal::ApprovalOfOtherDrafts);
    }
    if case.team.requires_signatures()
        && let Err(problem) =
            case.team
                .check_signature(&case.id, typed.drafts_sha256, by, typed.signature)
    {
        return Err(Refusal::ApprovalUnsigned(problem));
    }
    Ok(())
}

/// Whether the fold counts an approval where it stands in the files: only
/// one `decide` would take on the case as folded so far (drafts on file with
/// its hash, a colleague, not the drafts' machine), so an approval written
/// by hand never opens the gate where heard would have refused it. Other
/// events are not judged here.
pub fn approval_would_count(case: &Case, event: &super::event::Event) -> bool {
    if !matches!(event.kind, EventKind::Approved { .. }) {
        return true;
    }
    let actor = Actor {
        name: &event.by,
        device: event.device.as_deref(),
    };
    decide(case, actor, event.kind.clone(), event.at).is_ok()
}

/// Why nothing is sent on a case (worded by `present::refusal`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotReplying {
    /// Closed without a reply, for this reason.
    Closed(String),
    /// Someone asked to close it without a reply: who, and why.
    CloseAsked { by: String, reason: String },
    /// Triage chose not to engage.
    DontEngage,
}

/// Why nothing is sent.
fn not_replying(case: &Case) -> NotReplying {
    match &case.closing {
        Some(c) if c.agreed.is_some() => NotReplying::Closed(c.reason.clone()),
        Some(c) => NotReplying::CloseAsked {
            by: c.asked_by.clone(),
            reason: c.reason.clone(),
        },
        None => NotReplying::DontEngage,
    }
}

/// Hidden characters found in one draft (worded by `present::refusal`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiddenIn {
    pub draft: super::comments::DraftPart,
    /// The line (from 1) of the first one.
    pub line: usize,
    pub count: usize,
    pub first: char,
}

/// Hidden characters in the drafts, for a refusal or a finding: one entry
/// per draft that holds any (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiddenInDrafts(pub Vec<HiddenIn>);

/// Hidden characters in the drafts, if there are any.
pub fn hidden_in_drafts(case: &Case) -> Option<HiddenInDrafts> {
    use super::comments::DraftPart;
    let mut found = Vec::new();
    for draft in [DraftPart::Public, DraftPart::Private] {
        let text = draft.text(&case.drafts);
        let hidden = hidden_chars(text);
        if let Some((offset, c)) = hidden.first() {
            found.push(HiddenIn {
                draft,
                line: text[..*offset].matches('\n').count() + 1,
                count: hidden.len(),
                first: *c,
            });
        }
    }
    (!found.is_empty()).then_some(HiddenInDrafts(found))
}
