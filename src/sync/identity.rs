//! This device's keys: an ed25519 key that signs its bundles and an age X25519 identity that
//! bundles for it are encrypted to. Kept in one 0600 file in the data dir, never in the database
//! and never in a bundle. A backup carries them inside its encryption, so that a laptop restored
//! from it is the same device to its peers (see docs/ARCHITECTURE.md, "Backups").

use std::fs;
use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use ed25519_dalek::SigningKey;

use super::error::SyncError;
use crate::store::backup::Seal;

/// The file name of the keys in the data dir.
pub const KEYS_FILE: &str = crate::store::DEVICE_KEYS_FILE;
const HEADER: &str = "stagecoach-keys 1";

pub struct DeviceKeys {
    pub signing: SigningKey,
    pub decryption: age::x25519::Identity,
}

impl DeviceKeys {
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(KEYS_FILE)
    }

    /// The device's keys, made on first use: `init` makes them, and a database from before
    /// keys existed gets them the first time they are needed.
    pub fn load_or_create(dir: &Path) -> Result<DeviceKeys, SyncError> {
        let path = Self::path(dir);
        if path.exists() {
            return Self::load(&path);
        }
        let keys = DeviceKeys {
            signing: SigningKey::from_bytes(&rand::random::<[u8; 32]>()),
            decryption: age::x25519::Identity::generate(),
        };
        keys.write_new(&path)?;
        Ok(keys)
    }

    /// The device's keys if the data dir has them; never makes new ones (a restore must not
    /// invent a device).
    pub fn load_existing(dir: &Path) -> Result<Option<DeviceKeys>, SyncError> {
        let path = Self::path(dir);
        if path.exists() {
            Self::load(&path).map(Some)
        } else {
            Ok(None)
        }
    }

    /// What this device's backups are sealed with: its own age key, the recovery key when one
    /// is set, and the keys file itself, carried encrypted.
    pub fn backup_seal(&self, dir: &Path) -> Result<Seal, SyncError> {
        let path = Self::path(dir);
        let file = fs::read(&path).map_err(|e| SyncError::io("read", &path, e))?;
        Ok(Seal::new(dir, self.decryption.to_public(), file)?)
    }

    fn load(path: &Path) -> Result<DeviceKeys, SyncError> {
        let text = fs::read_to_string(path).map_err(|e| SyncError::io("read", path, e))?;
        let mut lines = text.lines();
        let broken = || SyncError::KeysDamaged {
            path: path.to_path_buf(),
        };
        if lines.next() != Some(HEADER) {
            return Err(broken());
        }
        let mut signing = None;
        let mut decryption = None;
        for line in lines {
            match line.split_once(' ') {
                Some(("signing", text)) => {
                    let mut bytes = [0u8; 32];
                    hex::decode_to_slice(text, &mut bytes).map_err(|_| broken())?;
                    signing = Some(SigningKey::from_bytes(&bytes));
                }
                Some(("age", secret)) => decryption = Some(secret.parse().map_err(|_| broken())?),
                _ => return Err(broken()),
            }
        }
        Ok(DeviceKeys {
            signing: signing.ok_or_else(broken)?,
            decryption: decryption.ok_or_else(broken)?,
        })
    }

    /// Written once, 0600 from the first byte, and never overwritten: replacing a device's keys
    /// would cut it off from every peer that trusts it.
    fn write_new(&self, path: &Path) -> Result<(), SyncError> {
        let text = format!(
            "{HEADER}\nsigning {}\nage {}\n",
            hex::encode(self.signing.as_bytes()),
            self.decryption.to_string().expose_secret()
        );
        crate::store::files::write_new_private(path, text.as_bytes())
            .map_err(|e| SyncError::io("create", path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn keys_are_made_once_private_and_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let made = DeviceKeys::load_or_create(dir.path()).unwrap();
        let mode = fs::metadata(DeviceKeys::path(dir.path()))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let read = DeviceKeys::load_or_create(dir.path()).unwrap();
        assert_eq!(made.signing.to_bytes(), read.signing.to_bytes());
        assert_eq!(
            made.decryption.to_public().to_string(),
            read.decryption.to_public().to_string()
        );
    }

    #[test]
    fn a_damaged_keys_file_is_reported_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        DeviceKeys::load_or_create(dir.path()).unwrap();
        let path = DeviceKeys::path(dir.path());
        let text = fs::read_to_string(&path)
            .unwrap()
            .replace("signing ", "signing zz");
        fs::write(&path, &text).unwrap();
        assert!(matches!(
            DeviceKeys::load_or_create(dir.path()),
            Err(SyncError::KeysDamaged { .. })
        ));
        assert_eq!(fs::read_to_string(&path).unwrap(), text, "left as it was");
    }
}
