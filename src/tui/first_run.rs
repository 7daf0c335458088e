//! The first run with no name set: ask for one and keep it in the config,
//! instead of recording everything under the OS login (or "me"), which is
//! not a name a colleague knows.

use std::io::{BufRead, Write};
use std::path::Path;

use crate::app::Failure;

/// Asks on the terminal (before the screen is taken over) for the person's
/// name, offering git's `user.name` if there is one, and saves it to the
/// config at `path`.
pub fn ask_name(path: &Path) -> Result<String, Failure> {
    let suggested = crate::config::git_user_name();
    let name = prompt(suggested.as_deref())?;
    save_name(path, &name).map_err(|e| {
        Failure::bad_input(format!(
            "could not save your name to {}: {e}",
            path.display()
        ))
    })?;
    eprintln!("Saved to {} — change it there any time.", path.display());
    Ok(name)
}

fn prompt(suggested: Option<&str>) -> Result<String, Failure> {
    // Keys come from the terminal even when stdin is a pipe.
    let tty = std::fs::File::open("/dev/tty").ok();
    let mut input: Box<dyn BufRead> = match tty {
        Some(f) => Box::new(std::io::BufReader::new(f)),
        None => Box::new(std::io::stdin().lock()),
    };
    eprintln!("Welcome to heard. Everything you do here is recorded under your name,");
    eprintln!("so colleagues know who wrote and who approved a reply.");
    loop {
        match suggested {
            Some(s) => eprint!("Your name as colleagues know it [{s}]: "),
            None => eprint!("Your name as colleagues know it: "),
        }
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let read = input
            .read_line(&mut line)
            .map_err(|e| Failure::bad_input(format!("cannot read your name: {e}")))?;
        if read == 0 {
            return Err(Failure::bad_input(
                "no name given: run heard again, or set `name = \"…\"` in the config",
            ));
        }
        match (line.trim(), suggested) {
            ("", Some(s)) => return Ok(s.to_string()),
            ("", None) => eprintln!("A name, please (it is only kept in your config)."),
            (typed, _) if typed.chars().any(char::is_control) => {
                eprintln!("Letters, please: that had a control character in it.")
            }
            (typed, _) => return Ok(typed.to_string()),
        }
    }
}

/// Puts `name = "…"` at the top of the config, keeping the rest as it is
/// (a top-level key must come before any `[table]`).
fn save_name(path: &Path, name: &str) -> std::io::Result<()> {
    let existing = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    let quoted = toml::Value::String(name.to_string()).to_string();
    let text = format!("name = {quoted}\n{existing}");
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    crate::store::atomic::write_replace(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_goes_on_top_and_the_rest_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "[team]\nmembers = [\"Ann\", \"Bob\"]\n").unwrap();
        save_name(&path, "Ann \"the\" Potter").unwrap();
        let c = crate::config::Config::load(&path).unwrap();
        assert_eq!(c.name.as_deref(), Some("Ann \"the\" Potter"));
        assert_eq!(c.team.members, ["Ann", "Bob"]);
        let fresh = dir.path().join("new/config.toml");
        save_name(&fresh, "Bob").unwrap();
        assert_eq!(
            crate::config::Config::load(&fresh).unwrap().name.as_deref(),
            Some("Bob")
        );
    }
}
