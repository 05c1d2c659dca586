//! Backups: encrypted, authenticated files from which a database is rebuilt exactly — the op
//! log, the device's identity, clock and keys, and the local trees a rebuild cannot recreate
//! (sync bookkeeping, trusted peers, drafts).
//!
//! The data dir's `backups/` folder holds chains: a full backup, then increments that each add
//! the op-log pages changed since the file before (`chain.rs`). `restore` and `recover` replay
//! a chain into a fresh database and rebuild the views from the log. See docs/ARCHITECTURE.md.

mod chain;
mod error;
pub mod format;
mod legacy;
pub mod prune;
pub mod recovery;
mod scrub;

use std::fs;
use std::path::{Path, PathBuf};

pub use chain::page_mark;
pub use error::BackupError;
pub use format::Keyring;
pub use prune::Policy;
pub use recovery::RecoveryKey;
pub use scrub::Scrubbed;

use self::chain::{ChainState, PAGE_MARK, STATE_KEY};
use self::format::{Body, Clear};
use super::trees::T;
use super::writeset::WriteSet;
use super::{DEVICE_KEYS_FILE, META_DEVICE, META_HLC, META_SEQ, Store, StoreError, codec, files};

/// The trees that are neither the log nor derived from it: carried whole in every backup.
const LOCAL: [T; 8] = [
    T::Drafts,
    T::Peers,
    T::Coverage,
    T::Evicted,
    T::Handovers,
    T::Marks,
    T::Bundles,
    T::PeerExchange,
];
/// A chain gets a new full backup once a week, or after this many increments, so a restore
/// never replays a long chain.
const NEW_BASE_AFTER_MS: i64 = 7 * 24 * 3600 * 1000;
const MAX_INCREMENTS: usize = 200;
/// Pages written to the new database per sled batch during a restore.
const RESTORE_BATCH: usize = 2_000;

/// Who can open a backup, and what it carries besides the database.
pub struct Seal {
    /// The device's age key and, when one is set, the recovery key.
    pub recipients: Vec<age::x25519::Recipient>,
    /// The recovery key wrapped with the recovery passphrase, carried in the clear part.
    pub recovery: Option<Vec<u8>>,
    /// The device's keys file, carried encrypted so a restored laptop is the same device.
    pub device_keys: Vec<u8>,
}

impl Seal {
    /// Sealed to the device and to the recovery key of `dir`, if one is set.
    pub fn new(
        dir: &Path,
        device: age::x25519::Recipient,
        device_keys: Vec<u8>,
    ) -> Result<Seal, StoreError> {
        let mut recipients = vec![device];
        let recovery = RecoveryKey::load(dir)?.map(|key| {
            recipients.push(key.recipient);
            key.wrapped
        });
        Ok(Seal {
            recipients,
            recovery,
            device_keys,
        })
    }

    /// Whether a new laptop could open backups made with this seal.
    pub fn has_recovery(&self) -> bool {
        self.recovery.is_some()
    }
}

/// What a backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub path: PathBuf,
    /// Ops in the pages written (all of them for a full backup).
    pub ops: u64,
    pub bytes: u64,
    /// A full backup (the start of a chain), not an increment.
    pub full: bool,
}

/// What `recover` did.
pub struct Recovered {
    pub store: Store,
    /// The backup restored, and when it was made (Unix ms).
    pub from: PathBuf,
    pub made_at: i64,
    /// Where the damaged database was put aside.
    pub damaged: Option<PathBuf>,
    /// Newer restore points that could not be used.
    pub skipped: usize,
}

impl Store {
    pub fn backups_dir(&self) -> PathBuf {
        self.dir.join("backups")
    }

