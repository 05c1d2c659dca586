//! The merge state of one entity: a last-writer-wins register per field, which also remembers
//! concurrent writes that lost, so a person can settle them (an open conflict).
//!
//! For every field the register keeps the *candidates*: the writes that no other write has
//! seen. A write has been seen when some write's `base` (the stamp its writer saw) is at least
//! its stamp. The highest-stamped candidate is the value; the others are rivals, and a rival
//! with a different value is an open conflict. Both the value and the candidates are a
//! function of the set of writes alone, so every order of arrival gives the same state.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::hlc::Stamp;
use super::op::FieldWrite;
use crate::domain::fields::FieldDecodeError;
use crate::domain::{EntityId, EntityKind, FieldTag, Record};

/// One field's current value, which stamp (an index into the record's stamp table) set it, and
/// the stamp its writer had seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Cell {
    stamp: u16,
    base: Option<Stamp>,
    value: Vec<u8>,
}

/// A concurrent write that lost to the current value but was not seen by its writer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rival {
    pub stamp: Stamp,
    pub base: Option<Stamp>,
    pub value: Vec<u8>,
}

/// Every field of one entity. Tags this version does not know are kept, so that data from a
/// newer version is forwarded rather than dropped.
///
/// Most fields of a record were set by the same save, so stamps are stored once in a sorted
/// table and cells refer to them: a session record shrinks by about 25 bytes per field, which
/// matters at 200,000 sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRecord {
    pub kind: EntityKind,
    stamps: Vec<Stamp>,
    cells: BTreeMap<FieldTag, Cell>,
    /// Per field, the rivals in stamp order; empty for nearly every record.
    rivals: BTreeMap<FieldTag, Vec<Rival>>,
}

/// A field with rivals whose value differs from the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldConflict {
    pub tag: FieldTag,
    pub current: Rival,
    pub rivals: Vec<Rival>,
}

impl EntityRecord {
    pub fn new(kind: EntityKind) -> Self {
        Self {
            kind,
            stamps: Vec::new(),
            cells: BTreeMap::new(),
            rivals: BTreeMap::new(),
        }
    }

    /// Applies writes made at `stamp`. Returns whether anything changed.
    pub fn merge(&mut self, stamp: Stamp, writes: &[FieldWrite]) -> bool {
        let mut changed = false;
        for write in writes {
            changed |= self.merge_one(stamp, write);
        }
        if changed {
            self.drop_unused_stamps();
        }
        changed
    }

    fn merge_one(&mut self, stamp: Stamp, write: &FieldWrite) -> bool {
        let incoming = Rival {
            stamp,
            base: write.base,
            value: write.value.clone(),
        };
        let Some(current) = self.current(write.tag) else {
            self.set_cell(write.tag, incoming);
            return true;
        };
        let rivals = self.rivals.get(&write.tag).cloned().unwrap_or_default();
        if current.stamp == stamp || rivals.iter().any(|r| r.stamp == stamp) {
            return false;
        }
        let mut candidates = rivals;
        candidates.push(current.clone());
        candidates.push(incoming);
        // Whatever some writer had seen is no longer a candidate.
        let seen = candidates.iter().filter_map(|c| c.base).max();
        candidates.retain(|c| seen.is_none_or(|seen| c.stamp > seen));
        candidates.sort_by_key(|c| c.stamp);
        let winner = candidates
            .pop()
            .expect("the newest write is never seen by an older one");
        let old_rivals = self.rivals.get(&write.tag).map_or(&[][..], Vec::as_slice);
        if winner == current && old_rivals == candidates.as_slice() {
            return false;
        }
        self.set_cell(write.tag, winner);
        if candidates.is_empty() {
            self.rivals.remove(&write.tag);
        } else {
            self.rivals.insert(write.tag, candidates);
        }
        true
    }

    fn current(&self, tag: FieldTag) -> Option<Rival> {
        self.cells.get(&tag).map(|c| Rival {
            stamp: self.stamps[usize::from(c.stamp)],
            base: c.base,
            value: c.value.clone(),
        })
    }

