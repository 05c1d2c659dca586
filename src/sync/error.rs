//! What can go wrong in sync — keys, cards, trust, bundles — and the message each gives.

use std::path::PathBuf;

use crate::domain::Role;
use crate::message::Msg;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("could not {action} the file")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the keys file is damaged")]
    KeysDamaged { path: PathBuf },
    #[error("not a stagecoach card")]
    NotACard,
    #[error("the card comes from a newer stagecoach")]
    CardTooNew,
    #[error("the card was changed after it was made, or is damaged")]
    CardDamaged,
    #[error("this is this device's own card")]
    OwnCard,
    #[error("a known device presents different keys")]
    KeyChanged { name: String },
    #[error("a known device claims another role than the one it was trusted with")]
    RoleChanged {
        name: String,
        pinned: Role,
        claimed: Role,
    },
    #[error("a known device presents a changed card")]
    CardChanged {
        name: String,
        claimed_name: String,
        pinned: Role,
        claimed: Role,
        fingerprint: String,
    },
    #[error("the card claims another role than the one asked for")]
    RoleNotOnCard { claimed: Role, asked: Role },
    #[error("not a stagecoach bundle")]
    NotABundle,
    #[error("the bundle comes from a newer stagecoach (format {version})")]
    BundleTooNew { version: u16, needs: String },
    #[error("the bundle is damaged or incomplete")]
    BundleDamaged,
    #[error("the bundle is addressed to another device")]
    NotForUs,
    #[error("the bundle needs a passphrase")]
    NeedsPassphrase,
    #[error("the passphrase does not open the bundle")]
    WrongPassphrase,
    #[error("the bundle's signature does not match its sender")]
    BadSignature,
    #[error("no recipients to encrypt to")]
    NoRecipients,
    #[error("a folder is not a bundle")]
    IsFolder { path: PathBuf },
    #[error("the file is empty")]
    EmptyFile,
    #[error("this bundle was made on this device")]
    OwnBundle,
    #[error("the sender is not trusted yet")]
    Untrusted { name: String, fingerprint: String },
    #[error("the bundle comes from a demo database")]
    DemoBundle { name: String },
}

impl SyncError {
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        SyncError::Io {
            action,
            path: path.into(),
            source,
        }
    }

    pub fn message(&self) -> Msg {
        match self {
            SyncError::Store(e) => e.message(),
            SyncError::Io { path, source, .. } => Msg::new("sync-io")
                .arg("path", path.display())
                .arg("reason", source),
            SyncError::KeysDamaged { path } => {
                Msg::new("sync-keys-damaged").arg("path", path.display())
            }
            SyncError::NotACard => Msg::new("sync-not-a-card"),
            SyncError::CardTooNew => Msg::new("sync-card-too-new"),
            SyncError::CardDamaged => Msg::new("sync-card-damaged"),
            SyncError::OwnCard => Msg::new("sync-own-card"),
            SyncError::KeyChanged { name } => Msg::new("sync-key-changed").arg("name", name),
            SyncError::RoleChanged {
                name,
                pinned,
                claimed,
            } => Msg::new("sync-role-changed")
                .arg("name", name)
                .arg("pinned", pinned.code())
                .arg("claimed", claimed.code()),
            SyncError::CardChanged {
                name,
                claimed_name,
                pinned,
                claimed,
                fingerprint,
            } => Msg::new("trust-card-changed")
                .arg("name", name)
                .arg("claimed_name", claimed_name)
                .arg("pinned", pinned.code())
                .arg("claimed", claimed.code())
                .arg("fingerprint", fingerprint),
            SyncError::RoleNotOnCard { claimed, asked } => Msg::new("trust-role-not-on-card")
                .arg("claimed", claimed.code())
                .arg("asked", asked.code()),
            SyncError::NotABundle => Msg::new("bundle-not-a-bundle"),
            SyncError::BundleTooNew { version, needs } => Msg::new("bundle-too-new")
                .arg("version", version)
                .arg("needs", needs),
            SyncError::BundleDamaged => Msg::new("bundle-damaged"),
            SyncError::NotForUs => Msg::new("bundle-not-for-us"),
            SyncError::NeedsPassphrase => Msg::new("bundle-needs-passphrase"),
            SyncError::WrongPassphrase => Msg::new("bundle-wrong-passphrase"),
            SyncError::BadSignature => Msg::new("bundle-bad-signature"),
            SyncError::NoRecipients => Msg::new("bundle-no-recipients"),
            SyncError::IsFolder { path } => {
                Msg::new("bundle-is-folder").arg("path", path.display())
            }
            SyncError::EmptyFile => Msg::new("bundle-empty"),
            SyncError::OwnBundle => Msg::new("bundle-own"),
            SyncError::Untrusted { name, fingerprint } => Msg::new("bundle-untrusted")
                .arg("name", name)
                .arg("fingerprint", fingerprint),
            SyncError::DemoBundle { name } => Msg::new("bundle-from-demo").arg("name", name),
        }
    }
}
