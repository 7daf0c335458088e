//! Review comments: what a colleague asks to change, optionally anchored to
//! one line of one draft, and whether the author resolved it.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use time::OffsetDateTime;

use super::draft::Drafts;

/// Which of the two drafts a comment points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftPart {
    Public,
    Private,
}

impl DraftPart {
    pub fn label(self) -> &'static str {
        match self {
            DraftPart::Public => "public",
            DraftPart::Private => "private",
        }
    }

    /// That draft's text.
    pub fn text(self, drafts: &Drafts) -> &str {
        match self {
            DraftPart::Public => &drafts.public,
            DraftPart::Private => &drafts.private,
        }
    }
}

/// A line of a draft, counted from 1 as `heard review` prints them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub draft: DraftPart,
    pub line: u32,
    /// The line as it read when the comment was written, so the comment
    /// still makes sense after the author edits around it.
    #[serde(default)]
    pub quote: String,
}

impl fmt::Display for Anchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.draft.label(), self.line)
    }
}

/// Why an anchor does not point at a line (worded by `present::comments`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnchorError {
    /// Not of the form `public:3`: what was written.
    Syntax(String),
    OutOfRange {
        draft: &'static str,
        lines: usize,
        line: u32,
    },
}

impl Anchor {
    /// Parse `public:3` / `private:12` and check the line exists in `drafts`.
    pub fn parse(spec: &str, drafts: &Drafts) -> Result<Anchor, AnchorError> {
        let syntax = || AnchorError::Syntax(spec.to_string());
        let (part, line) = spec.trim().split_once(':').ok_or_else(syntax)?;
        let draft = match part.trim().to_ascii_lowercase().as_str() {
            "public" | "pub" => DraftPart::Public,
            "private" | "priv" => DraftPart::Private,
            _ => return Err(syntax()),
        };
        let line: u32 = line.trim().parse().map_err(|_| syntax())?;
        Anchor::at(draft, line, drafts)
    }

    /// An anchor on line `line` (from 1) of one draft, quoting it.
    pub fn at(draft: DraftPart, line: u32, drafts: &Drafts) -> Result<Anchor, AnchorError> {
        let lines: Vec<&str> = draft.text(drafts).lines().collect();
        let quote = line
            .checked_sub(1)
            .and_then(|i| lines.get(i as usize))
            .ok_or(AnchorError::OutOfRange {
                draft: draft.label(),
                lines: lines.len(),
                line,
            })?;
        Ok(Anchor {
            draft,
            line,
            quote: quote.trim().to_string(),
        })
    }
}

/// One comment as written in a `changes_requested` event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineComment {
    pub text: String,
    /// None: about the drafts as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
}

impl LineComment {
    pub fn general(text: impl Into<String>) -> LineComment {
        LineComment {
            text: text.into(),
            anchor: None,
        }
    }
}

/// A comment on the case, with who wrote it and whether it was resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewComment {
    /// Stable across machines: derived from the event that carried it.
    pub id: String,
    pub by: String,
    pub at: OffsetDateTime,
    pub drafts_sha256: String,
    pub text: String,
    pub anchor: Option<Anchor>,
    /// Who resolved it, if anyone.
    pub resolved_by: Option<String>,
}

impl ReviewComment {
    /// The id of the `index`-th comment of a change request: the same on
    /// every machine that folds the same event.
    pub fn make_id(by: &str, at: OffsetDateTime, index: usize, text: &str) -> String {
        let mut h = Sha256::new();
        h.update(by.as_bytes());
        h.update(b"\n");
        h.update(at.unix_timestamp_nanos().to_le_bytes());
        h.update(index.to_le_bytes());
        h.update(text.as_bytes());
        h.finalize()[..4]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    pub fn is_open(&self) -> bool {
        self.resolved_by.is_none()
    }

    /// "bob on public:3: say sorry first" — one line for lists.
    pub fn summary(&self) -> String {
        match &self.anchor {
            Some(a) => format!("{} on {a}: {}", self.by, self.text),
            None => format!("{}: {}", self.by, self.text),
        }
    }
}

/// The comments of one change request, as they enter the case.
pub fn from_request(
    by: &str,
    at: OffsetDateTime,
    drafts_sha256: &str,
    summary: &str,
    comments: &[LineComment],
) -> Vec<ReviewComment> {
    // Older events (and the one-keyboard hand-over) carry one plain comment.
    let fallback = [LineComment::general(summary)];
    let list: &[LineComment] = if comments.is_empty() {
        if summary.trim().is_empty() {
            &[]
        } else {
            &fallback
        }
    } else {
        comments
    };
    list.iter()
        .enumerate()
        .map(|(i, c)| ReviewComment {
            id: ReviewComment::make_id(by, at, i, &c.text),
            by: by.to_string(),
            at,
            drafts_sha256: drafts_sha256.to_string(),
            text: c.text.clone(),
            anchor: c.anchor.clone(),
            resolved_by: None,
        })
        .collect()
}

/// The one-line summary stored in `comment` for a list of comments, so
/// older versions of heard still show what was asked.
pub fn summarise(comments: &[LineComment]) -> String {
    comments
        .iter()
        .map(|c| match &c.anchor {
            Some(a) => format!("[{a}] {}", c.text),
            None => c.text.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}
