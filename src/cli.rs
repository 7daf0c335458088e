//! The command line as clap reads it: every command, option and its help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use heard::commands;

/// A terminal coach for replying to bad online reviews.
#[derive(Parser)]
#[command(name = "heard", version, about, long_about = None)]
pub struct Cli {
    /// The store folder (default: your data dir, e.g. ~/.local/share/heard).
    #[arg(long, global = true, env = "HEARD_STORE", value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Act as this person (default: config name, git user.name, OS user).
    #[arg(long = "as", global = true, value_name = "NAME")]
    pub as_name: Option<String>,
    /// Log in detail to the store's log file (<store>/.logs; or set HEARD_LOG=debug).
    #[arg(long, global = true)]
    pub verbose: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Start a case from a review in plain text (a file, or - / nothing for stdin).
    New(NewCommand),
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
    /// Close a case without a reply: ask with --reason, a colleague agrees
    /// with --agree (like an approval).
    Close {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// Why no reply goes out (asks to close).
        #[arg(long, value_name = "TEXT", conflicts_with = "agree")]
        reason: Option<String>,
        /// Agree to the close a colleague asked for.
        #[arg(long)]
        agree: bool,
        /// A note with the agreement.
        #[arg(long, requires = "agree")]
        note: Option<String>,
    },
    /// Choose what a review needs after reading it: resolve, listen-only,
    /// polite-no or dont-engage.
    Triage {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// resolve, listen-only, polite-no or dont-engage.
        road: String,
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
    Debrief(DebriefCommand),
    /// Log the blameless diagnosis of a case (as the walk's Diagnose step
    /// does); it does not wait for the reply's steps.
    Diagnose(DiagnoseCommand),
    /// What keeps going wrong across cases: recurring causes, trends,
    /// response times, follow-up outcomes, coach findings, check-ins.
    Patterns(PatternsCommand),
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
    /// Turn real cases into practice scenarios with every name and personal
    /// detail replaced (prints each file written; load one with `heard
    /// practice start FILE`).
    Export {
        /// Replace names, emails, phone numbers, addresses, order numbers,
        /// amounts and dates (heard exports nothing else).
        #[arg(long)]
        anonymise: bool,
        /// The cases (ids or unique starts of them).
        #[arg(value_name = "ID", required = true)]
        ids: Vec<String>,
        /// The folder to write the scenario files in (default: here).
        #[arg(long, value_name = "DIR")]
        out: Option<std::path::PathBuf>,
    },
    /// Give a case to a team member to work on (`heard` shows them the
    /// cases assigned to them).
    Assign {
        /// The case: its id, or the start of it (see `heard list`).
        id: String,
        /// Who works on it: a name on the team roster.
        name: String,
    },
    /// Practise on shipped scenarios: list them, start one, read its scorecard.
    Practice {
        #[command(subcommand)]
        command: Option<PracticeCommand>,
    },
}

#[derive(Subcommand)]
pub enum PracticeCommand {
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
pub enum TeamCommand {
    /// Make the store a git repository; with --remote, share it there (or
    /// join the team store already there).
    Init {
        /// The git URL of the team store (a bare repository).
        #[arg(long, value_name = "URL")]
        remote: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum PlaybookCommand {
    /// List the playbooks you can use.
    List,
    /// Check a playbook file (exit 0 valid, 2 invalid).
    Check {
        /// The playbook's TOML file.
        file: PathBuf,
    },
}

#[derive(Args)]
pub struct DebriefCommand {
    /// The case: its id, or the start of it (see `heard list`).
    pub id: String,
    /// Print only the Markdown.
    #[arg(long)]
    pub markdown: bool,
    /// A colleague taking part (repeatable).
    #[arg(long = "with", value_name = "NAME")]
    pub with: Vec<String>,
    /// How the situation escalated.
    #[arg(long, value_name = "TEXT")]
    pub escalation: Option<String>,
    /// What we would do differently.
    #[arg(long, value_name = "TEXT")]
    pub differently: Option<String>,
    /// What went well, to keep doing.
    #[arg(long, value_name = "TEXT")]
    pub went_well: Option<String>,
    /// Whether a process is broken: yes or no.
    #[arg(long, value_name = "yes|no", value_parser = commands::debrief::parse_yes_no)]
    pub broken: Option<bool>,
    /// Which process is broken, and what should change.
    #[arg(long, value_name = "TEXT")]
    pub process: Option<String>,
    /// How upset you are now (1–5), to compare with the first check-in.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
    pub check_in: Option<u8>,
}

#[derive(Args)]
pub struct DiagnoseCommand {
    /// The case: its id, or the start of it (see `heard list`).
    pub id: String,
    /// One of the playbook's categories (e.g. "shipping damage").
    #[arg(long, value_name = "C")]
    pub category: String,
    /// What happened, in plain words.
    #[arg(long, value_name = "TEXT")]
    pub what: String,
    /// One "why?" answer; repeat it, the last one is the root cause.
    #[arg(long = "why", value_name = "TEXT", required = true)]
    pub whys: Vec<String>,
    /// The change to the process so it does not happen again.
    #[arg(long, value_name = "TEXT")]
    pub fix: String,
    /// Who makes that change happen.
    #[arg(long, value_name = "NAME")]
    pub owner: String,
    /// Whether the customer was told about the fix: yes or no.
    #[arg(long, value_name = "yes|no", value_parser = commands::debrief::parse_yes_no)]
    pub customer_told: Option<bool>,
}

#[derive(Args)]
pub struct PatternsCommand {
    /// The JSON contract (every group names its case ids).
    #[arg(long, conflicts_with_all = ["csv", "markdown"])]
    pub json: bool,
    /// One row per number: section,key,value,case_ids.
    #[arg(long, conflicts_with = "markdown")]
    pub csv: bool,
    /// Markdown tables, for the team's notes.
    #[arg(long)]
    pub markdown: bool,
    /// Only reviews received on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Only reviews from this platform.
    #[arg(long, value_name = "P")]
    pub platform: Option<String>,
}

#[derive(Args)]
pub struct NewCommand {
    /// The review as plain text: a file, or - (or nothing) for stdin.
    pub file: Option<PathBuf>,
    /// Stars the customer gave (1–5).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
    pub rating: Option<u8>,
    /// The customer's name as shown on the platform.
    #[arg(long)]
    pub author: Option<String>,
    /// Where the review was posted (google, trustpilot, etsy …).
    #[arg(long)]
    pub platform: Option<String>,
    /// The playbook to follow (see `heard playbook list`).
    #[arg(long)]
    pub playbook: Option<String>,
    /// Only create the case and print its id.
    #[arg(long)]
    pub no_open: bool,
    /// Make the case even if the same review already has one (no question).
    #[arg(long, short = 'y')]
    pub yes: bool,
}
