//! Swapping two folders in one step where the OS can: `renameat2(RENAME_EXCHANGE)` on Linux. With it, the
//! crate folder always holds a whole crate; without it, the swap is two renames and the folder is absent
//! for the moment between them (both crates whole beside it, which the next run puts right).

use std::path::Path;

/// Exchanges the folders `a` and `b` atomically. `Ok(false)`: this OS or file system cannot (an older
/// kernel, a file system without the flag, not Linux), and nothing was done.
pub(super) fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    imp::exchange(a, b)
}

#[cfg(target_os = "linux")]
mod imp {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;

    pub(super) fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
        let a = CString::new(a.as_os_str().as_bytes())?;
        let b = CString::new(b.as_os_str().as_bytes())?;
        // SAFETY: both arguments are NUL-terminated strings that outlive the call; renameat2 only reads them.
        let r = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                a.as_ptr(),
                libc::AT_FDCWD,
                b.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if r == 0 {
            return Ok(true);
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            // The kernel (ENOSYS) or the file system (EINVAL, EOPNOTSUPP) does not know the flag.
            Some(libc::ENOSYS | libc::EINVAL | libc::EOPNOTSUPP) => Ok(false),
            _ => Err(e),
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use std::path::Path;

    pub(super) fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
        Ok(false)
    }
}
