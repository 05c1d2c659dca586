//! Who may write what in one import: a coach's ops on their own caseload only, nothing relayed,
//! no record another device made taken out; a coach's database takes in only what is theirs.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use super::plan::{ImportPlan, Refusal, RefusalReason};
use crate::domain::schema::{
    ACKNOWLEDGEMENT_TAG, AGREEMENTS_DONE_TAG, COACH_TAG, PARENT_TAG, decode_coach, is_child,
};
use crate::domain::trace::trace_id;
use crate::domain::{DeviceId, EntityId, EntityKind, Role};
use crate::store::StoreError;
use crate::store::apply::{Applied, Applier};
use crate::store::exchange::Frontier;
use crate::store::hlc::Stamp;
use crate::store::op::{Op, OpBody};
use crate::store::trees::T;
use crate::store::views;

/// Where an op belongs in the caseload.
enum Subject {
    Employer,
    /// The programme's policy: every laptop holds it, only a coordinator writes it.
    Programme,
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
    /// What the sender (a coach) says of coachees who moved away from it: the last of its ops
    /// written before it learnt so.
    pub(super) handovers: BTreeMap<EntityId, u64>,
    /// What the sender held of each origin when it wrote the bundle.
    pub(super) sender_knows: Frontier,
    /// Per coach change (by its stamp), whether the sender had it: looked up once each.
    pub(super) knowledge: RefCell<BTreeMap<Stamp, bool>>,
    /// A coach's ops that only an erasure of theirs justifies (redacted ops, the anonymous
    /// trace an erasure leaves), weighed once the rest of the bundle is in: see
    /// [`Rules::take_in_after_purges`].
    pub(super) after_purges: RefCell<Vec<Op>>,
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
        // Logging a redacted op erases its record here too, so a coach's are only taken in
        // for what a purge of theirs that this device accepts erases (weighed at the end,
        // when the bundle's purges are in). A coordinator's are trusted as its purges are.
        let redacted = matches!(op.body, OpBody::Redacted { .. });
        let trace = op.body.kind() == Some(EntityKind::Trace);
        if self.sender_role == Role::Coach && (redacted || trace) {
            self.after_purges.borrow_mut().push(op.clone());
            return Ok(());
        }
        if redacted {
            count(plan, applier.apply(op)?);
            return Ok(());
        }
        let subject = subject(applier, op)?;
        // A purge reaches a coach whatever became of the person here: a coachee who moved
        // away is gone from the views but not from older backups, which the purge rewrites.
        let purge = matches!(op.body, OpBody::Purge { .. });
        if self.evicts() && !purge && !self.belongs_here(applier, &subject)? {
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
            let ws = applier.write_set();
            ws.delete(T::Evicted, entity.as_bytes().to_vec());
            ws.delete(T::Handovers, entity.as_bytes().to_vec());
        }
        let existed = match op.body.entity() {
            Some(entity) => applier.exists(entity)? || applier.is_evicted(entity)?,
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
                    // Someone who was never here is not counted as erased here.
                    OpBody::Purge { .. } if existed => plan.purged += 1,
                    OpBody::Purge { .. } => {}
                    // A record is counted once: as created if it was new to this import.
                    _ if !seen.insert(entity) => {}
                    _ if existed => *plan.updated.entry(kind).or_default() += 1,
                    _ => *plan.created.entry(kind).or_default() += 1,
                }
            }
        }
        Ok(())
    }

    /// A coach's redacted ops, once the rest of the bundle is in. One about a record that is
    /// erased here now (by a purge of the coach's this import accepted, or before) is logged:
    /// it erases nothing more. One about a record this device never had keeps the coach's
    /// sequence whole as a withheld op, with nothing to erase. One about a record that is
    /// still here was not the coach's to erase (their purge was refused): it is refused too,
    /// and the record stays.
    ///
    /// A trace is taken in only as the trace of a coachee whose purge, in this bundle, from
    /// this coach, was accepted: the coach cannot add figures to the report otherwise.
    pub(super) fn take_in_after_purges(
        &self,
        applier: &mut Applier<'_, '_>,
        plan: &mut ImportPlan,
        incoming: &[Op],
    ) -> Result<(), StoreError> {
        let mut erased_traces = BTreeSet::new();
        for op in incoming {
            if let OpBody::Purge {
                kind: EntityKind::Coachee,
                entity,
            } = op.body
                && op.origin == self.sender
                && applier.is_purged(entity)?
            {
                erased_traces.insert(trace_id(entity));
            }
        }
        for op in self.after_purges.take() {
            let Some(entity) = op.body.entity() else {
                continue;
            };
            if matches!(op.body, OpBody::Put { .. }) {
                if op.origin == self.sender && erased_traces.contains(&entity) {
                    count(plan, applier.apply(&op)?);
                } else {
                    plan.refused.push(Refusal {
                        origin: op.origin,
                        seq: op.seq,
                        entity: Some(entity),
                        reason: RefusalReason::NotTheirCoachee,
                    });
                }
                continue;
            }
            let refuse = |plan: &mut ImportPlan, reason| {
                plan.refused.push(Refusal {
                    origin: op.origin,
                    seq: op.seq,
                    entity: Some(entity),
                    reason,
                });
            };
            if applier.is_purged(entity)? {
                count(plan, applier.apply(&op)?);
            } else if applier.logged_hlc(op.origin, op.seq)?.is_some() {
                // Held here with its content, about a record that stays: it stays as it is.
                plan.known_ops += 1;
            } else if op.origin != self.sender {
                refuse(plan, RefusalReason::Relayed);
            } else if applier.exists(entity)? {
                refuse(plan, RefusalReason::NotTheirCoachee);
            } else {
                applier.apply(&Op {
                    body: OpBody::Withheld,
                    ..op
                })?;
                plan.skipped += 1;
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
            Subject::Employer | Subject::Programme | Subject::Nothing => true,
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
            Subject::Programme => return Ok(Some(RefusalReason::Policy)),
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
        if self.written_before_learning(applier, op, coachee, record.stamp_of(COACH_TAG))? {
            return Ok(None);
        }
        Ok(Some(RefusalReason::NotTheirCoachee))
    }

    /// Whether a coach wrote this op about a coachee who has moved on before the coach knew:
    /// then it is their legitimate work, which belongs in the file (and reaches the new
    /// coach). Knowledge decides, not clocks: a laptop's clock may be ahead, and a coach who
    /// logs a visit offline after the move was made elsewhere could not have known.
    fn written_before_learning(
        &self,
        applier: &Applier<'_, '_>,
        op: &Op,
        coachee: EntityId,
        moved: Option<Stamp>,
    ) -> Result<bool, StoreError> {
        if !applier.was_coach_of(coachee, self.sender)? {
            return Ok(false);
        }
        // The coach says up to which of its ops it did not know (it writes nothing after).
        if let Some(last_before) = self.handovers.get(&coachee) {
            return Ok(op.seq <= *last_before);
        }
        let Some(moved) = moved else {
            return Ok(false);
        };
        // Without word from the coach: did the bundle's sender hold the change of coach? If
        // not, nothing in the bundle was written knowing of it. If so (an older version that
        // sends no word), the clocks are all there is to go by.
        if !self.sender_had(applier, moved)? {
            return Ok(true);
        }
        Ok(op.stamp() < moved)
    }

    /// Whether the sender held the op stamped `change` when it wrote the bundle: its frontier
    /// of that origin reaches an op at least as late (an origin's clock only goes forward).
    fn sender_had(&self, applier: &Applier<'_, '_>, change: Stamp) -> Result<bool, StoreError> {
        if let Some(known) = self.knowledge.borrow().get(&change) {
            return Ok(*known);
        }
        let has = self.sender_knows.get(&change.device).copied().unwrap_or(0);
        let had = has > 0
            && applier
                .logged_hlc(change.device, has)?
                // An op this device lacks cannot be compared: assume the sender had it.
                .is_none_or(|hlc| hlc >= change.hlc);
        self.knowledge.borrow_mut().insert(change, had);
        Ok(had)
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
            OpBody::Withheld | OpBody::Redacted { .. } => false,
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
    if kind == EntityKind::Policy {
        return Ok(Subject::Programme);
    }
    // The trace of someone erased: figures for the coordinator's report (a coach's are
    // weighed against their purges, see `take_in_after_purges`).
    if kind == EntityKind::Trace {
        return Ok(Subject::Nothing);
    }
    if kind == EntityKind::Coachee {
        return Ok(Subject::Coachee(entity));
    }
    debug_assert!(is_child(kind));
    if let Some(parent) = views::parent_of_op(applier.load(entity)?.as_ref(), &op.body) {
        return Ok(Subject::Coachee(parent));
    }
    // A purge of a child that is gone here, or never came, erases nothing here and needs no
    // coachee: a contact logged and deleted between two bundles arrives as just its purge.
    if matches!(op.body, OpBody::Purge { .. }) {
        return Ok(Subject::Nothing);
    }
    Ok(Subject::Orphan)
}

/// Counts an op that needed no rule: new, or known already.
fn count(plan: &mut ImportPlan, applied: Applied) {
    match applied {
        Applied::Duplicate => plan.known_ops += 1,
        _ => plan.new_ops += 1,
    }
}

/// Whether a coachee op sets the coach to `device`.
fn assigns_to(body: &OpBody, device: DeviceId) -> bool {
    body.write_to(COACH_TAG)
        .and_then(decode_coach)
        .is_some_and(|c| c.device == device)
}