    fn set_cell(&mut self, tag: FieldTag, write: Rival) {
        let index = match self.stamps.binary_search(&write.stamp) {
            Ok(i) => i,
            Err(i) => {
                self.stamps.insert(i, write.stamp);
                // Cells after the insertion point shift by one.
                for cell in self.cells.values_mut() {
                    if usize::from(cell.stamp) >= i {
                        cell.stamp += 1;
                    }
                }
                i
            }
        };
        self.cells.insert(
            tag,
            Cell {
                stamp: index as u16,
                base: write.base,
                value: write.value,
            },
        );
    }

    /// The fields whose rivals hold another value than the current one.
    pub fn conflicts(&self) -> Vec<FieldConflict> {
        self.rivals
            .iter()
            .filter_map(|(tag, rivals)| {
                let current = self.current(*tag)?;
                let differing: Vec<Rival> = rivals
                    .iter()
                    .filter(|r| r.value != current.value)
                    .cloned()
                    .collect();
                (!differing.is_empty()).then_some(FieldConflict {
                    tag: *tag,
                    current,
                    rivals: differing,
                })
            })
            .collect()
    }

    /// The tags of the fields with an open conflict.
    pub fn conflicted_tags(&self) -> impl Iterator<Item = FieldTag> + '_ {
        self.rivals.iter().filter_map(|(tag, rivals)| {
            let current = self.cells.get(tag)?;
            rivals
                .iter()
                .any(|r| r.value != current.value)
                .then_some(*tag)
        })
    }

    /// Keeps the stamp table minimal, so equal states encode to equal bytes whatever the order
    /// in which the writes arrived.
    fn drop_unused_stamps(&mut self) {
        let mut used = vec![false; self.stamps.len()];
        for cell in self.cells.values() {
            used[usize::from(cell.stamp)] = true;
        }
        if used.iter().all(|u| *u) {
            return;
        }
        let mut remap = vec![0u16; self.stamps.len()];
        let mut kept = Vec::with_capacity(self.stamps.len());
        for (i, stamp) in self.stamps.iter().enumerate() {
            if used[i] {
                remap[i] = kept.len() as u16;
                kept.push(*stamp);
            }
        }
        for cell in self.cells.values_mut() {
            cell.stamp = remap[usize::from(cell.stamp)];
        }
        self.stamps = kept;
    }

    pub fn stamp_of(&self, tag: FieldTag) -> Option<Stamp> {
        self.cells
            .get(&tag)
            .map(|c| self.stamps[usize::from(c.stamp)])
    }

    pub fn value_of(&self, tag: FieldTag) -> Option<&[u8]> {
        self.cells.get(&tag).map(|c| c.value.as_slice())
    }

    pub fn decode<R: Record>(&self, id: EntityId) -> Result<R, FieldDecodeError> {
        R::from_fields(
            id,
            self.cells
                .iter()
                .map(|(tag, cell)| (*tag, cell.value.as_slice())),
        )
    }

    /// The record with only the fields `tags` read, the others left at their defaults: for a
    /// view that needs a few fields of every session an import applies.
    pub fn decode_tags<R: Record>(
        &self,
        id: EntityId,
        tags: &[FieldTag],
    ) -> Result<R, FieldDecodeError> {
        R::from_fields(
            id,
            self.cells
                .iter()
                .filter(|(tag, _)| tags.contains(tag))
                .map(|(tag, cell)| (*tag, cell.value.as_slice())),
        )
    }

    /// The record as it would read with `value` in field `tag`: how a rival value is shown.
    pub fn decode_with<R: Record>(
        &self,
        id: EntityId,
        tag: FieldTag,
        value: &[u8],
    ) -> Result<R, FieldDecodeError> {
        R::from_fields(
            id,
            self.cells.iter().map(|(t, cell)| {
                if *t == tag {
                    (*t, value)
                } else {
                    (*t, cell.value.as_slice())
                }
            }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DeviceId;
    use crate::store::hlc::Hlc;

    fn stamp(ms: u64, device: u8) -> Stamp {
        Stamp {
            hlc: Hlc::new(ms, 0),
            device: DeviceId::from_bytes([device; 16]),
        }
    }

    fn write(tag: FieldTag, value: u8) -> FieldWrite {
        FieldWrite {
            tag,
            value: vec![value],
            base: None,
        }
    }

    #[test]
    fn the_highest_stamp_wins_per_field_in_any_order() {
        let ops = [
            (stamp(1, 1), vec![write(1, 10), write(2, 20), write(3, 30)]),
            (stamp(2, 1), vec![write(1, 11)]),
            (stamp(2, 2), vec![write(2, 22)]),
        ];
        let mut forward = EntityRecord::new(EntityKind::Coachee);
        for (s, w) in &ops {
            forward.merge(*s, w);
        }
        let mut backward = EntityRecord::new(EntityKind::Coachee);
        for (s, w) in ops.iter().rev() {
            backward.merge(*s, w);
        }
        assert_eq!(forward, backward);
        assert_eq!(forward.value_of(1), Some(&[11][..]));
        assert_eq!(forward.value_of(2), Some(&[22][..]));
        assert_eq!(forward.value_of(3), Some(&[30][..]));
        assert_eq!(forward.stamp_of(3), Some(stamp(1, 1)));
    }

    #[test]
    fn stamps_no_cell_uses_any_more_are_dropped() {
        let mut record = EntityRecord::new(EntityKind::Goal);
        record.merge(stamp(1, 1), &[write(1, 1)]);
        record.merge(stamp(2, 1), &[write(1, 2)]);
        assert_eq!(record.stamps, vec![stamp(2, 1)]);
        assert_eq!(record.stamp_of(1), Some(stamp(2, 1)));
    }

    #[test]
    fn replaying_a_write_changes_nothing() {
        let mut record = EntityRecord::new(EntityKind::Goal);
        assert!(record.merge(stamp(1, 1), &[write(1, 1)]));
        assert!(!record.merge(stamp(1, 1), &[write(1, 1)]));
    }

    fn seen(tag: FieldTag, value: u8, base: Stamp) -> FieldWrite {
        FieldWrite {
            base: Some(base),
            ..write(tag, value)
        }
    }

    #[test]
    fn a_write_that_saw_the_current_value_leaves_no_conflict() {
        let mut record = EntityRecord::new(EntityKind::Goal);
        record.merge(stamp(1, 1), &[write(1, 1)]);
        record.merge(stamp(2, 2), &[seen(1, 2, stamp(1, 1))]);
        assert!(record.conflicts().is_empty());
        assert_eq!(record.value_of(1), Some(&[2][..]));
    }

    #[test]
    fn concurrent_writes_keep_the_loser_as_a_conflict_in_either_order() {
        let base = (stamp(1, 1), vec![write(1, 1)]);
        let mine = (stamp(2, 1), vec![seen(1, 2, stamp(1, 1))]);
        let theirs = (stamp(3, 2), vec![seen(1, 3, stamp(1, 1))]);
        let mut a = EntityRecord::new(EntityKind::Goal);
        for (s, w) in [&base, &mine, &theirs] {
            a.merge(*s, w);
        }
        let mut b = EntityRecord::new(EntityKind::Goal);
        for (s, w) in [&theirs, &base, &mine] {
            b.merge(*s, w);
        }
        assert_eq!(a, b);
        let conflicts = a.conflicts();
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].current.value, vec![3]);
        assert_eq!(conflicts[0].rivals[0].value, vec![2]);
        assert_eq!(a.conflicted_tags().collect::<Vec<_>>(), vec![1]);
    }

    #[test]
    fn a_write_that_saw_both_sides_settles_the_conflict_everywhere() {
        let writes = [
            (stamp(1, 1), vec![write(1, 1)]),
            (stamp(2, 1), vec![seen(1, 2, stamp(1, 1))]),
            (stamp(3, 2), vec![seen(1, 3, stamp(1, 1))]),
            // The resolution saw the current value, which is newer than the rival.
            (stamp(4, 1), vec![seen(1, 2, stamp(3, 2))]),
        ];
        let mut forward = EntityRecord::new(EntityKind::Goal);
        for (s, w) in &writes {
            forward.merge(*s, w);
        }
        let mut backward = EntityRecord::new(EntityKind::Goal);
        for (s, w) in writes.iter().rev() {
            backward.merge(*s, w);
        }
        assert_eq!(forward, backward);
        assert!(forward.conflicts().is_empty());
        assert_eq!(forward.value_of(1), Some(&[2][..]));
    }

    #[test]
    fn equal_concurrent_values_are_no_conflict() {
        let mut record = EntityRecord::new(EntityKind::Goal);
        record.merge(stamp(1, 1), &[write(1, 5)]);
        record.merge(stamp(1, 2), &[write(1, 5)]);
        assert!(record.conflicts().is_empty());
    }
}
