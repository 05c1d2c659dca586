//! Opening a database only to check it, also where this process may not write: a read-only
//! folder, files without write permission, a read-only disk. sled opens every file of its own
//! for writing, and the checkup rebuilds the views into a scratch database, so a check there runs
//! on a private copy of the database, which is removed afterwards. The data dir is only read.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use super::{Store, StoreError};

/// A database opened to be checked. The store is dropped before the copy it may be using.
pub struct ForChecking {
    pub store: Store,
    copy: Option<PrivateCopy>,
}

impl ForChecking {
    /// The folder the private copy lives in, when the data dir could not be written.
    pub fn copy_place(&self) -> Option<&Path> {
        self.copy.as_ref().map(|copy| copy.dir.as_path())
    }
}

/// A copy of a database in a folder only this user can enter; removed when dropped. Holds the
/// original's lock meanwhile, so no stagecoach writes the original during the check.
struct PrivateCopy {
    dir: PathBuf,
    _lock: Option<File>,
}

impl Drop for PrivateCopy {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

impl Store {
    /// Opens the database of `dir` for checking: in place when this process may write all that
    /// opening and checking write, else as a private copy. `repairing` is called before a
    /// repair that opening does (see [`Store::open_announcing_repairs`]), with `true` when that
    /// repair happens only in the copy.
    pub fn open_for_checking(
        dir: &Path,
        repairing: impl FnOnce(bool),
    ) -> Result<ForChecking, StoreError> {
        if !Self::exists(dir) {
            return Err(StoreError::NotInitialised {
                dir: dir.to_path_buf(),
            });
        }
        if Self::writable(dir) {
            let store = Self::open_announcing_repairs(dir, || repairing(false))?;
            return Ok(ForChecking { store, copy: None });
        }
        let lock = lock_for_reading(dir)?;
        let copy = PrivateCopy {
            dir: private_folder()?,
            _lock: lock,
        };
        let from = Self::db_path(dir);
        copy_tree(&from, &Self::db_path(&copy.dir))
            .map_err(|e| StoreError::io("copy the database for checking", &from, e))?;
        tracing::info!("the data dir is read-only: checking a private copy");
        let store = Self::open_announcing_repairs(&copy.dir, || repairing(true))?;
        Ok(ForChecking {
            store,
            copy: Some(copy),
        })
    }

    /// Whether this process may write what opening the database and checking it write: the
    /// lock file, every file of sled's and new entries in sled's folder and in the data dir
    /// (the checkup's scratch database). Only probes: opening for writing truncates nothing,
    /// and a probe folder is removed at once.
    pub fn writable(dir: &Path) -> bool {
        let lock = dir.join("stagecoach.lock");
        let db = Self::db_path(dir);
        (!lock.exists() || opens_for_writing(&lock))
            && takes_new_entries(dir)
            && takes_new_entries(&db)
            && files_open_for_writing(&db)
    }
}

fn opens_for_writing(path: &Path) -> bool {
    fs::OpenOptions::new().write(true).open(path).is_ok()
}

fn takes_new_entries(dir: &Path) -> bool {
    let probe = dir.join(format!(".stagecoach-probe-{}", std::process::id()));
    match super::private::dir_builder().create(&probe) {
        Ok(()) => fs::remove_dir(&probe).is_ok(),
        Err(_) => false,
    }
}

fn files_open_for_writing(dir: &Path) -> bool {
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.into_iter().all(|entry| {
        let Ok(entry) = entry else { return false };
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => {
                takes_new_entries(&entry.path()) && files_open_for_writing(&entry.path())
            }
            Ok(kind) if kind.is_file() => opens_for_writing(&entry.path()),
            Ok(_) => true,
            Err(_) => false,
        }
    })
}

/// Takes the database's lock through a read-only handle. No lock file means no stagecoach has
/// ever opened this database for writing here; none can start on it while it is read-only.
fn lock_for_reading(dir: &Path) -> Result<Option<File>, StoreError> {
    let path = dir.join("stagecoach.lock");
    let file = match File::open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io("open the lock file", &path, e)),
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => Err(StoreError::AlreadyOpen {
            dir: dir.to_path_buf(),
        }),
        Err(fs::TryLockError::Error(e)) => Err(StoreError::io("lock the database", &path, e)),
    }
}

/// A new folder only this user can enter, for the copy: in the user's runtime folder where
/// the platform has one (in memory, emptied at logout), else in the temp folder.
fn private_folder() -> Result<PathBuf, StoreError> {
    let base = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|dir| dir.is_dir())
        .unwrap_or_else(std::env::temp_dir);
    remove_copies_of_ended_checks(&base);
    loop {
        let dir = base.join(format!(
            "{COPY_PREFIX}{}-{:016x}",
            std::process::id(),
            rand::random::<u64>()
        ));
        match super::private::dir_builder().create(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(StoreError::io("make a private working copy", &base, e)),
        }
    }
}

/// A copy's folder is named `stagecoach-check-<pid>-<random>`.
const COPY_PREFIX: &str = "stagecoach-check-";

/// A check that was killed could not remove its copy, which holds personal data: whoever checks
/// next removes the copies whose process is gone.
fn remove_copies_of_ended_checks(base: &Path) {
    let Ok(entries) = fs::read_dir(base) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(COPY_PREFIX))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if super::private::process_has_ended(pid) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Copies a folder's files (0600) and folders (0700): the copy holds personal data.
fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    super::private::dir_builder().create(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else if kind.is_file() {
            let mut source = File::open(entry.path())?;
            let mut sink = super::private::write_options()
                .create_new(true)
                .open(&target)?;
            io::copy(&mut source, &mut sink)?;
        }
    }
    Ok(())
}
