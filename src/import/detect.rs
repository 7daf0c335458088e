//! Auto-detection: which importer fits a file, judged by its shape.
//!
//! JSON is recognised by the keys of its records (Google's `starRating`,
//! Trustpilot's `stars` + `consumer`, Yelp's `time_created`, App Store's
//! `customerReviews`, Play's `comments`, Etsy's `create_timestamp`) and, for
//! an empty list, by the list response's own keys. CSV is recognised by a
//! header row naming review columns. Anything else is plain text.

use serde_json::Value;

use super::fields::describe;
use super::{Format, ImportError, appstore, csv, etsy, google, play, read_json, trustpilot, yelp};

const EXPECTED_JSON: &str =
    "a review export (Google, Trustpilot, Yelp, App Store Connect, Google Play or Etsy JSON)";

/// Pick the format for `bytes` (already stripped of a UTF-8 BOM).
pub fn detect(bytes: &[u8]) -> Result<Format, ImportError> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    let rest = start.map_or(&[][..], |i| &bytes[i..]);
    if looks_like_json(rest) {
        let value = read_json(bytes)?;
        return detect_json(&value).ok_or_else(|| ImportError::Shape {
            expected: EXPECTED_JSON.to_string(),
            found: describe(&value),
        });
    }
    let text = String::from_utf8_lossy(rest);
    let first_line = text.lines().next().unwrap_or_default();
    let cells = csv::header_cells(first_line);
    if csv::recognise(&cells).is_some() {
        return Ok(Format::Csv);
    }
    // A header of short column names with a separator is a spreadsheet
    // export we do not know: importing it as one plain-text review would
    // make a junk case, so ask for a column map instead.
    let sep = [';', ',', '\t']
        .into_iter()
        .find(|c| first_line.matches(*c).count() >= 2);
    let short_names =
        cells.len() >= 3 && cells.iter().all(|c| !c.trim().is_empty() && c.len() <= 30);
    if sep.is_some() && short_names && !first_line.trim_end().ends_with('.') {
        return Err(ImportError::Shape {
            expected: "a known export (Judge.me, Shopify, Trustpilot, Amazon) — for another table give the columns with --map rating=COL,text=COL,author=COL,time=COL, or use --format text".into(),
            found: format!("a table with the columns {}", cells.join(", ")),
        });
    }
    Ok(Format::Text)
}

/// `{…` is JSON; `[` is JSON only when followed by `{`, `]` or `"`, so a
/// pasted review starting "[Update] …" stays text.
fn looks_like_json(rest: &[u8]) -> bool {
    match rest.first() {
        Some(b'{') => true,
        Some(b'[') => rest[1..]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| matches!(b, b'{' | b']' | b'"')),
        _ => false,
    }
}

/// The format of parsed JSON, or `None` when no importer fits.
pub fn detect_json(root: &Value) -> Option<Format> {
    match root {
        Value::Array(items) => first_record(items),
        Value::Object(map) => {
            if let Some(data) = map.get("data") {
                let fits = match data {
                    Value::Array(items) => {
                        items.is_empty() || items.iter().any(appstore::is_record)
                    }
                    one => appstore::is_record(one),
                };
                if fits {
                    return Some(Format::AppStore);
                }
            }
            if let Some(Value::Array(items)) = map.get("results")
                && (items.iter().any(etsy::is_record)
                    || (items.is_empty() && map.contains_key("count")))
            {
                return Some(Format::Etsy);
            }
            if let Some(Value::Array(items)) = map.get("reviews") {
                return first_record(items).or_else(|| by_list_keys(root));
            }
            classify(root)
        }
        _ => None,
    }
}

fn first_record(items: &[Value]) -> Option<Format> {
    items.iter().find_map(classify)
}

/// One record's format. Order matters: Play records also carry an author,
/// App Store records also carry a rating.
fn classify(v: &Value) -> Option<Format> {
    if !v.is_object() {
        return None;
    }
    if appstore::is_record(v) {
        Some(Format::AppStore)
    } else if play::is_record(v) {
        Some(Format::Play)
    } else if etsy::is_record(v) {
        Some(Format::Etsy)
    } else if google::is_record(v) {
        Some(Format::Google)
    } else if trustpilot::is_record(v) {
        Some(Format::Trustpilot)
    } else if yelp::is_record(v) {
        Some(Format::Yelp)
    } else {
        None
    }
}

/// An empty `reviews` list: tell the platform by the response's other keys.
fn by_list_keys(root: &Value) -> Option<Format> {
    let has = |k: &str| root.get(k).is_some();
    if has("averageRating") || has("totalReviewCount") || has("nextPageToken") {
        Some(Format::Google)
    } else if has("tokenPagination") || has("pageInfo") {
        Some(Format::Play)
    } else if has("possible_languages") || has("total") {
        Some(Format::Yelp)
    } else if has("links") {
        Some(Format::Trustpilot)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_records_by_their_keys() {
        let cases = [
            (
                json!({"reviews": [{"starRating": "ONE", "createTime": "x"}]}),
                Format::Google,
            ),
            (
                json!([{"name": "a/reviews/b", "reviewer": {}, "createTime": "x"}]),
                Format::Google,
            ),
            (
                json!({"reviews": [{"stars": 1, "consumer": {}}]}),
                Format::Trustpilot,
            ),
            (json!({"stars": 1, "createdAt": "x"}), Format::Trustpilot),
            (
                json!({"reviews": [{"rating": 1, "time_created": "x"}]}),
                Format::Yelp,
            ),
            (
                json!({"data": [{"type": "customerReviews"}]}),
                Format::AppStore,
            ),
            (
                json!({"data": {"type": "customerReviews"}}),
                Format::AppStore,
            ),
            (
                json!({"reviews": [{"reviewId": "r", "comments": []}]}),
                Format::Play,
            ),
            (
                json!({"count": 1, "results": [{"create_timestamp": 1}]}),
                Format::Etsy,
            ),
            (
                json!({"reviews": [], "totalReviewCount": 0}),
                Format::Google,
            ),
            (json!({"reviews": [], "tokenPagination": {}}), Format::Play),
            (json!({"count": 0, "results": []}), Format::Etsy),
        ];
        for (value, want) in cases {
            assert_eq!(detect_json(&value), Some(want), "{value}");
        }
        assert_eq!(detect_json(&json!({"orders": []})), None);
        assert_eq!(detect_json(&json!("hello")), None);
    }

    #[test]
    fn text_csv_and_json_from_bytes() {
        assert_eq!(
            detect(b"rating,text,date\n5,ok,2024-01-01"),
            Ok(Format::Csv)
        );
        assert_eq!(detect(b"The cake was dry, and late."), Ok(Format::Text));
        assert_eq!(detect(b"[Update] still no refund"), Ok(Format::Text));
        assert_eq!(detect(b"Name: Li\nRating: 1\n\nBad."), Ok(Format::Text));
        assert!(matches!(
            detect(b"Kundenname;Sterne;Bewertung;Datum\nA;1;x;2026-01-01\n"),
            Err(ImportError::Shape { .. })
        ));
        assert_eq!(
            detect(b"Late, cold, and rude staff.\nNever again."),
            Ok(Format::Text)
        );
        assert!(matches!(
            detect(b"{\"reviews\": [}"),
            Err(ImportError::Json { line: 1, .. })
        ));
        assert!(matches!(
            detect(b"{\"orders\": []}"),
            Err(ImportError::Shape { .. })
        ));
    }
}
