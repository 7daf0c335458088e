//! The inbox's rules: what each case waits for, which filter it belongs
//! to, how the list is sorted and searched. Pure functions of cases, the
//! person at the keyboard (`me`) and the time passed in.

use time::OffsetDateTime;

use super::case::Case;
use super::deadline::deadline;
use super::follow_up;
use super::gate::peer_review;
use super::identity::same_person;

/// The inbox's filters, in the order of their keys (1–8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// Not sent yet.
    Open,
    /// Drafts a colleague wrote, waiting for my approval.
    MyReview,
    /// Drafts I wrote, waiting for a colleague's approval.
    OthersReview,
    /// Sent, and the follow-up date came or the customer changed the review.
    FollowUpDue,
    /// Sent.
    Sent,
    /// Practice cases from training mode.
    Practice,
    /// Everything.
    All,
    /// Not sent, and given to me with `heard assign` (after "all", so the
    /// keys people know keep their filters).
    AssignedToMe,
}

impl Filter {
    /// Where [`Filter::All`] stands in [`Filter::ALL`].
    pub const ALL_INDEX: usize = 6;

    pub const ALL: [Filter; 8] = [
        Filter::Open,
        Filter::MyReview,
        Filter::OthersReview,
        Filter::FollowUpDue,
        Filter::Sent,
        Filter::Practice,
        Filter::All,
        Filter::AssignedToMe,
    ];

    pub fn matches(self, case: &Case, me: &str, now: OffsetDateTime) -> bool {
        match self {
            // Practice is never offered as real work: only its own filter
            // and "all" show it.
            Filter::Open => {
                case.sent.is_none() && case.practice.is_none() && case.closed().is_none()
            }
            Filter::MyReview => review_waits_on(case, me),
            Filter::OthersReview => review_waits_on_others(case, me),
            Filter::FollowUpDue => follow_up::is_due(case, now),
            Filter::Sent => case.sent.is_some(),
            Filter::Practice => case.practice.is_some(),
            Filter::All => true,
            Filter::AssignedToMe => {
                case.sent.is_none()
                    && case.practice.is_none()
                    && case.assignee.as_deref().is_some_and(|a| same_person(a, me))
            }
        }
    }
}

/// The drafts are written and wait for an approval nobody has given yet
/// (not for the authors to make requested changes).
pub fn review_pending(case: &Case) -> bool {
    if case.practice.is_some()
        || case.sent.is_some()
        || case.closing.is_some()
        || !case.drafts_complete()
        || peer_review(case).open
    {
        return false;
    }
    let hash = case.drafts.sha256();
    !case
        .latest_verdict()
        .is_some_and(|v| !v.approved && v.drafts_sha256 == hash)
}

/// A colleague's drafts wait for my approval: I wrote none of them.
pub fn review_waits_on(case: &Case, me: &str) -> bool {
    review_pending(case) && !case.is_author(me)
}

/// My drafts wait for someone else's approval.
pub fn review_waits_on_others(case: &Case, me: &str) -> bool {
    review_pending(case) && case.is_author(me)
}

/// What stands between a case and the customer, first thing first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Waiting {
    /// A step of the walk is not done (its kind).
    Step(super::playbook::StepKind),
    /// A colleague asked for changes.
    ChangesRequested,
    /// My approval.
    MyReview,
    /// A colleague's approval.
    OthersReview,
    /// The owner's approval (a legal-risk review, a large offer…).
    Owner,
    /// The cool-down; when it opens, once it started.
    Cooldown(Option<OffsetDateTime>),
    /// Every step done, both gates open.
    Ready,
    /// Sent, and a follow-up is due.
    FollowUp,
    /// Sent.
    Sent,
    /// Closed without a reply (why).
    Closed(String),
    /// Someone asked to close it without a reply; a colleague's OK closes it.
    CloseAgreement,
    /// Put aside until someone has time to concentrate.
    Parked,
}

/// What the case waits for; decided on its inbox row, so the index and a
/// freshly loaded case can never disagree.
pub fn waiting(case: &Case, me: &str, now: OffsetDateTime) -> Waiting {
    super::inbox_row::CaseRow::of(case).waiting(me, now)
}

/// Steps done and steps in the playbook: "5/8".
pub fn progress(case: &Case) -> (usize, usize) {
    let all = case.progress();
    (all.iter().filter(|(_, done)| *done).count(), all.len())
}

/// Whether the customer's name, the title or the text contains `query`,
/// ignoring case (in any script). An empty query matches everything.
pub fn matches_search(case: &Case, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return true;
    }
    let r = &case.review;
    [Some(&r.customer), r.title.as_ref(), Some(&r.text)]
        .into_iter()
        .flatten()
        .any(|s| s.to_lowercase().contains(&q))
}

/// The cases shown under `filter` matching `query`, in inbox order: by
/// response deadline, soonest (or most overdue) first; sent cases after
/// open ones. "Follow-up due" puts changed reviews first, then by date.
pub fn select<'a>(
    cases: &'a [Case],
    filter: Filter,
    query: &str,
    me: &str,
    now: OffsetDateTime,
) -> Vec<&'a Case> {
    let mut rows: Vec<&Case> = cases
        .iter()
        .filter(|c| filter.matches(c, me, now) && matches_search(c, query))
        .collect();
    if filter == Filter::FollowUpDue {
        rows.sort_by_key(|c| {
            (
                !c.review_changed_after_send,
                follow_up::due_at(c),
                c.review.customer.to_lowercase(),
                c.id.clone(),
            )
        });
    } else {
        rows.sort_by_key(|c| {
            (
                c.sent.is_some(),
                deadline(c),
                c.review.customer.to_lowercase(),
                c.id.clone(),
            )
        });
    }
    rows
}

/// How many cases each filter shows (ignoring the search), in
/// [`Filter::ALL`] order.
pub fn counts(cases: &[Case], me: &str, now: OffsetDateTime) -> [usize; 8] {
    Filter::ALL.map(|f| cases.iter().filter(|c| f.matches(c, me, now)).count())
}

#[cfg(test)]
#[path = "inbox_tests.rs"]
pub(crate) mod tests;
