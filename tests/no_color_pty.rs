//! `NO_COLOR` (no-color.org) through the real binary in a pty: not one
//! cell in colour, and the step on screen still marked by reverse video.
//! The same walk without it is in colour, so the test can tell them apart.

use crate::pty;

/// The check-in of the sample case, with `NO_COLOR` as given: how many
/// cells have a colour, and whether the selected step is in reverse video.
fn check_in_screen(no_color: &str) -> (usize, bool) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "name = \"Ann\"\n").unwrap();
    let mut t = pty::spawn(
        &["--store", store.to_str().unwrap()],
        &[
            ("HEARD_CONFIG", config.as_os_str()),
            ("NO_COLOR", no_color.as_ref()),
        ],
    );
    t.retry_until("s", "How are you feeling?");
    let seen = t.with_screen(|s| {
        let (rows, cols) = s.size();
        let mut coloured = 0;
        let mut selected_reversed = false;
        for row in 0..rows {
            let text = s.contents_between(row, 0, row, cols);
            for col in 0..cols {
                let Some(cell) = s.cell(row, col) else {
                    continue;
                };
                let plain = vt100::Color::Default;
                if cell.fgcolor() != plain || cell.bgcolor() != plain {
                    coloured += 1;
                }
                if text.contains("Check in") && cell.contents() == "C" && cell.inverse() {
                    selected_reversed = true;
                }
            }
        }
        (coloured, selected_reversed)
    });
    t.send("q");
    t.wait_exit();
    seen
}

#[test]
fn no_color_draws_without_colour_and_keeps_the_selection_visible() {
    let (coloured, selected) = check_in_screen("1");
    assert_eq!(coloured, 0, "cells in colour under NO_COLOR");
    assert!(selected, "the step on screen is not marked");

    let (coloured, selected) = check_in_screen("");
    assert!(coloured > 0, "an empty NO_COLOR means colours on");
    assert!(selected);
}
