//! Triage: not every review deserves the same road. After reading, the
//! person chooses what this review needs; the road decides which steps are
//! required and what the coach asks for. No road lowers the floors: the
//! cool-down and the peer review stay on every reply that goes out, and a
//! case closed without a reply needs a colleague's OK.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::case::Case;
use super::coach::ReplyKind;
use super::event::{Event, EventKind};
use super::identity::same_person;
use super::playbook::{Playbook, Step, StepKind};

/// What a review needs, chosen after reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Road {
    /// Today's walk: apologise, offer choices, put it right.
    Resolve,
    /// Acknowledge and thank them; no concession is offered.
    ListenOnly,
    /// Stand your ground: a clear, kind refusal instead of choices.
    PoliteNo,
    /// A fake review, a troll or a competitor: report it to the platform,
    /// no public reply; the case is closed with a colleague's OK.
    DontEngage,
}

impl Road {
    pub const ALL: [Road; 4] = [
        Road::Resolve,
        Road::ListenOnly,
        Road::PoliteNo,
        Road::DontEngage,
    ];

    /// The name used on the command line and in event files.
    pub fn key(self) -> &'static str {
        match self {
            Road::Resolve => "resolve",
            Road::ListenOnly => "listen-only",
            Road::PoliteNo => "polite-no",
            Road::DontEngage => "dont-engage",
        }
    }

    pub fn parse(s: &str) -> Option<Road> {
        let s = s.trim().to_lowercase().replace(['_', ' ', '\''], "-");
        Road::ALL
            .into_iter()
            .find(|r| r.key() == s || (s == "don-t-engage" && *r == Road::DontEngage))
    }

    /// Whether a step of this kind is required on this road (a step the
    /// playbook marks optional stays optional).
    pub fn needs(self, kind: StepKind) -> bool {
        use StepKind::*;
        match self {
            Road::Resolve => true,
            // Nothing is conceded, so there are no options to list; the
            // reply still acknowledges, apologises for the experience and
            // is diagnosed like any other.
            Road::ListenOnly | Road::PoliteNo => kind != Choices,
            // No reply at all: calm down, read, decide, report it.
            Road::DontEngage => matches!(kind, CheckIn | Breathe | Read | Triage),
        }
    }

    /// Whether the road ends in a reply to the customer.
    pub fn replies(self) -> bool {
        self != Road::DontEngage
    }

    /// What the coach expects of the reply on this road.
    pub fn reply_kind(self, playbook_kind: ReplyKind) -> ReplyKind {
        match self {
            Road::ListenOnly if playbook_kind.is_complaint() => ReplyKind::ListenOnly,
            Road::PoliteNo if playbook_kind.is_complaint() => ReplyKind::PoliteNo,
            _ => playbook_kind,
        }
    }
}

/// The triage step heard adds after reading, in playbooks that answer
/// complaints and do not place one themselves. Its words are product data
/// (`assets/words/triage-step.toml`).
pub fn triage_step() -> Step {
    static STEP: std::sync::LazyLock<Step> = std::sync::LazyLock::new(|| {
        super::built_in::data(include_str!("../../assets/words/triage-step.toml"))
    });
    STEP.clone()
}

/// The playbook as the walk uses it: a triage step right after reading,
/// when the playbook answers complaints, reads, and has none of its own.
pub fn with_triage(mut playbook: Playbook) -> Playbook {
    let has = |k| playbook.steps.iter().any(|s: &Step| s.kind == k);
    if !playbook.coach.kind.answers_complaint() || has(StepKind::Triage) {
        return playbook;
    }
    if let Some(read) = playbook.steps.iter().position(|s| s.kind == StepKind::Read) {
        playbook.steps.insert(read + 1, triage_step());
    }
    playbook
}

/// The coach for `case` on the road taken: the playbook's rules, expecting
/// the reply the road asks for (no choices on a polite no). The playbook's
/// own rules are never changed.
pub fn coach_for_road(case: &Case) -> super::coach::Coach {
    let rules = &case.playbook.coach;
    let kind = case.road().reply_kind(rules.kind);
    if kind == rules.kind {
        return super::coach::Coach::new(&case.review.text, rules);
    }
    let mut rules = rules.clone();
    rules.kind = kind;
    super::coach::Coach::new(&case.review.text, &rules)
}

/// A request to close the case without a reply, and the colleague's OK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closing {
    pub asked_by: String,
    pub asked_at: OffsetDateTime,
    pub reason: String,
    /// The machine it was asked on.
    pub asked_on: Option<String>,
    /// Who agreed, and when: the case is closed.
    pub agreed: Option<(String, OffsetDateTime)>,
}

