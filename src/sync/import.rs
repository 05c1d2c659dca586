//! The import pipeline for one bundle file: read → decrypt → verify the signature and the
//! sender's trust → plan → (unless a dry run) back up and apply in one go.
//!
//! Every refusal happens before the database is touched, so a bad bundle changes nothing.

use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use chrono::NaiveDate;

use super::bundle::{self, Addressed, Header, Payload, Unseal};
use super::{Card, DeviceKeys, Peer, SyncError, known_peer, pin};
use crate::store::Store;
use crate::store::import::ImportPlan;

/// How to import.
#[derive(Default)]
pub struct ImportOptions {
    /// Trust the sender's card if it is not trusted yet.
    pub trust_new: bool,
    pub dry_run: bool,
    /// For a handover bundle.
    pub passphrase: Option<SecretString>,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone)]
pub struct ImportOutcome {
    pub header: Header,
    /// The sender as this device knows them: the pinned role, not the one the bundle claims.
    pub sender: Peer,
    /// The sender was trusted by this import (in a dry run: would be, with `trust_new`).
    pub newly_trusted: bool,
    /// A dry run of a bundle from someone this device does not trust: the plan shows what it
    /// would do, and a real import will ask for trust.
    pub untrusted: bool,
    pub plan: ImportPlan,
    /// The backup taken before anything changed.
    pub backup: Option<PathBuf>,
}

/// Reads a bundle file whole; a folder, an empty file or an unreadable one is refused.
pub fn read_file(path: &Path) -> Result<Vec<u8>, SyncError> {
    if path.is_dir() {
        return Err(SyncError::IsFolder {
            path: path.to_path_buf(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| SyncError::io("read", path, e))?;
    if bytes.is_empty() {
        return Err(SyncError::EmptyFile);
    }
    Ok(bytes)
}

/// The clear header of a bundle file, to decide how to open it.
pub fn peek(path: &Path) -> Result<Header, SyncError> {
    let bytes = read_file(path)?;
    Ok(bundle::read_header(&bytes)?.0)
}

/// Imports one bundle file into `store`.
pub fn import_file(
    store: &mut Store,
    keys: &DeviceKeys,
    path: &Path,
    options: ImportOptions,
    today: NaiveDate,
) -> Result<ImportOutcome, SyncError> {
    let bytes = read_file(path)?;
    let (header, _, _) = bundle::read_header(&bytes)?;
    let own = Card::own(store.identity(), keys);
    if header.sender == own.device {
        return Err(SyncError::OwnBundle);
    }
    let unseal = match (&header.addressed, options.passphrase) {
        (Addressed::To(fingerprints), _) => {
            if !fingerprints.contains(&own.fingerprint()) {
                return Err(SyncError::NotForUs);
            }
            Unseal::Keys(keys)
        }
        (Addressed::Passphrase, Some(passphrase)) => Unseal::Passphrase(passphrase),
        (Addressed::Passphrase, None) => return Err(SyncError::NeedsPassphrase),
    };
    let (header, payload) = bundle::open(&bytes, unseal)?;
    let sender = payload.sender_card()?;
    let Payload {
        card: card_text,
        ops,
        handovers,
        demo,
    } = payload;
    // Fictional people never enter a real database, not even in a preview.
    if demo && !store.is_demo()? {
        return Err(SyncError::DemoBundle {
            name: sender.name.clone(),
        });
    }
    let (sender, newly_trusted, untrusted) = match known_peer(store, &sender)? {
        Some(known) => (known, false, false),
        None if options.trust_new => (Peer::trusted_now(sender, today), true, false),
        // A dry run may look at what an unknown sender's bundle would do: nothing is written,
        // and the preview takes the role their card claims, as trusting them would.
        None if options.dry_run => (Peer::trusted_now(sender, today), false, true),
        None => {
            return Err(SyncError::Untrusted {
                name: sender.name.clone(),
                fingerprint: sender.fingerprint(),
            });
        }
    };
    // The rules of the import follow the role this device pinned, never the bundle's claim.
    let incoming = header.incoming(sender.role, ops, handovers);
    let mut backup = None;
    if !options.dry_run && store.has_new_ops(&incoming.ops)? {
        let seal = keys.backup_seal(store.dir())?;
        let policy = crate::store::backup::Policy::from_user_config();
        backup = Some(store.backup_into_folder(&seal, policy, false)?.path);
    }
    let plan = store.import(incoming, today, options.dry_run)?;
    if newly_trusted && !options.dry_run {
        pin(store, &sender, card_text)?;
    }
    Ok(ImportOutcome {
        header,
        sender,
        newly_trusted,
        untrusted,
        plan,
        backup,
    })
}
