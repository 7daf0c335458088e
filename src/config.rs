//! Where things live and who is using heard: paths from `directories`,
//! overridable for tests, and `config.toml`.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// `config.toml` in the config dir (or `HEARD_CONFIG`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Your name as colleagues know it; recorded on everything you do.
    pub name: Option<String>,
    #[serde(default)]
    pub send: SendConfig,
    #[serde(default)]
    pub team: TeamConfig,
    #[serde(default)]
    pub identity: IdentityConfig,
    /// `[shop]`: the shop's own details, for the coach (its contacts are a
    /// way to talk, never personal data; staff names kept out of public).
    #[serde(default)]
    pub shop: crate::domain::coach::Shop,
    #[serde(default)]
    pub walk: WalkConfig,
    #[serde(default)]
    pub ui: UiConfig,
    /// `[keys]`: rebound keys, read with their places in the file by
    /// `tui::keys::config` (here only so the file parses).
    #[serde(default)]
    pub keys: toml::Table,
}

/// `[ui]`: how the screens look.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiConfig {
    /// `"default"` or `"high-contrast"` (no grey text, bright bold colours).
    #[serde(default)]
    pub theme: ThemeName,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    #[default]
    Default,
    HighContrast,
}

/// `[walk]`: which walk new complaints get.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WalkConfig {
    /// The playbook a complaint gets when none is named (`heard new`,
    /// `heard import`, the screen), e.g. "restaurant"; praise still gets
    /// `thank-you`. See `heard playbook list`.
    pub playbook: Option<String>,
}

/// `[identity]`: how your approvals prove they are yours.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityConfig {
    /// Your SSH private key; when set, `heard approve` signs with it.
    pub signing_key: Option<PathBuf>,
}

/// `[team]`: who is on the team.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamConfig {
    /// When set, only these people may approve a reply.
    #[serde(default)]
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SendConfig {
    /// Program and arguments that receive the reply on stdin, e.g.
    /// `["mail", "-s", "Your review", "care@shop.example"]`. Never run
    /// through a shell.
    #[serde(default)]
    pub command: Vec<String>,
    /// Seconds the command may take before it is stopped (default 60).
    #[serde(default)]
    pub timeout_seconds: Option<u64>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "heard")
}

/// The default store: the user's data dir (`~/.local/share/heard`).
pub fn default_store_dir() -> PathBuf {
    project_dirs()
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".heard"))
}

/// `HEARD_CONFIG`, or `config.toml` in the config dir.
pub fn config_path() -> PathBuf {
    if let Some(p) = std::env::var_os("HEARD_CONFIG") {
        return PathBuf::from(p);
    }
    project_dirs()
        .map(|d| d.config_dir().join("config.toml"))
        .unwrap_or_else(|| PathBuf::from("heard-config.toml"))
}

/// This installation's machine id: random, made once, kept next to the
/// config file. Recorded on events so that an approval typed on the machine
/// that wrote the drafts shows as such.
pub fn device_id() -> String {
    let path = config_path().with_file_name("device-id");
    if let Ok(id) = std::fs::read_to_string(&path) {
        let id = id.trim();
        if id.len() >= 8 && id.chars().all(|c| c.is_ascii_hexdigit()) {
            return id.to_string();
        }
    }
    let mut bytes = [0u8; 8];
    if getrandom(&mut bytes).is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        bytes = (t ^ u64::from(std::process::id())).to_le_bytes();
    }
    let id: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    if let Some(dir) = path.parent() {
        let _ = crate::store::atomic::create_private_dir(dir);
    }
    // Best effort: without a config dir the id lives for this run only.
    let _ = crate::store::atomic::write_new(&path, id.as_bytes());
    std::fs::read_to_string(&path)
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or(id)
}

fn getrandom(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}

impl Config {
    /// Load the config; a missing file is the default config.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(ConfigError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        Config::parse(&text, path)
    }

    /// The config in `text` (read from `path`, named in errors).
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| {
            let at = e
                .span()
                .map(|s| {
                    let before = &text[..s.start.min(text.len())];
                    format!("line {}: ", before.matches('\n').count() + 1)
                })
                .unwrap_or_default();
            ConfigError::Invalid {
                path: path.to_path_buf(),
                message: format!("{at}{}", e.message().trim()),
            }
        })
    }

    /// Who may approve, as the domain takes it.
    pub fn roster(&self) -> crate::domain::Roster {
        crate::domain::Roster::new(&self.team.members)
    }

    /// Who is using heard: `--as`, then the config, then git, then the OS user.
    pub fn identity(&self, override_name: Option<&str>) -> String {
        if let Some(n) = override_name.map(str::trim).filter(|n| !n.is_empty()) {
            return n.to_string();
        }
        if let Some(n) = self
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            return n.to_string();
        }
        if let Some(n) = git_user_name() {
            return n;
        }
        std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .ok()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| "me".to_string())
    }
}

pub(crate) fn git_user_name() -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["config", "user.name"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let name = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_parses_and_refuses_unknown_keys() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        assert_eq!(Config::load(&p).unwrap(), Config::default());
        std::fs::write(&p, "name = \"Ann\"\n[send]\ncommand = [\"cat\"]\n").unwrap();
        let themed = Config::parse("[ui]\ntheme = \"high-contrast\"\n", &p).unwrap();
        assert_eq!(themed.ui.theme, ThemeName::HighContrast);
        assert!(Config::parse("[ui]\ntheme = \"neon\"\n", &p).is_err());
        let c = Config::load(&p).unwrap();
        assert_eq!(c.identity(None), "Ann");
        assert_eq!(c.identity(Some("Bob")), "Bob");
        assert_eq!(c.send.command, vec!["cat"]);
        assert_eq!(c.send.timeout_seconds, None);
        std::fs::write(&p, "[send]\ncommand = [\"cat\"]\ntimeout_seconds = 5\n").unwrap();
        assert_eq!(Config::load(&p).unwrap().send.timeout_seconds, Some(5));
        assert!(c.roster().is_open());
        std::fs::write(&p, "[team]\nmembers = [\"Ann\", \"Bob\"]\n").unwrap();
        let c = Config::load(&p).unwrap();
        assert!(c.roster().allows("bob") && !c.roster().allows("zed"));
        std::fs::write(&p, "[team]\nmember = [\"Ann\"]\n").unwrap();
        let err = Config::load(&p).unwrap_err().to_string();
        assert!(err.contains("member"), "{err}");
        std::fs::write(&p, "name = \"Ann\"\nnmae = 1\n").unwrap();
        let err = Config::load(&p).unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("nmae"), "{err}");
    }
}
