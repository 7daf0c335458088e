//! Google Play Developer API reviews: `{ "reviews": [ { "reviewId",
//! "authorName", "comments": [ { "userComment": { "text", "starRating",
//! "lastModified": { "seconds", "nanos" }, ... } }, { "developerComment": {
//! "text", "lastModified" } } ] } ] }`, or one such review.
//!
//! Play joins a review's title and body with a tab in `userComment.text`;
//! we split them again. `lastModified` of the user comment is the only time
//! Play gives, so it becomes the received time.

use serde_json::Value;

use super::fields::{self, at, content_id, finish, opt_stars, opt_str};
use super::{ImportError, Records};
use crate::domain::Review;

pub(crate) const EXPECTED: &str =
    "Google Play reviews (JSON with a \"reviews\" list of records with comments[].userComment)";

pub(crate) fn is_record(v: &Value) -> bool {
    v.get("comments").is_some() && (v.get("reviewId").is_some() || v.get("authorName").is_some())
}

pub(crate) fn parse(root: &Value) -> Result<Records, ImportError> {
    let items = fields::records(root, "reviews", is_record, EXPECTED)?;
    Ok(fields::each(items, review))
}

fn review(v: &Value) -> Result<Review, String> {
    let comments = at(v, &["comments"])
        .and_then(Value::as_array)
        .ok_or("\"comments\" is missing or not a list")?;
    let user = comments
        .iter()
        .find_map(|c| at(c, &["userComment"]))
        .ok_or("there is no userComment in \"comments\"")?;
    let developer = comments.iter().find_map(|c| at(c, &["developerComment"]));

    let rating = opt_stars(user, &["starRating"]).map_err(|e| format!("userComment: {e}"))?;
    let raw = opt_str(user, &["text"])?.unwrap_or_default();
    let (title, text) = split_title(&raw);
    let customer = opt_str(v, &["authorName"])?
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "A Google Play user".to_string());
    let received_at = timestamp(user, "userComment")?;
    let platform_id = opt_str(v, &["reviewId"])?
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| {
            let stars = rating.map(|r| r.to_string()).unwrap_or_default();
            content_id(&["play", &customer, &stars, &raw])
        });
    let existing_reply = match developer {
        Some(d) => fields::opt_text(d, &["text"])?,
        None => None,
    };
    finish(Review {
        customer,
        platform: "play".to_string(),
        rating,
        title,
        text,
        received_at,
        platform_id: Some(platform_id),
        url: None,
        existing_reply,
    })
}

/// "Title\tBody" → (Some(title), body); no tab → (None, text).
fn split_title(raw: &str) -> (Option<String>, String) {
    match raw.split_once('\t') {
        Some((title, body)) => {
            let title = fields::norm_text(title);
            (
                (!title.is_empty()).then_some(title),
                fields::norm_text(body),
            )
        }
        None => (None, fields::norm_text(raw)),
    }
}

/// `lastModified: { "seconds": "1700000000", "nanos": 5 }`. Protobuf JSON
/// writes int64 seconds as a string; a number is accepted too.
fn timestamp(comment: &Value, which: &str) -> Result<time::OffsetDateTime, String> {
    let secs = match at(comment, &["lastModified", "seconds"]) {
        Some(Value::String(s)) => s.trim().parse::<i64>().ok(),
        Some(Value::Number(n)) => n.as_i64(),
        _ => return Err(format!("{which}.lastModified.seconds is missing")),
    }
    .ok_or_else(|| format!("{which}.lastModified.seconds is not a usable number of seconds"))?;
    let nanos = at(comment, &["lastModified", "nanos"])
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let t = fields::epoch_seconds(secs)?;
    Ok(crate::domain::when::later(
        t,
        time::Duration::nanoseconds(nanos.clamp(0, 999_999_999)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_body_are_split_at_the_tab() {
        assert_eq!(
            split_title("Crashes\tIt crashes on start."),
            (
                Some("Crashes".to_string()),
                "It crashes on start.".to_string()
            )
        );
        assert_eq!(split_title("No title"), (None, "No title".to_string()));
        assert_eq!(split_title("\tBody only"), (None, "Body only".to_string()));
    }
}
