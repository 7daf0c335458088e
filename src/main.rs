//! `heard`: parse the command line and dispatch. No logic lives here.

use std::path::PathBuf;

use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand};
use heard::commands::{
    self, Context, Failure, Outcome, debrief::DebriefArgs, follow_up::Request, new::NewArgs,
};
use heard::domain::review::PlainTextHints;
use heard::tui::{self, Start};

/// A terminal coach for replying to bad online reviews.
#[derive(Parser)]
#[command(name = "heard", version, about, long_about = None)]
struct Cli {
    /// The store folder (default: your data dir, e.g. ~/.local/share/heard).
    #[arg(long, global = true, env = "HEARD_STORE", value_name = "DIR")]
    store: Option<PathBuf>,
    /// Act as this person (default: config name, git user.name, OS user).
    #[arg(long = "as", global = true, value_name = "NAME")]
    as_name: Option<String>,
    /// Log in detail to the store's log file (<store>/.logs; or set HEARD_LOG=debug).
    #[arg(long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start a case from a review in plain text (a file, or - / nothing for stdin).
    New {
        /// The review as plain text: a file, or - (or nothing) for stdin.
        file: Option<PathBuf>,
        /// Stars the customer gave (1–5).
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
        rating: Option<u8>,
        /// The customer's name as shown on the platform.
        #[arg(long)]
        author: Option<String>,
        /// Where the review was posted (google, trustpilot, etsy …).
        #[arg(long)]
        platform: Option<String>,
        /// The playbook to follow (see `heard playbook list`).
        #[arg(long)]
        playbook: Option<String>,
        /// Only create the case and print its id.
        #[arg(long)]
        no_open: bool,
    },
    /// Open a case in the walk.
    Open {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
    },
    /// List every case.
    List {
        /// Print JSON (a stable contract for scripts) instead of text.
        #[arg(long)]
        json: bool,
        /// Only cases whose follow-up is due (its date came, or the customer
        /// changed the review after our reply).
        #[arg(long)]
        due: bool,
    },
    /// Rebuild the inbox index from the case files (it is also rebuilt by
    /// itself when missing or out of date).
    Reindex,
    /// Show a case's steps, gates and whether it can be sent.
    Status {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// Print JSON (a stable contract for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Check cases for files changed by hand (like `git fsck`): broken event
    /// chains, missing or back-dated events, an edited playbook copy.
    Verify {
        /// One case (default: every case).
        id: Option<String>,
        /// Accept the hand edits listed on this case (a team member who wrote
        /// none of the drafts), which opens its gates again.
        #[arg(long, requires = "id")]
        accept: bool,
        /// Why you accept them.
        #[arg(long, requires = "accept")]
        note: Option<String>,
    },
    /// Wait until the case can be sent (exit 0); exit 1 at once, saying
    /// what is still closed, when waiting alone will not open it (a
    /// colleague's approval, a step), or when the timeout passes.
    Wait {
        /// The case: its id, or the start of it.
        id: String,
        /// Give up after this long: 90s, 10m, 2h, 1h30m.
        #[arg(long, value_name = "DURATION")]
        timeout: Option<String>,
    },
    /// Send the approved reply (refused while any gate is closed).
    Send {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// clipboard, file (then give PATH) or command (from config.toml).
        #[arg(long, value_name = "CHANNEL", required_unless_present_any = ["delivered", "not_delivered"])]
        via: Option<String>,
        /// The outbox file for `--via file`.
        path: Option<PathBuf>,
        /// After an interrupted send: you checked the platform and the customer has the reply.
        #[arg(long, conflicts_with_all = ["via", "not_delivered"])]
        delivered: bool,
        /// After an interrupted send: you checked the platform and it did not arrive.
        #[arg(long, conflicts_with = "via")]
        not_delivered: bool,
    },
    /// See, set or close the follow-up of a sent case.
    #[command(name = "follow-up")]
    FollowUp {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// How it ended: resolved, review-updated, no-answer or other (with --note).
        #[arg(long, value_name = "OUTCOME", conflicts_with = "on")]
        done: Option<String>,
        /// What happened, in a sentence.
        #[arg(long, value_name = "TEXT", requires = "done")]
        note: Option<String>,
        /// Set the follow-up date instead.
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
    },
    /// Import reviews from a platform export (Google, Trustpilot, Yelp, App
    /// Store, Google Play, Etsy, CSV/TSV, plain text). Safe to run again.
    Import {
        /// The file, or - for stdin.
        file: PathBuf,
        /// auto, google, trustpilot, yelp, appstore, play, etsy, csv or text.
        #[arg(long, default_value = "auto")]
        format: String,
        /// CSV columns: rating=COL,text=COL,title=COL,author=COL,id=COL,time=COL,reply=COL
        #[arg(long)]
        map: Option<String>,
    },
    /// Check drafts with the coach (exit 0: nothing blocks, 1: something
    /// blocks, 2: bad input).
    Lint(commands::lint::LintArgs),
    /// Work with playbooks.
    Playbook {
        #[command(subcommand)]
        command: PlaybookCommand,
    },
    /// Cases waiting for a colleague's review, oldest first; with an id, that
    /// case's review, check-in, diagnosis and both drafts with line numbers.
    Review {
        /// The case to show (default: list the cases waiting for review).
        id: Option<String>,
    },
    /// Approve a case's exact drafts (prints the text and its hash).
    Approve {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// A note for the author.
        #[arg(long)]
        note: Option<String>,
    },
    /// Send the drafts back to the author with comments.
    RequestChanges {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// What should change; repeat for several comments.
        #[arg(long, required = true, value_name = "TEXT")]
        comment: Vec<String>,
        /// The line the comment before it is about, e.g. public:3 or private:12.
        #[arg(long, value_name = "DRAFT:LINE")]
        line: Vec<String>,
    },
    /// Set the drafts from files, as your edit (without files: print them).
    Draft {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// The public reply, from this file.
        #[arg(long, value_name = "FILE")]
        public: Option<PathBuf>,
        /// The private message, from this file.
        #[arg(long, value_name = "FILE")]
        private: Option<PathBuf>,
    },
    /// The debrief after sending: add notes (as you, or --as a colleague),
    /// show it, or export it with --markdown.
    Debrief {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// Print only the Markdown.
        #[arg(long)]
        markdown: bool,
        /// A colleague taking part (repeatable).
        #[arg(long = "with", value_name = "NAME")]
        with: Vec<String>,
        /// How the situation escalated.
        #[arg(long, value_name = "TEXT")]
        escalation: Option<String>,
        /// What we would do differently.
        #[arg(long, value_name = "TEXT")]
        differently: Option<String>,
        /// What went well, to keep doing.
        #[arg(long, value_name = "TEXT")]
        went_well: Option<String>,
        /// Whether a process is broken: yes or no.
        #[arg(long, value_name = "yes|no", value_parser = commands::debrief::parse_yes_no)]
        broken: Option<bool>,
        /// Which process is broken, and what should change.
        #[arg(long, value_name = "TEXT")]
        process: Option<String>,
        /// How upset you are now (1–5), to compare with the first check-in.
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
        check_in: Option<u8>,
    },
    /// Log the blameless diagnosis of a case (as the walk's Diagnose step
    /// does); it does not wait for the reply's steps.
    Diagnose {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// One of the playbook's categories (e.g. "shipping damage").
        #[arg(long, value_name = "C")]
        category: String,
        /// What happened, in plain words.
        #[arg(long, value_name = "TEXT")]
        what: String,
        /// One "why?" answer; repeat it, the last one is the root cause.
        #[arg(long = "why", value_name = "TEXT", required = true)]
        whys: Vec<String>,
        /// The change to the process so it does not happen again.
        #[arg(long, value_name = "TEXT")]
        fix: String,
        /// Who makes that change happen.
        #[arg(long, value_name = "NAME")]
        owner: String,
        /// Whether the customer was told about the fix: yes or no.
        #[arg(long, value_name = "yes|no", value_parser = commands::debrief::parse_yes_no)]
        customer_told: Option<bool>,
    },
    /// What keeps going wrong across cases: recurring causes, trends,
    /// response times, follow-up outcomes, coach findings, check-ins.
    Patterns {
        /// The JSON contract (every group names its case ids).
        #[arg(long, conflicts_with_all = ["csv", "markdown"])]
        json: bool,
        /// One row per number: section,key,value,case_ids.
        #[arg(long, conflicts_with = "markdown")]
        csv: bool,
        /// Markdown tables, for the team's notes.
        #[arg(long)]
        markdown: bool,
        /// Only reviews received on or after this day.
        #[arg(long, value_name = "YYYY-MM-DD")]
        since: Option<String>,
        /// Only reviews from this platform.
        #[arg(long, value_name = "P")]
        platform: Option<String>,
    },
    /// The process fixes from diagnoses, as action items: open first.
    Actions {
        /// Only the actions you own.
        #[arg(long)]
        mine: bool,
        /// Print JSON (a stable contract for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a case's action: done, verified (only once a quiet window shows
    /// the cause did not come back, or a --note says how you verified it),
    /// drop (with a --note saying why) or open (again, or with a new --due).
    Action {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// done, verified, drop or open.
        #[arg(value_name = "done|verified|drop|open")]
        status: String,
        /// Why (needed to drop an action, or to verify it before its quiet window ends).
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// A new due date.
        #[arg(long, value_name = "YYYY-MM-DD")]
        due: Option<String>,
    },
    /// Share the store with your team through git.
    Team {
        #[command(subcommand)]
        command: TeamCommand,
    },
    /// Send your work to the team store, fetch theirs, say what arrived.
    Sync,
    /// Print a shell completion script, e.g. `heard completions bash >
    /// ~/.local/share/bash-completion/completions/heard`.
    Completions {
        /// bash, zsh, fish, powershell or elvish.
        shell: clap_complete::Shell,
    },
    /// Print the man page (every command and option), e.g. `heard man |
    /// man -l -`.
    Man,
    /// Practise on shipped scenarios: list them, start one, read its scorecard.
    Practice {
        #[command(subcommand)]
        command: Option<PracticeCommand>,
    },
}

#[derive(Subcommand)]
enum PracticeCommand {
    /// Start a practice case on a scenario (a name from `heard practice`,
    /// or a scenario file); prints the case id. It is never sent.
    Start {
        /// A scenario name from `heard practice`, or a scenario file.
        #[arg(value_name = "NAME|FILE")]
        scenario: String,
        /// Only create the case and print its id.
        #[arg(long)]
        no_open: bool,
    },
    /// The scorecard of a practice case.
    Score {
        /// The practice case (an id or a unique prefix).
        id: String,
        /// The scorecard as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Each person's practice attempts over time.
    Report {
        /// The attempts as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum TeamCommand {
    /// Make the store a git repository; with --remote, share it there (or
    /// join the team store already there).
    Init {
        /// The git URL of the team store (a bare repository).
        #[arg(long, value_name = "URL")]
        remote: Option<String>,
    },
}

#[derive(Subcommand)]
enum PlaybookCommand {
    /// List the playbooks you can use.
    List,
    /// Check a playbook file (exit 0 valid, 2 invalid).
    Check {
        /// The playbook's TOML file.
        file: PathBuf,
    },
}

/// Each `--line` of `request-changes` with its position on the command
/// line, so it can be paired with the `--comment` it belongs to.
fn comment_positions(matches: &ArgMatches, name: &str) -> Vec<usize> {
    matches
        .subcommand_matches("request-changes")
        .and_then(|m| m.indices_of(name))
        .map(|i| i.collect())
        .unwrap_or_default()
}

fn dispatch(cli: Cli, matches: &ArgMatches) -> Outcome {
    if let Some(Command::Playbook {
        command: PlaybookCommand::Check { file },
    }) = &cli.command
    {
        return commands::playbook::check(file);
    }
    match &cli.command {
        Some(Command::Completions { shell }) => {
            return commands::cli_docs::completions(Cli::command(), *shell);
        }
        Some(Command::Man) => return commands::cli_docs::man(Cli::command()),
        _ => {}
    }
    let ctx = Context::new(cli.store, cli.as_name.as_deref(), cli.verbose)?;
    match cli.command {
        None => tui::run(ctx, Start::Home),
        Some(Command::New {
            file,
            rating,
            author,
            platform,
            playbook,
            no_open,
        }) => {
            let args = NewArgs {
                file: file.as_deref(),
                hints: PlainTextHints {
                    customer: author,
                    platform,
                    rating,
                },
                playbook: playbook.as_deref(),
            };
            if !no_open {
                tui::require_terminal()?;
            }
            let id = commands::new::create(&ctx, &args)?;
            println!("{id}");
            if no_open {
                Ok(())
            } else {
                tui::run(ctx, Start::Case(id))
            }
        }
        Some(Command::Open { id }) => {
            let id = ctx.store.resolve(&id)?;
            tui::run(ctx, Start::Case(id))
        }
        Some(Command::List { json, due }) => commands::cases::list(&ctx, json, due),
        Some(Command::Reindex) => commands::cases::reindex(&ctx),
        Some(Command::FollowUp { id, done, note, on }) => {
            let request = match (&done, &on) {
                (Some(outcome), _) => Request::Done {
                    outcome,
                    note: note.as_deref(),
                },
                (None, Some(date)) => Request::On(date),
                (None, None) => Request::Show,
            };
            commands::follow_up::run(&ctx, &id, request)
        }
        Some(Command::Status { id, json }) => commands::cases::status(&ctx, &id, json),
        Some(Command::Verify { id, accept, note }) => match (id, accept) {
            (Some(id), true) => commands::verify::accept(&ctx, &id, note.as_deref()),
            (id, _) => commands::verify::run(&ctx, id.as_deref()),
        },
        Some(Command::Send {
            id,
            via,
            path,
            delivered,
            not_delivered,
        }) => match via {
            Some(via) => commands::send::run(&ctx, &id, &via, path),
            None => commands::send::confirm(&ctx, &id, delivered && !not_delivered),
        },
        Some(Command::Wait { id, timeout }) => commands::wait::run(&ctx, &id, timeout.as_deref()),
        Some(Command::Import { file, format, map }) => {
            commands::import::run(&ctx, &file, &format, map.as_deref())
        }
        Some(Command::Review { id: None }) => commands::review::list(&ctx),
        Some(Command::Review { id: Some(id) }) => commands::review::show(&ctx, &id),
        Some(Command::Approve { id, note }) => commands::review::approve(&ctx, &id, note),
        Some(Command::RequestChanges { id, comment, line }) => {
            let comments = commands::review::pair_comments(
                comment_positions(matches, "comment")
                    .into_iter()
                    .zip(comment)
                    .collect(),
                comment_positions(matches, "line")
                    .into_iter()
                    .zip(line)
                    .collect(),
            )?;
            commands::review::request_changes(&ctx, &id, comments)
        }
        Some(Command::Draft {
            id,
            public,
            private,
        }) => commands::review::draft(&ctx, &id, public.as_deref(), private.as_deref()),
        Some(Command::Debrief {
            id,
            markdown,
            with,
            escalation,
            differently,
            went_well,
            broken,
            process,
            check_in,
        }) => {
            let args = DebriefArgs {
                markdown,
                with,
                escalation,
                differently,
                went_well,
                process,
                broken,
                check_in,
            };
            commands::debrief::run(&ctx, &id, &args)
        }
        Some(Command::Diagnose {
            id,
            category,
            what,
            whys,
            fix,
            owner,
            customer_told,
        }) => {
            let args = commands::diagnose::DiagnoseArgs {
                category,
                what,
                whys,
                fix,
                owner,
                customer_told,
            };
            commands::diagnose::run(&ctx, &id, &args)
        }
        Some(Command::Patterns {
            json,
            csv,
            markdown,
            since,
            platform,
        }) => {
            use commands::patterns::{Format, parse_since};
            let format = match (json, csv, markdown) {
                (true, _, _) => Format::Json,
                (_, true, _) => Format::Csv,
                (_, _, true) => Format::Markdown,
                _ => Format::Text,
            };
            let scope = heard::domain::patterns::Scope {
                since: since.as_deref().map(parse_since).transpose()?,
                platform,
            };
            commands::patterns::run(&ctx, format, scope)
        }
        Some(Command::Actions { mine, json }) => commands::actions::list(&ctx, mine, json),
        Some(Command::Action {
            id,
            status,
            note,
            due,
        }) => {
            let m = commands::actions::Move {
                to: &status,
                note: note.as_deref(),
                due: due.as_deref(),
            };
            commands::actions::update(&ctx, &id, &m)
        }
        Some(Command::Team {
            command: TeamCommand::Init { remote },
        }) => commands::team::init(&ctx, remote.as_deref()),
        Some(Command::Sync) => commands::team::sync(&ctx),
        Some(Command::Completions { .. } | Command::Man) => Ok(()),
        Some(Command::Practice { command }) => match command {
            None => commands::practice::list(),
            Some(PracticeCommand::Start { scenario, no_open }) => {
                if !no_open {
                    tui::require_terminal()?;
                }
                let id = commands::practice::start(&ctx, &scenario)?;
                println!("{id}");
                if no_open {
                    Ok(())
                } else {
                    tui::run(ctx, Start::Case(id))
                }
            }
            Some(PracticeCommand::Score { id, json }) => commands::practice::score(&ctx, &id, json),
            Some(PracticeCommand::Report { json }) => commands::practice::report(&ctx, json),
        },
        Some(Command::Lint(args)) => commands::lint::run(&ctx, &args),
        Some(Command::Playbook { command }) => match command {
            PlaybookCommand::List => commands::playbook::list(&ctx.playbooks_dir()),
            PlaybookCommand::Check { file } => commands::playbook::check(&file),
        },
    }
}

fn main() {
    // `heard list | head` should stop quietly, like any Unix tool, instead
    // of panicking on a closed pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default signal action before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Err(Failure { code, message }) = dispatch(cli, &matches) {
        eprintln!("heard: {}", heard::domain::visible::reveal(&message));
        std::process::exit(code);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--help` never shows a bare argument name: every argument of every
    /// subcommand says what it is for.
    #[test]
    fn every_argument_has_a_description() {
        let missing = commands::cli_docs::arguments_without_help(&Cli::command());
        assert!(missing.is_empty(), "no help text: {missing:#?}");
    }
}
