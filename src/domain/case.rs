//! A case is one review being answered. Its state is the fold of its events;
//! nothing here reads a file or a clock.

use std::collections::BTreeSet;
use time::OffsetDateTime;

use super::coach::{Coach, CoachInput, Finding, Report, Severity, Shop};
use super::comments::ReviewComment;
use super::debrief::Debrief;
use super::diagnosis::Diagnosis;
use super::draft::Drafts;
use super::event::{Event, EventKind};
use super::playbook::{Playbook, StepKind};
pub use super::progress::CaseState;
use super::review::Review;
use super::team::Roster;

pub use super::identity::same_person;

pub use super::preparation::BREATHING_SLACK_SECONDS;
use super::preparation::{Pace, Preparation};
use super::response::Response;

/// A colleague's verdict on one version of the drafts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub by: String,
    pub at: OffsetDateTime,
    pub drafts_sha256: String,
    pub approved: bool,
    /// The approval note or the requested changes.
    pub text: String,
    /// The approver's SSH signature, when they signed.
    pub signature: Option<String>,
    /// Given in the screen's hand-over at the author's keyboard.
    pub at_keyboard: bool,
    /// The machine it was recorded on.
    pub device: Option<String>,
    /// Whether `decide` would have taken this approval where it stands in
    /// the files (drafts on file with its hash, a colleague, not the
    /// drafts' machine). One written by hand that heard would have refused
    /// never opens the gate. Always true for a change request.
    pub counted: bool,
}

/// A delivery: started (`sending`) or done (`sent`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sending {
    pub by: String,
    pub at: OffsetDateTime,
    pub channel: String,
    pub drafts_sha256: String,
}

