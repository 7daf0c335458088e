//! The inbox's columns in words: how long ago the review came in, the time
//! left before the deadline, and what the case waits for.

use time::{Duration, OffsetDateTime};

use super::time::short_span;
use crate::domain::inbox::Waiting;
use crate::domain::inbox_row::CaseRow;
use crate::domain::waiting::rounded_left;

/// "3 h left", "2 h late" or "sent" (as `time::left_label` for a case).
pub fn left(row: &CaseRow, now: OffsetDateTime) -> String {
    if row.sent {
        return "sent".into();
    }
    if row.practice {
        return "practice".into();
    }
    if row.is_closed() {
        return "closed".into();
    }
    let left = row.time_left(now);
    if left.is_negative() {
        format!("{} late", short_span(left))
    } else {
        format!("{} left", short_span(left))
    }
}

/// How long ago the review came in (as `time::age` for a case).
pub fn age(row: &CaseRow, now: OffsetDateTime) -> String {
    short_span((now - row.received_at).max(Duration::ZERO))
}

/// A few words for the inbox's "waiting for" column.
pub fn waiting(w: &Waiting, now: OffsetDateTime) -> String {
    match w {
        Waiting::Step(kind) => format!("step: {}", kind.short_title().to_lowercase()),
        Waiting::ChangesRequested => "changes asked".into(),
        Waiting::MyReview => "your review".into(),
        Waiting::OthersReview => "colleague's review".into(),
        Waiting::Owner => "owner's approval".into(),
        Waiting::Cooldown(Some(t)) => format!("cool-down {}", short_span(rounded_left(*t - now))),
        Waiting::Cooldown(None) => "cool-down".into(),
        Waiting::Ready => "ready".into(),
        Waiting::FollowUp => "follow up".into(),
        Waiting::Sent => "sent".into(),
        Waiting::Closed(why) => format!("closed: {why}"),
        Waiting::CloseAgreement => "close: colleague's OK".into(),
        Waiting::Parked => "parked".into(),
    }
}

/// The customer's name, hidden characters shown, with "↩" before it when
/// the platform already shows a reply.
pub fn customer(row: &CaseRow) -> String {
    let name = crate::domain::visible::reveal(&row.customer);
    if row.answered {
        format!("↩ {name}")
    } else {
        name.to_string()
    }
}
