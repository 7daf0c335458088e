//! Parts of the case's fold, kept beside `Case::apply` so it stays short:
//! the peer review (verdicts and line comments) and the delivery (sending,
//! sent, the follow-up's end). Each returns whether it folded the event.

use super::case::{Case, Sending, Verdict};
use super::comments;
use super::event::{Event, EventKind};

impl Case {
    /// New drafts: who wrote them, on which machine and when (an edit that
    /// changes nothing is not an edit).
    pub(super) fn edit_drafts(&mut self, event: &Event, drafts: &super::draft::Drafts) {
        if *drafts != self.drafts {
            self.drafts = drafts.clone();
            // One person typing "Ann" and later "ann" is one author.
            if !self.is_author(&event.by) {
                self.draft_authors.insert(event.by.clone());
            }
            if let Some(d) = &event.device {
                self.draft_devices.insert(d.clone());
            }
            self.last_draft_edit = Some((event.by.clone(), event.at));
        }
    }

    /// Approvals, change requests and resolved comments. `counted`: whether
    /// `decide` would have taken this approval where it stands in the files.
    pub(super) fn apply_peer_review(&mut self, event: &Event, counted: bool) -> bool {
        match &event.kind {
            EventKind::Approved {
                drafts_sha256,
                note,
                signature,
                at_keyboard,
            } => self.verdicts.push(Verdict {
                by: event.by.clone(),
                at: event.at,
                drafts_sha256: drafts_sha256.clone(),
                approved: true,
                text: note.clone(),
                signature: signature.clone(),
                at_keyboard: *at_keyboard,
                device: event.device.clone(),
                counted,
            }),
            EventKind::ChangesRequested {
                drafts_sha256,
                comment,
                comments: list,
            } => {
                self.verdicts.push(Verdict {
                    by: event.by.clone(),
                    at: event.at,
                    drafts_sha256: drafts_sha256.clone(),
                    approved: false,
                    text: comment.clone(),
                    signature: None,
                    at_keyboard: false,
                    device: event.device.clone(),
                    counted: true,
                });
                self.comments.extend(comments::from_request(
                    &event.by,
                    event.at,
                    drafts_sha256,
                    comment,
                    list,
                ));
            }
            EventKind::CommentResolved { comment_id } => {
                if let Some(c) = self.comments.iter_mut().find(|c| &c.id == comment_id) {
                    c.resolved_by.get_or_insert_with(|| event.by.clone());
                }
            }
            _ => return false,
        }
        true
    }

    /// A delivery starting, failing or done; hand edits accepted; the
    /// follow-up's outcome.
    pub(super) fn apply_delivery(&mut self, event: &Event) -> bool {
        match &event.kind {
            EventKind::Sending {
                channel,
                drafts_sha256,
            } => {
                self.sending = Some(Sending {
                    by: event.by.clone(),
                    at: event.at,
                    channel: channel.clone(),
                    drafts_sha256: drafts_sha256.clone(),
                });
            }
            EventKind::DeliveryFailed { .. } => self.sending = None,
            EventKind::HandEditsAccepted {
                findings_sha256, ..
            } => self
                .accepted_hand_edits
                .push((event.by.clone(), findings_sha256.clone())),
            EventKind::Sent {
                channel,
                drafts_sha256,
            } => {
                self.sending = None;
                self.sent.get_or_insert(Sending {
                    by: event.by.clone(),
                    at: event.at,
                    channel: channel.clone(),
                    drafts_sha256: drafts_sha256.clone(),
                });
            }
            EventKind::FollowUpDone { outcome, note } => {
                // Done answers both the date and a changed review.
                self.follow_up_due = None;
                self.review_changed_after_send = false;
                self.follow_ups
                    .push(super::follow_up_outcome::FollowUpRecord {
                        by: event.by.clone(),
                        at: event.at,
                        outcome: *outcome,
                        note: note.clone(),
                    });
            }
            _ => return false,
        }
        true
    }
}
