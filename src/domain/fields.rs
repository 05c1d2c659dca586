//! Field tags and privacy classes: how a typed record maps onto the per-field operation log.
//!
//! Every field of every record has a stable numeric tag (never reused) and a privacy class.
//! The store keeps one last-writer-wins register per (entity, tag); records are encoded to and
//! decoded from those registers by the [`Record`] impls that [`record_fields!`] generates.

use serde::{Deserialize, Serialize};

use super::ids::{EntityId, EntityKind};

/// The stable number of a field within its entity kind.
pub type FieldTag = u16;

/// Where a field may travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PrivacyClass {
    /// Goes into bundles to the coordinator (and back).
    Shared,
    /// The coach's working notes: never leave the device.
    CoachOnly,
    /// Travels like shared data, but reports only ever count it, never list it per person.
    Aggregate,
}

/// The description of one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    pub tag: FieldTag,
    pub name: &'static str,
    pub class: PrivacyClass,
}

/// A stored field value could not be decoded (corruption or a changed field type).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("field {tag} of a {kind:?} record cannot be decoded")]
pub struct FieldDecodeError {
    pub kind: EntityKind,
    pub tag: FieldTag,
}

/// A typed entity that is stored as tagged fields.
pub trait Record: Sized + Default + Clone {
    const KIND: EntityKind;
    const FIELDS: &'static [FieldSpec];

    fn id(&self) -> EntityId;
    fn set_id(&mut self, id: EntityId);
    /// Every known field, encoded.
    fn encode_fields(&self) -> Vec<(FieldTag, Vec<u8>)>;
    /// Sets one field from its encoding; `Ok(false)` for a tag this version does not know.
    fn decode_field(&mut self, tag: FieldTag, bytes: &[u8]) -> Result<bool, FieldDecodeError>;

    fn privacy(tag: FieldTag) -> PrivacyClass {
        // Unknown tags come from a newer version; treat them as the most private class.
        Self::FIELDS
            .iter()
            .find(|f| f.tag == tag)
            .map_or(PrivacyClass::CoachOnly, |f| f.class)
    }

    /// Rebuilds a record from its stored fields; missing fields keep their default.
    fn from_fields<'a>(
        id: EntityId,
        fields: impl IntoIterator<Item = (FieldTag, &'a [u8])>,
    ) -> Result<Self, FieldDecodeError> {
        let mut record = Self::default();
        record.set_id(id);
        for (tag, bytes) in fields {
            record.decode_field(tag, bytes)?;
        }
        Ok(record)
    }
}

/// The fields of `after` that differ from `before` (or from the default for a new record):
/// exactly what one save has to write.
pub fn changed_fields<R: Record>(before: Option<&R>, after: &R) -> Vec<(FieldTag, Vec<u8>)> {
    let default = R::default();
    let before = before.unwrap_or(&default).encode_fields();
    after
        .encode_fields()
        .into_iter()
        .zip(before)
        .filter(|((_, new), (_, old))| new != old)
        .map(|(field, _)| field)
        .collect()
}

/// Implements [`Record`] for a struct with an `id: EntityId` field from a tag table:
/// `record_fields!(Coachee, EntityKind::Coachee, { 1 => code: Shared, … })`.
macro_rules! record_fields {
    ($ty:ty, $kind:expr, { $( $tag:literal => $field:ident : $class:ident ),+ $(,)? }) => {
        impl $crate::domain::fields::Record for $ty {
            const KIND: $crate::domain::ids::EntityKind = $kind;
            const FIELDS: &'static [$crate::domain::fields::FieldSpec] = &[
                $( $crate::domain::fields::FieldSpec {
                    tag: $tag,
                    name: stringify!($field),
                    class: $crate::domain::fields::PrivacyClass::$class,
                } ),+
            ];

            fn id(&self) -> $crate::domain::ids::EntityId {
                self.id
            }

            fn set_id(&mut self, id: $crate::domain::ids::EntityId) {
                self.id = id;
            }

            fn encode_fields(&self) -> Vec<($crate::domain::fields::FieldTag, Vec<u8>)> {
                vec![ $( (
                    $tag,
                    postcard::to_allocvec(&self.$field)
                        .expect("encoding a record field into memory cannot fail"),
                ) ),+ ]
            }

            fn decode_field(
                &mut self,
                tag: $crate::domain::fields::FieldTag,
                bytes: &[u8],
            ) -> Result<bool, $crate::domain::fields::FieldDecodeError> {
                match tag {
                    $( $tag => {
                        self.$field = postcard::from_bytes(bytes).map_err(|_| {
                            $crate::domain::fields::FieldDecodeError { kind: $kind, tag }
                        })?;
                        Ok(true)
                    } )+
                    _ => Ok(false),
                }
            }
        }
    };
}
pub(crate) use record_fields;
