//! The key table: key strings, the shipped defaults, and `[keys]` in
//! `config.toml` with its refusals.

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::config::{Problem, parse};
use super::press::{KeyParseError, KeyPress};
use super::{Cmd, Keymap, Scope};

fn press(code: KeyCode, mods: KeyModifiers) -> KeyPress {
    KeyPress { code, mods }
}

#[test]
fn key_strings_parse_to_the_key_a_person_presses() {
    let c = KeyModifiers::CONTROL;
    let none = KeyModifiers::NONE;
    let table: &[(&str, Result<KeyPress, KeyParseError>)] = &[
        ("a", Ok(press(KeyCode::Char('a'), none))),
        ("A", Ok(press(KeyCode::Char('A'), none))),
        ("shift-a", Ok(press(KeyCode::Char('A'), none))),
        ("ctrl-n", Ok(press(KeyCode::Char('n'), c))),
        ("Ctrl-N", Ok(press(KeyCode::Char('n'), c))),
        ("enter", Ok(press(KeyCode::Enter, none))),
        ("Esc", Ok(press(KeyCode::Esc, none))),
        ("ctrl-home", Ok(press(KeyCode::Home, c))),
        ("shift-tab", Ok(press(KeyCode::Tab, KeyModifiers::SHIFT))),
        ("alt-x", Ok(press(KeyCode::Char('x'), KeyModifiers::ALT))),
        ("-", Ok(press(KeyCode::Char('-'), none))),
        ("ctrl--", Ok(press(KeyCode::Char('-'), c))),
        ("?", Ok(press(KeyCode::Char('?'), none))),
        ("space", Ok(press(KeyCode::Char(' '), none))),
        ("F1", Ok(press(KeyCode::F(1), none))),
        ("f13", Err(KeyParseError::Unknown("f13".into()))),
        ("", Err(KeyParseError::Empty)),
        ("ctrl-", Err(KeyParseError::NoKey("ctrl-".into()))),
        (
            "ctrl-shift-",
            Err(KeyParseError::NoKey("ctrl-shift-".into())),
        ),
        (
            "ctrl-enterr",
            Err(KeyParseError::Unknown("ctrl-enterr".into())),
        ),
        ("hyper-a", Err(KeyParseError::Unknown("hyper-a".into()))),
    ];
    for (text, want) in table {
        assert_eq!(&KeyPress::parse(text), want, "{text:?}");
    }
}

#[test]
fn keys_are_shown_as_the_footer_shows_them() {
    for (text, shown) in [
        ("ctrl-s", "^S"),
        ("enter", "Enter"),
        ("up", "↑"),
        ("A", "A"),
        ("ctrl-end", "^End"),
        ("space", "Space"),
    ] {
        assert_eq!(KeyPress::parse(text).unwrap().label(), shown, "{text}");
    }
}

#[test]
fn what_the_terminal_sends_matches_the_table() {
    let km = Keymap::default();
    let ev = |code, mods| KeyEvent::new(code, mods);
    let table = [
        (
            Scope::Case,
            ev(KeyCode::Char('n'), KeyModifiers::NONE),
            Some(Cmd::NextStep),
        ),
        (
            Scope::Case,
            ev(KeyCode::Esc, KeyModifiers::NONE),
            Some(Cmd::Cases),
        ),
        // Terminals send ctrl-S as 'S' or 's'; either is ctrl-s.
        (
            Scope::ComposeTyping,
            ev(KeyCode::Char('S'), KeyModifiers::CONTROL),
            Some(Cmd::Save),
        ),
        (
            Scope::ComposeTyping,
            ev(KeyCode::Char('s'), KeyModifiers::NONE),
            None,
        ),
        (
            Scope::ComposeTyping,
            ev(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Cmd::OtherDraft),
        ),
        (
            Scope::PeerReviewReading,
            ev(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Cmd::ToEnd),
        ),
        (
            Scope::Global,
            ev(KeyCode::Char('?'), KeyModifiers::SHIFT),
            Some(Cmd::Help),
        ),
    ];
    for (scope, key, want) in table {
        assert_eq!(km.resolve(scope, key), want, "{scope:?} {key:?}");
    }
}

