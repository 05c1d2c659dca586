//! Local writes: one op per changed entity, one transaction per save, flushed before returning.

use super::apply::{Applied, Applier};
use super::codec;
use super::hlc::Hlc;
use super::op::{Change, FieldWrite, Op, OpBody};
use super::record::EntityRecord;
use super::trees::T;
use super::writeset::WriteSet;
use super::{META_DEMO_RUNNING, META_HLC, META_SEQ, Store, StoreError};
use crate::domain::EntityId;

/// How far a bulk write has come, for progress output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchProgress {
    pub committed: usize,
    pub total: usize,
}

/// Who a write is for: a person's save, or a bulk write such as the demo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Work {
    Person,
    Bulk,
}

impl Store {
    /// Once a person has saved work in a database a `demo` left half-filled, it is theirs:
    /// `demo --restart` must no longer throw it away.
    pub(super) fn end_interrupted_demo(&self, ws: &mut WriteSet<'_>) -> Result<(), StoreError> {
        if self.demo_was_interrupted()? {
            ws.delete(T::Meta, META_DEMO_RUNNING.to_vec());
        }
        Ok(())
    }

    /// Saves one user action atomically and durably. Returns the ops it logged.
    pub fn save(&mut self, changes: Vec<Change>) -> Result<Vec<Op>, StoreError> {
        let now = Hlc::now_millis();
        let (ops, clock, seq) = self.stage(changes, now)?;
        self.commit_ops(&ops, clock, seq, Work::Person)?;
        self.flush()?;
        Ok(ops)
    }

    /// Saves many changes in transactions of `batch` changes each (bulk generation, imports):
    /// far faster than one transaction per change, and a killed process leaves whole batches.
    pub fn save_in_batches(
        &mut self,
        changes: impl IntoIterator<Item = Change>,
        total: usize,
        batch: usize,
        mut progress: impl FnMut(BatchProgress),
    ) -> Result<usize, StoreError> {
        let mut committed = 0;
        let mut pending = Vec::with_capacity(batch);
        let mut changes = changes.into_iter().peekable();
        while changes.peek().is_some() {
            pending.extend(changes.by_ref().take(batch));
            let count = pending.len();
            let (ops, clock, seq) = self.stage(std::mem::take(&mut pending), Hlc::now_millis())?;
            self.commit_ops(&ops, clock, seq, Work::Bulk)?;
            committed += count;
            progress(BatchProgress { committed, total });
        }
        self.flush()?;
        Ok(committed)
    }

    /// Turns changes into ops: sequence numbers, clock values and the base stamps of the
    /// values being overwritten. Nothing is written yet.
    fn stage(&self, changes: Vec<Change>, now: u64) -> Result<(Vec<Op>, Hlc, u64), StoreError> {
        let mut clock = self.clock;
        let mut seq = self.last_seq;
        let mut ops = Vec::with_capacity(changes.len());
        for change in changes {
            clock = clock.tick(now);
            seq += 1;
            let body = match change {
                Change::Put {
                    kind,
                    entity,
                    fields,
                } => {
                    let current = self.record(entity)?;
                    let writes = fields
                        .into_iter()
                        .map(|(tag, value)| FieldWrite {
                            tag,
                            value,
                            base: current.as_ref().and_then(|r| r.stamp_of(tag)),
                        })
                        .collect();
                    OpBody::Put {
                        kind,
                        entity,
                        writes,
                    }
                }
                Change::Purge { kind, entity } => OpBody::Purge { kind, entity },
            };
            ops.push(Op {
                origin: self.identity.device,
                seq,
                hlc: clock,
                body,
            });
        }
        Ok((ops, clock, seq))
    }

    fn commit_ops(
        &mut self,
        ops: &[Op],
        clock: Hlc,
        seq: u64,
        work: Work,
    ) -> Result<(), StoreError> {
        let mut ws = WriteSet::new(&self.trees);
        let mut applier = Applier::new(&mut ws);
        for op in ops {
            let applied = applier.apply(op)?;
            debug_assert_ne!(applied, Applied::Duplicate, "local ops are always new");
        }
        applier.finish()?;
        ws.put(T::Meta, META_HLC.to_vec(), codec::encode(&clock));
        ws.put(T::Meta, META_SEQ.to_vec(), codec::encode(&seq));
        if work == Work::Person {
            self.end_interrupted_demo(&mut ws)?;
        }
        ws.commit()?;
        // Only now that the transaction went through do the counters move on.
        self.clock = clock;
        self.last_seq = seq;
        Ok(())
    }

    pub(crate) fn record(&self, entity: EntityId) -> Result<Option<EntityRecord>, StoreError> {
        self.trees
            .get(T::Entities)
            .get(entity.as_bytes())?
            .map(|bytes| codec::decode(&bytes, "entity"))
            .transpose()
    }
}
