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
    #[error(
        "this case was closed without a reply ({0}); nothing about its reply can change any more"
    )]
    ClosedWithoutReply(String),
    #[error("read the whole review first: what it needs is decided after reading")]
    TriageBeforeReading,
    #[error(
        "nothing is sent on this case: {0}. Choose another road on the triage step to reply after all"
    )]
    NotReplying(String),
    #[error("{0}")]
    Close(#[from] super::triage::CloseRefusal),
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
            now: super::gate::short_time(at),
            created: super::gate::short_time(case.created_at),
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
        EventKind::Sending { .. } if !case.road().replies() || case.closing.is_some() => {
            return Err(Refusal::NotReplying(not_replying(case)));
        }
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
            let typed = super::gate::TypedApproval {
                by,
                device: actor.device,
                drafts_sha256,
                signature: signature.as_deref(),
                at_keyboard: *at_keyboard,
            };
            judge_approval(case, &typed)?;
        }
        EventKind::ChangesRequested { .. } if !case.drafts.is_complete() => {
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
        return Err(Refusal::Approval(format!(
            "this approval comes from the machine the drafts were written on. {by} approves \
             from their own machine (`heard approve` there, or signed), or at this keyboard \
             through the Peer review step, where it is recorded as typed here"
        )));
    }
    if typed.drafts_sha256 != case.drafts.sha256() {
        return Err(Refusal::ApprovalOfOtherDrafts);
    }
    if case.team.requires_signatures()
        && let Err(problem) =
            case.team
                .check_signature(&case.id, typed.drafts_sha256, by, typed.signature)
    {
        return Err(Refusal::Approval(format!(
            "this team requires signed approvals and {problem}; set `[identity] signing_key` \
             in config.toml to your own key listed in the store's allowed_signers"
        )));
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

/// Why nothing is sent, in a few words.
fn not_replying(case: &Case) -> String {
    match &case.closing {
        Some(c) if c.agreed.is_some() => format!("it was closed without a reply ({})", c.reason),
        Some(c) => format!(
            "{} asked to close it without a reply ({})",
            c.asked_by, c.reason
        ),
        None => "triage chose not to engage with this review".into(),
    }
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