#[test]
fn the_shipped_keys_pass_their_own_checks() {
    assert_eq!(parse("", Path::new("c.toml")).unwrap(), Keymap::default());
    assert_eq!(
        parse("[keys]\n", Path::new("c.toml")).unwrap(),
        Keymap::default()
    );
}

#[test]
fn rebinding_changes_the_key_and_the_footer_together() {
    let text = "[keys]\napprove = \"A\"\nnext-step = [\"N\", \"ctrl-n\"]\n\n[keys.compose]\nsave = \"S\"\n";
    let km = parse(text, Path::new("c.toml")).unwrap();
    let a = KeyEvent::new(KeyCode::Char('A'), KeyModifiers::SHIFT);
    assert_eq!(km.resolve(Scope::PeerReviewReading, a), Some(Cmd::Approve));
    let old = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
    assert_eq!(km.resolve(Scope::PeerReviewReading, old), None);
    assert_eq!(km.hint(Scope::PeerReviewReading, Cmd::Approve).key, "A");
    assert_eq!(km.hint(Scope::Case, Cmd::NextStep).key, "N");
    let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(km.resolve(Scope::Case, ctrl_n), Some(Cmd::NextStep));
    // Only on the drafts while not typing: typing keeps ^S.
    assert_eq!(km.hint(Scope::Compose, Cmd::Save).key, "S");
    assert_eq!(km.hint(Scope::ComposeTyping, Cmd::Save).key, "^S");
}

fn refused(text: &str) -> (usize, usize, Problem) {
    let e = parse(text, Path::new("c.toml")).unwrap_err();
    (e.line, e.column, *e.problem)
}

#[test]
fn bad_bindings_are_refused_where_they_are_written() {
    let conflict = |key: &str, scope: &str, first: &str, second: &str| Problem::Conflict {
        key: key.into(),
        scope: scope.into(),
        first: first.into(),
        second: second.into(),
    };
    let table: Vec<(&str, (usize, usize, Problem))> = vec![
        (
            "[keys]\naprove = \"A\"\n",
            (2, 1, Problem::UnknownCommand("aprove".into())),
        ),
        (
            "[keys]\napprove = \"ctrl-shift-\"\n",
            (
                2,
                11,
                Problem::BadKey(KeyParseError::NoKey("ctrl-shift-".into())),
            ),
        ),
        ("[keys]\napprove = 3\n", (2, 11, Problem::NotAKey)),
        ("[keys]\napprove = []\n", (2, 11, Problem::NoKeys)),
        (
            "[keys.nowhere]\nsave = \"S\"\n",
            (1, 7, Problem::UnknownScope("nowhere".into())),
        ),
        (
            "[keys.check-in]\napprove = \"A\"\n",
            (
                2,
                1,
                Problem::NotInScope {
                    scope: "check-in".into(),
                    cmd: "approve".into(),
                },
            ),
        ),
        // n is the next step on every step: nothing else may have it.
        (
            "[keys]\n\npark = \"n\"\n",
            (3, 8, conflict("n", "check-in", "park", "next-step")),
        ),
        (
            "[keys]\napprove = \"c\"\n",
            (
                2,
                11,
                conflict("c", "peer-review-reading", "approve", "request-changes"),
            ),
        ),
        (
            "[keys]\nsave = \"S\"\n",
            (
                2,
                8,
                Problem::TakesTyping {
                    key: "S".into(),
                    scope: "choices-typing".into(),
                    cmd: "save".into(),
                },
            ),
        ),
        (
            "[keys.compose-typing]\nsave = \"ctrl-u\"\n",
            (
                2,
                8,
                Problem::TakesTyping {
                    key: "^U".into(),
                    scope: "compose-typing".into(),
                    cmd: "save".into(),
                },
            ),
        ),
    ];
    for (text, want) in table {
        assert_eq!(refused(text), want, "{text:?}");
    }
}

