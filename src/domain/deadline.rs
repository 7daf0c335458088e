//! The response deadline (seed 003: answer within 24–48 hours): the review's
//! own time plus the playbook's `response_deadline_hours`. The cool-down says
//! "not before", the deadline "not after". Pure: time is passed in.

use time::{Duration, OffsetDateTime};

use super::case::Case;

/// When the reply should have gone out at the latest.
pub fn deadline(case: &Case) -> OffsetDateTime {
    let hours = i64::from(case.playbook.gates.response_deadline_hours);
    super::when::later(case.review.received_at, Duration::hours(hours))
}

/// Time until the deadline; negative once it has passed.
pub fn time_left(case: &Case, now: OffsetDateTime) -> Duration {
    deadline(case) - now
}

/// The deadline passed and the reply has not gone out.
pub fn overdue(case: &Case, now: OffsetDateTime) -> bool {
    // Practice carries no real deadline.
    case.sent.is_none()
        && case.practice.is_none()
        && case.closed().is_none()
        && now > deadline(case)
}

/// Whether the reply went out after the deadline (`None` while not sent).
pub fn answered_late(case: &Case) -> Option<bool> {
    case.sent.as_ref().map(|s| s.at > deadline(case))
}

/// A span in the fewest characters a person still reads at a glance:
/// "40 s", "12 min", "4 h 05", "19 h", "3 d". Negative spans read as their
/// length; the caller says whether it is "left" or "late".
pub fn short_span(d: Duration) -> String {
    let secs = d.whole_seconds().unsigned_abs();
    let (days, hours, mins) = (secs / 86_400, secs / 3600, (secs % 3600) / 60);
    match () {
        _ if secs < 60 => format!("{secs} s"),
        _ if hours == 0 => format!("{mins} min"),
        _ if hours < 10 && mins > 0 => format!("{hours} h {mins:02}"),
        _ if hours < 48 => format!("{hours} h"),
        _ => format!("{days} d"),
    }
}

/// "19 h left", "2 h late", or "sent" — the inbox's last column.
pub fn left_label(case: &Case, now: OffsetDateTime) -> String {
    if case.sent.is_some() {
        return "sent".into();
    }
    if case.practice.is_some() {
        return "practice".into();
    }
    let left = time_left(case, now);
    if left.is_negative() {
        format!("{} late", short_span(left))
    } else {
        format!("{} left", short_span(left))
    }
}

/// How long ago the customer wrote: "3 h", "2 d" (never negative, so a
/// review dated in the future reads as "0 s").
pub fn age(case: &Case, now: OffsetDateTime) -> String {
    short_span((now - case.review.received_at).max(Duration::ZERO))
}

