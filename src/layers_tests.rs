//! The layers, checked on the source: the two front ends (`tui`,
//! `commands`) never import each other, and the domain imports nothing
//! that does I/O or speaks to a person. A `use` that breaks a layer fails
//! here by file and line, before it becomes a habit.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `file:line` under `src/<layer>` that names one of `forbidden`.
fn crossings(layer: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for module in forbidden {
                if code.contains(&format!("crate::{module}::"))
                    || code.contains(&format!("crate::{module}}}"))
                    || code.contains(&format!("crate::{module};"))
                {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let table: [(&str, &[&str]); 3] = [
        ("tui", &["commands"]),
        ("commands", &["tui"]),
        (
            "domain",
            &[
                "app", "commands", "tui", "store", "send", "import", "config", "clock", "present",
            ],
        ),
    ];
    for (layer, forbidden) in table {
        let found = crossings(layer, forbidden);
        assert!(
            found.is_empty(),
            "{layer} reaches past its layer:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn the_check_sees_a_crossing() {
    // The tui does use the app layer: the scan must find it, or it finds nothing.
    assert!(!crossings("tui", &["app"]).is_empty());
}
