//! The real binary in a pseudo-terminal: start on the inbox of an imported
//! store, search for a customer by typing, open the case with Enter, and
//! read the case screen as a person would.

use crate::inbox_support;

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// A running `heard` and the screen it draws, kept up to date by a thread.
struct Pty {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Pty {
    fn spawn(args: &[&str], env: &[(&str, &std::path::Path)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_heard"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("heard starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let feed = Arc::clone(&screen);
        std::thread::spawn(move || {
            let _master = pair.master; // keep the pty open while reading
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Pty {
            screen,
            writer,
            child,
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, what: &[&str]) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let text = self.text();
            if what.iter().all(|w| text.contains(w)) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "waited 20 s for {what:?}; the screen shows:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn type_keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

#[test]
fn open_a_case_from_the_inbox_by_typing() {
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("store");
    let store = heard::store::Store::open(&store_dir).unwrap();
    inbox_support::fill(&store, time::OffsetDateTime::now_utc());
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "name = \"Ann\"\n").unwrap();

    let mut pty = Pty::spawn(
        &["--store", store_dir.to_str().unwrap()],
        &[("HEARD_CONFIG", &config)],
    );
    pty.wait_for(&["Inbox", "soonest deadline first", "Ana Müller"]);
    // Search by typing, then open the one match.
    pty.type_keys("/müller");
    pty.wait_for(&["1 found"]);
    pty.type_keys("\r");
    let screen = pty.wait_for(&["Walk", "Ana Müller", "Gates", "not after"]);
    assert!(screen.contains("How are you feeling?"), "{screen}");
    // Esc goes back to the inbox; q quits.
    pty.type_keys("\x1b");
    pty.wait_for(&["Inbox"]);
    pty.type_keys("q");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = pty.child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(Instant::now() < deadline, "heard did not quit on q");
        std::thread::sleep(Duration::from_millis(50));
    }
}
