//! The recovery key: an age X25519 identity made when the user sets a recovery passphrase,
//! kept in the data dir only wrapped with that passphrase (age scrypt). Every backup is
//! encrypted to it as well as to the device, and carries the wrapped key in its clear part, so
//! a new laptop needs the backup file and the passphrase, nothing else.

use std::fs;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;

use super::format::wrap_recovery;
use crate::store::{StoreError, files};

/// The file name in the data dir.
pub const RECOVERY_FILE: &str = "recovery.key";
const HEADER: &str = "stagecoach-recovery 1";

/// The public half of the recovery key and the wrapped secret half.
#[derive(Debug, Clone)]
pub struct RecoveryKey {
    pub recipient: age::x25519::Recipient,
    pub wrapped: Vec<u8>,
}

impl RecoveryKey {
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(RECOVERY_FILE)
    }

    /// The recovery key of the data dir, if one was set.
    pub fn load(dir: &Path) -> Result<Option<RecoveryKey>, StoreError> {
        let path = Self::path(dir);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StoreError::io("read the recovery key", &path, e)),
        };
        let damaged = || StoreError::Corrupt {
            what: "recovery key",
        };
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Err(damaged());
        }
        let mut recipient = None;
        let mut wrapped = None;
        for line in lines {
            match line.split_once(' ') {
                Some(("recipient", text)) => recipient = text.parse().ok(),
                Some(("wrapped", text)) => wrapped = hex::decode(text).ok(),
                _ => return Err(damaged()),
            }
        }
        Ok(Some(RecoveryKey {
            recipient: recipient.ok_or_else(damaged)?,
            wrapped: wrapped.ok_or_else(damaged)?,
        }))
    }

    /// Makes a new recovery key wrapped with `passphrase` and puts it in place of any earlier
    /// one. A new key rather than the old one rewrapped: whoever knew the old passphrase must
    /// not open the backups made from now on. Older backups keep their own wrapped key, so
    /// they still open with the passphrase they were made with.
    pub fn create(dir: &Path, passphrase: &SecretString) -> Result<RecoveryKey, StoreError> {
        let identity = age::x25519::Identity::generate();
        let key = RecoveryKey {
            recipient: identity.to_public(),
            wrapped: wrap_recovery(&identity, passphrase)?,
        };
        let path = Self::path(dir);
        let text = format!(
            "{HEADER}\nrecipient {}\nwrapped {}\n",
            key.recipient,
            hex::encode(&key.wrapped)
        );
        files::replace_private(&path, text.as_bytes())
            .map_err(|e| StoreError::io("write the recovery key", &path, e))?;
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::backup::format::unwrap_recovery;

    #[test]
    fn a_recovery_key_opens_only_with_its_passphrase_and_a_new_one_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        assert!(RecoveryKey::load(dir.path()).unwrap().is_none());
        let passphrase = SecretString::from("paard batterij nietje".to_string());
        let made = RecoveryKey::create(dir.path(), &passphrase).unwrap();
        let read = RecoveryKey::load(dir.path()).unwrap().unwrap();
        assert_eq!(read.recipient.to_string(), made.recipient.to_string());
        let identity = unwrap_recovery(&read.wrapped, &passphrase).unwrap();
        assert_eq!(identity.to_public().to_string(), made.recipient.to_string());
        let wrong = SecretString::from("paard batterij niet".to_string());
        assert!(unwrap_recovery(&read.wrapped, &wrong).is_err());
        let text = fs::read_to_string(RecoveryKey::path(dir.path())).unwrap();
        assert!(
            !text.contains("AGE-SECRET-KEY"),
            "only the wrapped secret is stored"
        );
        let again = RecoveryKey::create(dir.path(), &passphrase).unwrap();
        assert_ne!(again.recipient.to_string(), made.recipient.to_string());
    }
}
