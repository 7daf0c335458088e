//! Reading files the store did not necessarily write itself: a teammate's
//! push or a folder sync can bring anything. Only plain files of bounded
//! size are read, never through a symbolic link (a link to /dev/zero ate
//! memory without limit, a FIFO hung `heard list`), and folders the store
//! writes into must be real folders (a linked `events/` sent writes outside
//! the store). Dates inside are checked before the domain counts with them.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use crate::domain::when::{self, OutOfRange};
use crate::domain::{Event, EventKind, Review};

/// The largest file heard reads from a store. Events, reviews and drafts
/// are a few kilobytes; a playbook copy inside the created event is the
/// largest, well under this.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

fn refused(reason: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, reason.into())
}

/// The whole content of a plain file of at most `cap` bytes.
pub fn read_capped(path: &Path, cap: u64) -> io::Result<Vec<u8>> {
    let mut opts = OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // No following a link; no waiting for a writer on a FIFO.
        opts.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = opts.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return refused(
                "is a symbolic link; heard reads only plain files (move it away to continue)",
            );
        }
        e
    })?;
    let meta = file.metadata()?;
    if !meta.file_type().is_file() {
        return Err(refused(
            "is not a plain file (a device, pipe or folder); move it away to continue",
        ));
    }
    if meta.len() > cap {
        return Err(too_big(cap));
    }
    read_at_most(file, cap)
}

fn too_big(cap: u64) -> io::Error {
    refused(format!(
        "is larger than {} MB, far more than heard ever writes; move it away to continue",
        cap / (1024 * 1024)
    ))
}

fn read_at_most(file: File, cap: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    // The file may grow after the size check: never read past the cap.
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(too_big(cap));
    }
    Ok(bytes)
}

/// `read_capped` as UTF-8 text.
pub fn read_text(path: &Path, cap: u64) -> io::Result<String> {
    String::from_utf8(read_capped(path, cap)?).map_err(|e| {
        refused(format!(
            "is not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Fails unless `dir` is a real folder (not a link to one). A missing
/// folder is `NotFound`, like reading it would be.
pub fn real_dir(dir: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(dir)?;
    if meta.file_type().is_symlink() {
        return Err(refused(
            "is a symbolic link; heard keeps a case's files inside the store (move it away to continue)",
        ));
    }
    if !meta.is_dir() {
        return Err(refused("is not a folder"));
    }
    Ok(())
}

/// Every date a review holds, in range (and in UTC).
pub fn check_review(review: &mut Review) -> Result<(), OutOfRange> {
    review.received_at = when::check(review.received_at)?;
    Ok(())
}

/// Every date an event holds, in range (and in UTC).
pub fn check_event(event: &mut Event) -> Result<(), OutOfRange> {
    event.at = when::check(event.at)?;
    match &mut event.kind {
        EventKind::ReviewUpdated { review } => check_review(review),
        EventKind::FollowUpSet { due } => {
            *due = when::check(*due)?;
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn only_plain_files_of_bounded_size_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain.json");
        fs::write(&plain, b"{}").unwrap();
        assert_eq!(read_capped(&plain, 10).unwrap(), b"{}");

        let link = dir.path().join("zero.json");
        symlink("/dev/zero", &link).unwrap();
        let err = read_capped(&link, 10).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");

        let fifo = dir.path().join("fifo.json");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = read_capped(&fifo, 10).unwrap_err();
        assert!(err.to_string().contains("not a plain file"), "{err}");

        let big = dir.path().join("big.json");
        fs::write(&big, vec![b' '; 11]).unwrap();
        let err = read_capped(&big, 10).unwrap_err();
        assert!(err.to_string().contains("larger than"), "{err}");

        let linked_dir = dir.path().join("events");
        symlink(dir.path(), &linked_dir).unwrap();
        assert!(real_dir(dir.path()).is_ok());
        let err = real_dir(&linked_dir).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
    }
}
