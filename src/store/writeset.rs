//! A write-set: reads see the database plus the writes prepared so far; commit is one
//! multi-tree sled transaction, or, for an import of many thousands of ops, tree by tree in key
//! order behind a marker that makes an interrupted write recoverable.
//!
//! All reading, decoding and range scans happen while the write-set is built, outside the
//! transaction, because a sled transaction closure may run more than once and cannot scan.
//! This is safe because the process lock makes this the only writer.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};

use sled::Transactional;

use super::StoreError;
use super::codec::KeyValue;
use super::trees::{T, Trees};

/// Writes to one tree by key; None deletes.
type Pending = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

/// Values read from one tree by key; None: not there.
type ReadCache = HashMap<Vec<u8>, Option<Vec<u8>>>;

/// A write ready for the transaction: tree slot, key, and value (None deletes).
type PreparedWrite<'a> = (usize, &'a [u8], Option<&'a [u8]>);

/// Writes per sled batch when a tree is written in bulk: big enough to amortise sled's
/// per-batch work, small enough that a batch never holds much memory twice.
const BULK_BATCH: usize = 10_000;

pub struct WriteSet<'s> {
    trees: &'s Trees,
    /// Per tree, indexed like [`T::ALL`]: kept apart so a lookup needs no allocation and
    /// searches only its own tree's writes.
    pending: Vec<Pending>,
    /// What was read from the database (not what is pending), per tree: applying one op
    /// looks up the same few keys several times, and a sled read costs far more than a map
    /// lookup.
    read: RefCell<Vec<ReadCache>>,
    /// Per tree, whether it held nothing when first read. Then no read of it needs sled or
    /// the cache: an import into a new database looks up every key it is about to write.
    empty: Vec<Cell<Option<bool>>>,
}

impl<'s> WriteSet<'s> {
    pub fn new(trees: &'s Trees) -> Self {
        Self {
            trees,
            pending: vec![Pending::new(); T::ALL.len()],
            read: RefCell::new(vec![ReadCache::new(); T::ALL.len()]),
            empty: vec![Cell::new(None); T::ALL.len()],
        }
    }

    pub fn get(&self, tree: T, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        if let Some(pending) = self.pending[tree.index()].get(key) {
            return Ok(pending.clone());
        }
        self.stored(tree, key)
    }

    /// The value in the database itself, whatever is pending.
    pub fn stored(&self, tree: T, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        let empty = self.empty[tree.index()].get().unwrap_or_else(|| {
            let empty = self.trees.get(tree).is_empty();
            self.empty[tree.index()].set(Some(empty));
            empty
        });
        if empty {
            return Ok(None);
        }
        if let Some(read) = self.read.borrow()[tree.index()].get(key) {
            return Ok(read.clone());
        }
        let value = self.trees.get(tree).get(key)?.map(|v| v.to_vec());
        self.read.borrow_mut()[tree.index()].insert(key.to_vec(), value.clone());
        Ok(value)
    }

    pub fn contains(&self, tree: T, key: &[u8]) -> Result<bool, StoreError> {
        Ok(self.get(tree, key)?.is_some())
    }

    pub fn put(&mut self, tree: T, key: Vec<u8>, value: Vec<u8>) {
        self.note_for_backup(tree, &key);
        self.pending[tree.index()].insert(key, Some(value));
    }

    pub fn delete(&mut self, tree: T, key: Vec<u8>) {
        self.note_for_backup(tree, &key);
        self.pending[tree.index()].insert(key, None);
    }

    /// The next backup adds the op-log pages written since the last one. Noting a page here,
    /// in the same commit as the page itself, means no writer can forget to.
    fn note_for_backup(&mut self, tree: T, key: &[u8]) {
        if tree == T::OpLog {
            self.pending[T::BackupState.index()]
                .insert(super::backup::page_mark(key), Some(Vec::new()));
        }
    }

