//! Everything that happens to a case is an event, written once and never
//! changed. A case's state is the fold of its events (see `case.rs`).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::comments::LineComment;
use super::debrief_field::DebriefField;
use super::diagnosis::Diagnosis;
use super::draft::Drafts;
use super::playbook::Playbook;

/// One thing that happened, by whom and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// The person who did it.
    pub by: String,
    #[serde(flatten)]
    pub kind: EventKind,
    /// The sha256 of the file of this person's previous event on the case
    /// (their first names the `created` event's file): each person's events
    /// form a chain, so a file changed or removed by hand shows. Set by the
    /// store when it writes the event; older stores have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev: Option<String>,
    /// The machine it was recorded on (a random id made once per person's
    /// installation): an approval typed on the machine that wrote the drafts
    /// is shown as such.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

impl Event {
    pub fn new(at: OffsetDateTime, by: impl Into<String>, kind: EventKind) -> Event {
        Event {
            at,
            by: by.into(),
            kind,
            prev: None,
            device: None,
        }
    }
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// The case was created with the playbook whose copy hashes to
    /// `playbook_sha256`, so that later edits of the playbook file never
    /// change this case's gates. The store keeps that copy once, as
    /// `playbooks/<sha256>.toml`, and puts it here when it reads the event;
    /// older stores wrote the whole copy into the event instead.
    Created {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        playbook: Option<Box<Playbook>>,
        playbook_sha256: String,
    },
    /// The customer edited their review on the platform (seen on re-import).
    ReviewUpdated { review: Box<super::review::Review> },
    /// Someone opened the case to work on it; the first one starts the cool-down.
    Opened,
    /// How upset the person is, 1 (calm) to 5 (furious).
    CheckedIn { level: u8 },
    /// The breathing pacer started.
    BreathingStarted,
    /// The breathing pacer ran all its cycles.
    BreathingFinished { cycles: u32 },
    /// The review was scrolled through to its end once more.
    ReadThrough,
    /// A read-step question was answered.
    Answered { question: String, answer: String },
    /// The empathy line.
    EmpathyWritten { text: String },
    /// The apology.
    ApologyWritten { text: String },
    /// The resolution options offered and by when.
    ChoicesSet {
        choices: Vec<String>,
        timeline: String,
    },
    /// A new version of the drafts.
    DraftEdited { drafts: Drafts },
    /// The blameless diagnosis.
    DiagnosisLogged { diagnosis: Diagnosis },
    /// A colleague approved these exact drafts.
    Approved {
        drafts_sha256: String,
        #[serde(default)]
        note: String,
        /// An SSH signature (namespace `heard`) of the approval, when the
        /// approver signed it; unsigned approvals were typed at a keyboard.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        signature: Option<String>,
        /// Given in the screen's hand-over, at the author's keyboard.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        at_keyboard: bool,
    },
    /// A colleague asked for changes to these drafts.
    ChangesRequested {
        drafts_sha256: String,
        /// What should change, in one line (every comment, for older readers).
        comment: String,
        /// Each comment, optionally anchored to a line of a draft. Older
        /// event files have none: their `comment` is then the one comment.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        comments: Vec<LineComment>,
    },
    /// The author dealt with a review comment (by its id).
    CommentResolved { comment_id: String },
    /// Delivery of the approved drafts is starting. A `sending` with no
    /// `sent` or `delivery_failed` after it means heard stopped mid-delivery:
    /// nobody knows whether the customer got it, so it is never sent again
    /// without a person checking the platform first.
    Sending {
        channel: String,
        drafts_sha256: String,
    },
    /// A delivery that was started did not reach the customer (it failed,
    /// or a person checked the platform after an interrupted one).
    DeliveryFailed {
        #[serde(default)]
        reason: String,
    },
    /// Files of this case were changed by hand (see `heard verify`); a team
    /// member looked at exactly these findings and accepted them.
    HandEditsAccepted {
        findings_sha256: String,
        #[serde(default)]
        note: String,
    },
    /// The approved drafts were delivered.
    Sent {
        channel: String,
        drafts_sha256: String,
    },
    /// Someone joined the debrief (the second person at the keyboard).
    DebriefJoined,
    /// A debrief note, by whoever wrote it.
    DebriefNoted { field: DebriefField, text: String },
    /// Whether the debrief found a broken process.
    ProcessJudged { broken: bool },
    /// How upset the author is at the debrief, 1–5 (compared with the
    /// first check-in; it never changes the cool-down).
    DebriefCheckedIn { level: u8 },
    /// When to check back with the customer after the reply went out.
    FollowUpSet {
        #[serde(with = "time::serde::rfc3339")]
        due: OffsetDateTime,
    },
    /// The follow-up happened; how it ended.
    FollowUpDone {
        outcome: super::follow_up_outcome::FollowUpOutcome,
        #[serde(default)]
        note: String,
    },
    /// The process fix of the case's diagnosis (its action item) moved on:
    /// done, verified, dropped or open again, with a note and maybe a new
    /// due date. See `domain::action`.
    ActionUpdated {
        status: super::action::ActionStatus,
        #[serde(default)]
        note: String,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "time::serde::rfc3339::option"
        )]
        due: Option<OffsetDateTime>,
    },
    /// This case is practice on a shipped or exported scenario (its name):
    /// written with `created`, it is never sent and its cool-down is short.
    PracticeStarted { scenario: String },
    /// After reading: what this review needs (see `domain::triage`).
    Triaged { road: super::triage::Road },
    /// No time to concentrate now: back to the inbox until opened again.
    Parked,
    /// Someone asks to close the case without a reply, and why.
    CloseAsked { reason: String },
    /// A colleague agreed to close the case without a reply.
    CloseAgreed {
        #[serde(default)]
        note: String,
    },
    /// The case was given to a team member to work on (the roster's spelling).
    Assigned { to: String },
}

