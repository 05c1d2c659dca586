//! The coach's database: one sled database per data directory, locked to one process.
//!
//! The operation log is the truth; every save appends ops and updates the materialised views in
//! the same transaction, then flushes before reporting success. See `docs/ARCHITECTURE.md`.

mod apply;
pub mod backup;
pub mod codec;
pub mod drafts;
mod error;
pub mod exchange;
pub mod files;
mod followup;
pub mod hlc;
pub mod import;
pub mod maintenance;
pub mod op;
pub mod oplog;
pub mod peers;
pub mod private;
mod query;
mod readonly;
pub mod record;
pub mod space;
mod tally;
pub mod trees;
mod vacuum;
pub mod views;
mod write;
pub mod writeset;

use std::fs::{self, File};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use error::StoreError;
pub use query::{CoacheeRow, CurrentEmployer, ResolveError, Resolved};
pub use readonly::ForChecking;
pub use views::ContactSummary;
pub use write::BatchProgress;

use crate::domain::{CoachRef, DeviceId, Role};
use hlc::Hlc;
use trees::{T, Trees};

/// The schema this version writes. Raise it with a migration when the layout of trees changes.
/// 2: the op log is stored in pages of 64 ops (`oplog.rs`); a schema-1 log is moved on open.
pub const SCHEMA_VERSION: u32 = 2;
/// sled's default cache is 1 GiB; a laptop app needs less, but a cache smaller than the
/// pages one import touches makes sled read back what it just wrote (64 MiB cost a full
/// import of the large demo about a quarter of its time).
const CACHE_BYTES: u64 = 256 * 1024 * 1024;

/// How much of the database sled keeps in memory while it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cache {
    /// For the screen and for imports and edits, which come back to the pages they touched.
    Working,
    /// For a command that reads each record once (a list, a report): the system keeps the
    /// file in its own cache anyway, and a large cache only grows the process (a list of
    /// 200,000 sessions peaked at 216 MiB with the working cache, 96 MiB with this one).
    OnePass,
}

impl Cache {
    fn bytes(self) -> u64 {
        match self {
            Cache::Working => CACHE_BYTES,
            Cache::OnePass => 8 * 1024 * 1024,
        }
    }
}

const META_SCHEMA: &[u8] = b"schema";
const META_DEVICE: &[u8] = b"device";
const META_HLC: &[u8] = b"hlc";
const META_SEQ: &[u8] = b"seq";
const META_REBUILDING: &[u8] = b"rebuilding";
/// Present while an import is being written: the op-log keys it writes and what they held, so
/// an interrupted import can be taken back on the next open.
const META_IMPORT_UNDO: &[u8] = b"import-undo";
/// The shape of the derived views. A database whose views are of another shape has them rebuilt
/// from the op log when it is opened; the log itself never changes shape for this.
const META_VIEWS: &[u8] = b"views";
/// Present while the demo programme is being generated: a killed `demo` leaves it behind.
const META_DEMO_RUNNING: &[u8] = b"demo-running";
/// Present from the commit that erased a record until the database was rewritten without the
/// bytes sled keeps of overwritten values (`vacuum.rs`): a vacuum that did not happen then is
/// done on the next open.
const META_VACUUM_OWED: &[u8] = b"vacuum-owed";
/// Present from the commit that erased a record until every backup was rewritten without it
/// (`backup/scrub.rs`). The store cannot do that alone (the backups are sealed with the
/// device's keys), so the service settles it after the commit or on the next open.
const META_SCRUB_OWED: &[u8] = b"scrub-owed";
/// In `marks`: this database was filled by `demo`.
const MARK_DEMO: &[u8] = b"demo";
/// 2: the contact summary knows the earliest due date of the open agreements.
/// 3: the merge state keeps concurrent writes (conflicts), and conflicts have a view.
/// 4: sessions are stored once (their merge state); `sessions` lists them per coachee.
/// 5: the planned next contact stands until it is reached or called off, not only while the
///    latest session names it.
/// 6: escalations stay open until answered, and have a view; so do open agreements by due
///    date; every coach a coachee has had is kept (for a former coach's late notes).
/// 7: those two indexes hold what the agenda shows (the coach, the first line; the agreement's
///    text and owner), so the agenda reads no session.
/// 8: tallies of contacts (per month and author, and per day) and the placements by start
///    date, which the overview adds up.
/// 9: a coachee's view carries their consent history; erased records leave no past-coach
///    rows, and a redacted op in the log erases its record on replay; anonymised erasures
///    leave traces, with a view.
pub const VIEWS_VERSION: u32 = 9;

