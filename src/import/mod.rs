//! Importers: the shapes review platforms hand out → domain [`Review`]s.
//!
//! One module per platform shape, plus [`detect`] which recognises a shape
//! from its JSON keys or CSV header. Everything here is pure: bytes in,
//! reviews out; the store decides what is new, updated or already there.
//!
//! A file that is not the expected shape at all is an [`ImportError`]; a
//! single bad record inside an otherwise good file is a [`RecordError`] in
//! [`Parsed::records`], so the good records still import.

use std::fmt;
use std::str::FromStr;

use serde_json::Value;
use time::OffsetDateTime;

use crate::domain::Review;

mod appstore;
mod csv;
pub mod detect;
mod etsy;
mod fields;
mod google;
mod play;
mod text;
mod trustpilot;
mod yelp;

/// Which importer to use. `Auto` looks at the file and picks one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Auto,
    Google,
    Trustpilot,
    Yelp,
    AppStore,
    Play,
    Etsy,
    Csv,
    Text,
}

impl Format {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [Format; 9] = [
        Format::Auto,
        Format::Google,
        Format::Trustpilot,
        Format::Yelp,
        Format::AppStore,
        Format::Play,
        Format::Etsy,
        Format::Csv,
        Format::Text,
    ];

    /// The name used on the command line (`--format NAME`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Google => "google",
            Format::Trustpilot => "trustpilot",
            Format::Yelp => "yelp",
            Format::AppStore => "appstore",
            Format::Play => "play",
            Format::Etsy => "etsy",
            Format::Csv => "csv",
            Format::Text => "text",
        }
    }

    /// What the format is, in words a shop owner recognises.
    pub fn describe(self) -> &'static str {
        match self {
            Format::Auto => "detect the format from the file",
            Format::Google => "Google Business Profile reviews (API JSON or Takeout)",
            Format::Trustpilot => "Trustpilot reviews (API JSON)",
            Format::Yelp => "Yelp Fusion reviews (API JSON)",
            Format::AppStore => "App Store Connect customer reviews (API JSON)",
            Format::Play => "Google Play Console reviews (API JSON)",
            Format::Etsy => "Etsy shop reviews (API JSON)",
            Format::Csv => "CSV or TSV export with a header row",
            Format::Text => "plain text, one review or several separated by ---",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ImportError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.name() == wanted)
            .ok_or_else(|| ImportError::UnknownFormat {
                given: s.to_string(),
            })
    }
}

/// `--map rating=COL,text=COL,title=COL,author=COL,id=COL,time=COL,reply=COL`:
/// which CSV column holds which part of a review. Column names are matched
/// against the header case-insensitively. Keys left out fall back to the
/// built-in map recognised from the header, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CsvMap {
    pub rating: Option<String>,
    pub text: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub id: Option<String>,
    pub time: Option<String>,
    pub reply: Option<String>,
}

impl CsvMap {
    /// The fixed keys `--map` accepts.
    pub const KEYS: [&'static str; 7] =
        ["rating", "text", "title", "author", "id", "time", "reply"];

    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "rating" => &mut self.rating,
            "text" => &mut self.text,
            "title" => &mut self.title,
            "author" => &mut self.author,
            "id" => &mut self.id,
            "time" => &mut self.time,
            "reply" => &mut self.reply,
            _ => return None,
        })
    }
}

impl FromStr for CsvMap {
    type Err = ImportError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |reason: String| ImportError::BadMap { reason };
        let mut map = CsvMap::default();
        let mut any = false;
        for pair in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((key, column)) = pair.split_once('=') else {
                return Err(bad(format!(
                    "\"{pair}\" has no '='; write it as KEY=COLUMN, e.g. text=Review"
                )));
            };
            let key = key.trim().to_ascii_lowercase();
            let column = column.trim();
            let keys = CsvMap::KEYS.join(", ");
            let Some(slot) = map.slot(&key) else {
                return Err(bad(format!("unknown key \"{key}\"; the keys are {keys}")));
            };
            if column.is_empty() {
                return Err(bad(format!("\"{key}=\" names no column")));
            }
            if slot.is_some() {
                return Err(bad(format!("\"{key}\" is given twice")));
            }
            *slot = Some(column.to_string());
            any = true;
        }
        if !any {
            return Err(bad(
                "it is empty; give at least one KEY=COLUMN, e.g. text=Review".to_string(),
            ));
        }
        Ok(map)
    }
}

