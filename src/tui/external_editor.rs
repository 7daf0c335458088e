//! Editing a draft in the person's own editor: the screen is suspended
//! (raw mode and the alternate screen left), `$VISUAL` or `$EDITOR` (or
//! `vi`) runs on a private temporary file, and the screen comes back.

use std::io::Write;
use std::process::Command;

use crossterm::{
    event::{DisableBracketedPaste, EnableBracketedPaste},
    execute,
    terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode},
};

/// The editor command as words: `$VISUAL`, then `$EDITOR`, then `vi`.
/// Split on spaces (`code -w` works); never run through a shell.
pub fn editor_command() -> Vec<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .map(|v| v.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .find(|w| !w.is_empty())
        .unwrap_or_else(|| vec!["vi".to_string()])
}

fn temp_file(text: &str) -> std::io::Result<std::path::PathBuf> {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("heard-draft-{}-{n}.txt", std::process::id()));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&path)?;
    f.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        f.write_all(b"\n")?;
    }
    Ok(path)
}

/// Run the editor on `text`; the edited text, or why not (in words).
pub fn edit(text: &str) -> Result<String, String> {
    let argv = editor_command();
    let path = temp_file(text).map_err(|e| format!("Could not make a file to edit: {e}"))?;
    let mut out = std::io::stdout();
    let _ = execute!(out, DisableBracketedPaste, LeaveAlternateScreen);
    let _ = disable_raw_mode();
    let status = Command::new(&argv[0]).args(&argv[1..]).arg(&path).status();
    let _ = enable_raw_mode();
    let _ = execute!(out, EnterAlternateScreen, EnableBracketedPaste);
    let result = match status {
        Ok(s) if s.success() => std::fs::read_to_string(&path)
            .map(|t| t.trim_end_matches('\n').to_string())
            .map_err(|e| format!("Could not read the edited draft: {e}")),
        Ok(s) => Err(format!(
            "`{}` exited with {s}; the draft was not changed.",
            argv.join(" ")
        )),
        Err(e) => Err(format!(
            "Could not start `{}` ({e}). Set $EDITOR to your editor, e.g. EDITOR=nano.",
            argv.join(" ")
        )),
    };
    let _ = std::fs::remove_file(&path);
    result
}
