//! Open conflicts: two devices changed the same field without seeing each other's change.
//! Listing them with both values readable, and settling one with a new write that has seen
//! every side, so the settlement travels like any other change.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::Error;
use crate::domain::schema::field_name;
use crate::domain::{
    CleanText, Coachee, DeviceId, Employer, EntityId, EntityKind, FieldTag, Goal, Placement,
    Record, Session,
};
use crate::message::Msg;
use crate::store::hlc::Stamp;
use crate::store::op::Change;
use crate::store::record::{EntityRecord, Rival};
use crate::store::{Store, StoreError};

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The value as JSON, the way `show --json` writes that field.
    pub value: Value,
    /// The device that wrote it, and whether that is this one.
    pub device: DeviceId,
    /// Its name as this device knows it (its own, or a trusted peer's); None for a device it
    /// has no card of.
    pub device_name: Option<String>,
    pub mine: bool,
    /// When it was written (Unix milliseconds of the writer's clock).
    pub written_at_ms: u64,
}

/// One field of a conflict: the value shown now and the concurrent values that lost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictField {
    pub field: String,
    #[serde(skip)]
    pub tag: FieldTag,
    pub current: Side,
    pub others: Vec<Side>,
}

impl ConflictField {
    /// This device's side: its own write if it made one, else the value it shows.
    pub fn mine(&self) -> &Side {
        std::iter::once(&self.current)
            .chain(&self.others)
            .find(|s| s.mine)
            .unwrap_or(&self.current)
    }

    /// The other side: the first value that is not this device's.
    pub fn theirs(&self) -> &Side {
        let mine = self.mine();
        std::iter::once(&self.current)
            .chain(&self.others)
            .find(|s| !std::ptr::eq(*s, mine))
            .unwrap_or(&self.current)
    }
}

/// An open conflict: the fields of one record that two saves changed without seeing each
/// other (a status change, for instance, changes the status and its history together).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenConflict {
    /// A short id for `resolve`, the same on every device that has this conflict.
    pub id: String,
    #[serde(serialize_with = "kind_name")]
    pub kind: EntityKind,
    pub entity: EntityId,
    /// The coachee's code, for a coachee or a record under one.
    pub coachee_code: Option<String>,
    pub fields: Vec<ConflictField>,
}

fn kind_name<S: serde::Serializer>(kind: &EntityKind, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(kind.as_str())
}

/// A value as a person reads it: text without quotes, a list by its last entry (where two
/// histories differ), a status change as "from → to (reason) date", anything else as JSON.
pub fn readable(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => "–".to_string(),
        Value::Array(items) => match items.last() {
            None => "–".to_string(),
            Some(last) if items.len() == 1 => readable(last),
            Some(last) => format!("… {}", readable(last)),
        },
        Value::Object(fields) if fields.contains_key("to") => {
            let part = |key: &str| fields.get(key).map(readable).unwrap_or_default();
            let mut text = format!("{} → {}", part("from"), part("to"));
            let reason = part("reason");
            if !reason.is_empty() {
                text.push_str(&format!(" ({reason})"));
            }
            format!("{text} {}", part("date")).trim_end().to_string()
        }
        other => other.to_string(),
    }
}

/// How many open conflicts there are, as `conflicts` lists them (one per record and save).
pub fn count(store: &Store) -> usize {
    if store.conflict_count() == 0 {
        return 0;
    }
    open_conflicts(store).map_or_else(|_| store.conflict_count(), |c| c.len())
}

/// What to keep when settling a conflict.
#[derive(Debug, Clone, PartialEq)]
pub enum Keep {
    Mine,
    Theirs,
    /// A new value, as JSON text (a plain word counts as a string).
    Value(String),
}

impl Keep {
    pub fn parse(input: &str) -> Keep {
        match input.trim() {
            "mine" | "mijn" => Keep::Mine,
            "theirs" | "hun" => Keep::Theirs,
            other => Keep::Value(other.to_string()),
        }
    }
}

