//! Materialised views: the rows and index entries each entity contributes, as a pure function
//! of its merge state, plus per coachee the list of their sessions and the contact summary
//! derived from those.
//!
//! A session is stored once, as its merge state: sessions are four in five records of a
//! programme, and a second copy of each cost a full import a quarter of its time. A coachee's
//! list says which sessions are theirs, in date order, and a pane reads those few by id.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::StoreError;
use super::codec::{self, key};
use super::op::OpBody;
use super::record::EntityRecord;
use super::trees::T;
use crate::domain::{
    Coachee, Employer, EntityId, EntityKind, Goal, Placement, Record, Session, SessionType, Signal,
};

/// One row of one view tree.
pub type ViewEntry = (T, Vec<u8>, Vec<u8>);

/// One entry of a coachee's session list (the value of the `sessions` tree), which is kept in
/// (date, id) order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SessionRef {
    pub date: NaiveDate,
    pub id: EntityId,
}

/// A coachee's session list as stored (`None`: no sessions).
pub fn session_list_from(bytes: Option<&[u8]>) -> Result<Vec<SessionRef>, StoreError> {
    bytes.map_or(Ok(Vec::new()), |bytes| codec::decode(bytes, "session list"))
}

/// What the caseload needs to know about a coachee's contacts without reading their sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactSummary {
    /// The latest session in which the coachee was actually met (a no-show does not count).
    pub last_contact: Option<NaiveDate>,
    pub next_contact: Option<NaiveDate>,
    pub sessions: u32,
    pub open_agreements: u32,
    /// The earliest due date among the open agreements, for "past due" in the agenda.
    pub first_open_due: Option<NaiveDate>,
    /// Some session escalated something the coordinator has not answered yet.
    pub escalate: bool,
    /// The signals of the latest session.
    pub signals: Vec<Signal>,
}

pub(crate) fn decode_as<R: Record>(id: EntityId, record: &EntityRecord) -> Result<R, StoreError> {
    record.decode::<R>(id).map_err(|_| StoreError::Corrupt {
        what: "entity field",
    })
}

/// The view rows an entity contributes in its current state.
pub fn entries(id: EntityId, record: &EntityRecord) -> Result<Vec<ViewEntry>, StoreError> {
    let id_bytes = id.as_bytes().as_slice();
    let mut entries = kind_entries(id, record)?;
    // Two laptops that erased the same person each computed a trace: either is right, and
    // there is no one to ask, so the later one stands without a conflict.
    let conflicts = (record.kind != EntityKind::Trace).then(|| record.conflicted_tags());
    entries.extend(conflicts.into_iter().flatten().map(|tag| {
        (
            T::Conflicts,
            key(&[id_bytes, &tag.to_be_bytes()]),
            Vec::new(),
        )
    }));
    Ok(entries)
}

fn kind_entries(id: EntityId, record: &EntityRecord) -> Result<Vec<ViewEntry>, StoreError> {
    let id_bytes = id.as_bytes().as_slice();
    Ok(match record.kind {
        EntityKind::Coachee => {
            let coachee: Coachee = decode_as(id, record)?;
            vec![
                (
                    T::CoacheeCodes,
                    key(&[coachee.code.as_str().as_bytes(), id_bytes]),
                    Vec::new(),
                ),
                (T::Coachees, id_bytes.to_vec(), codec::encode(&coachee)),
            ]
        }
        EntityKind::Goal => {
            let goal: Goal = decode_as(id, record)?;
            vec![(
                T::Goals,
                key(&[goal.coachee.as_bytes(), id_bytes]),
                codec::encode(&goal),
            )]
        }
        // The session itself is kept in its coachee's list (see the module comment); what
        // follows it up is indexed, so the agenda reads only what is open.
        // Most sessions escalate nothing and make no agreement: their encoded fields say so
        // (postcard's `false` and empty list are one zero byte), and they are not decoded.
        EntityKind::Session
            if [ESCALATE_TAG, AGREEMENTS_TAG]
                .iter()
                .all(|tag| record.value_of(*tag).is_none_or(|v| v == [0])) =>
        {
            Vec::new()
        }
        EntityKind::Session => {
            let session = record
                .decode_tags::<Session>(id, crate::domain::schema::FOLLOWUP_TAGS)
                .map_err(|_| StoreError::Corrupt {
                    what: "entity field",
                })?;
            followup_entries(id, &session)
        }
        EntityKind::Employer => {
            let employer: Employer = decode_as(id, record)?;
            vec![(T::Employers, id_bytes.to_vec(), codec::encode(&employer))]
        }
        EntityKind::Placement => {
            let placement: Placement = decode_as(id, record)?;
            vec![
                (
                    T::PlacementsByCoachee,
                    key(&[placement.coachee.as_bytes(), id_bytes]),
                    Vec::new(),
                ),
                (
                    T::PlacementsByEmployer,
                    key(&[placement.employer.as_bytes(), id_bytes]),
                    Vec::new(),
                ),
                (T::Placements, id_bytes.to_vec(), codec::encode(&placement)),
            ]
            .into_iter()
            .chain(placement.start.map(|start| {
                let facts = PlacementFacts::of(&placement);
                (
                    T::PlacementStarts,
                    key(&[&codec::date_key(start), id_bytes]),
                    codec::encode(&facts),
                )
            }))
            .collect()
        }
        // Read by its fixed id; nothing to look it up by.
        EntityKind::Policy => Vec::new(),
        EntityKind::Trace => {
            let trace: crate::domain::Trace = decode_as(id, record)?;
            vec![(T::Traces, id_bytes.to_vec(), codec::encode(&trace))]
        }
    })
}

