//! Delivering the approved reply: clipboard (OSC 52), an outbox file, or a
//! configured command fed on stdin. The gates are checked by the domain
//! first; only a delivery that succeeded is recorded as `sent`.

use std::io::Write;
use std::path::PathBuf;

use base64::Engine;

use crate::domain::{Clock, Event, EventKind, can_send};

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
    #[error("not sent — {}", .0.join("; "))]
    Closed(Vec<String>),
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

/// Check the gates, deliver the approved drafts and record `sent`.
/// Returns a sentence saying what happened.
pub fn send_case(
    store: &Store,
    case_id: &str,
    channel: &Channel,
    by: &str,
    clock: &dyn Clock,
    terminal: &mut dyn Write,
) -> Result<String, SendError> {
    let case = store.load(case_id)?;
    let check = can_send(&case, clock.now());
    if !check.can_send() {
        return Err(SendError::Closed(check.reasons()));
    }
    deliver(channel, &case.drafts.delivery_text(), terminal)?;
    store.append(
        case_id,
        &Event::new(
            clock.now(),
            by,
            EventKind::Sent {
                channel: channel.name().to_string(),
                drafts_sha256: case.drafts.sha256(),
            },
        ),
    )?;
    Ok(format!(
        "Sent: the approved reply was {}.",
        channel.describe()
    ))
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
