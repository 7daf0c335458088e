//! The review being answered, as it arrived.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// One customer review. Written once when the case is created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Who wrote it, as the platform shows them ("Mara K.").
    pub customer: String,
    /// Where it was posted ("google", "trustpilot", "text" …).
    pub platform: String,
    /// Stars, 1–5, when the platform has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub text: String,
    /// When the customer posted it; the response deadline counts from here.
    #[serde(with = "time::serde::rfc3339")]
    pub received_at: OffsetDateTime,
    /// The platform's own id, for de-duplicating imports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A reply already on the platform, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub existing_reply: Option<String>,
}

impl Review {
    /// The title and the text, as a person reads them.
    pub fn full_text(&self) -> String {
        match &self.title {
            Some(t) if !t.trim().is_empty() => format!("{t}\n\n{}", self.text),
            _ => self.text.clone(),
        }
    }

    /// "★★☆☆☆" for a rating, or "no stars".
    pub fn stars(&self) -> String {
        match self.rating {
            Some(r) => {
                let r = r.min(5) as usize;
                format!("{}{}", "★".repeat(r), "☆".repeat(5 - r))
            }
            None => "no stars".to_string(),
        }
    }
}
