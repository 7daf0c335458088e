//! Built-in data the domain compiles in: regular expressions written in
//! its source and product data (words) under `assets/words/`. Both are
//! fixed at build time and exercised by tests, so a mistake in them is a
//! bug caught before release, never bad input: they panic with the
//! parser's own message instead of carrying an error nobody can act on.

use regex::Regex;
use serde::de::DeserializeOwned;

/// A regular expression written in heard's source.
pub fn regex(re: &str) -> Regex {
    match Regex::new(re) {
        Ok(re) => re,
        Err(e) => panic!("{e}"),
    }
}

/// A TOML file compiled in with `include_str!`.
pub fn data<T: DeserializeOwned>(text: &str) -> T {
    match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    }
}
