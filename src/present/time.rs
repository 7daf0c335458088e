//! Times and spans in words: "1 h 05 min", "2026-11-23 14:05 UTC",
//! "19 h left", "Tue 14:00". Every screen and command says time the same way.

use time::{Duration, OffsetDateTime};

use crate::domain::Case;
use crate::domain::waiting::rounded_left;

/// "1 h 05 min", "12 min", "40 s".
pub fn human_duration(d: Duration) -> String {
    let secs = d.whole_seconds().max(0);
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    match (h, m) {
        (0, 0) => format!("{s} s"),
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02} min"),
    }
}

/// "2026-11-23 14:05 UTC".
pub fn short_time(t: OffsetDateTime) -> String {
    let t = crate::domain::when::utc(t);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}

/// Time left before a gate opens, rounded as every screen shows it:
/// "58 min left", "1 h 05 min left", "40 s left".
pub fn time_left(left: Duration) -> String {
    format!("{} left", human_duration(rounded_left(left)))
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
    let left = crate::domain::deadline::time_left(case, now);
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
    let t = crate::domain::when::utc(t);
    let now = crate::domain::when::utc(now);
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
    use time::macros::datetime;

    fn case(hours: u32, received: OffsetDateTime, sent_at: Option<OffsetDateTime>) -> Case {
        test_support::with_deadline(hours, received, sent_at)
    }

    #[test]
    fn the_deadline_column_says_left_late_or_sent() {
        let h = Duration::hours;
        // (deadline hours, now, sent at, label)
        let table = [
            (24, T0, None, "24 h left"),
            (24, T0 + h(20), None, "4 h left"),
            (24, T0 + h(20) + Duration::minutes(30), None, "3 h 30 left"),
            (24, T0 + h(24), None, "0 s left"),
            (24, T0 + h(26), None, "2 h late"),
            (48, T0 + h(26), None, "22 h left"),
            (24, T0 + h(100), None, "3 d late"),
            (24, T0 + h(30), Some(T0 + h(30)), "sent"),
            (0, T0 + h(1), None, "1 h late"),
        ];
        for (hours, now, sent, want) in table {
            assert_eq!(
                left_label(&case(hours, T0, sent), now),
                want,
                "{hours} h at {now}"
            );
        }
    }

    #[test]
    fn durations_and_times_table() {
        let table = [
            (Duration::seconds(40), "40 s"),
            (Duration::minutes(12), "12 min"),
            (Duration::minutes(60), "1 h"),
            (Duration::minutes(65), "1 h 05 min"),
            (Duration::seconds(-3), "0 s"),
        ];
        for (d, want) in table {
            assert_eq!(human_duration(d), want, "{d}");
        }
        assert_eq!(
            short_time(datetime!(2026-11-23 14:05:59 UTC)),
            "2026-11-23 14:05 UTC"
        );
        assert_eq!(
            short_time(datetime!(2026-11-23 16:05 +02:00)),
            "2026-11-23 14:05 UTC"
        );
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

    #[test]
    fn time_left_rounds_up_the_same_way_everywhere() {
        let rows: Vec<(Duration, &str)> = vec![
            (Duration::minutes(57) + Duration::seconds(1), "58 min left"),
            (Duration::minutes(58), "58 min left"),
            (Duration::minutes(57) + Duration::seconds(59), "58 min left"),
            (Duration::minutes(65), "1 h 05 min left"),
            (Duration::seconds(61), "2 min left"),
            (Duration::seconds(60), "1 min left"),
            (Duration::seconds(40), "40 s left"),
            (Duration::milliseconds(300), "1 s left"),
            (Duration::ZERO, "0 s left"),
            (Duration::seconds(-5), "0 s left"),
        ];
        for (left, want) in rows {
            assert_eq!(time_left(left), want, "{left}");
        }
    }
}
