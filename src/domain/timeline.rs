//! A case's own timeline for the debrief (blameless postmortems start from
//! one): when the review came in, when each step and gate happened, who did
//! what. Folded from the events like the rest of the case; repeated work
//! (every draft save, every read) is one line with a count. What happened
//! is data ([`What`]); `present::timeline` says it.

use time::{Date, OffsetDateTime};

use super::action::ActionStatus;
use super::case::Case;
use super::deadline::deadline;
use super::debrief_field::DebriefField;
use super::event::{Event, EventKind};
use super::follow_up_outcome::FollowUpOutcome;
use super::gate::cooldown_length;
use super::identity::{first_spelling, same_person};
use super::triage::Road;

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    pub at: OffsetDateTime,
    /// Who did it ("heard" for what the gates did by themselves).
    pub by: String,
    pub what: What,
    /// How many times in a row (draft saves, reads …).
    pub times: u32,
    /// When the last of those happened.
    pub until: OffsetDateTime,
}

/// What a moment of the timeline was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// The customer posted the review, with its rating.
    Posted {
        platform: String,
        rating: Option<u8>,
    },
    /// The case was created, from the named playbook if it was copied.
    Created {
        playbook: Option<String>,
    },
    ReviewEdited,
    /// The first opening: the cool-down started.
    FirstOpened,
    Opened,
    CheckedIn(u8),
    Breathed,
    ReadThrough,
    Answered,
    EmpathyWritten,
    ApologyWritten,
    ChoicesSet,
    DraftsEdited,
    DiagnosisLogged,
    /// Changes asked for, with the comment.
    ChangesRequested(String),
    CommentResolved,
    /// Delivery started on the channel named.
    Delivering(String),
    DeliveryFailed,
    HandEditsAccepted,
    ApprovedSigned,
    ApprovedAtAuthorsKeyboard,
    ApprovedTyped,
    /// Sent on the channel named.
    Sent(String),
    Assigned(String),
    DebriefJoined,
    DebriefNoted(DebriefField),
    /// Whether they said a process is broken.
    ProcessJudged(bool),
    DebriefCheckedIn(u8),
    FollowUpSet(Date),
    FollowedUp(FollowUpOutcome),
    ActionMarked(ActionStatus),
    PracticeStarted(String),
    Triaged(Road),
    Parked,
    /// Asked to close without a reply, with the reason.
    CloseAsked(String),
    CloseAgreed,
    /// The cool-down ended, after this many minutes.
    CooldownEnded(i64),
    Deadline(DeadlineMet),
}

/// How the response deadline went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineMet {
    Met,
    Missed,
    /// The reply had not gone out.
    NotSent,
}

/// The recorded moments, in the order they were recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub moments: Vec<Moment>,
    opened: bool,
}

impl Timeline {
    /// Fold one event (the case's first, `created`, included).
    pub fn apply(&mut self, event: &Event) {
        let Some((what, repeats)) = self.describe(&event.kind) else {
            return;
        };
        if let Some(last) = self.moments.last_mut()
            && repeats
            && same_person(&last.by, &event.by)
            && last.what == what
        {
            last.times += 1;
            last.until = event.at;
            return;
        }
        // One person, one spelling: the one first seen on this case.
        let by = first_spelling(self.moments.iter().map(|m| m.by.as_str()), &event.by);
        self.moments.push(Moment {
            at: event.at,
            by: by.to_string(),
            what,
            times: 1,
            until: event.at,
        });
    }

    /// What an event says, and whether it folds into the same line before
    /// it; None for what is not worth a line.
    fn describe(&mut self, kind: &EventKind) -> Option<(What, bool)> {
        if let EventKind::Opened = kind {
            let first = !self.opened;
            self.opened = true;
            return Some(if first {
                (What::FirstOpened, false)
            } else {
                (What::Opened, true)
            });
        }
        if let Some(what) = repeated(kind) {
            return Some((what, true));
        }
        once(kind).map(|what| (what, false))
    }
}

