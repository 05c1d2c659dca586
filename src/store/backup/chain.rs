//! Backup chains: a full backup and the increments that build on it, the files of a folder
//! grouped into them, unique file names, and what the database remembers about the chain it
//! is adding to.
//!
//! The database notes every op-log page a write changes (`backup_state` tree, "p" ++ page
//! key), in the same write as the page itself, so the next increment is exactly those pages:
//! nothing is missed whatever wrote them (a save, an import, an eviction that withheld ops).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::BackupError;
use super::format::{self, Clear};
use crate::store::{StoreError, codec};

/// The key of the chain state in the `backup_state` tree.
pub const STATE_KEY: &[u8] = b"chain";
/// Prefix of the page marks in the `backup_state` tree.
pub const PAGE_MARK: u8 = b'p';

/// The chain this database adds to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainState {
    pub chain: [u8; 16],
    /// File names in the backups folder, by index, with the BLAKE3 of each.
    pub files: Vec<(String, [u8; 32])>,
    /// When the full backup of the chain was made (Unix ms).
    pub base_made_at: i64,
    /// Which recovery key the chain is sealed to (BLAKE3 of the wrapped key), if any: a new
    /// one starts a new chain, so one passphrase opens a whole chain.
    pub recovery: Option<[u8; 32]>,
}

impl ChainState {
    pub fn decode(bytes: &[u8]) -> Result<Self, StoreError> {
        codec::decode(bytes, "backup chain")
    }

    pub fn encode(&self) -> Vec<u8> {
        codec::encode(self)
    }
}

pub fn page_mark(key: &[u8]) -> Vec<u8> {
    let mut mark = Vec::with_capacity(25);
    mark.push(PAGE_MARK);
    mark.extend_from_slice(key);
    mark
}

/// One backup file found in a folder.
#[derive(Debug, Clone)]
pub struct Point {
    pub path: PathBuf,
    pub clear: Clear,
}

/// The readable backups of a folder (files named `stagecoach-*.backup` whose clear part reads),
/// oldest first. Anything else in the folder is not ours to judge and is left out.
pub fn points(folder: &Path) -> Vec<Point> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut points: Vec<Point> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| is_backup_name(path))
        .filter_map(|path| {
            let clear = read_clear_of(&path).ok()?;
            Some(Point { path, clear })
        })
        .collect();
    points.sort_by_key(|p| (p.clear.made_at, p.clear.index));
    points
}

pub(super) fn is_backup_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("stagecoach-") && n.ends_with(".backup"))
}

/// Reads only as much of a file as its clear part needs (a full backup is megabytes).
pub fn read_clear_of(path: &Path) -> Result<Clear, StoreError> {
    let io = |e| StoreError::io("read the backup", path, e);
    let mut file = fs::File::open(path).map_err(io)?;
    let mut start = vec![0; format::MAGIC.len() + 5];
    file.read_exact(&mut start)
        .map_err(|_| StoreError::BadBackup)?;
    let len = u32::from_le_bytes(start[start.len() - 4..].try_into().expect("4 bytes"));
    let len = (len as usize).min(format::MAX_CLEAR + 1);
    file.take(len as u64).read_to_end(&mut start).map_err(io)?;
    Ok(format::read_clear(&start)?.0)
}

/// The files a restore to `target` needs, base first: the chain's files with a lower index
/// found next to it.
pub fn files_for(target: &Path, clear: &Clear) -> Result<Vec<PathBuf>, StoreError> {
    if clear.index == 0 {
        return Ok(vec![target.to_path_buf()]);
    }
    let folder = target.parent().unwrap_or(Path::new("."));
    let found = points(folder);
    let mut files = Vec::with_capacity(clear.index as usize + 1);
    let mut missing = Vec::new();
    for index in 0..clear.index {
        match found
            .iter()
            .find(|p| p.clear.chain == clear.chain && p.clear.index == index)
        {
            Some(point) => files.push(point.path.clone()),
            None => missing.push(index),
        }
    }
    if !missing.is_empty() {
        return Err(BackupError::ChainIncomplete {
            folder: folder.to_path_buf(),
            missing: missing.len(),
        }
        .into());
    }
    files.push(target.to_path_buf());
    Ok(files)
}

/// A file name in `folder` that no backup has: the time to the millisecond, and a counter
/// should two backups fall in the same millisecond.
pub fn unique_path(folder: &Path, now: chrono::DateTime<chrono::Local>) -> PathBuf {
    let stamp = now.format("%Y%m%d-%H%M%S-%3f");
    let mut path = folder.join(format!("stagecoach-{stamp}.backup"));
    let mut n = 2;
    while path.exists() {
        path = folder.join(format!("stagecoach-{stamp}-{n}.backup"));
        n += 1;
    }
    path
}

/// Puts `bytes` into a new file at a name no other file has (the counter goes up while the
/// name is taken), written whole and durable before it gets that name.
pub fn write_new(
    folder: &Path,
    now: chrono::DateTime<chrono::Local>,
    bytes: &[u8],
) -> Result<PathBuf, StoreError> {
    crate::store::create_private_dir(folder)?;
    crate::store::files::write_new_named(folder, bytes, || unique_path(folder, now))
        .map_err(|e| StoreError::io("write the backup", folder, e))
}
