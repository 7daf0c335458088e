//! `heard send ID --via clipboard|file PATH|command`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use super::{Context, Failure, Outcome};
use crate::send::{Channel, SendError, send_case};

pub fn channel(via: &str, path: Option<PathBuf>, ctx: &Context) -> Result<Channel, Failure> {
    match (via, path) {
        ("clipboard", None) => Ok(Channel::Clipboard),
        ("file", Some(p)) => Ok(Channel::File(p)),
        ("file", None) => Err(Failure::bad_input(
            "`--via file` needs a path: heard send ID --via file PATH",
        )),
        ("command", None) => Ok(Channel::Command(ctx.config.send.command.clone())),
        (other, Some(_)) if other != "file" => Err(Failure::bad_input(format!(
            "only `--via file` takes a path, not `--via {other}`"
        ))),
        (other, _) => Err(Failure::bad_input(format!(
            "unknown channel `{other}`: use clipboard, file PATH or command"
        ))),
    }
}

pub fn run(ctx: &Context, id: &str, via: &str, path: Option<PathBuf>) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let channel = channel(via, path, ctx)?;
    // OSC 52 must reach the terminal even when stdout is redirected; with
    // no terminal at all the clipboard cannot be reached, so nothing is sent.
    let mut terminal: Box<dyn Write> = if std::io::stdout().is_terminal() {
        Box::new(std::io::stdout())
    } else {
        match std::fs::OpenOptions::new().write(true).open("/dev/tty") {
            Ok(tty) => Box::new(tty),
            Err(_) if channel == Channel::Clipboard => {
                return Err(Failure::refused(SendError::NoTerminal.to_string()));
            }
            Err(_) => Box::new(std::io::sink()),
        }
    };
    match send_case(
        &ctx.store,
        &id,
        &channel,
        &ctx.me,
        &ctx.clock,
        &mut terminal,
    ) {
        Ok(msg) => {
            say!("{msg}");
            Ok(())
        }
        Err(SendError::Closed(reasons)) => Err(Failure::refused(format!(
            "not sent: {} is still closed\n{}",
            id,
            reasons
                .iter()
                .map(|r| format!("  - {r}"))
                .collect::<Vec<_>>()
                .join("\n")
        ))),
        Err(e @ SendError::Store(_)) => Err(Failure::bad_input(e.to_string())),
        Err(e) => Err(Failure::refused(e.to_string())),
    }
}

/// `heard send ID --delivered | --not-delivered`: after an interrupted send.
pub fn confirm(ctx: &Context, id: &str, delivered: bool) -> Outcome {
    let id = ctx.store.resolve(id)?;
    match crate::send::confirm_delivery(&ctx.store, &id, delivered, &ctx.me, &ctx.clock) {
        Ok(msg) => {
            say!("{msg}");
            Ok(())
        }
        Err(e @ SendError::Store(_)) => Err(Failure::bad_input(e.to_string())),
        Err(e) => Err(Failure::refused(e.to_string())),
    }
}
