//! One inbox row: what the inbox, `heard list` and the index keep of a
//! case, computed from the folded case when its events are written. Every
//! time-dependent column (time left, waiting for, follow-up due) is decided
//! here from the row and the time passed in, so a row read back from the
//! index shows exactly what the whole case would.

use time::{Duration, OffsetDateTime};

use super::case::{Case, same_person};
use super::deadline::deadline;
use super::follow_up;
use super::gate::{cooldown_length, peer_review};
use super::inbox::{Filter, Waiting, progress, review_pending};
use super::playbook::StepKind;
use super::progress::CaseState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    pub id: String,
    pub customer: String,
    pub platform: String,
    pub platform_id: Option<String>,
    pub rating: Option<u8>,
    /// The review's title, or its first line.
    pub headline: String,
    pub playbook: String,
    /// `Case::state()` when the row was computed.
    pub state: CaseState,
    pub created_at: OffsetDateTime,
    pub received_at: OffsetDateTime,
    pub deadline: OffsetDateTime,
    pub sent: bool,
    pub done: usize,
    pub total: usize,
    /// The step the walk opens at, if any is left (`Case::next_step`).
    pub pending_step: Option<StepKind>,
    pub peer_review_open: bool,
    pub review_pending: bool,
    /// Everyone who wrote a version of the drafts.
    pub authors: Vec<String>,
    /// First opening plus the cool-down length (None: never opened).
    pub cooldown_opens_at: Option<OffsetDateTime>,
    pub latest_event_at: OffsetDateTime,
    pub review_changed_after_send: bool,
    pub follow_up_due: Option<OffsetDateTime>,
    /// A practice case: never real work, never sent.
    pub practice: bool,
    /// Why it is (to be) closed without a reply: asked for, or agreed when
    /// `state` is `Closed`.
    pub closing: Option<String>,
    /// The platform already shows a reply to this review.
    pub answered: bool,
    /// Who it is assigned to (`heard assign`).
    pub assignee: Option<String>,
    /// No owner's approval is needed, or it was given (`domain::escalation`).
    pub owner_approval_open: bool,
}

impl CaseRow {
    pub fn of(case: &Case) -> CaseRow {
        let r = &case.review;
        let (done, total) = progress(case);
        CaseRow {
            id: case.id.clone(),
            customer: r.customer.clone(),
            platform: r.platform.clone(),
            platform_id: r.platform_id.clone(),
            rating: r.rating,
            headline: r
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| r.text.lines().next().unwrap_or_default().to_string()),
            playbook: case.playbook.id.clone(),
            state: case.state(),
            created_at: case.created_at,
            received_at: r.received_at,
            deadline: deadline(case),
            sent: case.sent.is_some(),
            done,
            total,
            pending_step: case.next_step().map(|s| s.kind),
            peer_review_open: peer_review(case).open,
            review_pending: review_pending(case),
            authors: case.draft_authors.iter().cloned().collect(),
            cooldown_opens_at: case.opened_at.map(|t| t + cooldown_length(case)),
            latest_event_at: case.latest_event_at,
            review_changed_after_send: case.review_changed_after_send,
            follow_up_due: follow_up::due_at(case),
            practice: case.practice.is_some(),
            closing: case.closing.as_ref().map(|c| c.reason.clone()),
            answered: case.review.existing_reply.is_some(),
            assignee: case.assignee.clone(),
            owner_approval_open: super::escalation::owner_gate(case).is_none_or(|g| g.open),
        }
    }

    /// Closed without a reply, with a colleague's OK.
    pub fn is_closed(&self) -> bool {
        self.state == CaseState::Closed
    }

    /// What the search looks through: name, title and text, lower-cased.
    pub fn search_text(case: &Case) -> String {
        let r = &case.review;
        [Some(&r.customer), r.title.as_ref(), Some(&r.text)]
            .into_iter()
            .flatten()
            .map(|s| s.to_lowercase())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn is_author(&self, name: &str) -> bool {
        self.authors.iter().any(|a| same_person(a, name))
    }

    pub fn follow_up_is_due(&self, now: OffsetDateTime) -> bool {
        self.sent
            && (self.review_changed_after_send || self.follow_up_due.is_some_and(|d| d <= now))
    }

    pub fn matches(&self, filter: Filter, me: &str, now: OffsetDateTime) -> bool {
        match filter {
            Filter::Open => !self.sent && !self.practice && !self.is_closed(),
            Filter::MyReview => self.review_pending && !self.is_author(me),
            Filter::OthersReview => self.review_pending && self.is_author(me),
            Filter::FollowUpDue => self.follow_up_is_due(now),
            Filter::Sent => self.sent,
            Filter::Practice => self.practice,
            Filter::All => true,
            Filter::AssignedToMe => {
                !self.sent
                    && !self.practice
                    && self.assignee.as_deref().is_some_and(|a| same_person(a, me))
            }
        }
    }

    /// The cool-down as `gate::cooldown` judges it: open, or when it opens.
    fn cooldown(&self, now: OffsetDateTime) -> Result<(), Option<OffsetDateTime>> {
        let Some(opens_at) = self.cooldown_opens_at else {
            return Err(None);
        };
        if now < self.latest_event_at {
            return Err(Some(opens_at.max(self.latest_event_at)));
        }
        if now < opens_at {
            return Err(Some(opens_at));
        }
        Ok(())
    }

    /// What stands between the case and the customer (see [`Waiting`]).
    pub fn waiting(&self, me: &str, now: OffsetDateTime) -> Waiting {
        if self.sent {
            return if self.follow_up_is_due(now) {
                Waiting::FollowUp
            } else {
                Waiting::Sent
            };
        }
        if let Some(reason) = &self.closing {
            return if self.is_closed() {
                Waiting::Closed(reason.clone())
            } else {
                Waiting::CloseAgreement
            };
        }
        if self.state == CaseState::Parked {
            return Waiting::Parked;
        }
        if let Some(step) = self.pending_step {
            return Waiting::Step(step);
        }
        if !self.peer_review_open {
            return if !self.review_pending {
                Waiting::ChangesRequested
            } else if !self.is_author(me) {
                Waiting::MyReview
            } else {
                Waiting::OthersReview
            };
        }
        if !self.owner_approval_open {
            return Waiting::Owner;
        }
        match self.cooldown(now) {
            Err(opens_at) => Waiting::Cooldown(opens_at),
            Ok(()) => Waiting::Ready,
        }
    }

    pub fn time_left(&self, now: OffsetDateTime) -> Duration {
        self.deadline - now
    }

    pub fn overdue(&self, now: OffsetDateTime) -> bool {
        // Practice carries no real deadline (as `deadline::overdue`).
        !self.sent && !self.practice && !self.is_closed() && now > self.deadline
    }
}
