//! Taking in another device's ops: one code path computes what an import would change and,
//! unless it is a dry run, commits exactly that, so the preview and the result cannot differ.
//!
//! The rules that depend on who sent the ops are in `rules.rs` (a coach may only write to their
//! own coachees); here, a coach gives up a coachee who moved to another coach once the
//! coordinator has every note the coach wrote. `plan.rs` holds what an import reports.

mod plan;
mod rules;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

pub use self::plan::{ImportPlan, Refusal, RefusalReason};
use self::rules::Rules;
use super::apply::Applier;
use super::exchange::{BundleReceipt, Frontier, PeerExchange};
use super::hlc::{Hlc, Stamp};
use super::op::{Op, OpBody};
use super::oplog::{Log, Page, PageKey, page_key};
use super::trees::T;
use super::writeset::WriteSet;
use super::{META_HLC, META_IMPORT_UNDO, META_REBUILDING, Store, StoreError, codec};
use crate::domain::schema::{COACH_TAG, decode_coach};
use crate::domain::{CoachRef, Coachee, DeviceId, EntityId, EntityKind, Role};

/// The op-log keys an import is writing and what each held before (None: absent).
type ImportUndo = Vec<(Vec<u8>, Option<Vec<u8>>)>;

/// The ops of one bundle and what its clear header says about them.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub bundle: [u8; 16],
    pub sender: DeviceId,
    pub sender_role: Role,
    /// The frontier the sender assumed this device had (empty for a full bundle).
    pub since: Frontier,
    /// What the sender had when it wrote the bundle.
    pub frontier: Frontier,
    pub ops: Vec<Op>,
    /// A coach's coachees who moved to another coach, each with the last of the coach's own
    /// ops written before the coach learnt of it.
    pub handovers: BTreeMap<EntityId, u64>,
}

impl Store {
    /// Whether any of these ops is not in the log yet (a quick look, before a backup).
    pub fn has_new_ops(&self, ops: &[Op]) -> Result<bool, StoreError> {
        let log = Log(self.trees().get(T::OpLog));
        let mut page: Option<(PageKey, Page)> = None;
        for op in ops {
            let key = page_key(op.origin, op.seq);
            let page = match &mut page {
                Some((current, page)) if *current == key => page,
                slot => &mut slot.insert((key, log.page(op.origin, op.seq)?)).1,
            };
            match page.get(op.seq)? {
                None => return Ok(true),
                Some(logged) if logged.body == OpBody::Withheld && op.body != OpBody::Withheld => {
                    return Ok(true);
                }
                Some(_) => {}
            }
        }
        Ok(false)
    }

    /// Plans an import and, unless `dry_run`, carries it out and makes it durable.
    pub fn import(
        &mut self,
        incoming: Incoming,
        today: NaiveDate,
        dry_run: bool,
    ) -> Result<ImportPlan, StoreError> {
        let (plan, planned) = self.plan_import(incoming, today)?;
        if let Some((mut ws, clock)) = planned
            && !dry_run
        {
            self.write_import_in_bulk(&mut ws)?;
            self.end_interrupted_demo(&mut ws)?;
            ws.commit()?;
            self.flush()?;
            self.clock = clock;
        }
        Ok(plan)
    }

