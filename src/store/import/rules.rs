//! Who may write what in one import: a coach's ops on their own caseload only, nothing relayed,
//! no record another device made taken out; a coach's database takes in only what is theirs.

use std::collections::BTreeSet;

use super::plan::{ImportPlan, Refusal, RefusalReason};
use crate::domain::schema::{
    ACKNOWLEDGEMENT_TAG, AGREEMENTS_DONE_TAG, COACH_TAG, PARENT_TAG, decode_coach, is_child,
};
use crate::domain::{DeviceId, EntityId, EntityKind, Role};
use crate::store::StoreError;
use crate::store::apply::{Applied, Applier};
use crate::store::op::{Op, OpBody};
use crate::store::trees::T;
use crate::store::views;

/// Where an op belongs in the caseload.
enum Subject {
    Employer,
    Coachee(EntityId),
    /// A child record whose coachee is not known here.
    Orphan,
    Nothing,
}

/// Who may write what, for one import.
pub(super) struct Rules {
    pub(super) my_role: Role,
    pub(super) sender: DeviceId,
    pub(super) sender_role: Role,
    /// Coachees the bundle assigns to this device.
    pub(super) arriving: BTreeSet<EntityId>,
}

impl Rules {
    /// A coach's database follows its coordinator's view of who is whose.
    pub(super) fn evicts(&self) -> bool {
        self.my_role == Role::Coach && self.sender_role == Role::Coordinator
    }

    pub(super) fn take_in(
        &self,
        applier: &mut Applier<'_, '_>,
        op: &Op,
        plan: &mut ImportPlan,
        seen: &mut BTreeSet<Option<EntityId>>,
    ) -> Result<(), StoreError> {
        if op.body == OpBody::Withheld {
            plan.skipped += 1;
            return Ok(());
        }
        let subject = subject(applier, op)?;
        if self.evicts() && !self.belongs_here(applier, &subject)? {
            plan.skipped += 1;
            return Ok(());
        }
        if self.sender_role == Role::Coach
            && let Some(reason) = self.refusal(applier, op, &subject)?
        {
            plan.refused.push(Refusal {
                origin: op.origin,
                seq: op.seq,
                entity: op.body.entity(),
                reason,
            });
            return Ok(());
        }
        if let (Some(entity), Subject::Coachee(coachee)) = (op.body.entity(), &subject)
            && op.body.kind() == Some(EntityKind::Coachee)
            && self.arriving.contains(coachee)
        {
            applier
                .write_set()
                .delete(T::Evicted, entity.as_bytes().to_vec());
        }
        let existed = match op.body.entity() {
            Some(entity) => applier.exists(entity)?,
            None => false,
        };
        match applier.apply(op)? {
            Applied::Duplicate => plan.known_ops += 1,
            Applied::NoEffect => plan.new_ops += 1,
            Applied::Changed => {
                plan.new_ops += 1;
                let kind = op.body.kind().map_or("", EntityKind::as_str);
                let entity = op.body.entity();
                match &op.body {
                    OpBody::Purge { .. } => plan.purged += 1,
                    // A record is counted once: as created if it was new to this import.
                    _ if !seen.insert(entity) => {}
                    _ if existed => *plan.updated.entry(kind).or_default() += 1,
                    _ => *plan.created.entry(kind).or_default() += 1,
                }
            }
        }
        Ok(())
    }

    /// In a coach's database: whether the op is about their caseload (or employers).
    fn belongs_here(
        &self,
        applier: &Applier<'_, '_>,
        subject: &Subject,
    ) -> Result<bool, StoreError> {
        Ok(match subject {
            Subject::Employer | Subject::Nothing => true,
            Subject::Orphan => false,
            // A coachee who is here (and not given up), or who is coming here now. Anything
            // else, such as word that someone else's coachee moved, is not for this laptop.
            Subject::Coachee(coachee) => {
                self.arriving.contains(coachee)
                    || (applier.exists(*coachee)? && !applier.is_evicted(*coachee)?)
            }
        })
    }

