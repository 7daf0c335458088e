//! A case's own timeline for the debrief (blameless postmortems start from
//! one): when the review came in, when each step and gate happened, who did
//! what. Folded from the events like the rest of the case; repeated work
//! (every draft save, every read) is one line with a count.

use time::OffsetDateTime;

use super::case::Case;
use super::deadline::deadline;
use super::debrief::level_label;
use super::event::{Event, EventKind};
use super::gate::cooldown_length;
use super::identity::{first_spelling, same_person};

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    pub at: OffsetDateTime,
    /// Who did it ("heard" for what the gates did by themselves).
    pub by: String,
    pub what: String,
    /// How many times in a row (draft saves, reads …).
    pub times: u32,
    /// When the last of those happened.
    pub until: OffsetDateTime,
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
    fn describe(&mut self, kind: &EventKind) -> Option<(String, bool)> {
        let once = |s: &str| Some((s.to_string(), false));
        let again = |s: &str| Some((s.to_string(), true));
        match kind {
            EventKind::Created { playbook, .. } => Some((
                match playbook {
                    Some(p) => format!("created the case ({} playbook)", p.id),
                    None => "created the case".to_string(),
                },
                false,
            )),
            EventKind::ReviewUpdated { .. } => once("the customer edited the review"),
            EventKind::Opened if !self.opened => {
                self.opened = true;
                once("opened the case: the cool-down started")
            }
            EventKind::Opened => again("opened the case"),
            EventKind::CheckedIn { level } => Some((
                format!("checked in: {level}/5, {}", level_label(*level)),
                false,
            )),
            EventKind::BreathingStarted => None,
            EventKind::BreathingFinished { .. } => once("breathed with the pacer"),
            EventKind::ReadThrough => again("read the review through"),
            EventKind::Answered { .. } => again("answered what the customer needs"),
            EventKind::EmpathyWritten { .. } => again("wrote the empathy line"),
            EventKind::ApologyWritten { .. } => again("wrote the apology"),
            EventKind::ChoicesSet { .. } => again("set the choices offered"),
            EventKind::DraftEdited { .. } => again("edited the drafts"),
            EventKind::DiagnosisLogged { .. } => again("logged the diagnosis"),
            EventKind::ChangesRequested { comment, .. } => {
                Some((format!("asked for changes: {}", comment.trim()), false))
            }
            EventKind::CommentResolved { .. } => again("resolved a review comment"),
            EventKind::Sending { channel, .. } => {
                Some((format!("started delivering the reply ({channel})"), false))
            }
            EventKind::DeliveryFailed { .. } => once("the delivery did not go out"),
            EventKind::HandEditsAccepted { .. } => once("accepted hand edits after checking them"),
            EventKind::Approved {
                signature: Some(_), ..
            } => once("approved the drafts (signed)"),
            EventKind::Approved {
                at_keyboard: true, ..
            } => once("approved the drafts (typed at the author's keyboard)"),
            EventKind::Approved { .. } => once("approved the drafts (typed, not signed)"),
            EventKind::Sent { channel, .. } => Some((format!("sent the reply ({channel})"), false)),
            EventKind::Assigned { to } => Some((format!("assigned the case to {to}"), false)),
            EventKind::DebriefJoined => once("joined the debrief"),
            EventKind::DebriefNoted { field, .. } => {
                Some((format!("debrief: {}", field.title().to_lowercase()), true))
            }
            EventKind::ProcessJudged { broken } => once(if *broken {
                "said a process is broken"
            } else {
                "said no process is broken"
            }),
            EventKind::DebriefCheckedIn { level } => Some((
                format!(
                    "checked in at the debrief: {level}/5, {}",
                    level_label(*level)
                ),
                false,
            )),
            EventKind::FollowUpSet { due } => {
                Some((format!("set the follow-up for {}", due.date()), false))
            }
            EventKind::FollowUpDone { outcome, .. } => {
                Some((format!("followed up: {}", outcome.label()), false))
            }
            EventKind::ActionUpdated { status, .. } => {
                Some((format!("marked the process fix {}", status.label()), false))
            }
            EventKind::PracticeStarted { scenario } => {
                Some((format!("started practice on \"{scenario}\""), false))
            }
            EventKind::Triaged { .. }
            | EventKind::Parked
            | EventKind::CloseAsked { .. }
            | EventKind::CloseAgreed { .. } => describe_triage(kind),
        }
    }
}

