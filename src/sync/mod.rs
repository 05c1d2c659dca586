//! Sync between devices: this device's keys, the public cards peers exchange, and the list of
//! peers this device trusts. Nothing here draws; the CLI and the screen both use it.

pub mod bundle;
pub mod card;
pub mod export;
pub mod folder;
pub mod identity;
pub mod import;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use card::Card;
pub use identity::DeviceKeys;

use crate::message::Msg;
use crate::store::peers::PeerRecord;
use crate::store::{Store, StoreError};

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
        }
    }
}

/// A peer this device trusts, with the card it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    pub card: Card,
    pub trusted_on: NaiveDate,
}

impl Peer {
    /// A stored peer, its card verified again: a record changed on disk is not trusted.
    fn from_record(record: PeerRecord) -> Result<Peer, SyncError> {
        Ok(Peer {
            card: Card::parse(&record.card_text)?,
            trusted_on: record.trusted_on,
        })
    }
}

/// This device's card, making its keys if they do not exist yet.
pub fn own_card(store: &Store) -> Result<(Card, DeviceKeys), SyncError> {
    let keys = DeviceKeys::load_or_create(store.dir())?;
    Ok((Card::own(store.identity(), &keys), keys))
}

/// Reads a card file and trusts it. Trusting the same card again changes nothing; a known
/// device with other keys is refused (someone may be impersonating it).
pub fn trust(store: &Store, card_file: &Path, today: NaiveDate) -> Result<(Peer, bool), SyncError> {
    let text =
        std::fs::read_to_string(card_file).map_err(|e| SyncError::io("read", card_file, e))?;
    let card = Card::parse(&text)?;
    if card.device == store.identity().device {
        return Err(SyncError::OwnCard);
    }
    if let Some(known) = known_peer(store, &card)?
        && known.card == card
    {
        return Ok((known, false));
    }
    store.save_peer(
        card.device,
        &PeerRecord {
            card_text: text,
            trusted_on: today,
        },
    )?;
    Ok((
        Peer {
            card,
            trusted_on: today,
        },
        true,
    ))
}

fn peer(store: &Store, card: &Card) -> Result<Option<Peer>, SyncError> {
    store.peer(card.device)?.map(Peer::from_record).transpose()
}

/// The trusted peer behind `card`, if any. A known device that presents other keys is
/// refused: someone may be impersonating it.
fn known_peer(store: &Store, card: &Card) -> Result<Option<Peer>, SyncError> {
    match peer(store, card)? {
        Some(known)
            if known.card.signing != card.signing || known.card.recipient != card.recipient =>
        {
            Err(SyncError::KeyChanged {
                name: known.card.name,
            })
        }
        known => Ok(known),
    }
}

/// Every trusted peer, by name.
pub fn peers(store: &Store) -> Result<Vec<Peer>, SyncError> {
    let mut peers = store
        .peers()?
        .into_iter()
        .map(Peer::from_record)
        .collect::<Result<Vec<_>, SyncError>>()?;
    peers.sort_by(|a, b| a.card.name.cmp(&b.card.name));
    Ok(peers)
}

/// How many of this device's changes are not in a bundle for its usual recipients yet (the
/// coordinator, or for a coordinator the coach furthest behind); all of them before any peer.
pub fn unsent_changes(store: &Store) -> Result<u64, SyncError> {
    let recipients = folder::default_recipients(store, &peers(store)?);
    if recipients.is_empty() {
        return Ok(store.last_seq());
    }
    let mut most = 0;
    for peer in recipients {
        most = most.max(store.unsent_to(peer.card.device)?);
    }
    Ok(most)
}
