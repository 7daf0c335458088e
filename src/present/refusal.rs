//! Why the rules said no, in words: `domain::decide::Refusal` is data; this
//! is how both front ends say it.

use std::fmt;

use super::time::short_time;
use crate::domain::comments::DraftPart;
use crate::domain::decide::{HiddenIn, HiddenInDrafts, NotReplying, Refusal};
use crate::domain::visible;

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::AlreadySent => f.write_str(
                "this case was already sent; the reply and its steps cannot change any more",
            ),
            Refusal::DeliveryUncertain(id) => write!(
                f,
                "a delivery of this reply was started and never finished: nobody knows whether \
                 the customer got it. Check the platform, then confirm with `heard send {id} \
                 --delivered` or `heard send {id} --not-delivered`"
            ),
            Refusal::NoDeliveryInProgress => f.write_str("no delivery is in progress on this case"),
            Refusal::CreatedTwice => f.write_str("the case was already created"),
            Refusal::BeforeCreation { now, created } => write!(
                f,
                "the clock reads {}, before this case was created ({}); check the computer's date \
                 and time",
                short_time(*now),
                short_time(*created)
            ),
            Refusal::Approval(why) => write!(f, "not approved: {why}"),
            Refusal::ApprovalOnAuthorsMachine(by) => write!(
                f,
                "not approved: this approval comes from the machine the drafts were written on. \
                 {by} approves from their own machine (`heard approve` there, or signed), or at \
                 this keyboard through the Peer review step, where it is recorded as typed here"
            ),
            Refusal::ApprovalUnsigned(problem) => write!(
                f,
                "not approved: this team requires signed approvals and {problem}; set \
                 `[identity] signing_key` in config.toml to your own key listed in the store's \
                 allowed_signers"
            ),
            Refusal::ApprovalOfOtherDrafts => f.write_str(
                "the approval names other drafts than the ones on file; read the current drafts \
                 and approve again",
            ),
            Refusal::NothingToReview => {
                f.write_str("there is nothing to review yet: both drafts must be written")
            }
            Refusal::Closed(blockers) => {
                write!(f, "not sent: {}", super::gate::lines(blockers).join("; "))
            }
            Refusal::CheckInLevel(level) => write!(
                f,
                "a check-in is a level from 1 (calm) to 5 (furious), not {level}"
            ),
            Refusal::NotSentYet => {
                f.write_str("the follow-up comes after sending; this case was not sent yet")
            }
            Refusal::HandEdits(why) => write!(f, "{why}"),
            Refusal::Practice(scenario, id) => write!(
                f,
                "a practice case is never sent: it is training on the scenario \"{scenario}\". \
                 Read its scorecard with `heard practice score {id}`"
            ),
            Refusal::PracticeAfterCreation => {
                f.write_str("a case is practice from its creation or never: this one is real")
            }
            Refusal::ClosedWithoutReply(reason) => write!(
                f,
                "this case was closed without a reply ({reason}); nothing about its reply can \
                 change any more"
            ),
            Refusal::TriageBeforeReading => {
                f.write_str("read the whole review first: what it needs is decided after reading")
            }
            Refusal::NotReplying(why) => write!(
                f,
                "nothing is sent on this case: {why}. Choose another road on the triage step to \
                 reply after all"
            ),
            Refusal::Close(why) => write!(f, "{why}"),
            Refusal::Assign(why) => write!(f, "not assigned: {why}"),
        }
    }
}

impl std::error::Error for Refusal {}

impl fmt::Display for NotReplying {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotReplying::Closed(reason) => write!(f, "it was closed without a reply ({reason})"),
            NotReplying::CloseAsked { by, reason } => {
                write!(f, "{by} asked to close it without a reply ({reason})")
            }
            NotReplying::DontEngage => f.write_str("triage chose not to engage with this review"),
        }
    }
}

impl fmt::Display for HiddenIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.draft {
            DraftPart::Public => "public reply",
            DraftPart::Private => "private message",
        };
        write!(
            f,
            "{name} line {} holds {} hidden character{} (first {})",
            self.line,
            self.count,
            if self.count == 1 { "" } else { "s" },
            visible::describe(self.first)
        )
    }
}

impl fmt::Display for HiddenInDrafts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let found: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        write!(
            f,
            "{}: they can hide or rearrange text on a screen, so nobody can approve what they \
             cannot see; retype those lines",
            found.join("; ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gate::Blocker;
    use crate::domain::signing::SignatureProblem;
    use time::macros::datetime;

    #[test]
    fn refusals_table() {
        let table: Vec<(Refusal, &str)> = vec![
            (
                Refusal::BeforeCreation {
                    now: datetime!(2026-11-23 09:00 UTC),
                    created: datetime!(2026-11-23 10:30 UTC),
                },
                "the clock reads 2026-11-23 09:00 UTC, before this case was created \
                 (2026-11-23 10:30 UTC); check the computer's date and time",
            ),
            (
                Refusal::Closed(vec![
                    Blocker::AlreadySent,
                    Blocker::StepsPending(vec!["Compose".into()]),
                ]),
                "not sent: already sent; steps not done: Compose",
            ),
            (
                Refusal::CheckInLevel(7),
                "a check-in is a level from 1 (calm) to 5 (furious), not 7",
            ),
            (
                Refusal::Practice("broken-mug".into(), "c1".into()),
                "a practice case is never sent: it is training on the scenario \"broken-mug\". \
                 Read its scorecard with `heard practice score c1`",
            ),
            (
                Refusal::ApprovalUnsigned(SignatureProblem::Unsigned),
                "not approved: this team requires signed approvals and not signed; set \
                 `[identity] signing_key` in config.toml to your own key listed in the store's \
                 allowed_signers",
            ),
        ];
        for (refusal, want) in table {
            assert_eq!(refusal.to_string(), want, "{refusal:?}");
        }
    }
}
