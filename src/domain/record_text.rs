//! Which fields of each record are free text, cleaned on every save and import (`clean.rs`
//! says how), and the cleaning of one encoded field as an op carries it.

use super::clean::{CleanText, clean_line, clean_multiline, text_fields};
use super::coachee::{CoachRef, Coachee, Guardian};
use super::employer::{Contact, Employer};
use super::fields::{FieldTag, Record};
use super::goal::Goal;
use super::ids::EntityKind;
use super::placement::Placement;
use super::session::{Acknowledgement, Agreement, Session};
use super::status::StatusChange;

text_fields!(CoachRef { name: line });
text_fields!(Guardian {
    name: line,
    phone: line,
    relation: line
});
text_fields!(StatusChange { reason: line });
text_fields!(Coachee {
    code: part,
    first_name: line,
    last_name: line,
    phone: line,
    email: line,
    guardian: part,
    neighbourhood: line,
    school: line,
    course: line,
    coach: part,
    status_history: part,
    coach_note: lines,
});
text_fields!(Goal { text: lines });
// One agreement is one line of the session form.
text_fields!(Agreement { text: line });
text_fields!(Session {
    location: line,
    summary: lines,
    agreements: part,
    author: part,
    coach_note: lines,
    acknowledgement: part,
});
text_fields!(Acknowledgement {
    by: part,
    reply: lines
});
text_fields!(Contact {
    name: line,
    role: line,
    phone: line,
    email: line
});
text_fields!(Employer {
    name: line,
    kvk: part,
    address: line,
    neighbourhood: line,
    contacts: part,
    notes: lines,
});
text_fields!(Placement {
    end_reason: line,
    supervisor: line
});

/// One encoded field value (as an op carries it), cleaned: the new encoding if cleaning
/// changed it, None if it was clean already or is not a field this version can read (a
/// newer version's field, or damage that the merge reports as such).
pub fn clean_encoded(kind: EntityKind, tag: FieldTag, bytes: &[u8]) -> Option<Vec<u8>> {
    match kind {
        EntityKind::Coachee => clean_field::<Coachee>(tag, bytes),
        EntityKind::Goal => clean_field::<Goal>(tag, bytes),
        EntityKind::Session => clean_field::<Session>(tag, bytes),
        EntityKind::Employer => clean_field::<Employer>(tag, bytes),
        EntityKind::Placement => clean_field::<Placement>(tag, bytes),
        EntityKind::Policy => clean_field::<super::policy::Policy>(tag, bytes),
        EntityKind::Trace => clean_field::<super::trace::Trace>(tag, bytes),
    }
}

fn clean_field<R: Record + CleanText>(tag: FieldTag, bytes: &[u8]) -> Option<Vec<u8>> {
    // Dates, numbers and codes are left undecoded: most of an import is those.
    let field = R::FIELDS.iter().find(|f| f.tag == tag)?;
    if !R::TEXT_FIELDS.contains(&field.name) {
        return None;
    }
    // A record with only this field set: cleaning it cleans exactly this field.
    let mut record = R::default();
    if !record.decode_field(tag, bytes).unwrap_or(false) || !record.clean_text() {
        return None;
    }
    record
        .encode_fields()
        .into_iter()
        .find_map(|(t, value)| (t == tag).then_some(value))
}
