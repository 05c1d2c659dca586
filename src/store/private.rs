//! Private files and folders on every system. On unix stagecoach's folders are 0700 and its
//! files 0600 from their first byte, whatever the umask. Windows has no such bits: a file under
//! the user's own profile (where the data lives, `data_local_dir`) inherits that profile's
//! ACL, which lets in only the user, the administrators and the system, so nothing is set.

use std::fs::{DirBuilder, Metadata, OpenOptions};
use std::io;
use std::path::Path;

/// A folder builder that makes private folders (0700 on unix).
pub fn dir_builder() -> DirBuilder {
    #[allow(unused_mut)]
    let mut builder = DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
}

/// Options for writing a private file (0600 on unix from its first byte).
pub fn write_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Makes an entry stagecoach wrote private again if something loosened it (a umask, a copy):
/// a folder 0700, a file 0600. Nothing to do where permissions are ACLs (see the module's
/// note).
pub fn tighten(path: &Path, meta: &Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::fs::Permissions;
        use std::os::unix::fs::PermissionsExt;
        let wanted = if meta.is_dir() { 0o700 } else { 0o600 };
        if meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(path, Permissions::from_mode(wanted))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (path, meta);
    Ok(())
}

/// Whether the process `pid` has ended, so that what it left behind may be removed. Where this
/// cannot be asked, the answer is no: a copy left too long is better than one pulled from
/// under a check that is still running.
pub fn process_has_ended(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // SAFETY: kill(2) with signal 0 only asks whether the process exists.
        let result = unsafe { libc::kill(pid, 0) };
        result == -1 && io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        false
    }
}
