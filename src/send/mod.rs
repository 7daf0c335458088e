//! Delivering the approved reply: clipboard (OSC 52), an outbox file, or a
//! configured command fed on stdin. The gates are checked by the domain
//! first; only a delivery that succeeded is recorded as `sent`.

use std::io::Write;
use std::path::PathBuf;

use base64::Engine;

use crate::app::RecordError;
use crate::domain::decide::Refusal;
use crate::domain::{Clock, EventKind, can_send};

mod command;
use crate::store::{Store, StoreError, atomic::write_replace};
pub use command::{DEFAULT_TIMEOUT_SECONDS, set_timeout, timeout};

/// Where the reply goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Channel {
    /// The terminal's clipboard via OSC 52 (works over SSH).
    Clipboard,
    /// A file holding both drafts, written atomically.
    File(PathBuf),
    /// A program (and its arguments) that reads the reply on stdin.
    Command(Vec<String>),
}

impl Channel {
    pub fn name(&self) -> &'static str {
        match self {
            Channel::Clipboard => "clipboard",
            Channel::File(_) => "file",
            Channel::Command(_) => "command",
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Channel::Clipboard => "copied to the clipboard".into(),
            Channel::File(p) => format!("written to {}", p.display()),
            Channel::Command(argv) => format!("handed to `{}`", argv.join(" ")),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("not sent — {}", crate::present::gate::lines(.0).join("; "))]
    Closed(Vec<crate::domain::gate::Blocker>),
    #[error(
        "not sent — no send command is configured: add `[send] command = [\"program\", \"arg\"]` to {0}"
    )]
    NoCommand(String),
    #[error("not sent — could not write {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("not sent — could not run `{program}`: {source}")]
    Spawn {
        program: String,
        source: std::io::Error,
    },
    #[error(
        "not sent — `{program}` did not finish within {seconds} s and was stopped; check it works on its own, or raise `[send] timeout_seconds` in the config"
    )]
    TimedOut { program: String, seconds: u64 },
    #[error(
        "not sent — `{program}` stopped without reading the reply (it closed its input); check it reads the message on stdin"
    )]
    NotRead { program: String },
    #[error("not sent — `{program}` failed ({status}){stderr}")]
    CommandFailed {
        program: String,
        status: String,
        stderr: String,
    },
    #[error("not sent — could not reach the terminal for the clipboard: {0}")]
    Terminal(std::io::Error),
    #[error("not sent — another heard is sending this case right now")]
    Busy,
    #[error("not sent — {0}")]
    Refused(Refusal),
    #[error(
        "not sent — there is no terminal to copy to; use `--via file PATH` or `--via command` instead"
    )]
    NoTerminal,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The OSC 52 sequence that puts `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\x1b]52;c;{b64}\x07")
}

/// Deliver `text` through `channel`. `terminal` receives the OSC 52 sequence.
pub fn deliver(channel: &Channel, text: &str, terminal: &mut dyn Write) -> Result<(), SendError> {
    match channel {
        Channel::Clipboard => terminal
            .write_all(osc52(text).as_bytes())
            .and_then(|_| terminal.flush())
            .map_err(SendError::Terminal),
        Channel::File(path) => {
            let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
            dir.map_or(Ok(()), crate::store::atomic::create_private_dir)
                .and_then(|_| write_replace(path, text.as_bytes()))
                .map_err(|source| SendError::File {
                    path: path.clone(),
                    source,
                })
        }
        Channel::Command(argv) => run_command(argv, text),
    }
}

fn run_command(argv: &[String], text: &str) -> Result<(), SendError> {
    let (program, args) = argv
        .split_first()
        .ok_or_else(|| SendError::NoCommand(crate::config::config_path().display().to_string()))?;
    command::run(program, args, text, timeout())
}

/// Check the gates, deliver the approved drafts and record `sent` — once.
/// A per-case lock keeps two sends apart; `sending` is recorded before the
/// delivery and `sent` after it, so a crash in between leaves "delivery
/// uncertain" instead of a second delivery. Returns what happened.
pub fn send_case(
    store: &Store,
    case_id: &str,
    channel: &Channel,
    by: &str,
    clock: &dyn Clock,
    terminal: &mut dyn Write,
) -> Result<String, SendError> {
    let _lock = store.lock_case(case_id, "send")?.ok_or(SendError::Busy)?;
    let case = store.load(case_id)?;
    let check = can_send(&case, clock.now());
    if !check.can_send() {
        return Err(SendError::Closed(check.reasons()));
    }
    let drafts_sha256 = case.drafts.sha256();
    record(
        store,
        case_id,
        by,
        EventKind::Sending {
            channel: channel.name().to_string(),
            drafts_sha256: drafts_sha256.clone(),
        },
        clock,
    )?;
    if let Err(e) = deliver(channel, &case.drafts.delivery_text(), terminal) {
        tracing::warn!(case = case_id, channel = channel.name(), error = %e, "delivery failed");
        // It certainly did not go out: say so, so it can be tried again.
        record(
            store,
            case_id,
            by,
            EventKind::DeliveryFailed {
                reason: e.to_string(),
            },
            clock,
        )?;
        return Err(e);
    }
    record(
        store,
        case_id,
        by,
        EventKind::Sent {
            channel: channel.name().to_string(),
            drafts_sha256,
        },
        clock,
    )?;
    Ok(format!(
        "Sent: the approved reply was {}.",
        channel.describe()
    ))
}

/// After an interrupted delivery, a person checked the platform: record
/// whether the customer got the reply (`sent`) or not (it can be sent again).
pub fn confirm_delivery(
    store: &Store,
    case_id: &str,
    delivered: bool,
    by: &str,
    clock: &dyn Clock,
) -> Result<String, SendError> {
    let _lock = store.lock_case(case_id, "send")?.ok_or(SendError::Busy)?;
    let case = store.load(case_id)?;
    let pending = case.sending.clone().filter(|_| case.delivery_uncertain());
    let Some(pending) = pending else {
        return Err(SendError::Refused(Refusal::NoDeliveryInProgress));
    };
    let (kind, said) = if delivered {
        (
            EventKind::Sent {
                channel: pending.channel,
                drafts_sha256: pending.drafts_sha256,
            },
            "Recorded as sent: the customer has the reply.",
        )
    } else {
        (
            EventKind::DeliveryFailed {
                reason: format!("{by} checked the platform: it did not arrive"),
            },
            "Recorded as not delivered: the case can be sent again.",
        )
    };
    record(store, case_id, by, kind, clock)?;
    Ok(said.to_string())
}

fn record(
    store: &Store,
    id: &str,
    by: &str,
    kind: EventKind,
    clock: &dyn Clock,
) -> Result<(), SendError> {
    match crate::app::record(store, id, by, vec![kind], clock.now()) {
        Ok(_) => Ok(()),
        Err(RecordError::Refused(Refusal::Closed(reasons))) => Err(SendError::Closed(reasons)),
        Err(RecordError::Refused(r)) => Err(SendError::Refused(r)),
        Err(RecordError::Store(e)) => Err(SendError::Store(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_encodes_the_text() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }

    #[test]
    fn command_gets_text_on_stdin_never_in_argv() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("got");
        let script = format!("cat > '{}'", out.display());
        let text = "Hi $(rm -rf /) `x` ; echo pwned";
        let argv = vec!["sh".to_string(), "-c".to_string(), script];
        deliver(&Channel::Command(argv), text, &mut Vec::new()).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), text);
    }

    #[test]
    fn failing_command_and_missing_program_are_errors() {
        let fail = vec!["sh".into(), "-c".into(), "echo nope >&2; exit 3".into()];
        let err = deliver(&Channel::Command(fail), "x", &mut Vec::new()).unwrap_err();
        assert!(err.to_string().contains("nope"), "{err}");
        let missing = vec!["/no/such/program".into()];
        assert!(matches!(
            deliver(&Channel::Command(missing), "x", &mut Vec::new()),
            Err(SendError::Spawn { .. })
        ));
        assert!(matches!(
            deliver(&Channel::Command(vec![]), "x", &mut Vec::new()),
            Err(SendError::NoCommand(_))
        ));
    }
}
