//! Choosing what goes into a bundle for one recipient, and writing the file.
//!
//! Three rules decide: only what the recipient does not have yet (unless a full bundle is
//! asked for), coach-only fields never, and a coach receives only their own caseload — with the
//! whole history of a coachee who was just assigned to them.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use chrono::NaiveDate;

use super::bundle::{self, Addressed, BundleKind, Header, PayloadWriter, Seal};
use super::{Card, DeviceKeys, Peer, SyncError};
use crate::domain::schema::{COACH_TAG, decode_coach, privacy_of};
use crate::domain::{DeviceId, EntityId, EntityKind, PrivacyClass, Role};
use crate::store::exchange::Frontier;
use crate::store::files;
use crate::store::op::{Op, OpBody};
use crate::store::views;
use crate::store::{Store, StoreError};

/// Whom a bundle is for.
pub enum Recipient<'a> {
    Peer(&'a Peer),
    /// Anyone with the passphrase: a handover to next year's coordinator.
    Passphrase(SecretString),
}

/// A bundle written to disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub path: PathBuf,
    pub recipient: Option<String>,
    pub ops: usize,
    pub bytes: u64,
    pub kind: BundleKind,
}

/// Writes one bundle for `recipient` into `dest` (a folder, or a file path), and notes for a
/// peer that it went out, for the tab's "last out" and the count of changes not yet sent.
pub fn export(
    store: &Store,
    keys: &DeviceKeys,
    recipient: Recipient<'_>,
    full: bool,
    dest: &Path,
    today: NaiveDate,
) -> Result<Exported, SyncError> {
    let own = Card::own(store.identity(), keys);
    let sent_to = match &recipient {
        Recipient::Peer(peer) => Some(peer.card.device),
        Recipient::Passphrase(_) => None,
    };
    let (scope, since, name, addressed, seal) = match recipient {
        Recipient::Peer(peer) => {
            let since = if full {
                Frontier::new()
            } else {
                store.peer_exchange(peer.card.device)?.has
            };
            let scope = if store.identity().role == Role::Coordinator && peer.role == Role::Coach {
                Scope::CaseloadOf(peer.card.device)
            } else {
                Scope::Everything
            };
            (
                scope,
                since,
                Some(peer.card.name.clone()),
                Addressed::To(vec![peer.card.fingerprint()]),
                Seal::Recipients(vec![peer.card.age_recipient()?]),
            )
        }
        Recipient::Passphrase(passphrase) => (
            Scope::Everything,
            Frontier::new(),
            None,
            Addressed::Passphrase,
            Seal::Passphrase(passphrase),
        ),
    };
    let mut payload = PayloadWriter::new(own.to_text(keys));
    select(store, &scope, &since, &mut payload)?;
    payload.handovers(store.handovers()?);
    payload.demo(store.is_demo()?);
    let kind = if since.is_empty() {
        BundleKind::Full
    } else {
        BundleKind::Delta
    };
    let header = Header {
        id: rand::random(),
        kind,
        created: today,
        sender: store.identity().device,
        sender_fingerprint: own.fingerprint(),
        addressed,
        frontier: store.frontier()?.into_iter().collect(),
        since: since.into_iter().collect(),
    };
    let count = payload.len();
    let bytes = bundle::write_encoded(&header, payload.finish(), keys, seal)?;
    let path = bundle_path(dest, store, name.as_deref(), today);
    write_atomically(&path, &bytes)?;
    if let Some(device) = sent_to {
        store.record_sent(device, today)?;
    }
    Ok(Exported {
        path,
        recipient: name,
        ops: count,
        bytes: bytes.len() as u64,
        kind,
    })
}

/// Which records a recipient may receive.
enum Scope {
    Everything,
    /// A coach: their own coachees (and everything under them), plus the employers.
    CaseloadOf(DeviceId),
}

/// The ops for a recipient who has `since`, in log order, with coach-only fields removed,
/// encoded into `payload` one by one.
fn select(
    store: &Store,
    scope: &Scope,
    since: &Frontier,
    payload: &mut PayloadWriter,
) -> Result<(), SyncError> {
    let mut lookup = Lookup::new(store);
    let total = store
        .frontier()?
        .iter()
        .map(|(origin, has)| has.saturating_sub(since.get(origin).copied().unwrap_or(0)))
        .sum();
    let task = crate::progress::task(crate::progress::Work::Export, total);
    // Only a coach's bundle can need a second pass; only then are the chosen ops remembered.
    let mut chosen = BTreeSet::new();
    let mut assigned = BTreeSet::new();
    for origin in store.origins()? {
        let after = since.get(&origin).copied().unwrap_or(0);
        for op in store.ops_after(origin, after) {
            let op = op?;
            task.step();
            let op = match scope {
                Scope::Everything => op,
                Scope::CaseloadOf(coach) => match lookup.for_coach(op, *coach)? {
                    Some(op) => op,
                    None => continue,
                },
            };
            if let Scope::CaseloadOf(coach) = scope {
                chosen.insert((op.origin, op.seq));
                if op.body.kind() == Some(EntityKind::Coachee)
                    && op
                        .body
                        .write_to(COACH_TAG)
                        .is_some_and(|v| coach_device(v) == Some(*coach))
                    && let Some(entity) = op.body.entity()
                {
                    assigned.insert(entity);
                }
            }
            if let Some(op) = shareable(op) {
                payload.push(&op)?;
            }
        }
    }
    // A coachee who came to this coach brings their whole history, older ops included.
    if !assigned.is_empty() {
        for op in store.ops() {
            let op = op?;
            if chosen.contains(&(op.origin, op.seq)) {
                continue;
            }
            if let Some(coachee) = lookup.coachee_of(&op)?
                && assigned.contains(&coachee)
                && let Some(op) = shareable(op)
            {
                payload.push(&op)?;
            }
        }
    }
    Ok(())
}

