//! Keeping the database honest: rebuilding the views from the op log and checking that the
//! views kept incrementally are exactly what a rebuild would give.

use std::collections::{BTreeMap, BTreeSet};

use super::apply::Applier;
use super::oplog::{self, Log};
use super::trees::{T, Trees};
use super::writeset::WriteSet;
use super::{META_REBUILDING, META_VIEWS, Store, StoreError, VIEWS_VERSION};
use crate::domain::{DeviceId, EntityId};

/// Ops replayed per write-set during a rebuild: large, because each record is then written
/// once per batch rather than once per op that touches it.
const REPLAY_BATCH: usize = 50_000;

/// What `doctor` found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Checkup {
    pub ops: u64,
    pub devices: usize,
    /// Devices whose ops in the log do not run 1, 2, 3, … without a gap.
    pub devices_with_gaps: usize,
    /// The local sequence counter disagrees with the log.
    pub sequence_mismatch: bool,
    /// Derived trees whose content differs from a fresh rebuild.
    pub stale_views: Vec<&'static str>,
}

impl Checkup {
    pub fn is_healthy(&self) -> bool {
        self.devices_with_gaps == 0 && !self.sequence_mismatch && self.stale_views.is_empty()
    }
}

impl Store {
    /// Recreates every derived tree from the op log. Safe to interrupt: an unfinished rebuild
    /// is marked in `meta` and completed on the next open.
    pub fn rebuild(&mut self) -> Result<u64, StoreError> {
        // Counted before the derived trees (the frontier among them) are cleared.
        let total: u64 = self.frontier()?.values().sum();
        let meta = self.trees.get(T::Meta);
        meta.insert(META_REBUILDING, &[])?;
        self.db.flush()?;
        for tree in T::DERIVED {
            self.trees.get(tree).clear()?;
        }
        let task = crate::progress::task(crate::progress::Work::Rebuild, total);
        let replayed = replay_log(self.trees.get(T::OpLog), &self.trees, &task)?;
        meta.insert(META_VIEWS, super::codec::encode(&VIEWS_VERSION))?;
        meta.remove(META_REBUILDING)?;
        self.db.flush()?;
        tracing::info!(ops = replayed, "views rebuilt from the op log");
        Ok(replayed)
    }

    /// Checks the log and compares every derived tree with a rebuild into a scratch database.
    pub fn checkup(&self) -> Result<Checkup, StoreError> {
        let mut checkup = Checkup::default();
        let mut per_device: BTreeMap<DeviceId, (u64, bool)> = BTreeMap::new();
        for page in Log(self.trees.get(T::OpLog)).pages() {
            let (key, page) = page?;
            let origin = oplog::origin_of(&key)?;
            for (seq, _) in page.encoded() {
                checkup.ops += 1;
                let (last, gap) = per_device.entry(origin).or_insert((0, false));
                // Ops a coordinator left out (another coach's caseload) are a gap by design;
                // it ends where the coordinator said this device had everything it may have.
                if seq != *last + 1 && seq - 1 > self.coverage(origin)? {
                    *gap = true;
                }
                *last = seq;
            }
        }
        checkup.devices = per_device.len();
        checkup.devices_with_gaps = per_device.values().filter(|(_, gap)| *gap).count();
        let own_last = per_device
            .get(&self.identity.device)
            .map_or(0, |(last, _)| *last);
        checkup.sequence_mismatch = own_last != self.last_seq;

        // The scratch copy holds personal data: it lives inside the private data dir (not in
        // /dev/shm, sled's default for temporary databases) and is removed afterwards, also
        // when an earlier checkup was killed halfway.
        let scratch_path = self.dir.join("doctor-scratch");
        let _ = std::fs::remove_dir_all(&scratch_path);
        let scratch = sled::Config::new()
            .path(&scratch_path)
            .temporary(true)
            .cache_capacity(super::CACHE_BYTES)
            .open()?;
        let scratch_trees = Trees::open(&scratch, &scratch_path)?;
        // Which coachees this laptop gave up is local, not in the log, and the replay needs it.
        for item in self.trees.get(T::Evicted).iter() {
            let (key, value) = item?;
            scratch_trees.get(T::Evicted).insert(key, value)?;
        }
        // A part of the check, not a rebuild the user asked for: no progress of its own.
        replay_log(
            self.trees.get(T::OpLog),
            &scratch_trees,
            &crate::progress::Task::silent(),
        )?;
        for tree in T::DERIVED {
            if !same_content(self.trees.get(tree), scratch_trees.get(tree))? {
                checkup.stale_views.push(tree.name());
            }
        }
        Ok(checkup)
    }
}

/// Replays the whole log into `target`'s derived trees, in batches written in bulk: no
/// transaction is needed, because an interrupted rebuild is marked in meta (or, for a checkup,
/// happens in a scratch database).
fn replay_log(
    log: &sled::Tree,
    target: &Trees,
    task: &crate::progress::Task,
) -> Result<u64, StoreError> {
    let mut replayed = 0;
    let mut batch = Vec::with_capacity(REPLAY_BATCH);
    let evicted: BTreeSet<EntityId> = target
        .get(T::Evicted)
        .iter()
        .keys()
        .map(|key| {
            let bytes: [u8; 16] = key?.as_ref().try_into().map_err(|_| StoreError::Corrupt {
                what: "evicted coachee",
            })?;
            Ok(EntityId::from_bytes(bytes))
        })
        .collect::<Result<_, StoreError>>()?;
    let mut ops = Log(log).ops().peekable();
    while ops.peek().is_some() {
        batch.clear();
        for op in ops.by_ref().take(REPLAY_BATCH) {
            batch.push(op?);
        }
        let mut ws = WriteSet::new(target);
        let mut applier = Applier::new(&mut ws);
        for op in &batch {
            applier.replay_kept(op, &evicted)?;
        }
        applier.finish()?;
        ws.write_in_bulk(&T::DERIVED)?;
        ws.commit()?;
        replayed += batch.len() as u64;
        task.advance_to(replayed);
    }
    Ok(replayed)
}

/// Byte-for-byte equality of two trees.
pub fn same_content(a: &sled::Tree, b: &sled::Tree) -> Result<bool, StoreError> {
    let mut left = a.iter();
    let mut right = b.iter();
    loop {
        match (left.next().transpose()?, right.next().transpose()?) {
            (None, None) => return Ok(true),
            (Some(x), Some(y)) if x == y => continue,
            _ => return Ok(false),
        }
    }
}

/// A tree's name and every key/value in it.
pub type TreeDump = (&'static str, Vec<super::codec::KeyValue>);

/// Every tree's content, for tests that compare a database before and after.
pub fn dump(store: &Store) -> Result<Vec<TreeDump>, StoreError> {
    T::ALL
        .iter()
        // What the next backup must add is about files outside the database, not its data.
        .filter(|t| **t != T::BackupState)
        .map(|t| {
            let rows = store
                .trees
                .get(*t)
                .iter()
                .map(|item| item.map(|(k, v)| (k.to_vec(), v.to_vec())))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((t.name(), rows))
        })
        .collect()
}
