//! Sharing a store through git: `heard team init` and `heard sync`.
//!
//! Runs the `git` executable with argument lists (never a shell line).
//! Every event file is written once by one person and drafts are per
//! person, so a rebase onto the team's history never meets a conflict; if
//! one happens anyway (the same person on two machines), the rebase is
//! undone and the local commit kept.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::remote_check;

/// Ignored in a shared store: half-written files of an atomic write, case
/// folders still being built, and this machine's locks.
pub const GITIGNORE: &str = "# heard: temporary files of atomic writes\n.tmp-*\n.new-*\n# this machine's locks and log\n.*.lock\n.logs/\n";

/// How many times `sync` retries when someone pushed in between.
const PUSH_ATTEMPTS: usize = 3;

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error(
        "git is not installed or not on PATH ({0}). Everything stays in your local store; install git to share it with the team."
    )]
    Missing(String),
    #[error(
        "this store is not shared yet. Run `heard team init` to start a team store, or `heard team init --remote URL` to join one."
    )]
    NotShared,
    #[error(
        "could not reach the team store at {remote}: {detail}. Everything stays in your local store; your changes go out with the next `heard sync`."
    )]
    Unreachable { remote: String, detail: String },
    #[error(
        "this store already syncs with {0}; to change it, run `git -C STORE remote set-url origin URL`."
    )]
    OtherRemote(String),
    #[error(
        "the team's changes clash with yours in {}: nothing was lost, your changes stay committed locally. This happens when one person uses two machines; ask for help with git.",
        .0.join(", ")
    )]
    Conflict(Vec<String>),
    #[error(
        "the team store holds {path}, which heard will not take: {reason}. Nothing was changed here; ask whoever pushed it to remove it, then sync again."
    )]
    Refused { path: String, reason: String },
    #[error(
        "`git {args}` failed: {detail}. Your store is as it was before the sync; try again, or ask for help with git."
    )]
    Failed { args: String, detail: String },
    #[error(
        "the team store changes or removes files that were written once ({}): history was edited by hand. Nothing was taken in; your store is as it was. Ask who changed them, and run `heard verify`.",
        .0.join(", ")
    )]
    Rewritten(Vec<String>),
    #[error(
        "team.toml or allowed_signers was changed by {}, who is not on the team roster. Nothing was taken in; your store is as it was.",
        .0.join(", ")
    )]
    SettingsByOutsider(Vec<String>),
    #[error(
        "the roles in team.toml were changed by {}, who is not an owner: only an owner names the owners. Nothing was taken in; your store is as it was.",
        .0.join(", ")
    )]
    RolesByStaff(Vec<String>),
}

pub type Result<T> = std::result::Result<T, GitError>;

/// What a sync did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SyncReport {
    /// The remote's address, when there is one.
    pub remote: Option<String>,
    /// Store files (relative paths) that came from the team.
    pub arrived: Vec<String>,
    /// Store files (relative paths) sent to the team.
    pub sent: Vec<String>,
}

/// A git working copy: the store folder.
pub struct Repo {
    dir: PathBuf,
    me: String,
}

impl Repo {
    pub fn new(dir: &Path, me: &str) -> Repo {
        Repo {
            dir: dir.to_path_buf(),
            me: me.to_string(),
        }
    }

    /// Whether the store itself is a git working copy (not merely inside one).
    pub fn is_shared(&self) -> bool {
        self.dir.join(".git").exists()
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("git");
        cmd.arg("-C").arg(&self.dir);
        // Commits and rebases are made as the person heard knows, so a
        // machine where git was never set up (a shop laptop) syncs too.
        let email = format!("{}@heard.invalid", super::slug(&self.me, 40));
        cmd.arg("-c").arg(format!("user.name={}", self.me));
        cmd.arg("-c").arg(format!("user.email={email}"));
        // Never wait for a password prompt nobody sees.
        cmd.env("GIT_TERMINAL_PROMPT", "0");
        cmd.args(args);
        cmd
    }

