//! The merge state of one entity: a last-writer-wins register per field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::hlc::Stamp;
use super::op::FieldWrite;
use crate::domain::fields::FieldDecodeError;
use crate::domain::{EntityId, EntityKind, FieldTag, Record};

/// One field's current value and the stamp of the write that set it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub stamp: Stamp,
    pub value: Vec<u8>,
}

/// Every field of one entity. Tags this version does not know are kept, so that data from a
/// newer version is forwarded rather than dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRecord {
    pub kind: EntityKind,
    pub cells: BTreeMap<FieldTag, Cell>,
}

impl EntityRecord {
    pub fn new(kind: EntityKind) -> Self {
        Self {
            kind,
            cells: BTreeMap::new(),
        }
    }

    /// Applies writes made at `stamp`; each field keeps the value with the highest stamp.
    /// Returns whether any field changed.
    pub fn merge(&mut self, stamp: Stamp, writes: &[FieldWrite]) -> bool {
        let mut changed = false;
        for write in writes {
            let wins = self
                .cells
                .get(&write.tag)
                .is_none_or(|cell| stamp > cell.stamp);
            if wins {
                self.cells.insert(
                    write.tag,
                    Cell {
                        stamp,
                        value: write.value.clone(),
                    },
                );
                changed = true;
            }
        }
        changed
    }

    pub fn stamp_of(&self, tag: FieldTag) -> Option<Stamp> {
        self.cells.get(&tag).map(|c| c.stamp)
    }

    pub fn decode<R: Record>(&self, id: EntityId) -> Result<R, FieldDecodeError> {
        R::from_fields(
            id,
            self.cells
                .iter()
                .map(|(tag, cell)| (*tag, cell.value.as_slice())),
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
            (stamp(1, 1), vec![write(1, 10), write(2, 20)]),
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
        assert_eq!(forward.cells[&1].value, vec![11]);
        assert_eq!(forward.cells[&2].value, vec![22]);
    }

    #[test]
    fn replaying_a_write_changes_nothing() {
        let mut record = EntityRecord::new(EntityKind::Goal);
        assert!(record.merge(stamp(1, 1), &[write(1, 1)]));
        assert!(!record.merge(stamp(1, 1), &[write(1, 1)]));
    }
}