    /// Writes a self-contained full backup to `path` (a USB stick, another disk): temp file,
    /// fsync, rename. The chain in the backups folder is not affected.
    pub fn backup_to(&self, path: &Path, seal: &Seal) -> Result<BackupSummary, StoreError> {
        let io = |action, e| StoreError::io(action, path, e);
        let clear = self.clear_part(seal, rand::random(), 0);
        let (bytes, ops) = self.full_backup(&clear, seal)?;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(|e| io("create the backup folder", e))?;
        }
        files::replace_private(path, &bytes).map_err(|e| io("write the backup", e))?;
        tracing::info!(ops, bytes = bytes.len(), "full backup written");
        Ok(BackupSummary {
            path: path.to_path_buf(),
            ops,
            bytes: bytes.len() as u64,
            full: true,
        })
    }

    /// Writes a backup into the backups folder: an increment of the current chain, or a full
    /// backup starting a new one (when `full`, or when the chain cannot go on: none yet, a
    /// file of it gone, a week old, too long, another recovery key). Then prunes the folder.
    pub fn backup_into_folder(
        &self,
        seal: &Seal,
        policy: Policy,
        full: bool,
    ) -> Result<BackupSummary, StoreError> {
        let folder = self.backups_dir();
        let now = chrono::Local::now();
        let now_ms = now.timestamp_millis();
        let recovery = seal.recovery.as_ref().map(|w| *blake3::hash(w).as_bytes());
        let state = self.chain_state()?.filter(|s| {
            !full
                && s.recovery == recovery
                && s.files.len() <= MAX_INCREMENTS
                && (0..NEW_BASE_AFTER_MS).contains(&(now_ms - s.base_made_at))
                && s.files.iter().all(|(name, _)| folder.join(name).is_file())
        });
        let state_tree = self.trees.get(T::BackupState);
        let marks: Vec<sled::IVec> = state_tree
            .scan_prefix([PAGE_MARK])
            .keys()
            .collect::<Result<_, _>>()?;
        let (bytes, ops, state) = match state {
            Some(mut state) => {
                let clear = self.clear_part(seal, state.chain, state.files.len() as u32);
                let log = self.trees.get(T::OpLog);
                let mut pages = Vec::with_capacity(marks.len());
                for mark in &marks {
                    if let Some(page) = log.get(&mark[1..])? {
                        pages.push((sled::IVec::from(&mark[1..]), page));
                    }
                }
                let ops = count_ops(&pages)?;
                let previous = state.files.last().map(|(_, digest)| *digest);
                let body = self.body(seal, previous)?;
                let bytes =
                    format::write(&clear, body, pages.into_iter().map(Ok), &seal.recipients)?;
                state
                    .files
                    .push((String::new(), *blake3::hash(&bytes).as_bytes()));
                (bytes, ops, state)
            }
            None => {
                let chain = rand::random();
                let clear = self.clear_part(seal, chain, 0);
                let (bytes, ops) = self.full_backup(&clear, seal)?;
                let state = ChainState {
                    chain,
                    files: vec![(String::new(), *blake3::hash(&bytes).as_bytes())],
                    base_made_at: now_ms,
                    recovery,
                };
                (bytes, ops, state)
            }
        };
        let full = state.files.len() == 1;
        // The backups folder shares the database's disk: a backup that fills it would leave
        // sled no room for the next save.
        self.trees.room().ensure(bytes.len() as u64)?;
        let path = chain::write_new(&folder, now, &bytes)?;
        let mut state = state;
        if let Some(last) = state.files.last_mut() {
            last.0 = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
        }
        // The chain state and the marks change together: a mark dropped without the file
        // that holds its page being in the chain would lose that page from later restores.
        let mut ws = WriteSet::new(&self.trees);
        ws.put(T::BackupState, STATE_KEY.to_vec(), state.encode());
        for mark in marks {
            ws.delete(T::BackupState, mark.to_vec());
        }
        ws.commit()?;
        self.flush()?;
        tracing::info!(ops, bytes = bytes.len(), full, "backup written");
        let points = chain::points(&folder);
        for doomed in prune::doomed(&points, now_ms, policy, &path) {
            if let Err(e) = fs::remove_file(&doomed) {
                tracing::warn!(error = %e, "an old backup could not be removed");
            }
        }
        Ok(BackupSummary {
            path,
            ops,
            bytes: bytes.len() as u64,
            full,
        })
    }

    /// How many backups the backups folder holds.
    pub fn backup_count(&self) -> usize {
        chain::points(&self.backups_dir()).len()
    }

    fn chain_state(&self) -> Result<Option<ChainState>, StoreError> {
        self.trees
            .get(T::BackupState)
            .get(STATE_KEY)?
            .map(|bytes| ChainState::decode(&bytes))
            .transpose()
    }

    fn clear_part(&self, seal: &Seal, chain: [u8; 16], index: u32) -> Clear {
        Clear {
            chain,
            index,
            made_at: chrono::Utc::now().timestamp_millis(),
            recovery: seal.recovery.clone(),
        }
    }

    /// A full backup in memory, and how many ops it holds.
    fn full_backup(&self, clear: &Clear, seal: &Seal) -> Result<(Vec<u8>, u64), StoreError> {
        let body = self.body(seal, None)?;
        let mut ops = 0;
        let total = self.frontier()?.values().sum();
        let task = crate::progress::task(crate::progress::Work::Backup, total);
        let pages = self.trees.get(T::OpLog).iter().map(
            |item| -> Result<(sled::IVec, sled::IVec), StoreError> {
                let (key, page) = item?;
                ops += super::oplog::Page::read(Some(&page[..]))?.len() as u64;
                task.advance_to(ops);
                Ok((key, page))
            },
        );
        let bytes = format::write(clear, body, pages, &seal.recipients)?;
        Ok((bytes, ops))
    }

    fn body(&self, seal: &Seal, previous: Option<[u8; 32]>) -> Result<Body, StoreError> {
        let local = LOCAL
            .iter()
            .map(|tree| {
                let rows = self
                    .trees
                    .get(*tree)
                    .iter()
                    .map(|item| item.map(|(k, v)| (k.to_vec(), v.to_vec())))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok((tree.name().to_string(), rows))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Body {
            clear_digest: [0; 32],
            previous,
            identity: self.identity.clone(),
            clock: self.clock,
            last_seq: self.last_seq,
            device_keys: seal.device_keys.clone(),
            local,
        })
    }

    /// Creates the database of `dir` from a backup file (with the files of its chain found
    /// next to it). The database is built in a sibling folder and moved into place only when
    /// complete, so a damaged backup or a killed process never leaves a half-restored database.
    pub fn restore(dir: &Path, backup: &Path, keyring: &mut Keyring) -> Result<Store, StoreError> {
        if Store::exists(dir) {
            return Err(StoreError::AlreadyInitialised {
                dir: dir.to_path_buf(),
            });
        }
        let staging = staging_for(dir);
        let _ = fs::remove_dir_all(&staging);
        let built = (|| -> Result<(Store, Vec<u8>), StoreError> {
            let bytes =
                fs::read(backup).map_err(|e| StoreError::io("open the backup", backup, e))?;
            if format::format_of(&bytes)? == legacy::FORMAT {
                return Ok((legacy::restore_into(&staging, &bytes)?, Vec::new()));
            }
            let (clear, _) = format::read_clear(&bytes)?;
            let files = chain::files_for(backup, &clear)?;
            let (store, restored) = build(&staging, &files, keyring)?;
            Ok((store, restored.device_keys))
        })();
        let result = built.and_then(|(store, device_keys)| {
            drop(store);
            super::create_private_dir(dir)?;
            install_device_keys(dir, &device_keys)?;
            fs::rename(Store::db_path(&staging), Store::db_path(dir))
                .map_err(|e| StoreError::io("move the restored database into place", dir, e))?;
            Store::open(dir)
        });
        let _ = fs::remove_dir_all(&staging);
        result
    }

    /// Brings back the database of `dir` from the newest intact restore point in its backups
    /// folder. The database there now (damaged, or unopenable) is moved aside under a dated
    /// name, never deleted.
    pub fn recover(dir: &Path, keyring: &mut Keyring) -> Result<Recovered, StoreError> {
        let lock = super::lock(dir)?;
        let folder = dir.join("backups");
        let points = chain::points(&folder);
        if points.is_empty() {
            return Err(BackupError::NoBackups { folder }.into());
        }
        let staging = staging_for(dir);
        let mut skipped = 0;
        let mut found = None;
        for point in points.iter().rev() {
            let _ = fs::remove_dir_all(&staging);
            let attempt = chain::files_for(&point.path, &point.clear)
                .and_then(|files| build(&staging, &files, keyring));
            match attempt {
                Ok(built) => {
                    found = Some((point, built));
                    break;
                }
                Err(e @ StoreError::Backup(BackupError::NeedsPassphrase))
                | Err(e @ StoreError::Backup(BackupError::WrongPassphraseOrDamaged))
                | Err(e @ StoreError::Backup(BackupError::NotForThisDevice)) => {
                    let _ = fs::remove_dir_all(&staging);
                    return Err(e);
                }
                Err(e) => {
                    tracing::warn!(error = %e, "a restore point could not be used");
                    skipped += 1;
                }
            }
        }
        let Some((point, (store, restored))) = found else {
            let _ = fs::remove_dir_all(&staging);
            return Err(BackupError::NoneIntact {
                folder,
                tried: skipped,
            }
            .into());
        };
        drop(store);
        let result = (|| -> Result<Option<PathBuf>, StoreError> {
            let db = Store::db_path(dir);
            let damaged = if db.exists() {
                let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
                let mut aside = dir.join(format!("db.damaged-{stamp}"));
                let mut n = 2;
                while aside.exists() {
                    aside = dir.join(format!("db.damaged-{stamp}-{n}"));
                    n += 1;
                }
                fs::rename(&db, &aside)
                    .map_err(|e| StoreError::io("move the damaged database aside", &db, e))?;
                Some(aside)
            } else {
                None
            };
            install_device_keys(dir, &restored.device_keys)?;
            fs::rename(Store::db_path(&staging), &db)
                .map_err(|e| StoreError::io("move the restored database into place", dir, e))?;
            Ok(damaged)
        })();
        let _ = fs::remove_dir_all(&staging);
        let damaged = result?;
        drop(lock);
        Ok(Recovered {
            store: Store::open(dir)?,
            from: point.path.clone(),
            made_at: point.clear.made_at,
            damaged,
            skipped,
        })
    }
}

