//! The op log on disk: pages of up to [`PAGE_SPAN`] consecutive sequence numbers of one origin,
//! one sled record per page.
//!
//! sled's cost is per record written (a leaf splits at 17 entries and every insert clones the
//! leaf), and a full bundle of a large programme brings a quarter of a million ops: one record
//! per op made the log alone cost a full import about 2.5 s. A page keeps each op encoded
//! exactly as it was stored before ([`codec::encode`]), so an op is decoded only when read,
//! and a backup copies the bytes as they are.

use std::collections::{BTreeMap, HashSet};

use super::StoreError;
use super::codec;
use super::op::Op;
use crate::domain::{DeviceId, EntityId};

/// Sequence numbers per page.
pub const PAGE_SPAN: u64 = 64;

/// The version byte in front of every page; raise it when the framing changes.
const PAGE_VERSION: u8 = 1;

/// A page's key: origin ++ page number, both big-endian, so pages sort by origin and then by
/// sequence, and so do the ops when the pages are read in order.
pub type PageKey = [u8; 24];

pub fn page_key(origin: DeviceId, seq: u64) -> PageKey {
    let mut key = [0u8; 24];
    key[..16].copy_from_slice(origin.as_bytes());
    key[16..].copy_from_slice(&(seq / PAGE_SPAN).to_be_bytes());
    key
}

/// The origin a page key belongs to.
pub fn origin_of(key: &[u8]) -> Result<DeviceId, StoreError> {
    let bytes: [u8; 16] = key
        .get(..16)
        .and_then(|b| b.try_into().ok())
        .ok_or(StoreError::Corrupt { what: "op log key" })?;
    Ok(DeviceId::from_bytes(bytes))
}

/// The ops of one page, by sequence number, each still encoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    ops: BTreeMap<u64, Vec<u8>>,
}

impl Page {
    /// Reads a stored page; `None` (no record yet) is an empty page.
    pub fn read(bytes: Option<&[u8]>) -> Result<Page, StoreError> {
        let corrupt = || StoreError::Corrupt {
            what: "op log page",
        };
        let Some(bytes) = bytes else {
            return Ok(Page::default());
        };
        let mut rest = match bytes.split_first() {
            Some((&PAGE_VERSION, rest)) => rest,
            Some((&version, _)) if version > PAGE_VERSION => {
                return Err(StoreError::NewerValueFormat { version });
            }
            _ => return Err(corrupt()),
        };
        let mut ops = BTreeMap::new();
        while !rest.is_empty() {
            let (seq, tail) = rest.split_at_checked(8).ok_or_else(corrupt)?;
            let (len, tail) = tail.split_at_checked(4).ok_or_else(corrupt)?;
            let len = u32::from_be_bytes(len.try_into().map_err(|_| corrupt())?) as usize;
            let (op, tail) = tail.split_at_checked(len).ok_or_else(corrupt)?;
            let seq = u64::from_be_bytes(seq.try_into().map_err(|_| corrupt())?);
            ops.insert(seq, op.to_vec());
            rest = tail;
        }
        Ok(Page { ops })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let size: usize = self.ops.values().map(|op| op.len() + 12).sum();
        let mut bytes = Vec::with_capacity(size + 1);
        bytes.push(PAGE_VERSION);
        for (seq, op) in &self.ops {
            bytes.extend_from_slice(&seq.to_be_bytes());
            bytes.extend_from_slice(&(op.len() as u32).to_be_bytes());
            bytes.extend_from_slice(op);
        }
        bytes
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    pub fn contains(&self, seq: u64) -> bool {
        self.ops.contains_key(&seq)
    }

    pub fn get(&self, seq: u64) -> Result<Option<Op>, StoreError> {
        self.ops
            .get(&seq)
            .map(|bytes| codec::decode(bytes, "op"))
            .transpose()
    }

    /// Drops the content of every op about a record `erased` says is erased
    /// ([`Op::redacted`]). Returns whether any op changed.
    pub fn redact(&mut self, erased: impl Fn(EntityId) -> bool) -> Result<bool, StoreError> {
        let mut changed = false;
        for bytes in self.ops.values_mut() {
            let op: Op = codec::decode(bytes, "op")?;
            if let Some(entity) = op.body.entity()
                && erased(entity)
                && let Some(redacted) = op.redacted()
            {
                *bytes = codec::encode(&redacted);
                changed = true;
            }
        }
        Ok(changed)
    }

    /// The records whose ops on this page file them under one of `parents`.
    pub fn children_of(&self, parents: &HashSet<EntityId>) -> Result<Vec<EntityId>, StoreError> {
        let mut children = Vec::new();
        for bytes in self.ops.values() {
            let op: Op = codec::decode(bytes, "op")?;
            if let (Some(entity), Some(parent)) =
                (op.body.entity(), super::views::parent_of_op(None, &op.body))
                && parents.contains(&parent)
            {
                children.push(entity);
            }
        }
        Ok(children)
    }

    pub fn put(&mut self, op: &Op) {
        self.ops.insert(op.seq, codec::encode(op));
    }

    fn put_encoded(&mut self, seq: u64, op: Vec<u8>) {
        self.ops.insert(seq, op);
    }

    /// Sequence numbers and encoded ops, in order.
    pub fn encoded(&self) -> impl DoubleEndedIterator<Item = (u64, &[u8])> {
        self.ops.iter().map(|(seq, op)| (*seq, op.as_slice()))
    }

    pub fn len(&self) -> usize {
        self.ops.len()
    }
}

/// The op log as stored in a tree of pages.
#[derive(Clone, Copy)]
pub struct Log<'t>(pub &'t sled::Tree);

