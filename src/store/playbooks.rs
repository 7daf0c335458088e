//! Finding playbooks: the shipped ones are built into the binary, so heard
//! works from anywhere; a team adds or overrides them with TOML files in the
//! store's `playbooks/` folder.

use std::path::{Path, PathBuf};

use crate::domain::playbook::PlaybookProblem;
use crate::domain::{Playbook, PlaybookError};

/// The playbooks that ship with heard, by file name.
pub const SHIPPED: &[(&str, &str)] = &[
    ("heard.toml", include_str!("../../playbooks/heard.toml")),
    (
        "calm-owner.toml",
        include_str!("../../playbooks/calm-owner.toml"),
    ),
    (
        "ecommerce.toml",
        include_str!("../../playbooks/ecommerce.toml"),
    ),
    (
        "thank-you.toml",
        include_str!("../../playbooks/thank-you.toml"),
    ),
    (
        "restaurant.toml",
        include_str!("../../playbooks/restaurant.toml"),
    ),
    (
        "home-service.toml",
        include_str!("../../playbooks/home-service.toml"),
    ),
    ("app.toml", include_str!("../../playbooks/app.toml")),
];

pub use crate::domain::review::{
    DEFAULT_PLAYBOOK as DEFAULT_ID, THANK_YOU_PLAYBOOK as THANK_YOU_ID,
};

#[derive(Debug, Clone)]
pub struct Entry {
    pub playbook: Playbook,
    /// "shipped" or the file it came from.
    pub source: String,
}

/// Every usable playbook (the store's own replace shipped ones with the same
/// id), and the errors of files that could not be used.
pub fn catalog(dir: &Path) -> (Vec<Entry>, Vec<PlaybookError>) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut errors = Vec::new();
    for (name, text) in SHIPPED {
        match Playbook::parse(text, &format!("playbooks/{name} (shipped)")) {
            Ok(playbook) => entries.push(Entry {
                playbook,
                source: "shipped".into(),
            }),
            Err(e) => errors.push(e),
        }
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                // `<sha256>.toml` is a copy cases were created with, not
                // one of the team's playbooks.
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| super::is_copy_name(&n.to_string_lossy()))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    for path in files {
        match load_file(&path) {
            Ok(playbook) => {
                entries.retain(|e| e.playbook.id != playbook.id);
                entries.push(Entry {
                    playbook,
                    source: path.display().to_string(),
                });
            }
            Err(e) => errors.push(e),
        }
    }
    entries.sort_by(|a, b| a.playbook.id.cmp(&b.playbook.id));
    (entries, errors)
}

/// Parse one playbook file.
pub fn load_file(path: &Path) -> Result<Playbook, PlaybookError> {
    let name = path.display().to_string();
    // Playbooks arrive by sync too: plain files of bounded size only.
    let text =
        super::safe_read::read_text(path, super::safe_read::MAX_FILE_BYTES).map_err(|e| {
            PlaybookError {
                source_name: name.clone(),
                line: None,
                column: None,
                problem: PlaybookProblem::Unreadable(e.to_string()),
            }
        })?;
    Playbook::parse(&text, &name)
}

/// The playbook with this id, or an error listing the ones there are.
pub fn find(dir: &Path, id: &str) -> Result<Playbook, String> {
    let (entries, errors) = catalog(dir);
    if let Some(e) = entries.into_iter().find(|e| e.playbook.id == id) {
        return Ok(e.playbook);
    }
    let (names, _) = catalog(dir);
    let mut msg = format!(
        "no playbook `{id}`; there are: {}",
        names
            .iter()
            .map(|e| e.playbook.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    for e in errors {
        msg.push_str(&format!("\n(could not use {e})"));
    }
    Err(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_playbooks_parse_and_store_ones_override() {
        let dir = tempfile::tempdir().unwrap();
        let (entries, errors) = catalog(dir.path());
        assert!(errors.is_empty(), "{errors:?}");
        assert!(entries.iter().any(|e| e.playbook.id == DEFAULT_ID));
        assert!(entries.iter().any(|e| e.playbook.id == THANK_YOU_ID));
        let own = SHIPPED[0].1.replace("name = ", "name = \"Ours\"\n#");
        std::fs::write(dir.path().join("mine.toml"), own).unwrap();
        std::fs::write(dir.path().join("broken.toml"), "id = 3").unwrap();
        let (entries, errors) = catalog(dir.path());
        let heard = entries
            .iter()
            .find(|e| e.playbook.id == DEFAULT_ID)
            .unwrap();
        assert_eq!(heard.playbook.name, "Ours");
        assert!(heard.source.ends_with("mine.toml"));
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].to_string().contains("broken.toml:1:6"),
            "{}",
            errors[0]
        );
        assert!(
            find(dir.path(), "nope")
                .unwrap_err()
                .contains("there are: ")
        );
    }
}

/// `[walk] playbook` of the config: set once at start-up, read when a case
/// is created without a named playbook.
static DEFAULT_WALK: std::sync::RwLock<Option<String>> = std::sync::RwLock::new(None);

/// Set the walk complaints get when no playbook is named (from the config).
pub fn set_default_walk(id: Option<String>) {
    if let Ok(mut w) = DEFAULT_WALK.write() {
        *w = id.filter(|s| !s.trim().is_empty());
    }
}

/// The playbook to name for `review` when the person named none: the
/// configured walk for a complaint, nothing (the built-in choice) for praise.
pub fn walk_for(review: &crate::domain::Review, default_walk: Option<&str>) -> Option<String> {
    let id = default_walk?;
    crate::domain::floors::complaint(review).map(|_| id.to_string())
}

/// The playbook a review gets. Named by the person (`--playbook`): refused
/// when it goes under the floors and the review is a complaint. Not named:
/// for a complaint the config's `[walk] playbook` when set; else the
/// review's default by its stars, or the default walk when those stars hide
/// a complaint (a 4-star review in furious words).
pub fn for_review(
    dir: &Path,
    review: &crate::domain::Review,
    named: Option<&str>,
) -> Result<Playbook, PlaybookChoiceError> {
    use crate::domain::floors;
    let configured = DEFAULT_WALK.read().ok().and_then(|w| w.clone());
    let from_config = named.is_none();
    let walk = named
        .map(str::to_string)
        .or_else(|| walk_for(review, configured.as_deref()));
    if let Some(id) = walk.as_deref() {
        let playbook = find(dir, id).map_err(|e| {
            PlaybookChoiceError::Unusable(if from_config {
                format!("config.toml `[walk] playbook = \"{id}\"`: {e}")
            } else {
                e
            })
        })?;
        return match floors::refusal(review, &playbook) {
            Some(refused) => Err(PlaybookChoiceError::UnderFloors(refused)),
            None => Ok(playbook),
        };
    }
    let playbook = find(dir, review.default_playbook()).map_err(PlaybookChoiceError::Unusable)?;
    if floors::refusal(review, &playbook).is_some() {
        return find(dir, crate::domain::review::DEFAULT_PLAYBOOK)
            .map_err(PlaybookChoiceError::Unusable);
    }
    Ok(playbook)
}

/// Why a review cannot get a playbook.
#[derive(Debug, thiserror::Error)]
pub enum PlaybookChoiceError {
    /// Missing or invalid.
    #[error("{0}")]
    Unusable(String),
    /// A praise-only playbook named for a complaint.
    #[error("{0}")]
    UnderFloors(crate::domain::floors::Refused),
}
