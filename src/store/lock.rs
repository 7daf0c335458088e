//! A lock on one case, held by this machine while it delivers a reply, so
//! two sends at once deliver once.

use std::fs;
use std::io;

use super::{Result, Store, StoreError, io_err};

impl Store {
    /// Hold `<case>/.<name>.lock` for as long as the returned file lives
    /// (an advisory lock the system drops when the process dies). None
    /// when another process holds it.
    pub fn lock_case(&self, id: &str, name: &str) -> Result<Option<fs::File>> {
        let dir = self.case_dir(id);
        if !dir.join("review.json").is_file() {
            return Err(StoreError::NoSuchCase(id.to_string()));
        }
        let path = dir.join(format!(".{name}.lock"));
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_err(&path))?;
        #[cfg(unix)]
        {
            use std::os::unix::io::AsRawFd;
            // SAFETY: flock on a descriptor this function owns.
            let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
            if r != 0 {
                let e = io::Error::last_os_error();
                return if e.kind() == io::ErrorKind::WouldBlock {
                    Ok(None)
                } else {
                    Err(io_err(&path)(e))
                };
            }
        }
        Ok(Some(file))
    }
}
