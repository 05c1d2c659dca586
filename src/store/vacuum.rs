//! Rewriting the database into fresh files after an erasure.
//!
//! sled is log-structured: a value that is overwritten or removed stays in its old segment
//! until the segment happens to be cleaned, so the bytes of an erased record can be read from
//! `db/` long after the record is gone (a `grep -a` finds them). Copying every tree into a new
//! database leaves those bytes behind; the copy then replaces the old folder in two renames,
//! under the lock, and the old folder is overwritten with zeros before it is removed.
//!
//! The steps, and what the next open does when a process is killed between them:
//! 1. copy into `db.vacuum/` — killed: the partial copy is thrown away;
//! 2. create `db.vacuum.ready` — from here on the copy is complete and wins;
//! 3. rename `db/` to `db.old/`, then `db.vacuum/` to `db/` — killed: the renames are finished;
//! 4. remove the marker, wipe `db.old/` — killed: the wipe is done again.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

#[cfg(test)]
use super::Vacuum;
use super::trees::{T, Trees};
use super::{Cache, META_VACUUM_OWED, Store, StoreError, files, open_sled, open_sled_at};

/// Writes per sled batch while copying.
const COPY_BATCH: usize = 10_000;

struct Folders {
    live: PathBuf,
    fresh: PathBuf,
    ready: PathBuf,
    old: PathBuf,
}

impl Folders {
    fn of(dir: &Path) -> Folders {
        Folders {
            live: Store::db_path(dir),
            fresh: dir.join("db.vacuum"),
            ready: dir.join("db.vacuum.ready"),
            old: dir.join("db.old"),
        }
    }
}

/// Whether a vacuum was interrupted after its copy was complete: then `db/` may be missing for
/// a moment, and opening must finish the vacuum rather than report no database.
pub(super) fn interrupted(dir: &Path) -> bool {
    Folders::of(dir).ready.exists()
}

/// Finishes or throws away a vacuum a killed process left; call holding the lock, before sled
/// opens the database.
pub(super) fn settle_interrupted(dir: &Path) -> Result<(), StoreError> {
    let folders = Folders::of(dir);
    if folders.ready.exists() {
        if folders.fresh.exists() {
            swap(dir, &folders)?;
        }
        remove_marker(dir, &folders)?;
    } else if folders.fresh.exists() {
        // Not being able to clear away leftovers is no reason to keep anyone out of the
        // database itself: it is tried again on the next open (and before the next vacuum).
        if let Err(e) = wipe(&folders.fresh) {
            tracing::warn!(error = %e, "an unfinished copy of the database could not be removed");
        }
    }
    wipe_old(&folders);
    Ok(())
}

/// Zeroes and removes `db.old/`, if there is one. A failure is logged and left for the next
/// open: the erased records are out of the live database either way.
fn wipe_old(folders: &Folders) {
    if folders.old.exists()
        && let Err(e) = wipe(&folders.old)
    {
        tracing::warn!(error = %e, "the old database files could not be wiped yet");
    }
}

impl Store {
    /// Whether an erasure left bytes in sled's files that a vacuum has yet to remove.
    pub fn vacuum_owed(&self) -> Result<bool, StoreError> {
        Ok(self.trees.get(T::Meta).contains_key(META_VACUUM_OWED)?)
    }

    /// Rewrites the database into fresh files and wipes the old ones, keeping the lock
    /// throughout. On an error the database is as before (or, past the copy, finished on the
    /// next open) and the store is closed: open it again.
    pub fn vacuum(self) -> Result<Store, StoreError> {
        let dir = self.dir.clone();
        let folders = Folders::of(&dir);
        let size = folder_size(&folders.live);
        self.trees.room().ensure(size)?;
        // What a swap needs out of the way is cleared before the copy wins (the marker): a
        // swap that cannot finish would otherwise keep every later open from the database.
        if folders.fresh.exists() {
            wipe(&folders.fresh)
                .map_err(|e| StoreError::io("remove an unfinished copy", &dir, e))?;
        }
        if folders.old.exists() {
            wipe(&folders.old).map_err(|e| StoreError::io("wipe the old database", &dir, e))?;
        }
        if let Err(e) = self.copy_into(&folders.fresh) {
            let _ = wipe(&folders.fresh);
            return Err(e);
        }
        // The marker says the copy wins over the original: everything it stands for must be
        // on the disk before it is.
        files::sync_folder(&folders.fresh)
            .and_then(|()| files::sync_folder(&dir))
            .map_err(|e| StoreError::io("write the rewritten database", &dir, e))?;
        files::write_private(&folders.ready, b"", true)
            .map_err(|e| StoreError::io("mark the copy complete", &dir, e))?;
        let Store {
            dir,
            db,
            trees,
            identity,
            clock,
            last_seq,
            undid_import,
            _lock: lock_file,
        } = self;
        drop(trees);
        drop(db);
        swap(&dir, &folders)?;
        remove_marker(&dir, &folders)?;
        wipe_old(&folders);
        let db = open_sled(&dir, Cache::Working)?;
        let trees = Trees::open(&db, &Store::db_path(&dir))?;
        super::tighten_permissions(&dir)?;
        tracing::info!(bytes_before = size, "database rewritten after an erasure");
        Ok(Store {
            dir,
            db,
            trees,
            identity,
            clock,
            last_seq,
            undid_import,
            _lock: lock_file,
        })
    }

