//! The span of time heard works in, and arithmetic that cannot panic.
//!
//! Dates come from outside (review exports, a teammate's pushed event files)
//! and numbers from playbooks. The `time` crate panics when a sum leaves
//! the years -9999..=9999, so every date is checked where it enters
//! ([`check`]) and every sum in the domain saturates ([`later`]) as a second
//! line of defence: a wrong date gives a wrong-looking row, never a crash.

use time::macros::datetime;
use time::{Duration, OffsetDateTime, UtcOffset};

/// The earliest date heard accepts: before online reviews existed.
pub const EARLIEST: OffsetDateTime = datetime!(1970-01-01 0:00 UTC);
/// The latest date heard accepts. Far enough that no real review or event
/// reaches it, near enough that adding a playbook's longest wait (a year)
/// to it stays inside what the `time` crate can count.
pub const LATEST: OffsetDateTime = datetime!(2199-12-31 23:59:59 UTC);

/// A date heard cannot use, as it was given (worded by `present::when`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfRange {
    pub shown: String,
}

/// `t` in UTC if it lies between [`EARLIEST`] and [`LATEST`].
pub fn check(t: OffsetDateTime) -> Result<OffsetDateTime, OutOfRange> {
    let out = || OutOfRange {
        shown: format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day()),
    };
    let utc = t.checked_to_offset(UtcOffset::UTC).ok_or_else(out)?;
    if (EARLIEST..=LATEST).contains(&utc) {
        Ok(utc)
    } else {
        Err(out())
    }
}

/// `t + d`, held at the last (or first) representable moment instead of
/// panicking when the sum leaves the calendar.
pub fn later(t: OffsetDateTime, d: Duration) -> OffsetDateTime {
    t.checked_add(d).unwrap_or(if d.is_negative() {
        datetime!(-9999-01-01 0:00 UTC)
    } else {
        datetime!(9999-12-31 23:59:59.999_999_999 UTC)
    })
}

/// `t` in UTC, or `t` unchanged if UTC would leave the calendar.
pub fn utc(t: OffsetDateTime) -> OffsetDateTime {
    t.checked_to_offset(UtcOffset::UTC).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_outside_the_range_are_refused_with_the_date_shown() {
        let table: &[(OffsetDateTime, Result<OffsetDateTime, &str>)] = &[
            (
                datetime!(2024-03-05 14:30 +02:00),
                Ok(datetime!(2024-03-05 12:30 UTC)),
            ),
            (EARLIEST, Ok(EARLIEST)),
            (LATEST, Ok(LATEST)),
            (datetime!(9999-12-31 23:59:59 UTC), Err("9999-12-31")),
            (datetime!(9999-12-31 23:00 -05:00), Err("9999-12-31")),
            (datetime!(0000-01-01 0:00 +12:00), Err("0000-01-01")),
            (datetime!(1969-12-31 23:59:59 UTC), Err("1969-12-31")),
        ];
        for (t, want) in table {
            match (check(*t), want) {
                (Ok(got), Ok(w)) => assert_eq!(got, *w),
                (Err(e), Err(shown)) => {
                    assert!(e.to_string().starts_with(shown), "{e}");
                    assert!(e.to_string().contains("1970 to 2199"), "{e}");
                }
                (got, _) => panic!("{t}: {got:?}"),
            }
        }
    }

    #[test]
    fn sums_saturate_instead_of_panicking() {
        let end = datetime!(9999-12-31 23:59:59 UTC);
        assert_eq!(later(end, Duration::hours(48)).year(), 9999);
        assert_eq!(
            later(EARLIEST, Duration::hours(-1)),
            datetime!(1969-12-31 23:00 UTC)
        );
        assert_eq!(
            later(datetime!(-9999-01-01 0:00 UTC), Duration::days(-1)).year(),
            -9999
        );
        assert_eq!(utc(datetime!(9999-12-31 23:00 -05:00)).year(), 9999);
    }

    /// Far dates and the largest numbers a u32 holds, already inside a case
    /// (written by an older heard or by hand): every rule still answers.
    #[test]
    fn far_dates_and_huge_playbook_numbers_never_panic_the_rules() {
        use crate::domain::test_support::{self, T0};
        use crate::domain::{Event, EventKind, Review, deadline, follow_up, gate};
        let mut pb = test_support::playbook(
            "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0",
            &["compose"],
        );
        pb.gates.cooldown_minutes = u32::MAX;
        pb.gates.upset_cooldown_minutes = u32::MAX;
        pb.gates.response_deadline_hours = u32::MAX;
        pb.gates.follow_up_days = u32::MAX;
        for received in [
            datetime!(9999-12-31 23:59:59 UTC),
            datetime!(9999-12-31 23:00 -05:00),
        ] {
            let review = Review {
                customer: "Ann".into(),
                platform: "text".into(),
                rating: Some(1),
                title: None,
                text: "Cold.".into(),
                received_at: received,
                platform_id: None,
                url: None,
                existing_reply: None,
            };
            let far = datetime!(9999-12-31 23:59 UTC);
            let events = [
                Event::new(far, "ann", EventKind::Opened),
                Event::new(
                    far,
                    "ann",
                    EventKind::Sent {
                        channel: "file".into(),
                        drafts_sha256: "x".into(),
                    },
                ),
            ];
            let case = test_support::fold("c", review, &pb, events);
            assert_eq!(deadline::deadline(&case).year(), 9999);
            assert!(!gate::cooldown(&case, T0).open);
            assert_eq!(follow_up::default_due(&case).map(|d| d.year()), Some(9999));
            let _ = follow_up::shift(&case, far, 400);
            let _ = follow_up::set_refusal(&case, far);
            let _ = case.next_read_counts_at();
        }
    }
}
