//! The command-line commands. Each one is a thin layer over the store, the
//! domain and the sender; the rules themselves live in `domain`.

pub mod cases;
pub mod debrief;
pub mod follow_up;
pub mod import;
pub mod lint;
pub mod new;
pub mod playbook;
pub mod review;
pub mod send;
pub mod team;

use std::path::PathBuf;

use crate::clock::SystemClock;
use crate::config::{Config, config_path, default_store_dir};
use crate::store::{Store, StoreError};

/// A command that did not succeed: the message for the person and the exit
/// code (1: refused by a rule, 2: bad input or a broken file).
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    pub fn refused(message: impl Into<String>) -> Failure {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
    pub fn bad_input(message: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure::bad_input(e.to_string())
    }
}

pub type Outcome = Result<(), Failure>;

/// Everything a command needs: the store, the config, who is acting, the clock.
pub struct Context {
    pub store: Store,
    pub config: Config,
    pub me: String,
    pub clock: SystemClock,
}

impl Context {
    /// `store_dir` comes from `--store` or `HEARD_STORE`; `as_name` from `--as`.
    pub fn new(store_dir: Option<PathBuf>, as_name: Option<&str>) -> Result<Context, Failure> {
        let config = Config::load(&config_path()).map_err(|e| Failure::bad_input(e.to_string()))?;
        let dir = store_dir.unwrap_or_else(default_store_dir);
        let store = Store::open(&dir)
            .map_err(|e| {
                Failure::bad_input(format!("cannot use the store at {}: {e}", dir.display()))
            })?
            .with_roster(config.roster())
            .with_shop(config.shop.clone());
        let me = config.identity(as_name);
        Ok(Context {
            store,
            config,
            me,
            clock: SystemClock,
        })
    }

    pub fn playbooks_dir(&self) -> PathBuf {
        self.store.playbooks_dir()
    }
}
