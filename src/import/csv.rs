//! CSV and TSV exports with a header row: the built-in layouts of common
//! shop tools, recognised from their headers, and any other file mapped
//! with `--map` or by common column names.
//!
//! Built-in layouts (header names matched case-insensitively):
//!
//! | export | recognised by | columns read |
//! |---|---|---|
//! | Judge.me | reviewer_name, review_date, body | rating, body, title, reviewer_name, review_date, reply |
//! | Shopify Product Reviews | product_handle, author, body, created_at | rating, body, title, author, created_at, reply |
//! | Trustpilot business export | Review Stars, Review Created (UTC) | Review Id, Review Stars, Review Title, Review Content, Review Username, Review Created (UTC), reply column |
//! | Amazon seller feedback | Date, Rating, Comments, Order ID | Order ID (as id), Rating, Comments, Date, Your Response |
//!
//! Judge.me's and Shopify's column names are those of their review export
//! files (`title,body,rating,review_date,source,curated,reviewer_name,…` and
//! `product_handle,state,rating,title,author,email,location,body,reply,
//! created_at,replied_at`). Assumptions, stated because we could not check
//! them against a vendor document: Trustpilot's export names its reply
//! column one of "Reply Content", "Company Reply", "Company Response" or
//! "Business Reply"; Amazon's feedback report (tab-separated) writes dates
//! as M/D/YY or ISO and its reply column "Your Response" or "Response".
//! Amazon's report has no buyer name (only an email, which we do not read):
//! the customer shows as "Amazon buyer", and the order id is the review id
//! (one feedback per order).

use std::collections::HashMap;

use super::fields::{self, content_id, finish, norm_text, parse_stars};
use super::{CsvMap, ImportError, RecordError, Records};
use crate::domain::Review;

/// A known export: how to recognise it and where each part lives.
struct Layout {
    name: &'static str,
    platform: &'static str,
    /// Every one of these headers present → this layout.
    signature: &'static [&'static str],
    customer: &'static str,
    rating: &'static [&'static str],
    text: &'static [&'static str],
    title: &'static [&'static str],
    author: &'static [&'static str],
    id: &'static [&'static str],
    time: &'static [&'static str],
    reply: &'static [&'static str],
}

const BUILT_IN: [Layout; 4] = [
    Layout {
        name: "Judge.me export",
        platform: "judgeme",
        signature: &["reviewer_name", "review_date", "body"],
        customer: "Anonymous",
        rating: &["rating"],
        text: &["body"],
        title: &["title", "review_title"],
        author: &["reviewer_name"],
        id: &["id", "review_id"],
        time: &["review_date"],
        reply: &["reply"],
    },
    Layout {
        name: "Shopify Product Reviews export",
        platform: "shopify",
        signature: &["product_handle", "author", "body", "created_at"],
        customer: "Anonymous",
        rating: &["rating"],
        text: &["body"],
        title: &["title"],
        author: &["author"],
        id: &["id"],
        time: &["created_at"],
        reply: &["reply"],
    },
    Layout {
        name: "Trustpilot business export",
        platform: "trustpilot",
        signature: &["review stars", "review created (utc)"],
        customer: "A Trustpilot user",
        rating: &["review stars"],
        text: &["review content"],
        title: &["review title"],
        author: &["review username", "review consumer name", "consumer name"],
        id: &["review id"],
        time: &["review created (utc)"],
        reply: &[
            "reply content",
            "company reply",
            "company response",
            "business reply",
            "business reply content",
        ],
    },
    Layout {
        name: "Amazon seller feedback report",
        platform: "amazon",
        signature: &["date", "rating", "comments", "order id"],
        customer: "Amazon buyer",
        rating: &["rating"],
        text: &["comments"],
        title: &[],
        author: &[],
        id: &["order id"],
        time: &["date"],
        reply: &["your response", "response"],
    },
];

/// Any other export: columns found by their usual names.
const GENERIC: Layout = Layout {
    name: "CSV with a header row",
    platform: "csv",
    signature: &[],
    customer: "Anonymous",
    rating: &["rating", "stars", "star rating", "score", "overall score"],
    text: &[
        "text",
        "review",
        "body",
        "comment",
        "comments",
        "content",
        "review text",
        "review content",
        "review_text",
        "review_body",
        "message",
    ],
    title: &[
        "title",
        "summary",
        "headline",
        "review title",
        "review_title",
        "subject",
    ],
    author: &[
        "author",
        "name",
        "reviewer",
        "reviewer name",
        "reviewer_name",
        "customer",
        "customer name",
        "user",
        "username",
        "display name",
    ],
    id: &["id", "review id", "review_id", "reviewid"],
    time: &[
        "time",
        "date",
        "created",
        "created_at",
        "created at",
        "review date",
        "review_date",
        "posted",
        "timestamp",
        "date created",
    ],
    reply: &[
        "reply",
        "response",
        "owner reply",
        "owner response",
        "company reply",
    ],
};

