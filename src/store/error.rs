//! Everything that can go wrong with the database, each with a message that says what to do.

use std::io;
use std::path::PathBuf;

use crate::message::Msg;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no database in the data directory")]
    NotInitialised { dir: PathBuf },
    #[error("there is no interrupted demo to start over")]
    NoInterruptedDemo,
    #[error("the data directory is a file")]
    DataDirIsFile { dir: PathBuf },
    #[error("the data directory already holds a database")]
    AlreadyInitialised { dir: PathBuf },
    #[error("the database is open in another stagecoach process")]
    AlreadyOpen { dir: PathBuf },
    #[error("database schema {found} is newer than this version supports ({supported})")]
    NewerSchema { found: u32, supported: u32 },
    #[error("a stored value has format version {version}, newer than this version supports")]
    NewerValueFormat { version: u8 },
    #[error("could not {action}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("database error: {0}")]
    Sled(#[from] sled::Error),
    #[error("stored {what} is damaged")]
    Corrupt { what: &'static str },
    #[error("the backup file is damaged or not a stagecoach backup")]
    BadBackup,
    #[error("the disk is (almost) full: {available} bytes free, {needed} needed")]
    DiskAlmostFull { available: u64, needed: u64 },
    #[error(transparent)]
    Backup(#[from] super::backup::BackupError),
}

impl StoreError {
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        StoreError::Io {
            action,
            path: path.into(),
            source,
        }
    }

    pub fn message(&self) -> Msg {
        match self {
            StoreError::NotInitialised { dir } => {
                Msg::new("store-not-initialised").arg("dir", dir.display())
            }
            StoreError::NoInterruptedDemo => Msg::new("demo-nothing-to-restart"),
            StoreError::DataDirIsFile { dir } => {
                Msg::new("store-data-dir-is-file").arg("dir", dir.display())
            }
            StoreError::AlreadyInitialised { dir } => {
                Msg::new("store-already-initialised").arg("dir", dir.display())
            }
            StoreError::AlreadyOpen { dir } => {
                Msg::new("store-already-open").arg("dir", dir.display())
            }
            StoreError::NewerSchema { found, supported } => Msg::new("store-newer-schema")
                .arg("found", found)
                .arg("supported", supported),
            StoreError::NewerValueFormat { .. } => Msg::new("store-newer-value"),
            StoreError::Io { path, source, .. } => io_message(path, source),
            StoreError::Sled(sled::Error::Io(source)) => {
                io_message(std::path::Path::new("database"), source)
            }
            StoreError::Sled(_) | StoreError::Corrupt { .. } => Msg::new("store-corrupt"),
            StoreError::BadBackup => Msg::new("backup-bad"),
            StoreError::DiskAlmostFull { available, needed } => Msg::new("store-disk-almost-full")
                .arg("free", megabytes(*available, f64::floor))
                .arg("needed", megabytes(*needed, f64::ceil)),
            StoreError::Backup(e) => e.message(),
        }
    }
}

/// Bytes as megabytes with one decimal, as a person reads a disk's free space; rounded the
/// way that keeps "free" below "needed" when they are close.
fn megabytes(bytes: u64, round: fn(f64) -> f64) -> String {
    format!("{:.1}", round(bytes as f64 / 100_000.0) / 10.0)
}

fn io_message(path: &std::path::Path, source: &io::Error) -> Msg {
    let id = match source.kind() {
        io::ErrorKind::PermissionDenied => "io-permission-denied",
        io::ErrorKind::ReadOnlyFilesystem => "io-read-only",
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "io-disk-full",
        io::ErrorKind::NotFound => "io-not-found",
        _ => "io-other",
    };
    Msg::new(id)
        .arg("path", path.display())
        .arg("detail", source.to_string())
}
