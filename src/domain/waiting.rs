//! Waiting for the gates: how much time is left (rounded the same way on
//! every screen and in every message), when that number next changes, and
//! whether waiting alone can ever make a case sendable. Pure: time is passed in.

use time::{Duration, OffsetDateTime};

use super::gate::{Blocker, SendCheck};

/// What waiting would do for a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wait {
    /// Everything is open: it can be sent now.
    Ready,
    /// Only time stands in the way; look again at this moment (the next
    /// gate to open — another may still be closed then).
    Until(OffsetDateTime),
    /// Something that no amount of waiting opens (a colleague's approval,
    /// a step, the coach): what is still closed.
    Blocked(Vec<Blocker>),
}

/// What the person would be waiting for, given everything that stands
/// between the drafts and the customer at `now`.
pub fn what_to_wait_for(check: &SendCheck, now: OffsetDateTime) -> Wait {
    if check.can_send() {
        return Wait::Ready;
    }
    // Gates that open by themselves at a known time; everything else in
    // `reasons()` (steps, the coach, an approval, a hand edit) needs a person.
    let timed: Vec<_> = check
        .gates
        .iter()
        .filter(|g| !g.open)
        .filter_map(|g| Some((g.id, g.opens_at.filter(|t| *t > now)?)))
        .collect();
    let until = timed.iter().map(|(_, t)| *t).min();
    let blocked: Vec<Blocker> = check
        .reasons()
        .into_iter()
        .filter(|r| !matches!(r, Blocker::Gate(id, _) if timed.iter().any(|(t, _)| t == id)))
        .collect();
    match until {
        _ if !blocked.is_empty() => Wait::Blocked(blocked),
        Some(t) => Wait::Until(t),
        // Closed, yet nothing names a time: look again at once.
        None => Wait::Until(now),
    }
}

/// Time left, as every screen shows it: whole seconds rounded up, and whole
/// minutes rounded up once more than a minute remains — "58 min" while any
/// part of the 58th minute is left, never "0 s" while the gate is closed.
pub fn rounded_left(left: Duration) -> Duration {
    if !left.is_positive() {
        return Duration::ZERO;
    }
    let secs = ceil_div(left.whole_nanoseconds(), 1_000_000_000);
    let secs = if secs > 60 && secs % 60 != 0 {
        (secs / 60 + 1) * 60
    } else {
        secs
    };
    Duration::seconds(secs as i64)
}

/// How long until the time left (`present::time::left_label`) of `opens_at - now` shows another number
/// (or the gate opens): the loop sleeps this long, and wakes at the very
/// moment the gate opens rather than up to a second later.
pub fn until_label_changes(opens_at: OffsetDateTime, now: OffsetDateTime) -> Option<Duration> {
    let left = opens_at - now;
    if !left.is_positive() {
        return None;
    }
    // The label moves by the second in the last two minutes, else by the
    // minute; it changes when `left` crosses a multiple of that unit.
    let unit: i128 = if left <= Duration::minutes(2) {
        1_000_000_000
    } else {
        60_000_000_000
    };
    let nanos = left.whole_nanoseconds();
    let step = match nanos % unit {
        0 => unit,
        rest => rest,
    };
    Some(Duration::nanoseconds(step as i64))
}

fn ceil_div(a: i128, b: i128) -> i128 {
    (a + b - 1) / b
}

#[cfg(test)]
#[path = "waiting_tests.rs"]
mod tests;