/// Who this database belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceIdentity {
    pub device: DeviceId,
    pub name: String,
    pub role: Role,
    pub created: NaiveDate,
}

impl DeviceIdentity {
    pub fn coach_ref(&self) -> CoachRef {
        CoachRef {
            device: self.device,
            name: self.name.clone(),
        }
    }
}

pub struct Store {
    dir: PathBuf,
    db: sled::Db,
    trees: Trees,
    identity: DeviceIdentity,
    /// The last clock value and sequence number issued; persisted with every save.
    clock: Hlc,
    last_seq: u64,
    /// Opening found an import that had been interrupted, and took it back.
    undid_import: bool,
    /// Held for the lifetime of the store: a second process gets `AlreadyOpen`.
    _lock: File,
}

impl Store {
    /// The sled files live in a subdirectory so the data dir can also hold logs and backups.
    pub fn db_path(dir: &Path) -> PathBuf {
        dir.join("db")
    }

    pub fn exists(dir: &Path) -> bool {
        Self::db_path(dir).join("conf").exists()
    }

    /// Creates a new database with a fresh device identity. Refuses, changing nothing, when
    /// the directory already holds one.
    pub fn init(dir: &Path, name: &str, role: Role, today: NaiveDate) -> Result<Store, StoreError> {
        refuse_a_file(dir)?;
        if Self::exists(dir) {
            match Self::open(dir) {
                // Killed during an earlier `init` before anything was saved: finish the job.
                Err(StoreError::NotInitialised { .. }) => {}
                Ok(_) => {
                    return Err(StoreError::AlreadyInitialised {
                        dir: dir.to_path_buf(),
                    });
                }
                Err(other) => return Err(other),
            }
        }
        create_private_dir(dir)?;
        space::Room::for_database(dir).ensure(0)?;
        let lock = lock(dir)?;
        let db = open_sled(dir, Cache::Working)?;
        let trees = Trees::open(&db, &Self::db_path(dir))?;
        let identity = DeviceIdentity {
            device: DeviceId::new(),
            name: name.trim().to_string(),
            role,
            created: today,
        };
        let meta = trees.get(T::Meta);
        meta.insert(META_SCHEMA, codec::encode(&SCHEMA_VERSION))?;
        meta.insert(META_VIEWS, codec::encode(&VIEWS_VERSION))?;
        meta.insert(META_HLC, codec::encode(&Hlc::default()))?;
        meta.insert(META_SEQ, codec::encode(&0u64))?;
        // The identity goes last: its presence marks a complete initialisation.
        meta.insert(META_DEVICE, codec::encode(&identity))?;
        db.flush()?;
        tighten_permissions(dir)?;
        tracing::info!(role = role.code(), "database initialised");
        Ok(Store {
            dir: dir.to_path_buf(),
            db,
            trees,
            identity,
            clock: Hlc::default(),
            last_seq: 0,
            undid_import: false,
            _lock: lock,
        })
    }

