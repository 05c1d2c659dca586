//! A write-set: reads see the database plus the writes prepared so far; commit is one
//! multi-tree sled transaction.
//!
//! All reading, decoding and range scans happen while the write-set is built, outside the
//! transaction, because a sled transaction closure may run more than once and cannot scan.
//! This is safe because the process lock makes this the only writer.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

use sled::Transactional;

use super::StoreError;
use super::trees::{T, Trees};

/// One key and its value, as read from a tree.
pub type KeyValue = (Vec<u8>, Vec<u8>);

/// A key in one tree.
type Slot = (T, Vec<u8>);

/// A write ready for the transaction: tree slot, key, and value (None deletes).
type PreparedWrite<'a> = (usize, &'a [u8], Option<&'a [u8]>);

pub struct WriteSet<'s> {
    trees: &'s Trees,
    pending: BTreeMap<Slot, Option<Vec<u8>>>,
    /// What was read from the database (not what is pending), by key: applying one op looks
    /// up the same few keys several times, and a sled read costs far more than a map lookup.
    read: RefCell<HashMap<Slot, Option<Vec<u8>>>>,
}

impl<'s> WriteSet<'s> {
    pub fn new(trees: &'s Trees) -> Self {
        Self {
            trees,
            pending: BTreeMap::new(),
            read: RefCell::new(HashMap::new()),
        }
    }

    pub fn get(&self, tree: T, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        let slot = (tree, key.to_vec());
        if let Some(pending) = self.pending.get(&slot) {
            return Ok(pending.clone());
        }
        if let Some(read) = self.read.borrow().get(&slot) {
            return Ok(read.clone());
        }
        let value = self.trees.get(tree).get(key)?.map(|v| v.to_vec());
        self.read.borrow_mut().insert(slot, value.clone());
        Ok(value)
    }

    pub fn contains(&self, tree: T, key: &[u8]) -> Result<bool, StoreError> {
        Ok(self.get(tree, key)?.is_some())
    }

    pub fn put(&mut self, tree: T, key: Vec<u8>, value: Vec<u8>) {
        self.pending.insert((tree, key), Some(value));
    }

    pub fn delete(&mut self, tree: T, key: Vec<u8>) {
        self.pending.insert((tree, key), None);
    }

    /// Every key/value under `prefix`, in key order, as it will be after commit.
    pub fn scan_prefix(&self, tree: T, prefix: &[u8]) -> Result<Vec<KeyValue>, StoreError> {
        let mut merged: BTreeMap<Vec<u8>, Option<Vec<u8>>> = BTreeMap::new();
        for item in self.trees.get(tree).scan_prefix(prefix) {
            let (k, v) = item?;
            merged.insert(k.to_vec(), Some(v.to_vec()));
        }
        let start = (tree, prefix.to_vec());
        for ((t, k), v) in self
            .pending
            .range((Bound::Included(start), Bound::Unbounded))
        {
            if *t != tree || !k.starts_with(prefix) {
                break;
            }
            merged.insert(k.clone(), v.clone());
        }
        Ok(merged
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect())
    }

    /// Writes everything atomically: either all trees change or none does.
    pub fn commit(self) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut touched: Vec<T> = self.pending.keys().map(|(t, _)| *t).collect();
        touched.dedup();
        let trees: Vec<sled::Tree> = touched.iter().map(|t| self.trees.get(*t).clone()).collect();
        let slot = |tree: T| {
            touched
                .iter()
                .position(|t| *t == tree)
                .expect("tree was touched")
        };
        let writes: Vec<PreparedWrite> = self
            .pending
            .iter()
            .map(|((t, k), v)| (slot(*t), k.as_slice(), v.as_deref()))
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