#[test]
fn inbox_and_number_key_bindings_are_refused_where_they_are_written() {
    let conflict = |key: &str, scope: &str, first: &str, second: &str| Problem::Conflict {
        key: key.into(),
        scope: scope.into(),
        first: first.into(),
        second: second.into(),
    };
    let table: Vec<(&str, (usize, usize, Problem))> = vec![
        // The inbox list's keys count together with the home screen's.
        (
            "[keys]\npatterns = \"j\"\n",
            (2, 12, conflict("j", "inbox", "down", "patterns")),
        ),
        (
            "[keys.inbox]\nsearch = \"s\"\n",
            (2, 10, conflict("s", "inbox", "search", "start-sample")),
        ),
        // The number keys pick what is printed beside them.
        (
            "[keys.inbox]\nsearch = \"3\"\n",
            (2, 10, picks_by_number("3", "inbox", "search")),
        ),
        (
            "[keys]\nnew-from-paste = \"8\"\n",
            (2, 18, picks_by_number("8", "inbox", "new-from-paste")),
        ),
        (
            "[keys.check-in]\npark = \"2\"\n",
            (2, 8, picks_by_number("2", "check-in", "park")),
        ),
        // Letters type into the search; the arrows do not.
        (
            "[keys.inbox-search]\nclear-search = \"x\"\n",
            (
                2,
                16,
                Problem::TakesTyping {
                    key: "x".into(),
                    scope: "inbox-search".into(),
                    cmd: "clear-search".into(),
                },
            ),
        ),
    ];
    for (text, want) in table {
        assert_eq!(refused(text), want, "{text:?}");
    }
}

fn picks_by_number(key: &str, scope: &str, cmd: &str) -> Problem {
    Problem::PicksByNumber {
        key: key.into(),
        scope: scope.into(),
        cmd: cmd.into(),
    }
}

#[test]
fn the_inbox_keys_rebind_like_the_others() {
    let text = "[keys.inbox]\nsearch = \"f\"\ndown = [\"down\", \"J\"]\n\n[keys.inbox-search]\nclear-search = \"ctrl-g\"\n";
    let km = parse(text, Path::new("c.toml")).unwrap();
    let plain = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let table = [
        (Scope::Inbox, plain('f'), Some(Cmd::Search)),
        (Scope::Inbox, plain('/'), None),
        (Scope::Inbox, plain('J'), Some(Cmd::Down)),
        (Scope::Inbox, plain('j'), None),
        (
            Scope::InboxSearch,
            KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL),
            Some(Cmd::ClearSearch),
        ),
        (
            Scope::InboxSearch,
            KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
            None,
        ),
    ];
    for (scope, key, want) in table {
        assert_eq!(km.resolve(scope, key), want, "{scope:?} {key:?}");
    }
    assert_eq!(km.hint(Scope::Inbox, Cmd::Search).key, "f");
}

#[test]
fn the_message_names_the_file_line_and_column() {
    let e = parse(
        "[keys]\naprove = \"A\"\n",
        Path::new("/home/ann/config.toml"),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "/home/ann/config.toml, line 2, column 1: heard has no command “aprove” \
         (the commands are listed in the README, under [keys])"
    );
}

/// Every variant of `enum NAME` in mod.rs, by its config name.
fn variants(name: &str) -> Vec<String> {
    let text = std::fs::read_to_string("src/tui/keys/mod.rs").unwrap();
    let body = &text[text.find(&format!("pub enum {name} {{")).unwrap()..];
    let body = &body[..body.find("\n}").unwrap()];
    body.lines()
        .map(str::trim)
        .filter_map(|l| l.strip_suffix(','))
        .map(name_to_kebab)
        .collect()
}

fn scopes() -> Vec<Scope> {
    variants("Scope")
        .iter()
        .map(|n| serde_json::from_value(serde_json::Value::String(n.clone())).unwrap())
        .collect()
}

#[test]
fn every_command_is_on_some_screen() {
    let km = Keymap::default();
    for name in variants("Cmd") {
        let cmd: Cmd = serde_json::from_value(serde_json::Value::String(name.clone())).unwrap();
        let on_some = scopes().iter().any(|s| km.key(*s, cmd).is_some());
        assert!(on_some, "{name} has no key anywhere");
    }
}

#[test]
fn the_readme_names_every_command_and_screen() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let section = &readme[readme.find("### Keys").unwrap()..];
    for name in variants("Cmd").into_iter().chain(variants("Scope")) {
        assert!(
            section.contains(&format!("`{name}`")),
            "README [keys] lacks {name}"
        );
    }
}

fn name_to_kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}
