//! Small shared helpers: reading fields out of JSON records, star ratings,
//! the many ways platforms write a time, and stable content ids.
//!
//! Field readers return `Result<_, String>`: the string is the reason a shop
//! owner will read, and the caller adds the record's position.

use serde_json::Value;
use sha2::{Digest, Sha256};
use time::format_description::well_known::{Iso8601, Rfc3339};
use time::macros::format_description;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset, Weekday};

use super::{ImportError, RecordError, Records};
use crate::domain::Review;

/// The records of a JSON file: the array under `key`, a top-level array, or
/// the whole value when it is itself one record (`is_record` says so).
/// Each comes with its position ("reviews[3]", "[3]", "the review").
pub(crate) fn records<'a>(
    root: &'a Value,
    key: &str,
    is_record: impl Fn(&Value) -> bool,
    expected: &str,
) -> Result<Vec<(String, &'a Value)>, ImportError> {
    let shape_error = || ImportError::Shape {
        expected: expected.to_string(),
        found: describe(root),
    };
    match root {
        Value::Object(map) => match map.get(key) {
            Some(Value::Array(items)) => Ok(items
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{key}[{i}]"), v))
                .collect()),
            Some(Value::Null) => Ok(Vec::new()),
            Some(_) => Err(ImportError::Shape {
                expected: expected.to_string(),
                found: format!("\"{key}\" is not a list"),
            }),
            None if is_record(root) => Ok(vec![("the review".to_string(), root)]),
            None => Err(shape_error()),
        },
        Value::Array(items) => Ok(items
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("[{i}]"), v))
            .collect()),
        _ => Err(shape_error()),
    }
}

/// "a JSON object with keys a, b, c", for messages about the wrong shape.
pub(crate) fn describe(v: &Value) -> String {
    match v {
        Value::Object(map) if map.is_empty() => "an empty JSON object".to_string(),
        Value::Object(map) => {
            let mut keys: Vec<&str> = map.keys().map(String::as_str).take(8).collect();
            if map.len() > 8 {
                keys.push("…");
            }
            format!("a JSON object with keys {}", keys.join(", "))
        }
        Value::Array(a) => format!("a JSON list of {} items", a.len()),
        Value::String(_) => "a JSON string".to_string(),
        Value::Number(_) => "a JSON number".to_string(),
        Value::Bool(_) => "a JSON true/false".to_string(),
        Value::Null => "JSON null".to_string(),
    }
}

/// Apply a per-record reader, attaching positions to its errors.
pub(crate) fn each(
    items: Vec<(String, &Value)>,
    read: impl Fn(&Value) -> Result<Review, String>,
) -> Records {
    items
        .into_iter()
        .map(|(position, v)| {
            if !v.is_object() {
                return Err(RecordError {
                    position,
                    reason: format!("expected a review object, found {}", describe(v)),
                });
            }
            read(v).map_err(|reason| RecordError { position, reason })
        })
        .collect()
}

/// Follow a path of object keys; `None` when any step is missing or null.
pub(crate) fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    let mut cur = v;
    for key in path {
        cur = cur.get(key)?;
    }
    (!cur.is_null()).then_some(cur)
}

/// An optional text field. Numbers are accepted (ids are often numbers).
pub(crate) fn opt_str(v: &Value, path: &[&str]) -> Result<Option<String>, String> {
    match at(v, path) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(format!(
            "\"{}\" should be text, found {}",
            path.join("."),
            describe(other)
        )),
    }
}

/// A required text field.
pub(crate) fn req_str(v: &Value, path: &[&str]) -> Result<String, String> {
    match opt_str(v, path)? {
        Some(s) if !s.trim().is_empty() => Ok(s),
        _ => Err(format!("\"{}\" is missing", path.join("."))),
    }
}

/// Optional non-empty text, normalised (CRLF → LF, trimmed).
pub(crate) fn opt_text(v: &Value, path: &[&str]) -> Result<Option<String>, String> {
    Ok(opt_str(v, path)?
        .map(|s| norm_text(&s))
        .filter(|s| !s.is_empty()))
}

/// A star rating given as a number (or a numeric string), 1–5.
pub(crate) fn opt_stars(v: &Value, path: &[&str]) -> Result<Option<u8>, String> {
    let name = path.join(".");
    match at(v, path) {
        None => Ok(None),
        Some(Value::Number(n)) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 => stars_in_range(f, &name).map(Some),
            _ => Err(format!("\"{name}\" is {n}, not a whole number of stars")),
        },
        Some(Value::String(s)) => parse_stars(s)
            .map(Some)
            .map_err(|e| format!("\"{name}\": {e}")),
        Some(other) => Err(format!(
            "\"{name}\" should be a number of stars, found {}",
            describe(other)
        )),
    }
}

fn stars_in_range(f: f64, name: &str) -> Result<u8, String> {
    if (1.0..=5.0).contains(&f) {
        Ok(f as u8)
    } else {
        Err(format!("\"{name}\" is {f}, but stars go from 1 to 5"))
    }
}

