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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{self, T0};

    fn case(hours: u32, received: OffsetDateTime, sent_at: Option<OffsetDateTime>) -> Case {
        test_support::with_deadline(hours, received, sent_at)
    }

    /// (deadline hours, received, now, sent, deadline, left label, overdue, late)
    type DeadlineRow = (
        u32,
        OffsetDateTime,
        OffsetDateTime,
        Option<OffsetDateTime>,
        OffsetDateTime,
        &'static str,
        bool,
        Option<bool>,
    );

    /// The first rows of [`deadline_table`].
    fn deadline_table_rows() -> Vec<DeadlineRow> {
        let h = Duration::hours;
        // (deadline hours, received, now, sent, deadline, left label (worded and
        // checked in present::time), overdue, late)
        vec![
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
        ]
    }

    /// The rest of [`deadline_table`].
    fn deadline_table_more_rows() -> Vec<DeadlineRow> {
        let h = Duration::hours;
        // (deadline hours, received, now, sent, deadline, left label (worded and
        // checked in present::time), overdue, late)
        vec![
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
        ]
    }

    #[test]
    fn deadline_table() {
        let mut table = deadline_table_rows();
        table.extend(deadline_table_more_rows());
        for (hours, received, now, sent, want_deadline, _label, late_now, late_sent) in table {
            let c = case(hours, received, sent);
            assert_eq!(deadline(&c), want_deadline, "{hours} h");
            assert_eq!(time_left(&c, now), want_deadline - now);
            assert_eq!(overdue(&c, now), late_now, "{hours} h at {now}");
            assert_eq!(answered_late(&c), late_sent);
        }
    }
}
