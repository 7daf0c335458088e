//! The debrief's timeline in words (`domain::timeline`): one line per
//! moment, "2026-11-23 09:00  Ann  edited the drafts (×4, until 11:20)".

use std::fmt;

use time::OffsetDateTime;

use crate::domain::timeline::{DeadlineMet, Moment, What};

use super::debrief::level_label;
use super::rating::stars;

impl fmt::Display for What {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(words) = plain(self) {
            return f.write_str(words);
        }
        match self {
            What::Posted { platform, rating } => {
                write!(f, "posted the review on {platform} ({})", stars(*rating))
            }
            What::Created { playbook: Some(p) } => write!(f, "created the case ({p} playbook)"),
            What::CheckedIn(level) => write!(f, "checked in: {level}/5, {}", level_label(*level)),
            What::ChangesRequested(comment) => write!(f, "asked for changes: {comment}"),
            What::Delivering(channel) => write!(f, "started delivering the reply ({channel})"),
            What::Sent(channel) => write!(f, "sent the reply ({channel})"),
            What::Assigned(to) => write!(f, "assigned the case to {to}"),
            What::DebriefNoted(field) => {
                write!(f, "debrief: {}", field.title().to_lowercase())
            }
            What::DebriefCheckedIn(level) => write!(
                f,
                "checked in at the debrief: {level}/5, {}",
                level_label(*level)
            ),
            What::FollowUpSet(due) => write!(f, "set the follow-up for {due}"),
            What::FollowedUp(outcome) => write!(f, "followed up: {}", outcome.label()),
            What::ActionMarked(status) => write!(f, "marked the process fix {}", status.label()),
            What::PracticeStarted(scenario) => write!(f, "started practice on \"{scenario}\""),
            What::Triaged(road) => write!(f, "chose the road: {}", road.label()),
            What::CloseAsked(reason) => write!(f, "asked to close it without a reply: {reason}"),
            What::CooldownEnded(minutes) => write!(f, "the cool-down ended ({minutes} min)"),
            What::Deadline(met) => write!(f, "the response deadline ({})", deadline(*met)),
            _ => Ok(()),
        }
    }
}

/// The moments said the same way every time.
fn plain(what: &What) -> Option<&'static str> {
    Some(match what {
        What::Created { playbook: None } => "created the case",
        What::ReviewEdited => "the customer edited the review",
        What::FirstOpened => "opened the case: the cool-down started",
        What::Opened => "opened the case",
        What::Breathed => "breathed with the pacer",
        What::ReadThrough => "read the review through",
        What::Answered => "answered what the customer needs",
        What::EmpathyWritten => "wrote the empathy line",
        What::ApologyWritten => "wrote the apology",
        What::ChoicesSet => "set the choices offered",
        What::DraftsEdited => "edited the drafts",
        What::DiagnosisLogged => "logged the diagnosis",
        What::CommentResolved => "resolved a review comment",
        What::DeliveryFailed => "the delivery did not go out",
        What::HandEditsAccepted => "accepted hand edits after checking them",
        What::ApprovedSigned => "approved the drafts (signed)",
        What::ApprovedAtAuthorsKeyboard => "approved the drafts (typed at the author's keyboard)",
        What::ApprovedTyped => "approved the drafts (typed, not signed)",
        What::DebriefJoined => "joined the debrief",
        What::ProcessJudged(true) => "said a process is broken",
        What::ProcessJudged(false) => "said no process is broken",
        What::Parked => "parked the case for later",
        What::CloseAgreed => "agreed to close it without a reply",
        _ => return None,
    })
}

fn deadline(met: DeadlineMet) -> &'static str {
    match met {
        DeadlineMet::Met => "met",
        DeadlineMet::Missed => "missed",
        DeadlineMet::NotSent => "the reply had not gone out",
    }
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
    use crate::domain::event::{Event, EventKind};
    use crate::domain::test_support::{self, T0};
    use crate::domain::timeline::timeline;
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
