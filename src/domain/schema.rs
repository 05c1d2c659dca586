//! Facts about fields across entity kinds that sync needs without decoding whole records:
//! where a field may travel, which field names a child's coachee, which names the coach.

use super::fields::{FieldSpec, FieldTag, PrivacyClass, Record};
use super::{CoachRef, Coachee, Employer, EntityKind, Goal, Placement, Session};

/// The tag of the `coachee` field of every child record (goal, session, placement).
pub const PARENT_TAG: FieldTag = 1;
/// The tag of a coachee's assigned coach.
pub const COACH_TAG: FieldTag = 14;
/// The tag of a session's kept agreements: the one field of a session that is not its
/// author's alone (whoever holds the file ticks agreements off).
pub const AGREEMENTS_DONE_TAG: FieldTag = 20;
/// The tag of a session's acknowledgement: the coordinator's field on a coach's session.
pub const ACKNOWLEDGEMENT_TAG: FieldTag = 21;
/// The session fields the follow-up views (escalations, open agreements) are made of.
pub const FOLLOWUP_TAGS: &[FieldTag] = &[
    PARENT_TAG,
    2,
    8,
    13,
    14,
    16,
    AGREEMENTS_DONE_TAG,
    ACKNOWLEDGEMENT_TAG,
];

/// The privacy class of a field, or None for a tag this version does not know (written by a
/// newer version elsewhere, which already kept its own coach-only fields at home).
pub fn privacy_of(kind: EntityKind, tag: FieldTag) -> Option<PrivacyClass> {
    fields_of(kind)
        .iter()
        .find(|f| f.tag == tag)
        .map(|f| f.class)
}

/// The name of a field, for showing a conflict; the tag number for an unknown one.
pub fn field_name(kind: EntityKind, tag: FieldTag) -> String {
    fields_of(kind)
        .iter()
        .find(|f| f.tag == tag)
        .map_or_else(|| tag.to_string(), |f| f.name.to_string())
}

fn fields_of(kind: EntityKind) -> &'static [FieldSpec] {
    match kind {
        EntityKind::Coachee => Coachee::FIELDS,
        EntityKind::Goal => Goal::FIELDS,
        EntityKind::Session => Session::FIELDS,
        EntityKind::Employer => Employer::FIELDS,
        EntityKind::Placement => Placement::FIELDS,
        EntityKind::Policy => crate::domain::Policy::FIELDS,
        EntityKind::Trace => crate::domain::Trace::FIELDS,
    }
}

/// The coach in an encoded coach field (as an op or a merge state holds it).
pub fn decode_coach(bytes: &[u8]) -> Option<CoachRef> {
    let mut coachee = Coachee::default();
    coachee.decode_field(COACH_TAG, bytes).ok()?;
    coachee.coach
}

/// Whether records of this kind hang under a coachee.
pub fn is_child(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Goal | EntityKind::Session | EntityKind::Placement
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_tags_name_the_fields_sync_relies_on() {
        assert_eq!(field_name(EntityKind::Coachee, COACH_TAG), "coach");
        let followup: Vec<String> = FOLLOWUP_TAGS
            .iter()
            .map(|tag| field_name(EntityKind::Session, *tag))
            .collect();
        assert_eq!(
            followup,
            [
                "coachee",
                "date",
                "summary",
                "escalate",
                "agreements",
                "author",
                "agreements_done",
                "acknowledgement"
            ]
        );
        for kind in [EntityKind::Goal, EntityKind::Session, EntityKind::Placement] {
            assert!(is_child(kind));
            assert_eq!(field_name(kind, PARENT_TAG), "coachee");
        }
    }

    #[test]
    fn coach_notes_are_coach_only_and_unknown_tags_are_unknown() {
        let note = Coachee::FIELDS
            .iter()
            .find(|f| f.name == "coach_note")
            .expect("coachees have a note");
        assert_eq!(
            privacy_of(EntityKind::Coachee, note.tag),
            Some(PrivacyClass::CoachOnly)
        );
        assert_eq!(privacy_of(EntityKind::Session, 999), None);
    }
}
