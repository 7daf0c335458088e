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

/// The id of the playbook used when none is named.
pub const DEFAULT_PLAYBOOK: &str = "heard";
/// The playbook for 4–5 star reviews: thank them too.
pub const THANK_YOU_PLAYBOOK: &str = "thank-you";

impl Review {
    /// The playbook this review gets when nobody names one.
    pub fn default_playbook(&self) -> &'static str {
        match self.rating {
            Some(4..=5) => THANK_YOU_PLAYBOOK,
            _ => DEFAULT_PLAYBOOK,
        }
    }

    /// Whether `other` says what this review says (stars, title, text): a
    /// re-import that differs is the customer editing their review.
    pub fn same_words(&self, other: &Review) -> bool {
        self.text == other.text && self.rating == other.rating && self.title == other.title
    }

    /// The title and the text, as a person reads them.
    pub fn full_text(&self) -> String {
        match &self.title {
            Some(t) if !t.trim().is_empty() => format!("{t}\n\n{}", self.text),
            _ => self.text.clone(),
        }
    }
}

/// "★★☆☆☆" for a rating of 2 (at most five stars).
pub fn star_glyphs(rating: u8) -> String {
    let r = rating.min(5) as usize;
    format!("{}{}", "★".repeat(r), "☆".repeat(5 - r))
}

/// What the person said about a pasted review on the command line.
#[derive(Debug, Clone, Default)]
pub struct PlainTextHints {
    pub customer: Option<String>,
    pub platform: Option<String>,
    pub rating: Option<u8>,
}

/// Why pasted text is not a review (worded by `present::review`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlainTextError {
    Empty,
    /// Header lines (`Customer:`, …) and nothing under them.
    HeaderOnly,
    BadRating {
        line: usize,
        value: String,
    },
}

impl Review {
    /// A review from pasted plain text. Optional header lines `Customer:`,
    /// `Platform:`, `Rating:` (then a blank line) are read; hints given on the
    /// command line win over them.
    pub fn from_plain_text(
        text: &str,
        hints: &PlainTextHints,
        now: OffsetDateTime,
    ) -> Result<Review, PlainTextError> {
        // Lines may end in CR alone: what xterm, VTE and tmux paste.
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut customer = None;
        let mut platform = None;
        let mut rating = None;
        let mut body_start = 0;
        let mut offset = 0;
        for (i, line) in text.split_inclusive('\n').enumerate() {
            let trimmed = line.trim();
            let header = trimmed.split_once(':').and_then(|(k, v)| {
                let k = k.trim().to_ascii_lowercase();
                matches!(k.as_str(), "customer" | "platform" | "rating").then(|| (k, v.trim()))
            });
            match header {
                Some((k, v)) => {
                    match k.as_str() {
                        "customer" => customer = Some(v.to_string()),
                        "platform" => platform = Some(v.to_ascii_lowercase()),
                        _ => {
                            let stars = v.trim_end_matches("stars").trim_end_matches("star").trim();
                            match stars.parse::<u8>() {
                                Ok(n @ 1..=5) => rating = Some(n),
                                _ => {
                                    return Err(PlainTextError::BadRating {
                                        line: i + 1,
                                        value: v.to_string(),
                                    });
                                }
                            }
                        }
                    }
                    offset += line.len();
                    body_start = offset;
                }
                None if trimmed.is_empty() && body_start == offset && offset > 0 => {
                    offset += line.len();
                    body_start = offset;
                    break;
                }
                None => break,
            }
        }
        let body = text[body_start..].trim().to_string();
        if body.is_empty() && hints.rating.is_none() {
            // A rating-only review is asked for with --rating; header lines
            // with nothing under them are a paste that lost its words.
            return Err(if body_start > 0 {
                PlainTextError::HeaderOnly
            } else {
                PlainTextError::Empty
            });
        }
        Ok(Review {
            customer: hints
                .customer
                .clone()
                .or(customer)
                .filter(|c| !c.trim().is_empty())
                .unwrap_or_else(|| "Customer".to_string()),
            platform: hints
                .platform
                .clone()
                .or(platform)
                .unwrap_or_else(|| "text".to_string()),
            rating: hints.rating.or(rating),
            title: None,
            text: body,
            received_at: now,
            platform_id: None,
            url: None,
            existing_reply: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

    #[test]
    #[allow(clippy::type_complexity)] // a table read row by row
    fn plain_text_table() {
        let none = PlainTextHints::default();
        let hinted = PlainTextHints {
            customer: Some("Ann".into()),
            platform: None,
            rating: Some(2),
        };
        // (input, hints, customer, platform, rating, text)
        let table: &[(&str, &PlainTextHints, &str, &str, Option<u8>, &str)] = &[
            (
                "Broken mug.",
                &none,
                "Customer",
                "text",
                None,
                "Broken mug.",
            ),
            (
                "Customer: Dana W\nPlatform: Google\nRating: 1\n\nBroken.\n\nSo slow.",
                &none,
                "Dana W",
                "google",
                Some(1),
                "Broken.\n\nSo slow.",
            ),
            (
                "Rating: 3 stars\nMeh: it was ok",
                &none,
                "Customer",
                "text",
                Some(3),
                "Meh: it was ok",
            ),
            (
                "Customer: Dana W\rRating: 1\r\rBroken.\r\rSo slow.\r",
                &none,
                "Dana W",
                "text",
                Some(1),
                "Broken.\n\nSo slow.",
            ),
            (
                "Customer: Dana\n\nBad",
                &hinted,
                "Ann",
                "text",
                Some(2),
                "Bad",
            ),
            (
                "Note: customer: x\nBad",
                &none,
                "Customer",
                "text",
                None,
                "Note: customer: x\nBad",
            ),
        ];
        for (input, hints, customer, platform, rating, text) in table {
            let r = Review::from_plain_text(input, hints, NOW).unwrap();
            assert_eq!(
                (
                    r.customer.as_str(),
                    r.platform.as_str(),
                    r.rating,
                    r.text.as_str()
                ),
                (*customer, *platform, *rating, *text),
                "{input:?}"
            );
        }
    }

    #[test]
    fn plain_text_errors_say_where() {
        let none = PlainTextHints::default();
        assert_eq!(
            Review::from_plain_text("  \n", &none, NOW),
            Err(PlainTextError::Empty)
        );
        for header_only in [
            "Customer: A\nRating: 1\n",
            "Rating: 2",
            "Platform: yelp\n\n  \n",
        ] {
            assert_eq!(
                Review::from_plain_text(header_only, &none, NOW),
                Err(PlainTextError::HeaderOnly),
                "{header_only:?}"
            );
        }
        let rated = PlainTextHints {
            rating: Some(1),
            ..PlainTextHints::default()
        };
        assert!(Review::from_plain_text("Customer: A\n", &rated, NOW).is_ok());
        assert_eq!(
            Review::from_plain_text("Customer: A\nRating: ten\n\nx", &none, NOW),
            Err(PlainTextError::BadRating {
                line: 2,
                value: "ten".into()
            })
        );
    }
}
