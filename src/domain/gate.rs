//! The two gates between a draft and the customer, and `can_send`.
//! Pure functions of a case and the time passed in.

use serde::Serialize;
use time::{Duration, OffsetDateTime};

use super::case::{Case, Verdict};
use super::coach::Finding;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GateId {
    Cooldown,
    PeerReview,
    /// Only when the playbook's `[escalation]` sends the case to an owner.
    OwnerApproval,
}

/// Whether a gate is open, and if not, why and (for the cool-down) when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gate {
    pub id: GateId,
    pub open: bool,
    /// Why, as data: `present::gate` words it for the screen and the CLI.
    pub reason: GateReason,
    pub opens_at: Option<OffsetDateTime>,
}

/// How an approval that counts was given, when it was not signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedAt {
    /// On the author's own keyboard (the walk's peer-review step).
    AuthorsKeyboard,
    /// On the machine the drafts were written on.
    AuthorsMachine,
    /// Elsewhere.
    Elsewhere,
}

/// Why a gate is open or closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GateReason {
    /// Files of the case were changed by hand and nobody accepted them.
    HandEdits { case: String, found: Vec<String> },
    /// The case was never opened, so the cool-down has not started.
    NotStarted,
    /// The clock reads earlier than the case's last event.
    ClockBehind { last_event: OffsetDateTime },
    /// The cool-down runs: `left` of `length`, opening at `opens_at`.
    CoolingDown {
        left: Duration,
        length: Duration,
        opens_at: OffsetDateTime,
    },
    /// The playbook sets no cool-down.
    NoCooldown,
    /// The cool-down of `length` has run.
    CooledDown { length: Duration },
    /// The playbook does not ask for a peer review.
    ReviewNotRequired,
    /// The drafts hold characters nobody can see (the description).
    HiddenCharacters(super::decide::HiddenInDrafts),
    /// One of the drafts is still empty.
    DraftsMissing,
    /// Nobody approved yet (or nothing since the last change).
    AwaitingApproval,
    /// The latest verdict on these drafts asks for changes.
    ChangesAsked { by: String, comment: String },
    /// Approved with a signature the team's keys verify.
    ApprovedSigned { by: String },
    /// Approved, not signed, where no signature is required.
    ApprovedTyped { by: String, at: TypedAt },
    /// Approved, but the team requires signatures and this one fails.
    SignatureRequired {
        by: String,
        problem: super::signing::SignatureProblem,
    },
    /// Approved by someone not on the team roster.
    NotOnRoster { by: String },
    /// Approved by someone who also wrote the drafts.
    ApproverIsAuthor { by: String },
    /// The approval was for other drafts than the ones on file.
    Stale(StaleApproval),
    /// The owner approved exactly these drafts.
    OwnerApproved { by: String },
    /// The owners (any one of them) must approve, for these reasons.
    OwnerNeeded {
        owners: Vec<String>,
        why: Vec<super::escalation::Why>,
    },
}

/// An approval that no longer counts because the drafts changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleApproval {
    /// Who approved.
    pub by: String,
    /// Who edited the drafts after it, and when (None: the approval was
    /// given to an earlier version).
    pub edited: Option<(String, OffsetDateTime)>,
}

/// Length of the cool-down for this case: the upset length when any
/// check-in reached the playbook's threshold, the calm length otherwise.
/// Before the first check-in nobody knows, so the longer one applies.
pub fn cooldown_length(case: &Case) -> Duration {
    // Practice never opens a real gate (sending is refused), so its
    // cool-down is shown at a length that lets a trainee see it end.
    if case.practice.is_some() {
        return Duration::minutes(super::practice::COOLDOWN_MINUTES);
    }
    let g = &case.gates();
    let minutes = match case.upset_level() {
        Some(level) if level < g.upset_from => g.cooldown_minutes,
        _ => g.upset_cooldown_minutes,
    };
    Duration::minutes(i64::from(minutes))
}