/// The delimiter a header line uses: tab, semicolon or comma.
pub(crate) fn delimiter(first_line: &str) -> u8 {
    let count = |c: char| first_line.chars().filter(|&x| x == c).count();
    let (tabs, semis, commas) = (count('\t'), count(';'), count(','));
    if tabs > 0 && tabs >= commas && tabs >= semis {
        b'\t'
    } else if semis > commas {
        b';'
    } else {
        b','
    }
}

/// The header cells of a first line, lower-cased and trimmed.
pub(crate) fn header_cells(first_line: &str) -> Vec<String> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter(first_line))
        .from_reader(first_line.as_bytes());
    match reader.records().next() {
        Some(Ok(rec)) => rec.iter().map(|h| h.trim().to_lowercase()).collect(),
        _ => Vec::new(),
    }
}

/// Does this header look like a review export we can read without a map?
/// Returns the layout's name.
pub(crate) fn recognise(header: &[String]) -> Option<&'static str> {
    if let Some(layout) = built_in(header) {
        return Some(layout.name);
    }
    let has = |names: &[&str]| names.iter().any(|n| header.iter().any(|h| h == n));
    let others = [GENERIC.rating, GENERIC.time, GENERIC.author];
    (header.len() >= 2 && has(GENERIC.text) && others.iter().any(|c| has(c)))
        .then_some(GENERIC.name)
}

fn built_in(header: &[String]) -> Option<&'static Layout> {
    BUILT_IN
        .iter()
        .find(|l| l.signature.iter().all(|s| header.iter().any(|h| h == s)))
}

/// Which column index holds each part of a review.
#[derive(Default)]
struct Columns {
    rating: Option<usize>,
    text: Option<usize>,
    title: Option<usize>,
    author: Option<usize>,
    id: Option<usize>,
    time: Option<usize>,
    reply: Option<usize>,
}

fn resolve(
    layout: &Layout,
    header: &[String],
    shown: &str,
    map: Option<&CsvMap>,
) -> Result<Columns, ImportError> {
    let index: HashMap<&str, usize> = header
        .iter()
        .enumerate()
        .rev() // the first of duplicate headers wins
        .map(|(i, h)| (h.as_str(), i))
        .collect();
    let find = |names: &[&str]| names.iter().find_map(|n| index.get(n).copied());
    let mapped = |key: &str, given: &Option<String>, fallback: &[&str]| match given {
        Some(col) => index
            .get(col.trim().to_lowercase().as_str())
            .copied()
            .map(Some)
            .ok_or_else(|| ImportError::Csv {
                reason: format!(
                    "--map {key}={col}: there is no column \"{col}\"; the header has: {shown}"
                ),
            }),
        None => Ok(find(fallback)),
    };
    let empty = CsvMap::default();
    let m = map.unwrap_or(&empty);
    Ok(Columns {
        rating: mapped("rating", &m.rating, layout.rating)?,
        text: mapped("text", &m.text, layout.text)?,
        title: mapped("title", &m.title, layout.title)?,
        author: mapped("author", &m.author, layout.author)?,
        id: mapped("id", &m.id, layout.id)?,
        time: mapped("time", &m.time, layout.time)?,
        reply: mapped("reply", &m.reply, layout.reply)?,
    })
}

