//! Backups: the device identity and the whole op log in one compressed file, and restoring
//! a database from one.
//!
//! The op log is the truth, so a backup needs nothing else: restoring replays it, which also
//! rebuilds every view.

use std::fs::{self, File};
use std::io::{BufReader, BufWriter, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::apply::Applier;
use super::codec;
use super::hlc::Hlc;
use super::op::Op;
use super::oplog::Log;
use super::trees::T;
use super::writeset::WriteSet;
use super::{DeviceIdentity, META_HLC, META_SEQ, Store, StoreError};

const MAGIC: &[u8; 8] = b"SCBACKUP";
const FORMAT: u8 = 1;
const RESTORE_BATCH: usize = 2_000;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Header {
    identity: DeviceIdentity,
    clock: Hlc,
    last_seq: u64,
    ops: u64,
}

/// What a backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub path: PathBuf,
    pub ops: u64,
    pub bytes: u64,
}

impl Store {
    /// The default place for a backup made now.
    pub fn default_backup_path(&self) -> PathBuf {
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        self.dir
            .join("backups")
            .join(format!("stagecoach-{stamp}.backup"))
    }

    /// Writes a backup to `path` (temp file, fsync, rename), readable only by the owner.
    pub fn backup_to(&self, path: &Path) -> Result<BackupSummary, StoreError> {
        let io = |action, e| StoreError::io(action, path, e);
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(|e| io("create the backup folder", e))?;
        }
        let temp = path.with_extension("partial");
        let result = (|| {
            let file = fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(&temp)?;
            let mut out = BufWriter::new(file);
            out.write_all(MAGIC)?;
            out.write_all(&[FORMAT])?;
            // zstd works on large blocks: fed one small op at a time, it spends most of its
            // time re-reading its window, so the ops are gathered in a buffer first.
            let mut zstd = BufWriter::with_capacity(1 << 20, zstd::Encoder::new(out, 3)?);
            let log = Log(self.trees.get(T::OpLog));
            let header = Header {
                identity: self.identity.clone(),
                clock: self.clock,
                last_seq: self.last_seq,
                ops: log.count().map_err(std::io::Error::other)?,
            };
            write_frame(&mut zstd, &codec::encode(&header))?;
            // Pages keep each op encoded as a backup frame holds it.
            for page in log.pages() {
                let (_, page) = page.map_err(std::io::Error::other)?;
                for (_, op) in page.encoded() {
                    write_frame(&mut zstd, op)?;
                }
            }
            let encoder = zstd.into_inner().map_err(|e| e.into_error())?;
            let file = encoder.finish()?.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            fs::rename(&temp, path)?;
            Ok::<_, std::io::Error>(header.ops)
        })();
        let ops = result.map_err(|e| {
            let _ = fs::remove_file(&temp);
            io("write the backup", e)
        })?;
        let bytes = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        tracing::info!(ops, bytes, "backup written");
        Ok(BackupSummary {
            path: path.to_path_buf(),
            ops,
            bytes,
        })
    }

    /// Creates the database of `dir` from a backup file. The database is built in a sibling
    /// folder and moved into place only when complete, so a damaged backup or a killed process
    /// never leaves a half-restored database that would open as if it were whole.
    pub fn restore(dir: &Path, backup: &Path) -> Result<Store, StoreError> {
        if Store::exists(dir) {
            return Err(StoreError::AlreadyInitialised {
                dir: dir.to_path_buf(),
            });
        }
        let name = dir
            .file_name()
            .map_or("data".into(), |n| n.to_string_lossy().into_owned());
        let staging = dir.with_file_name(format!(".{name}.restoring"));
        let _ = fs::remove_dir_all(&staging);
        let restored = Self::restore_into(&staging, backup);
        let result = restored.and_then(|store| {
            drop(store);
            super::create_private_dir(dir)?;
            fs::rename(Store::db_path(&staging), Store::db_path(dir))
                .map_err(|e| StoreError::io("move the restored database into place", dir, e))?;
            Store::open(dir)
        });
        let _ = fs::remove_dir_all(&staging);
        result
    }

    fn restore_into(dir: &Path, backup: &Path) -> Result<Store, StoreError> {
        let bad = || StoreError::BadBackup;
        let file = File::open(backup).map_err(|e| StoreError::io("open the backup", backup, e))?;
        let mut input = BufReader::new(file);
        let mut magic = [0u8; 9];
        input.read_exact(&mut magic).map_err(|_| bad())?;
        if &magic[..8] != MAGIC {
            return Err(bad());
        }
        if magic[8] > FORMAT {
            return Err(StoreError::NewerValueFormat { version: magic[8] });
        }
        let mut zstd = zstd::Decoder::new(input).map_err(|_| bad())?;
        let header: Header =
            codec::decode(&read_frame(&mut zstd)?.ok_or_else(bad)?, "backup").map_err(|_| bad())?;
        let identity = header.identity.clone();
        let mut store = Store::init(dir, &identity.name, identity.role, identity.created)?;
        store.identity = identity;
        let mut restored = 0;
        loop {
            let mut batch = Vec::with_capacity(RESTORE_BATCH);
            while batch.len() < RESTORE_BATCH {
                match read_frame(&mut zstd)? {
                    Some(frame) => {
                        batch.push(codec::decode::<Op>(&frame, "op").map_err(|_| bad())?)
                    }
                    None => break,
                }
            }
            if batch.is_empty() {
                break;
            }
            let mut ws = WriteSet::new(&store.trees);
            let mut applier = Applier::new(&mut ws);
            for op in &batch {
                applier.apply(op)?;
            }
            applier.finish()?;
            ws.commit()?;
            restored += batch.len() as u64;
        }
        if restored != header.ops {
            return Err(bad());
        }
        let meta = store.trees.get(T::Meta);
        meta.insert(META_HLC, codec::encode(&header.clock))?;
        meta.insert(META_SEQ, codec::encode(&header.last_seq))?;
        meta.insert(super::META_DEVICE, codec::encode(&store.identity))?;
        store.clock = header.clock;
        store.last_seq = header.last_seq;
        store.flush()?;
        Ok(store)
    }
}

fn write_frame(out: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
    out.write_all(&(bytes.len() as u32).to_le_bytes())?;
    out.write_all(bytes)
}

fn read_frame(input: &mut impl Read) -> Result<Option<Vec<u8>>, StoreError> {
    let bad = || StoreError::BadBackup;
    let mut len = [0u8; 4];
    match input.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(_) => return Err(bad()),
    }
    let len = u32::from_le_bytes(len) as usize;
    if len > 64 * 1024 * 1024 {
        return Err(bad());
    }
    let mut frame = vec![0; len];
    input.read_exact(&mut frame).map_err(|_| bad())?;
    Ok(Some(frame))
}
