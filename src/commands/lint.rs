//! `heard lint`: the coach from the command line, for scripts and for
//! people who write in their own editor.

use std::path::{Path, PathBuf};

use super::{Context, Failure, Outcome};
use crate::domain::coach::{self, Advice, CoachInput, Finding, Report, Sentiments};
use crate::present::coach::{NOTHING_FOUND, message};
use crate::store::playbooks::{DEFAULT_ID, find};
use serde::Serialize;

/// What `heard lint` is given (parsed by clap straight into this).
#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// The review the drafts answer.
    #[arg(long, value_name = "FILE", required_unless_present = "case")]
    pub review: Option<PathBuf>,
    /// The public reply to check, from this file.
    #[arg(long, value_name = "FILE")]
    pub public: Option<PathBuf>,
    /// The private message to check, from this file.
    #[arg(long, value_name = "FILE")]
    pub private: Option<PathBuf>,
    /// Whose coach settings to use (default: heard).
    #[arg(long)]
    pub playbook: Option<String>,
    /// Check a case's current drafts instead of files.
    #[arg(long, value_name = "ID", conflicts_with_all = ["review", "public", "private", "playbook"])]
    pub case: Option<String>,
    /// The documented JSON: {"findings":[…],"sentiment":{…}}.
    #[arg(long)]
    pub json: bool,
}

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::bad_input(format!("cannot read {}: {e}", path.display())))
}

/// The snippet a finding points at, on one line.
fn snippet(text: &str, start: usize, end: usize) -> String {
    let s = text.get(start..end).unwrap_or("").replace('\n', " ");
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(59).collect::<String>())
    } else {
        s
    }
}

/// `heard lint --json`'s shape: the report with the texts' sentiment.
#[derive(Serialize)]
struct LintJson<'a> {
    findings: &'a [Finding],
    sentiment: Sentiments,
    #[serde(skip_serializing_if = "<[Advice]>::is_empty")]
    advice: &'a [Advice],
}

fn print(report: &Report, s: &Sentiments, texts: [(&str, &str); 4]) {
    for f in &report.findings {
        let text = texts
            .iter()
            .find(|(n, _)| *n == f.draft.as_str())
            .map_or("", |(_, t)| *t);
        say!(
            "{}:{}:{}: {} {} — {}\n    “{}”",
            f.draft.as_str(),
            f.line,
            f.column,
            f.severity.as_str(),
            f.category.as_str(),
            message(f),
            snippet(text, f.start, f.end)
        );
    }
    for a in &report.advice {
        say!("{}: advice — {}", a.draft.as_str(), a.tip);
    }
    if report.is_quiet() {
        say!("{NOTHING_FOUND}");
    }
    say!(
        "{} finding(s){}; sentiment (VADER compound): review {:+.2}, public {:+.2}, private {:+.2}",
        report.findings.len(),
        if report.blocks() {
            ", some block sending"
        } else {
            ", none blocks"
        },
        s.review.compound,
        s.public.compound,
        s.private.compound
    );
}

pub fn run(ctx: &Context, args: &LintArgs) -> Outcome {
    let (review, public, private, playbook, choices) = match &args.case {
        Some(id) => {
            let case = ctx.store.load(&ctx.store.resolve(id)?)?;
            if case.drafts.public.trim().is_empty() && case.drafts.private.trim().is_empty() {
                return nothing_to_check(&case.id, args.json);
            }
            (
                case.review.text.clone(),
                case.drafts.public.clone(),
                case.drafts.private.clone(),
                case.playbook.clone(),
                case.response.choices.clone(),
            )
        }
        None => {
            let review = args.review.as_deref().ok_or_else(|| {
                Failure::bad_input("give --review FILE (and --public/--private FILE), or --case ID")
            })?;
            let playbook = find(
                &ctx.playbooks_dir(),
                args.playbook.as_deref().unwrap_or(DEFAULT_ID),
            )
            .map_err(Failure::bad_input)?;
            (
                read(review)?,
                args.public
                    .as_deref()
                    .map(read)
                    .transpose()?
                    .unwrap_or_default(),
                args.private
                    .as_deref()
                    .map(read)
                    .transpose()?
                    .unwrap_or_default(),
                playbook,
                Vec::new(),
            )
        }
    };
    let input = CoachInput {
        review: &review,
        public: &public,
        private: &private,
        min_choices: playbook.min_choices(),
        offered_choices: &choices,
        shop: &ctx.config.shop,
    };
    let report = coach::check(&input, &playbook.coach);
    let sentiment = coach::sentiments(&input);
    if args.json {
        super::print_json(&LintJson {
            findings: &report.findings,
            sentiment,
            advice: &report.advice,
        });
    } else {
        print(
            &report,
            &sentiment,
            [
                ("review", &review),
                ("public", &public),
                ("private", &private),
                ("choices", &choices.join("\n")),
            ],
        );
    }
    if report.blocks() {
        return Err(Failure {
            code: 1,
            message: "the coach found something that blocks sending".into(),
        });
    }
    Ok(())
}

/// A case with no saved drafts: there is nothing for the coach to read,
/// which is not the same as drafts it found nothing wrong with.
fn nothing_to_check(id: &str, json: bool) -> Outcome {
    if json {
        super::print_json(&serde_json::json!({
            "case": id,
            "drafts": "none saved",
            "findings": [],
        }));
    } else {
        say!(
            "{id} has no saved drafts yet: nothing to check. Write them in the compose step \
             (and save, s), or set them with heard draft {id} --public FILE --private FILE."
        );
    }
    Ok(())
}
