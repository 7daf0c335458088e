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
        // Tests may check a rule and its wording on the same case.
        if file.to_string_lossy().ends_with("_tests.rs") {
            continue;
        }
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

/// The string literals in `code`, comment lines left out.
fn literals(code: &str) -> Vec<String> {
    let code: String = code
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut current: Option<String> = None;
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (Some(s), '\\') => {
                s.push(c);
                if let Some(n) = chars.next() {
                    s.push(n);
                }
            }
            (Some(_), '"') => out.extend(current.take()),
            (Some(s), _) => s.push(c),
            // A char literal '"' is not the start of a string.
            (None, '"') if prev == '\'' && chars.peek() == Some(&'\'') => {}
            (None, '"') => current = Some(String::new()),
            (None, _) => {}
        }
        prev = c;
    }
    out
}

/// A literal a person would read: two words of letters in a row.
fn is_english(literal: &str) -> bool {
    let words: Vec<&str> = literal.split(' ').collect();
    words.windows(2).any(|w| {
        w.iter()
            .all(|word| word.len() > 1 && word.chars().all(|c| c.is_ascii_alphabetic()))
    })
}

/// Domain files that still word things for people themselves. The list
/// only shrinks: a file that stops speaking must leave it, and a file not
/// on it may not start (its words belong in `src/present/`).
const STILL_SPEAKING: &[&str] = &[];

/// The code of a file without its tests: an inline `#[cfg(test)] mod … {`
/// ends the code, a `#[cfg(test)] mod x;` declaration is skipped (a file
/// declaring its tests at the top still has its words read).
fn without_tests(text: &str) -> String {
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() != "#[cfg(test)]" {
            out.push(line);
            continue;
        }
        while lines.peek().is_some_and(|l| l.trim().starts_with("#[")) {
            lines.next();
        }
        match lines.next() {
            Some(item) if item.trim_end().ends_with(';') => {}
            _ => break,
        }
    }
    out.join("\n")
}

/// Whether `file` is a module its parent declares only for tests
/// (`#[cfg(test)] mod sentence_table;`): test helpers word their failures.
fn test_only(file: &Path) -> bool {
    let (Some(dir), Some(stem)) = (file.parent(), file.file_stem()) else {
        return false;
    };
    let decl = format!("mod {};", stem.to_string_lossy());
    let parent = std::fs::read_to_string(dir.join("mod.rs")).unwrap_or_default();
    let lines: Vec<&str> = parent.lines().map(str::trim).collect();
    lines.iter().enumerate().any(|(n, line)| {
        *line == decl
            && lines[..n]
                .iter()
                .rev()
                .take_while(|l| l.starts_with("#["))
                .any(|l| *l == "#[cfg(test)]")
    })
}

#[test]
fn the_domain_leaves_the_words_to_present() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut speaking = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if name.ends_with("tests.rs") || name == "test_support.rs" || test_only(&file) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if literals(&without_tests(&text))
            .iter()
            .any(|l| is_english(l))
        {
            speaking.push(name);
        }
    }
    speaking.sort();
    let expected: Vec<String> = STILL_SPEAKING.iter().map(|s| s.to_string()).collect();
    assert_eq!(speaking, expected, "domain files with words for people");
}

#[test]
fn the_word_check_tells_words_from_names() {
    let table = [
        ("steps not done: {}", true),
        ("cool-down", false),
        ("snake_case", false),
        ("{}/5 ({})", false),
        ("a", false),
        ("the coach blocks", true),
    ];
    for (literal, want) in table {
        assert_eq!(is_english(literal), want, "{literal:?}");
    }
    let file = "#[cfg(test)]\n#[path = \"t.rs\"]\nmod t;\nlet a = 1;\n#[cfg(test)]\nmod tests {\nlet b = 2;";
    assert_eq!(without_tests(file), "let a = 1;");
    assert_eq!(
        literals("let a = \"one two\"; // \"not this\"\n// \"nor this\"\nlet q = '\"'; \"x\\\"y\""),
        vec!["one two", "not this", "x\\\"y"]
    );
}

#[test]
fn only_modules_declared_for_tests_are_skipped() {
    let coach = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain/coach");
    let table = [
        ("sentence_table.rs", true),
        ("structure.rs", false),
        ("finding.rs", false),
    ];
    for (file, want) in table {
        assert_eq!(test_only(&coach.join(file)), want, "{file}");
    }
}