/// The cool-down gate. It counts from the first opening of the case; a clock
/// reading earlier than any recorded event means the clock went backwards,
/// and the gate stays closed until real time catches up.
pub fn cooldown(case: &Case, now: OffsetDateTime) -> Gate {
    let closed = |reason: GateReason, opens_at| Gate {
        id: GateId::Cooldown,
        open: false,
        reason,
        opens_at,
    };
    if let Some(closed_by_hand) = hand_edit_reason(case) {
        return closed(closed_by_hand, None);
    }
    let Some(started) = case.opened_at else {
        return closed(GateReason::NotStarted, None);
    };
    let length = cooldown_length(case);
    let opens_at = super::when::later(started, length);
    if now < case.latest_event_at {
        return closed(
            GateReason::ClockBehind {
                last_event: case.latest_event_at,
            },
            Some(opens_at.max(case.latest_event_at)),
        );
    }
    if now < opens_at {
        return closed(
            GateReason::CoolingDown {
                left: opens_at - now,
                length,
                opens_at,
            },
            Some(opens_at),
        );
    }
    Gate {
        id: GateId::Cooldown,
        open: true,
        reason: if length.is_zero() {
            GateReason::NoCooldown
        } else {
            GateReason::CooledDown { length }
        },
        opens_at: Some(opens_at),
    }
}

/// The peer-review gate: someone who wrote none of the drafts approved their
/// exact current text, and nobody asked for changes since.
pub fn peer_review(case: &Case) -> Gate {
    let gate = |open, reason: GateReason| Gate {
        id: GateId::PeerReview,
        open,
        reason,
        opens_at: None,
    };
    let shown = |by: &str| case.shown_name(by);
    if let Some(closed_by_hand) = hand_edit_reason(case) {
        return gate(false, closed_by_hand);
    }
    if !case.gates().peer_review {
        return gate(true, GateReason::ReviewNotRequired);
    }
    if let Some(hidden) = super::decide::hidden_in_drafts(case) {
        return gate(false, GateReason::HiddenCharacters(hidden));
    }
    if !case.drafts_complete() {
        return gate(false, GateReason::DraftsMissing);
    }
    let hash = case.drafts.sha256();
    let Some(latest) = case.latest_verdict() else {
        return gate(false, GateReason::AwaitingApproval);
    };
    if !latest.approved && latest.drafts_sha256 == hash {
        return gate(
            false,
            GateReason::ChangesAsked {
                by: shown(&latest.by),
                comment: latest.text.clone(),
            },
        );
    }
    // Approvals of exactly this text since the last change request on it.
    let approvals: Vec<&Verdict> = case
        .verdicts
        .iter()
        .rev()
        .take_while(|v| v.approved || v.drafts_sha256 != hash)
        .filter(|v| v.approved && v.drafts_sha256 == hash)
        .collect();
    let (open, reason) = judge_approvals(case, &hash, &approvals);
    gate(open, reason)
}

