//! The two gates between a draft and the customer, and `can_send`.
//! Pure functions of a case and the time passed in.

use serde::Serialize;
use time::{Duration, OffsetDateTime};

use super::case::Case;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GateId {
    Cooldown,
    PeerReview,
}

impl GateId {
    pub fn label(self) -> &'static str {
        match self {
            GateId::Cooldown => "cool-down",
            GateId::PeerReview => "peer review",
        }
    }
}

/// Whether a gate is open, and if not, why and (for the cool-down) when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gate {
    pub id: GateId,
    pub open: bool,
    pub reason: String,
    pub opens_at: Option<OffsetDateTime>,
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
    let closed = |reason: String, opens_at| Gate {
        id: GateId::Cooldown,
        open: false,
        reason,
        opens_at,
    };
    if let Some(closed_by_hand) = hand_edit_reason(case) {
        return closed(closed_by_hand, None);
    }
    let Some(started) = case.opened_at else {
        return closed(
            "not started: the cool-down starts when the case is first opened".into(),
            None,
        );
    };
    let length = cooldown_length(case);
    let opens_at = super::when::later(started, length);
    if now < case.latest_event_at {
        return closed(
            format!(
                "the clock reads earlier than this case's last event ({}); waiting until it catches up",
                short_time(case.latest_event_at)
            ),
            Some(opens_at.max(case.latest_event_at)),
        );
    }
    if now < opens_at {
        return closed(
            format!(
                "cooling down: {} of {} (opens at {})",
                super::waiting::left_label(opens_at - now),
                human_duration(length),
                short_time(opens_at)
            ),
            Some(opens_at),
        );
    }
    Gate {
        id: GateId::Cooldown,
        open: true,
        reason: if length.is_zero() {
            "no cool-down in this playbook".into()
        } else {
            format!("{} cool-down done", human_duration(length))
        },
        opens_at: Some(opens_at),
    }
}

/// The peer-review gate: someone who wrote none of the drafts approved their
/// exact current text, and nobody asked for changes since.
pub fn peer_review(case: &Case) -> Gate {
    let gate = |open, reason: String| Gate {
        id: GateId::PeerReview,
        open,
        reason,
        opens_at: None,
    };
    if let Some(closed_by_hand) = hand_edit_reason(case) {
        return gate(false, closed_by_hand);
    }
    if !case.gates().peer_review {
        return gate(true, "not required by this playbook".into());
    }
    if let Some(hidden) = super::decide::hidden_in_drafts(case) {
        return gate(false, hidden);
    }
    if !case.drafts_complete() {
        return gate(false, "waiting for both drafts to be written".into());
    }
    let hash = case.drafts.sha256();
    let Some(latest) = case.latest_verdict() else {
        return gate(
            false,
            "waiting for a colleague to approve the drafts".into(),
        );
    };
    if !latest.approved && latest.drafts_sha256 == hash {
        return gate(
            false,
            format!("{} asked for changes: {}", latest.by, latest.text),
        );
    }
    // Approvals of exactly this text since the last change request on it.
    let approvals: Vec<_> = case
        .verdicts
        .iter()
        .rev()
        .take_while(|v| v.approved || v.drafts_sha256 != hash)
        .filter(|v| v.approved && v.drafts_sha256 == hash)
        .collect();
    let counted: Vec<_> = approvals
        .iter()
        .filter(|v| !case.is_author(&v.by) && case.team.allows(&v.by))
        .collect();
    let mut unsigned = None;
    for v in &counted {
        match case
            .team
            .check_signature(&case.id, &hash, &v.by, v.signature.as_deref())
        {
            Ok(()) => return gate(true, format!("approved by {} (signed)", v.by)),
            Err(problem) if case.team.requires_signatures() => {
                unsigned.get_or_insert(format!(
                    "{} approved, but this team requires signed approvals: {problem}",
                    v.by
                ));
            }
            Err(_) => {
                let same_machine = v
                    .device
                    .as_ref()
                    .is_some_and(|d| case.draft_devices.contains(d));
                let how = if v.at_keyboard {
                    "typed at the author's keyboard, not signed"
                } else if same_machine {
                    "typed on the author's machine, not signed"
                } else {
                    "typed, not signed"
                };
                return gate(true, format!("approved by {} ({how})", v.by));
            }
        }
    }
    if let Some(why) = unsigned {
        return gate(false, why);
    }
    if let Some(v) = approvals.iter().find(|v| !case.is_author(&v.by)) {
        return gate(
            false,
            format!(
                "{} approved, but is not on the team roster; a team member must approve",
                v.by
            ),
        );
    }
    if let Some(v) = approvals.first() {
        return gate(
            false,
            format!(
                "{} approved, but also wrote the drafts; someone else must approve",
                v.by
            ),
        );
    }
    if let Some(stale) = stale_approval(case) {
        return gate(false, stale);
    }
    gate(
        false,
        "waiting for a colleague to approve the drafts".into(),
    )
}

