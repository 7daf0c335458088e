//! `heard new`: a case from pasted or filed plain text.

use std::io::{IsTerminal, Read};
use std::path::Path;

use super::{Context, Failure};
use crate::domain::Clock;
use crate::domain::review::{PlainTextHints, Review};
use crate::store::Store;
use crate::store::playbooks::{PlaybookChoiceError, for_review};
use time::OffsetDateTime;

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

/// Parse pasted text, pick the playbook and create the case (CLI and TUI).
pub fn case_from_text(
    store: &Store,
    me: &str,
    now: OffsetDateTime,
    text: &str,
    hints: &PlainTextHints,
    playbook: Option<&str>,
) -> Result<String, Failure> {
    let review = Review::from_plain_text(text, hints, now)
        .map_err(|e| Failure::bad_input(format!("not a review: {e}")))?;
    let playbook = for_review(&store.playbooks_dir(), &review, playbook).map_err(|e| match e {
        PlaybookChoiceError::UnderFloors(r) => Failure::refused(r.to_string()),
        PlaybookChoiceError::Unusable(m) => Failure::bad_input(m),
    })?;
    Ok(store.create_case(&review, &playbook, me, now)?)
}
