//! Action items: the process fix of a case's diagnosis, with an owner, a
//! due date and a status (open → done → verified, or dropped). A fix only
//! counts as verified when a later window shows its cause did not come back,
//! or a person says how they verified it — and never when the cause did
//! come back after the fix was done. Stored as `action_updated` events on
//! the case; the action's id is the case id. Pure: time is passed in.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

use super::alarm::{Precedent, same_cause};
use super::case::Case;
use super::event::{Event, EventKind};
use super::patterns::PatternRules;

/// Where a process fix stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    Done,
    Verified,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::Done,
        ActionStatus::Verified,
        ActionStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Verified => "verified",
            ActionStatus::Dropped => "dropped",
        }
    }
}

/// A status word heard does not know (worded by `present::action`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownStatus(pub String);

impl std::str::FromStr for ActionStatus {
    type Err = UnknownStatus;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "open" | "reopen" => Ok(ActionStatus::Open),
            "done" => Ok(ActionStatus::Done),
            "verified" | "verify" => Ok(ActionStatus::Verified),
            "drop" | "dropped" => Ok(ActionStatus::Dropped),
            _ => Err(UnknownStatus(s.to_string())),
        }
    }
}

/// One recorded change of an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionUpdate {
    pub by: String,
    pub at: OffsetDateTime,
    pub status: ActionStatus,
    pub note: String,
    pub due: Option<OffsetDateTime>,
}

/// The fold of a case's action events. A different process fix (compared
/// without case and spacing) is a new action: its history starts again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionLog {
    /// When the current fix was first logged.
    pub since: Option<OffsetDateTime>,
    fix_key: String,
    pub updates: Vec<ActionUpdate>,
}

fn fix_key(fix: &str) -> String {
    fix.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl ActionLog {
    /// Fold one event; true for the action's own events (nothing else needs
    /// them), false for the rest (a diagnosis is also the case's).
    pub fn apply(&mut self, event: &Event) -> bool {
        match &event.kind {
            EventKind::DiagnosisLogged { diagnosis } => {
                let key = fix_key(&diagnosis.process_fix);
                if key != self.fix_key {
                    self.since = (!key.is_empty()).then_some(event.at);
                    self.fix_key = key;
                    self.updates.clear();
                }
                false
            }
            EventKind::ActionUpdated { status, note, due } => {
                self.updates.push(ActionUpdate {
                    by: event.by.clone(),
                    at: event.at,
                    status: *status,
                    note: note.clone(),
                    due: *due,
                });
                true
            }
            _ => false,
        }
    }
}

/// A case's action as people see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// The case's id.
    pub id: String,
    pub fix: String,
    pub owner: String,
    pub category: String,
    pub root_cause: Option<String>,
    pub opened_at: OffsetDateTime,
    pub due: OffsetDateTime,
    pub status: ActionStatus,
    /// The latest note given.
    pub note: String,
    /// When it was last marked done (kept once verified).
    pub done_at: Option<OffsetDateTime>,
    pub updates: Vec<ActionUpdate>,
}

/// The action of `case`: its diagnosis' process fix, if there is one.
pub fn action_of(case: &Case) -> Option<Action> {
    // A practice diagnosis is training: its fix is not the shop's to-do.
    let d = case
        .diagnosis
        .as_ref()
        .filter(|_| case.practice.is_none())?;
    let log = &case.action;
    let opened_at = log.since?;
    let mut status = ActionStatus::Open;
    let mut done_at = None;
    let mut note = String::new();
    let mut due = opened_at + Duration::days(i64::from(case.playbook.patterns.action_days));
    for u in &log.updates {
        match u.status {
            ActionStatus::Done => done_at = Some(u.at),
            ActionStatus::Open => done_at = None,
            _ => {}
        }
        status = u.status;
        if !u.note.trim().is_empty() {
            note = u.note.trim().to_string();
        }
        if let Some(d) = u.due {
            due = d;
        }
    }
    Some(Action {
        id: case.id.clone(),
        fix: d.process_fix.trim().to_string(),
        owner: d.owner.trim().to_string(),
        category: d.category.clone(),
        root_cause: d.root_cause().map(str::to_string),
        opened_at,
        due,
        status,
        note,
        done_at,
        updates: log.updates.clone(),
    })
}

