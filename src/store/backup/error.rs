//! Why a backup could not be opened or used, and the message each gives.

use std::path::PathBuf;

use crate::Msg;

/// Why a backup could not be opened or used.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("the backup needs the recovery passphrase")]
    NeedsPassphrase,
    #[error("the recovery passphrase is wrong or the backup is damaged")]
    WrongPassphraseOrDamaged,
    #[error("the backup is not for this device's keys and has no recovery key")]
    NotForThisDevice,
    #[error("earlier files of the backup chain are missing")]
    ChainIncomplete { folder: PathBuf, missing: usize },
    #[error("no backups to recover from")]
    NoBackups { folder: PathBuf },
    #[error("no intact backup to recover from")]
    NoneIntact { folder: PathBuf, tried: usize },
}

impl BackupError {
    pub fn message(&self) -> Msg {
        match self {
            BackupError::NeedsPassphrase => Msg::new("backup-needs-passphrase"),
            BackupError::WrongPassphraseOrDamaged => Msg::new("backup-wrong-passphrase"),
            BackupError::NotForThisDevice => Msg::new("backup-not-for-this-device"),
            BackupError::ChainIncomplete { folder, missing } => Msg::new("backup-chain-incomplete")
                .arg("folder", folder.display())
                .arg("missing", missing),
            BackupError::NoBackups { folder } => {
                Msg::new("recover-no-backups").arg("folder", folder.display())
            }
            BackupError::NoneIntact { folder, tried } => Msg::new("recover-none-intact")
                .arg("folder", folder.display())
                .arg("tried", tried),
        }
    }
}