/// The author is told when an approval no longer counts: the drafts were
/// edited after it (or it was given to an earlier version). None when the
/// current text has an approval or nobody approved anything yet.
pub fn stale_approval(case: &Case) -> Option<String> {
    let hash = case.drafts.sha256();
    if case
        .verdicts
        .iter()
        .any(|v| v.approved && v.drafts_sha256 == hash)
    {
        return None;
    }
    let v = case.verdicts.iter().rev().find(|v| v.approved)?;
    Some(match &case.last_draft_edit {
        Some((editor, at)) if *at >= v.at => format!(
            "approval by {} is stale since {editor} edited the drafts ({}): they changed after the last approval, so it needs a new one",
            v.by,
            short_time(*at)
        ),
        _ => format!(
            "approval by {} was for an earlier version of the drafts: they changed after the last approval, so it needs a new one",
            v.by
        ),
    })
}

/// Both gates stay closed while hand edits nobody accepted are on file.
fn hand_edit_reason(case: &Case) -> Option<String> {
    let found = super::integrity::unaccepted(case);
    (!found.is_empty()).then(|| {
        format!(
            "files changed by hand: {}. A team member who wrote none of the drafts must check them \
             (`heard verify {} --accept`)",
            found.join("; "),
            case.id
        )
    })
}

/// Who may approve: anyone who is not an author and, when the team has a
/// roster, is on it. Returns the refusal, if any.
pub fn approval_refusal(case: &Case, approver: &str) -> Option<String> {
    if approver.trim().is_empty() {
        return Some("say who you are: an approval needs a name".into());
    }
    if let Some(refusal) = case.team.refusal(approver) {
        return Some(refusal);
    }
    if case.is_author(approver) {
        return Some(format!(
            "{approver} wrote part of these drafts and cannot approve them; ask a colleague"
        ));
    }
    if !case.drafts_complete() {
        return Some("there is nothing to approve yet: both drafts must be written".into());
    }
    if case.sent.is_some() {
        return Some("this case was already sent".into());
    }
    super::decide::hidden_in_drafts(case)
}

/// Everything that stands between the drafts and the customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendCheck {
    pub gates: Vec<Gate>,
    /// Titles of required steps not done yet.
    pub pending_steps: Vec<String>,
    /// Coach findings that block sending.
    pub coach_blocks: Vec<String>,
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

    /// Every reason sending is refused, one line each.
    pub fn reasons(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(name) = &self.practice {
            out.push(format!(
                "a practice case is never sent (practice on \"{name}\"): read its scorecard \
                 with `heard practice score`"
            ));
        }
        if self.already_sent {
            out.push("already sent".to_string());
        }
        if self.delivery_uncertain {
            out.push(
                "delivery uncertain — a send was started and never finished; check the platform, \
                 then confirm with `heard send ID --delivered` or `--not-delivered`"
                    .to_string(),
            );
        }
        if !self.pending_steps.is_empty() {
            out.push(format!("steps not done: {}", self.pending_steps.join(", ")));
        }
        for f in &self.coach_blocks {
            out.push(format!("the coach blocks: {f}"));
        }
        for g in self.gates.iter().filter(|g| !g.open) {
            out.push(format!("{} closed — {}", g.id.label(), g.reason));
        }
        out
    }
}

pub fn can_send(case: &Case, now: OffsetDateTime) -> SendCheck {
    SendCheck {
        gates: vec![cooldown(case, now), peer_review(case)],
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

/// "1 h 05 min", "12 min", "40 s".
pub fn human_duration(d: Duration) -> String {
    let secs = d.whole_seconds().max(0);
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    match (h, m) {
        (0, 0) => format!("{s} s"),
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02} min"),
    }
}

/// "2026-11-23 14:05 UTC".
pub fn short_time(t: OffsetDateTime) -> String {
    let t = super::when::utc(t);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}
