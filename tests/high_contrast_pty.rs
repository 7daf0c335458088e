//! `[ui] theme = "high-contrast"` through the real binary: no grey text
//! anywhere on the check-in, and still in colour. The default theme on the
//! same screen has grey, so the test can tell them apart.

use crate::pty;

/// Cells drawn in grey (DarkGray is colour 8) and cells in any colour.
fn check_in_cells(config_text: &str) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, config_text).unwrap();
    let mut t = pty::spawn(
        &["--store", store.to_str().unwrap()],
        &[("HEARD_CONFIG", config.as_os_str())],
    );
    t.retry_until("s", "How are you feeling?");
    let seen = t.with_screen(|s| {
        let (rows, cols) = s.size();
        let (mut grey, mut coloured) = (0, 0);
        for row in 0..rows {
            for col in 0..cols {
                let Some(cell) = s.cell(row, col) else {
                    continue;
                };
                grey += usize::from(cell.fgcolor() == vt100::Color::Idx(8));
                coloured += usize::from(cell.fgcolor() != vt100::Color::Default);
            }
        }
        (grey, coloured)
    });
    t.send("q");
    t.wait_exit();
    seen
}

#[test]
fn high_contrast_draws_no_grey_text_and_keeps_colour() {
    let (grey, coloured) = check_in_cells("name = \"Ann\"\n[ui]\ntheme = \"high-contrast\"\n");
    assert_eq!(grey, 0, "grey cells in the high-contrast theme");
    assert!(coloured > 0);

    let (grey, _) = check_in_cells("name = \"Ann\"\n");
    assert!(
        grey > 0,
        "the default theme has grey hints, so the test can see a difference"
    );
}