    /// Run git; Ok(stdout) on success, Err((status ok?, stderr)) otherwise.
    fn try_run(&self, args: &[&str]) -> Result<std::result::Result<String, String>> {
        let out = self.command(args).output().map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                GitError::Missing(e.to_string())
            } else {
                GitError::Failed {
                    args: args.join(" "),
                    detail: e.to_string(),
                }
            }
        })?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if out.status.success() {
            Ok(Ok(stdout))
        } else {
            let stderr = String::from_utf8_lossy(&out.stderr).trim().to_string();
            Ok(Err(if stderr.is_empty() { stdout } else { stderr }))
        }
    }

    fn run(&self, args: &[&str]) -> Result<String> {
        self.try_run(args)?.map_err(|detail| GitError::Failed {
            args: args.join(" "),
            detail,
        })
    }

    fn lines(&self, args: &[&str]) -> Result<Vec<String>> {
        Ok(self
            .run(args)?
            .lines()
            .map(str::to_string)
            .filter(|l| !l.is_empty())
            .collect())
    }

    /// git is there at all.
    pub fn check_git(&self) -> Result<()> {
        self.run(&["--version"]).map(|_| ())
    }

    fn remote_url(&self) -> Result<Option<String>> {
        Ok(self
            .try_run(&["remote", "get-url", "origin"])?
            .ok()
            .map(|s| s.trim().to_string()))
    }

    fn head(&self) -> Result<Option<String>> {
        Ok(self
            .try_run(&["rev-parse", "--verify", "-q", "HEAD"])?
            .ok()
            .map(|s| s.trim().to_string()))
    }

    fn branch(&self) -> Result<String> {
        Ok(self
            .run(&["symbolic-ref", "--short", "HEAD"])?
            .trim()
            .to_string())
    }

    fn unreachable(&self, detail: String) -> Result<GitError> {
        Ok(GitError::Unreachable {
            remote: self.remote_url()?.unwrap_or_else(|| "origin".into()),
            detail: detail.lines().last().unwrap_or_default().to_string(),
        })
    }

    fn fetch(&self) -> Result<()> {
        match self.try_run(&["fetch", "-q", "origin"])? {
            Ok(_) => Ok(()),
            Err(detail) => Err(self.unreachable(detail)?),
        }
    }

    /// The remote's branch, if the remote has any commits yet.
    fn remote_branch(&self) -> Result<Option<String>> {
        if let Ok(out) = self.try_run(&["ls-remote", "--symref", "origin", "HEAD"])?
            && let Some(b) = out
                .lines()
                .find_map(|l| l.strip_prefix("ref: refs/heads/"))
                .and_then(|l| l.split_whitespace().next())
        {
            return Ok(Some(b.to_string()));
        }
        let refs = self.lines(&[
            "for-each-ref",
            "--format=%(refname:short)",
            "refs/remotes/origin",
        ])?;
        Ok(refs
            .iter()
            .filter_map(|r| r.strip_prefix("origin/"))
            .find(|r| *r != "HEAD")
            .map(str::to_string))
    }

    /// Commit everything new or changed in the store, as this person.
    fn commit_all(&self, message: &str) -> Result<()> {
        self.exclude_work_in_progress();
        self.run(&["add", "-A"])?;
        if self.try_run(&["diff", "--cached", "--quiet"])?.is_ok() {
            return Ok(());
        }
        self.run(&["commit", "-q", "--no-verify", "-m", message])
            .map(|_| ())
    }

    /// Make the store a git working copy, optionally joined to a team store
    /// at `remote` (whose history is taken over, keeping every local file).
    pub fn init(&self, remote: Option<&str>) -> Result<SyncReport> {
        self.check_git()?;
        if !self.is_shared() {
            self.run(&["init", "-q"])?;
            self.run(&["symbolic-ref", "HEAD", "refs/heads/main"])?;
        }
        let ignore = self.dir.join(".gitignore");
        if !ignore.exists() {
            std::fs::write(&ignore, GITIGNORE).map_err(|e| GitError::Failed {
                args: "write .gitignore".into(),
                detail: e.to_string(),
            })?;
        }
        let Some(url) = remote else {
            self.commit_all(&format!("heard: team store started by {}", self.me))?;
            return Ok(SyncReport::default());
        };
        match self.remote_url()? {
            Some(existing) if existing != url => return Err(GitError::OtherRemote(existing)),
            Some(_) => {}
            None => {
                self.run(&["remote", "add", "origin", url])?;
            }
        }
        self.fetch()?;
        let mut taken = Vec::new();
        if self.head()?.is_none()
            && let Some(branch) = self.remote_branch()?
        {
            // Take over the team's history without touching local files,
            // then bring back the team's files this store does not have.
            self.check_remote(&format!("origin/{branch}"))?;
            self.run(&["symbolic-ref", "HEAD", &format!("refs/heads/{branch}")])?;
            self.run(&["reset", "-q", &format!("origin/{branch}")])?;
            taken = self.lines(&["ls-files"])?;
            let missing = self.lines(&["ls-files", "--deleted"])?;
            if !missing.is_empty() {
                let mut args = vec!["checkout", "-q", "--"];
                args.extend(missing.iter().map(String::as_str));
                self.run(&args)?;
            }
        }
        let mut report = self.sync()?;
        taken.append(&mut report.arrived);
        report.arrived = taken;
        Ok(report)
    }

    /// Keep half-built case folders and temporary files out of commits even
    /// in stores whose `.gitignore` predates them (local, never pushed).
    fn exclude_work_in_progress(&self) {
        let path = self.dir.join(".git/info/exclude");
        let now = std::fs::read_to_string(&path).unwrap_or_default();
        let missing: String = [".tmp-*", ".new-*", ".*.lock", ".logs/"]
            .iter()
            .filter(|p| !now.lines().any(|l| l.trim() == **p))
            .map(|p| format!("{p}\n"))
            .collect();
        if !missing.is_empty() {
            let _ = std::fs::create_dir_all(self.dir.join(".git/info"));
            let _ = std::fs::write(&path, format!("{now}{missing}"));
        }
    }

    /// Refuse the team's tree if it holds anything heard would not write:
    /// checked on the fetched commit, before any of it is checked out.
    fn check_remote(&self, theirs: &str) -> Result<()> {
        let listing = self.run(&["ls-tree", "-r", "-l", "-z", "--full-tree", theirs])?;
        remote_check::check_listing(&listing)
            .map_err(|(path, reason)| GitError::Refused { path, reason })
    }

    /// Commit local changes, rebase onto the team's, push; report what
    /// arrived. Whatever happens, the store is private again afterwards.
    pub fn sync(&self) -> Result<SyncReport> {
        let result = self.sync_unprotected();
        remote_check::make_private(&self.dir);
        result
    }

    fn sync_unprotected(&self) -> Result<SyncReport> {
        self.check_git()?;
        if !self.is_shared() {
            return Err(GitError::NotShared);
        }
        self.commit_all(&format!("heard sync by {}", self.me))?;
        let remote = self.remote_url()?;
        let mut report = SyncReport {
            remote: remote.clone(),
            ..SyncReport::default()
        };
        if remote.is_none() {
            return Ok(report);
        }
        let branch = self.branch()?;
        let theirs = format!("origin/{branch}");
        for attempt in 1..=PUSH_ATTEMPTS {
            self.fetch()?;
            let remote_has = self
                .try_run(&["rev-parse", "--verify", "-q", &theirs])?
                .is_ok();
            if remote_has {
                self.check_remote(&theirs)?;
                self.integrate(&theirs, &mut report)?;
                report.sent = self.lines(&["diff", "--name-only", &theirs, "HEAD"])?;
            } else if self.head()?.is_some() {
                report.sent = self.lines(&["ls-tree", "-r", "--name-only", "HEAD"])?;
            } else {
                return Ok(report);
            }
            if report.sent.is_empty() {
                return Ok(report);
            }
            let target = format!("HEAD:refs/heads/{branch}");
            match self.try_run(&["push", "-q", "origin", &target])? {
                Ok(_) => {
                    let upstream = format!("--set-upstream-to={theirs}");
                    let _ = self.try_run(&["fetch", "-q", "origin"])?;
                    let _ = self.try_run(&["branch", "-q", &upstream])?;
                    return Ok(report);
                }
                Err(detail) if is_rejected(&detail) && attempt < PUSH_ATTEMPTS => continue,
                Err(detail) => return Err(self.unreachable(detail)?),
            }
        }
        Ok(report)
    }

    /// Put local commits on top of the team's; note the files that arrived.
    fn integrate(&self, theirs: &str, report: &mut SyncReport) -> Result<()> {
        let Some(_) = self.head()? else {
            // Nothing local yet: simply take the team's history.
            report.arrived = self.lines(&["ls-tree", "-r", "--name-only", theirs])?;
            self.run(&["reset", "-q", "--hard", theirs])?;
            return Ok(());
        };
        let range = format!("HEAD...{theirs}");
        self.refuse_rewrites(theirs, &range)?;
        for f in self.lines(&["diff", "--name-only", "--diff-filter=A", &range])? {
            if !report.arrived.contains(&f) {
                report.arrived.push(f);
            }
        }
        if let Err(detail) = self.try_run(&["rebase", "-q", theirs])? {
            let files = self.lines(&["diff", "--name-only", "--diff-filter=U"])?;
            let _ = self.try_run(&["rebase", "--abort"])?;
            if files.is_empty() {
                return Err(GitError::Failed {
                    args: format!("rebase {theirs}"),
                    detail,
                });
            }
            return Err(GitError::Conflict(files));
        }
        Ok(())
    }
}