/// Whether the approvals of the current drafts open the peer review, and
/// why: the first colleague's that counts (signed when the team requires
/// it), else what is wrong with them.
fn judge_approvals(case: &Case, hash: &str, approvals: &[&Verdict]) -> (bool, GateReason) {
    let counted: Vec<_> = approvals
        .iter()
        .filter(|v| counts_as_colleague(case, v))
        .collect();
    let mut unsigned = None;
    for v in &counted {
        match case
            .team
            .check_signature(&case.id, hash, &v.by, v.signature.as_deref())
        {
            Ok(()) => {
                return (
                    true,
                    GateReason::ApprovedSigned {
                        by: case.shown_name(&v.by).to_string(),
                    },
                );
            }
            Err(problem) if case.team.requires_signatures() => {
                unsigned.get_or_insert(GateReason::SignatureRequired {
                    by: case.shown_name(&v.by).to_string(),
                    problem,
                });
            }
            Err(_) => {
                // One typed on the drafts' machine outside the hand-over
                // does not count (see `from_drafts_machine`).
                let at = if v.at_keyboard {
                    TypedAt::AuthorsKeyboard
                } else {
                    TypedAt::Elsewhere
                };
                return (
                    true,
                    GateReason::ApprovedTyped {
                        by: case.shown_name(&v.by).to_string(),
                        at,
                    },
                );
            }
        }
    }
    if let Some(why) = unsigned {
        return (false, why);
    }
    if let Some(v) = approvals.iter().find(|v| !case.is_author(&v.by)) {
        return (
            false,
            GateReason::NotOnRoster {
                by: case.shown_name(&v.by).to_string(),
            },
        );
    }
    if let Some(v) = approvals.first() {
        return (
            false,
            GateReason::ApproverIsAuthor {
                by: case.shown_name(&v.by).to_string(),
            },
        );
    }
    if let Some(stale) = stale_approval(case) {
        return (false, GateReason::Stale(stale));
    }
    (false, GateReason::AwaitingApproval)
}

/// Whether an approval on file is a colleague's that `decide` would have
/// taken: a name, on the roster, not an author, and not typed unsigned on
/// the drafts' machine outside the keyboard hand-over. An event file written
/// by hand or pushed by a teammate gets no further than `decide` would.
fn counts_as_colleague(case: &Case, v: &super::case::Verdict) -> bool {
    let typed = TypedApproval {
        by: &v.by,
        device: v.device.as_deref(),
        drafts_sha256: &v.drafts_sha256,
        signature: v.signature.as_deref(),
        at_keyboard: v.at_keyboard,
    };
    v.counted
        && !v.by.trim().is_empty()
        && !case.is_author(&v.by)
        && case.team.allows(&v.by)
        && !from_drafts_machine(case, &typed)
}

/// An approval as typed: who, on which machine, of which drafts, how.
#[derive(Debug, Clone, Copy)]
pub struct TypedApproval<'a> {
    pub by: &'a str,
    pub device: Option<&'a str>,
    pub drafts_sha256: &'a str,
    pub signature: Option<&'a str>,
    pub at_keyboard: bool,
}

/// An approval typed on a machine that wrote the drafts, neither through
/// the keyboard hand-over nor signed with the approver's own key: the
/// author under another name, as far as anyone can tell. (A signature that
/// does not verify is no better than none.)
pub fn from_drafts_machine(case: &Case, a: &TypedApproval) -> bool {
    !a.at_keyboard
        && a.device.is_some_and(|d| case.draft_devices.contains(d))
        && case
            .team
            .check_signature(&case.id, a.drafts_sha256, a.by, a.signature)
            .is_err()
}

/// The author is told when an approval no longer counts: the drafts were
/// edited after it (or it was given to an earlier version). None when the
/// current text has an approval or nobody approved anything yet.
pub fn stale_approval(case: &Case) -> Option<StaleApproval> {
    let hash = case.drafts.sha256();
    if case
        .verdicts
        .iter()
        .any(|v| v.approved && v.drafts_sha256 == hash)
    {
        return None;
    }
    let v = case.verdicts.iter().rev().find(|v| v.approved)?;
    let edited = match &case.last_draft_edit {
        Some((editor, at)) if *at >= v.at => Some((case.shown_name(editor), *at)),
        _ => None,
    };
    Some(StaleApproval {
        by: case.shown_name(&v.by),
        edited,
    })
}

/// Both gates stay closed while hand edits nobody accepted are on file.
fn hand_edit_reason(case: &Case) -> Option<GateReason> {
    let found = super::integrity::unaccepted(case);
    (!found.is_empty()).then(|| GateReason::HandEdits {
        case: case.id.clone(),
        found: found.to_vec(),
    })
}

