//! `heard debrief ID`: the debrief after sending, from the command line —
//! notes attributed to whoever runs it (`--as NAME` for the colleague), and
//! the Markdown export.

use super::{Context, Failure, Outcome};
use crate::domain::debrief::DebriefField;
use crate::domain::{Clock, EventKind};
use crate::present::debrief::to_markdown;

/// What `heard debrief` was asked to record.
#[derive(Debug, Default)]
pub struct DebriefArgs {
    /// Print only the Markdown, for the team's notes.
    pub markdown: bool,
    /// Colleagues taking part (recorded as having joined).
    pub with: Vec<String>,
    pub escalation: Option<String>,
    pub differently: Option<String>,
    /// What went well, to keep doing.
    pub went_well: Option<String>,
    pub process: Option<String>,
    /// Whether a process is broken.
    pub broken: Option<bool>,
    /// How upset the person is now, 1–5.
    pub check_in: Option<u8>,
}

impl DebriefArgs {
    fn events(&self) -> Vec<(Option<&str>, EventKind)> {
        let mut out: Vec<(Option<&str>, EventKind)> = Vec::new();
        if !self.with.is_empty() {
            // The person at the keyboard first, then who joins them.
            out.push((None, EventKind::DebriefJoined));
        }
        out.extend(
            self.with
                .iter()
                .map(|w| (Some(w.as_str()), EventKind::DebriefJoined)),
        );
        for (field, text) in [
            (DebriefField::Escalation, &self.escalation),
            (DebriefField::Differently, &self.differently),
            (DebriefField::WentWell, &self.went_well),
            (DebriefField::Process, &self.process),
        ] {
            if let Some(t) = text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                out.push((
                    None,
                    EventKind::DebriefNoted {
                        field,
                        text: t.to_string(),
                    },
                ));
            }
        }
        if let Some(broken) = self.broken {
            out.push((None, EventKind::ProcessJudged { broken }));
        }
        if let Some(level) = self.check_in {
            out.push((None, EventKind::DebriefCheckedIn { level }));
        }
        out
    }
}

/// `--broken yes|no`.
pub fn parse_yes_no(s: &str) -> Result<bool, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" => Ok(true),
        "no" | "n" | "false" => Ok(false),
        _ => Err("answer yes or no".into()),
    }
}

pub fn run(ctx: &Context, id: &str, args: &DebriefArgs) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    let events = args.events();
    if !events.is_empty() {
        if case.sent.is_none() {
            return Err(Failure::refused(
                "the debrief comes after the reply is sent; finish the case first (heard status ID)",
            ));
        }
        let now = ctx.clock.now();
        for (by, kind) in events {
            let who = by
                .map(str::trim)
                .filter(|b| !b.is_empty())
                .unwrap_or(&ctx.me);
            crate::app::record(&ctx.store, &id, who, vec![kind], now)?;
        }
    }
    let case = ctx.store.load(&id)?;
    if case.sent.is_none() {
        // Said first, so nobody reads an empty debrief as a finished one.
        let first =
            "The reply is not sent yet: the debrief starts once it is. What is on file so far:\n";
        if args.markdown {
            say_err!("{first}");
        } else {
            say!("{first}");
        }
    }
    say_part!("{}", to_markdown(&case));
    if !args.markdown && case.sent.is_some() && !case.debrief.is_done() {
        say!(
            "\nAdd to it: heard debrief {} [--with NAME] [--escalation TEXT] [--differently TEXT] [--went-well TEXT] \
             [--broken yes|no] [--process TEXT] [--check-in 1-5]  (notes are yours; --as NAME for a colleague's)",
            case.id
        );
    }
    Ok(())
}
