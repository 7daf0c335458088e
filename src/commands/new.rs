//! `heard new`: a case from pasted or filed plain text.

use std::io::{IsTerminal, Read};
use std::path::Path;

use super::{Context, Failure};
use crate::domain::Clock;
use crate::domain::review::PlainTextHints;

pub struct NewArgs<'a> {
    /// A file, `-` for stdin, or nothing (stdin, with a prompt on a terminal).
    pub file: Option<&'a Path>,
    pub hints: PlainTextHints,
    pub playbook: Option<&'a str>,
}

fn read_input(file: Option<&Path>) -> Result<String, Failure> {
    match file {
        Some(p) if p != Path::new("-") => std::fs::read_to_string(p)
            .map_err(|e| Failure::bad_input(format!("cannot read {}: {e}", p.display()))),
        _ => {
            if std::io::stdin().is_terminal() {
                say_err!("Paste the review, then press Ctrl-D on an empty line:");
            }
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Failure::bad_input(format!("cannot read the review: {e}")))?;
            Ok(s)
        }
    }
}

/// Create the case and return its id.
pub fn create(ctx: &Context, args: &NewArgs) -> Result<String, Failure> {
    let text = read_input(args.file)?;
    create_from_text(ctx, &text, &args.hints, args.playbook)
}

pub fn create_from_text(
    ctx: &Context,
    text: &str,
    hints: &PlainTextHints,
    playbook: Option<&str>,
) -> Result<String, Failure> {
    case_from_text(&ctx.store, &ctx.me, ctx.clock.now(), text, hints, playbook)
}

pub use crate::app::create::case_from_text;