/// The names of this device and of every peer it trusts, by device.
fn device_names(store: &Store) -> BTreeMap<DeviceId, String> {
    let identity = store.identity();
    let mut names: BTreeMap<DeviceId, String> = super::peers(store)
        .unwrap_or_default()
        .into_iter()
        .map(|peer| (peer.card.device, peer.card.name))
        .collect();
    names.insert(identity.device, identity.name.clone());
    names
}

/// Every open conflict, in entity order.
pub fn open_conflicts(store: &Store) -> Result<Vec<OpenConflict>, StoreError> {
    let mut conflicts: Vec<OpenConflict> = Vec::new();
    // Fields of one record whose conflicts have the same writes on each side are one conflict.
    let mut groups: BTreeMap<(EntityId, Vec<Stamp>), usize> = BTreeMap::new();
    let fields = store.conflicted_fields()?;
    let names = if fields.is_empty() {
        BTreeMap::new()
    } else {
        device_names(store)
    };
    for (entity, tag) in fields {
        let Some(record) = store.record(entity)? else {
            continue;
        };
        let Some(found) = record.conflicts().into_iter().find(|c| c.tag == tag) else {
            continue;
        };
        let side = |rival: &Rival| -> Result<Side, StoreError> {
            Ok(Side {
                value: field_json(&record, entity, tag, &rival.value)?,
                device: rival.stamp.device,
                device_name: names.get(&rival.stamp.device).cloned(),
                mine: rival.stamp.device == store.identity().device,
                written_at_ms: rival.stamp.hlc.millis(),
            })
        };
        let field = ConflictField {
            field: field_name(record.kind, tag),
            tag,
            current: side(&found.current)?,
            others: found.rivals.iter().map(side).collect::<Result<_, _>>()?,
        };
        let stamps: Vec<Stamp> = std::iter::once(found.current.stamp)
            .chain(found.rivals.iter().map(|r| r.stamp))
            .collect();
        match groups.get(&(entity, stamps.clone())) {
            Some(index) => conflicts[*index].fields.push(field),
            None => {
                groups.insert((entity, stamps.clone()), conflicts.len());
                conflicts.push(OpenConflict {
                    id: conflict_id(entity, &stamps),
                    kind: record.kind,
                    entity,
                    coachee_code: coachee_code(store, entity, &record)?,
                    fields: vec![field],
                });
            }
        }
    }
    Ok(conflicts)
}

/// Settles the conflict whose id starts with `id`. Returns it as it was.
pub fn resolve(store: &mut Store, id: &str, keep: Keep) -> Result<OpenConflict, Error> {
    let id = id.trim().to_lowercase();
    let mut matching: Vec<OpenConflict> = open_conflicts(store)?
        .into_iter()
        .filter(|c| !id.is_empty() && c.id.starts_with(&id))
        .collect();
    let conflict = match matching.len() {
        1 => matching.remove(0),
        0 => {
            return Err(Error::invalid(
                "conflict",
                Msg::new("conflict-unknown").arg("id", id),
            ));
        }
        _ => {
            return Err(Error::invalid(
                "conflict",
                Msg::new("conflict-ambiguous").arg("id", id),
            ));
        }
    };
    if matches!(keep, Keep::Value(_)) && conflict.fields.len() > 1 {
        return Err(Error::invalid(
            "conflict",
            Msg::new("conflict-value-needs-one-field"),
        ));
    }
    let record = store
        .record(conflict.entity)?
        .ok_or(StoreError::Corrupt { what: "conflict" })?;
    let mut fields = Vec::with_capacity(conflict.fields.len());
    for field in &conflict.fields {
        let value = match &keep {
            Keep::Mine => field.mine().value.clone(),
            Keep::Theirs => field.theirs().value.clone(),
            Keep::Value(text) => {
                serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.clone()))
            }
        };
        let bytes = field_bytes(&record, conflict.entity, field.tag, value).ok_or_else(|| {
            Error::invalid(
                "conflict",
                Msg::new("conflict-bad-value").arg("field", &field.field),
            )
        })?;
        fields.push((field.tag, bytes));
    }
    // Written over the current values, the new write has seen every side: settled everywhere.
    store.save(vec![Change::Put {
        kind: conflict.kind,
        entity: conflict.entity,
        fields,
    }])?;
    Ok(conflict)
}

