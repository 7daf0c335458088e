//! The terminal is given back whatever stops heard: ratatui's hook covers
//! a panic; these handlers cover the signals. SIGTERM, SIGHUP and SIGQUIT
//! restore the terminal and then end heard as the signal would; SIGTSTP
//! (`kill -TSTP`, a job-control stop) restores it, stops, and on SIGCONT
//! takes it back and asks the loop for a full redraw.
//!
//! A handler may only do what is async-signal-safe: `write(2)` of fixed
//! bytes, `tcsetattr(3)`, `raise(3)`, atomics. Everything it needs is
//! prepared by [`install`].

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, Ordering};

/// Give the mouse back, leave bracketed paste and the alternate screen,
/// show the cursor.
const LEAVE: &[u8] = b"\x1b[?1006l\x1b[?1000l\x1b[?2004l\x1b[?1049l\x1b[?25h";
/// Back into the alternate screen, cleared, cursor hidden, paste on.
const ENTER: &[u8] = b"\x1b[?1049h\x1b[2J\x1b[?25l\x1b[?2004h";

static TTY: AtomicI32 = AtomicI32::new(-1);
static COOKED: AtomicPtr<libc::termios> = AtomicPtr::new(std::ptr::null_mut());
static RAW: AtomicPtr<libc::termios> = AtomicPtr::new(std::ptr::null_mut());
static REDRAW: AtomicBool = AtomicBool::new(false);

/// Whether the screen must be drawn whole again (after a stop).
pub fn take_redraw() -> bool {
    REDRAW.swap(false, Ordering::SeqCst)
}

fn termios_of(fd: i32) -> Option<*mut libc::termios> {
    // SAFETY: a zeroed termios is valid storage for tcgetattr to fill.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: fd is an open descriptor; t is valid for writes.
    (unsafe { libc::tcgetattr(fd, &mut t) } == 0).then(|| Box::into_raw(Box::new(t)))
}

fn terminal_fd() -> i32 {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        return libc::STDIN_FILENO;
    }
    // crossterm reads keys from /dev/tty when stdin is a pipe; so do we.
    // SAFETY: a constant C string; the descriptor is kept for the process.
    unsafe { libc::open(c"/dev/tty".as_ptr(), libc::O_RDWR | libc::O_CLOEXEC) }
}

/// Note the terminal's normal settings; call before raw mode is entered.
pub fn before_raw_mode() {
    let fd = terminal_fd();
    if fd < 0 {
        return;
    }
    TTY.store(fd, Ordering::SeqCst);
    if let Some(t) = termios_of(fd) {
        COOKED.store(t, Ordering::SeqCst);
    }
}

/// Note the raw settings and install the handlers; call once raw mode and
/// the alternate screen are on.
pub fn install() {
    let fd = TTY.load(Ordering::SeqCst);
    if fd < 0 {
        return;
    }
    if let Some(t) = termios_of(fd) {
        RAW.store(t, Ordering::SeqCst);
    }
    for (sig, handler) in [
        (libc::SIGTERM, on_fatal as extern "C" fn(libc::c_int)),
        (libc::SIGHUP, on_fatal),
        (libc::SIGQUIT, on_fatal),
        (libc::SIGTSTP, on_stop),
    ] {
        // SAFETY: a zeroed sigaction with a valid handler and an empty mask.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = handler as usize;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(sig, &action, std::ptr::null_mut());
        }
    }
}

/// Back to the default actions (heard is leaving the screens normally).
pub fn uninstall() {
    for sig in [libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT, libc::SIGTSTP] {
        // SAFETY: restoring the default action.
        unsafe {
            libc::signal(sig, libc::SIG_DFL);
        }
    }
}

fn apply(settings: &AtomicPtr<libc::termios>, bytes: &[u8]) {
    let fd = TTY.load(Ordering::SeqCst);
    let t = settings.load(Ordering::SeqCst);
    // SAFETY: write(2) and tcsetattr(3) are async-signal-safe; the termios
    // was boxed by `install` and is never freed.
    unsafe {
        libc::write(libc::STDOUT_FILENO, bytes.as_ptr().cast(), bytes.len());
        if fd >= 0 && !t.is_null() {
            libc::tcsetattr(fd, libc::TCSANOW, t);
        }
    }
}

extern "C" fn on_fatal(sig: libc::c_int) {
    apply(&COOKED, LEAVE);
    // SAFETY: default action, then the same signal again: heard ends as
    // the sender meant (exit status says which signal).
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
}

extern "C" fn on_stop(_sig: libc::c_int) {
    apply(&COOKED, LEAVE);
    // SAFETY: SIGSTOP cannot be caught: heard stops right here, and
    // carries on from here when continued.
    unsafe {
        libc::raise(libc::SIGSTOP);
    }
    apply(&RAW, ENTER);
    REDRAW.store(true, Ordering::SeqCst);
}
