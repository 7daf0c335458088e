//! The command-line commands. Each one is a thin layer over the store, the
//! domain and the sender; the rules themselves live in `domain`.

/// Print a line to stdout. Text from outside (reviews, drafts, names, file
/// names, a remote) may hold control, bidi or zero-width characters that
/// hide or rearrange text on a terminal: they are printed by name instead.
macro_rules! say {
    () => { println!() };
    ($($arg:tt)*) => { println!("{}", $crate::domain::visible::reveal(&format!($($arg)*))) };
}

/// `say!` without the newline.
macro_rules! say_part {
    ($($arg:tt)*) => { print!("{}", $crate::domain::visible::reveal(&format!($($arg)*))) };
}

/// `say!` to stderr.
macro_rules! say_err {
    ($($arg:tt)*) => { eprintln!("{}", $crate::domain::visible::reveal(&format!($($arg)*))) };
}

/// JSON to stdout, with hidden characters as `\uXXXX` escapes: the same
/// data for a program, harmless on a terminal.
pub fn print_json(value: &impl serde::Serialize) {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    println!("{}", crate::domain::visible::escape_json(&text));
}

pub mod actions;
pub mod assign;
pub mod cases;
pub mod cli_docs;
pub mod debrief;
pub mod diagnose;
pub mod export;
pub mod follow_up;
pub mod import;
pub mod lint;
pub mod new;
pub mod patterns;
pub mod playbook;
pub mod practice;
pub mod review;
pub mod send;
pub mod team;
pub mod verify;
pub mod wait;

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
        let message = message.into();
        tracing::warn!(refusal = %message, "refused");
        Failure { code: 1, message }
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

impl From<crate::app::RecordError> for Failure {
    fn from(e: crate::app::RecordError) -> Failure {
        match e {
            // Logged where it was decided, with the case.
            crate::app::RecordError::Refused(r) => Failure {
                code: 1,
                message: r.to_string(),
            },
            crate::app::RecordError::Store(s) => s.into(),
        }
    }
}

pub type Outcome = Result<(), Failure>;

/// Everything a command needs: the store, the config, who is acting, the clock.
pub struct Context {
    pub store: Store,
    pub config: Config,
    pub me: String,
    pub clock: SystemClock,
    /// Flushes the log file when the command ends.
    _log: Option<tracing_appender::non_blocking::WorkerGuard>,
}

impl Context {
    /// `store_dir` comes from `--store` or `HEARD_STORE`; `as_name` from
    /// `--as`; `verbose` (`--verbose`) logs in detail.
    pub fn new(
        store_dir: Option<PathBuf>,
        as_name: Option<&str>,
        verbose: bool,
    ) -> Result<Context, Failure> {
        let config = Config::load(&config_path()).map_err(|e| Failure::bad_input(e.to_string()))?;
        let dir = store_dir.unwrap_or_else(default_store_dir);
        let store = Store::open(&dir)
            .map_err(|e| {
                Failure::bad_input(format!("cannot use the store at {}: {e}", dir.display()))
            })?
            .with_roster(config.roster())
            .map_err(|e| Failure::bad_input(e.to_string()))?
            .with_device(crate::config::device_id())
            .with_shop(config.shop.clone());
        let me = config.identity(as_name);
        crate::store::playbooks::set_default_walk(config.walk.playbook.clone());
        crate::send::set_timeout(
            config
                .send
                .timeout_seconds
                .unwrap_or(crate::send::DEFAULT_TIMEOUT_SECONDS),
        );
        let log = crate::logging::init(store.root(), verbose);
        tracing::debug!(store = %store.root().display(), me = %me, "started");
        Ok(Context {
            store,
            config,
            me,
            clock: SystemClock,
            _log: log,
        })
    }

    /// Record events by the person acting, through the domain's decision.
    pub fn record(
        &self,
        id: &str,
        kinds: Vec<crate::domain::EventKind>,
    ) -> Result<crate::domain::Case, Failure> {
        use crate::domain::Clock;
        Ok(crate::app::record(
            &self.store,
            id,
            &self.me,
            kinds,
            self.clock.now(),
        )?)
    }

    pub fn playbooks_dir(&self) -> PathBuf {
        self.store.playbooks_dir()
    }
}