/// Stars from text: "4", "4.0", "4/5", "4 stars", "★★★★☆".
pub(crate) fn parse_stars(s: &str) -> Result<u8, String> {
    let t = s.trim();
    let filled = t.chars().filter(|&c| c == '★').count();
    if filled > 0 && t.chars().all(|c| c == '★' || c == '☆' || c.is_whitespace()) {
        return u8::try_from(filled)
            .ok()
            .filter(|n| (1..=5).contains(n))
            .ok_or_else(|| format!("{filled} stars is more than 5"));
    }
    let lower = t.to_ascii_lowercase();
    let number = lower.split(['/', ' ']).next().unwrap_or_default().trim();
    match number.parse::<f64>() {
        Ok(f) if f.fract() == 0.0 && (1.0..=5.0).contains(&f) => Ok(f as u8),
        Ok(_) => Err(format!("\"{t}\" is not a rating from 1 to 5")),
        Err(_) => Err(format!("\"{t}\" is not a number of stars")),
    }
}

/// CRLF → LF, tabs → spaces, other control characters dropped, trailing
/// spaces off each line, blank lines at the ends off.
pub(crate) fn norm_text(s: &str) -> String {
    let unified: String = s
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    let lines: Vec<&str> = unified.lines().map(str::trim_end).collect();
    lines.join("\n").trim_matches('\n').trim().to_string()
}

/// A time in any of the ways review exports write one. Without a zone it
/// is taken as UTC (Trustpilot's `createdAt`, CSV exports' "(UTC)" columns).
pub(crate) fn parse_time(raw: &str) -> Result<OffsetDateTime, String> {
    let s = raw.trim();
    let not_understood = || {
        format!("\"{s}\" is not a date and time I understand (expected e.g. 2024-03-05T14:30:00Z)")
    };
    if s.is_empty() {
        return Err("the date is empty".to_string());
    }
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Ok(t);
    }
    if let Ok(t) = OffsetDateTime::parse(s, &Iso8601::DEFAULT) {
        return Ok(t);
    }
    if s.len() >= 9 && s.len() <= 13 && s.bytes().all(|b| b.is_ascii_digit()) {
        return epoch_seconds(s.parse::<i64>().map_err(|_| not_understood())?);
    }
    let naive = naive_time(s).ok_or_else(not_understood)?;
    Ok(naive.assume_utc())
}

/// A date and time without a zone: ISO with 'T' or a space, an optional
/// " UTC" suffix, a bare date, or a US-style M/D/YYYY date.
pub(crate) fn naive_time(raw: &str) -> Option<PrimitiveDateTime> {
    let s = raw.trim();
    let s = s
        .strip_suffix(" UTC")
        .or_else(|| s.strip_suffix(" GMT"))
        .or_else(|| s.strip_suffix('Z'))
        .unwrap_or(s)
        .trim();
    let iso = match s.as_bytes().get(10) {
        Some(b' ') => format!("{}T{}", &s[..10], s[11..].trim()),
        _ => s.to_string(),
    };
    if let Ok(t) = PrimitiveDateTime::parse(&iso, &Iso8601::DEFAULT) {
        return Some(t);
    }
    let hm = format_description!("[year]-[month]-[day]T[hour]:[minute]");
    if let Ok(t) = PrimitiveDateTime::parse(&iso, hm) {
        return Some(t);
    }
    if let Ok(d) = Date::parse(s, format_description!("[year]-[month]-[day]")) {
        return Some(d.midnight());
    }
    us_date(s).map(Date::midnight)
}