impl<'t> Log<'t> {
    pub fn page(self, origin: DeviceId, seq: u64) -> Result<Page, StoreError> {
        Page::read(self.0.get(page_key(origin, seq))?.as_deref())
    }

    /// The devices that have ops in the log, found by jumping from one origin to the next.
    pub fn origins(self) -> Result<Vec<DeviceId>, StoreError> {
        let mut origins = Vec::new();
        let mut from = [0u8; 16];
        while let Some((key, _)) = self.0.range(from..).next().transpose()? {
            let origin = origin_of(&key)?;
            origins.push(origin);
            // The smallest key after every key of this origin.
            let Some(next) = u128::from_be_bytes(*origin.as_bytes()).checked_add(1) else {
                break;
            };
            from = next.to_be_bytes();
        }
        Ok(origins)
    }

    /// The end of the unbroken run of `origin`'s ops that follows `seq` (`seq` itself when the
    /// next one is missing).
    pub fn run_end(self, origin: DeviceId, mut seq: u64) -> Result<u64, StoreError> {
        loop {
            let page = self.page(origin, seq + 1)?;
            let before = seq;
            while page.contains(seq + 1) {
                seq += 1;
            }
            // Stop unless the run reached the end of the page and may go on in the next.
            if seq == before || !(seq + 1).is_multiple_of(PAGE_SPAN) {
                return Ok(seq);
            }
        }
    }

    /// Every page in key order with its key.
    pub fn pages(self) -> impl Iterator<Item = Result<(sled::IVec, Page), StoreError>> + 't {
        self.0.iter().map(|item| {
            let (key, value) = item?;
            Ok((key, Page::read(Some(&value))?))
        })
    }

    /// Every op, by origin and then sequence; streamed a page at a time.
    pub fn ops(self) -> impl Iterator<Item = Result<Op, StoreError>> + 't {
        decode_pages(self.0.iter(), Order::OldestFirst)
    }

    /// One origin's ops with a sequence number from `from` on, in order; streamed.
    pub fn ops_from(
        self,
        origin: DeviceId,
        from: u64,
    ) -> impl Iterator<Item = Result<Op, StoreError>> + 't {
        let pages = self
            .0
            .range(page_key(origin, from)..=page_key(origin, u64::MAX));
        decode_pages(pages, Order::OldestFirst)
            .filter(move |op| op.as_ref().map_or(true, |op| op.seq >= from))
    }

    /// One origin's ops, newest first; streamed a page at a time.
    pub fn ops_newest_first(
        self,
        origin: DeviceId,
    ) -> impl Iterator<Item = Result<Op, StoreError>> + 't {
        let pages = self
            .0
            .range(page_key(origin, 0)..=page_key(origin, u64::MAX))
            .rev();
        decode_pages(pages, Order::NewestFirst)
    }

    /// How many ops the log holds (reads every page).
    pub fn count(self) -> Result<u64, StoreError> {
        let mut count = 0;
        for page in self.pages() {
            count += page?.1.len() as u64;
        }
        Ok(count)
    }
}

