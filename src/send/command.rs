//! Running the configured send command, contained: the reply goes in on
//! stdin from a separate thread (a program that never reads cannot block
//! heard), a closed input is an error with a message instead of SIGPIPE
//! killing heard (exit 141, and a TUI left in the alternate screen), and a
//! program that hangs is stopped after `[send] timeout_seconds`.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::SendError;

pub const DEFAULT_TIMEOUT_SECONDS: u64 = 60;

static TIMEOUT_SECONDS: AtomicU64 = AtomicU64::new(DEFAULT_TIMEOUT_SECONDS);

/// Set once from the config at start-up (`[send] timeout_seconds`).
pub fn set_timeout(seconds: u64) {
    TIMEOUT_SECONDS.store(seconds.max(1), Ordering::Relaxed);
}

pub fn timeout() -> Duration {
    Duration::from_secs(TIMEOUT_SECONDS.load(Ordering::Relaxed))
}

/// SIGPIPE ignored while it lives (heard restores the default at start so
/// `heard list | head` stops quietly); a write to a closed pipe then fails
/// with EPIPE. The child gets the default back: std resets it on spawn.
struct IgnoreSigpipe(libc::sighandler_t);

impl IgnoreSigpipe {
    fn new() -> IgnoreSigpipe {
        // SAFETY: swapping a signal disposition; restored on drop.
        IgnoreSigpipe(unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) })
    }
}

impl Drop for IgnoreSigpipe {
    fn drop(&mut self) {
        // SAFETY: puts back what was there.
        unsafe {
            libc::signal(libc::SIGPIPE, self.0);
        }
    }
}

pub(super) fn run(
    program: &str,
    args: &[String],
    text: &str,
    limit: Duration,
) -> Result<(), SendError> {
    let _sigpipe = IgnoreSigpipe::new();
    let spawn_error = |source| SendError::Spawn {
        program: program.to_string(),
        source,
    };
    // heard keeps its own copy of the pipe's reading end, never read: when
    // the program has ended, whatever is still in the pipe is what it did
    // not read. A short reply fits in the pipe at once, so without this a
    // program that never read it looked like a delivery.
    let (to_program, mut input) = std::io::pipe().map_err(spawn_error)?;
    let probe = to_program.try_clone().map_err(spawn_error)?;
    // The text goes on stdin only; it never becomes part of a command line.
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::from(to_program))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(spawn_error)?;
    // Written from its own thread, then closed: the program sees the end.
    let bytes = text.as_bytes().to_vec();
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let reader = child.stderr.take().map(|mut stderr| {
        std::thread::spawn(move || {
            let mut out = Vec::new();
            let _ = stderr.by_ref().take(64 * 1024).read_to_end(&mut out);
            out
        })
    });
    let status = wait_at_most(&mut child, limit).map_err(spawn_error)?;
    let unread = unread_bytes(&probe);
    // A writer still blocked on a full pipe now fails instead of waiting.
    drop(probe);
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(SendError::TimedOut {
            program: program.to_string(),
            seconds: limit.as_secs(),
        });
    };
    let written = writer.join().unwrap_or(Ok(()));
    let stderr = reader.and_then(|r| r.join().ok()).unwrap_or_default();
    // A program that failed says why on stderr; that comes first.
    if !status.success() {
        let stderr = String::from_utf8_lossy(&stderr);
        let stderr = stderr.lines().next().unwrap_or("").trim();
        return Err(SendError::CommandFailed {
            program: program.to_string(),
            status: status.to_string(),
            stderr: if stderr.is_empty() {
                String::new()
            } else {
                format!(": {stderr}")
            },
        });
    }
    let broken = written.is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe);
    if broken || unread > 0 {
        return Err(SendError::NotRead {
            program: program.to_string(),
        });
    }
    Ok(())
}

/// Bytes still waiting in the pipe behind this reading end.
fn unread_bytes(probe: &std::io::PipeReader) -> usize {
    use std::os::fd::AsRawFd;
    let mut n: libc::c_int = 0;
    // SAFETY: FIONREAD writes one int through a pointer to a live local.
    let ok = unsafe { libc::ioctl(probe.as_raw_fd(), libc::FIONREAD, &mut n) } == 0;
    if ok { n.max(0) as usize } else { 0 }
}

/// The exit status, or None if the program still runs after `limit`.
fn wait_at_most(
    child: &mut Child,
    limit: Duration,
) -> std::io::Result<Option<std::process::ExitStatus>> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if start.elapsed() >= limit {
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn sh(script: &str) -> Vec<String> {
        vec!["-c".into(), script.into()]
    }

    #[test]
    fn a_program_that_does_not_read_is_an_error_not_a_death() {
        // SIGPIPE at its default, as heard's main sets it.
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
        let big = "x".repeat(1024 * 1024);
        let err = run(
            "sh",
            &sh("exec 0<&-; sleep 0.2"),
            &big,
            Duration::from_secs(30),
        )
        .unwrap_err();
        assert!(matches!(err, SendError::NotRead { .. }), "{err}");
        assert!(
            err.to_string().contains("without reading the reply"),
            "{err}"
        );
        assert!(run("sh", &sh("cat >/dev/null"), &big, Duration::from_secs(30)).is_ok());
        // A short reply fits in the pipe before the program ends: still
        // not read, whether the program closes its input or just exits.
        for script in ["exec 0<&-; sleep 0.2", "exit 0", "read -r first"] {
            let err = run(
                "sh",
                &sh(script),
                "Thank you.\nMara",
                Duration::from_secs(30),
            );
            assert!(
                matches!(err, Err(SendError::NotRead { .. })),
                "{script}: {err:?}"
            );
        }
        assert!(run("sh", &sh("cat >/dev/null"), "hi", Duration::from_secs(30)).is_ok());
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
    }

    #[test]
    fn a_program_that_hangs_is_stopped_after_the_timeout() {
        let err = run("sh", &sh("sleep 30"), "hi", Duration::from_secs(1)).unwrap_err();
        assert!(
            matches!(err, SendError::TimedOut { seconds: 1, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("timeout_seconds"), "{err}");
        let err = run(
            "sh",
            &sh("cat >/dev/null; echo nope >&2; exit 3"),
            "hi",
            Duration::from_secs(30),
        )
        .unwrap_err();
        assert!(err.to_string().contains("nope"), "{err}");
    }
}
