//! Erasure (AVG art. 17): a young person, or one contact, removed from this device for good.
//!
//! The purge is an op like any other, so it travels in bundles and every receiver erases the
//! same. Applying it removes the records and redacts every earlier op about them in the log
//! (`store::apply`); what is left to do here is what lies outside the op log: the bytes sled
//! keeps of overwritten values (a vacuum) and the backups folder (rewritten). [`settle`] does
//! both after any commit that erased something, a local one or an import.

use crate::Error;
use crate::domain::dates::format_date;
use crate::domain::{Coachee, EntityId, Session, ShortCode};
use crate::message::Msg;
use crate::report::inzage::Recipient;
use crate::store::backup::{Keyring, Scrubbed};
use crate::store::op::Change;
use crate::store::{Store, StoreError};
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

impl ForgetPlan {
    /// The confirmation, line by line: who goes, with what, and which copies this laptop
    /// cannot reach. `label` renders a role's label in the user's language.
    pub fn lines(&self, label: impl Fn(&'static str) -> String) -> Vec<Msg> {
        let mut lines = vec![
            Msg::new("forget-plan")
                .arg("name", self.coachee.full_name())
                .arg("code", self.coachee.code.as_str()),
            Msg::new("forget-plan-records")
                .arg("sessions", self.sessions)
                .arg("goals", self.goals)
                .arg("placements", self.placements)
                .arg("agreements", self.agreements)
                .arg("escalations", self.escalations)
                .arg("drafts", self.drafts),
            Msg::new("forget-plan-backups").arg("count", self.backups),
        ];
        if self.recipients.is_empty() {
            lines.push(Msg::new("forget-plan-no-copies"));
        } else {
            lines.push(Msg::new("forget-plan-copies"));
            lines.extend(self.recipients.iter().map(|peer| {
                Msg::new("forget-plan-copy")
                    .arg("name", &peer.name)
                    .arg("role", label(peer.role.label_id()))
                    .arg("date", format_date(peer.last_sent))
            }));
        }
        lines.push(Msg::new("forget-plan-in-transit"));
        lines
    }
}

/// What an erasure did besides removing the records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settled {
    /// Something had been erased, so there was work to do.
    pub erased: bool,
    /// The database was rewritten into fresh files.
    pub vacuumed: bool,
    /// The backups rewritten and wiped; `None` when that failed (it is tried again).
    pub backups: Option<Scrubbed>,
}

/// What `forget` removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Forgotten {
    pub code: ShortCode,
    pub settled: Settled,
}

pub fn plan(store: &Store, coachee: EntityId) -> Result<ForgetPlan, Error> {
    let detail = super::detail::load_detail(store, coachee)?.ok_or_else(|| not_found(coachee))?;
    super::actions::ensure_still_mine(store, &detail.coachee)?;
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
    let code = erase(&mut store, coachee)?;
    let (store, settled) = settle(store)?;
    Ok((store, Forgotten { code, settled }))
}

/// Like [`forget`], leaving a statistical trace for the funder report (see
/// `domain::trace`): the report's past months keep their numbers, and nothing in the trace
/// names the person or leads back to them.
pub fn forget_anonymised(mut store: Store, coachee: EntityId) -> Result<(Store, Forgotten), Error> {
    let code = erase_leaving_trace(&mut store, coachee)?;
    let (store, settled) = settle(store)?;
    Ok((store, Forgotten { code, settled }))
}

/// The trace and the purge in one commit: there is never a moment with both or neither.
pub fn erase_leaving_trace(store: &mut Store, coachee: EntityId) -> Result<ShortCode, Error> {
    let detail = super::detail::load_detail(store, coachee)?.ok_or_else(|| not_found(coachee))?;
    // A coach's purge of someone who moved to another coach would be refused by the
    // coordinator, and would take notes not delivered yet with it.
    super::actions::ensure_still_mine(store, &detail.coachee)?;
    let trace =
        crate::report::traces::trace_of(&detail.coachee, &detail.sessions, &detail.placements);
    store.save(vec![
        Change::put(None, &trace).expect("a new record is always a change"),
        Change::purge(&detail.coachee),
    ])?;
    tracing::info!("a coachee was erased, leaving an anonymous trace");
    Ok(detail.coachee.code)
}

/// The purge itself: the person leaves the database and the log in one commit. What is left
/// in sled's files and the backups is owed to [`settle`], which the caller runs next.
pub fn erase(store: &mut Store, coachee: EntityId) -> Result<ShortCode, Error> {
    let record: Coachee = store.get(coachee)?.ok_or_else(|| not_found(coachee))?;
    super::actions::ensure_still_mine(store, &record)?;
    store.save(vec![Change::purge(&record)])?;
    tracing::info!("a coachee was erased");
    Ok(record.code)
}

/// Deletes one contact the same way: its text leaves the log, the files and the backups.
pub fn delete_session(mut store: Store, id: EntityId) -> Result<(Store, Session, Settled), Error> {
    let session = super::actions::delete_session(&mut store, id)?;
    let (store, settled) = settle(store)?;
    Ok((store, session, settled))
}

/// Whether an erasure committed here still has files to reach.
pub fn owed(store: &Store) -> Result<bool, StoreError> {
    Ok(store.backup_scrub_owed()? || store.vacuum_owed()?)
}

/// After a commit that erased records (here or in an import), or on opening after one that
/// was cut short: rewrites the backups without them and the database into fresh files.
/// Nothing to do when nothing is owed. Neither step loses anything when it fails: a backup
/// rewrite is tried again next time, a vacuum on the next open. The error is only that the
/// database could not be opened again after a vacuum.
pub fn settle(store: Store) -> Result<(Store, Settled), StoreError> {
    if !owed(&store)? {
        return Ok((store, Settled::default()));
    }
    let backups = if store.backup_scrub_owed()? {
        scrub_backups(&store)
            .inspect_err(|e| tracing::warn!(error = %e, "the backups could not be rewritten"))
            .ok()
    } else {
        Some(Scrubbed::default())
    };
    if !store.vacuum_owed()? {
        return Ok((
            store,
            Settled {
                erased: true,
                vacuumed: true,
                backups,
            },
        ));
    }
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

fn scrub_backups(store: &Store) -> Result<Scrubbed, Error> {
    match DeviceKeys::load_existing(store.dir())? {
        Some(keys) => {
            let seal = keys.backup_seal(store.dir())?;
            let mut keyring = Keyring::new(Some(keys.decryption.clone()), None);
            Ok(store.scrub_backups(&seal, &mut keyring)?)
        }
        // No keys, no backups: they are sealed with the device's key.
        None => Ok(Scrubbed::default()),
    }
}

fn not_found(id: EntityId) -> Error {
    crate::store::ResolveError::NotFound {
        reference: id.to_string(),
    }
    .into()
}
