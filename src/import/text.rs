//! Plain text: a review as someone pasted or saved it.
//!
//! A file holds one review, or several separated by a line of `---`. Each
//! may start with header lines, then the review's words:
//!
//! ```text
//! Name: Zoë Ångström
//! Rating: 2
//! Date: 2024-03-05 14:30
//! Title: Late again
//!
//! The parcel came a week late…
//! ```
//!
//! Header keys (case-insensitive): Customer/Name/Author/From/Reviewer,
//! Platform, Rating/Stars, Date/Time/Posted, Title/Subject, Id, Url, Reply
//! (a superset of what `Review::from_plain_text` reads for `heard new`, with
//! the same defaults: customer "Customer", platform "text"). Without a
//! Date the review counts as received `now`. Without an Id, the id is a
//! hash of the name, stars, title, date (if given) and words, so importing
//! the same text again finds the same case.

use time::OffsetDateTime;

use super::fields::{content_id, finish, norm_text, parse_stars, parse_time};
use super::{ImportError, RecordError, Records};
use crate::domain::Review;

#[derive(Default)]
struct Block {
    first_line: usize,
    lines: Vec<String>,
}

pub(crate) fn parse(bytes: &[u8], now: OffsetDateTime) -> Result<Records, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        reason: format!("an invalid byte at offset {}", e.valid_up_to()),
    })?;
    let mut blocks = vec![Block::default()];
    for (i, line) in text.lines().enumerate() {
        let is_separator = {
            let t = line.trim();
            t.len() >= 3 && t.chars().all(|c| c == '-')
        };
        if is_separator {
            blocks.push(Block::default());
            continue;
        }
        if let Some(block) = blocks.last_mut() {
            if block.lines.iter().all(|l| l.trim().is_empty()) && !line.trim().is_empty() {
                block.first_line = i + 1;
            }
            block.lines.push(line.to_string());
        }
    }
    let blocks: Vec<Block> = blocks
        .into_iter()
        .filter(|b| b.lines.iter().any(|l| !l.trim().is_empty()))
        .collect();
    let several = blocks.len() > 1;
    Ok(blocks
        .iter()
        .enumerate()
        .map(|(n, block)| {
            let position = if several {
                format!("review {} (line {})", n + 1, block.first_line)
            } else {
                format!("line {}", block.first_line)
            };
            review(block, now).map_err(|reason| RecordError { position, reason })
        })
        .collect())
}

#[derive(Default)]
struct Header {
    name: Option<String>,
    platform: Option<String>,
    rating: Option<String>,
    date: Option<String>,
    title: Option<String>,
    id: Option<String>,
    url: Option<String>,
    reply: Option<String>,
}

impl Header {
    /// Take "Key: value" if Key is one we know; false otherwise.
    fn take(&mut self, line: &str) -> bool {
        let Some((key, value)) = line.split_once(':') else {
            return false;
        };
        let value = value.trim().to_string();
        let slot = match key.trim().to_lowercase().as_str() {
            "name" | "author" | "from" | "customer" | "reviewer" => &mut self.name,
            "platform" => &mut self.platform,
            "rating" | "stars" => &mut self.rating,
            "date" | "time" | "posted" => &mut self.date,
            "title" | "subject" => &mut self.title,
            "id" => &mut self.id,
            "url" => &mut self.url,
            "reply" => &mut self.reply,
            _ => return false,
        };
        *slot = Some(value).filter(|v| !v.is_empty());
        true
    }
}

fn review(block: &Block, now: OffsetDateTime) -> Result<Review, String> {
    let mut header = Header::default();
    let lines = &block.lines;
    let mut i = 0;
    while i < lines.len() && lines[i].trim().is_empty() {
        i += 1;
    }
    while i < lines.len() && header.take(&lines[i]) {
        i += 1;
    }
    let text = norm_text(&lines[i..].join("\n"));
    let rating = match &header.rating {
        Some(r) => Some(parse_stars(r).map_err(|e| format!("Rating: {e}"))?),
        None => None,
    };
    let received_at = match &header.date {
        Some(d) => parse_time(d).map_err(|e| format!("Date: {e}"))?,
        None => now,
    };
    let customer = header
        .name
        .clone()
        .unwrap_or_else(|| "Customer".to_string());
    let platform = header
        .platform
        .as_deref()
        .map(|p| p.trim().to_lowercase())
        .unwrap_or_else(|| "text".to_string());
    let platform_id = header.id.clone().unwrap_or_else(|| {
        let stars = rating.map(|r| r.to_string()).unwrap_or_default();
        let title = header.title.clone().unwrap_or_default();
        let date = header.date.clone().unwrap_or_default();
        content_id(&[&platform, &customer, &stars, &title, &date, &text])
    });
    finish(Review {
        customer,
        platform,
        rating,
        title: header.title,
        text,
        received_at,
        platform_id: Some(platform_id),
        url: header.url,
        existing_reply: header.reply,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

    fn one(input: &str) -> Review {
        match parse(input.as_bytes(), NOW).as_deref() {
            Ok([Ok(r)]) => r.clone(),
            other => panic!("{input:?}: {other:?}"),
        }
    }

    #[test]
    fn reads_what_heard_new_reads() {
        let r = one("Customer: Dana W\nPlatform: Google\nRating: 1 star\n\nBroken.\n\nSo slow.");
        assert_eq!(
            (r.customer.as_str(), r.platform.as_str()),
            ("Dana W", "google")
        );
        assert_eq!(
            (r.rating, r.text.as_str()),
            (Some(1), "Broken.\n\nSo slow.")
        );
        let plain = one("Broken mug.");
        assert_eq!(
            (plain.customer.as_str(), plain.platform.as_str()),
            ("Customer", "text")
        );
        assert_eq!(plain.received_at, NOW);
        // A colon in the first line of the words is not a header.
        assert_eq!(one("Note: it was cold\nBad").text, "Note: it was cold\nBad");
    }

    #[test]
    fn a_single_bad_review_names_its_line() {
        let parsed = parse(b"\n\nRating: ten\n\nx", NOW).expect("parsed");
        assert_eq!(parsed.len(), 1);
        let err = parsed[0].clone().expect_err("bad rating");
        assert_eq!(err.position, "line 3");
        assert!(err.reason.contains("ten"), "{}", err.reason);
    }
}
