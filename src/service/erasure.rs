//! Erasure (AVG art. 17): a young person, or one contact, removed from this device for good.
//!
//! The purge is an op like any other, so it travels in bundles and every receiver erases the
//! same. Applying it removes the records and redacts every earlier op about them in the log
//! (`store::apply`); what is left to do here is what lies outside the op log: the bytes sled
//! keeps of overwritten values (a vacuum) and the backups folder (rewritten). [`settle`] does
//! both after any commit that erased something, a local one or an import.

use crate::Error;
use crate::domain::{Coachee, EntityId, Session, ShortCode};
use crate::report::inzage::Recipient;
use crate::store::Store;
use crate::store::backup::{Keyring, Scrubbed};
use crate::store::op::Change;
use crate::sync::DeviceKeys;

/// What forgetting a young person takes away, for the confirmation that names it.
#[derive(Debug, Clone, PartialEq)]
pub struct ForgetPlan {
    pub coachee: Coachee,
    pub sessions: usize,
    pub goals: usize,
    pub placements: usize,
    pub agreements: usize,
    pub escalations: usize,
    pub drafts: usize,
    /// Backups in the backups folder, all of which are rewritten.
    pub backups: usize,
    /// Peers that bundles carrying this person went to: their copy erases when they import
    /// this device's next bundle.
    pub recipients: Vec<Recipient>,
}

/// What an erasure did besides removing the records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settled {
    /// Something had been erased, so there was work to do.
    pub erased: bool,
    /// The database was rewritten into fresh files.
    pub vacuumed: bool,
    pub backups: Scrubbed,
}

/// What `forget` removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Forgotten {
    pub code: ShortCode,
    pub settled: Settled,
}

pub fn plan(store: &Store, coachee: EntityId) -> Result<ForgetPlan, Error> {
    let detail = super::detail::load_detail(store, coachee)?.ok_or_else(|| not_found(coachee))?;
    let mut about: Vec<EntityId> = vec![coachee];
    about.extend(detail.sessions.iter().map(|s| s.id));
    about.extend(detail.goals.iter().map(|g| g.id));
    about.extend(detail.placements.iter().map(|p| p.id));
    let drafts = store
        .draft_keys()?
        .iter()
        .filter(|key| {
            crate::store::drafts::about(key.as_bytes()).is_some_and(|id| about.contains(&id))
        })
        .count();
    Ok(ForgetPlan {
        sessions: detail.sessions.len(),
        goals: detail.goals.len(),
        placements: detail.placements.len(),
        agreements: detail.sessions.iter().map(|s| s.agreements.len()).sum(),
        escalations: detail
            .sessions
            .iter()
            .filter(|s| s.escalation().is_some())
            .count(),
        drafts,
        backups: store.backup_count(),
        recipients: super::inzage::recipients(store, &detail.coachee)?,
        coachee: detail.coachee,
    })
}

/// Erases a young person and everything that hangs off them from this device, its log, its
/// files and its backups. The store is given back rewritten (see [`settle`]).
pub fn forget(mut store: Store, coachee: EntityId) -> Result<(Store, Forgotten), Error> {
    let record: Coachee = store.get(coachee)?.ok_or_else(|| not_found(coachee))?;
    store.save(vec![Change::purge(&record)])?;
    tracing::info!("a coachee was erased");
    let (store, settled) = settle(store)?;
    Ok((
        store,
        Forgotten {
            code: record.code,
            settled,
        },
    ))
}

/// Deletes one contact the same way: its text leaves the log, the files and the backups.
pub fn delete_session(mut store: Store, id: EntityId) -> Result<(Store, Session, Settled), Error> {
    let session = super::actions::delete_session(&mut store, id)?;
    let (store, settled) = settle(store)?;
    Ok((store, session, settled))
}

/// After a commit that erased records (here or in an import): rewrites the backups without
/// them and the database into fresh files. Nothing to do when nothing was erased. A vacuum
/// that fails leaves the database as it was and is tried again on the next open.
pub fn settle(store: Store) -> Result<(Store, Settled), Error> {
    if !store.vacuum_owed()? {
        return Ok((store, Settled::default()));
    }
    let backups = match DeviceKeys::load_existing(store.dir())? {
        Some(keys) => {
            let seal = keys.backup_seal(store.dir())?;
            let mut keyring = Keyring::new(Some(keys.decryption.clone()), None);
            store.scrub_backups(&seal, &mut keyring)?
        }
        // No keys, no backups: they are sealed with the device's key.
        None => Scrubbed::default(),
    };
    let dir = store.dir().to_path_buf();
    match store.vacuum() {
        Ok(store) => Ok((
            store,
            Settled {
                erased: true,
                vacuumed: true,
                backups,
            },
        )),
        Err(e) => {
            tracing::warn!(error = %e, "the database could not be rewritten after an erasure");
            // Opening tries once more; if that fails too, the vacuum waits for the next open.
            let store = Store::open(&dir)?;
            let vacuumed = !store.vacuum_owed()?;
            Ok((
                store,
                Settled {
                    erased: true,
                    vacuumed,
                    backups,
                },
            ))
        }
    }
}

fn not_found(id: EntityId) -> Error {
    crate::store::ResolveError::NotFound {
        reference: id.to_string(),
    }
    .into()
}
