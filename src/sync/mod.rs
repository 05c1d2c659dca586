//! Sync between devices: this device's keys, the public cards peers exchange, and the list of
//! peers this device trusts. Nothing here draws; the CLI and the screen both use it.

pub mod bundle;
pub mod card;
pub mod conflicts;
mod error;
pub mod export;
pub mod folder;
pub mod identity;
pub mod import;

use std::path::Path;

use chrono::NaiveDate;

pub use card::Card;
pub use error::SyncError;
pub use identity::DeviceKeys;

use crate::domain::Role;
use crate::store::Store;
use crate::store::peers::PeerRecord;

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