/// The op as it may leave this device: without coach-only fields, or not at all when nothing
/// else is left of it. Withheld ops have no content to send.
fn shareable(op: Op) -> Option<Op> {
    match op.body {
        OpBody::Withheld => None,
        OpBody::Purge { .. } | OpBody::Redacted { .. } => Some(op),
        OpBody::Put {
            kind,
            entity,
            writes,
        } => {
            let had_writes = !writes.is_empty();
            let writes: Vec<_> = writes
                .into_iter()
                .filter(|w| privacy_of(kind, w.tag) != Some(PrivacyClass::CoachOnly))
                .collect();
            (!writes.is_empty() || !had_writes).then_some(Op {
                body: OpBody::Put {
                    kind,
                    entity,
                    writes,
                },
                ..op
            })
        }
    }
}

/// Who a coachee belongs to, remembered for the length of one export.
struct Lookup<'s> {
    store: &'s Store,
    parents: HashMap<EntityId, Option<EntityId>>,
    coaches: HashMap<EntityId, Option<DeviceId>>,
}

impl<'s> Lookup<'s> {
    fn new(store: &'s Store) -> Self {
        Self {
            store,
            parents: HashMap::new(),
            coaches: HashMap::new(),
        }
    }

    /// The op as a coach may receive it, if at all: employers and purges go to everyone (a
    /// purge carries only an id), ops about a coachee only to their coach now, and the coach
    /// they moved away from hears only that they moved.
    fn for_coach(&mut self, op: Op, coach: DeviceId) -> Result<Option<Op>, StoreError> {
        // Employers and the programme's policy are everyone's.
        if matches!(op.body, OpBody::Purge { .. })
            || matches!(
                op.body.kind(),
                Some(EntityKind::Employer | EntityKind::Policy)
            )
        {
            return Ok(Some(op));
        }
        // What is left of an erased record is for the coordinator's log only: a coach holds
        // no place for it, and the purge itself tells them to erase.
        if matches!(op.body, OpBody::Redacted { .. }) {
            return Ok(None);
        }
        let Some(coachee) = self.coachee_of(&op)? else {
            return Ok(None);
        };
        if self.coach_of(coachee)? == Some(coach) {
            return Ok(Some(op));
        }
        let OpBody::Put {
            kind,
            entity,
            writes,
        } = &op.body
        else {
            return Ok(None);
        };
        let Some(assignment) = writes
            .iter()
            .find(|w| w.tag == COACH_TAG && *kind == EntityKind::Coachee)
        else {
            return Ok(None);
        };
        let Some(previous) = assignment.base else {
            return Ok(None);
        };
        let was_theirs = self
            .store
            .op_with_stamp(previous)?
            .and_then(|earlier| earlier.body.write_to(COACH_TAG).and_then(coach_device))
            == Some(coach);
        Ok(was_theirs.then(|| Op {
            body: OpBody::Put {
                kind: *kind,
                entity: *entity,
                writes: vec![assignment.clone()],
            },
            ..op.clone()
        }))
    }

    /// The coachee an op is about: itself, or the parent of a child record.
    fn coachee_of(&mut self, op: &Op) -> Result<Option<EntityId>, StoreError> {
        let (Some(kind), Some(entity)) = (op.body.kind(), op.body.entity()) else {
            return Ok(None);
        };
        match kind {
            EntityKind::Coachee => Ok(Some(entity)),
            // A trace is about no one; a coach has no use for it (reports are the
            // coordinator's), so it never goes to one.
            EntityKind::Employer | EntityKind::Policy | EntityKind::Trace => Ok(None),
            _ => {
                if let Some(parent) = self.parents.get(&entity) {
                    return Ok(*parent);
                }
                let parent = views::parent_of_op(self.store.record(entity)?.as_ref(), &op.body);
                self.parents.insert(entity, parent);
                Ok(parent)
            }
        }
    }

    fn coach_of(&mut self, coachee: EntityId) -> Result<Option<DeviceId>, StoreError> {
        if let Some(coach) = self.coaches.get(&coachee) {
            return Ok(*coach);
        }
        let coach = self
            .store
            .record(coachee)?
            .and_then(|r| r.value_of(COACH_TAG).and_then(coach_device));
        self.coaches.insert(coachee, coach);
        Ok(coach)
    }
}

/// The coach's device in an encoded coach field.
fn coach_device(bytes: &[u8]) -> Option<DeviceId> {
    decode_coach(bytes).map(|c| c.device)
}

/// `dest` itself when it names a file, else `dest/RECIPIENT-DATE.stagecoach`; a coach's
/// bundle also names the coach, as every coach of a programme writes to the same coordinator.
fn bundle_path(dest: &Path, store: &Store, recipient: Option<&str>, today: NaiveDate) -> PathBuf {
    if !dest.is_dir() {
        return dest.to_path_buf();
    }
    let date = today.format("%Y-%m-%d");
    let me = slug(&store.identity().name);
    let name = match recipient {
        None => format!("handover-{me}-{date}.stagecoach"),
        Some(to) if store.identity().role == Role::Coach => {
            format!("{}-from-{me}-{date}.stagecoach", slug(to))
        }
        Some(to) => format!("{}-{date}.stagecoach", slug(to)),
    };
    dest.join(name)
}

/// A name as a file-name part: lower case, letters and digits, dashes between words.
pub fn slug(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "stagecoach".to_string()
    } else {
        words.join("-")
    }
}

/// Temp file (0600), fsync, rename, fsync the folder: a reader never sees half a bundle.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SyncError> {
    files::replace_private(path, bytes).map_err(|e| SyncError::io("write", path, e))
}
