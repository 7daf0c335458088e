//! `heard export --anonymise ID… [--out DIR]`: real cases as practice
//! scenarios for training (seed 003), with every name and personal detail
//! replaced by `domain::anonymise`. Each file loads with `heard practice
//! start FILE`.

use std::path::Path;

use super::{Context, Failure, Outcome};
use crate::domain::anonymise::scenario;
use crate::store::atomic::write_replace;

pub fn run(ctx: &Context, anonymise: bool, ids: &[String], out: Option<&Path>) -> Outcome {
    if !anonymise {
        return Err(Failure::bad_input(
            "heard only exports cases anonymised: add --anonymise (names, contacts, order \
             numbers, amounts, addresses and dates are replaced)",
        ));
    }
    let dir = out.unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(Failure::bad_input(format!(
            "{} is not a folder: give --out an existing folder",
            dir.display()
        )));
    }
    // Everyone heard knows works here: their names are replaced too.
    let mut staff = ctx.config.shop.staff.clone();
    staff.push(ctx.me.clone());
    let mut made = Vec::new();
    for id in ids {
        let id = ctx.store.resolve(id)?;
        let case = ctx.store.load(&id)?;
        let s = scenario(&case, &staff).map_err(|e| Failure::refused(e.to_string()))?;
        let text = toml::to_string(&s)
            .map_err(|e| Failure::bad_input(format!("cannot write the scenario for {id}: {e}")))?;
        made.push((id, s.name, text));
    }
    // Every case is checked before anything is written: all or nothing.
    for (id, name, text) in made {
        let path = dir.join(format!("{name}.toml"));
        write_replace(&path, text.as_bytes())
            .map_err(|e| Failure::bad_input(format!("cannot write {}: {e}", path.display())))?;
        tracing::info!(case = %id, file = %path.display(), "exported anonymised");
        say!(
            "{id} → {} (practise on it: heard practice start {})",
            path.display(),
            path.display()
        );
    }
    Ok(())
}