    /// Every tree, as it is now, into a new database at `path`; the owed mark stays behind.
    fn copy_into(&self, path: &Path) -> Result<(), StoreError> {
        self.flush()?;
        let fresh = sled::Config::new()
            .path(path)
            .cache_capacity(Cache::OnePass.bytes())
            .open()?;
        let mut copied = Vec::new();
        for name in self.db.tree_names() {
            let from = self.db.open_tree(&name)?;
            let to = fresh.open_tree(&name)?;
            let mut batch = sled::Batch::default();
            let mut in_batch = 0;
            for item in from.iter() {
                let (key, value) = item?;
                if name == T::Meta.name().as_bytes() && key == META_VACUUM_OWED {
                    continue;
                }
                batch.insert(key, value);
                in_batch += 1;
                if in_batch == COPY_BATCH {
                    to.apply_batch(std::mem::take(&mut batch))?;
                    in_batch = 0;
                }
            }
            to.apply_batch(batch)?;
            copied.push((name, to.len()));
        }
        fresh.flush()?;
        drop(fresh);
        verify_copy(path, &copied)
    }
}

/// Opens the copy again and checks that every tree is there with every entry: the original
/// is only given up for a copy that is known to read back whole.
fn verify_copy(path: &Path, copied: &[(sled::IVec, usize)]) -> Result<(), StoreError> {
    let reopened = open_sled_at(path, Cache::OnePass)?;
    for (name, entries) in copied {
        if reopened.open_tree(name)?.len() != *entries {
            return Err(StoreError::Corrupt {
                what: "rewritten database",
            });
        }
    }
    Ok(())
}

/// Steps 3: the complete copy takes the old database's place.
fn swap(dir: &Path, folders: &Folders) -> Result<(), StoreError> {
    let io = |action, e| StoreError::io(action, dir, e);
    if folders.live.exists() {
        if folders.old.exists() {
            wipe(&folders.old).map_err(|e| io("wipe the old database", e))?;
        }
        fs::rename(&folders.live, &folders.old)
            .map_err(|e| io("move the old database aside", e))?;
    }
    fs::rename(&folders.fresh, &folders.live)
        .map_err(|e| io("move the rewritten database into place", e))?;
    files::sync_folder(dir).map_err(|e| io("move the rewritten database into place", e))
}

fn remove_marker(dir: &Path, folders: &Folders) -> Result<(), StoreError> {
    fs::remove_file(&folders.ready)
        .or_else(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Ok(()),
            _ => Err(e),
        })
        .and_then(|()| files::sync_folder(dir))
        .map_err(|e| StoreError::io("finish rewriting the database", dir, e))
}

/// Overwrites every file under `folder` with zeros, durably, and then removes the folder:
/// removing alone would leave the bytes on the disk for anyone who reads it raw.
pub(crate) fn wipe(folder: &Path) -> std::io::Result<()> {
    fn zero_all(path: &Path) -> std::io::Result<()> {
        let meta = fs::symlink_metadata(path)?;
        if meta.is_dir() {
            for entry in fs::read_dir(path)? {
                zero_all(&entry?.path())?;
            }
        } else if meta.is_file() {
            zero_file(path, meta.len())?;
        }
        Ok(())
    }
    match fs::symlink_metadata(folder) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    zero_all(folder)?;
    fs::remove_dir_all(folder)
}

/// Overwrites a file with zeros, durably, and removes it.
pub(crate) fn wipe_file(path: &Path) -> std::io::Result<()> {
    let len = fs::metadata(path)?.len();
    zero_file(path, len)?;
    fs::remove_file(path)
}