pub(crate) fn parse(
    bytes: &[u8],
    map: Option<&CsvMap>,
) -> Result<(&'static str, Records), ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        reason: format!("an invalid byte at offset {}", e.valid_up_to()),
    })?;
    let first_line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter(first_line))
        .flexible(true)
        .from_reader(text.as_bytes());
    let raw_header: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::Csv {
            reason: format!("the header row cannot be read: {e}"),
        })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let header: Vec<String> = raw_header.iter().map(|h| h.to_lowercase()).collect();
    let shown = raw_header.join(", ");
    let layout = built_in(&header).unwrap_or(&GENERIC);
    let cols = resolve(layout, &header, &shown, map)?;
    let name = match (map, layout.signature.is_empty()) {
        (Some(_), true) => "CSV mapped with --map",
        _ => layout.name,
    };
    if cols.text.is_none() && cols.rating.is_none() {
        return Err(ImportError::Csv {
            reason: format!(
                "I can't tell which column holds the review text; name it with --map text=COLUMN (the header has: {shown})"
            ),
        });
    }
    if cols.time.is_none() {
        return Err(ImportError::Csv {
            reason: format!(
                "I can't tell which column holds the review's date; name it with --map time=COLUMN (the header has: {shown})"
            ),
        });
    }
    let mut records = Vec::new();
    for row in reader.records() {
        match row {
            Ok(rec) => {
                let line = rec.position().map_or(0, |p| p.line());
                let position = format!("line {line}");
                if rec.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                let result = if rec.len() > header.len() {
                    Err(format!(
                        "this row has {} fields but the header has {} (is there an unquoted comma or tab in the text?)",
                        rec.len(),
                        header.len()
                    ))
                } else {
                    row_review(&rec, &cols, layout, header.len())
                };
                records.push(result.map_err(|reason| RecordError { position, reason }));
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                records.push(Err(RecordError {
                    position: format!("line {line}"),
                    reason: format!("this row cannot be read: {e}"),
                }));
            }
        }
    }
    Ok((name, records))
}

fn row_review(
    rec: &::csv::StringRecord,
    cols: &Columns,
    layout: &Layout,
    width: usize,
) -> Result<Review, String> {
    let cell = |i: Option<usize>| -> Option<String> {
        let v = norm_text(rec.get(i?)?);
        (!v.is_empty()).then_some(v)
    };
    let short = |i: Option<usize>| i.is_some_and(|i| i >= rec.len());
    if short(cols.text) || short(cols.rating) || short(cols.time) {
        return Err(format!(
            "this row has {} fields but the header has {width}",
            rec.len()
        ));
    }
    let rating = match cell(cols.rating) {
        Some(r) => Some(parse_stars(&r).map_err(|e| format!("rating: {e}"))?),
        None => None,
    };
    let text = cell(cols.text).unwrap_or_default();
    let title = cell(cols.title);
    let customer = cell(cols.author).unwrap_or_else(|| layout.customer.to_string());
    let when = cell(cols.time).ok_or("the date is empty")?;
    let received_at = fields::parse_time(&when).map_err(|e| format!("date: {e}"))?;
    let platform_id = cell(cols.id).unwrap_or_else(|| {
        let stars = rating.map(|r| r.to_string()).unwrap_or_default();
        let title = title.clone().unwrap_or_default();
        let created = received_at.unix_timestamp().to_string();
        content_id(&[layout.platform, &customer, &stars, &created, &title, &text])
    });
    finish(Review {
        customer,
        platform: layout.platform.to_string(),
        rating,
        title,
        text,
        received_at,
        platform_id: Some(platform_id),
        url: None,
        existing_reply: cell(cols.reply),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(line: &str) -> Vec<String> {
        header_cells(line)
    }

    #[test]
    fn delimiters() {
        assert_eq!(delimiter("a,b,c"), b',');
        assert_eq!(delimiter("a\tb\tc"), b'\t');
        assert_eq!(delimiter("a;b;c"), b';');
        assert_eq!(delimiter("\"a;b\",c,d"), b',');
    }

    #[test]
    fn built_in_layouts_are_recognised() {
        let judgeme = "title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,product_handle,reply,reply_date,picture_urls,ip_address,location";
        assert_eq!(recognise(&cells(judgeme)), Some("Judge.me export"));
        let shopify = "product_handle,state,rating,title,author,email,location,body,reply,created_at,replied_at";
        assert_eq!(
            recognise(&cells(shopify)),
            Some("Shopify Product Reviews export")
        );
        let tp = "Review Id,Review Created (UTC),Review Consumer User Id,Review Username,Review Title,Review Content,Review Stars,Reply Content";
        assert_eq!(recognise(&cells(tp)), Some("Trustpilot business export"));
        let amazon = "Date\tRating\tComments\tYour Response\tOrder ID\tRater Email";
        assert_eq!(
            recognise(&cells(amazon)),
            Some("Amazon seller feedback report")
        );
        assert_eq!(
            recognise(&cells("Stars;Review;Date")),
            Some("CSV with a header row")
        );
        assert_eq!(recognise(&cells("sku,price,stock")), None);
        assert_eq!(recognise(&cells("Dear shop, your parcel was late")), None);
    }
}