/// Why a case may not be closed, or the close not agreed (worded by
/// `present::triage`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CloseRefusal {
    NoReason,
    /// Already closed, with the reason it was closed for.
    AlreadyClosed(String),
    /// Nobody asked to close the case (its id).
    NotAsked(String),
    /// Who asked and now tries to agree, and the case id.
    SamePerson(String, String),
    /// An author of the drafts tries to agree.
    Author(String),
    NoName,
    /// Who agrees from the machine the close was asked on, and the case id.
    SameMachine(String, String),
    NotOnTeam(super::team::NotOnRoster),
}

/// Whether `by` may ask to close the case with `reason`.
pub fn ask_refusal(case: &Case, reason: &str) -> Option<CloseRefusal> {
    if let Some(r) = closed_refusal(case) {
        return Some(r);
    }
    reason.trim().is_empty().then_some(CloseRefusal::NoReason)
}

/// Whether `by`, on machine `device`, may agree to the close that was
/// asked: a team member who neither asked nor wrote the drafts (compared as
/// people see names), from another machine than the one it was asked on.
pub fn agree_refusal(case: &Case, by: &str, device: Option<&str>) -> Option<CloseRefusal> {
    if let Some(r) = closed_refusal(case) {
        return Some(r);
    }
    let Some(closing) = &case.closing else {
        return Some(CloseRefusal::NotAsked(case.id.clone()));
    };
    if by.trim().is_empty() {
        return Some(CloseRefusal::NoName);
    }
    if same_person(&closing.asked_by, by) {
        return Some(CloseRefusal::SamePerson(by.into(), case.id.clone()));
    }
    if case.is_author(by) {
        return Some(CloseRefusal::Author(by.into()));
    }
    // One person under two names at one keyboard is still one person.
    if device.is_some() && device == closing.asked_on.as_deref() {
        return Some(CloseRefusal::SameMachine(by.into(), case.id.clone()));
    }
    case.team.refusal(by).map(CloseRefusal::NotOnTeam)
}

impl Case {
    /// The road taken: resolve until someone chose another.
    pub fn road(&self) -> Road {
        self.road.unwrap_or(Road::Resolve)
    }

    /// Whether a step of this kind belongs to the walk on the road taken.
    pub fn step_needed(&self, kind: StepKind) -> bool {
        self.road().needs(kind)
    }

    /// Whether `coach` judges drafts as this case needs now: made for its
    /// review, expecting the reply the road asks for.
    pub fn coach_fits(&self, coach: &super::coach::Coach) -> bool {
        let rules = &self.playbook.coach;
        coach.is_for(&self.review.text) && coach.kind() == self.road().reply_kind(rules.kind)
    }

    /// The close, once a colleague agreed to it.
    pub fn closed(&self) -> Option<&Closing> {
        self.closing.as_ref().filter(|c| c.agreed.is_some())
    }

    /// Fold one triage event (see `Case::apply`).
    pub(super) fn apply_triage(&mut self, event: &Event) {
        match &event.kind {
            EventKind::Triaged { road } => {
                self.road = Some(*road);
                // Choosing to reply after all takes back a close nobody
                // agreed to yet.
                if road.replies() && self.closed().is_none() {
                    self.closing = None;
                }
            }
            EventKind::Parked => self.parked = true,
            // A closed case keeps the close that was agreed.
            EventKind::CloseAsked { reason } if self.closed().is_none() => {
                self.closing = Some(Closing {
                    asked_by: event.by.clone(),
                    asked_at: event.at,
                    reason: reason.clone(),
                    asked_on: event.device.clone(),
                    agreed: None,
                });
            }
            EventKind::CloseAgreed { .. } => {
                // The one who asked, or an author, never closes it alone,
                // even in an event file written by hand.
                let by = &event.by;
                let counts = self.closing.as_ref().is_some_and(|c| {
                    c.agreed.is_none() && !same_person(&c.asked_by, by) && !self.is_author(by)
                });
                if counts && let Some(c) = &mut self.closing {
                    c.agreed = Some((by.clone(), event.at));
                }
            }
            _ => {}
        }
    }
}

fn closed_refusal(case: &Case) -> Option<CloseRefusal> {
    case.closing
        .as_ref()
        .filter(|c| c.agreed.is_some())
        .map(|c| CloseRefusal::AlreadyClosed(c.reason.clone()))
}

#[cfg(test)]
#[path = "triage_tests.rs"]
mod tests;