/// One entry per record: the review, or why it was rejected.
pub type Records = Vec<Result<Review, RecordError>>;

/// The outcome of reading one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The format actually used (the detected one when `Auto` was asked).
    pub format: Format,
    /// For CSV: which export layout was recognised ("Judge.me export" …).
    pub layout: Option<&'static str>,
    /// One entry per record in file order: a review, or why it was rejected.
    pub records: Records,
}

/// One record that could not be read; the rest of the file still imports.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{position}: {reason}")]
pub struct RecordError {
    /// Where in the file: "reviews[3]", "data[0]", "line 7", "review 2 (line 14)".
    pub position: String,
    /// Why, in plain words.
    pub reason: String,
}

/// The file as a whole could not be read as the format asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("unknown format \"{given}\"; choose one of: {}", format_names())]
    UnknownFormat { given: String },
    #[error("--map: {reason}")]
    BadMap { reason: String },
    #[error("the file is empty")]
    Empty,
    #[error("the file is not valid JSON: {reason} (line {line}, column {column})")]
    Json {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("this does not look like {expected}: {found}")]
    Shape { expected: String, found: String },
    #[error("cannot read this as CSV: {reason}")]
    Csv { reason: String },
    #[error("the file is not UTF-8 text ({reason}); save or export it as UTF-8 and try again")]
    NotUtf8 { reason: String },
}

fn format_names() -> String {
    Format::ALL.map(Format::name).join(", ")
}

/// Read `bytes` as `format` (or detect it with [`Format::Auto`]).
///
/// `map` applies to CSV only; with `Auto`, giving a map means the file is
/// CSV. `now` is used only for plain text that states no time.
pub fn parse(
    bytes: &[u8],
    format: Format,
    map: Option<&CsvMap>,
    now: OffsetDateTime,
) -> Result<Parsed, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let format = match format {
        Format::Auto if map.is_some() => Format::Csv,
        Format::Auto => detect::detect(bytes)?,
        f => f,
    };
    let (layout, records) = match format {
        Format::Csv => {
            let (layout, records) = csv::parse(bytes, map)?;
            (Some(layout), records)
        }
        Format::Text => (None, text::parse(bytes, now)?),
        json_format => (None, parse_json(bytes, json_format)?),
    };
    Ok(Parsed {
        format,
        layout,
        records,
    })
}

fn parse_json(bytes: &[u8], format: Format) -> Result<Records, ImportError> {
    let value = read_json(bytes)?;
    match format {
        Format::Google => google::parse(&value),
        Format::Trustpilot => trustpilot::parse(&value),
        Format::Yelp => yelp::parse(&value),
        Format::AppStore => appstore::parse(&value),
        Format::Play => play::parse(&value),
        Format::Etsy => etsy::parse(&value),
        Format::Auto | Format::Csv | Format::Text => Err(ImportError::Shape {
            expected: "JSON".to_string(),
            found: format!("the {format} format, which is not JSON"),
        }),
    }
}

/// Parse JSON, turning a syntax error into one that says where.
pub(crate) fn read_json(bytes: &[u8]) -> Result<Value, ImportError> {
    serde_json::from_slice(bytes).map_err(|e| {
        let full = e.to_string();
        // serde_json appends " at line L column C"; we report those separately.
        let reason = match full.rfind(" at line ") {
            Some(i) => full[..i].to_string(),
            None => full,
        };
        ImportError::Json {
            line: e.line(),
            column: e.column(),
            reason,
        }
    })
}