/// The tree in which schema 1 kept one record per op (origin ++ seq → op).
pub const PER_OP_TREE: &str = "oplog";

/// Moves a schema-1 log (one record per op) into pages. Safe to repeat: the pages are built
/// afresh from the old tree, which is dropped only after the schema version says pages.
pub(super) fn migrate_from_per_op_records(
    db: &sled::Db,
    log: &sled::Tree,
) -> Result<u64, StoreError> {
    let old = db.open_tree(PER_OP_TREE)?;
    log.clear()?;
    let mut moved: u64 = 0;
    let mut batch = sled::Batch::default();
    let mut current: Option<(PageKey, Page)> = None;
    for item in old.iter() {
        let (_, value) = item?;
        let op: Op = codec::decode(&value, "op")?;
        let key = page_key(op.origin, op.seq);
        match &mut current {
            Some((current_key, page)) if *current_key == key => {
                page.put_encoded(op.seq, value.to_vec())
            }
            _ => {
                if let Some((done_key, done)) = current.take() {
                    batch.insert(&done_key[..], done.to_bytes());
                }
                let mut page = Page::default();
                page.put_encoded(op.seq, value.to_vec());
                current = Some((key, page));
            }
        }
        moved += 1;
        if moved.is_multiple_of(50_000) {
            log.apply_batch(std::mem::take(&mut batch))?;
        }
    }
    if let Some((key, page)) = current {
        batch.insert(&key[..], page.to_bytes());
    }
    log.apply_batch(batch)?;
    Ok(moved)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    OldestFirst,
    NewestFirst,
}