/// Why a list of events is not a case (worded by `present::case`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FoldError {
    Empty,
    /// The kind of the event found first instead of `created`.
    NotCreatedFirst(&'static str),
    CreatedTwice,
    /// The store did not hand over the playbook copy the `created` event
    /// names (it reports a missing or changed copy itself, with its path).
    PlaybookCopyMissing(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub id: String,
    pub review: Review,
    pub playbook: Playbook,
    pub playbook_sha256: String,
    pub created_at: OffsetDateTime,
    pub created_by: String,
    /// First time anyone opened the case: the cool-down counts from here.
    pub opened_at: Option<OffsetDateTime>,
    /// Check-ins, breathing, read-throughs and answers: the walk before
    /// writing, its own fold.
    pub preparation: Preparation,
    /// The empathy and apology lines and the chosen options: its own fold.
    pub response: Response,
    pub drafts: Drafts,
    /// Everyone who ever wrote a version of the drafts.
    pub draft_authors: BTreeSet<String>,
    /// The machines the drafts were written on.
    pub draft_devices: BTreeSet<String>,
    pub diagnosis: Option<Diagnosis>,
    /// The diagnosis' process fix as an action item (`domain::action`).
    pub action: super::action::ActionLog,
    /// Who did what when, for the debrief (`domain::timeline`).
    pub history: super::timeline::Timeline,
    /// What the coach finds in the current drafts, once asked
    /// ([`Case::coach_report`]); the fold itself does no coach work.
    pub(super) coach_memo: super::coach_report::CoachMemo,
    /// Approvals and change requests, oldest first.
    pub verdicts: Vec<Verdict>,
    /// Who last changed the drafts, and when.
    pub last_draft_edit: Option<(String, OffsetDateTime)>,
    /// Every review comment, oldest first, open or resolved.
    pub comments: Vec<ReviewComment>,
    /// The debrief after sending.
    pub debrief: Debrief,
    /// Who may approve. Not an event: whoever loads the case passes in the
    /// roster from the person's config (open to anyone by default).
    pub team: Roster,
    /// The shop's own details from the config, for the coach.
    pub shop: Shop,
    pub sent: Option<Sending>,
    /// The review was edited on the platform after the reply was sent: a
    /// follow-up is due.
    pub review_changed_after_send: bool,
    /// The follow-up date the person set after sending, until it is done.
    pub follow_up_due: Option<OffsetDateTime>,
    /// Every follow-up done, oldest first.
    pub follow_ups: Vec<super::follow_up_outcome::FollowUpRecord>,
    /// The latest time any event carries. A clock reading before this one
    /// means the clock was moved backwards.
    pub latest_event_at: OffsetDateTime,
    /// Why this review cannot have the gates waived (None: it is praise).
    pub complaint: Option<super::floors::Complaint>,
    /// A delivery that started (`sending`) and has not ended either way.
    pub sending: Option<Sending>,
    /// What `heard verify` finds changed by hand in this case's files.
    /// Not an event: the store computes it from the files and passes it in.
    pub hand_edits: Vec<String>,
    /// (who, findings sha256) of every acceptance of hand edits.
    pub accepted_hand_edits: Vec<(String, String)>,
    /// Events the fold skipped, with why (what `decide` would refuse).
    pub ignored: Vec<(usize, super::decide::Refusal)>,
    /// The scenario's name when this is a practice case (never sent).
    pub practice: Option<String>,
    /// What this review needs, chosen after reading (None: not chosen yet,
    /// which keeps the full walk).
    pub road: Option<super::triage::Road>,
    /// Put aside for when someone has time to concentrate; opening it again
    /// takes it back.
    pub parked: bool,
    /// A request to close without a reply, and the colleague's OK.
    pub closing: Option<super::triage::Closing>,
    /// Who works on it (`heard assign`), as the roster spells them.
    pub assignee: Option<String>,
}

impl Case {
    /// Fold the events of one case, oldest first.
    pub fn fold(id: &str, review: Review, events: &[Event]) -> Result<Case, FoldError> {
        let first = events.first().ok_or(FoldError::Empty)?;
        let EventKind::Created {
            playbook,
            playbook_sha256,
        } = &first.kind
        else {
            return Err(FoldError::NotCreatedFirst(first.kind.name()));
        };
        let playbook = playbook
            .as_deref()
            .ok_or_else(|| FoldError::PlaybookCopyMissing(playbook_sha256.clone()))?;
        let mut case = Case {
            id: id.to_string(),
            review,
            playbook: playbook.clone(),
            playbook_sha256: playbook_sha256.clone(),
            created_at: first.at,
            created_by: first.by.clone(),
            opened_at: None,
            preparation: Preparation::default(),
            response: Response::default(),
            drafts: Drafts::default(),
            draft_authors: BTreeSet::new(),
            draft_devices: BTreeSet::new(),
            diagnosis: None,
            action: Default::default(),
            history: Default::default(),
            coach_memo: Default::default(),
            verdicts: Vec::new(),
            last_draft_edit: None,
            comments: Vec::new(),
            debrief: Debrief::default(),
            team: Roster::anyone(),
            shop: Shop::default(),
            sent: None,
            review_changed_after_send: false,
            follow_up_due: None,
            follow_ups: Vec::new(),
            latest_event_at: first.at,
            complaint: None,
            sending: None,
            hand_edits: Vec::new(),
            accepted_hand_edits: Vec::new(),
            ignored: Vec::new(),
            practice: None,
            road: None,
            parked: false,
            closing: None,
            assignee: None,
        };
        case.playbook = super::triage::with_triage(case.playbook);
        case.complaint = super::floors::complaint(&case.review);
        case.history.apply(first);
        for (i, event) in events[1..].iter().enumerate() {
            if let Some(why) = super::decide::structural(&case, &event.kind, event.at) {
                // An event no heard would have written (hand-made, or from a
                // clock set back before the case): it changes nothing.
                case.ignored.push((i + 1, why));
                continue;
            }
            case.apply(event)?;
        }
        Ok(case)
    }

    /// Apply one more event to the case, as the fold does (for a decision
    /// on several events in a row).
    pub fn push(&mut self, event: &Event) -> Result<(), FoldError> {
        if let Some(why) = super::decide::structural(self, &event.kind, event.at) {
            self.ignored.push((usize::MAX, why));
            return Ok(());
        }
        self.apply(event)
    }

    fn apply(&mut self, event: &Event) -> Result<(), FoldError> {
        let counted = super::decide::approval_would_count(self, event);
        // Judged on the case before this event; after it, the coach's
        // report is worked out again when something asks.
        self.forget_coach_report();
        self.latest_event_at = self.latest_event_at.max(event.at);
        self.history.apply(event);
        if self.debrief.apply(event)
            || self.action.apply(event)
            || self.response.apply(event)
            || self.apply_peer_review(event, counted)
            || self.apply_delivery(event)
        {
            return Ok(());
        }
        // The debrief also keeps the first check-in, so it sees it first.
        if Preparation::folds(event) {
            let pace = self.pace();
            self.preparation.apply(event, pace);
            return Ok(());
        }
        match &event.kind {
            EventKind::Created { .. } => return Err(FoldError::CreatedTwice),
            EventKind::ReviewUpdated { review } => {
                self.review = (**review).clone();
                self.complaint = super::floors::complaint(&self.review);
                // The customer changed their words after our reply went out.
                if self.sent.is_some() {
                    self.review_changed_after_send = true;
                }
            }
            EventKind::Opened => {
                self.opened_at.get_or_insert(event.at);
                self.parked = false;
            }
            // Folded by `Preparation::apply` above.
            EventKind::CheckedIn { .. }
            | EventKind::BreathingStarted
            | EventKind::BreathingFinished { .. }
            | EventKind::ReadThrough
            | EventKind::Answered { .. } => {}
            // Folded by `Response::apply` above.
            EventKind::EmpathyWritten { .. }
            | EventKind::ApologyWritten { .. }
            | EventKind::ChoicesSet { .. } => {}
            EventKind::DraftEdited { drafts } => self.edit_drafts(event, drafts),
            EventKind::DiagnosisLogged { diagnosis } => self.diagnosis = Some(diagnosis.clone()),
            // Folded by `apply_peer_review` (case_fold.rs) above.
            EventKind::Approved { .. }
            | EventKind::ChangesRequested { .. }
            | EventKind::CommentResolved { .. } => {}
            // Folded by `apply_delivery` (case_fold.rs) above.
            EventKind::Sending { .. }
            | EventKind::DeliveryFailed { .. }
            | EventKind::HandEditsAccepted { .. }
            | EventKind::Sent { .. }
            | EventKind::FollowUpDone { .. } => {}
            // Folded by `Debrief::apply` above.
            EventKind::DebriefJoined
            | EventKind::DebriefNoted { .. }
            | EventKind::ProcessJudged { .. }
            | EventKind::DebriefCheckedIn { .. } => {}
            EventKind::FollowUpSet { due } => self.follow_up_due = Some(*due),
            // Folded by `ActionLog::apply` above.
            EventKind::ActionUpdated { .. } => {}
            EventKind::Triaged { .. }
            | EventKind::Parked
            | EventKind::CloseAsked { .. }
            | EventKind::CloseAgreed { .. } => self.apply_triage(event),
            EventKind::PracticeStarted { scenario } => {
                self.practice.get_or_insert_with(|| scenario.clone());
            }
            EventKind::Assigned { to } => self.assignee = Some(to.clone()),
        }
        Ok(())
    }

    /// What this case's playbook and review ask of the preparation events.
    fn pace(&self) -> Pace {
        Pace {
            breathing: self
                .playbook
                .step_of_kind(StepKind::Breathe)
                .map(|step| (step.breathing_seconds() as i64, step.cycles())),
            read_counts_from: self.next_read_counts_at(),
        }
    }

    /// Seconds a read-through must take at least: a fast skim of the review
    /// (about ten words a second), never under 2 s nor over 30 s.
    pub fn min_read_seconds(&self) -> i64 {
        let words = self.review.full_text().split_whitespace().count() as i64;
        (words / 10).clamp(2, 30)
    }

    /// From when a new read-through counts: a read finished sooner after the
    /// previous one (or after the case was opened) was not a real read.
    pub fn next_read_counts_at(&self) -> OffsetDateTime {
        let since = self
            .preparation
            .last_read_at
            .or(self.opened_at)
            .unwrap_or(self.created_at);
        super::when::later(since, time::Duration::seconds(self.min_read_seconds()))
    }

    /// A delivery was started and never ended: heard stopped mid-send.
    pub fn delivery_uncertain(&self) -> bool {
        self.sent.is_none() && self.sending.is_some()
    }

    /// The gate numbers this case really gets: its playbook copy's, raised
    /// to the floors when the review is a complaint.
    pub fn gates(&self) -> super::playbook::GateRules {
        super::floors::effective(&self.playbook.gates, self.complaint)
    }

    /// The highest check-in so far; the cool-down never shrinks when someone
    /// checks in again calmer.
    pub fn upset_level(&self) -> Option<u8> {
        self.preparation.upset_level()
    }

    /// A coach for this case's review and playbook: the review is analysed
    /// once, so screens that check on every pause in typing keep one.
    pub fn coach(&self) -> Coach {
        // The road triage chose may change what the coach asks for.
        super::triage::coach_for_road(self)
    }

    /// The coach's findings on these drafts, judged against this case's
    /// review, playbook and chosen options. None when both drafts are empty.
    pub fn check_drafts(&self, drafts: &Drafts) -> Option<Report> {
        if drafts.is_blank() {
            return None;
        }
        self.check_drafts_with(&self.coach(), drafts)
    }

    /// [`Case::check_drafts`] with a coach made earlier by [`Case::coach`]
    /// (a coach made for another review is never used for this one).
    pub fn check_drafts_with(&self, coach: &Coach, drafts: &Drafts) -> Option<Report> {
        if drafts.is_blank() {
            return None;
        }
        let input = CoachInput {
            review: &self.review.text,
            public: &drafts.public,
            private: &drafts.private,
            min_choices: self.playbook.min_choices(),
            offered_choices: &self.response.choices,
            shop: &self.shop,
        };
        Some(coach.check(&input))
    }

    /// Findings that block sending.
    pub fn blocking_findings(&self) -> Vec<Finding> {
        self.coach_report()
            .into_iter()
            .flat_map(|r| &r.findings)
            .filter(|f| f.severity == Severity::Block)
            .cloned()
            .collect()
    }

    /// Whether `name` wrote any version of the drafts. Names are compared
    /// the way people type them: case and surrounding spaces do not matter.
    pub fn is_author(&self, name: &str) -> bool {
        self.draft_authors.iter().any(|a| same_person(a, name))
    }

    /// Review comments nobody resolved yet, oldest first.
    pub fn open_comments(&self) -> Vec<&ReviewComment> {
        self.comments.iter().filter(|c| c.is_open()).collect()
    }

    /// The latest verdict, if any.
    pub fn latest_verdict(&self) -> Option<&Verdict> {
        self.verdicts.last()
    }
}