impl Repo {
    /// What arrives may add files, never change or remove what was recorded:
    /// an event or review file changed on the remote is history rewritten
    /// by hand. And the team's settings change only by someone on the roster.
    fn refuse_rewrites(&self, theirs: &str, range: &str) -> Result<()> {
        let changed: Vec<String> = self
            .lines(&["diff", "--name-only", "--diff-filter=MDRT", range])?
            .into_iter()
            .filter(|f| recorded_file(f))
            .collect();
        if !changed.is_empty() {
            return Err(GitError::Rewritten(changed));
        }
        let settings = [super::team_file::TEAM_FILE, super::team_file::SIGNERS_FILE];
        let mut args = vec!["log", "--format=%an", theirs, "^HEAD", "--"];
        args.extend(settings);
        let authors = self.lines(&args)?;
        if authors.is_empty() {
            return Ok(());
        }
        let ours = std::fs::read_to_string(self.dir.join(super::team_file::TEAM_FILE));
        let at = format!("{theirs}:{}", super::team_file::TEAM_FILE);
        let incoming = self.try_run(&["show", &at])?.unwrap_or_default();
        let staff: Vec<String> = authors
            .iter()
            .filter(|a| {
                super::team_file::roles_changed_by_non_owner(
                    ours.as_deref().unwrap_or_default(),
                    &incoming,
                    a,
                )
            })
            .cloned()
            .collect();
        if !staff.is_empty() {
            return Err(GitError::RolesByStaff(staff));
        }
        let roster =
            super::team_file::load(&self.dir, crate::domain::Roster::anyone()).map_err(|e| {
                GitError::Failed {
                    args: "read team.toml".into(),
                    detail: e.to_string(),
                }
            })?;
        if roster.is_open() {
            return Ok(());
        }
        let outsiders: Vec<String> = authors.into_iter().filter(|a| !roster.allows(a)).collect();
        if outsiders.is_empty() {
            Ok(())
        } else {
            Err(GitError::SettingsByOutsider(outsiders))
        }
    }
}

