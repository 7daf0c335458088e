//! `v` hands a draft to the person's own editor. Whatever that editor
//! leaves on the terminal, heard draws its whole screen again on return,
//! and the edited text is in the draft (issue 16).

use crate::pty;
use crate::pty_world;

use std::ffi::OsStr;

use pty_world::{PtyWorld, check_in_and_breathe, read_to_compose};

/// An "editor" that scribbles over the whole terminal, on the main screen
/// and on the alternate one (left switched on, as a crashed editor would),
/// then writes a new draft into the file it was given.
const SCRIBBLER: &str = "#!/bin/sh\n\
    printf 'garbage\\n' > /dev/tty\n\
    printf '\\033[?1049h\\033[2J\\033[Hgarbage garbage garbage\\n' > /dev/tty\n\
    i=0; while [ $i -lt 20 ]; do printf 'garbage line %s\\n' $i > /dev/tty; i=$((i+1)); done\n\
    printf '\\033[?25l' > /dev/tty\n\
    printf 'Written in my own editor, thank you Dev.\\n' > \"$1\"\n";

#[test]
fn v_comes_back_to_a_clean_screen_with_the_edited_draft() {
    let w = PtyWorld::with_fast_playbook("fast");
    let id = w.case_opened_hours_ago("fast");
    let editor = w.dir.path().join("scribbler.sh");
    std::fs::write(&editor, SCRIBBLER).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut args = w.base_args();
    args.extend(["open".to_string(), id.clone()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut t = pty::spawn(
        &args,
        &[
            ("HEARD_CONFIG", w.config().as_os_str()),
            ("EDITOR", editor.as_os_str()),
            ("VISUAL", OsStr::new("")),
        ],
    );
    check_in_and_breathe(&mut t);
    read_to_compose(&mut t, "It came late");
    t.wait_for("v $EDITOR");

    t.send("v");
    t.wait_for("Written in my own editor");
    // The whole screen is heard's again: its header, the walk, the
    // footer, and not one cell of the editor's scribbles.
    t.wait_for("v $EDITOR");
    let screen = t.screen();
    assert!(!screen.contains("garbage"), "{screen}");
    assert!(screen.contains("Dev Patel"), "{screen}");
    assert!(screen.contains("Walk"), "{screen}");
    assert!(screen.contains("Both drafts"), "{screen}");
    t.send("s");
    t.wait_for("saved version ✓");
    let case = heard::store::Store::open(w.store())
        .unwrap()
        .load(&id)
        .unwrap();
    assert_eq!(
        case.drafts.public,
        "Written in my own editor, thank you Dev."
    );
    t.send("q");
    assert!(t.wait_exit(), "heard exits cleanly");
}
