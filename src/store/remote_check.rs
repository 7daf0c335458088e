//! What a teammate's push may bring into the store, checked on the fetched
//! tree before any of it reaches the working folder: only plain files of
//! bounded size, under names heard could have written (no links, no nested
//! repositories, no `..`, nothing hidden but `.gitignore`, no deeper than
//! heard's folders go). And after every sync the store is made private
//! again (git checks files out 0644/0755).

use std::fs;
use std::path::Path;

use super::safe_read::MAX_FILE_BYTES;

/// Deeper than `cases/<id>/events/<file>` with room to grow.
const MAX_DEPTH: usize = 6;

fn sane_component(c: &str) -> bool {
    !c.is_empty()
        && c != "."
        && c != ".."
        && !c.starts_with('.')
        && c.len() <= 200
        && !c
            .chars()
            .any(|ch| ch.is_control() || ch == '\\' || ch == ':')
}

/// Why a path in the team's tree is refused, if it is.
pub fn path_refusal(path: &str) -> Option<&'static str> {
    if path == ".gitignore" {
        return None;
    }
    let parts: Vec<&str> = path.split('/').collect();
    if parts.len() > MAX_DEPTH {
        return Some("it is deeper than any folder heard makes");
    }
    if !parts.iter().all(|c| sane_component(c)) {
        return Some("its name could reach outside the store or hide from readers");
    }
    None
}

/// Check a `git ls-tree -r -l -z` listing; Err((path, reason)) for the first
/// entry heard will not take.
pub fn check_listing(listing: &str) -> Result<(), (String, String)> {
    for entry in listing.split('\0').filter(|e| !e.is_empty()) {
        let Some((meta, path)) = entry.split_once('\t') else {
            return Err((
                entry.to_string(),
                "git listed it in a way heard cannot read".into(),
            ));
        };
        let refuse = |reason: &str| Err((path.to_string(), reason.to_string()));
        let mut fields = meta.split_whitespace();
        let (mode, size) = (fields.next().unwrap_or(""), fields.nth(2).unwrap_or(""));
        match mode {
            "120000" => return refuse("it is a symbolic link"),
            "160000" => return refuse("it is another git repository"),
            "100644" | "100755" => {}
            _ => return refuse("it is not a plain file"),
        }
        if size.parse::<u64>().map_or(true, |s| s > MAX_FILE_BYTES) {
            return refuse("it is larger than 4 MB, far more than heard ever writes");
        }
        if let Some(reason) = path_refusal(path) {
            return refuse(reason);
        }
    }
    Ok(())
}

/// Folders 0700 and files 0600 under `root` (its `.git` included: it holds
/// the same words). Links are left alone, never followed.
#[cfg(unix)]
pub fn make_private(root: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            let _ = fs::set_permissions(&path, fs::Permissions::from_mode(0o700));
            make_private(&path);
        } else if kind.is_file() {
            let _ = fs::set_permissions(&path, fs::Permissions::from_mode(0o600));
        }
    }
}

#[cfg(not(unix))]
pub fn make_private(_root: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_small_files_under_names_heard_could_write() {
        let ok = "100644 blob 1a 120\tcases/20261123-ann-ab12/events/00000001-ann-abcdef.json";
        let table: &[(String, Option<&str>)] = &[
            (ok.to_string(), None),
            ("100644 blob 1a 20\t.gitignore".into(), None),
            ("100644 blob 1a 20\tplaybooks/quick.toml".into(), None),
            (ok.replace("100644", "120000"), Some("symbolic link")),
            (ok.replace("100644", "160000"), Some("git repository")),
            (
                ok.replace(" 120\t", " 104857600\t"),
                Some("larger than 4 MB"),
            ),
            ("100644 blob 1a 20\tteam/allowed_signers".into(), None),
            ("100644 blob 1a 20\t.git/config".into(), Some("hide")),
            (ok.replace("20261123-ann-ab12", ".new-1.h.x"), Some("hide")),
            (ok.replace("events/", "events/../../"), Some("outside")),
            ("100644 blob 1a 20\tcases/../x.json".into(), Some("outside")),
            (ok.replace("events/", "a/b/c/d/"), Some("deeper")),
        ];
        for (entry, want) in table {
            let got = check_listing(&format!("{entry}\0"));
            match (got, want) {
                (Ok(()), None) => {}
                (Err((_, reason)), Some(part)) => {
                    assert!(reason.contains(part), "{entry}: {reason}")
                }
                (got, _) => panic!("{entry}: {got:?}"),
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_synced_store_is_private_again() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("cases/x");
        fs::create_dir_all(&sub).unwrap();
        fs::write(sub.join("review.json"), b"{}").unwrap();
        fs::set_permissions(&sub, fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(sub.join("review.json"), fs::Permissions::from_mode(0o644)).unwrap();
        make_private(dir.path());
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&sub), mode(&sub.join("review.json"))), (0o700, 0o600));
    }
}
