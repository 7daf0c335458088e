//! `heard`: parse the command line and dispatch. No logic lives here.

use clap::{ArgMatches, CommandFactory, FromArgMatches};
use heard::commands::{
    self, Context, Failure, Outcome, debrief::DebriefArgs, follow_up::Request, new::NewArgs,
};
use heard::domain::review::PlainTextHints;
use heard::tui::{self, Start};

mod cli;

use cli::{
    Cli, Command, DebriefCommand, DiagnoseCommand, NewCommand, PatternsCommand, PlaybookCommand,
    PracticeCommand, TeamCommand,
};

/// Each `--line` of `request-changes` with its position on the command
/// line, so it can be paired with the `--comment` it belongs to.
fn comment_positions(matches: &ArgMatches, name: &str) -> Vec<usize> {
    matches
        .subcommand_matches("request-changes")
        .and_then(|m| m.indices_of(name))
        .map(|i| i.collect())
        .unwrap_or_default()
}

/// Make a case, print its id, then open it unless `no_open`; the terminal
/// is checked before anything is made, so a script gets a refusal, not a
/// half-started walk.
fn create_then_open(
    mut ctx: Context,
    no_open: bool,
    create: impl FnOnce(&Context) -> Result<String, Failure>,
) -> Outcome {
    if !no_open {
        tui::require_terminal()?;
    }
    // Whose case it is is settled first: never made under a guessed name.
    if !ctx.named {
        if !commands::new::can_ask() {
            return Err(commands::new::no_name_yet());
        }
        ctx.me = tui::first_run::ask_name(&heard::config::config_path())?;
        ctx.named = true;
    }
    let id = create(&ctx)?;
    println!("{id}");
    if no_open {
        Ok(())
    } else {
        tui::run(ctx, Start::Case(id))
    }
}

/// Commands that need no store: they must work before one exists.
fn without_store(command: &Option<Command>) -> Option<Outcome> {
    match command {
        Some(Command::Playbook {
            command: PlaybookCommand::Check { file },
        }) => Some(commands::playbook::check(file)),
        Some(Command::Completions { shell }) => {
            Some(commands::cli_docs::completions(Cli::command(), *shell))
        }
        Some(Command::Man) => Some(commands::cli_docs::man(Cli::command())),
        _ => None,
    }
}

fn dispatch(cli: Cli, matches: &ArgMatches) -> Outcome {
    if let Some(outcome) = without_store(&cli.command) {
        return outcome;
    }
    let ctx = Context::new(cli.store, cli.as_name.as_deref(), cli.verbose)?;
    let Some(command) = cli.command else {
        return tui::run(ctx, Start::Home);
    };
    match command {
        Command::New(c) => new_case(ctx, c),
        Command::Open { id } => {
            let id = ctx.store.resolve(&id)?;
            tui::run(ctx, Start::Case(id))
        }
        Command::List { json, due } => commands::cases::list(&ctx, json, due),
        Command::Reindex => commands::cases::reindex(&ctx),
        Command::FollowUp { id, done, note, on } => follow_up(&ctx, &id, done, note, on),
        Command::Status { id, json } => commands::cases::status(&ctx, &id, json),
        Command::Verify { id, accept, note } => verify(&ctx, id, accept, note),
        Command::Send {
            id,
            via,
            path,
            delivered,
            not_delivered,
        } => send(&ctx, &id, via, path, delivered && !not_delivered),
        Command::Wait { id, timeout } => commands::wait::run(&ctx, &id, timeout.as_deref()),
        Command::Import { file, format, map } => {
            commands::import::run(&ctx, &file, &format, map.as_deref())
        }
        Command::Review { id: None } => commands::review::list(&ctx),
        Command::Review { id: Some(id) } => commands::review::show(&ctx, &id),
        Command::Approve { id, note } => commands::review::approve(&ctx, &id, note),
        Command::Close {
            id,
            reason,
            agree,
            note,
        } => commands::close::close(&ctx, &id, reason, agree, note),
        Command::Triage { id, road } => commands::close::triage(&ctx, &id, &road),
        Command::RequestChanges { id, comment, line } => {
            request_changes(&ctx, matches, &id, comment, line)
        }
        Command::Draft {
            id,
            public,
            private,
        } => commands::review::draft(&ctx, &id, public.as_deref(), private.as_deref()),
        Command::Debrief(c) => debrief(&ctx, c),
        Command::Diagnose(c) => diagnose(&ctx, c),
        Command::Patterns(c) => patterns(&ctx, c),
        Command::Actions { mine, json } => commands::actions::list(&ctx, mine, json),
        Command::Action {
            id,
            status,
            note,
            due,
        } => action(&ctx, &id, &status, note, due),
        Command::Team {
            command: TeamCommand::Init { remote },
        } => commands::team::init(&ctx, remote.as_deref()),
        Command::Sync => commands::team::sync(&ctx),
        Command::Completions { .. } | Command::Man => Ok(()),
        Command::Practice { command } => practice(ctx, command),
        Command::Export {
            anonymise,
            ids,
            out,
        } => commands::export::run(&ctx, anonymise, &ids, out.as_deref()),
        Command::Assign { id, name } => commands::assign::run(&ctx, &id, &name),
        Command::Lint(args) => commands::lint::run(&ctx, &args),
        Command::Playbook { command } => match command {
            PlaybookCommand::List => commands::playbook::list(&ctx.playbooks_dir()),
            PlaybookCommand::Check { file } => commands::playbook::check(&file),
        },
    }
}

