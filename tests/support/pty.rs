//! The real `heard` binary in a pseudo-terminal: keys go in as bytes, and a
//! vt100 parser fed by a reader thread holds the screen a person would see.
//! Every wait has a generous timeout and dumps the screen when it fails.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const ROWS: u16 = 24;
pub const COLS: u16 = 80;
/// Long enough for a loaded CI machine; a passing run never waits this long.
pub const TIMEOUT: Duration = Duration::from_secs(20);

pub const ENTER: &str = "\r";
pub const TAB: &str = "\t";
pub const DOWN: &str = "\x1b[B";
pub const RIGHT: &str = "\x1b[C";

pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

/// Start `heard ARGS` at 80x24 with `env` added to this process's env.
pub fn spawn(args: &[&str], env: &[(&str, &OsStr)]) -> Pty {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_heard"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("HEARD_STORE");
    cmd.env_remove("HEARD_REDUCED_MOTION");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pair.slave.spawn_command(cmd).expect("spawn heard");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let writer = pair.master.take_writer().unwrap();
    let parser = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
    let feed = Arc::clone(&parser);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            feed.lock().unwrap().process(&buf[..n]);
        }
    });
    Pty {
        parser,
        writer,
        child,
        _master: pair.master,
    }
}

impl Pty {
    /// Type `keys` (raw bytes: letters, "\r", escape sequences).
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let the app read this before the next write, so a lone Esc is
        // never glued to the keys after it.
        std::thread::sleep(Duration::from_millis(40));
    }

    /// Look at the screen cell by cell (colours, reverse video).
    pub fn with_screen<R>(&self, look: impl FnOnce(&vt100::Screen) -> R) -> R {
        look(self.parser.lock().unwrap().screen())
    }

    /// The screen as text, rows joined by newlines.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn fail(&self, what: &str) -> ! {
        panic!(
            "{what}\n----- screen ({COLS}x{ROWS}) -----\n{}\n-----------------------",
            self.screen()
        );
    }

    /// Wait until `text` is on screen.
    #[track_caller]
    pub fn wait_for(&self, text: &str) {
        self.wait_for_within(text, TIMEOUT);
    }

    #[track_caller]
    pub fn wait_for_within(&self, text: &str, timeout: Duration) {
        let end = Instant::now() + timeout;
        while Instant::now() < end {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        self.fail(&format!("timed out after {timeout:?} waiting for {text:?}"));
    }

    /// Send `keys` again and again until `text` shows: for steps that only
    /// count after some real time has passed (a read, a breath).
    #[track_caller]
    pub fn retry_until(&mut self, keys: &str, text: &str) {
        let end = Instant::now() + TIMEOUT;
        while Instant::now() < end {
            self.send(keys);
            let tries_end = Instant::now() + Duration::from_millis(500);
            while Instant::now() < tries_end {
                if self.screen().contains(text) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(25));
            }
        }
        self.fail(&format!("{keys:?} never brought up {text:?}"));
    }

    /// Kill the program as `kill -9` would: no chance to save anything.
    pub fn kill9(&mut self) {
        let pid = self.child.process_id().expect("a running child") as libc::pid_t;
        // SAFETY: kill(2) with a pid we spawned; no memory is touched.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
        self.child.wait().unwrap();
    }

    /// Send a signal, as `kill -SIG PID` would.
    pub fn signal(&self, sig: libc::c_int) {
        let pid = self.child.process_id().expect("a running child") as libc::pid_t;
        // SAFETY: kill(2) with a pid we spawned; no memory is touched.
        assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
    }

    /// Whether the program has the alternate screen up and the cursor
    /// hidden (a full-screen program running), or neither (given back).
    pub fn holds_terminal(&self) -> (bool, bool) {
        let parser = self.parser.lock().unwrap();
        (
            parser.screen().alternate_screen(),
            parser.screen().hide_cursor(),
        )
    }

    /// Wait until `holds_terminal` is `want`.
    #[track_caller]
    pub fn wait_holds_terminal(&self, want: (bool, bool)) {
        let end = Instant::now() + TIMEOUT;
        while Instant::now() < end {
            if self.holds_terminal() == want {
                return;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        self.fail(&format!(
            "the terminal never became {want:?} (alternate screen, cursor hidden)"
        ));
    }

    /// Wait for the program to exit; its success.
    #[track_caller]
    pub fn wait_exit(&mut self) -> bool {
        let end = Instant::now() + TIMEOUT;
        while Instant::now() < end {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        self.fail("heard did not exit");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
