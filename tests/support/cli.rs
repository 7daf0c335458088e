//! Running the real `heard` binary without a terminal, and the import
//! fixtures, for the integration tests that only need those.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// `heard --store STORE --as Ann ARGS` with the config next to the store;
/// the exit code and stdout followed by stderr.
pub fn heard_as_ann(store: &Path, args: &[&str]) -> (i32, String) {
    let dir = store.parent().expect("a store inside a folder");
    let out = Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--store")
        .arg(store)
        .args(["--as", "Ann"])
        .args(args)
        .env("HEARD_CONFIG", dir.join("config.toml"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// The bytes of `tests/fixtures/import/NAME`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}
