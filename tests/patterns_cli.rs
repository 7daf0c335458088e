//! The improvement loop end to end on a real store of 60 cases made with
//! `heard import` (reviews dated over three months) and `heard diagnose`:
//! `heard patterns --json` groups, counts and case ids, the recurring alarm
//! on the 6th case of one cause in 30 days, follow-up outcomes, and an
//! action moving from open to verified.

use std::collections::BTreeMap;
use std::path::Path;

use crate::cli;

use heard::domain::{Event, EventKind};
use heard::store::Store;
use serde_json::Value;
use time::{Date, Duration, Month, PrimitiveDateTime, Time};

fn heard(dir: &Path, args: &[&str]) -> (i32, String) {
    cli::heard_as_ann(&dir.join("store"), args)
}

/// `heard --as WHO ARGS` (the helper above is always Ann).
fn ok_as(dir: &Path, who: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--store")
        .arg(dir.join("store"))
        .args(["--as", who])
        .args(args)
        .env("HEARD_CONFIG", dir.join("config.toml"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "heard {args:?}: {text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let (code, out) = heard(dir, args);
    assert_eq!(code, 0, "heard {args:?}: {out}");
    out
}

/// One cause: category, its wordings (used in turn), fix, owner.
struct Cause {
    category: &'static str,
    wordings: &'static [&'static str],
    fix: &'static str,
    owner: &'static str,
}

const PACKING: Cause = Cause {
    category: "shipping damage",
    wordings: &[
        "Mugs are packed in a single box",
        "mug packed in one box",
        "single box for mugs",
    ],
    fix: "Double-box mugs",
    owner: "Sam",
};

const OTHERS: [Cause; 4] = [
    Cause {
        category: "delay",
        wordings: &[
            "Courier left the parcel in the rain",
            "parcel left in rain by courier",
        ],
        fix: "Ask for the covered drop",
        owner: "Ann",
    },
    Cause {
        category: "listing or expectation mismatch",
        wordings: &["Listing photo shows the wrong glaze colour"],
        fix: "Photograph glazes in daylight",
        owner: "Bo",
    },
    Cause {
        category: "communication",
        wordings: &["Nobody reads the shop inbox at weekends"],
        fix: "Weekend inbox rota",
        owner: "Ann",
    },
    Cause {
        category: "website or checkout",
        wordings: &["Stock count not updated after market sales"],
        fix: "Count stock after every market",
        owner: "Bo",
    },
];

fn day(month: Month, d: u8) -> PrimitiveDateTime {
    Date::from_calendar_date(2026, month, d)
        .unwrap()
        .with_time(Time::from_hms(10, 0, 0).unwrap())
}

/// Customer, review time, platform, cause and wording index.
type Review = (
    String,
    PrimitiveDateTime,
    &'static str,
    Option<(&'static Cause, usize)>,
);

/// The 60 reviews. The packing
/// cause: twice in September, six times in October (the 6th on 25 Oct
/// counts 6 within 30 days: 18 Sep is outside), once in November.
fn reviews() -> Vec<Review> {
    let mut out = Vec::new();
    let packing = [
        day(Month::September, 5),
        day(Month::September, 18),
        day(Month::October, 2),
        day(Month::October, 6),
        day(Month::October, 10),
        day(Month::October, 15),
        day(Month::October, 20),
        day(Month::October, 25),
        day(Month::November, 20),
    ];
    for (i, at) in packing.into_iter().enumerate() {
        out.push((format!("Pack {i}"), at, "etsy", Some((&PACKING, i))));
    }
    for i in 0..51 {
        let at = day(Month::September, 1) + Duration::hours(i * 42);
        let platform = ["google", "etsy", "trustpilot"][i as usize % 3];
        let cause = (i % 5 < 4).then(|| (&OTHERS[i as usize % 5], i as usize / 5));
        out.push((format!("Other {i}"), at, platform, cause));
    }
    out
}

fn import_text() -> String {
    reviews()
        .iter()
        .enumerate()
        .map(|(n, (customer, at, platform, _))| {
            format!(
                "Id: r-{n}\nCustomer: {customer}\nPlatform: {platform}\nRating: {}\nDate: {} {:02}:00\n\nThe order went wrong ({n}).\n",
                1 + n % 3,
                at.date(),
                at.hour()
            )
        })
        .collect::<Vec<_>>()
        .join("---\n")
}

/// Import, then diagnose in date order; customer → case id, and what
/// `heard diagnose` printed for each packing case.
fn build(dir: &Path) -> (BTreeMap<String, String>, Vec<String>) {
    // The import that made these cases ran as the reviews came in, before
    // any reply (a case is made before anything happens on it): the same
    // import `heard import` runs, with its clock on 1 September.
    let store = Store::open(dir.join("store")).unwrap();
    let summary = heard::commands::import::import_into(
        &store,
        "Ann",
        day(Month::September, 1).assume_utc() - Duration::days(1),
        import_text().as_bytes(),
        heard::import::Format::Text,
        None,
    )
    .unwrap_or_else(|f| panic!("{}", f.message));
    assert_eq!(summary.new, 60);
    // Running `heard import` again today finds every one of them there.
    let file = dir.join("reviews.txt");
    std::fs::write(&file, import_text()).unwrap();
    let out = ok(dir, &["import", file.to_str().unwrap()]);
    assert!(out.contains("0 new, 0 updated, 60 already there"), "{out}");
    let list: Value = serde_json::from_str(&ok(dir, &["list", "--json"])).unwrap();
    let ids: BTreeMap<String, String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["customer"].as_str().unwrap().to_string(),
                c["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(ids.len(), 60);
    let mut reviews = reviews();
    reviews.sort_by_key(|r| r.1);
    let mut packing_out = Vec::new();
    for (customer, _, _, cause) in &reviews {
        let Some((c, n)) = cause else { continue };
        let why = c.wordings[n % c.wordings.len()];
        let out = ok(
            dir,
            &[
                "diagnose",
                &ids[customer],
                "--category",
                c.category,
                "--what",
                "It went wrong",
                "--why",
                "First answer",
                "--why",
                why,
                "--fix",
                c.fix,
                "--owner",
                c.owner,
                "--customer-told",
                "yes",
            ],
        );
        if c.category == PACKING.category {
            packing_out.push(out);
        }
    }
    (ids, packing_out)
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn sixty_cases_show_their_patterns_alarm_and_actions() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (ids, packing_out) = build(dir);
    let packing_ids: Vec<String> = (0..9).map(|i| ids[&format!("Pack {i}")].clone()).collect();

    // The alarm: from the 3rd packing case within 30 days (the default
    // playbook's alarm_count), and on 25 Oct the 6th.
    let recurring: Vec<bool> = packing_out
        .iter()
        .map(|o| o.contains("Recurring:"))
        .collect();
    assert_eq!(
        recurring,
        [false, false, true, true, true, true, true, true, false]
    );
    let sixth = &packing_out[7];
    assert!(
        sixth.contains("Recurring: 6th case of the root cause 'mug packed in one box' in 30 days; fix 'Double-box mugs', owned by Sam, is still open."),
        "{sixth}"
    );
    for earlier in &packing_ids[2..7] {
        assert!(
            sixth.contains(earlier.as_str()),
            "{earlier} listed: {sixth}"
        );
    }
    assert!(
        !sixth.contains(&packing_ids[1]),
        "18 Sep is outside the window: {sixth}"
    );
    let review = ok(dir, &["review", &packing_ids[7]]);
    assert!(
        review.contains("Recurring: 6th case of the root cause"),
        "{review}"
    );

    // Some replies went out (the gates need real minutes and a colleague,
    // so the sending is recorded directly), after 5, 20, 30 and 60 hours.
    let store = Store::open(dir.join("store")).unwrap();
    let sent_after = [5, 20, 30, 60];
    for (n, i) in (0..8).enumerate() {
        let id = &ids[&format!("Other {i}")];
        let case = store.load(id).unwrap();
        let at = case.review.received_at + Duration::hours(sent_after[n % 4]);
        let kind = EventKind::Sent {
            channel: "file".into(),
            drafts_sha256: String::new(),
        };
        store.append(id, &Event::new(at, "Ann", kind)).unwrap();
    }
    for (i, outcome) in [
        (0, "resolved"),
        (1, "review-updated"),
        (2, "no-answer"),
        (3, "resolved"),
    ] {
        ok(
            dir,
            &["follow-up", &ids[&format!("Other {i}")], "--done", outcome],
        );
    }

    let json: Value = serde_json::from_str(&ok(dir, &["patterns", "--json"])).unwrap();
    assert_eq!(json["format"], 1);
    assert_eq!(json["cases"], 60);
    // 51 others, one in five without a diagnosis (10), and the 9 packing.
    assert_eq!(json["diagnosed"], 41 + 9);
    let top = json["root_causes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["categories"][0] == "shipping damage")
        .unwrap();
    assert_eq!(top["count"], 9);
    assert_eq!(top["cause"], "Mugs are packed in a single box");
    let mut got = strings(&top["case_ids"]);
    let mut want = packing_ids.clone();
    got.sort();
    want.sort();
    assert_eq!(got, want, "the same cause however worded");
    assert_eq!(strings(&top["wordings"]).len(), 3);
    let cats: BTreeMap<String, u64> = json["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["key"].as_str().unwrap().to_string(),
                g["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(cats["shipping damage"], 9);
    assert_eq!(cats["delay"], 11);
    assert_eq!(cats.values().sum::<u64>(), 50);
    // The courier cause, worded two ways, is the most frequent one.
    assert_eq!(json["root_causes"][0]["count"], 11);
    assert_eq!(json["root_causes"][1]["count"], 10);
    let months: Vec<(String, u64)> = json["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["month"].as_str().unwrap().to_string(),
                m["cases"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        months.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(),
        ["2026-09", "2026-10", "2026-11"]
    );
    assert_eq!(months.iter().map(|m| m.1).sum::<u64>(), 60);
    let r = &json["response"];
    assert_eq!(
        (r["sent"].as_u64(), r["median_hours"].as_f64()),
        (Some(8), Some(25.0))
    );
    assert_eq!(
        (r["within_24h"].as_f64(), r["within_48h"].as_f64()),
        (Some(0.5), Some(0.75))
    );
    assert_eq!(strings(&r["late_case_ids"]).len(), 4, "24 h deadline");
    let f = &json["follow_up"];
    assert_eq!(
        (f["followed_up"].as_u64(), f["recovery_rate"].as_f64()),
        (Some(4), Some(0.75))
    );
    assert_eq!(strings(&f["no_answer"]), vec![ids["Other 2"].clone()]);
    assert_eq!(strings(&json["actions"]["open"]).len(), 50);

    // --since and --platform narrow it, and say so.
    let oct: Value = serde_json::from_str(&ok(
        dir,
        &[
            "patterns",
            "--json",
            "--since",
            "2026-10-01",
            "--platform",
            "Etsy",
        ],
    ))
    .unwrap();
    assert_eq!(oct["platform"], "etsy");
    assert_eq!(oct["root_causes"][0]["count"], 7);
    let (code, out) = heard(dir, &["patterns", "--since", "last week"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("YYYY-MM-DD"), "{out}");
    let csv = ok(dir, &["patterns", "--csv"]);
    assert!(
        csv.starts_with("section,key,value,case_ids\nroot_cause,"),
        "{csv}"
    );
    assert!(
        csv.contains("\nroot_cause,Mugs are packed in a single box,9,"),
        "{csv}"
    );
    assert!(ok(dir, &["patterns", "--markdown"]).contains(
        "| 9 | Mugs are packed in a single box | shipping damage | Double-box mugs (Sam) |"
    ));

    // An action from open to verified; every step that is not yet allowed
    // says why.
    let id = &packing_ids[8];
    let refused = |args: &[&str], says: &str| {
        let (code, out) = heard(dir, args);
        assert_eq!(code, 1, "{args:?}: {out}");
        assert!(out.contains(says), "{args:?}: {out}");
    };
    refused(
        &["action", id, "verified", "--note", "looked"],
        "only a done fix can be verified",
    );
    ok_as(
        dir,
        "Sam",
        &["action", id, "done", "--note", "double boxes in use"],
    );
    refused(
        &["action", id, "verified"],
        "say how you verified it with --note",
    );
    refused(&["action", id, "drop"], "say why it is dropped with --note");
    ok(
        dir,
        &[
            "action",
            id,
            "verified",
            "--note",
            "Packed 30 orders with Sam, none rattled",
        ],
    );
    let actions: Value = serde_json::from_str(&ok(dir, &["actions", "--json"])).unwrap();
    let mine = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id.as_str())
        .unwrap();
    assert_eq!(mine["status"], "verified");
    assert_eq!(mine["note"], "Packed 30 orders with Sam, none rattled");
    let sams = ok_as(dir, "sam", &["actions", "--mine"]);
    assert_eq!(
        sams.lines()
            .filter(|l| l.contains("Double-box mugs"))
            .count(),
        9,
        "{sams}"
    );
    assert!(!sams.contains("Weekend inbox rota"), "{sams}");
}