impl Repo {
    /// Every commit in this store's history that changed the team's
    /// settings, by someone not on the roster of the time ("hash author").
    pub fn settings_changed_by_outsiders(&self) -> Result<Vec<String>> {
        if !self.is_shared() || self.head()?.is_none() {
            return Ok(Vec::new());
        }
        let settings = [super::team_file::TEAM_FILE, super::team_file::SIGNERS_FILE];
        let mut args = vec!["log", "--format=%h %an", "HEAD", "--"];
        args.extend(settings);
        let mut out = Vec::new();
        for line in self.lines(&args)? {
            let Some((commit, author)) = line.split_once(' ') else {
                continue;
            };
            // Judged by the roster as it stood before the change; the
            // change that brought the first roster is judged by itself.
            let before = format!("{commit}^:{}", super::team_file::TEAM_FILE);
            let at = format!("{commit}:{}", super::team_file::TEAM_FILE);
            let after = self.try_run(&["show", &at])?.unwrap_or_default();
            let before = self.try_run(&["show", &before])?.ok();
            let text = before.as_deref().unwrap_or(&after);
            let members = super::team_file::members(text);
            let outsider =
                !members.is_empty() && !crate::domain::Roster::new(&members).allows(author);
            // Roles are judged the same way: by the owners named before.
            if outsider || super::team_file::roles_changed_by_non_owner(text, &after, author) {
                out.push(line.clone());
            }
        }
        // Edited here and not synced yet: nobody knows by whom until the sync
        // commits it under a name, so a change of owners shows until then.
        let head = format!("HEAD:{}", super::team_file::TEAM_FILE);
        let committed = self.try_run(&["show", &head])?.unwrap_or_default();
        let here = std::fs::read_to_string(self.dir.join(super::team_file::TEAM_FILE));
        if super::team_file::roles_changed_by_non_owner(&committed, &here.unwrap_or_default(), "") {
            out.push("(not synced) the owners in team.toml were changed on this machine".into());
        }
        Ok(out)
    }
}

/// Files written once: a case's review and its events, and the playbook
/// copies cases were created with.
fn recorded_file(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["cases", _, "review.json"] | ["cases", _, "events", _] => true,
        ["playbooks", name] => super::is_copy_name(name),
        _ => false,
    }
}

fn is_rejected(detail: &str) -> bool {
    ["rejected", "non-fast-forward", "fetch first", "stale info"]
        .iter()
        .any(|w| detail.contains(w))
}
