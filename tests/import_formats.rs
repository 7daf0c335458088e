//! Importers against fixtures written from each platform's documentation.
//! Every fixture holds a multi-paragraph review, non-ASCII names or text, a
//! record missing an optional field, and one malformed record.

use std::collections::HashSet;

use heard::domain::Review;
use heard::import::{CsvMap, Format, ImportError, Parsed, RecordError, parse};
use time::OffsetDateTime;
use time::macros::datetime;

use crate::cli;
use cli::fixture;

const NOW: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

/// Parse with auto-detection and with the explicit format; both must agree.
fn both(name: &str, format: Format, map: Option<&CsvMap>) -> Parsed {
    let bytes = fixture(name);
    let auto = parse(&bytes, Format::Auto, map, NOW).expect("auto");
    let explicit = parse(&bytes, format, map, NOW).expect("explicit");
    assert_eq!(auto.format, format, "{name} detected as {}", auto.format);
    assert_eq!(auto, explicit, "{name}: auto and --format {format} differ");
    explicit
}

fn good(p: &Parsed) -> Vec<&Review> {
    p.records.iter().filter_map(|r| r.as_ref().ok()).collect()
}

fn bad(p: &Parsed) -> Vec<&RecordError> {
    p.records.iter().filter_map(|r| r.as_ref().err()).collect()
}

/// The one malformed record: where it is and that the reason mentions `why`.
fn assert_rejected(p: &Parsed, position: &str, why: &str) {
    let errors = bad(p);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].position, position);
    assert!(
        errors[0].reason.contains(why),
        "reason {:?} should mention {why:?}",
        errors[0].reason
    );
}

struct Want<'a> {
    customer: &'a str,
    rating: Option<u8>,
    at: OffsetDateTime,
    text: &'a str,
    id: &'a str,
    reply: Option<&'a str>,
}

fn check(r: &Review, platform: &str, w: Want) {
    assert_eq!(r.platform, platform);
    assert_eq!(r.customer, w.customer);
    assert_eq!(r.rating, w.rating, "{}", w.customer);
    assert_eq!(r.received_at, w.at, "{}", w.customer);
    assert!(
        r.text.starts_with(w.text),
        "{}: text {:?} should start {:?}",
        w.customer,
        r.text,
        w.text
    );
    assert_eq!(r.platform_id.as_deref(), Some(w.id), "{}", w.customer);
    assert_eq!(r.existing_reply.as_deref(), w.reply, "{}", w.customer);
}

fn paragraphs(r: &Review) -> usize {
    r.text.split("\n\n").count()
}

#[test]
fn google_business_profile_list_response() {
    let p = both("google.json", Format::Google, None);
    let ok = good(&p);
    assert_eq!(ok.len(), 3);
    check(
        ok[0],
        "google",
        Want {
            customer: "Zoë Ångström",
            rating: Some(1),
            at: datetime!(2026-11-20 08:15:30.123456 UTC),
            text: "Ordered a birthday cake",
            id: "AIe9_BGx1pQmWkZr",
            reply: Some(
                "Zoë, we are so sorry. Please call Mia on 0123 456 789 so we can put this right.",
            ),
        },
    );
    assert_eq!(paragraphs(ok[0]), 3);
    // Star-only review: no comment is valid, with empty text.
    check(
        ok[1],
        "google",
        Want {
            customer: "李雷",
            rating: Some(5),
            at: datetime!(2026-11-21 02:00 UTC),
            text: "",
            id: "AIe9_CRk7Lm2Qa",
            reply: None,
        },
    );
    assert!(ok[1].text.is_empty());
    check(
        ok[2],
        "google",
        Want {
            customer: "A Google User",
            rating: Some(2),
            at: datetime!(2026-11-21 10:00 UTC),
            text: "Nice staff",
            id: "AIe9_DPq0Xz9Tt",
            reply: None,
        },
    );
    assert_rejected(&p, "reviews[3]", "ZERO");
}

#[test]
fn google_takeout_derives_the_id_from_name() {
    let p = both("google-takeout.json", Format::Google, None);
    let ok = good(&p);
    assert_eq!(ok.len(), 2);
    // Same review as in the API fixture → the same id, so no duplicate case.
    let api = both("google.json", Format::Google, None);
    assert_eq!(ok[0].platform_id, good(&api)[0].platform_id);
    assert_eq!(ok[0].text, good(&api)[0].text);
    check(
        ok[1],
        "google",
        Want {
            customer: "Søren Ødegård",
            rating: Some(3),
            at: datetime!(2026-10-02 07:45 UTC),
            text: "Coffee good, queue long.",
            id: "AIe9_FTk2Hw8Yy",
            reply: None,
        },
    );
    assert_rejected(&p, "reviews[2]", "createTime");
}

