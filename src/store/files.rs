//! Private files written durably: every file stagecoach writes holds data about minors, so it
//! is 0600 from its first byte, and it is on disk (fsync) before anyone is told it was written.
//! One place for it, instead of a copy per kind of file; `tempfile` gives each write a temp
//! file of its own beside the target (0600 on unix) and the rename that replaces a file on
//! every system (on Windows `MoveFileEx`, which `std::fs::rename` also uses).

use std::io::{self, Write};
use std::path::Path;

use tempfile::NamedTempFile;

/// Writes `bytes` to a new file at `path`; fails if one is there (a file that must never be
/// overwritten, such as a device's keys).
pub fn write_new_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_private(path, bytes, false)
}

/// Replaces the file at `path` with `bytes` atomically: written to a temp file beside it, made
/// durable, renamed over `path`, and the folder synced, so a crash leaves the old file or the
/// new one, never half of one. The temp file is removed if anything fails.
pub fn replace_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    durable_temp_file(folder_of(path), bytes)?
        .persist(path)
        .map_err(|e| e.error)?;
    sync_folder(folder_of(path))
}

/// Puts `bytes` in a new file in `folder` under the first name `next_name` gives that is not
/// taken: written whole and durable first, then moved to its name without ever replacing a
/// file that appeared meanwhile. Returns the name it got.
pub fn write_new_named(
    folder: &Path,
    bytes: &[u8],
    mut next_name: impl FnMut() -> std::path::PathBuf,
) -> io::Result<std::path::PathBuf> {
    let mut temp = durable_temp_file(folder, bytes)?;
    let path = loop {
        let path = next_name();
        match temp.persist_noclobber(&path) {
            Ok(_) => break path,
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => temp = e.file,
            Err(e) => return Err(e.error),
        }
    };
    sync_folder(folder)?;
    Ok(path)
}

/// Writes `bytes` to `path` (0600), truncating a file that is there when `truncate`, and makes
/// them durable.
pub fn write_private(path: &Path, bytes: &[u8], truncate: bool) -> io::Result<()> {
    let mut options = super::private::write_options();
    if truncate {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes the entries of `folder` (a file just renamed or created in it) durable. On unix that
/// is an fsync of the folder itself. Windows cannot open a folder as a file, and NTFS journals
/// a rename before it returns, so there is nothing to do there.
pub fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}

/// A temp file in `folder` holding `bytes`, on disk. Named `.partial-…` so that no listing
/// takes it for one of ours; it is removed when dropped unpersisted.
fn durable_temp_file(folder: &Path, bytes: &[u8]) -> io::Result<NamedTempFile> {
    let mut temp = tempfile::Builder::new()
        .prefix(".partial-")
        .tempfile_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

/// The folder a path is in; a bare file name is in the current folder.
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_replaced_file_is_private_whole_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recovery.key");
        replace_private(&path, b"first").unwrap();
        replace_private(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert_eq!(mode(&path), 0o600);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no .partial left"
        );
        assert!(
            write_new_private(&path, b"third").is_err(),
            "never overwrites"
        );
    }

    #[test]
    fn a_replace_that_cannot_rename_leaves_the_old_file_and_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let blocked = dir.path().join("report");
        fs::create_dir(&blocked).unwrap();
        fs::write(blocked.join("inside"), b"kept").unwrap();
        assert!(replace_private(&blocked, b"new").is_err());
        assert_eq!(fs::read(blocked.join("inside")).unwrap(), b"kept");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_new_named_file_takes_the_next_free_name_and_never_replaces_one() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("b-1"), b"older").unwrap();
        let mut counter = 0;
        let path = write_new_named(dir.path(), b"newest", || {
            counter += 1;
            dir.path().join(format!("b-{counter}"))
        })
        .unwrap();
        assert_eq!(path, dir.path().join("b-2"));
        assert_eq!(fs::read(dir.path().join("b-1")).unwrap(), b"older");
        assert_eq!(fs::read(&path).unwrap(), b"newest");
        assert_eq!(mode(&path), 0o600);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }
}
