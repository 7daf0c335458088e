//! Import errors: a file of the wrong shape, a bad `--map` or `--format`,
//! and hostile input, which must give an error value and never a panic.
//! (The fixtures per format are in import_formats.rs.)

use heard::domain::Review;
use heard::import::{CsvMap, Format, ImportError, Parsed, RecordError, parse};
use time::OffsetDateTime;
use time::macros::datetime;

use crate::cli;
use cli::fixture;

const NOW: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

fn good(p: &Parsed) -> Vec<&Review> {
    p.records.iter().filter_map(|r| r.as_ref().ok()).collect()
}

fn bad(p: &Parsed) -> Vec<&RecordError> {
    p.records.iter().filter_map(|r| r.as_ref().err()).collect()
}

#[test]
fn a_file_of_the_wrong_shape_says_what_was_expected() {
    let google = fixture("google.json");
    match parse(&google, Format::Etsy, None, NOW) {
        Err(ImportError::Shape { expected, found }) => {
            assert!(expected.contains("Etsy"), "{expected}");
            assert!(found.contains("reviews"), "{found}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
    let err = parse(
        b"{\n  \"reviews\": [\n    {\"starRating\": ONE}\n  ]\n}",
        Format::Auto,
        None,
        NOW,
    )
    .expect_err("bad JSON");
    assert!(
        matches!(
            err,
            ImportError::Json {
                line: 3,
                column: 20,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("line 3, column 20"), "{err}");
    assert_eq!(
        parse(b" \n ", Format::Auto, None, NOW),
        Err(ImportError::Empty)
    );
    assert!(matches!(
        parse(b"{\"orders\": []}", Format::Auto, None, NOW),
        Err(ImportError::Shape { .. })
    ));
    assert!(matches!(
        parse(
            b"rating,text,date\n5,\xff\xfe,2026-01-01\n",
            Format::Csv,
            None,
            NOW
        ),
        Err(ImportError::NotUtf8 { .. })
    ));
}

#[test]
fn a_map_naming_a_missing_column_is_an_error() {
    let map: CsvMap = "text=Bewertung,time=Zeitpunkt".parse().expect("map");
    let err = parse(&fixture("mapped.csv"), Format::Csv, Some(&map), NOW).expect_err("missing");
    let msg = err.to_string();
    assert!(
        msg.contains("Zeitpunkt") && msg.contains("Kundenname"),
        "{msg}"
    );
}

#[test]
fn a_map_overrides_a_built_in_layout() {
    let map: CsvMap = "title=product_handle".parse().expect("map");
    let p = parse(&fixture("judgeme.csv"), Format::Auto, Some(&map), NOW).expect("parse");
    assert_eq!(p.layout, Some("Judge.me export"));
    assert_eq!(good(&p)[0].title.as_deref(), Some("ceramic-mug"));
    assert_eq!(good(&p)[0].customer, "Zoë Ångström");
}

#[test]
fn csv_map_parsing_errors_name_the_problem() {
    let err = |s: &str| s.parse::<CsvMap>().expect_err(s).to_string();
    assert!(err("stars=Rating").contains("unknown key \"stars\""));
    assert!(err("stars=Rating").contains("rating, text, title, author, id, time, reply"));
    assert!(err("text").contains("no '='"));
    assert!(err("text=").contains("names no column"));
    assert!(err("text=A,text=B").contains("given twice"));
    assert!(err("").contains("empty"));
    let ok: CsvMap = " Rating = Review Stars , TEXT=Review Content "
        .parse()
        .expect("ok");
    assert_eq!(ok.rating.as_deref(), Some("Review Stars"));
    assert_eq!(ok.text.as_deref(), Some("Review Content"));
    assert_eq!(ok.author, None);
}

#[test]
fn format_names_round_trip_and_unknown_ones_list_the_choices() {
    for f in Format::ALL {
        assert_eq!(f.name().parse::<Format>(), Ok(f));
    }
    assert_eq!("AppStore".parse::<Format>(), Ok(Format::AppStore));
    let msg = "facebook"
        .parse::<Format>()
        .expect_err("unknown")
        .to_string();
    assert!(msg.contains("\"facebook\""), "{msg}");
    assert!(
        msg.contains("auto, google, trustpilot, yelp, appstore, play, etsy, csv, text"),
        "{msg}"
    );
}

#[test]
fn hostile_input_never_panics() {
    let inputs: [&[u8]; 10] = [
        b"[",
        b"{\"reviews\": [1, \"x\", null, [], {}]}",
        b"{\"reviews\": {\"starRating\": \"ONE\"}}",
        b"{\"data\": [{\"type\": \"customerReviews\", \"attributes\": 5}]}",
        b"{\"reviews\": [{\"reviewId\": \"r\", \"comments\": [{\"userComment\": {\"lastModified\": {\"seconds\": \"99999999999999999999\"}}}]}]}",
        b"{\"results\": [{\"create_timestamp\": 1e300, \"rating\": 3}]}",
        b"rating,text,date\n\"unterminated,5,2026-01-01\n",
        b"rating,text,date\n1,2,3,4,5,6\n5\n",
        b"---\n---\n---",
        b"Rating: \xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\n\nsix stars",
    ];
    for bytes in inputs {
        for format in Format::ALL {
            // Any outcome is fine as long as it is a value, not a panic.
            let _ = parse(bytes, format, None, NOW);
        }
    }
    let p = parse(b"{\"reviews\": [1, {}]}", Format::Google, None, NOW).expect("parsed");
    assert_eq!(bad(&p).len(), 2);
    assert_eq!(bad(&p)[0].position, "reviews[0]");
}