#[test]
fn trustpilot_api_reviews() {
    let p = both("trustpilot.json", Format::Trustpilot, None);
    let ok = good(&p);
    assert_eq!(ok.len(), 3);
    check(
        ok[0],
        "trustpilot",
        Want {
            customer: "Zoë Ångström",
            rating: Some(1),
            at: datetime!(2026-11-19 16:42:07 UTC),
            text: "The cake arrived two hours late",
            id: "6543a1f2b9c8d70012e4f5a1",
            reply: Some("We're sorry, Zoë. We've emailed you to arrange a replacement."),
        },
    );
    assert_eq!(ok[0].title.as_deref(), Some("Cake ruined, nobody cared"));
    assert_eq!(paragraphs(ok[0]), 3);
    assert_eq!(
        ok[0].url.as_deref(),
        Some("https://www.trustpilot.com/reviews/6543a1f2b9c8d70012e4f5a1")
    );
    // createdAt without a zone is UTC; no title is fine.
    check(
        ok[1],
        "trustpilot",
        Want {
            customer: "李雷",
            rating: Some(4),
            at: datetime!(2026-11-20 09:30 UTC),
            text: "Good bread, slow delivery.",
            id: "6543a1f2b9c8d70012e4f5b2",
            reply: None,
        },
    );
    assert_eq!(ok[1].title, None);
    assert_eq!(ok[2].received_at, datetime!(2026-11-21 11:00 UTC));
    assert_rejected(&p, "reviews[3]", "stars go from 1 to 5");
}

#[test]
fn yelp_fusion_reviews_in_pacific_time() {
    let p = both("yelp.json", Format::Yelp, None);
    let ok = good(&p);
    assert_eq!(ok.len(), 2);
    check(
        ok[0],
        "yelp",
        Want {
            customer: "Zoë Å.",
            rating: Some(1),
            // 19:32 PST (UTC−8) in November.
            at: datetime!(2026-11-19 03:32:11 UTC),
            text: "Waited forty minutes",
            id: "xAG4O7l-t1ubbwVAlPnDKg",
            reply: None,
        },
    );
    assert_eq!(paragraphs(ok[0]), 2);
    assert!(
        ok[0]
            .url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://www.yelp.com/biz/"))
    );
    check(
        ok[1],
        "yelp",
        Want {
            customer: "李雷",
            rating: Some(5),
            // 12:00 PDT (UTC−7) in July.
            at: datetime!(2026-07-04 19:00 UTC),
            text: "最好的可颂!",
            id: "1JNmYjJXr9ZbsfZUAgkeXQ",
            reply: None,
        },
    );
    assert_rejected(&p, "reviews[2]", "last Tuesday");
}

#[test]
fn app_store_connect_customer_reviews_with_included_response() {
    let p = both("appstore.json", Format::AppStore, None);
    let ok = good(&p);
    assert_eq!(ok.len(), 2);
    check(
        ok[0],
        "appstore",
        Want {
            customer: "Zoë Ångström",
            rating: Some(1),
            at: datetime!(2026-11-15 16:10:34 UTC),
            text: "After the last update",
            id: "00000028-b08c-0014-729e-fbd500000001",
            reply: Some(
                "We're very sorry, Zoë. Your recipes are safe on our servers; please write to help@example.com and we'll restore them today.",
            ),
        },
    );
    assert_eq!(ok[0].title.as_deref(), Some("Lost all my recipes"));
    assert_eq!(paragraphs(ok[0]), 3);
    check(
        ok[1],
        "appstore",
        Want {
            customer: "李雷",
            rating: Some(4),
            at: datetime!(2026-11-16 13:05 UTC),
            text: "很好用，但是同步有点慢。",
            id: "00000028-b08c-0014-729e-fbd500000002",
            reply: None,
        },
    );
    assert_eq!(ok[1].title, None);
    assert_rejected(&p, "data[2]", "stars go from 1 to 5");
}

#[test]
fn google_play_reviews_split_title_and_body() {
    let p = both("play.json", Format::Play, None);
    let ok = good(&p);
    assert_eq!(ok.len(), 2);
    check(
        ok[0],
        "play",
        Want {
            customer: "Zoë Ångström",
            rating: Some(1),
            at: datetime!(2026-11-20 10:00:00.25 UTC),
            text: "Every time I open the order screen",
            id: "gp:AOqpTOGxZ9k1eT7mQ3fV",
            reply: Some(
                "Sorry, Zoë! 4.12.1 fixes the crash; we've also moved your Saturday order by hand.",
            ),
        },
    );
    assert_eq!(ok[0].title.as_deref(), Some("Crashes since the update"));
    assert_eq!(paragraphs(ok[0]), 2);
    // Numeric seconds, no nanos, no title, no developer reply.
    check(
        ok[1],
        "play",
        Want {
            customer: "李雷",
            rating: Some(5),
            at: datetime!(2026-11-21 04:40 UTC),
            text: "下单很方便，送货也快。",
            id: "gp:AOqpTOHy2Lm4Pq8sW1nB",
            reply: None,
        },
    );
    assert_eq!(ok[1].title, None);
    assert_rejected(&p, "reviews[2]", "userComment");
}

