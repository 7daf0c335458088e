//! `heard wait ID [--timeout DURATION]`: block until the case can be sent
//! (exit 0), or say what is still closed when waiting alone will not open
//! it — a colleague's approval, a step, the coach (exit 1). It sleeps until
//! the next gate's opening time and looks again on waking; no polling.

use time::{Duration, OffsetDateTime};

use super::{Context, Failure, Outcome};
use crate::domain::waiting::{Wait, what_to_wait_for};
use crate::domain::{Clock, can_send};
use crate::present::time::{human_duration, short_time, time_left};

pub fn run(ctx: &Context, id: &str, timeout: Option<&str>) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let timeout = timeout.map(parse_duration).transpose()?;
    let give_up = timeout.map(|d| crate::domain::when::later(ctx.clock.now(), d));
    let mut told = None;
    loop {
        // Read again on every wake: the case may have changed meanwhile.
        let case = ctx.store.load(&id)?;
        let now = ctx.clock.now();
        let check = can_send(&case, now);
        let until = match what_to_wait_for(&check, now) {
            Wait::Ready => {
                say!("{id} can be sent now.");
                return Ok(());
            }
            Wait::Blocked(reasons) => {
                return Err(Failure::refused(format!(
                    "{id} will not open by waiting alone:\n  {}",
                    crate::present::gate::lines(&reasons).join("\n  ")
                )));
            }
            Wait::Until(t) => t,
        };
        // Say what it waits for first, even when the timeout passed while
        // the case was read (a slow disk, a busy machine).
        if told != Some(until) {
            say_err!(
                "Waiting for {id}: the next gate opens at {} ({}).",
                short_time(until),
                time_left(until - now)
            );
            told = Some(until);
        }
        if let Some(end) = give_up
            && now >= end
        {
            return Err(Failure::refused(format!(
                "{id} is still closed after waiting {}:\n  {}",
                human_duration(timeout.unwrap_or_default()),
                crate::present::gate::lines(&check.reasons()).join("\n  ")
            )));
        }
        let wake = give_up.map_or(until, |end| end.min(until));
        std::thread::sleep(sleep_for(wake, now));
    }
}

/// How long to sleep to reach `wake`: never zero, so a clock that lags a
/// little behind cannot turn the wait into a busy loop.
fn sleep_for(wake: OffsetDateTime, now: OffsetDateTime) -> std::time::Duration {
    let left = std::time::Duration::try_from(wake - now).unwrap_or_default();
    left.max(std::time::Duration::from_millis(100))
}

/// "90s", "10m", "2h", "1h30m", "45" (seconds).
pub fn parse_duration(text: &str) -> Result<Duration, Failure> {
    let bad = || {
        Failure::bad_input(format!(
            "--timeout {text:?} is not a duration: write it like 90s, 10m, 2h or 1h30m"
        ))
    };
    let text = text.trim();
    if text.is_empty() {
        return Err(bad());
    }
    if let Ok(secs) = text.parse::<u32>() {
        return Ok(Duration::seconds(secs.into()));
    }
    let mut total = Duration::ZERO;
    let mut number = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n: u32 = number.parse().map_err(|_| bad())?;
        number.clear();
        let unit = match c {
            's' => Duration::seconds(1),
            'm' => Duration::minutes(1),
            'h' => Duration::hours(1),
            'd' => Duration::days(1),
            _ => return Err(bad()),
        };
        total = total.saturating_add(unit.saturating_mul(n as i32));
    }
    if !number.is_empty() {
        return Err(bad());
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_people_write_them() {
        let rows: Vec<(&str, Option<Duration>)> = vec![
            ("90s", Some(Duration::seconds(90))),
            ("45", Some(Duration::seconds(45))),
            ("10m", Some(Duration::minutes(10))),
            ("1h30m", Some(Duration::minutes(90))),
            ("2d", Some(Duration::days(2))),
            ("", None),
            ("10", Some(Duration::seconds(10))),
            ("10x", None),
            ("m", None),
            ("1h30", None),
            ("-5m", None),
            ("99999999999999h", None),
        ];
        for (text, want) in rows {
            assert_eq!(parse_duration(text).ok(), want, "{text:?}");
        }
    }

    #[test]
    fn the_sleep_is_never_zero() {
        let t = crate::domain::test_support::T0;
        let rows = [
            (t, t, 100),
            (t, t + Duration::seconds(5), 100),
            (t + Duration::seconds(5), t, 5000),
        ];
        for (wake, now, ms) in rows {
            assert_eq!(sleep_for(wake, now).as_millis(), ms);
        }
    }
}
