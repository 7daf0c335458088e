//! The command line describing itself: shell completions, the man page,
//! and the check that every argument says what it is for in `--help`.

use std::io::Write;

use clap_complete::Shell;

use super::{Failure, Outcome};

/// `heard completions SHELL`: the completion script on stdout.
pub fn completions(mut cli: clap::Command, shell: Shell) -> Outcome {
    let name = cli.get_name().to_string();
    clap_complete::generate(shell, &mut cli, name, &mut std::io::stdout());
    Ok(())
}

/// `heard man`: the man page (roff) on stdout, every subcommand included.
pub fn man(cli: clap::Command) -> Outcome {
    let mut out = Vec::new();
    write_man(cli, &mut out).map_err(|e| Failure::bad_input(format!("man page: {e}")))?;
    std::io::stdout()
        .write_all(&out)
        .map_err(|e| Failure::bad_input(format!("man page: {e}")))
}

/// The page for `heard` followed by a section per subcommand (nested ones
/// too), so `man heard` shows every option on one page.
pub fn write_man(cli: clap::Command, out: &mut dyn Write) -> std::io::Result<()> {
    let cli = cli.disable_help_subcommand(true);
    clap_mangen::Man::new(cli.clone()).render(out)?;
    for sub in cli.get_subcommands() {
        write_subcommand(sub, cli.get_name(), out)?;
    }
    Ok(())
}

fn write_subcommand(cmd: &clap::Command, parent: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let name = format!("{parent} {}", cmd.get_name());
    let man = clap_mangen::Man::new(cmd.clone().bin_name(name.clone()));
    let mut part = Vec::new();
    man.render_synopsis_section(&mut part)?;
    man.render_description_section(&mut part)?;
    man.render_options_section(&mut part)?;
    // Its sections become subsections under the subcommand's own heading.
    let part = String::from_utf8_lossy(&part).replace("\n.SH ", "\n.SS ");
    let part = part
        .strip_prefix(".SH ")
        .map_or(part.to_string(), |p| format!(".SS {p}"));
    writeln!(out, ".SH \"{}\"", name.to_uppercase())?;
    out.write_all(part.as_bytes())?;
    for nested in cmd.get_subcommands() {
        write_subcommand(nested, &name, out)?;
    }
    Ok(())
}

/// "heard send --via" for every argument, in every subcommand, that has no
/// description: `--help` would show a bare name.
pub fn arguments_without_help(cmd: &clap::Command) -> Vec<String> {
    let mut missing = Vec::new();
    walk(cmd, cmd.get_name(), &mut missing);
    missing
}

fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
    for arg in cmd.get_arguments() {
        let builtin = matches!(arg.get_id().as_str(), "help" | "version");
        if !builtin && arg.get_help().is_none() && arg.get_long_help().is_none() {
            let name = match arg.get_long() {
                Some(long) => format!("--{long}"),
                None => arg.get_id().to_string().to_uppercase(),
            };
            missing.push(format!("{path} {name}"));
        }
    }
    for sub in cmd.get_subcommands() {
        if sub.get_about().is_none() && sub.get_long_about().is_none() {
            missing.push(format!("{path} {} (the command itself)", sub.get_name()));
        }
        walk(sub, &format!("{path} {}", sub.get_name()), missing);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, Command};

    #[test]
    fn arguments_without_help_are_named_with_their_command() {
        let cmd = Command::new("heard")
            .arg(Arg::new("store").long("store").help("the store"))
            .subcommand(
                Command::new("send")
                    .about("send it")
                    .arg(Arg::new("id"))
                    .arg(Arg::new("via").long("via"))
                    .arg(Arg::new("path").help("where")),
            )
            .subcommand(Command::new("sync"));
        assert_eq!(
            arguments_without_help(&cmd),
            vec![
                "heard send ID",
                "heard send --via",
                "heard sync (the command itself)"
            ]
        );
    }

    #[test]
    fn the_man_page_has_every_subcommand() {
        let cmd = Command::new("heard").about("a coach").subcommand(
            Command::new("wait").about("wait for the gates").arg(
                Arg::new("timeout")
                    .long("timeout")
                    .help("give up after this long"),
            ),
        );
        let mut out = Vec::new();
        write_man(cmd, &mut out).unwrap();
        let page = String::from_utf8(out).unwrap();
        assert!(page.contains(".TH heard"), "{page}");
        assert!(page.contains("wait for the gates"), "{page}");
        assert!(page.contains("give up after this long"), "{page}");
        assert!(page.contains(".SH \"HEARD WAIT\""), "{page}");
    }
}