/// The session fields whose encoding tells whether it has anything to follow up.
const ESCALATE_TAG: crate::domain::FieldTag = 13;
const AGREEMENTS_TAG: crate::domain::FieldTag = 14;

/// Where a session's escalation stands, as the escalations index keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escalation {
    pub coachee: EntityId,
    pub open: bool,
    /// Who logged the session, and the first line of their account: what the agenda shows,
    /// so that opening it reads no session.
    pub coach: String,
    pub headline: String,
}

/// One day's contacts by one author, per contact type: the overview adds these up instead of
/// reading sessions. Kept by adding and taking away as sessions come, change and go.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactTally {
    pub by_type: Vec<TypeTally>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeTally {
    pub kind: SessionType,
    pub contacts: u32,
    pub minutes: u32,
}

impl ContactTally {
    /// Adds (`sign` 1) or takes away (`sign` -1) one session of `kind` and `minutes`.
    pub fn count(&mut self, kind: SessionType, minutes: u16, sign: i64) {
        // Kept in type order, so that equal tallies are equal bytes whatever the order of the
        // sessions (a rebuild compares them).
        let at = match self.by_type.binary_search_by_key(&kind, |t| t.kind) {
            Ok(at) => at,
            Err(at) => {
                let empty = TypeTally {
                    kind,
                    contacts: 0,
                    minutes: 0,
                };
                self.by_type.insert(at, empty);
                at
            }
        };
        let entry = &mut self.by_type[at];
        let moved = |n: u32, by: i64| (i64::from(n) + sign * by).max(0) as u32;
        entry.contacts = moved(entry.contacts, 1);
        entry.minutes = moved(entry.minutes, i64::from(minutes));
        self.by_type.retain(|t| t.contacts > 0);
    }
}

/// Where a session is counted in the contact tallies, and what it adds there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyPlace {
    /// In `contacts_by_month`: its month and author.
    pub month_key: Vec<u8>,
    /// In `contacts_by_day`: its date.
    pub day_key: [u8; 4],
    pub kind: SessionType,
    pub minutes: u16,
}

impl TallyPlace {
    pub fn of(session: &Session) -> Self {
        let month = first_of_month(session.date);
        Self {
            month_key: key(&[&codec::date_key(month), session.author_name().as_bytes()]),
            day_key: codec::date_key(session.date),
            kind: session.kind(),
            minutes: session.minutes,
        }
    }
}

/// The first day of the month `day` falls in: how the monthly tally is keyed.
pub fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// What the overview needs of a placement, a few bytes instead of the whole record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementFacts {
    pub kind: Option<crate::domain::PlacementType>,
    pub state: crate::domain::PlacementStatus,
    pub planned_end: Option<NaiveDate>,
}

impl PlacementFacts {
    pub fn of(placement: &crate::domain::Placement) -> PlacementFacts {
        PlacementFacts {
            kind: placement.placement_type,
            state: placement.state(),
            planned_end: placement.planned_end,
        }
    }
}

/// An open agreement as the open-agreements index keeps it: what the agenda shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenAgreement {
    pub coachee: EntityId,
    pub text: String,
    pub owner: crate::domain::AgreementOwner,
}

/// A session's entries in the escalations and open-agreements indexes.
fn followup_entries(id: EntityId, session: &Session) -> Vec<ViewEntry> {
    let id_bytes = id.as_bytes().as_slice();
    let mut entries = Vec::new();
    if let Some(state) = session.escalation() {
        let entry = Escalation {
            coachee: session.coachee,
            open: state == crate::domain::EscalationState::Open,
            coach: session.author_name().to_string(),
            headline: session.headline().to_string(),
        };
        entries.push((
            T::Escalations,
            key(&[&codec::date_key(session.date), id_bytes]),
            codec::encode(&entry),
        ));
    }
    for (index, agreement, done) in session.agreements_with_state() {
        if let (Some(due), None) = (agreement.due, done) {
            entries.push((
                T::OpenAgreements,
                key(&[
                    &codec::date_key(due),
                    id_bytes,
                    &(index as u16).to_be_bytes(),
                ]),
                codec::encode(&OpenAgreement {
                    coachee: session.coachee,
                    text: agreement.text.clone(),
                    owner: agreement.owner,
                }),
            ));
        }
    }
    entries
}

