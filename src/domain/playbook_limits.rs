//! Upper limits on a playbook's numbers, checked while the TOML is read so
//! the error points at the number itself (file:line:column). Without them
//! `cooldown_minutes = 4294967295` passed `heard playbook check` and then
//! every date sum built from it left the calendar.

use serde::{Deserialize, Deserializer, de::Error};

/// A cool-down longer than this is not a cool-down any more.
pub const MAX_COOLDOWN_MINUTES: u32 = 30 * 24 * 60;
/// A year to reply is already far past seed 003's 24–48 hours.
pub const MAX_DEADLINE_HOURS: u32 = 365 * 24;
/// The same bound the follow-up screen keeps (`follow_up::MAX_DAYS`).
pub const MAX_FOLLOW_UP_DAYS: u32 = 365;
/// One breath phase of more than a minute is not breathing.
pub const MAX_BREATH_SECONDS: u32 = 60;
pub const MAX_BREATH_CYCLES: u32 = 100;

/// A number over its limit (worded by `present::playbook`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooLarge {
    /// `n` of `unit` where at most `max` are allowed.
    Count {
        n: u32,
        unit: &'static str,
        max: u32,
    },
    /// One breath phase of `seconds`, over [`MAX_BREATH_SECONDS`].
    BreathPhase { seconds: u32 },
}

fn at_most<'de, D: Deserializer<'de>>(d: D, max: u32, unit: &'static str) -> Result<u32, D::Error> {
    let n = u32::deserialize(d)?;
    if n > max {
        return Err(D::Error::custom(TooLarge::Count { n, unit, max }));
    }
    Ok(n)
}

pub fn cooldown_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    at_most(d, MAX_COOLDOWN_MINUTES, "minutes")
}

pub fn deadline_hours<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    at_most(d, MAX_DEADLINE_HOURS, "hours")
}

pub fn follow_up_days<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    at_most(d, MAX_FOLLOW_UP_DAYS, "days")
}

pub fn breath_pattern<'de, D: Deserializer<'de>>(d: D) -> Result<Option<[u32; 4]>, D::Error> {
    let pattern = <[u32; 4]>::deserialize(d)?;
    if let Some(s) = pattern.iter().find(|s| **s > MAX_BREATH_SECONDS) {
        return Err(D::Error::custom(TooLarge::BreathPhase { seconds: *s }));
    }
    Ok(Some(pattern))
}

pub fn breath_cycles<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    at_most(d, MAX_BREATH_CYCLES, "cycles").map(Some)
}