/// Why someone may not approve (`present::gate` words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApprovalRefusal {
    /// No name given.
    NoName,
    /// Not on the team roster (as `Roster::refusal` says).
    NotOnTeam(super::team::NotOnRoster),
    /// This person wrote part of the drafts.
    Author(String),
    /// A draft is still empty.
    NothingToApprove,
    AlreadySent,
    /// The drafts hold hidden characters (the description).
    HiddenCharacters(super::decide::HiddenInDrafts),
}

/// Who may approve: anyone who is not an author and, when the team has a
/// roster, is on it. Returns the refusal, if any.
pub fn approval_refusal(case: &Case, approver: &str) -> Option<ApprovalRefusal> {
    if approver.trim().is_empty() {
        return Some(ApprovalRefusal::NoName);
    }
    if let Some(refusal) = case.team.refusal(approver) {
        return Some(ApprovalRefusal::NotOnTeam(refusal));
    }
    if case.is_author(approver) {
        return Some(ApprovalRefusal::Author(approver.to_string()));
    }
    if !case.drafts_complete() {
        return Some(ApprovalRefusal::NothingToApprove);
    }
    if case.sent.is_some() {
        return Some(ApprovalRefusal::AlreadySent);
    }
    super::decide::hidden_in_drafts(case).map(ApprovalRefusal::HiddenCharacters)
}

/// Everything that stands between the drafts and the customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendCheck {
    pub gates: Vec<Gate>,
    /// Titles of required steps not done yet.
    pub pending_steps: Vec<String>,
    /// Coach findings that block sending.
    pub coach_blocks: Vec<Finding>,
    pub already_sent: bool,
    /// A delivery started and never ended: check the platform first.
    pub delivery_uncertain: bool,
    /// The scenario of a practice case, which is never sent.
    pub practice: Option<String>,
}

impl SendCheck {
    /// The gates open now.
    pub fn open_gates(&self) -> Vec<GateId> {
        self.gates.iter().filter(|g| g.open).map(|g| g.id).collect()
    }

    pub fn can_send(&self) -> bool {
        !self.already_sent
            && self.practice.is_none()
            && !self.delivery_uncertain
            && self.pending_steps.is_empty()
            && self.coach_blocks.is_empty()
            && self.gates.iter().all(|g| g.open)
    }

    /// Everything that refuses sending, in the order a person reads it.
    pub fn reasons(&self) -> Vec<Blocker> {
        let mut out = Vec::new();
        if let Some(name) = &self.practice {
            out.push(Blocker::Practice(name.clone()));
        }
        if self.already_sent {
            out.push(Blocker::AlreadySent);
        }
        if self.delivery_uncertain {
            out.push(Blocker::DeliveryUncertain);
        }
        if !self.pending_steps.is_empty() {
            out.push(Blocker::StepsPending(self.pending_steps.clone()));
        }
        for f in &self.coach_blocks {
            out.push(Blocker::Coach(f.clone()));
        }
        for g in self.gates.iter().filter(|g| !g.open) {
            out.push(Blocker::Gate(g.id, g.reason.clone()));
        }
        out
    }
}

/// One thing that refuses sending (`present::gate` words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocker {
    /// A practice case, on this scenario: never sent.
    Practice(String),
    AlreadySent,
    /// A delivery started and never ended.
    DeliveryUncertain,
    /// Titles of the required steps not done yet.
    StepsPending(Vec<String>),
    /// A coach finding that blocks (`present::coach` words it).
    Coach(Finding),
    /// A closed gate and why.
    Gate(GateId, GateReason),
}

pub fn can_send(case: &Case, now: OffsetDateTime) -> SendCheck {
    SendCheck {
        gates: [cooldown(case, now), peer_review(case)]
            .into_iter()
            .chain(super::escalation::owner_gate(case))
            .collect(),
        pending_steps: case
            .pending_steps()
            .iter()
            .map(|s| s.title.clone())
            .collect(),
        coach_blocks: case.blocking_findings(),
        already_sent: case.sent.is_some(),
        delivery_uncertain: case.delivery_uncertain(),
        practice: case.practice.clone(),
    }
}