#[test]
fn etsy_shop_reviews_have_no_names() {
    let p = both("etsy.json", Format::Etsy, None);
    let ok = good(&p);
    assert_eq!(ok.len(), 3);
    check(
        ok[0],
        "etsy",
        Want {
            customer: "Etsy buyer",
            rating: Some(1),
            at: datetime!(2026-11-19 08:13:20 UTC),
            text: "The mug arrived in pieces.",
            id: "3141592653",
            reply: None,
        },
    );
    assert_eq!(paragraphs(ok[0]), 3);
    assert_eq!(
        ok[0].url.as_deref(),
        Some("https://www.etsy.com/listing/987654321")
    );
    assert_eq!(ok[1].text, "Wunderschön verpackt, danke! 谢谢！");
    // Stars only: an empty review text is fine.
    check(
        ok[2],
        "etsy",
        Want {
            customer: "Etsy buyer",
            rating: Some(4),
            at: datetime!(2026-11-20 14:46:40 UTC),
            text: "",
            id: "3141592655",
            reply: None,
        },
    );
    assert_rejected(&p, "results[3]", "seconds since 1970");
}

#[test]
fn judgeme_csv_export() {
    let p = both("judgeme.csv", Format::Csv, None);
    assert_eq!(p.layout, Some("Judge.me export"));
    let ok = good(&p);
    assert_eq!(ok.len(), 3);
    check(
        ok[0],
        "judgeme",
        Want {
            customer: "Zoë Ångström",
            rating: Some(1),
            at: datetime!(2026-11-18 10:12 UTC),
            text: "The mug was in three pieces",
            id: ok[0].platform_id.as_deref().unwrap_or_default(),
            reply: Some(
                "Zoë, that answer was wrong of us. A new mug is on its way, packed properly.",
            ),
        },
    );
    assert_eq!(paragraphs(ok[0]), 3);
    assert!(
        ok[0]
            .text
            .contains("\"breakage in transit is the courier's responsibility\"")
    );
    assert_eq!(ok[0].title.as_deref(), Some("Arrived broken"));
    // Judge.me has no review id: a content hash stands in.
    assert!(
        ok[0]
            .platform_id
            .as_deref()
            .is_some_and(|id| id.starts_with("sha256:"))
    );
    assert_eq!(ok[1].customer, "李雷");
    assert_eq!(ok[1].title, None);
    assert_eq!(ok[1].existing_reply, None);
    assert_eq!(ok[2].received_at, datetime!(2026-11-20 0:00 UTC));
    assert_rejected(&p, "line 9", "\"9\" is not a rating from 1 to 5");
}

#[test]
fn shopify_product_reviews_csv_export() {
    let p = both("shopify.csv", Format::Csv, None);
    assert_eq!(p.layout, Some("Shopify Product Reviews export"));
    let ok = good(&p);
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].platform, "shopify");
    assert_eq!(ok[0].customer, "Zoë Ångström");
    assert_eq!(ok[0].title.as_deref(), Some("Chipped on arrival"));
    assert_eq!(paragraphs(ok[0]), 2);
    assert_eq!(ok[0].existing_reply, None);
    assert_eq!(ok[1].customer, "李雷");
    assert_eq!(ok[1].existing_reply.as_deref(), Some("Thank you so much!"));
    assert_eq!(ok[1].received_at, datetime!(2026-11-19 11:00 UTC));
    assert_rejected(&p, "line 6", "date is empty");
}

#[test]
fn trustpilot_business_csv_export_shares_ids_with_the_api() {
    let p = both("trustpilot-export.csv", Format::Csv, None);
    assert_eq!(p.layout, Some("Trustpilot business export"));
    let ok = good(&p);
    assert_eq!(ok.len(), 2);
    let api = both("trustpilot.json", Format::Trustpilot, None);
    let from_api = good(&api);
    for (csv, json) in ok.iter().zip(&from_api) {
        assert_eq!(csv.platform, json.platform);
        assert_eq!(csv.platform_id, json.platform_id);
        assert_eq!(csv.customer, json.customer);
        assert_eq!(csv.rating, json.rating);
        assert_eq!(csv.text, json.text);
        assert_eq!(csv.received_at, json.received_at);
        assert_eq!(csv.existing_reply, json.existing_reply);
    }
    assert_rejected(&p, "line 8", "neither stars nor text");
}

