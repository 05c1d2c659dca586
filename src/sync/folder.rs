//! The drop folder: one folder that Syncthing, Nextcloud or OneDrive keeps the same on every
//! laptop of a programme. Each device writes its bundles there and imports the new bundles
//! addressed to it; everything else in the folder is left alone.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::bundle::Addressed;
use super::export::{self, Exported, Recipient};
use super::import::{self, ImportOptions, ImportOutcome};
use super::{Card, DeviceKeys, Peer, SyncError, peers};
use crate::domain::Role;
use crate::store::Store;

/// What one pass over the folder did.
#[derive(Debug, Default)]
pub struct FolderSync {
    pub exported: Vec<Exported>,
    pub imported: Vec<(PathBuf, ImportOutcome)>,
    /// Bundles for this device from senders it does not trust yet.
    pub untrusted: Vec<(PathBuf, String)>,
    /// Bundles for this device that could not be imported, with why.
    pub failed: Vec<(PathBuf, SyncError)>,
}

/// The peers this device sends to by default: a coach its coordinator(s), a coordinator
/// every coach.
pub fn default_recipients(store: &Store, peers: &[Peer]) -> Vec<Peer> {
    let wanted = match store.identity().role {
        Role::Coach => Role::Coordinator,
        Role::Coordinator => Role::Coach,
    };
    peers.iter().filter(|p| p.role == wanted).cloned().collect()
}

/// Imports what is new for this device, then writes this device's bundles, so the bundles
/// written carry everything just learnt.
pub fn sync_folder(
    store: &mut Store,
    keys: &DeviceKeys,
    folder: &Path,
    today: NaiveDate,
) -> Result<FolderSync, SyncError> {
    let mut result = FolderSync::default();
    let own = Card::own(store.identity(), keys);
    for path in bundle_files(folder)? {
        let Ok(header) = import::peek(&path) else {
            continue;
        };
        let for_me =
            matches!(&header.addressed, Addressed::To(to) if to.contains(&own.fingerprint()));
        if !for_me || header.sender == own.device || store.bundle_receipt(&header.id)?.is_some() {
            continue;
        }
        match import::import_file(store, keys, &path, ImportOptions::default(), today) {
            Ok(outcome) => result.imported.push((path, outcome)),
            Err(SyncError::Untrusted { name, .. }) => result.untrusted.push((path, name)),
            Err(SyncError::Store(e)) => return Err(SyncError::Store(e)),
            Err(other) => result.failed.push((path, other)),
        }
    }
    for peer in default_recipients(store, &peers(store)?) {
        let exported = export::export(store, keys, Recipient::Peer(&peer), false, folder, today)?;
        result.exported.push(exported);
    }
    Ok(result)
}

/// The `.stagecoach` files in the folder, oldest name first (names end in their date).
fn bundle_files(folder: &Path) -> Result<Vec<PathBuf>, SyncError> {
    let entries = std::fs::read_dir(folder).map_err(|e| SyncError::io("read", folder, e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "stagecoach") && path.is_file())
        .collect();
    files.sort();
    Ok(files)
}