/// Work done again and again, folded into one line with a count.
fn repeated(kind: &EventKind) -> Option<What> {
    Some(match kind {
        EventKind::ReadThrough => What::ReadThrough,
        EventKind::Answered { .. } => What::Answered,
        EventKind::EmpathyWritten { .. } => What::EmpathyWritten,
        EventKind::ApologyWritten { .. } => What::ApologyWritten,
        EventKind::ChoicesSet { .. } => What::ChoicesSet,
        EventKind::DraftEdited { .. } => What::DraftsEdited,
        EventKind::DiagnosisLogged { .. } => What::DiagnosisLogged,
        EventKind::CommentResolved { .. } => What::CommentResolved,
        EventKind::DebriefNoted { field, .. } => What::DebriefNoted(*field),
        _ => return None,
    })
}

/// Moments that stand on their own line.
fn once(kind: &EventKind) -> Option<What> {
    Some(match kind {
        EventKind::Created { playbook, .. } => What::Created {
            playbook: playbook.as_ref().map(|p| p.id.clone()),
        },
        EventKind::ReviewUpdated { .. } => What::ReviewEdited,
        EventKind::CheckedIn { level } => What::CheckedIn(*level),
        EventKind::BreathingFinished { .. } => What::Breathed,
        EventKind::ChangesRequested { comment, .. } => {
            What::ChangesRequested(comment.trim().to_string())
        }
        EventKind::Sending { channel, .. } => What::Delivering(channel.clone()),
        EventKind::DeliveryFailed { .. } => What::DeliveryFailed,
        EventKind::HandEditsAccepted { .. } => What::HandEditsAccepted,
        EventKind::Approved {
            signature: Some(_), ..
        } => What::ApprovedSigned,
        EventKind::Approved {
            at_keyboard: true, ..
        } => What::ApprovedAtAuthorsKeyboard,
        EventKind::Approved { .. } => What::ApprovedTyped,
        EventKind::Sent { channel, .. } => What::Sent(channel.clone()),
        EventKind::Assigned { to } => What::Assigned(to.clone()),
        EventKind::DebriefJoined => What::DebriefJoined,
        EventKind::ProcessJudged { broken } => What::ProcessJudged(*broken),
        EventKind::DebriefCheckedIn { level } => What::DebriefCheckedIn(*level),
        EventKind::FollowUpSet { due } => What::FollowUpSet(due.date()),
        EventKind::FollowUpDone { outcome, .. } => What::FollowedUp(*outcome),
        EventKind::ActionUpdated { status, .. } => What::ActionMarked(*status),
        EventKind::PracticeStarted { scenario } => What::PracticeStarted(scenario.clone()),
        EventKind::Triaged { road } => What::Triaged(*road),
        EventKind::Parked => What::Parked,
        EventKind::CloseAsked { reason } => What::CloseAsked(reason.trim().to_string()),
        EventKind::CloseAgreed { .. } => What::CloseAgreed,
        // Not worth a line, or told by `describe` / `repeated`; listed so a
        // new kind of event must be placed here.
        EventKind::BreathingStarted
        | EventKind::Opened
        | EventKind::ReadThrough
        | EventKind::Answered { .. }
        | EventKind::EmpathyWritten { .. }
        | EventKind::ApologyWritten { .. }
        | EventKind::ChoicesSet { .. }
        | EventKind::DraftEdited { .. }
        | EventKind::DiagnosisLogged { .. }
        | EventKind::CommentResolved { .. }
        | EventKind::DebriefNoted { .. } => return None,
    })
}

/// The whole timeline of `case`, oldest first: the review itself, the
/// recorded moments, and when the cool-down ended and the deadline fell.
pub fn timeline(case: &Case) -> Vec<Moment> {
    let at = |at: OffsetDateTime, by: &str, what: What| Moment {
        at,
        by: by.to_string(),
        what,
        times: 1,
        until: at,
    };
    let r = &case.review;
    let posted = What::Posted {
        platform: r.platform.clone(),
        rating: r.rating,
    };
    let mut out = vec![at(r.received_at, &r.customer, posted)];
    out.extend(case.history.moments.iter().cloned());
    if let Some(opened) = case.opened_at {
        let length = cooldown_length(case);
        out.push(at(
            opened + length,
            "heard",
            What::CooldownEnded(length.whole_minutes()),
        ));
    }
    let due = deadline(case);
    let met = match &case.sent {
        Some(s) if s.at <= due => DeadlineMet::Met,
        Some(_) => DeadlineMet::Missed,
        None => DeadlineMet::NotSent,
    };
    out.push(at(due, "heard", What::Deadline(met)));
    // Stable: events recorded at the same second keep their order.
    out.sort_by_key(|m| m.at);
    out
}