    /// Opens an existing database, refusing one from a newer version or held by another process.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        Self::open_announcing_repairs(dir, || {})
    }

    /// Opens like [`Store::open`], calling `repairing` first when the views must be rebuilt
    /// (after an update or an interruption), which takes a while on a large programme.
    pub fn open_announcing_repairs(
        dir: &Path,
        repairing: impl FnOnce(),
    ) -> Result<Store, StoreError> {
        Self::open_with(dir, Cache::Working, repairing)
    }

    /// Opens like [`Store::open_announcing_repairs`], with sled's cache sized for `cache`.
    pub fn open_with(
        dir: &Path,
        cache: Cache,
        repairing: impl FnOnce(),
    ) -> Result<Store, StoreError> {
        Self::open_inner(dir, cache, repairing, Vacuum::IfOwed)
    }

    fn open_inner(
        dir: &Path,
        cache: Cache,
        repairing: impl FnOnce(),
        vacuum: Vacuum,
    ) -> Result<Store, StoreError> {
        refuse_a_file(dir)?;
        if !Self::exists(dir) && !vacuum::interrupted(dir) {
            return Err(StoreError::NotInitialised {
                dir: dir.to_path_buf(),
            });
        }
        let lock = lock(dir)?;
        vacuum::settle_interrupted(dir)?;
        let db = open_sled(dir, cache)?;
        let trees = Trees::open(&db, &Self::db_path(dir))?;
        let meta = trees.get(T::Meta);
        let read = |key: &[u8]| -> Result<Option<sled::IVec>, StoreError> { Ok(meta.get(key)?) };
        let schema: u32 = match read(META_SCHEMA)? {
            Some(bytes) => codec::decode(&bytes, "schema version")?,
            None => {
                return Err(StoreError::NotInitialised {
                    dir: dir.to_path_buf(),
                });
            }
        };
        if schema > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                found: schema,
                supported: SCHEMA_VERSION,
            });
        }
        if schema < 2 {
            let moved = oplog::migrate_from_per_op_records(&db, trees.get(T::OpLog))?;
            meta.insert(META_SCHEMA, codec::encode(&SCHEMA_VERSION))?;
            db.flush()?;
            tracing::info!(ops = moved, "op log moved into pages");
        }
        // Left behind when a migration was interrupted after the schema went up.
        db.drop_tree(oplog::PER_OP_TREE)?;
        let Some(identity) = read(META_DEVICE)? else {
            // Killed during `init`: nothing was ever saved, so report it as not initialised.
            return Err(StoreError::NotInitialised {
                dir: dir.to_path_buf(),
            });
        };
        let identity: DeviceIdentity = codec::decode(&identity, "device identity")?;
        let clock: Hlc = read(META_HLC)?
            .map(|b| codec::decode(&b, "clock"))
            .transpose()?
            .unwrap_or_default();
        let last_seq: u64 = read(META_SEQ)?
            .map(|b| codec::decode(&b, "sequence"))
            .transpose()?
            .unwrap_or_default();
        let mut store = Store {
            dir: dir.to_path_buf(),
            db,
            trees,
            identity,
            clock,
            last_seq,
            undid_import: false,
            _lock: lock,
        };
        let views: u32 = store
            .trees
            .get(T::Meta)
            .get(META_VIEWS)?
            .map(|b| codec::decode(&b, "views version"))
            .transpose()?
            .unwrap_or(1);
        let undo = store.trees.get(T::Meta).get(META_IMPORT_UNDO)?;
        let rebuilding = store.trees.get(T::Meta).contains_key(META_REBUILDING)?;
        if undo.is_some() || rebuilding || views != VIEWS_VERSION {
            repairing();
        }
        if let Some(undo) = undo {
            tracing::warn!("an interrupted import is taken back");
            store.undo_interrupted_import(&undo)?;
            store.undid_import = true;
        } else if rebuilding {
            tracing::warn!("an interrupted rebuild is finished now");
            store.rebuild()?;
        } else if views != VIEWS_VERSION {
            tracing::info!(
                from = views,
                to = VIEWS_VERSION,
                "views of an older shape are rebuilt"
            );
            store.rebuild()?;
        }
        tighten_permissions(dir)?;
        if vacuum == Vacuum::IfOwed && store.vacuum_owed()? {
            return Self::vacuum_on_open(store, cache);
        }
        Ok(store)
    }

    /// An erasure whose vacuum did not happen (killed, no room) is vacuumed now. Failing
    /// again is no reason to keep the user out: the erased records are gone from every view
    /// and the log already, so the database opens and the vacuum waits for the next time.
    fn vacuum_on_open(store: Store, cache: Cache) -> Result<Store, StoreError> {
        let dir = store.dir.clone();
        match store.vacuum() {
            Ok(store) => Ok(store),
            Err(e) => {
                tracing::warn!(error = %e, "the database could not be rewritten after an erasure");
                Self::open_inner(&dir, cache, || {}, Vacuum::Not)
            }
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn identity(&self) -> &DeviceIdentity {
        &self.identity
    }

    /// Whether opening took back an import that was interrupted (killed, power cut): the
    /// database is as before that import, and the bundle can simply be imported again.
    pub fn undid_interrupted_import(&self) -> bool {
        self.undid_import
    }

    /// Marks (or unmarks) that the demo programme is being written, so that a `demo` killed
    /// halfway is recognised instead of looking like a database with data in it.
    pub fn mark_demo_running(&self, running: bool) -> Result<(), StoreError> {
        let meta = self.trees.get(T::Meta);
        if running {
            self.trees.room().ensure(0)?;
            meta.insert(META_DEMO_RUNNING, &[])?;
        } else {
            meta.remove(META_DEMO_RUNNING)?;
        }
        self.flush()
    }

    /// Marks this database as filled by `demo`, for good: its people are fictional.
    pub fn mark_demo(&self) -> Result<(), StoreError> {
        self.trees.room().ensure(0)?;
        self.trees.get(T::Marks).insert(MARK_DEMO, &[])?;
        self.flush()
    }

    /// Whether `demo` filled this database (fictional people, refused by real databases).
    pub fn is_demo(&self) -> Result<bool, StoreError> {
        Ok(self.trees.get(T::Marks).contains_key(MARK_DEMO)?)
    }

    /// Whether a `demo` was killed before it finished writing this database.
    pub fn demo_was_interrupted(&self) -> Result<bool, StoreError> {
        Ok(self.trees.get(T::Meta).contains_key(META_DEMO_RUNNING)?)
    }

    /// Throws away a database that holds nothing but a demo killed halfway, so the demo can
    /// start over. Anything else is refused: this never deletes real work.
    pub fn discard_interrupted_demo(dir: &Path) -> Result<(), StoreError> {
        let store = Store::open(dir)?;
        if !store.demo_was_interrupted()? {
            return Err(StoreError::NoInterruptedDemo);
        }
        drop(store);
        fs::remove_dir_all(Self::db_path(dir))
            .map_err(|e| StoreError::io("remove the interrupted demo", dir, e))
    }

    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    pub fn clock(&self) -> Hlc {
        self.clock
    }

    /// Makes everything written so far durable.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }

    /// Writes one value of a local tree (drafts, peers, exchange bookkeeping) durably, after
    /// the free-space guard.
    pub(crate) fn put_local(&self, tree: T, key: &[u8], value: Vec<u8>) -> Result<(), StoreError> {
        self.trees.room().ensure((key.len() + value.len()) as u64)?;
        self.trees.get(tree).insert(key, value)?;
        self.flush()
    }

    pub(crate) fn trees(&self) -> &Trees {
        &self.trees
    }
}

/// Whether opening rewrites a database an erasure left bytes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Vacuum {
    IfOwed,
    Not,
}

