//! Trustpilot reviews as the API returns them: one review object, or a list
//! response `{ "reviews": [...], "links": [...] }`.
//!
//! Fields: `id`, `stars` (1–5), `title`, `text`, `consumer.displayName`,
//! `createdAt` (ISO 8601, with or without a zone; without one it is UTC),
//! `companyReply.text`. The public page of a review is
//! `https://www.trustpilot.com/reviews/{id}`.

use serde_json::Value;

use super::fields::{self, content_id, finish, opt_stars, opt_str, opt_text, req_str};
use super::{ImportError, Records};
use crate::domain::Review;

pub(crate) const EXPECTED: &str =
    "Trustpilot reviews (JSON with a \"reviews\" list of stars/consumer/createdAt records)";

pub(crate) fn is_record(v: &Value) -> bool {
    v.get("stars").is_some() && (v.get("consumer").is_some() || v.get("createdAt").is_some())
}

pub(crate) fn parse(root: &Value) -> Result<Records, ImportError> {
    let items = fields::records(root, "reviews", is_record, EXPECTED)?;
    Ok(fields::each(items, review))
}

fn review(v: &Value) -> Result<Review, String> {
    let rating = opt_stars(v, &["stars"])?;
    let title = opt_text(v, &["title"])?;
    let text = opt_text(v, &["text"])?.unwrap_or_default();
    let customer = opt_str(v, &["consumer", "displayName"])?
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "A Trustpilot user".to_string());
    let received_at =
        fields::parse_time(&req_str(v, &["createdAt"])?).map_err(|e| format!("createdAt: {e}"))?;
    let id = opt_str(v, &["id"])?.filter(|s| !s.trim().is_empty());
    let url = id
        .as_ref()
        .map(|id| format!("https://www.trustpilot.com/reviews/{id}"));
    let platform_id = id.unwrap_or_else(|| {
        let stars = rating.map(|r| r.to_string()).unwrap_or_default();
        let title = title.clone().unwrap_or_default();
        content_id(&["trustpilot", &customer, &stars, &title, &text])
    });
    finish(Review {
        customer,
        platform: "trustpilot".to_string(),
        rating,
        title,
        text,
        received_at,
        platform_id: Some(platform_id),
        url,
        existing_reply: opt_text(v, &["companyReply", "text"])?,
    })
}
