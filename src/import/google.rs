//! Google Business Profile reviews.
//!
//! Reads the API's `Review` resource (accounts.locations.reviews) and its
//! list response `{ "reviews": [...], "averageRating", "totalReviewCount",
//! "nextPageToken" }`, and the same records as found in a Google Takeout
//! export, which lack `reviewId`.
//!
//! Fields: `reviewId`, `name` (accounts/{a}/locations/{l}/reviews/{reviewId}),
//! `reviewer.displayName`, `reviewer.isAnonymous`, `starRating`
//! (ONE…FIVE), `comment` (absent on star-only reviews), `createTime`,
//! `reviewReply.comment`.

use serde_json::Value;

use super::fields::{self, at, content_id, finish, opt_str, opt_text, req_str};
use super::{ImportError, Records};
use crate::domain::Review;

pub(crate) const EXPECTED: &str = "Google Business Profile reviews (JSON with a \"reviews\" list of starRating/createTime records)";

/// Does this JSON object look like one Google review?
pub(crate) fn is_record(v: &Value) -> bool {
    v.get("starRating").is_some() || (v.get("reviewer").is_some() && v.get("createTime").is_some())
}

pub(crate) fn parse(root: &Value) -> Result<Records, ImportError> {
    let items = fields::records(root, "reviews", is_record, EXPECTED)?;
    Ok(fields::each(items, review))
}

fn review(v: &Value) -> Result<Review, String> {
    let rating = stars(v)?;
    let text = opt_text(v, &["comment"])?.unwrap_or_default();
    let anonymous = at(v, &["reviewer", "isAnonymous"]).and_then(Value::as_bool) == Some(true);
    let customer = opt_str(v, &["reviewer", "displayName"])?
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| {
            if anonymous {
                "Anonymous Google user"
            } else {
                "A Google user"
            }
            .to_string()
        });
    let received_at = fields::parse_time(&req_str(v, &["createTime"])?)
        .map_err(|e| format!("createTime: {e}"))?;
    let platform_id = match opt_str(v, &["reviewId"])?.filter(|s| !s.trim().is_empty()) {
        Some(id) => id,
        None => id_from_name(opt_str(v, &["name"])?.as_deref()).unwrap_or_else(|| {
            let stars = rating.map(|r| r.to_string()).unwrap_or_default();
            let created = received_at.unix_timestamp().to_string();
            content_id(&["google", &customer, &stars, &created, &text])
        }),
    };
    finish(Review {
        customer,
        platform: "google".to_string(),
        rating,
        title: None,
        text,
        received_at,
        platform_id: Some(platform_id),
        url: None,
        existing_reply: opt_text(v, &["reviewReply", "comment"])?,
    })
}

/// Takeout records have no `reviewId`, but their `name` ends in it
/// (".../reviews/{reviewId}"), so an API import and a Takeout import of the
/// same review get the same id. Any other non-empty name is used whole.
fn id_from_name(name: Option<&str>) -> Option<String> {
    let name = name?.trim();
    if name.is_empty() {
        return None;
    }
    match name.rsplit_once("/reviews/") {
        Some((_, id)) if !id.is_empty() && !id.contains('/') => Some(id.to_string()),
        _ => Some(name.to_string()),
    }
}

fn stars(v: &Value) -> Result<Option<u8>, String> {
    match at(v, &["starRating"]) {
        None => Ok(None),
        Some(Value::String(s)) => match s.as_str() {
            "ONE" => Ok(Some(1)),
            "TWO" => Ok(Some(2)),
            "THREE" => Ok(Some(3)),
            "FOUR" => Ok(Some(4)),
            "FIVE" => Ok(Some(5)),
            "STAR_RATING_UNSPECIFIED" => Ok(None),
            other => Err(format!(
                "starRating \"{other}\" is not one of ONE, TWO, THREE, FOUR, FIVE"
            )),
        },
        // Some tools re-export Google reviews with a numeric rating.
        Some(Value::Number(_)) => fields::opt_stars(v, &["starRating"]),
        Some(other) => Err(format!(
            "starRating should be ONE…FIVE, found {}",
            fields::describe(other)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_from_takeout_name() {
        let name = "accounts/1/locations/2/reviews/AbCd";
        assert_eq!(id_from_name(Some(name)), Some("AbCd".to_string()));
        assert_eq!(id_from_name(Some("odd-name")), Some("odd-name".to_string()));
        assert_eq!(id_from_name(Some("  ")), None);
        assert_eq!(id_from_name(None), None);
    }
}
