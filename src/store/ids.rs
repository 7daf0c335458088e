//! Case ids that never clash: `<date>-<customer>-<6 hex>`, still readable
//! ("20261123-ann-smith-3f9a1c"). A busy shop gets many reviews from people
//! with the same name on the same day, so the id is claimed by creating the
//! case's folder — which fails if it exists — and another random part is
//! tried until one is free. Older stores with 4-hex ids keep working: an
//! id is only ever a folder name.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use super::slug;

/// A few hex characters that differ between calls, processes and machines.
pub(super) fn random_hex(n: usize) -> String {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    use sha2::Digest;
    let mut h = sha2::Sha256::new();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    h.update(now.to_le_bytes());
    h.update(std::process::id().to_le_bytes());
    h.update(
        COUNTER
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            .to_le_bytes(),
    );
    if let Ok(host) = std::env::var("HOSTNAME") {
        h.update(host.as_bytes());
    }
    h.finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()[..n]
        .to_string()
}

/// Random hex digits in a new id: 16.7 million per customer name and day.
pub const RANDOM_DIGITS: usize = 6;

/// How many taken ids in a row before giving up (a broken random source or
/// a folder that refuses every new entry, never bad luck).
const TRIES: usize = 64;

/// The readable part of an id: the day and the customer's name.
pub fn id_stem(customer: &str, now: OffsetDateTime) -> String {
    format!(
        "{:04}{:02}{:02}-{}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        slug(customer, 12)
    )
}

/// Create a new, empty case folder under `cases` and return its id and
/// path. `random` gives the varying part of each candidate.
pub fn claim_case_dir(
    cases: &Path,
    stem: &str,
    mut random: impl FnMut() -> String,
) -> io::Result<(String, PathBuf)> {
    for _ in 0..TRIES {
        let id = format!("{stem}-{}", random());
        let dir = cases.join(&id);
        let mut builder = fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        match builder.create(&dir) {
            Ok(()) => return Ok((id, dir)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("no free case id for {stem} after {TRIES} tries"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::T0;

    #[test]
    fn a_taken_id_is_skipped_for_the_next_random_part() {
        let dir = tempfile::tempdir().unwrap();
        let mut parts = ["aaaaaa", "aaaaaa", "bbbbbb"].into_iter().map(String::from);
        let stem = id_stem("Ann Smith", T0);
        let (first, _) = claim_case_dir(dir.path(), &stem, || parts.next().unwrap()).unwrap();
        let (second, path) = claim_case_dir(dir.path(), &stem, || parts.next().unwrap()).unwrap();
        assert_eq!(first, "20261123-ann-smith-aaaaaa");
        assert_eq!(second, "20261123-ann-smith-bbbbbb");
        assert!(path.is_dir());
    }

    #[test]
    fn a_random_source_that_never_varies_is_a_located_error_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let stem = id_stem("Ann", T0);
        claim_case_dir(dir.path(), &stem, || "000000".into()).unwrap();
        let err = claim_case_dir(dir.path(), &stem, || "000000".into()).unwrap_err();
        assert!(err.to_string().contains("20261123-ann"), "{err}");
    }
}
