//! Where practice scenarios come from: the ones shipped inside heard
//! (`assets/scenarios/*.toml`, built in) and scenario files a person passes
//! by path. A scenario started from a file is copied into
//! `<store>/practice/scenarios/` so its scorecard can be read later, on any
//! machine the store reaches.

use std::path::{Path, PathBuf};

use crate::domain::practice::{Scenario, ScenarioError};

use super::atomic::{create_private_dir, write_replace};
use super::{Store, slug};

/// Every shipped scenario: (file name, TOML text).
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "late-parcel.toml",
        include_str!("../../assets/scenarios/late-parcel.toml"),
    ),
    (
        "rude-waiter.toml",
        include_str!("../../assets/scenarios/rude-waiter.toml"),
    ),
    (
        "double-charge.toml",
        include_str!("../../assets/scenarios/double-charge.toml"),
    ),
    (
        "food-poisoning.toml",
        include_str!("../../assets/scenarios/food-poisoning.toml"),
    ),
    (
        "fake-review.toml",
        include_str!("../../assets/scenarios/fake-review.toml"),
    ),
    (
        "loved-it-but.toml",
        include_str!("../../assets/scenarios/loved-it-but.toml"),
    ),
    (
        "cannot-be-appeased.toml",
        include_str!("../../assets/scenarios/cannot-be-appeased.toml"),
    ),
    (
        "all-capitals.toml",
        include_str!("../../assets/scenarios/all-capitals.toml"),
    ),
    (
        "phone-number.toml",
        include_str!("../../assets/scenarios/phone-number.toml"),
    ),
    (
        "broken-mug.toml",
        include_str!("../../assets/scenarios/broken-mug.toml"),
    ),
    (
        "plumber-no-show.toml",
        include_str!("../../assets/scenarios/plumber-no-show.toml"),
    ),
    (
        "app-lost-data.toml",
        include_str!("../../assets/scenarios/app-lost-data.toml"),
    ),
    (
        "salon-wrong-colour.toml",
        include_str!("../../assets/scenarios/salon-wrong-colour.toml"),
    ),
    (
        "hotel-noise.toml",
        include_str!("../../assets/scenarios/hotel-noise.toml"),
    ),
    (
        "garage-overcharge.toml",
        include_str!("../../assets/scenarios/garage-overcharge.toml"),
    ),
    (
        "subscription-cancel.toml",
        include_str!("../../assets/scenarios/subscription-cancel.toml"),
    ),
];

/// The sample offered on the welcome screen.
pub const SAMPLE: &str = "broken-mug";

/// Why a scenario could not be found or read.
#[derive(Debug, thiserror::Error)]
pub enum FindError {
    #[error(
        "no scenario called \"{0}\": `heard practice` lists them, or give the path of a scenario file"
    )]
    Unknown(String),
    #[error("cannot read the scenario file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the scenario {where_} is not usable: {source}")]
    Bad {
        where_: String,
        source: ScenarioError,
    },
    #[error(
        "another scenario is already called \"{0}\": give this one its own `name` so each \
         attempt is scored against its own exemplar"
    )]
    NameTaken(String),
    #[error("cannot keep a copy of the scenario in the store at {path}: {source}")]
    Keep {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Every shipped scenario, parsed, in the shipped order.
pub fn shipped() -> Result<Vec<Scenario>, FindError> {
    SHIPPED
        .iter()
        .map(|(file, text)| {
            Scenario::parse(text).map_err(|source| FindError::Bad {
                where_: (*file).to_string(),
                source,
            })
        })
        .collect()
}

fn kept_dir(store: &Store) -> PathBuf {
    store.root().join("practice").join("scenarios")
}

/// A scenario by its name: shipped first, then one kept in this store.
pub fn by_name(store: &Store, name: &str) -> Result<Scenario, FindError> {
    if let Some(s) = shipped()?.into_iter().find(|s| s.name == name) {
        return Ok(s);
    }
    let path = kept_path(store, name);
    if path.is_file() {
        return from_file(&path).map(|(s, _)| s);
    }
    Err(FindError::Unknown(name.to_string()))
}

fn kept_path(store: &Store, name: &str) -> PathBuf {
    kept_dir(store).join(format!("{}.toml", slug(name, 60)))
}

fn from_file(path: &Path) -> Result<(Scenario, String), FindError> {
    let text = std::fs::read_to_string(path).map_err(|source| FindError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let scenario = Scenario::parse(&text).map_err(|source| FindError::Bad {
        where_: path.display().to_string(),
        source,
    })?;
    Ok((scenario, text))
}

/// `NAME|FILE` as given to `heard practice start`: a path that exists (or
/// ends in `.toml`) is a file, kept in the store; anything else a name.
pub fn find(store: &Store, name_or_file: &str) -> Result<Scenario, FindError> {
    let path = Path::new(name_or_file);
    if !(path.is_file() || name_or_file.ends_with(".toml")) {
        return by_name(store, name_or_file);
    }
    let (scenario, text) = from_file(path)?;
    // A scorecard finds its scenario by name: one name, one scenario.
    if let Some(same) = shipped()?.into_iter().find(|s| s.name == scenario.name) {
        return if same == scenario {
            Ok(scenario)
        } else {
            Err(FindError::NameTaken(scenario.name))
        };
    }
    let keep = kept_path(store, &scenario.name);
    if keep.is_file() {
        let (kept, _) = from_file(&keep)?;
        if kept != scenario {
            return Err(FindError::NameTaken(scenario.name));
        }
        return Ok(scenario);
    }
    create_private_dir(&kept_dir(store))
        .and_then(|()| write_replace(&keep, text.as_bytes()))
        .map_err(|source| FindError::Keep { path: keep, source })?;
    Ok(scenario)
}
