//! Private files written durably: every file stagecoach writes holds data about minors, so it
//! is 0600 from its first byte, and it is on disk (fsync) before anyone is told it was written.
//! One place for it, instead of a copy per kind of file.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to a new file at `path`; fails if one is there (a file that must never be
/// overwritten, such as a device's keys).
pub fn write_new_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_private(path, bytes, false)
}

/// Replaces the file at `path` with `bytes` atomically: written to a sibling temp file, made
/// durable, renamed over `path`, and the folder synced, so a crash leaves the old file or the
/// new one, never half of one. The temp file is removed if anything fails.
pub fn replace_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = partial_path(path);
    let result = write_private(&temp, bytes, true)
        .and_then(|()| fs::rename(&temp, path))
        .and_then(|()| sync_parent(path));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
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

/// The temp file `replace_private` writes first: `name.partial` beside `path`.
fn partial_path(path: &Path) -> PathBuf {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    PathBuf::from(partial)
}

fn sync_parent(path: &Path) -> io::Result<()> {
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) => fs::File::open(parent)?.sync_all(),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn a_replaced_file_is_private_whole_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recovery.key");
        replace_private(&path, b"first").unwrap();
        replace_private(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
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
}