impl EventKind {
    /// Short name as stored in the `type` field.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::Created { .. } => "created",
            EventKind::ReviewUpdated { .. } => "review_updated",
            EventKind::Opened => "opened",
            EventKind::CheckedIn { .. } => "checked_in",
            EventKind::BreathingStarted => "breathing_started",
            EventKind::BreathingFinished { .. } => "breathing_finished",
            EventKind::ReadThrough => "read_through",
            EventKind::Answered { .. } => "answered",
            EventKind::EmpathyWritten { .. } => "empathy_written",
            EventKind::ApologyWritten { .. } => "apology_written",
            EventKind::ChoicesSet { .. } => "choices_set",
            EventKind::DraftEdited { .. } => "draft_edited",
            EventKind::DiagnosisLogged { .. } => "diagnosis_logged",
            EventKind::Approved { .. } => "approved",
            EventKind::ChangesRequested { .. } => "changes_requested",
            EventKind::Sending { .. } => "sending",
            EventKind::DeliveryFailed { .. } => "delivery_failed",
            EventKind::HandEditsAccepted { .. } => "hand_edits_accepted",
            EventKind::Sent { .. } => "sent",
            EventKind::CommentResolved { .. } => "comment_resolved",
            EventKind::DebriefJoined => "debrief_joined",
            EventKind::DebriefNoted { .. } => "debrief_noted",
            EventKind::ProcessJudged { .. } => "process_judged",
            EventKind::DebriefCheckedIn { .. } => "debrief_checked_in",
            EventKind::FollowUpSet { .. } => "follow_up_set",
            EventKind::FollowUpDone { .. } => "follow_up_done",
            EventKind::ActionUpdated { .. } => "action_updated",
            EventKind::PracticeStarted { .. } => "practice_started",
            EventKind::Triaged { .. } => "triaged",
            EventKind::Parked => "parked",
            EventKind::CloseAsked { .. } => "close_asked",
            EventKind::CloseAgreed { .. } => "close_agreed",
            EventKind::Assigned { .. } => "assigned",
        }
    }
}
