//! What heard did, for whoever has to find out later: a log file in the
//! store (`<store>/.logs/heard.log.YYYY-MM-DD`, one per day, the last 14
//! kept), never the terminal — the screens own it while heard runs.
//! `HEARD_LOG=debug` (or `--verbose`) says more; `HEARD_LOG=off` says nothing.

use std::path::Path;

use tracing_subscriber::EnvFilter;

/// The folder the log files live in, inside the store.
pub const LOG_DIR: &str = ".logs";

/// Start logging to `store`'s log folder. Returns a guard that flushes the
/// log when dropped (keep it until the process ends). Logging is best
/// effort: a store whose log folder cannot be made runs without a log.
pub fn init(store: &Path, verbose: bool) -> Option<tracing_appender::non_blocking::WorkerGuard> {
    let dir = store.join(LOG_DIR);
    crate::store::atomic::create_private_dir(&dir).ok()?;
    let appender = tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix("heard.log")
        .max_log_files(14)
        .build(&dir)
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let default = if verbose { "debug" } else { "info" };
    let filter = EnvFilter::try_from_env("HEARD_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(false)
        .with_target(false)
        .try_init()
        .ok()?;
    Some(guard)
}
