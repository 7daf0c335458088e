//! Every integration test in one binary: one link of the whole crate
//! instead of one per test file, which was most of CI's time (issue 15).
//! Each former `tests/<name>.rs` is the module `<name>`, so
//! `cargo test --test all <name>::` runs what `--test <name>` ran. Its
//! snapshots are `tests/snapshots/all__<name>__*.snap`.
//! A new test file must be listed here or as its own `[[test]]` in
//! Cargo.toml (`every_test_file_is_in_the_binary` fails otherwise, since
//! Cargo.toml sets `autotests = false`). Three stay on their own because
//! they are run by name with their own flags: `coach_corpus` (the coach's
//! tables, and the blind sets), `crash` and `crash_tui` (the long kill runs).

#[path = "support/cli.rs"]
mod cli;
mod inbox_support;
#[path = "support/pty.rs"]
mod pty;
#[path = "support/pty_world.rs"]
mod pty_world;
mod support;

// `cli` is the name of the helper above.
#[path = "cli.rs"]
mod cli_commands;
mod cli_docs;
mod coach_examples;
mod coach_same_everywhere;
mod diagnose_cli;
mod diagnosis_fields;
mod drafts_tui;
mod e2e_pty;
mod editor_pty;
mod escalation_cli;
mod escalation_tui;
mod export_cli;
mod first_run_pty;
mod flows;
mod fold_property;
mod follow_up_cli;
mod footer_keys;
mod fuzz_corpus;
mod gate_attacks;
mod high_contrast_pty;
mod honest_labels_cli;
mod import_errors;
mod import_formats;
mod import_store;
mod inbox;
mod inbox_pty;
mod inbox_scale;
mod keys_help;
mod keys_pty;
mod line_findings;
mod lint_cli;
mod mouse_wheel;
mod new_asks_first;
mod no_color_pty;
mod patterns_cli;
mod patterns_pty;
mod patterns_tui;
mod peer_review_tui;
mod phrase_keeps_words;
mod playbook_copy_attacks;
mod playbooks;
mod practice_cli;
mod practice_pty;
mod practice_tui;
mod read_questions;
mod review_beside;
mod review_cli;
mod review_pty;
mod screens;
mod send_command_pty;
mod send_countdown;
mod signals_pty;
mod signed_approvals;
mod steps;
mod sync_safety;
mod team_sync;
mod text_box_wrap;
mod trade_playbooks;
mod triage_pty;
mod triage_tui;
mod vader_agreement;
mod wait_cli;
mod waiting;
mod waiting_pty;

/// With `autotests = false` cargo no longer finds test files by itself, so a
/// file added to `tests/` but not to the list above would never run. This
/// says which.
#[test]
fn every_test_file_is_in_the_binary() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let listed = include_str!("all.rs");
    let own_targets = include_str!("../Cargo.toml");
    // The coach corpus target keeps its newer guards in a module of its own.
    let coach_corpus = include_str!("coach_corpus.rs");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the tests folder can be read") {
        let path = entry.expect("a tests folder entry").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let is_test_file = path.extension().is_some_and(|e| e == "rs") && stem != "all";
        let declared = listed.contains(&format!("\nmod {stem};\n"))
            || listed.contains(&format!("#[path = \"{stem}.rs\"]"))
            || own_targets.contains(&format!("path = \"tests/{stem}.rs\""))
            || coach_corpus.contains(&format!("\nmod {stem};\n"));
        if is_test_file && !declared {
            missing.push(stem.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "neither tests/all.rs nor Cargo.toml lists: {missing:?}"
    );
}
