//! `heard`: parse the command line and dispatch. No logic lives here.

use clap::{ArgMatches, CommandFactory, FromArgMatches};
use heard::commands::{
    self, Context, Failure, Outcome, debrief::DebriefArgs, follow_up::Request, new::NewArgs,
};
use heard::domain::review::PlainTextHints;
use heard::tui::{self, Start};

mod cli;

use cli::{Cli, Command, PlaybookCommand, PracticeCommand, TeamCommand};

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
    ctx: Context,
    no_open: bool,
    create: impl FnOnce(&Context) -> Result<String, Failure>,
) -> Outcome {
    if !no_open {
        tui::require_terminal()?;
    }
    let id = create(&ctx)?;
    println!("{id}");
    if no_open {
        Ok(())
    } else {
        tui::run(ctx, Start::Case(id))
    }
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
            create_then_open(ctx, no_open, |ctx| commands::new::create(ctx, &args))
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
                create_then_open(ctx, no_open, |ctx| {
                    commands::practice::start(ctx, &scenario)
                })
            }
            Some(PracticeCommand::Score { id, json }) => commands::practice::score(&ctx, &id, json),
            Some(PracticeCommand::Report { json }) => commands::practice::report(&ctx, json),
        },
        Some(Command::Export {
            anonymise,
            ids,
            out,
        }) => commands::export::run(&ctx, anonymise, &ids, out.as_deref()),
        Some(Command::Assign { id, name }) => commands::assign::run(&ctx, &id, &name),
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
