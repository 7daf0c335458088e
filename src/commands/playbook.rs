//! `heard playbook list` and `heard playbook check FILE`.

use std::path::Path;

use super::{Failure, Outcome};
use crate::store::playbooks::{catalog, load_file};

pub fn list(dir: &Path) -> Outcome {
    let (entries, errors) = catalog(dir);
    for e in &entries {
        let p = &e.playbook;
        println!(
            "{:<12} {:<40} {} steps, cool-down {}/{} min, peer review {}  [{}]",
            p.id,
            p.name,
            p.steps.len(),
            p.gates.cooldown_minutes,
            p.gates.upset_cooldown_minutes,
            if p.gates.peer_review { "on" } else { "off" },
            e.source
        );
    }
    for e in &errors {
        eprintln!("could not use {e}");
    }
    Ok(())
}

pub fn check(file: &Path) -> Outcome {
    let p = load_file(file).map_err(|e| Failure::bad_input(e.to_string()))?;
    println!(
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
    Ok(())
}
