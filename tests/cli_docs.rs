//! The command line describing itself: completion scripts for four shells
//! and the man page, from the real binary (no store needed).

use std::process::Command;

fn heard(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_heard"))
        .args(args)
        .env("HEARD_STORE", "/nonexistent/heard-store")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn completion_scripts_for_each_shell_know_the_subcommands() {
    let rows = [
        ("bash", "complete -F _heard"),
        ("zsh", "#compdef heard"),
        ("fish", "complete -c heard"),
        ("powershell", "Register-ArgumentCompleter"),
    ];
    for (shell, marker) in rows {
        let (code, out) = heard(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {out}");
        assert!(out.contains(marker), "{shell}: {out}");
        assert!(out.contains("wait"), "{shell} lacks `wait`");
        assert!(
            out.contains("request-changes"),
            "{shell} lacks `request-changes`"
        );
    }
    let (code, out) = heard(&["completions", "tcsh"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("possible values"), "{out}");
}

#[test]
fn the_man_page_documents_every_subcommand_and_option() {
    let (code, page) = heard(&["man"]);
    assert_eq!(code, 0, "{page}");
    assert!(
        page.starts_with(".ie") || page.contains(".TH heard"),
        "{page}"
    );
    for section in [
        "HEARD WAIT",
        "HEARD SEND",
        "HEARD PLAYBOOK CHECK",
        "HEARD TEAM INIT",
    ] {
        assert!(page.contains(&format!(".SH \"{section}\"")), "no {section}");
    }
    assert!(page.contains("Give up after this long"), "wait --timeout");
}