/// An absolute time in at most `width` columns, most precise first:
/// "Tue 24 Nov 14:00", "Tue 14:00", "Tu 14:00"; on the same day as `now`
/// "today 14:00" or "14:00". Times are UTC, like everything heard stores.
pub fn short_when(t: OffsetDateTime, now: OffsetDateTime, width: usize) -> String {
    let t = super::when::utc(t);
    let now = super::when::utc(now);
    let hm = format!("{:02}:{:02}", t.hour(), t.minute());
    let day = format!("{}", t.weekday());
    let month = format!("{}", t.month());
    let near = (t.date() - now.date()).whole_days().abs() < 7;
    let mut candidates = vec![format!("{} {} {} {hm}", &day[..3], t.day(), &month[..3])];
    if t.date() == now.date() {
        candidates.push(format!("today {hm}"));
        candidates.push(hm.clone());
    } else if near {
        candidates.push(format!("{} {hm}", &day[..3]));
        candidates.push(format!("{} {hm}", &day[..2]));
    } else {
        candidates.push(format!("{} {} {hm}", t.day(), &month[..3]));
        candidates.push(format!("{} {}", t.day(), &month[..3]));
    }
    candidates
        .iter()
        .find(|c| c.len() <= width)
        .or(candidates.last())
        .cloned()
        .unwrap_or(hm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{self, T0};
    use crate::domain::{Event, EventKind, Review};
    use time::macros::datetime;

    fn case(hours: u32, received: OffsetDateTime, sent_at: Option<OffsetDateTime>) -> Case {
        let playbook = test_support::playbook(
            &format!(
                "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\n\
                 response_deadline_hours = {hours}"
            ),
            &["compose"],
        );
        let review = Review {
            customer: "Ann".into(),
            platform: "google".into(),
            rating: Some(1),
            title: None,
            text: "Cold.".into(),
            received_at: received,
            platform_id: None,
            url: None,
            existing_reply: None,
        };
        let sent = sent_at.map(|at| {
            Event::new(
                at,
                "me",
                EventKind::Sent {
                    channel: "file".into(),
                    drafts_sha256: String::new(),
                },
            )
        });
        test_support::fold("c", review, &playbook, sent)
    }

    #[test]
    fn deadline_table() {
        let h = Duration::hours;
        // (deadline hours, received, now, sent, deadline, left label, overdue, late)
        let table = [
            (24, T0, T0, None, T0 + h(24), "24 h left", false, None),
            (
                24,
                T0,
                T0 + h(20),
                None,
                T0 + h(24),
                "4 h left",
                false,
                None,
            ),
            (
                24,
                T0,
                T0 + h(20) + Duration::minutes(30),
                None,
                T0 + h(24),
                "3 h 30 left",
                false,
                None,
            ),
            (
                24,
                T0,
                T0 + h(24),
                None,
                T0 + h(24),
                "0 s left",
                false,
                None,
            ),
            (24, T0, T0 + h(26), None, T0 + h(24), "2 h late", true, None),
            (
                48,
                T0,
                T0 + h(26),
                None,
                T0 + h(48),
                "22 h left",
                false,
                None,
            ),
            (
                24,
                T0,
                T0 + h(100),
                None,
                T0 + h(24),
                "3 d late",
                true,
                None,
            ),
            (
                24,
                T0,
                T0 + h(30),
                Some(T0 + h(30)),
                T0 + h(24),
                "sent",
                false,
                Some(true),
            ),
            (
                24,
                T0,
                T0 + h(30),
                Some(T0 + h(2)),
                T0 + h(24),
                "sent",
                false,
                Some(false),
            ),
            (0, T0, T0 + h(1), None, T0, "1 h late", true, None),
        ];
        for (hours, received, now, sent, want_deadline, label, late_now, late_sent) in table {
            let c = case(hours, received, sent);
            assert_eq!(deadline(&c), want_deadline, "{hours} h");
            assert_eq!(time_left(&c, now), want_deadline - now);
            assert_eq!(left_label(&c, now), label, "{hours} h at {now}");
            assert_eq!(overdue(&c, now), late_now, "{hours} h at {now}");
            assert_eq!(answered_late(&c), late_sent);
        }
    }

    #[test]
    fn spans_and_ages_read_at_a_glance() {
        let table = [
            (Duration::seconds(40), "40 s"),
            (Duration::minutes(12), "12 min"),
            (Duration::minutes(245), "4 h 05"),
            (Duration::hours(4), "4 h"),
            (Duration::hours(19), "19 h"),
            (Duration::hours(47), "47 h"),
            (Duration::hours(72), "3 d"),
            (Duration::hours(-2), "2 h"),
        ];
        for (d, want) in table {
            assert_eq!(short_span(d), want, "{d}");
        }
        let c = case(24, T0 + Duration::hours(5), None);
        assert_eq!(
            age(&c, T0),
            "0 s",
            "a review from the future is not negative"
        );
        assert_eq!(age(&c, T0 + Duration::hours(8)), "3 h");
    }

    #[test]
    fn times_shrink_to_fit() {
        let now = datetime!(2026-11-23 09:00 UTC); // a Monday
        let table = [
            (datetime!(2026-11-23 15:00 UTC), 16, "Mon 23 Nov 15:00"),
            (datetime!(2026-11-23 15:00 UTC), 15, "today 15:00"),
            (datetime!(2026-11-23 15:00 UTC), 8, "15:00"),
            (datetime!(2026-11-24 14:00 UTC), 26, "Tue 24 Nov 14:00"),
            (datetime!(2026-11-24 14:00 UTC), 9, "Tue 14:00"),
            (datetime!(2026-11-24 14:00 UTC), 8, "Tu 14:00"),
            (datetime!(2026-11-24 14:00 UTC), 3, "Tu 14:00"),
            (datetime!(2026-12-24 14:00 UTC), 12, "24 Dec 14:00"),
            (datetime!(2026-12-24 14:00 UTC), 8, "24 Dec"),
            (datetime!(2026-11-24 14:00 +02:00), 9, "Tue 12:00"),
        ];
        for (t, width, want) in table {
            assert_eq!(short_when(t, now, width), want, "{t} in {width}");
        }
    }
}