/// What a restore brought besides the database.
struct Restored {
    device_keys: Vec<u8>,
}

/// Replays a chain (base first) into a new database at `staging`: its pages into the log,
/// the newest file's local trees and device state, then the views rebuilt from the log.
fn build(
    staging: &Path,
    files: &[PathBuf],
    keyring: &mut Keyring,
) -> Result<(Store, Restored), StoreError> {
    let bad = || StoreError::BadBackup;
    let mut store: Option<Store> = None;
    let mut previous: Option<[u8; 32]> = None;
    let mut chain_id = None;
    let mut last_body = None;
    // Reading the files is counted by file; the rebuild at the end shows its own progress.
    let task = crate::progress::task(crate::progress::Work::Restore, files.len() as u64);
    for (index, path) in files.iter().enumerate() {
        task.advance_to(index as u64 + 1);
        let bytes = fs::read(path).map_err(|e| StoreError::io("open the backup", path, e))?;
        let mut opened = format::open(&bytes, keyring)?;
        if opened.clear.index as usize != index
            || opened.body.previous != previous
            || chain_id.is_some_and(|chain| chain != opened.clear.chain)
        {
            return Err(bad());
        }
        if store.is_none() {
            let id = &opened.body.identity;
            store = Some(Store::init(staging, &id.name, id.role, id.created)?);
        }
        let Some(db) = store.as_ref() else {
            return Err(bad());
        };
        let log = db.trees.get(T::OpLog);
        let mut batch = sled::Batch::default();
        let mut in_batch = 0;
        while let Some((key, page)) = opened.next_page()? {
            batch.insert(&key[..], page);
            in_batch += 1;
            if in_batch == RESTORE_BATCH {
                log.apply_batch(std::mem::take(&mut batch))?;
                in_batch = 0;
            }
        }
        log.apply_batch(batch)?;
        previous = Some(*blake3::hash(&bytes).as_bytes());
        chain_id = Some(opened.clear.chain);
        last_body = Some(opened.body);
    }
    let (Some(mut store), Some(body)) = (store, last_body) else {
        return Err(bad());
    };
    for (name, rows) in body.local {
        let tree = LOCAL.iter().find(|t| t.name() == name).ok_or_else(bad)?;
        let mut batch = sled::Batch::default();
        for (key, value) in rows {
            batch.insert(key, value);
        }
        store.trees.get(*tree).apply_batch(batch)?;
    }
    let meta = store.trees.get(T::Meta);
    meta.insert(META_HLC, codec::encode(&body.clock))?;
    meta.insert(META_SEQ, codec::encode(&body.last_seq))?;
    meta.insert(META_DEVICE, codec::encode(&body.identity))?;
    store.identity = body.identity;
    store.clock = body.clock;
    store.last_seq = body.last_seq;
    store.flush()?;
    store.rebuild()?;
    Ok((
        store,
        Restored {
            device_keys: body.device_keys,
        },
    ))
}

fn count_ops(pages: &[(sled::IVec, sled::IVec)]) -> Result<u64, StoreError> {
    let mut ops = 0;
    for (_, page) in pages {
        ops += super::oplog::Page::read(Some(&page[..]))?.len() as u64;
    }
    Ok(ops)
}

/// Where a restore into `dir` is built: a sibling folder, moved into place when complete.
fn staging_for(dir: &Path) -> PathBuf {
    let name = dir
        .file_name()
        .map_or("data".into(), |n| n.to_string_lossy().into_owned());
    dir.with_file_name(format!(".{name}.restoring"))
}

/// Puts the device keys a backup carried into `dir`, unless the folder has its own keys file
/// (the same laptop): that one stays, since it is what this laptop's peers know.
fn install_device_keys(dir: &Path, keys: &[u8]) -> Result<(), StoreError> {
    if keys.is_empty() {
        return Ok(());
    }
    let path = dir.join(DEVICE_KEYS_FILE);
    match files::write_new_private(&path, keys) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::io("write the device keys", &path, e)),
    }
}
