//! The real `heard` binary in a pseudo-terminal: keys go in as bytes, and a
//! vt100 parser fed by a reader thread holds the screen a person would see.
//! Every wait has a generous timeout and dumps the screen when it fails.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
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

/// The screen as the reader thread last left it, and a signal for each
/// chunk it feeds in: waits sleep on the signal, not on a timer.
struct Screen {
    parser: Mutex<vt100::Parser>,
    fed: Condvar,
    /// The program closed the terminal (it exited, or gave the pty up).
    closed: AtomicBool,
}

pub struct Pty {
    screen: Arc<Screen>,
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
    let screen = Arc::new(Screen {
        parser: Mutex::new(vt100::Parser::new(ROWS, COLS, 0)),
        fed: Condvar::new(),
        closed: AtomicBool::new(false),
    });
    let feed = Arc::clone(&screen);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            feed.parser.lock().unwrap().process(&buf[..n]);
            feed.fed.notify_all();
        }
        // Taken under the lock, so a waiter cannot miss the last signal.
        let _held = feed.parser.lock().unwrap();
        feed.closed.store(true, Ordering::SeqCst);
        feed.fed.notify_all();
    });
    Pty {
        screen,
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
        look(self.screen.parser.lock().unwrap().screen())
    }

    /// The screen as text, rows joined by newlines.
    pub fn screen(&self) -> String {
        self.screen.parser.lock().unwrap().screen().contents()
    }

    /// Wait until `done` holds for the screen, woken by each chunk of
    /// output; whether it did before `end`.
    fn wait_until(&self, end: Instant, done: impl Fn(&vt100::Screen) -> bool) -> bool {
        let mut parser = self.screen.parser.lock().unwrap();
        loop {
            if done(parser.screen()) {
                return true;
            }
            let now = Instant::now();
            if now >= end {
                return false;
            }
            parser = self.screen.fed.wait_timeout(parser, end - now).unwrap().0;
        }
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
        if self.wait_until(Instant::now() + timeout, |s| s.contents().contains(text)) {
            return;
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
            if self.wait_until(tries_end, |s| s.contents().contains(text)) {
                return;
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

    /// Wait until the program is stopped (as by `kill -STOP` or its own
    /// `SIGTSTP` handler), told by `waitpid(WUNTRACED)` rather than a timer.
    #[cfg(unix)]
    #[track_caller]
    pub fn wait_stopped(&self) {
        let pid = self.child.process_id().expect("a running child") as libc::pid_t;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut status = 0;
            // SAFETY: waitpid(2) on a child we spawned, into a local int.
            let got = unsafe { libc::waitpid(pid, &mut status, libc::WUNTRACED) };
            let _ = tx.send(got == pid && libc::WIFSTOPPED(status));
        });
        if rx.recv_timeout(TIMEOUT) != Ok(true) {
            self.fail("heard never stopped");
        }
    }

    /// Whether the program has the alternate screen up and the cursor
    /// hidden (a full-screen program running), or neither (given back).
    pub fn holds_terminal(&self) -> (bool, bool) {
        self.with_screen(terminal_held)
    }

    /// Wait until `holds_terminal` is `want`.
    #[track_caller]
    pub fn wait_holds_terminal(&self, want: (bool, bool)) {
        if self.wait_until(Instant::now() + TIMEOUT, |s| terminal_held(s) == want) {
            return;
        }
        self.fail(&format!(
            "the terminal never became {want:?} (alternate screen, cursor hidden)"
        ));
    }

    /// Wait for the program to exit; its success.
    #[track_caller]
    pub fn wait_exit(&mut self) -> bool {
        // The pty closes when the program exits: wait for that, not a timer.
        let closed = &self.screen.closed;
        self.wait_until(Instant::now() + TIMEOUT, |_| closed.load(Ordering::SeqCst));
        match self.child.try_wait().unwrap() {
            Some(status) => status.success(),
            None if closed.load(Ordering::SeqCst) => self.child.wait().unwrap().success(),
            None => self.fail("heard did not exit"),
        }
    }
}

fn terminal_held(screen: &vt100::Screen) -> (bool, bool) {
    (screen.alternate_screen(), screen.hide_cursor())
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
