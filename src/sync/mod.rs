//! Sync between devices: this device's keys, the public cards peers exchange, and the list of
//! peers this device trusts. Nothing here draws; the CLI and the screen both use it.

pub mod bundle;
pub mod card;
pub mod conflicts;
pub mod export;
pub mod folder;
pub mod identity;
pub mod import;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use card::Card;
pub use identity::DeviceKeys;

use crate::domain::Role;
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
        }
    }
}

/// A peer this device trusts: the card it was given and the role this device pinned for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    pub card: Card,
    /// What this device decided when it trusted the peer: the only role the peer acts with
    /// here, whatever a later card or bundle claims.
    pub role: Role,
    pub trusted_on: NaiveDate,
}

impl Peer {
    /// A stored peer, its card verified again: a record changed on disk is not trusted.
    fn from_record(record: PeerRecord) -> Result<Peer, SyncError> {
        let card = Card::parse(&record.card_text)?;
        Ok(Peer {
            // A record from before roles were pinned: its card is what was trusted then.
            role: record.role.unwrap_or(card.role),
            card,
            trusted_on: record.trusted_on,
        })
    }

    /// A card being trusted now, with the role its holder claims.
    fn trusted_now(card: Card, today: NaiveDate) -> Peer {
        Peer {
            role: card.role,
            card,
            trusted_on: today,
        }
    }
}

/// This device's card, making its keys if they do not exist yet.
pub fn own_card(store: &Store) -> Result<(Card, DeviceKeys), SyncError> {
    let keys = DeviceKeys::load_or_create(store.dir())?;
    Ok((Card::own(store.identity(), &keys), keys))
}

/// What the person trusting a card asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct TrustRequest {
    /// The role the person expects the peer to have; the card must claim the same.
    pub role: Option<Role>,
    /// Replace the card of a known device whose card changed (its name or role).
    pub replace: bool,
}

/// What trusting a card does (or did).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrustChange {
    /// A device this device did not know.
    New(Peer),
    /// The same card again: nothing changes.
    Unchanged(Peer),
    /// A known device with the same keys and a changed card, replaced on request.
    Replaced { before: Peer, after: Peer },
}

impl TrustChange {
    pub fn peer(&self) -> &Peer {
        match self {
            TrustChange::New(peer) | TrustChange::Unchanged(peer) => peer,
            TrustChange::Replaced { after, .. } => after,
        }
    }
}

/// A card file read and checked, ready to be trusted.
#[derive(Debug, Clone)]
pub struct CardFile {
    pub card: Card,
    text: String,
}

/// Reads a card file, checking its signature.
pub fn read_card(card_file: &Path) -> Result<CardFile, SyncError> {
    let text =
        std::fs::read_to_string(card_file).map_err(|e| SyncError::io("read", card_file, e))?;
    Ok(CardFile {
        card: Card::parse(&text)?,
        text,
    })
}

/// What trusting `file` would change, without changing anything. A known device with other
/// keys is refused (someone may be impersonating it); a known device whose card now says
/// another name or role is refused unless the request replaces it deliberately.
pub fn plan_trust(
    store: &Store,
    file: &CardFile,
    request: TrustRequest,
    today: NaiveDate,
) -> Result<TrustChange, SyncError> {
    let card = &file.card;
    if card.device == store.identity().device {
        return Err(SyncError::OwnCard);
    }
    if let Some(asked) = request.role
        && asked != card.role
    {
        return Err(SyncError::RoleNotOnCard {
            claimed: card.role,
            asked,
        });
    }
    let Some(known) = peer(store, card)? else {
        return Ok(TrustChange::New(Peer::trusted_now(card.clone(), today)));
    };
    if !same_keys(&known.card, card) {
        return Err(SyncError::KeyChanged {
            name: known.card.name,
        });
    }
    if known.card == *card && known.role == card.role {
        return Ok(TrustChange::Unchanged(known));
    }
    // A new role must be named on purpose: `--replace` alone keeps a coach a coach.
    let role_confirmed = known.role == card.role || request.role == Some(card.role);
    if !request.replace || !role_confirmed {
        return Err(SyncError::CardChanged {
            name: known.card.name,
            claimed_name: card.name.clone(),
            pinned: known.role,
            claimed: card.role,
            fingerprint: card.fingerprint(),
        });
    }
    Ok(TrustChange::Replaced {
        before: known,
        after: Peer::trusted_now(card.clone(), today),
    })
}

/// Carries out a planned trust: pins the card and its role in this device's peers.
pub fn apply_trust(store: &Store, file: &CardFile, change: &TrustChange) -> Result<(), SyncError> {
    if let TrustChange::New(peer) | TrustChange::Replaced { after: peer, .. } = change {
        pin(store, peer, file.text.clone())?;
    }
    Ok(())
}

/// Reads a card file and trusts it, as [`plan_trust`] then [`apply_trust`].
pub fn trust(
    store: &Store,
    card_file: &Path,
    request: TrustRequest,
    today: NaiveDate,
) -> Result<TrustChange, SyncError> {
    let file = read_card(card_file)?;
    let change = plan_trust(store, &file, request, today)?;
    apply_trust(store, &file, &change)?;
    Ok(change)
}

fn pin(store: &Store, peer: &Peer, card_text: String) -> Result<(), SyncError> {
    store.save_peer(
        peer.card.device,
        &PeerRecord {
            card_text,
            trusted_on: peer.trusted_on,
            role: Some(peer.role),
        },
    )?;
    Ok(())
}

fn peer(store: &Store, card: &Card) -> Result<Option<Peer>, SyncError> {
    store.peer(card.device)?.map(Peer::from_record).transpose()
}

fn same_keys(a: &Card, b: &Card) -> bool {
    a.signing == b.signing && a.recipient == b.recipient
}

/// The trusted peer behind the card a bundle carries, if any. The card is only a claim: a
/// known device that presents other keys (someone may be impersonating it) or another role
/// than the one pinned here (a coach making themselves coordinator) is refused.
fn known_peer(store: &Store, card: &Card) -> Result<Option<Peer>, SyncError> {
    let Some(known) = peer(store, card)? else {
        return Ok(None);
    };
    if !same_keys(&known.card, card) {
        return Err(SyncError::KeyChanged {
            name: known.card.name,
        });
    }
    if known.role != card.role {
        return Err(SyncError::RoleChanged {
            name: known.card.name,
            pinned: known.role,
            claimed: card.role,
        });
    }
    Ok(Some(known))
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