/// A data dir that turns out to be a file: `init` would not help, so it is said as it is.
fn refuse_a_file(dir: &Path) -> Result<(), StoreError> {
    if dir.exists() && !dir.is_dir() {
        return Err(StoreError::DataDirIsFile {
            dir: dir.to_path_buf(),
        });
    }
    Ok(())
}

/// Creates the data dir as 0700; an existing folder the user chose is left as it is.
fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    if dir.is_dir() {
        return Ok(());
    }
    private::dir_builder()
        .recursive(true)
        .create(dir)
        .map_err(|e| StoreError::io("create the data directory", dir, e))
}

fn lock(dir: &Path) -> Result<File, StoreError> {
    let path = dir.join("stagecoach.lock");
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| StoreError::io("open the lock file", &path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(StoreError::AlreadyOpen {
            dir: dir.to_path_buf(),
        }),
        Err(fs::TryLockError::Error(e)) => Err(StoreError::io("lock the database", &path, e)),
    }
}

/// How long to wait for sled to let go of a database this process has just closed.
const SLED_RELEASE: std::time::Duration = std::time::Duration::from_secs(5);

/// Opens sled. The caller holds `stagecoach.lock`, so no other stagecoach has this database
/// open; if sled still reports its own file lock taken, it is a `Db` this process dropped a
/// moment ago (restore does that) whose flusher thread has not finished. That lock is released
/// within a flush interval, so it is waited for instead of reported.
fn open_sled(dir: &Path, cache: Cache) -> Result<sled::Db, StoreError> {
    open_sled_at(&Store::db_path(dir), cache)
}

