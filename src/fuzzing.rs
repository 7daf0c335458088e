//! Entry points shared by the fuzz targets (`fuzz/`, nightly, cargo-fuzz)
//! and the stable test that replays their saved corpus
//! (`tests/fuzz_corpus.rs`), so CI checks the same code paths without a
//! nightly toolchain. Each takes arbitrary bytes and must return, whatever
//! they hold: an error value is fine, a panic is the bug.

use time::OffsetDateTime;
use time::macros::datetime;

use crate::domain::coach::{self, CoachInput, CoachRules};
use crate::domain::review::PlainTextHints;
use crate::domain::{Case, Event, EventKind, Playbook, Review};
use crate::domain::{deadline, follow_up, gate};
use crate::import::{self, Format};

/// The moment every entry point takes as "now".
const NOW: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

/// Every rule a screen or command asks of a case, asked at a few moments.
fn ask_everything(case: &Case) {
    for now in [
        NOW,
        datetime!(1970-01-01 0:00 UTC),
        datetime!(2199-12-31 23:59 UTC),
    ] {
        let _ = crate::present::time::left_label(case, now);
        let _ = crate::present::time::age(case, now);
        let _ = crate::present::time::short_when(deadline::deadline(case), now, 16);
        let _ = gate::can_send(case, now);
        let _ = follow_up::due_reason(case, now);
        let _ = case.next_read_counts_at();
    }
}

/// An import file in `format` (each reviewed as the store would take it).
pub fn import(format: Format, bytes: &[u8]) {
    let Ok(parsed) = import::parse(bytes, format, None, NOW) else {
        return;
    };
    for review in parsed.records.into_iter().flatten() {
        review_rules(review);
    }
}

fn review_rules(review: Review) {
    let pb = shipped_playbook();
    let created = Event::new(
        NOW,
        "ann",
        EventKind::Created {
            playbook: Some(Box::new(pb)),
            playbook_sha256: String::new(),
        },
    );
    if let Ok(case) = Case::fold("fuzz", review, &[created]) {
        ask_everything(&case);
    }
}

fn shipped_playbook() -> Playbook {
    Playbook::parse(include_str!("../playbooks/heard.toml"), "heard.toml")
        .expect("the shipped playbook parses")
}

/// A playbook file; a valid one is used for a case.
pub fn playbook(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(pb) = Playbook::parse(text, "fuzz.toml") else {
        return;
    };
    let created = Event::new(
        NOW,
        "ann",
        EventKind::Created {
            playbook: Some(Box::new(pb)),
            playbook_sha256: String::new(),
        },
    );
    let opened = Event::new(NOW, "ann", EventKind::Opened);
    if let Ok(case) = Case::fold("fuzz", sample_review(), &[created, opened]) {
        ask_everything(&case);
    }
}

fn sample_review() -> Review {
    Review::from_plain_text(
        "Rating: 1\n\nThe mug arrived cracked.",
        &PlainTextHints::default(),
        NOW,
    )
    .expect("the sample review reads")
}

/// An event file as the store reads it, folded after a `created` event.
pub fn event_file(bytes: &[u8]) {
    let Ok(mut event) = serde_json::from_slice::<Event>(bytes) else {
        return;
    };
    if crate::store::safe_read::check_event(&mut event).is_err() {
        return;
    }
    let created = Event::new(
        NOW,
        "ann",
        EventKind::Created {
            playbook: Some(Box::new(shipped_playbook())),
            playbook_sha256: String::new(),
        },
    );
    if let Ok(case) = Case::fold("fuzz", sample_review(), &[created, event]) {
        ask_everything(&case);
    }
}

/// `config.toml`.
pub fn config(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(config) = crate::config::Config::parse(text, std::path::Path::new("config.toml")) {
        let _ = config.roster();
        let _ = config.identity(None);
    }
}

/// Review text pasted into `heard new`.
pub fn review_text(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(review) = Review::from_plain_text(&text, &PlainTextHints::default(), NOW) {
        review_rules(review);
    }
}

/// The coach on a draft: the bytes split into review, public reply and
/// private message at the first two NUL bytes.
pub fn coach(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let mut parts = text.splitn(3, '\0');
    let review = parts.next().unwrap_or_default();
    let public = parts.next().unwrap_or_default();
    let private = parts.next().unwrap_or_default();
    let rules = CoachRules::default();
    let offered = vec!["refund".to_string(), "replacement".to_string()];
    let input = CoachInput {
        review,
        public,
        private,
        min_choices: 2,
        offered_choices: &offered,
        shop: &coach::NO_SHOP,
    };
    let _ = coach::check(&input, &rules);
    let _ = coach::review_intensity(review);
    for kind in [coach::LineKind::Empathy, coach::LineKind::Apology] {
        let _ = coach::check_line(kind, public, review, &rules);
    }
}

/// The targets by name, as `fuzz/fuzz_targets/*.rs` and the corpus folders
/// are named.
pub fn target(name: &str) -> Option<fn(&[u8])> {
    let f: fn(&[u8]) = match name {
        "import_auto" => |b| import(Format::Auto, b),
        "import_google" => |b| import(Format::Google, b),
        "import_trustpilot" => |b| import(Format::Trustpilot, b),
        "import_yelp" => |b| import(Format::Yelp, b),
        "import_appstore" => |b| import(Format::AppStore, b),
        "import_play" => |b| import(Format::Play, b),
        "import_etsy" => |b| import(Format::Etsy, b),
        "import_csv" => |b| import(Format::Csv, b),
        "import_text" => |b| import(Format::Text, b),
        "playbook" => playbook,
        "event_file" => event_file,
        "config" => config,
        "review_text" => review_text,
        "coach" => coach,
        _ => return None,
    };
    Some(f)
}