fn zero_file(path: &Path, len: u64) -> std::io::Result<()> {
    let zeros = vec![0u8; 1 << 20];
    let mut file = fs::OpenOptions::new().write(true).open(path)?;
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    file.sync_all()
}

fn folder_size(folder: &Path) -> u64 {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|entry| match entry.metadata() {
            Ok(meta) if meta.is_dir() => folder_size(&entry.path()),
            Ok(meta) => meta.len(),
            Err(_) => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Coachee, Role};
    use crate::store::maintenance::{TreeDump, dump};
    use crate::store::op::Change;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    /// A coordinator's database with two coachees, one of them purged: a vacuum is owed.
    fn erased_one(dir: &Path) -> Store {
        let mut store = Store::init(dir, "Mila", Role::Coordinator, today()).unwrap();
        for name in ["Vacuumvera", "Blijftbram"] {
            let coachee = Coachee {
                first_name: name.into(),
                last_name: "Test".into(),
                ..Default::default()
            };
            crate::service::actions::add_coachee(&mut store, coachee, today()).unwrap();
        }
        let gone = store.coachees().unwrap()[0].coachee.clone();
        store.save(vec![Change::purge(&gone)]).unwrap();
        assert!(store.vacuum_owed().unwrap());
        store
    }

    fn without_owed_mark(mut trees: Vec<TreeDump>) -> Vec<TreeDump> {
        for (tree, entries) in &mut trees {
            if *tree == "meta" {
                entries.retain(|(key, _)| key.as_slice() != META_VACUUM_OWED);
            }
        }
        trees
    }

    #[test]
    fn a_copy_killed_before_its_marker_is_thrown_away_and_the_original_kept() {
        let work = tempfile::tempdir().unwrap();
        let store = erased_one(work.path());
        let folders = Folders::of(work.path());
        store.copy_into(&folders.fresh).unwrap();
        let before = dump(&store).unwrap();
        drop(store);

        let reopened = Store::open_inner(work.path(), Cache::Working, || {}, Vacuum::Not).unwrap();
        assert!(!folders.fresh.exists());
        assert_eq!(dump(&reopened).unwrap(), before);
    }

    #[test]
    fn a_swap_killed_between_its_renames_is_finished_on_the_next_open() {
        let work = tempfile::tempdir().unwrap();
        let store = erased_one(work.path());
        let folders = Folders::of(work.path());
        store.copy_into(&folders.fresh).unwrap();
        let expected = without_owed_mark(dump(&store).unwrap());
        files::write_private(&folders.ready, b"", true).unwrap();
        drop(store);
        // Killed right after the first rename: there is no `db/` at all.
        fs::rename(&folders.live, &folders.old).unwrap();

        let reopened = Store::open(work.path()).unwrap();
        assert_eq!(dump(&reopened).unwrap(), expected);
        assert!(!folders.ready.exists() && !folders.old.exists() && !folders.fresh.exists());
    }

    #[test]
    fn old_files_that_cannot_be_wiped_do_not_keep_anyone_out() {
        let work = tempfile::tempdir().unwrap();
        let store = erased_one(work.path());
        drop(store);
        // Something in the way that the wipe cannot remove as a folder.
        fs::write(Folders::of(work.path()).old, b"in the way").unwrap();
        let reopened = Store::open(work.path()).unwrap();
        assert_eq!(reopened.coachees().unwrap().len(), 1);
        // The vacuum waits until the way is clear, and then happens.
        assert!(reopened.vacuum_owed().unwrap());
        drop(reopened);
        fs::remove_file(Folders::of(work.path()).old).unwrap();
        let reopened = Store::open(work.path()).unwrap();
        assert!(!reopened.vacuum_owed().unwrap());
        assert_eq!(reopened.coachees().unwrap().len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn the_rewritten_database_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let work = tempfile::tempdir().unwrap();
        let store = erased_one(work.path());
        let store = store.vacuum().unwrap();
        let db = Store::db_path(store.dir());
        for entry in walkdir(&db) {
            let mode = fs::metadata(&entry).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{} is {mode:o}", entry.display());
        }
    }

    fn walkdir(path: &Path) -> Vec<PathBuf> {
        let mut found = vec![path.to_path_buf()];
        if path.is_dir() {
            for entry in fs::read_dir(path).unwrap() {
                found.extend(walkdir(&entry.unwrap().path()));
            }
        }
        found
    }
}