/// The coachee a child entity hangs under, so a purge of the coachee reaches it. Read from the
/// one field rather than the whole record: this runs for every op an import applies.
pub fn parent_coachee(
    _id: EntityId,
    record: &EntityRecord,
) -> Result<Option<EntityId>, StoreError> {
    if !crate::domain::schema::is_child(record.kind) {
        return Ok(None);
    }
    record
        .value_of(crate::domain::schema::PARENT_TAG)
        .map(|bytes| {
            postcard::from_bytes(bytes).map_err(|_| StoreError::Corrupt {
                what: "parent field",
            })
        })
        .transpose()
}

/// The coachee a child op is about: named by the stored record if there is one, else by the
/// op itself (the op that creates a child writes its coachee field). None when neither says.
pub fn parent_of_op(record: Option<&EntityRecord>, body: &OpBody) -> Option<EntityId> {
    let bytes = match record {
        Some(record) => record.value_of(crate::domain::schema::PARENT_TAG),
        None => body.write_to(crate::domain::schema::PARENT_TAG),
    }?;
    postcard::from_bytes(bytes).ok()
}

/// The planned next contact: the date the most recent session that set one set, standing until
/// a contact (not a no-show) on or after that date, or a session that calls it off.
fn planned_next_contact(sessions: &[ContactFacts]) -> Option<NaiveDate> {
    sessions.iter().fold(None, |planned, s| {
        let planned = planned.filter(|date| !(s.met && s.date >= *date));
        match (s.next_contact, s.clears_next_contact) {
            (Some(next), _) => Some(next),
            (None, true) => None,
            (None, false) => planned,
        }
    })
}

/// What one session contributes to its coachee's contact summary: a few bytes, so an import
/// can keep them for every session it applies instead of reloading the sessions at the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactFacts {
    date: NaiveDate,
    met: bool,
    next_contact: Option<NaiveDate>,
    clears_next_contact: bool,
    open_agreements: u32,
    first_open_due: Option<NaiveDate>,
    escalate: bool,
    signals: Vec<Signal>,
}

impl ContactFacts {
    pub fn of(session: &Session) -> Self {
        Self {
            date: session.date,
            met: session.kind() != SessionType::NoShow,
            next_contact: session.next_contact,
            clears_next_contact: session.clears_next_contact,
            open_agreements: session.open_agreements().count() as u32,
            first_open_due: session.open_agreements().filter_map(|a| a.due).min(),
            escalate: session.escalation_open(),
            signals: session.signals.clone(),
        }
    }
}

/// The contact summary from a coachee's sessions in date order (oldest first).
pub fn summarise(sessions: &[ContactFacts]) -> Option<ContactSummary> {
    let latest = sessions.last()?;
    Some(ContactSummary {
        last_contact: sessions.iter().rev().find(|s| s.met).map(|s| s.date),
        next_contact: planned_next_contact(sessions),
        sessions: sessions.len() as u32,
        open_agreements: sessions.iter().map(|s| s.open_agreements).sum(),
        first_open_due: sessions.iter().filter_map(|s| s.first_open_due).min(),
        escalate: sessions.iter().any(|s| s.escalate),
        signals: latest.signals.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schema::field_name;
    use crate::store::hlc::{Hlc, Stamp};
    use crate::store::op::FieldWrite;

    fn record_of(session: &Session) -> EntityRecord {
        let mut record = EntityRecord::new(EntityKind::Session);
        let writes: Vec<FieldWrite> = session
            .encode_fields()
            .into_iter()
            .map(|(tag, value)| FieldWrite {
                tag,
                value,
                base: None,
            })
            .collect();
        let stamp = Stamp {
            hlc: Hlc::new(1, 0),
            device: crate::domain::DeviceId::from_bytes([1; 16]),
        };
        record.merge(stamp, &writes);
        record
    }

    #[test]
    fn only_a_session_with_something_to_follow_up_is_indexed() {
        assert_eq!(field_name(EntityKind::Session, ESCALATE_TAG), "escalate");
        assert_eq!(
            field_name(EntityKind::Session, AGREEMENTS_TAG),
            "agreements"
        );
        let id = EntityId::new();
        let plain = Session {
            id,
            date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            ..Default::default()
        };
        assert!(entries(id, &record_of(&plain)).unwrap().is_empty());
        let escalated = Session {
            escalate: true,
            ..plain.clone()
        };
        let trees: Vec<T> = entries(id, &record_of(&escalated))
            .unwrap()
            .into_iter()
            .map(|(tree, _, _)| tree)
            .collect();
        assert_eq!(trees, [T::Escalations]);
        let agreed = Session {
            agreements: vec![crate::domain::Agreement {
                text: "cv sturen".into(),
                owner: crate::domain::AgreementOwner::Coachee,
                due: plain.date.succ_opt(),
                done: false,
            }],
            ..plain
        };
        let trees: Vec<T> = entries(id, &record_of(&agreed))
            .unwrap()
            .into_iter()
            .map(|(tree, _, _)| tree)
            .collect();
        assert_eq!(trees, [T::OpenAgreements]);
    }
}
