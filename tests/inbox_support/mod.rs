//! Shared by the inbox tests: a store filled by importing every fixture in
//! `tests/fixtures/import`, as a person would with `heard import`.
#![allow(dead_code)]

use std::path::Path;

use heard::commands::import::{Summary, import_into};
use heard::import::{CsvMap, Format};
use heard::store::Store;
use time::OffsetDateTime;

/// Every fixture, and its `--map` where it needs one.
pub fn fixtures() -> Vec<(String, Vec<u8>, Option<CsvMap>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            // Its German headers are no known export: it needs a map.
            let map = (name == "mapped.csv").then(|| {
                "author=Kundenname,rating=Sterne,text=Bewertung,time=Datum,reply=Antwort"
                    .parse()
                    .unwrap()
            });
            (name, bytes, map)
        })
        .collect()
}

/// Import every fixture into `store` as Ann at `now`; the summaries by file.
pub fn fill(store: &Store, now: OffsetDateTime) -> Vec<(String, Summary)> {
    fixtures()
        .into_iter()
        .map(|(name, bytes, map)| {
            let format = if map.is_some() {
                Format::Csv
            } else {
                Format::Auto
            };
            let summary = import_into(store, "Ann", now, &bytes, format, map.as_ref())
                .unwrap_or_else(|f| panic!("{name}: {}", f.message));
            (name, summary)
        })
        .collect()
}