/// A short name for a conflict, the same on every device: from the record and the writes.
fn conflict_id(entity: EntityId, stamps: &[Stamp]) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(entity.as_bytes());
    for stamp in stamps {
        hasher.update(&stamp.hlc.0.to_be_bytes());
        hasher.update(stamp.device.as_bytes());
    }
    hasher.finalize().to_hex()[..8].to_string()
}

fn coachee_code(
    store: &Store,
    entity: EntityId,
    record: &EntityRecord,
) -> Result<Option<String>, StoreError> {
    let coachee = match crate::store::views::parent_coachee(entity, record)? {
        Some(parent) => parent,
        None if record.kind == EntityKind::Coachee => entity,
        None => return Ok(None),
    };
    Ok(store.get::<Coachee>(coachee)?.map(|c| c.code.to_string()))
}

/// The field as JSON when it holds `value`.
fn field_json(
    record: &EntityRecord,
    entity: EntityId,
    tag: FieldTag,
    value: &[u8],
) -> Result<Value, StoreError> {
    fn as_json<R: Record + Serialize>(
        record: &EntityRecord,
        entity: EntityId,
        tag: FieldTag,
        value: &[u8],
    ) -> Result<Value, StoreError> {
        let typed: R = record
            .decode_with(entity, tag, value)
            .map_err(|_| StoreError::Corrupt { what: "conflict" })?;
        let json =
            serde_json::to_value(typed).map_err(|_| StoreError::Corrupt { what: "conflict" })?;
        Ok(json
            .get(field_name(R::KIND, tag))
            .cloned()
            .unwrap_or(Value::Null))
    }
    match record.kind {
        EntityKind::Coachee => as_json::<Coachee>(record, entity, tag, value),
        EntityKind::Goal => as_json::<Goal>(record, entity, tag, value),
        EntityKind::Session => as_json::<Session>(record, entity, tag, value),
        EntityKind::Employer => as_json::<Employer>(record, entity, tag, value),
        EntityKind::Placement => as_json::<Placement>(record, entity, tag, value),
        EntityKind::Policy => as_json::<crate::domain::Policy>(record, entity, tag, value),
        EntityKind::Trace => as_json::<crate::domain::Trace>(record, entity, tag, value),
    }
}

/// The stored bytes of the field when set to `value`, or None when `value` does not fit it.
fn field_bytes(
    record: &EntityRecord,
    entity: EntityId,
    tag: FieldTag,
    value: Value,
) -> Option<Vec<u8>> {
    fn encode<R: Record + CleanText + Serialize + serde::de::DeserializeOwned>(
        record: &EntityRecord,
        entity: EntityId,
        tag: FieldTag,
        value: Value,
    ) -> Option<Vec<u8>> {
        let current: R = record.decode(entity).ok()?;
        let mut json = serde_json::to_value(current).ok()?;
        *json.get_mut(field_name(R::KIND, tag))? = value;
        let mut edited: R = serde_json::from_value(json).ok()?;
        // A settlement is a save: typed or kept, its text is cleaned like any other.
        edited.clean_text();
        edited
            .encode_fields()
            .into_iter()
            .find(|(t, _)| *t == tag)
            .map(|(_, bytes)| bytes)
    }
    match record.kind {
        EntityKind::Coachee => encode::<Coachee>(record, entity, tag, value),
        EntityKind::Goal => encode::<Goal>(record, entity, tag, value),
        EntityKind::Session => encode::<Session>(record, entity, tag, value),
        EntityKind::Employer => encode::<Employer>(record, entity, tag, value),
        EntityKind::Placement => encode::<Placement>(record, entity, tag, value),
        EntityKind::Policy => encode::<crate::domain::Policy>(record, entity, tag, value),
        EntityKind::Trace => encode::<crate::domain::Trace>(record, entity, tag, value),
    }
}