impl Action {
    /// Open and past its due date.
    pub fn overdue(&self, now: OffsetDateTime) -> bool {
        self.status == ActionStatus::Open && now > self.due
    }

    /// Later cases of the same cause reviewed after the fix was done.
    pub fn recurrences<'a>(&self, history: &'a [Precedent]) -> Vec<&'a Precedent> {
        let Some(done) = self.done_at else {
            return Vec::new();
        };
        let me = history.iter().find(|p| p.case_id == self.id);
        history
            .iter()
            .filter(|p| p.case_id != self.id && p.at > done)
            .filter(|p| me.is_some_and(|m| same_cause(m, p)))
            .collect()
    }

    /// When the quiet window after the fix ends (None until done).
    pub fn window_ends(&self, rules: &PatternRules) -> Option<OffsetDateTime> {
        self.done_at
            .map(|d| d + Duration::days(i64::from(rules.alarm_days)))
    }

    /// Done, its window passed and the cause did not come back: it may be
    /// verified without a note.
    pub fn held(&self, history: &[Precedent], rules: &PatternRules, now: OffsetDateTime) -> bool {
        self.status == ActionStatus::Done
            && self.window_ends(rules).is_some_and(|end| now >= end)
            && self.recurrences(history).is_empty()
    }
}

/// Why a process fix may not move to a status now (worded by
/// `present::action`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionRefusal {
    AlreadyOpen,
    AlreadyDone,
    AlreadyDropped,
    /// Marked done from a status other than open: the status, the case id.
    ReopenFirst {
        from: ActionStatus,
        id: String,
    },
    DropNeedsNote,
    /// Only a done fix can be verified: its status, the case id.
    VerifyNotDone {
        status: ActionStatus,
        id: String,
    },
    /// The cause came back after the fix: on that case, on that day.
    CameBack {
        case_id: String,
        at: OffsetDateTime,
    },
    /// Still inside the quiet window and no note says how it was verified.
    StillQuiet {
        quiet_days: i64,
        window_days: u32,
        until: OffsetDateTime,
    },
}

/// Why `action` may not move to `to` now; None when it may.
pub fn refusal(
    action: &Action,
    to: ActionStatus,
    note: &str,
    has_due: bool,
    history: &[Precedent],
    rules: &PatternRules,
    now: OffsetDateTime,
) -> Option<ActionRefusal> {
    use ActionStatus::*;
    let from = action.status;
    let noted = !note.trim().is_empty();
    match to {
        Open if from == Open && !has_due => Some(ActionRefusal::AlreadyOpen),
        Open => None,
        Done if from == Done => Some(ActionRefusal::AlreadyDone),
        Done if from != Open => Some(ActionRefusal::ReopenFirst {
            from,
            id: action.id.clone(),
        }),
        Done => None,
        Verified => verify_refusal(action, noted, history, rules, now),
        Dropped if from == Dropped => Some(ActionRefusal::AlreadyDropped),
        Dropped if !noted => Some(ActionRefusal::DropNeedsNote),
        Dropped => None,
    }
}

fn verify_refusal(
    action: &Action,
    noted: bool,
    history: &[Precedent],
    rules: &PatternRules,
    now: OffsetDateTime,
) -> Option<ActionRefusal> {
    if action.status != ActionStatus::Done {
        return Some(ActionRefusal::VerifyNotDone {
            status: action.status,
            id: action.id.clone(),
        });
    }
    if let Some(again) = action.recurrences(history).first() {
        return Some(ActionRefusal::CameBack {
            case_id: again.case_id.clone(),
            at: again.at,
        });
    }
    match action.window_ends(rules) {
        Some(end) if now < end && !noted => Some(ActionRefusal::StillQuiet {
            quiet_days: action.done_at.map_or(0, |d| (now - d).whole_days().max(0)),
            window_days: rules.alarm_days,
            until: end,
        }),
        _ => None,
    }
}
