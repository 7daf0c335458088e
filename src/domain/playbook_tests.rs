use super::*;

const MINIMAL: &str = r#"
id = "t"
name = "Test"
[gates]
cooldown_minutes = 10
upset_cooldown_minutes = 60
[[steps]]
id = "read"
kind = "read"
title = "Read"
why = "Because."
min_reads = 2
"#;

#[test]
fn minimal_playbook_parses_with_defaults() {
    let p = Playbook::parse(MINIMAL, "t.toml").unwrap();
    assert_eq!(p.gates.upset_from, 3);
    assert!(p.gates.peer_review);
    assert_eq!(p.gates.response_deadline_hours, 24);
    assert_eq!(p.steps[0].min_reads(), 2);
}

#[test]
fn errors_name_file_line_and_what() {
    let cases: &[(&str, &str, usize, &str)] = &[
        // (replace, with, expected line, expected message part)
        ("min_reads = 2", "min_reads = \"two\"", 12, "expected u32"),
        (
            "min_reads = 2",
            "min_read = 2",
            12,
            "unknown field `min_read`",
        ),
        (
            "kind = \"read\"",
            "kind = \"reed\"",
            9,
            "unknown variant `reed`",
        ),
        ("cooldown_minutes = 10", "cooldown_minutes = -1", 5, "u32"),
        (
            "min_reads = 2",
            "min_choices = 2",
            8,
            "only applies to choices steps",
        ),
        (
            "upset_cooldown_minutes = 60",
            "upset_cooldown_minutes = 5",
            0,
            "at least",
        ),
        (
            "[[steps]]",
            "[coach.phrases]\nblame = [\"the {carier}\"]\n[[steps]]",
            8,
            "[coach]: coach rules: phrase \"the {carier}\": unknown group {carier}",
        ),
        (
            "[[steps]]",
            "[coach.phrases]\ndefensive = [\"* policy\"]\n[[steps]]",
            8,
            "must start with a word (a prefix needs 3 letters)",
        ),
    ];
    for (from, to, line, part) in cases {
        let text = MINIMAL.replace(from, to);
        let err = Playbook::parse(&text, "pb/t.toml").unwrap_err();
        assert_eq!(err.source_name, "pb/t.toml");
        assert!(
            err.problem.to_string().contains(part),
            "{to}: {}",
            err.problem
        );
        if *line > 0 {
            assert_eq!(err.line, Some(*line), "{to}: {err}");
            assert!(err.to_string().starts_with(&format!("pb/t.toml:{line}:")));
        }
    }
}

/// Numbers a u32 holds but no date sum survives are refused where they
/// are written, with the line (they used to pass `playbook check`).
#[test]
fn huge_numbers_are_refused_at_their_line() {
    let cases: &[(&str, &str, usize, &str)] = &[
        (
            "cooldown_minutes = 10",
            "cooldown_minutes = 4294967295",
            5,
            "at most 43200 minutes",
        ),
        (
            "upset_cooldown_minutes = 60",
            "upset_cooldown_minutes = 43201",
            6,
            "at most 43200",
        ),
        (
            "[[steps]]",
            "response_deadline_hours = 4294967295\n[[steps]]",
            7,
            "at most 8760 hours",
        ),
        (
            "[[steps]]",
            "follow_up_days = 4294967295\n[[steps]]",
            7,
            "at most 365 days",
        ),
    ];
    for (from, to, line, part) in cases {
        let err = Playbook::parse(&MINIMAL.replace(from, to), "t.toml").unwrap_err();
        assert!(err.problem.to_string().contains(part), "{to}: {err}");
        assert_eq!(err.line, Some(*line), "{to}: {err}");
    }
    let breathe = |extra: &str| {
        MINIMAL
            .replace("kind = \"read\"", &format!("kind = \"breathe\"\n{extra}"))
            .replace("min_reads = 2", "")
    };
    for extra in ["pattern = [4, 4, 4, 4294967295]", "cycles = 4294967295"] {
        let err = Playbook::parse(&breathe(extra), "t.toml").unwrap_err();
        assert!(
            err.problem.to_string().contains("at most"),
            "{extra}: {err}"
        );
        assert_eq!(err.line, Some(10), "{extra}: {err}");
    }
    let limits = "cooldown_minutes = 43200\nupset_cooldown_minutes = 43200\n\
                  response_deadline_hours = 8760\nfollow_up_days = 365";
    let most = MINIMAL.replace("cooldown_minutes = 10\nupset_cooldown_minutes = 60", limits);
    assert!(Playbook::parse(&most, "t.toml").is_ok());
}

#[test]
fn duplicate_step_ids_are_refused() {
    let text = format!(
        "{MINIMAL}\n[[steps]]\nid = \"read\"\nkind = \"compose\"\ntitle = \"x\"\nwhy = \"y\"\n"
    );
    let err = Playbook::parse(&text, "t").unwrap_err();
    assert!(err.problem.to_string().contains("used twice"));
}

#[test]
fn breathing_seconds_is_pattern_times_cycles() {
    let text = MINIMAL
        .replace(
            "kind = \"read\"",
            "kind = \"breathe\"\npattern = [4, 7, 8, 0]\ncycles = 2",
        )
        .replace("min_reads = 2", "");
    let p = Playbook::parse(&text, "t").unwrap();
    assert_eq!(p.steps[0].breathing_seconds(), 38);
}