    /// Why an op from a coach's bundle is not taken in, if it is not.
    fn refusal(
        &self,
        applier: &Applier<'_, '_>,
        op: &Op,
        subject: &Subject,
    ) -> Result<Option<RefusalReason>, StoreError> {
        if op.origin != self.sender {
            return Ok(Some(RefusalReason::Relayed));
        }
        let coachee = match subject {
            Subject::Employer | Subject::Nothing => return Ok(None),
            Subject::Orphan => return Ok(Some(RefusalReason::UnknownCoachee)),
            Subject::Coachee(coachee) => *coachee,
        };
        let writes_coach =
            op.body.kind() == Some(EntityKind::Coachee) && op.body.write_to(COACH_TAG).is_some();
        if writes_coach && !assigns_to(&op.body, self.sender) {
            return Ok(Some(RefusalReason::Assignment));
        }
        let Some(record) = applier.load(coachee)? else {
            // A coachee the coach registered themselves arrives with the coach already set.
            return Ok(if applier.is_purged(coachee)? || writes_coach {
                None
            } else {
                Some(RefusalReason::UnknownCoachee)
            });
        };
        if op.body.kind() == Some(EntityKind::Session)
            && op.body.write_to(ACKNOWLEDGEMENT_TAG).is_some()
        {
            return Ok(Some(RefusalReason::Acknowledgement));
        }
        if self.touches_anothers_record(applier, op)? {
            return Ok(Some(RefusalReason::NotTheirRecord));
        }
        let coach = record
            .value_of(COACH_TAG)
            .and_then(decode_coach)
            .map(|c| c.device);
        if coach == Some(self.sender) {
            return Ok(None);
        }
        // Notes written before the coachee moved on still belong to the file.
        let moved_at = record.stamp_of(COACH_TAG);
        if moved_at.is_some_and(|moved| op.stamp() < moved) {
            return Ok(None);
        }
        Ok(Some(RefusalReason::NotTheirCoachee))
    }
}

impl Rules {
    /// Whether a coach's op deletes a record another device made, or edits a contact another
    /// device logged. What a record's creator wrote is theirs: a coach adds to the file, they
    /// do not take the coordinator's account of an intake out of it.
    fn touches_anothers_record(
        &self,
        applier: &Applier<'_, '_>,
        op: &Op,
    ) -> Result<bool, StoreError> {
        let (Some(kind), Some(entity)) = (op.body.kind(), op.body.entity()) else {
            return Ok(false);
        };
        if !is_child(kind) {
            return Ok(false);
        }
        let read_only = match &op.body {
            OpBody::Purge { .. } => true,
            // Ticking off an agreement is the one change anyone with the file may make.
            OpBody::Put { writes, .. } => {
                kind == EntityKind::Session && writes.iter().any(|w| w.tag != AGREEMENTS_DONE_TAG)
            }
            OpBody::Withheld => false,
        };
        let creator = applier
            .load(entity)?
            .and_then(|record| record.stamp_of(PARENT_TAG))
            .map(|stamp| stamp.device);
        Ok(read_only && creator.is_some_and(|creator| creator != self.sender))
    }
}

/// The coachee an op is about, from the state so far or from the op itself.
fn subject(applier: &Applier<'_, '_>, op: &Op) -> Result<Subject, StoreError> {
    let (Some(kind), Some(entity)) = (op.body.kind(), op.body.entity()) else {
        return Ok(Subject::Nothing);
    };
    if kind == EntityKind::Employer {
        return Ok(Subject::Employer);
    }
    if kind == EntityKind::Coachee {
        return Ok(Subject::Coachee(entity));
    }
    debug_assert!(is_child(kind));
    if let Some(parent) = views::parent_of_op(applier.load(entity)?.as_ref(), &op.body) {
        return Ok(Subject::Coachee(parent));
    }
    // A purge of a child that is already gone here needs no coachee.
    if matches!(op.body, OpBody::Purge { .. }) && applier.is_purged(entity)? {
        return Ok(Subject::Nothing);
    }
    Ok(Subject::Orphan)
}

/// Whether a coachee op sets the coach to `device`.
fn assigns_to(body: &OpBody, device: DeviceId) -> bool {
    body.write_to(COACH_TAG)
        .and_then(decode_coach)
        .is_some_and(|c| c.device == device)
}
