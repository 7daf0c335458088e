//! App Store Connect customer reviews (JSON:API): `{ "data": [ { "type":
//! "customerReviews", "id", "attributes": { "rating", "title", "body",
//! "reviewerNickname", "createdDate", "territory" }, "relationships": {
//! "response": { "data": { "type": "customerReviewResponses", "id" } } } } ],
//! "included": [...] }`.
//!
//! The developer's reply is read from `included[]` when the export asked
//! for it (`include=response`): the `customerReviewResponses` resource whose
//! id the review's relationship names, `attributes.responseBody`.

use std::collections::HashMap;

use serde_json::Value;

use super::fields::{self, at, content_id, finish, opt_stars, opt_str, opt_text, req_str};
use super::{ImportError, Records};
use crate::domain::Review;

pub(crate) const EXPECTED: &str =
    "App Store Connect customer reviews (JSON:API with a \"data\" list of customerReviews)";

pub(crate) fn is_record(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("customerReviews")
        || at(v, &["attributes", "reviewerNickname"]).is_some()
}

pub(crate) fn parse(root: &Value) -> Result<Records, ImportError> {
    // A single-review response has "data" as an object, not a list.
    let items = match root.get("data") {
        Some(single @ Value::Object(_)) => vec![("data".to_string(), single)],
        _ => fields::records(root, "data", is_record, EXPECTED)?,
    };
    let replies = replies(root);
    Ok(fields::each(items, |v| review(v, &replies)))
}

/// Response id → response text, from `included[]`.
fn replies(root: &Value) -> HashMap<String, String> {
    let Some(included) = root.get("included").and_then(Value::as_array) else {
        return HashMap::new();
    };
    included
        .iter()
        .filter(|r| r.get("type").and_then(Value::as_str) == Some("customerReviewResponses"))
        .filter_map(|r| {
            let id = r.get("id")?.as_str()?;
            let body = at(r, &["attributes", "responseBody"])?.as_str()?;
            let body = fields::norm_text(body);
            (!body.is_empty()).then(|| (id.to_string(), body))
        })
        .collect()
}

fn review(v: &Value, replies: &HashMap<String, String>) -> Result<Review, String> {
    if at(v, &["attributes"]).is_none() {
        return Err("\"attributes\" is missing".to_string());
    }
    let rating = opt_stars(v, &["attributes", "rating"])?;
    let title = opt_text(v, &["attributes", "title"])?;
    let text = opt_text(v, &["attributes", "body"])?.unwrap_or_default();
    let customer = opt_str(v, &["attributes", "reviewerNickname"])?
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "An App Store user".to_string());
    let received_at = fields::parse_time(&req_str(v, &["attributes", "createdDate"])?)
        .map_err(|e| format!("createdDate: {e}"))?;
    let platform_id = opt_str(v, &["id"])?
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| {
            let stars = rating.map(|r| r.to_string()).unwrap_or_default();
            let title = title.clone().unwrap_or_default();
            content_id(&["appstore", &customer, &stars, &title, &text])
        });
    let reply_id = opt_str(v, &["relationships", "response", "data", "id"])?;
    finish(Review {
        customer,
        platform: "appstore".to_string(),
        rating,
        title,
        text,
        received_at,
        platform_id: Some(platform_id),
        url: None,
        existing_reply: reply_id.and_then(|id| replies.get(&id).cloned()),
    })
}