/// What a triage event says (see `domain::triage`).
fn describe_triage(kind: &EventKind) -> Option<(String, bool)> {
    let what = match kind {
        EventKind::Triaged { road } => format!("chose the road: {}", road.label()),
        EventKind::Parked => "parked the case for later".into(),
        EventKind::CloseAsked { reason } => {
            format!("asked to close it without a reply: {}", reason.trim())
        }
        EventKind::CloseAgreed { .. } => "agreed to close it without a reply".into(),
        _ => return None,
    };
    Some((what, false))
}

/// The whole timeline of `case`, oldest first: the review itself, the
/// recorded moments, and when the cool-down ended and the deadline fell.
pub fn timeline(case: &Case) -> Vec<Moment> {
    let at = |at: OffsetDateTime, by: &str, what: String| Moment {
        at,
        by: by.to_string(),
        what,
        times: 1,
        until: at,
    };
    let r = &case.review;
    let mut out = vec![at(
        r.received_at,
        &r.customer,
        format!("posted the review on {} ({})", r.platform, r.stars()),
    )];
    out.extend(case.history.moments.iter().cloned());
    if let Some(opened) = case.opened_at {
        let length = cooldown_length(case);
        out.push(at(
            opened + length,
            "heard",
            format!("the cool-down ended ({} min)", length.whole_minutes()),
        ));
    }
    let due = deadline(case);
    let met = match &case.sent {
        Some(s) if s.at <= due => "met",
        Some(_) => "missed",
        None => "the reply had not gone out",
    };
    out.push(at(due, "heard", format!("the response deadline ({met})")));
    // Stable: events recorded at the same second keep their order.
    out.sort_by_key(|m| m.at);
    out
}

/// "2026-11-23 09:00  Ann  edited the drafts (×4, until 11:20)".
pub fn line(m: &Moment) -> String {
    let t = |t: OffsetDateTime| {
        let t = t.to_offset(time::UtcOffset::UTC);
        format!("{} {:02}:{:02}", t.date(), t.hour(), t.minute())
    };
    let mut s = format!("{}  {}  {}", t(m.at), m.by, m.what);
    if m.times > 1 {
        s += &format!(" (×{}, until {})", m.times, t(m.until));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Drafts;
    use crate::domain::test_support::{self, T0};
    use time::Duration;

    #[test]
    fn the_timeline_tells_who_did_what_and_folds_repeats() {
        let playbook = test_support::playbook(
            "[gates]\ncooldown_minutes = 15\nupset_cooldown_minutes = 60\nresponse_deadline_hours = 24",
            &["check-in", "compose"],
        );
        let review = crate::domain::Review {
            customer: "Mara".into(),
            platform: "google".into(),
            rating: Some(1),
            title: None,
            text: "Broken.".into(),
            received_at: T0 - Duration::hours(3),
            platform_id: None,
            url: None,
            existing_reply: None,
        };
        let m =
            |min: i64, by: &str, kind: EventKind| Event::new(T0 + Duration::minutes(min), by, kind);
        let draft = |p: &str| EventKind::DraftEdited {
            drafts: Drafts::new(p, "private"),
        };
        let sent = EventKind::Sent {
            channel: "file".into(),
            drafts_sha256: "x".into(),
        };
        let case = test_support::fold(
            "c",
            review,
            &playbook,
            [
                m(1, "ann", EventKind::Opened),
                m(2, "ann", EventKind::CheckedIn { level: 4 }),
                m(3, "ann", draft("a")),
                m(4, "ann", draft("ab")),
                m(5, "ann", draft("abc")),
                m(6, "bob", draft("abcd")),
                m(7, "ann", EventKind::Opened),
                m(90, "ann", sent),
            ],
        );
        let lines: Vec<String> = timeline(&case).iter().map(line).collect();
        assert_eq!(
            lines,
            vec![
                "2026-11-23 06:00  Mara  posted the review on google (★☆☆☆☆)",
                "2026-11-23 09:00  ann  created the case (t playbook)",
                "2026-11-23 09:01  ann  opened the case: the cool-down started",
                "2026-11-23 09:02  ann  checked in: 4/5, very upset",
                "2026-11-23 09:03  ann  edited the drafts (×3, until 2026-11-23 09:05)",
                "2026-11-23 09:06  bob  edited the drafts",
                "2026-11-23 09:07  ann  opened the case",
                "2026-11-23 10:01  heard  the cool-down ended (60 min)",
                "2026-11-23 10:30  ann  sent the reply (file)",
                "2026-11-24 06:00  heard  the response deadline (met)",
            ]
        );
    }
}