#[test]
fn amazon_seller_feedback_tsv() {
    let p = both("amazon-feedback.tsv", Format::Csv, None);
    assert_eq!(p.layout, Some("Amazon seller feedback report"));
    let ok = good(&p);
    assert_eq!(ok.len(), 2);
    check(
        ok[0],
        "amazon",
        Want {
            customer: "Amazon buyer",
            rating: Some(1),
            at: datetime!(2026-11-18 0:00 UTC),
            text: "Never arrived.",
            id: "114-1234567-1234567",
            reply: None,
        },
    );
    assert!(ok[0].text.ends_with("Très déçu."));
    assert_eq!(ok[1].text, "Schnelle Lieferung, alles bestens.");
    assert_eq!(ok[1].existing_reply.as_deref(), Some("Danke schön!"));
    assert_rejected(&p, "line 4", "\"five\" is not a number of stars");
}

#[test]
fn any_csv_with_a_map() {
    let map: CsvMap = "author=Kundenname,rating=Sterne,text=Bewertung,time=Datum,reply=Antwort"
        .parse()
        .expect("map");
    let p = both("mapped.csv", Format::Csv, Some(&map));
    assert_eq!(p.layout, Some("CSV mapped with --map"));
    let ok = good(&p);
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].platform, "csv");
    assert_eq!(ok[0].customer, "Zoë Ångström");
    assert_eq!(ok[0].received_at, datetime!(2026-11-18 09:00 UTC));
    assert_eq!(paragraphs(ok[0]), 2);
    assert_eq!(ok[1].customer, "李雷");
    assert_eq!(ok[1].existing_reply.as_deref(), Some("Danke!"));
    assert_rejected(&p, "line 6", "neither stars nor text");
    // Without the map these German headers are not a review export.
    let bytes = fixture("mapped.csv");
    assert!(matches!(
        parse(&bytes, Format::Csv, None, NOW),
        Err(ImportError::Csv { .. })
    ));
}

#[test]
fn plain_text_reviews() {
    let p = both("text.txt", Format::Text, None);
    let ok = good(&p);
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].platform, "text");
    assert_eq!(ok[0].customer, "Zoë Ångström");
    assert_eq!(ok[0].rating, Some(1));
    assert_eq!(ok[0].title.as_deref(), Some("Nobody picked up the phone"));
    assert_eq!(ok[0].received_at, datetime!(2026-11-18 09:30 UTC));
    assert_eq!(paragraphs(ok[0]), 2);
    // No date: received now; no rating.
    assert_eq!(ok[1].customer, "李雷");
    assert_eq!(ok[1].rating, None);
    assert_eq!(ok[1].received_at, NOW);
    assert_eq!(ok[1].text, "送来的面包是冷的。");
    assert_rejected(&p, "review 3 (line 14)", "not a rating from 1 to 5");
}

const ALL: [(&str, Format); 13] = [
    ("google.json", Format::Google),
    ("google-takeout.json", Format::Google),
    ("trustpilot.json", Format::Trustpilot),
    ("yelp.json", Format::Yelp),
    ("appstore.json", Format::AppStore),
    ("play.json", Format::Play),
    ("etsy.json", Format::Etsy),
    ("judgeme.csv", Format::Csv),
    ("shopify.csv", Format::Csv),
    ("trustpilot-export.csv", Format::Csv),
    ("amazon-feedback.tsv", Format::Csv),
    ("mapped.csv", Format::Csv),
    ("text.txt", Format::Text),
];

fn map_for(name: &str) -> Option<CsvMap> {
    (name == "mapped.csv").then(|| {
        "author=Kundenname,rating=Sterne,text=Bewertung,time=Datum"
            .parse()
            .expect("map")
    })
}

fn ids(p: &Parsed) -> Vec<String> {
    good(p)
        .iter()
        .map(|r| r.platform_id.clone().unwrap_or_default())
        .collect()
}

#[test]
fn parsing_twice_gives_the_same_platform_ids() {
    for (name, format) in ALL {
        let bytes = fixture(name);
        let map = map_for(name);
        let first = parse(&bytes, format, map.as_ref(), NOW).expect(name);
        // A different "now" must not change any id (plain text without a date).
        let later = NOW + time::Duration::days(3);
        let second = parse(&bytes, format, map.as_ref(), later).expect(name);
        assert_eq!(ids(&first), ids(&second), "{name}");
        let distinct: HashSet<String> = ids(&first).into_iter().collect();
        assert_eq!(distinct.len(), ids(&first).len(), "{name}: ids collide");
        assert!(ids(&first).iter().all(|id| !id.is_empty()), "{name}");
    }
}

#[test]
fn every_fixture_has_exactly_one_rejected_record() {
    for (name, format) in ALL {
        let map = map_for(name);
        let p = parse(&fixture(name), format, map.as_ref(), NOW).expect(name);
        assert_eq!(bad(&p).len(), 1, "{name}");
        assert!(good(&p).len() >= 2, "{name}");
    }
}
