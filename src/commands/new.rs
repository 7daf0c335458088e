//! `heard new`: a case from pasted or filed plain text.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

use super::{Context, Failure};
use crate::app::create::review_and_walk;
use crate::app::duplicate;
use crate::domain::review::PlainTextHints;
use crate::domain::{Clock, Review};

pub struct NewArgs<'a> {
    /// A file, `-` for stdin, or nothing (stdin, with a prompt on a terminal).
    pub file: Option<&'a Path>,
    pub hints: PlainTextHints,
    pub playbook: Option<&'a str>,
    /// Make the case even if the same review already has one (`--yes`).
    pub yes: bool,
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
    let now = ctx.clock.now();
    let (review, playbook) = review_and_walk(&ctx.store, now, &text, &args.hints, args.playbook)?;
    if !args.yes {
        not_made_yet(ctx, &review)?;
    }
    Ok(ctx.store.create_case(&review, &playbook, &ctx.me, now)?)
}

/// The same review twice is asked about on a terminal, and refused
/// without one (naming the case it already is), unless `--yes`.
fn not_made_yet(ctx: &Context, review: &Review) -> Result<(), Failure> {
    let Some(id) = duplicate::same_review(&ctx.store, review) else {
        return Ok(());
    };
    let question =
        format!("This review is already case {id}.\nMake a second case for it anyway? [y/N] ");
    match ask_yes(&question) {
        Some(true) => Ok(()),
        Some(false) => Err(Failure::refused(format!(
            "Nothing made. Carry on with the case you have: heard open {id}"
        ))),
        None => Err(Failure::refused(format!(
            "Nothing made: this review is already case {id}. Open it with \
             `heard open {id}`, or add --yes to make a second case for it."
        ))),
    }
}

/// Whether a question can be put to a person: the messages go to a
/// terminal and keys can be read from it (even when the review came in
/// on a pipe).
pub fn can_ask() -> bool {
    std::io::stderr().is_terminal() && std::fs::File::open("/dev/tty").is_ok()
}

/// Ask `question` on the terminal: yes or no (Enter is no); `None` when
/// there is nobody to ask.
fn ask_yes(question: &str) -> Option<bool> {
    if !can_ask() {
        return None;
    }
    let tty = std::fs::File::open("/dev/tty").ok()?;
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::BufReader::new(tty).read_line(&mut line).ok()?;
    Some(matches!(line.trim().to_lowercase().as_str(), "y" | "yes"))
}

/// Why nothing was made when no name is set and nobody can be asked: a
/// guess (git, the login) is not recorded as the case's author.
pub fn no_name_yet() -> Failure {
    let config = crate::config::config_path();
    Failure::refused(format!(
        "Nothing made: heard records who writes and who approves each reply, and no \
         name is set yet. Run it in a terminal to be asked, add --as \"Your Name\", \
         or put name = \"Your Name\" at the top of {}.",
        config.display()
    ))
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
