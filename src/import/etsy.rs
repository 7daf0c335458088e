//! Etsy shop reviews (Open API v3 getReviewsByShop): `{ "count", "results":
//! [ { "shop_id", "listing_id", "transaction_id", "buyer_user_id", "rating",
//! "review", "language", "create_timestamp", "update_timestamp", ... } ] }`.
//!
//! Etsy gives no reviewer name and no review id: one review belongs to one
//! transaction, so `transaction_id` is the id. The time is epoch seconds
//! (`create_timestamp`, or its alias `created_timestamp`).

use serde_json::Value;

use super::fields::{self, at, content_id, finish, opt_stars, opt_str, opt_text};
use super::{ImportError, Records};
use crate::domain::Review;

pub(crate) const EXPECTED: &str =
    "Etsy shop reviews (JSON with a \"results\" list of rating/review/create_timestamp records)";

/// What the inbox shows for a reviewer Etsy does not name.
pub(crate) const CUSTOMER: &str = "Etsy buyer";

pub(crate) fn is_record(v: &Value) -> bool {
    v.get("create_timestamp").is_some() || v.get("transaction_id").is_some()
}

pub(crate) fn parse(root: &Value) -> Result<Records, ImportError> {
    let items = fields::records(root, "results", is_record, EXPECTED)?;
    Ok(fields::each(items, review))
}

fn review(v: &Value) -> Result<Review, String> {
    let rating = opt_stars(v, &["rating"])?;
    let text = opt_text(v, &["review"])?.unwrap_or_default();
    let received_at = created(v)?;
    let listing = opt_str(v, &["listing_id"])?;
    let platform_id = match opt_str(v, &["transaction_id"])? {
        Some(id) if !id.trim().is_empty() => id,
        _ => {
            let stars = rating.map(|r| r.to_string()).unwrap_or_default();
            let created = received_at.unix_timestamp().to_string();
            let listing = listing.clone().unwrap_or_default();
            content_id(&["etsy", &listing, &stars, &created, &text])
        }
    };
    finish(Review {
        customer: CUSTOMER.to_string(),
        platform: "etsy".to_string(),
        rating,
        title: None,
        text,
        received_at,
        platform_id: Some(platform_id),
        url: listing.map(|id| format!("https://www.etsy.com/listing/{id}")),
        existing_reply: None,
    })
}

fn created(v: &Value) -> Result<time::OffsetDateTime, String> {
    let raw = at(v, &["create_timestamp"])
        .or_else(|| at(v, &["created_timestamp"]))
        .ok_or("\"create_timestamp\" is missing")?;
    let secs = match raw {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    }
    .ok_or_else(|| {
        format!(
            "\"create_timestamp\" should be seconds since 1970, found {}",
            match raw {
                Value::String(s) => format!("\"{s}\""),
                other => fields::describe(other),
            }
        )
    })?;
    fields::epoch_seconds(secs)
}