    /// The keys stored in `tree` (not those only pending), streamed in key order.
    pub fn stored_keys(&self, tree: T) -> impl Iterator<Item = Result<Vec<u8>, StoreError>> + 's {
        self.trees
            .get(tree)
            .iter()
            .keys()
            .map(|key| Ok(key?.to_vec()))
    }

    /// The keys of `tree` this write-set changes, in key order.
    pub fn pending_keys(&self, tree: T) -> impl Iterator<Item = &[u8]> {
        self.pending[tree.index()].keys().map(Vec::as_slice)
    }

    /// Every key/value under `prefix`, in key order, as it will be after commit.
    pub fn scan_prefix(&self, tree: T, prefix: &[u8]) -> Result<Vec<KeyValue>, StoreError> {
        let mut merged: BTreeMap<Vec<u8>, Option<Vec<u8>>> = BTreeMap::new();
        for item in self.trees.get(tree).scan_prefix(prefix) {
            let (k, v) = item?;
            merged.insert(k.to_vec(), Some(v.to_vec()));
        }
        for (k, v) in self.pending[tree.index()].range(prefix.to_vec()..) {
            if !k.starts_with(prefix) {
                break;
            }
            merged.insert(k.clone(), v.clone());
        }
        Ok(merged
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect())
    }

    /// The bytes of every key and value pending in `trees`: what writing them costs the disk.
    pub fn pending_bytes(&self, trees: &[T]) -> u64 {
        trees
            .iter()
            .flat_map(|t| self.pending[t.index()].iter())
            .map(|(k, v)| (k.len() + v.as_ref().map_or(0, Vec::len)) as u64)
            .sum()
    }

    /// Writes the pending changes of `trees` straight to the database, each tree in key order,
    /// and leaves the rest pending. sled makes each batch atomic but not the whole: the caller
    /// must have marked the database so an interruption is repaired on the next open.
    pub fn write_in_bulk(&mut self, trees: &[T]) -> Result<(), StoreError> {
        self.trees.room().ensure(self.pending_bytes(trees))?;
        for tree in trees {
            let pending = std::mem::take(&mut self.pending[tree.index()]);
            self.empty[tree.index()].set(Some(false));
            let target = self.trees.get(*tree);
            let mut writes = pending.into_iter().peekable();
            while writes.peek().is_some() {
                let mut batch = sled::Batch::default();
                for (key, value) in writes.by_ref().take(BULK_BATCH) {
                    match value {
                        Some(value) => batch.insert(key, value),
                        None => batch.remove(key),
                    }
                }
                target.apply_batch(batch)?;
            }
        }
        Ok(())
    }

    /// Writes everything atomically: either all trees change or none does.
    pub fn commit(self) -> Result<(), StoreError> {
        let touched: Vec<T> = T::ALL
            .into_iter()
            .filter(|t| !self.pending[t.index()].is_empty())
            .collect();
        if touched.is_empty() {
            return Ok(());
        }
        self.trees.room().ensure(self.pending_bytes(&touched))?;
        let trees: Vec<sled::Tree> = touched.iter().map(|t| self.trees.get(*t).clone()).collect();
        let writes: Vec<PreparedWrite> = touched
            .iter()
            .enumerate()
            .flat_map(|(slot, t)| {
                self.pending[t.index()]
                    .iter()
                    .map(move |(k, v)| (slot, k.as_slice(), v.as_deref()))
            })
            .collect();
        trees
            .as_slice()
            .transaction(|tx| {
                for (slot, key, value) in &writes {
                    match value {
                        Some(value) => tx[*slot].insert(*key, *value)?,
                        None => tx[*slot].remove(*key)?,
                    };
                }
                Ok::<(), sled::transaction::ConflictableTransactionError<()>>(())
            })
            .map_err(|e| match e {
                sled::transaction::TransactionError::Storage(e) => StoreError::from(e),
                sled::transaction::TransactionError::Abort(()) => StoreError::Corrupt {
                    what: "transaction",
                },
            })
    }
}
