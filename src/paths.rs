//! Where the data lives: `--data-dir`, else `STAGECOACH_DATA_DIR`, else the platform's local
//! data dir. Local, not roaming: schools often copy a Windows user's roaming profile to a
//! server, and data about minors should not travel with it. (On Linux and macOS the two are
//! the same folder.) A database that an earlier version put in the roaming folder is moved once.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub const DATA_DIR_ENV: &str = "STAGECOACH_DATA_DIR";

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("nl", "stagecoach", "stagecoach")
}

/// The platform's data directory for stagecoach: `~/.local/share/stagecoach` on Linux,
/// `~/Library/Application Support/nl.stagecoach.stagecoach` on macOS,
/// `%LOCALAPPDATA%\stagecoach\stagecoach\data` on Windows.
pub fn default_data_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_local_dir().to_path_buf())
}

/// Where earlier versions kept the data (the roaming folder on Windows; elsewhere the
/// same as `default_data_dir`).
pub fn earlier_data_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().to_path_buf())
}

/// The platform's config directory (for `config.toml`).
pub fn config_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().to_path_buf())
}

/// Moves a database from `earlier` to `local` when only `earlier` has one. Renamed where the
/// two are on one disk; otherwise (a roaming folder on a school's server) copied whole, then
/// put in place with one rename, and only then removed from `earlier`. Returns whether it
/// moved. A copy that fails leaves `earlier` as it was and no half copy at `local`.
pub fn move_earlier_data(earlier: &Path, local: &Path) -> io::Result<bool> {
    if earlier == local || !crate::store::Store::exists(earlier) || has_entries(local) {
        return Ok(false);
    }
    if let Some(parent) = local.parent() {
        crate::store::private::dir_builder()
            .recursive(true)
            .create(parent)?;
    }
    // An empty folder in the way (made by an earlier start) would stop the rename.
    let _ = fs::remove_dir(local);
    if fs::rename(earlier, local).is_ok() {
        return Ok(true);
    }
    let mut copying = local.as_os_str().to_owned();
    copying.push(".moving");
    let copying = PathBuf::from(copying);
    let _ = fs::remove_dir_all(&copying);
    let copied = copy_tree(earlier, &copying).and_then(|()| fs::rename(&copying, local));
    if let Err(e) = copied {
        let _ = fs::remove_dir_all(&copying);
        return Err(e);
    }
    fs::remove_dir_all(earlier)?;
    Ok(true)
}

fn has_entries(folder: &Path) -> bool {
    fs::read_dir(folder).is_ok_and(|mut entries| entries.next().is_some())
}

fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    crate::store::private::dir_builder().create(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
            fs::File::open(&target)?.sync_all()?;
        }
    }
    crate::store::files::sync_folder(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn database_in(dir: &Path) {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        drop(Store::init(dir, "Sam", crate::domain::Role::Coach, today).unwrap());
    }

    #[test]
    fn a_database_in_the_earlier_folder_moves_once_and_whole() {
        let root = tempfile::tempdir().unwrap();
        let earlier = root.path().join("Roaming/stagecoach/data");
        let local = root.path().join("Local/stagecoach/data");
        database_in(&earlier);
        assert!(move_earlier_data(&earlier, &local).unwrap());
        assert!(Store::exists(&local));
        assert!(!earlier.exists());
        Store::open(&local).expect("the moved database opens");
        assert!(!move_earlier_data(&earlier, &local).unwrap(), "only once");
    }

    #[test]
    fn a_database_already_local_is_never_replaced() {
        let root = tempfile::tempdir().unwrap();
        let earlier = root.path().join("roaming");
        let local = root.path().join("local");
        database_in(&earlier);
        database_in(&local);
        assert!(!move_earlier_data(&earlier, &local).unwrap());
        assert!(Store::exists(&earlier), "both are left as they are");
        assert!(!move_earlier_data(&local, &local).unwrap());
    }

    #[test]
    fn a_copy_across_disks_keeps_every_file() {
        let root = tempfile::tempdir().unwrap();
        let earlier = root.path().join("roaming");
        database_in(&earlier);
        let copy = root.path().join("copy");
        copy_tree(&earlier, &copy).unwrap();
        Store::open(&copy).expect("the copy opens");
    }
}
