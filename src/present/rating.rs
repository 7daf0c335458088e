//! A review's stars and why pasted text is not a review, in words
//! (`domain::review`, `domain::inbox_row`).

use std::fmt;

use crate::domain::Review;
use crate::domain::inbox_row::CaseRow;
use crate::domain::review::{PlainTextError, star_glyphs};

/// "★★☆☆☆" for a rating, or "no stars".
pub fn stars(rating: Option<u8>) -> String {
    match rating {
        Some(r) => star_glyphs(r),
        None => "no stars".to_string(),
    }
}

impl Review {
    /// "★★☆☆☆" for the rating, or "no stars".
    pub fn stars(&self) -> String {
        stars(self.rating)
    }
}

impl CaseRow {
    /// "★★☆☆☆" for the rating, or "no stars".
    pub fn stars(&self) -> String {
        stars(self.rating)
    }
}

impl fmt::Display for PlainTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlainTextError::Empty => f.write_str("the review is empty"),
            PlainTextError::HeaderOnly => f.write_str(
                "only header lines (Customer:, Platform:, Rating:) and no review under them — \
                 add the customer's words after a blank line",
            ),
            PlainTextError::BadRating { line, value } => write!(
                f,
                "line {line}: rating `{value}` is not a number of stars from 1 to 5"
            ),
        }
    }
}

impl std::error::Error for PlainTextError {}
