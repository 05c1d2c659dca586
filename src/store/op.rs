//! Operations: the log entries that are the truth of the database, one per user save.

use serde::{Deserialize, Serialize};

use super::hlc::{Hlc, Stamp};
use crate::domain::{DeviceId, EntityId, EntityKind, FieldTag};

/// One write to one field. `base` is the stamp of the value the writer saw (None for a field
/// that had no value), which lets a receiver tell a concurrent edit from a later one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldWrite {
    pub tag: FieldTag,
    pub value: Vec<u8>,
    pub base: Option<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpBody {
    /// Sets fields of an entity, creating it if needed.
    Put {
        kind: EntityKind,
        entity: EntityId,
        writes: Vec<FieldWrite>,
    },
    /// Deletes an entity and its children for good: later writes to it are dropped.
    Purge { kind: EntityKind, entity: EntityId },
    /// An op whose content this device gave up: it was about a coachee who moved to another
    /// coach. It keeps the origin's sequence without a gap and is never sent on.
    Withheld,
    /// An op about a record that was erased (purged), with every value it wrote dropped: only
    /// the place in its origin's sequence and the id remain, so logs stay contiguous and no
    /// later copy of the op can bring the content back.
    Redacted { kind: EntityKind, entity: EntityId },
}

impl OpBody {
    pub fn entity(&self) -> Option<EntityId> {
        match self {
            OpBody::Put { entity, .. }
            | OpBody::Purge { entity, .. }
            | OpBody::Redacted { entity, .. } => Some(*entity),
            OpBody::Withheld => None,
        }
    }

    pub fn kind(&self) -> Option<EntityKind> {
        match self {
            OpBody::Put { kind, .. }
            | OpBody::Purge { kind, .. }
            | OpBody::Redacted { kind, .. } => Some(*kind),
            OpBody::Withheld => None,
        }
    }

    /// The value this op writes to `tag`, if it writes it.
    pub fn write_to(&self, tag: FieldTag) -> Option<&[u8]> {
        match self {
            OpBody::Put { writes, .. } => writes
                .iter()
                .find(|w| w.tag == tag)
                .map(|w| w.value.as_slice()),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Op {
    /// The device that made the change.
    pub origin: DeviceId,
    /// Contiguous per origin, starting at 1.
    pub seq: u64,
    pub hlc: Hlc,
    pub body: OpBody,
}

impl Op {
    /// The op with its content erased, if it had content about a record: see
    /// [`OpBody::Redacted`].
    pub fn redacted(&self) -> Option<Op> {
        let OpBody::Put { kind, entity, .. } = self.body else {
            return None;
        };
        Some(Op {
            body: OpBody::Redacted { kind, entity },
            ..self.clone()
        })
    }

    pub fn stamp(&self) -> Stamp {
        Stamp {
            hlc: self.hlc,
            device: self.origin,
        }
    }

    /// Cleans the text this op writes of hidden control characters, as a local save is
    /// cleaned (`domain::clean`): an op from another device may come from an older version
    /// or a hostile one. Returns how many field values changed.
    pub fn clean_text(&mut self) -> usize {
        let OpBody::Put { kind, writes, .. } = &mut self.body else {
            return 0;
        };
        let mut cleaned = 0;
        for write in writes {
            if let Some(value) =
                crate::domain::record_text::clean_encoded(*kind, write.tag, &write.value)
            {
                write.value = value;
                cleaned += 1;
            }
        }
        cleaned
    }
}

/// Cleans the text of another device's ops as a local save is cleaned, so that neither the
/// log nor the views hold control characters another program could act on. Only the count
/// is logged.
pub fn clean_incoming_text(ops: &mut [Op]) {
    let cleaned: usize = ops.iter_mut().map(Op::clean_text).sum();
    if cleaned > 0 {
        tracing::info!(
            fields = cleaned,
            "control characters removed from imported text"
        );
    }
}

/// A change one save wants to make; the store turns each into one [`Op`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Put {
        kind: EntityKind,
        entity: EntityId,
        fields: Vec<(FieldTag, Vec<u8>)>,
    },
    Purge {
        kind: EntityKind,
        entity: EntityId,
    },
}

impl Change {
    /// The change that turns `before` into `after`, or None when nothing differs.
    pub fn put<R: crate::domain::Record>(before: Option<&R>, after: &R) -> Option<Change> {
        let fields = crate::domain::fields::changed_fields(before, after);
        (!fields.is_empty() || before.is_none()).then(|| Change::Put {
            kind: R::KIND,
            entity: after.id(),
            fields,
        })
    }

    pub fn purge<R: crate::domain::Record>(record: &R) -> Change {
        Change::Purge {
            kind: R::KIND,
            entity: record.id(),
        }
    }
}