/// The ops of these pages, each page's in `order` (the pages come in the order given).
fn decode_pages(
    pages: impl Iterator<Item = sled::Result<(sled::IVec, sled::IVec)>>,
    order: Order,
) -> impl Iterator<Item = Result<Op, StoreError>> {
    pages.flat_map(move |item| {
        let page = item
            .map_err(StoreError::from)
            .and_then(|(_, value)| Page::read(Some(&value)));
        let mut ops: Vec<Result<Op, StoreError>> = match page {
            Ok(page) => page
                .encoded()
                .map(|(_, bytes)| codec::decode(bytes, "op"))
                .collect(),
            Err(e) => vec![Err(e)],
        };
        if order == Order::NewestFirst {
            ops.reverse();
        }
        ops
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{self, DemoOptions};
    use crate::domain::Role;
    use crate::store::hlc::Hlc;
    use crate::store::maintenance::dump;
    use crate::store::op::OpBody;
    use crate::store::trees::T;
    use crate::store::{META_SCHEMA, Store};

    fn op(origin: DeviceId, seq: u64) -> Op {
        Op {
            origin,
            seq,
            hlc: Hlc::default(),
            body: OpBody::Withheld,
        }
    }

    #[test]
    fn a_page_reads_back_what_was_put_and_refuses_damage() {
        let origin = DeviceId::new();
        let mut page = Page::default();
        for seq in [3, 1, 2, 63] {
            page.put(&op(origin, seq));
        }
        let bytes = page.to_bytes();
        let read = Page::read(Some(&bytes)).unwrap();
        assert_eq!(read, page);
        assert_eq!(read.get(2).unwrap(), Some(op(origin, 2)));
        assert_eq!(read.get(4).unwrap(), None);
        assert_eq!(
            read.encoded().map(|(seq, _)| seq).collect::<Vec<_>>(),
            [1, 2, 3, 63]
        );
        assert!(Page::read(Some(&bytes[..bytes.len() - 1])).is_err());
        let mut newer = bytes.clone();
        newer[0] = PAGE_VERSION + 1;
        assert!(matches!(
            Page::read(Some(&newer)),
            Err(StoreError::NewerValueFormat { .. })
        ));
    }

    #[test]
    fn runs_and_ranges_cross_page_borders() {
        let dir = tempfile::tempdir().unwrap();
        let db = sled::Config::new().path(dir.path()).open().unwrap();
        let tree = db.open_tree("log").unwrap();
        let (a, b) = (DeviceId::new(), DeviceId::new());
        let mut pages: BTreeMap<PageKey, Page> = BTreeMap::new();
        let mut put = |o: &Op| pages.entry(page_key(o.origin, o.seq)).or_default().put(o);
        for seq in (1..=130).filter(|s| *s != 100) {
            put(&op(a, seq));
        }
        put(&op(b, 5));
        for (key, page) in &pages {
            tree.insert(key, page.to_bytes()).unwrap();
        }
        let log = Log(&tree);
        assert_eq!(log.run_end(a, 0).unwrap(), 99);
        assert_eq!(log.run_end(a, 100).unwrap(), 130);
        assert_eq!(log.run_end(b, 0).unwrap(), 0);
        assert_eq!(log.run_end(b, 4).unwrap(), 5);
        let seqs = |ops: Vec<Op>| ops.iter().map(|o| o.seq).collect::<Vec<_>>();
        let after: Vec<Op> = log.ops_from(a, 126).collect::<Result<_, _>>().unwrap();
        assert_eq!(seqs(after), [126, 127, 128, 129, 130]);
        let newest: Vec<Op> = log
            .ops_newest_first(a)
            .take(3)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(seqs(newest), [130, 129, 128]);
        assert_eq!(log.count().unwrap(), 130);
        assert_eq!(log.ops().count(), 130);
        assert_eq!(log.page(a, 64).unwrap().get(64).unwrap(), Some(op(a, 64)));
        assert_eq!(log.page(a, 100).unwrap().get(100).unwrap(), None);
        assert_eq!(log.origins().unwrap().len(), 2);
    }

    #[test]
    fn a_log_of_one_record_per_op_moves_into_pages_on_open() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let work = tempfile::tempdir().unwrap();
        let dir = work.path().join("data");
        let mut store = Store::init(&dir, "Mila", Role::Coordinator, today).unwrap();
        let options = DemoOptions {
            coachees: Some(8),
            sessions: Some(150),
            seed: 5,
            today,
        };
        demo::generate(&mut store, &options, |_| {}).unwrap();
        let before = dump(&store).unwrap();
        assert!(store.ops().count() as u64 > 2 * PAGE_SPAN);
        drop(store);
        {
            // Put the database back into the schema-1 layout: one record per op.
            let db = super::super::open_sled(&dir, super::super::Cache::Working).unwrap();
            let log = db.open_tree(T::OpLog.name()).unwrap();
            let old = db.open_tree(PER_OP_TREE).unwrap();
            for op in Log(&log).ops() {
                let op = op.unwrap();
                let key = [&op.origin.as_bytes()[..], &op.seq.to_be_bytes()].concat();
                old.insert(key, codec::encode(&op)).unwrap();
            }
            log.clear().unwrap();
            let meta = db.open_tree(T::Meta.name()).unwrap();
            meta.insert(META_SCHEMA, codec::encode(&1u32)).unwrap();
            db.flush().unwrap();
        }
        let store = Store::open(&dir).unwrap();
        assert_eq!(dump(&store).unwrap(), before);
        assert!(
            !store
                .db
                .tree_names()
                .iter()
                .any(|name| name == PER_OP_TREE.as_bytes())
        );
        assert!(store.checkup().unwrap().is_healthy());
    }
}