    /// What an import changes, and the write-set and clock that carry it out (None when this
    /// very bundle was imported before).
    fn plan_import(
        &self,
        mut incoming: Incoming,
        today: NaiveDate,
    ) -> Result<(ImportPlan, Option<(WriteSet<'_>, Hlc)>), StoreError> {
        let mut plan = ImportPlan {
            ops_in_bundle: incoming.ops.len(),
            ..ImportPlan::default()
        };
        if let Some(receipt) = self.bundle_receipt(&incoming.bundle)? {
            plan.already_imported = Some(receipt.imported_on);
            return Ok((plan, None));
        }
        plan.conflicts_before = self.trees().get(T::Conflicts).len();
        // Clocks respect causality, so a record's creation comes before its edits.
        incoming.ops.sort_by_key(Op::stamp);
        super::op::clean_incoming_text(&mut incoming.ops);
        let me = self.identity().coach_ref();
        let rules = Rules {
            my_role: self.identity().role,
            sender: incoming.sender,
            sender_role: incoming.sender_role,
            arriving: self.arriving(&incoming.ops, &me),
            handovers: incoming.handovers.clone(),
            sender_knows: incoming.frontier.clone(),
            knowledge: Default::default(),
            after_purges: Default::default(),
        };
        // One write-set for the whole bundle: every record is written once, in key order, and
        // the plan a dry run shows is exactly what a real import commits.
        let mut ws = WriteSet::new(self.trees());
        let mut seen = BTreeSet::new();
        let mut applier = Applier::new(&mut ws);
        let task = crate::progress::task(crate::progress::Work::Import, incoming.ops.len() as u64);
        for op in &incoming.ops {
            rules.take_in(&mut applier, op, &mut plan, &mut seen)?;
            task.step();
        }
        rules.take_in_after_purges(&mut applier, &mut plan, &incoming.ops)?;
        applier.finish()?;
        // A coach who never wrote anything has nothing to deliver first.
        let own_notes_delivered =
            incoming.frontier.get(&me.device).copied().unwrap_or(0) >= self.last_seq();
        if rules.evicts() {
            self.evict_moved(&mut ws, &me, own_notes_delivered, &incoming.ops, &mut plan)?;
        }
        self.note_exchange(&mut ws, &incoming, &plan, today)?;
        let clock = incoming
            .ops
            .iter()
            .map(|op| op.hlc)
            .fold(self.clock, Hlc::observe);
        ws.put(T::Meta, META_HLC.to_vec(), codec::encode(&clock));
        plan.conflicts_after = ws.scan_prefix(T::Conflicts, &[])?.len();
        Ok((plan, Some((ws, clock))))
    }

    /// Writes the op log and the views of an import in bulk, tree by tree in key order (sled
    /// transactions of 2,000 ops took three times as long), after an undo list in meta: should
    /// the process die halfway, `open` puts the log back as it was and rebuilds the views. What
    /// stays in `ws` (the local trees, meta, and dropping the undo list) is for one
    /// transaction, so the local trees change only with a complete import.
    fn write_import_in_bulk(&self, ws: &mut WriteSet<'_>) -> Result<(), StoreError> {
        let undo: ImportUndo = ws
            .pending_keys(T::OpLog)
            .map(|key| Ok((key.to_vec(), ws.stored(T::OpLog, key)?)))
            .collect::<Result<_, StoreError>>()?;
        if !undo.is_empty() {
            // Room for all of it is checked before the undo list, so a full disk refuses the
            // import with nothing written, not halfway with a repair to do.
            let undo_bytes: u64 = undo
                .iter()
                .map(|(k, v)| (k.len() + v.as_ref().map_or(0, Vec::len)) as u64)
                .sum();
            self.trees()
                .room()
                .ensure(undo_bytes + ws.pending_bytes(&T::ALL))?;
            let meta = self.trees().get(T::Meta);
            meta.insert(META_IMPORT_UNDO, codec::encode(&undo))?;
            self.flush()?;
            let bulk: Vec<T> = std::iter::once(T::OpLog).chain(T::DERIVED).collect();
            ws.write_in_bulk(&bulk)?;
            self.flush()?;
            ws.delete(T::Meta, META_IMPORT_UNDO.to_vec());
        }
        Ok(())
    }

    /// Takes back the op log of an import that was interrupted while it was being written,
    /// then rebuilds the views from it: the database is as it was before that import.
    pub(super) fn undo_interrupted_import(&mut self, undo: &[u8]) -> Result<(), StoreError> {
        let undo: ImportUndo = codec::decode(undo, "import undo list")?;
        let mut log = sled::Batch::default();
        for (key, before) in undo {
            match before {
                Some(value) => log.insert(key, value),
                None => log.remove(key),
            }
        }
        self.trees().get(T::OpLog).apply_batch(log)?;
        // From here the rebuild marker carries the repair, should this be interrupted too.
        let mut meta = sled::Batch::default();
        meta.insert(META_REBUILDING, &[]);
        meta.remove(META_IMPORT_UNDO);
        self.trees().get(T::Meta).apply_batch(meta)?;
        self.flush()?;
        self.rebuild()?;
        Ok(())
    }

    /// Coachees whom this bundle assigns to this device: their history in the bundle is taken
    /// in, also when they were given up here before.
    fn arriving(&self, ops: &[Op], me: &CoachRef) -> BTreeSet<EntityId> {
        // The latest write of each coachee's coach decides: a full bundle also carries the
        // assignment of a coachee who has moved on since.
        let mut latest: BTreeMap<EntityId, (Stamp, bool)> = BTreeMap::new();
        for op in ops {
            if op.body.kind() != Some(EntityKind::Coachee) {
                continue;
            }
            let (Some(entity), Some(coach)) = (op.body.entity(), op.body.write_to(COACH_TAG))
            else {
                continue;
            };
            let mine = decode_coach(coach).is_some_and(|c| c.device == me.device);
            let stamp = op.stamp();
            match latest.get(&entity) {
                Some((seen, _)) if *seen >= stamp => {}
                _ => {
                    latest.insert(entity, (stamp, mine));
                }
            }
        }
        latest
            .into_iter()
            .filter(|(_, (_, mine))| *mine)
            .map(|(entity, _)| entity)
            .collect()
    }

    /// Removes the coachees in this coach's database who now have another coach, once the
    /// coordinator has everything this coach wrote (so no note is lost with them).
    fn evict_moved(
        &self,
        ws: &mut WriteSet<'_>,
        me: &CoachRef,
        own_notes_delivered: bool,
        incoming: &[Op],
        plan: &mut ImportPlan,
    ) -> Result<(), StoreError> {
        let mut moved = Vec::new();
        for (_, value) in ws.scan_prefix(T::Coachees, &[])? {
            let coachee: Coachee = codec::decode(&value, "coachee")?;
            if coachee
                .coach
                .as_ref()
                .is_some_and(|c| c.device != me.device)
            {
                moved.push(coachee);
            }
        }
        if moved.is_empty() {
            return Ok(());
        }
        // From here on this coach writes nothing more about them; what it wrote so far is its
        // own work, which the coordinator takes in whatever its clock said (see `rules.rs`).
        for coachee in &moved {
            let key = coachee.id.as_bytes().to_vec();
            if !ws.contains(T::Handovers, &key)? {
                ws.put(T::Handovers, key, codec::encode(&self.last_seq()));
            }
        }
        if !own_notes_delivered {
            plan.moving_away = moved.iter().map(|c| c.code.to_string()).collect();
            return Ok(());
        }
        let mut removed = BTreeSet::new();
        let mut applier = Applier::new(ws);
        for coachee in &moved {
            removed.extend(applier.evict(coachee.id)?);
            plan.moved_away.push(coachee.code.to_string());
        }
        plan.evicted = removed.len();
        // Their ops give up their content too, those this import took in among them: nothing
        // about them stays on this laptop, and should they come back, every op of theirs is
        // taken in again, as a rebuild would.
        for op in self.ops() {
            let op = op?;
            if op.body.entity().is_some_and(|e| removed.contains(&e)) {
                applier.withhold(&op)?;
            }
        }
        for op in incoming {
            if op.body.entity().is_some_and(|e| removed.contains(&e))
                && applier.logged_hlc(op.origin, op.seq)?.is_some()
            {
                applier.withhold(op)?;
            }
        }
        applier.finish()
    }

    /// Coverage, the sender's state and the receipt of this bundle.
    fn note_exchange(
        &self,
        ws: &mut WriteSet<'_>,
        incoming: &Incoming,
        plan: &ImportPlan,
        today: NaiveDate,
    ) -> Result<(), StoreError> {
        let before = self.frontier()?;
        for (origin, has) in &incoming.frontier {
            // A coordinator holds everything, so what it left out was not for this device;
            // any device holds all of its own ops. Only a bundle that started no later than
            // what this device has closes the gap up to its frontier.
            let complete_sender =
                incoming.sender_role == Role::Coordinator || *origin == incoming.sender;
            let since = incoming.since.get(origin).copied().unwrap_or(0);
            let mine = before.get(origin).copied().unwrap_or(0);
            if complete_sender && since <= mine && *has > self.coverage(*origin)? {
                ws.put(T::Coverage, origin.as_bytes().to_vec(), codec::encode(has));
            }
        }
        let mut exchange: PeerExchange = self.peer_exchange(incoming.sender)?;
        for (origin, has) in &incoming.frontier {
            let entry = exchange.has.entry(*origin).or_default();
            *entry = (*entry).max(*has);
        }
        exchange.last_in = Some(today);
        ws.put(
            T::PeerExchange,
            incoming.sender.as_bytes().to_vec(),
            codec::encode(&exchange),
        );
        ws.put(
            T::Bundles,
            incoming.bundle.to_vec(),
            codec::encode(&BundleReceipt {
                sender: incoming.sender,
                imported_on: today,
                ops: plan.new_ops as u64,
            }),
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests_support {
    use super::*;
    use crate::demo::{self, DemoOptions};

    pub fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    pub fn programme(dir: &std::path::Path, name: &str, seed: u64) -> Store {
        let mut store = Store::init(dir, name, Role::Coordinator, today()).unwrap();
        let options = DemoOptions {
            coachees: Some(12),
            sessions: Some(80),
            seed,
            today: today(),
        };
        demo::generate(&mut store, &options, |_| {}).unwrap();
        store
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::*;
    use super::*;
    use crate::store::maintenance::dump;

    fn everything_from(store: &Store) -> Incoming {
        Incoming {
            bundle: [7; 16],
            sender: store.identity().device,
            sender_role: Role::Coordinator,
            since: Frontier::default(),
            frontier: store.frontier().unwrap(),
            ops: store.ops().collect::<Result<_, _>>().unwrap(),
            handovers: BTreeMap::new(),
        }
    }

    #[test]
    fn an_import_killed_while_writing_is_taken_back_on_the_next_open() {
        let work = tempfile::tempdir().unwrap();
        let sender = programme(&work.path().join("sender"), "Mila", 3);
        let incoming = everything_from(&sender);
        let dir = work.path().join("receiver");
        let receiver = programme(&dir, "Kim", 4);
        let before = dump(&receiver).unwrap();
        {
            let (_, planned) = receiver.plan_import(incoming.clone(), today()).unwrap();
            let (mut ws, _) = planned.unwrap();
            receiver.write_import_in_bulk(&mut ws).unwrap();
            // The process dies here: the last transaction never runs.
        }
        assert_ne!(dump(&receiver).unwrap(), before, "the bulk write did land");
        drop(receiver);

        let mut reopened = Store::open(&dir).unwrap();
        assert!(reopened.undid_interrupted_import());
        assert_eq!(dump(&reopened).unwrap(), before);
        let plan = reopened.import(incoming, today(), false).unwrap();
        assert!(plan.created_count() > 90, "{plan:?}");
        assert!(reopened.checkup().unwrap().is_healthy());
        drop(reopened);
        assert!(!Store::open(&dir).unwrap().undid_interrupted_import());
    }
}

#[cfg(test)]
mod forged_erasures {
    use super::tests_support::*;
    use super::*;

    /// A coach's bundle that claims to erase a coachee who is not theirs, with their contact's
    /// ops redacted, and a redacted copy of the coordinator's own op about that contact.
    #[test]
    fn a_coach_cannot_erase_what_is_not_theirs_by_sending_it_redacted() {
        let work = tempfile::tempdir().unwrap();
        let mut store = programme(&work.path().join("kim"), "Kim", 4);
        let victim = store.coachees().unwrap()[0].coachee.clone();
        let session = store.sessions_of(victim.id).unwrap()[0].clone();
        let own_op = store
            .ops()
            .map(Result::unwrap)
            .find(|op| op.body.entity() == Some(session.id))
            .unwrap();
        let forger = DeviceId::from_bytes([9; 16]);
        let hlc = Hlc::new(Hlc::now_millis(), 0);
        let ops = vec![
            Op {
                origin: forger,
                seq: 1,
                hlc,
                body: OpBody::Redacted {
                    kind: EntityKind::Session,
                    entity: session.id,
                },
            },
            own_op.redacted().unwrap(),
            Op {
                origin: forger,
                seq: 2,
                hlc: Hlc::new(hlc.millis(), 1),
                body: OpBody::Purge {
                    kind: EntityKind::Coachee,
                    entity: victim.id,
                },
            },
        ];
        let incoming = Incoming {
            bundle: [8; 16],
            sender: forger,
            sender_role: Role::Coach,
            since: Frontier::default(),
            frontier: Frontier::from([(forger, 2)]),
            ops,
            handovers: BTreeMap::new(),
        };
        let plan = store.import(incoming, today(), false).unwrap();
        let reasons: Vec<_> = plan.refused.iter().map(|r| r.reason).collect();
        assert_eq!(
            reasons,
            [
                RefusalReason::NotTheirCoachee,
                RefusalReason::NotTheirCoachee
            ],
            "{plan:?}"
        );
        assert_eq!(plan.purged, 0);
        assert!(store.get::<Coachee>(victim.id).unwrap().is_some());
        let kept = store.get::<crate::domain::Session>(session.id).unwrap();
        assert_eq!(kept.map(|s| s.summary), Some(session.summary.clone()));
        // The coordinator's own op keeps its content.
        let logged = store
            .ops()
            .map(Result::unwrap)
            .find(|op| (op.origin, op.seq) == (own_op.origin, own_op.seq))
            .unwrap();
        assert_eq!(logged, own_op);
        assert!(store.checkup().unwrap().is_healthy());
    }

    /// A coach cannot add people to the funder report: a trace comes only with an erasure
    /// of theirs that this device accepted.
    #[test]
    fn a_trace_without_an_accepted_erasure_is_refused() {
        let work = tempfile::tempdir().unwrap();
        let mut store = programme(&work.path().join("kim"), "Kim", 4);
        let forger = DeviceId::from_bytes([9; 16]);
        let invented = crate::domain::Trace {
            id: crate::domain::trace::trace_id(EntityId::new()),
            neighbourhood: "Verzonnen".into(),
            ..Default::default()
        };
        let Some(crate::store::op::Change::Put {
            kind,
            entity,
            fields,
        }) = crate::store::op::Change::put(None, &invented)
        else {
            unreachable!("a new record is a put");
        };
        let writes = fields
            .into_iter()
            .map(|(tag, value)| crate::store::op::FieldWrite {
                tag,
                value,
                base: None,
            })
            .collect();
        let incoming = Incoming {
            bundle: [8; 16],
            sender: forger,
            sender_role: Role::Coach,
            since: Frontier::default(),
            frontier: Frontier::from([(forger, 1)]),
            ops: vec![Op {
                origin: forger,
                seq: 1,
                hlc: Hlc::new(Hlc::now_millis(), 0),
                body: OpBody::Put {
                    kind,
                    entity,
                    writes,
                },
            }],
            handovers: BTreeMap::new(),
        };
        let plan = store.import(incoming, today(), false).unwrap();
        let reasons: Vec<_> = plan.refused.iter().map(|r| r.reason).collect();
        assert_eq!(reasons, [RefusalReason::NotTheirCoachee], "{plan:?}");
        assert!(store.traces().unwrap().is_empty());
    }
}