/// Opens the sled database in `path`, waiting a moment for a handle just dropped (in this
/// process) to let go of its lock: sled's threads release it shortly after the drop.
fn open_sled_at(path: &Path, cache: Cache) -> Result<sled::Db, StoreError> {
    let started = std::time::Instant::now();
    let may_wait = || started.elapsed() < SLED_RELEASE;
    loop {
        if sled_lock_is_held(path) && may_wait() {
            std::thread::sleep(std::time::Duration::from_millis(20));
            continue;
        }
        match sled::Config::new()
            .path(path)
            .cache_capacity(cache.bytes())
            .open()
        {
            Ok(db) => return Ok(db),
            // Taken again between the look and the open.
            Err(sled::Error::Io(_)) if sled_lock_is_held(path) && may_wait() => {}
            Err(sled::Error::Io(source)) => {
                return Err(StoreError::io("open the database", path, source));
            }
            Err(other) => return Err(StoreError::Sled(other)),
        }
    }
}

/// Whether a sled handle has its database in `path` open. sled locks its `db` file (the same
/// lock `File::try_lock` takes, on every system) and reports a taken lock only as text, so the
/// lock is asked for here and the answer read by its kind. A file that is not there or cannot
/// be opened is not held: sled's own open then says what is wrong.
fn sled_lock_is_held(path: &Path) -> bool {
    let Ok(file) = File::open(path.join("db")) else {
        return false;
    };
    matches!(file.try_lock(), Err(fs::TryLockError::WouldBlock))
}

/// Data about minors: stagecoach's own folders are 0700 and its files 0600, whatever the umask
/// was when they were made. Only stagecoach's own entries are touched: a data dir pointed at a
/// folder with other files in it keeps their permissions.
pub(super) fn tighten_permissions(dir: &Path) -> Result<(), StoreError> {
    fn walk(path: &Path) -> std::io::Result<()> {
        let meta = match fs::symlink_metadata(path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        if meta.is_dir() {
            private::tighten(path, &meta)?;
            for entry in fs::read_dir(path)? {
                walk(&entry?.path())?;
            }
        } else if meta.is_file() {
            private::tighten(path, &meta)?;
        }
        Ok(())
    }
    OWN_ENTRIES
        .iter()
        .try_for_each(|name| walk(&dir.join(name)))
        .map_err(|e| StoreError::io("protect the data directory", dir, e))
}

/// The device's keys (`sync::DeviceKeys`) in the data dir; a restore puts them back.
pub const DEVICE_KEYS_FILE: &str = "device.keys";

/// What stagecoach keeps in a data directory.
const OWN_ENTRIES: [&str; 10] = [
    "db",
    "db.vacuum",
    "db.vacuum.ready",
    "db.old",
    "stagecoach.lock",
    "logs",
    "backups",
    "doctor-scratch",
    DEVICE_KEYS_FILE,
    backup::recovery::RECOVERY_FILE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_sled_lock_is_seen_by_its_kind_and_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        assert!(!sled_lock_is_held(&path), "no database yet");
        drop(open_sled_at(&path, Cache::OnePass).unwrap());
        let holder = File::open(path.join("db")).unwrap();
        holder.lock().unwrap();
        assert!(sled_lock_is_held(&path));
        let release = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(holder);
        });
        let db = open_sled_at(&path, Cache::OnePass).expect("waits for the lock to go");
        release.join().unwrap();
        assert!(sled_lock_is_held(&path), "sled holds it now");
        drop(db);
    }
}
