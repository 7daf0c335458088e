//! `heard playbook list` and `heard playbook check FILE`.

use std::path::Path;

use super::{Failure, Outcome};
use crate::domain::floors;
use crate::store::playbooks::{catalog, load_file};

pub fn list(dir: &Path) -> Outcome {
    let (entries, errors) = catalog(dir);
    for e in &entries {
        let p = &e.playbook;
        say!(
            "{:<12} {:<40} {} steps, cool-down {}/{} min, peer review {}{}  [{}]",
            p.id,
            p.name,
            p.steps.len(),
            p.gates.cooldown_minutes,
            p.gates.upset_cooldown_minutes,
            if p.gates.peer_review { "on" } else { "off" },
            if floors::positive_only(p) {
                "  — praise only (4–5 stars, warm words)"
            } else {
                ""
            },
            e.source
        );
    }
    for e in &errors {
        say_err!("could not use {e}");
    }
    Ok(())
}

pub fn check(file: &Path) -> Outcome {
    let p = load_file(file).map_err(|e| Failure::bad_input(e.to_string()))?;
    say!(
        "{}: ok — playbook `{}` with {} steps ({})",
        file.display(),
        p.id,
        p.steps.len(),
        p.steps
            .iter()
            .map(|s| s.kind.label())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let shortfalls = floors::shortfalls(&p.gates);
    if !shortfalls.is_empty() {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        say!(
            "{}: praise only — under the floors every complaint gets, so heard uses it only for 4–5 star reviews in warm words:",
            file.display()
        );
        for s in shortfalls {
            let (line, column) = gates_key_position(&text, s.key());
            say!(
                "{}:{line}:{column}: `gates.{}` is {}; a complaint needs {}",
                file.display(),
                s.key(),
                s.describe(),
                s.floor()
            );
        }
    }
    Ok(())
}

/// Line and column of `key = …` in the `[gates]` table (or of `[gates]`
/// itself when the key is left to its default).
fn gates_key_position(text: &str, key: &str) -> (usize, usize) {
    let mut in_gates = false;
    let mut gates_at = (1, 1);
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with('[') {
            in_gates = t.starts_with("[gates]");
            if in_gates {
                gates_at = (i + 1, 1);
            }
        } else if in_gates
            && t.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return (i + 1, line.len() - t.len() + 1);
        }
    }
    gates_at
}
