//! The first run with no name in the config asks for one on the terminal,
//! keeps it in the config (beside what was there), and shows it in the
//! case header — instead of recording work under the OS login.

use crate::pty;

#[test]
fn the_first_run_asks_for_a_name_saves_it_and_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[team]\nmembers = [\"Dana\", \"Ben\"]\n").unwrap();
    let no_git = std::ffi::OsStr::new("/dev/null");
    let mut t = pty::spawn(
        &["--store", store.to_str().unwrap()],
        &[
            ("HEARD_CONFIG", config.as_os_str()),
            ("GIT_CONFIG_GLOBAL", no_git),
            ("GIT_CONFIG_NOSYSTEM", std::ffi::OsStr::new("1")),
            ("USER", std::ffi::OsStr::new("osuser")),
        ],
    );
    t.wait_for("Your name as colleagues know it:");
    t.send("\r");
    t.wait_for("A name, please");
    t.send("Dana\r");
    t.retry_until("s", "How are you feeling?");
    t.wait_for("you: Dana");
    assert!(!t.screen().contains("osuser"), "{}", t.screen());
    let saved = heard::config::Config::load(&config).unwrap();
    assert_eq!(saved.name.as_deref(), Some("Dana"));
    assert_eq!(saved.team.members, ["Dana", "Ben"]);
    t.send("q");
    assert!(t.wait_exit());

    // The next run knows the name and does not ask again.
    let mut again = pty::spawn(
        &["--store", store.to_str().unwrap()],
        &[("HEARD_CONFIG", config.as_os_str())],
    );
    again.wait_for("you: Dana");
    assert!(!again.screen().contains("Your name as colleagues"));
    again.send("q");
    assert!(again.wait_exit());
}