/// "03/05/2024" or "3/5/24" as month/day/year (Amazon's US reports).
fn us_date(s: &str) -> Option<Date> {
    let mut parts = s.split('/');
    let month: u8 = parts.next()?.trim().parse().ok()?;
    let day: u8 = parts.next()?.trim().parse().ok()?;
    let year: i32 = parts.next()?.trim().parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    let year = if year < 100 { 2000 + year } else { year };
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// Seconds since 1970 (Etsy's `create_timestamp`).
pub(crate) fn epoch_seconds(secs: i64) -> Result<OffsetDateTime, String> {
    OffsetDateTime::from_unix_timestamp(secs)
        .map_err(|_| format!("{secs} is not a usable timestamp"))
}

/// A local time in the US Pacific zone (Yelp's `time_created`), with the
/// US daylight-saving rule in force since 2007: PDT from the second Sunday
/// of March 02:00 to the first Sunday of November 02:00, PST otherwise.
pub(crate) fn pacific(local: PrimitiveDateTime) -> OffsetDateTime {
    let year = local.year();
    let dst_start = nth_sunday(year, Month::March, 2).map(|d| d.with_time(Time::MIDNIGHT));
    let dst_end = nth_sunday(year, Month::November, 1).map(|d| d.with_time(Time::MIDNIGHT));
    let two_hours = time::Duration::hours(2);
    let in_dst = match (dst_start, dst_end) {
        (Some(s), Some(e)) => local >= s + two_hours && local < e + two_hours,
        _ => false,
    };
    let hours = if in_dst { -7 } else { -8 };
    let offset = UtcOffset::from_hms(hours, 0, 0).unwrap_or(UtcOffset::UTC);
    local.assume_offset(offset)
}

fn nth_sunday(year: i32, month: Month, n: u8) -> Option<Date> {
    let first = Date::from_calendar_date(year, month, 1).ok()?;
    let to_sunday = (7 - first.weekday().number_days_from_sunday()) % 7;
    let day = 1 + to_sunday + 7 * (n - 1);
    let d = Date::from_calendar_date(year, month, day).ok()?;
    (d.weekday() == Weekday::Sunday).then_some(d)
}

/// A stable id from a review's content, for sources without one: the same
/// words by the same person give the same id on every import.
pub(crate) fn content_id(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(norm_text(part).as_bytes());
        hasher.update([0u8]);
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// The last step every importer shares: a review needs stars or words;
/// control characters (a terminal escape hidden in a review could repaint
/// the screen) are removed from everything shown; names and titles become
/// one line; the time is kept in UTC (the instant is the platform's; the
/// zone it was written in is not needed to count a deadline).
pub(crate) fn finish(mut review: Review) -> Result<Review, String> {
    review.customer = one_line(&review.customer);
    if review.customer.is_empty() {
        review.customer = "Customer".to_string();
    }
    review.title = review
        .title
        .as_deref()
        .map(one_line)
        .filter(|t| !t.is_empty());
    review.text = norm_text(&review.text);
    review.existing_reply = review
        .existing_reply
        .as_deref()
        .map(norm_text)
        .filter(|r| !r.is_empty());
    if review.rating.is_none() && review.text.is_empty() {
        return Err("the review has neither stars nor text".to_string());
    }
    // Checked here, where the date enters: a date the `time` crate cannot
    // count a deadline from would otherwise panic every later run.
    review.received_at = crate::domain::when::check(review.received_at)
        .map_err(|e| format!("the review's date: {e}"))?;
    Ok(review)
}

/// Text on one line: line breaks and tabs become spaces, runs collapse.
pub(crate) fn one_line(s: &str) -> String {
    norm_text(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn times_in_many_spellings() {
        let want = datetime!(2024-03-05 14:30:00 UTC);
        for s in [
            "2024-03-05T14:30:00Z",
            "2024-03-05T14:30:00.000Z",
            "2024-03-05T15:30:00+01:00",
            "2024-03-05T14:30:00",
            "2024-03-05 14:30:00",
            "2024-03-05 14:30:00 UTC",
            "2024-03-05T14:30",
            "1709649000",
        ] {
            assert_eq!(parse_time(s), Ok(want), "{s}");
        }
        assert_eq!(parse_time("2024-03-05"), Ok(datetime!(2024-03-05 0:00 UTC)));
        assert_eq!(parse_time("3/5/24"), Ok(datetime!(2024-03-05 0:00 UTC)));
        assert!(parse_time("yesterday").unwrap_err().contains("yesterday"));
        assert!(parse_time("2024-13-45").is_err());
    }

    #[test]
    fn pacific_time_follows_daylight_saving() {
        let winter = naive_time("2024-01-10 12:00:00").map(pacific);
        assert_eq!(winter, Some(datetime!(2024-01-10 20:00 UTC)));
        let summer = naive_time("2024-07-10 12:00:00").map(pacific);
        assert_eq!(summer, Some(datetime!(2024-07-10 19:00 UTC)));
        // 2024: DST from 10 March to 3 November.
        let before = naive_time("2024-03-10 01:59:00").map(pacific);
        assert_eq!(before, Some(datetime!(2024-03-10 09:59 UTC)));
        let after = naive_time("2024-11-03 02:00:00").map(pacific);
        assert_eq!(after, Some(datetime!(2024-11-03 10:00 UTC)));
    }

    #[test]
    fn stars_from_text() {
        assert_eq!(parse_stars("4"), Ok(4));
        assert_eq!(parse_stars("4.0"), Ok(4));
        assert_eq!(parse_stars("2/5"), Ok(2));
        assert_eq!(parse_stars("1 star"), Ok(1));
        assert_eq!(parse_stars("★★☆☆☆"), Ok(2));
        assert!(parse_stars("7").is_err());
        assert!(parse_stars("4.5").is_err());
        assert!(parse_stars("great").is_err());
    }

    #[test]
    fn control_characters_cannot_reach_the_terminal() {
        assert_eq!(norm_text("a\u{1b}[2Jb\r\nc\td\u{7}"), "a[2Jb\nc d");
        assert_eq!(one_line(" Zoë\n Å\u{1b}\t "), "Zoë Å");
    }

    #[test]
    fn content_id_is_stable_and_ignores_line_endings() {
        let a = content_id(&["Zoë", "Slow\r\nshipping"]);
        let b = content_id(&["Zoë", "Slow\nshipping"]);
        assert_eq!(a, b);
        assert!(a.starts_with("sha256:") && a.len() == 7 + 32);
        assert_ne!(a, content_id(&["Zoë", "Slow shipping!"]));
    }
}
