//! What the exchange tab reads and does: this device's card and the peers it trusts with what
//! went each way, the open conflicts, bundles written for chosen peers, and what an import
//! would change, shown before anything does.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::domain::{CoachRef, DeviceId, Role};
use crate::message::Msg;
use crate::store::{Store, StoreError};
use crate::sync::conflicts;
use crate::sync::export::{self, Recipient};
use crate::sync::{self, SyncError};

pub use crate::store::import::ImportPlan;
pub use crate::sync::conflicts::{Keep, OpenConflict};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerRow {
    pub device: DeviceId,
    pub name: String,
    pub role: Role,
    pub fingerprint: String,
    pub last_in: Option<NaiveDate>,
    pub last_out: Option<NaiveDate>,
    /// This device's changes that are in no bundle for the peer yet.
    pub unsent: u64,
}

/// What an import would do, shown before anything changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    pub file: PathBuf,
    pub trust: bool,
    pub sender: String,
    pub role: Role,
    pub fingerprint: String,
    pub newly_trusted: bool,
    pub plan: ImportPlan,
}

/// The exchange with peers as the tab shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub fingerprint: String,
    pub peers: Vec<PeerRow>,
    pub conflicts: Vec<OpenConflict>,
}

/// Reads the card, every trusted peer with what went each way, and the open conflicts.
pub fn overview(store: &Store) -> Result<Overview, SyncError> {
    let (card, _) = sync::own_card(store)?;
    let peers = sync::peers(store)?
        .into_iter()
        .map(|peer| {
            let exchange = store.peer_exchange(peer.card.device)?;
            Ok(PeerRow {
                device: peer.card.device,
                fingerprint: peer.card.fingerprint(),
                unsent: store.unsent_to(peer.card.device)?,
                name: peer.card.name,
                role: peer.role,
                last_in: exchange.last_in,
                last_out: exchange.last_out,
            })
        })
        .collect::<Result<_, StoreError>>()?;
    Ok(Overview {
        fingerprint: card.fingerprint(),
        peers,
        conflicts: conflicts::open_conflicts(store)?,
    })
}

/// Changes made here that are in no bundle yet, and the open conflicts: the status line's counts.
pub fn counts(store: &Store) -> (Option<u64>, usize) {
    (sync::unsent_changes(store).ok(), conflicts::count(store))
}

/// Every trusted coach, to assign a coachee to.
pub fn coaches(store: &Store) -> Result<Vec<CoachRef>, SyncError> {
    Ok(sync::peers(store)?
        .into_iter()
        .filter(|p| p.role == Role::Coach)
        .map(|p| CoachRef {
            device: p.card.device,
            name: p.card.name,
        })
        .collect())
}

/// One bundle for each chosen peer (by device id) into `folder`; returns how many.
pub fn export_to(
    store: &Store,
    folder: &Path,
    chosen: &[String],
    full: bool,
    today: NaiveDate,
) -> Result<usize, SyncError> {
    if !folder.is_dir() {
        return Err(SyncError::io(
            "write",
            folder,
            std::io::Error::from(std::io::ErrorKind::NotADirectory),
        ));
    }
    let (_, keys) = sync::own_card(store)?;
    let recipients: Vec<_> = sync::peers(store)?
        .into_iter()
        .filter(|p| chosen.contains(&p.card.device.to_string()))
        .collect();
    for peer in &recipients {
        export::export(store, &keys, Recipient::Peer(peer), full, folder, today)?;
    }
    Ok(recipients.len())
}

/// The status line after an import.
pub fn imported_message(plan: &ImportPlan, sender: &str) -> Msg {
    if plan.already_imported.is_some() {
        return Msg::new("sync-import-already").arg("name", sender);
    }
    Msg::new("sync-imported-short")
        .arg("name", sender)
        .arg("created", plan.created_count())
        .arg("updated", plan.updated_count())
        .arg(
            "conflicts",
            plan.conflicts_after.saturating_sub(plan.conflicts_before),
        )
}
