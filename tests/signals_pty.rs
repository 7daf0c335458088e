//! The terminal is given back however heard is stopped: `kill -TSTP`
//! (restored, then taken back and redrawn on `kill -CONT`) and `kill`
//! (restored before heard ends). Before, a signal left the shell in the
//! alternate screen with the cursor hidden.

use crate::pty;

#[cfg(unix)]
#[test]
fn a_stop_and_a_kill_give_the_terminal_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "name = \"Ann\"\n").unwrap();
    let mut t = pty::spawn(
        &["--store", store.to_str().unwrap()],
        &[("HEARD_CONFIG", config.as_os_str())],
    );
    t.wait_holds_terminal((true, true));
    // The first frame is drawn after the signal handlers are in place; a
    // signal sent before that meets the default action, as it would for
    // any program still starting.
    t.wait_for("Welcome to heard");
    let home = t.screen();
    assert!(!home.trim().is_empty());

    t.signal(libc::SIGTSTP);
    t.wait_holds_terminal((false, false));
    // Continued only once it has really stopped, as a shell's `fg` would.
    t.wait_stopped();
    t.signal(libc::SIGCONT);
    t.wait_holds_terminal((true, true));
    // Drawn whole again on the cleared screen.
    let first_line = home
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap()
        .trim()
        .to_string();
    t.wait_for(&first_line);

    t.signal(libc::SIGTERM);
    t.wait_holds_terminal((false, false));
    assert!(!t.wait_exit(), "ended by the signal");
}