fn follow_up(
    ctx: &Context,
    id: &str,
    done: Option<String>,
    note: Option<String>,
    on: Option<String>,
) -> Outcome {
    let request = match (&done, &on) {
        (Some(outcome), _) => Request::Done {
            outcome,
            note: note.as_deref(),
        },
        (None, Some(date)) => Request::On(date),
        (None, None) => Request::Show,
    };
    commands::follow_up::run(ctx, id, request)
}

fn request_changes(
    ctx: &Context,
    matches: &ArgMatches,
    id: &str,
    comment: Vec<String>,
    line: Vec<String>,
) -> Outcome {
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
    commands::review::request_changes(ctx, id, comments)
}

fn new_case(ctx: Context, c: NewCommand) -> Outcome {
    let args = NewArgs {
        file: c.file.as_deref(),
        hints: PlainTextHints {
            customer: c.author,
            platform: c.platform,
            rating: c.rating,
        },
        playbook: c.playbook.as_deref(),
        yes: c.yes,
    };
    create_then_open(ctx, c.no_open, |ctx| commands::new::create(ctx, &args))
}

fn practice(ctx: Context, command: Option<PracticeCommand>) -> Outcome {
    match command {
        None => commands::practice::list(),
        Some(PracticeCommand::Start { scenario, no_open }) => {
            create_then_open(ctx, no_open, |ctx| {
                commands::practice::start(ctx, &scenario)
            })
        }
        Some(PracticeCommand::Score { id, json }) => commands::practice::score(&ctx, &id, json),
        Some(PracticeCommand::Report { json }) => commands::practice::report(&ctx, json),
    }
}

fn verify(ctx: &Context, id: Option<String>, accept: bool, note: Option<String>) -> Outcome {
    match (id, accept) {
        (Some(id), true) => commands::verify::accept(ctx, &id, note.as_deref()),
        (id, _) => commands::verify::run(ctx, id.as_deref()),
    }
}

fn send(
    ctx: &Context,
    id: &str,
    via: Option<String>,
    path: Option<std::path::PathBuf>,
    delivered: bool,
) -> Outcome {
    match via {
        Some(via) => commands::send::run(ctx, id, &via, path),
        None => commands::send::confirm(ctx, id, delivered),
    }
}

fn action(
    ctx: &Context,
    id: &str,
    status: &str,
    note: Option<String>,
    due: Option<String>,
) -> Outcome {
    let m = commands::actions::Move {
        to: status,
        note: note.as_deref(),
        due: due.as_deref(),
    };
    commands::actions::update(ctx, id, &m)
}

fn debrief(ctx: &Context, c: DebriefCommand) -> Outcome {
    let args = DebriefArgs {
        markdown: c.markdown,
        with: c.with,
        escalation: c.escalation,
        differently: c.differently,
        went_well: c.went_well,
        process: c.process,
        broken: c.broken,
        check_in: c.check_in,
    };
    commands::debrief::run(ctx, &c.id, &args)
}

fn diagnose(ctx: &Context, c: DiagnoseCommand) -> Outcome {
    let args = commands::diagnose::DiagnoseArgs {
        category: c.category,
        what: c.what,
        whys: c.whys,
        fix: c.fix,
        owner: c.owner,
        customer_told: c.customer_told,
    };
    commands::diagnose::run(ctx, &c.id, &args)
}

fn patterns(ctx: &Context, c: PatternsCommand) -> Outcome {
    use commands::patterns::{Format, parse_since};
    let format = match (c.json, c.csv, c.markdown) {
        (true, _, _) => Format::Json,
        (_, true, _) => Format::Csv,
        (_, _, true) => Format::Markdown,
        _ => Format::Text,
    };
    let scope = heard::domain::patterns::Scope {
        since: c.since.as_deref().map(parse_since).transpose()?,
        platform: c.platform,
    };
    commands::patterns::run(ctx, format, scope)
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
