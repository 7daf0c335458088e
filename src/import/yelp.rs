//! Yelp Fusion business reviews: `{ "reviews": [...], "total",
//! "possible_languages" }`.
//!
//! Fields: `id`, `url`, `text` (Yelp gives an excerpt), `rating`,
//! `time_created` ("2016-08-29 00:41:13", Pacific time per Yelp's docs),
//! `user.name`. Fusion carries no owner reply.

use serde_json::Value;

use super::fields::{self, content_id, finish, opt_stars, opt_str, opt_text, req_str};
use super::{ImportError, Records};
use crate::domain::Review;

pub(crate) const EXPECTED: &str =
    "Yelp Fusion reviews (JSON with a \"reviews\" list of rating/time_created/user records)";

pub(crate) fn is_record(v: &Value) -> bool {
    v.get("time_created").is_some() || (v.get("user").is_some() && v.get("rating").is_some())
}

pub(crate) fn parse(root: &Value) -> Result<Records, ImportError> {
    let items = fields::records(root, "reviews", is_record, EXPECTED)?;
    Ok(fields::each(items, review))
}

fn review(v: &Value) -> Result<Review, String> {
    let rating = opt_stars(v, &["rating"])?;
    let text = opt_text(v, &["text"])?.unwrap_or_default();
    let customer = opt_str(v, &["user", "name"])?
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "A Yelp user".to_string());
    let created = req_str(v, &["time_created"])?;
    let received_at = yelp_time(&created).map_err(|e| format!("time_created: {e}"))?;
    let platform_id = opt_str(v, &["id"])?
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| {
            let stars = rating.map(|r| r.to_string()).unwrap_or_default();
            content_id(&["yelp", &customer, &stars, &created, &text])
        });
    finish(Review {
        customer,
        platform: "yelp".to_string(),
        rating,
        title: None,
        text,
        received_at,
        platform_id: Some(platform_id),
        url: opt_str(v, &["url"])?.filter(|s| !s.trim().is_empty()),
        existing_reply: None,
    })
}

/// Yelp writes local Pacific time without a zone; a time that does carry
/// a zone is taken as written.
fn yelp_time(s: &str) -> Result<time::OffsetDateTime, String> {
    let has_zone =
        s.trim().ends_with('Z') || s.get(19..).is_some_and(|rest| rest.contains(['+', '-']));
    if has_zone {
        return fields::parse_time(s);
    }
    fields::naive_time(s)
        .map(fields::pacific)
        .ok_or_else(|| format!("\"{s}\" is not a date and time like 2016-08-29 00:41:13"))
}
