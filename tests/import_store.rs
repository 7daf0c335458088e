//! `heard import` against a store: every fixture twice, then an edited review.

use crate::cli;

use cli::heard_as_ann as heard;

fn counts(summary: &str) -> Vec<usize> {
    summary
        .lines()
        .next()
        .unwrap()
        .split(", ")
        .map(|part| part.split(' ').next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn every_fixture_imports_once_and_a_second_run_adds_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    // Its German headers are no known export: it needs a column map.
    let args = |f: &std::path::PathBuf| {
        let mut a = vec!["import".to_string(), f.to_str().unwrap().to_string()];
        if f.ends_with("mapped.csv") {
            a.push("--map".into());
            a.push(
                "author=Kundenname,rating=Sterne,text=Bewertung,time=Datum,reply=Antwort".into(),
            );
        }
        a
    };
    let mut first_new = 0;
    for f in &files {
        let a = args(f);
        let (code, out) = heard(&store, &a.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(code, 0, "{}: {out}", f.display());
        first_new += counts(&out)[0];
    }
    assert!(first_new >= 20, "only {first_new} new cases");
    for f in &files {
        let a = args(f);
        let (code, out) = heard(&store, &a.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(code, 0, "{out}");
        let c = counts(&out);
        assert_eq!((c[0], c[1]), (0, 0), "second run of {}: {out}", f.display());
    }
    let (_, list) = heard(&store, &["list", "--json"]);
    let cases: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(cases.as_array().unwrap().len(), first_new);
    // 4–5 stars go to the thank-you playbook, 1–3 to the default.
    for c in cases.as_array().unwrap() {
        let want = match c["rating"].as_u64() {
            Some(4..=5) => "thank-you",
            _ => "heard",
        };
        assert_eq!(c["playbook"], want, "{c}");
    }
}

#[test]
fn an_edited_review_updates_its_case_and_bad_input_says_where() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let file = tmp.path().join("r.txt");
    std::fs::write(&file, "Id: r-1\nCustomer: Ann\nRating: 1\n\nBroken.\n").unwrap();
    assert_eq!(
        counts(&heard(&store, &["import", file.to_str().unwrap()]).1),
        vec![1, 0, 0, 0]
    );
    std::fs::write(
        &file,
        "Id: r-1\nCustomer: Ann\nRating: 2\n\nBroken, but they called me.\n",
    )
    .unwrap();
    assert_eq!(
        counts(&heard(&store, &["import", file.to_str().unwrap()]).1),
        vec![0, 1, 0, 0]
    );
    let (_, list) = heard(&store, &["list", "--json"]);
    let cases: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(cases[0]["rating"], 2);

    std::fs::write(&file, "{\"reviews\": [").unwrap();
    let (code, out) = heard(
        &store,
        &["import", file.to_str().unwrap(), "--format", "google"],
    );
    assert_eq!(code, 2);
    assert!(out.contains("line 1"), "{out}");
}

#[test]
fn an_unknown_table_without_a_map_is_refused_not_made_into_one_junk_case() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/mapped.csv"
    );
    let (code, out) = heard(&store, &["import", file]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("--map"), "{out}");
    let (_, list) = heard(&store, &["list", "--json"]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&list).unwrap(),
        serde_json::json!([])
    );
}
