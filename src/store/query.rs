//! Reading: typed lookups, the caseload rows, sessions per coachee, and resolving what a
//! person typed (a short code, a full id or an id prefix) to one entity.

use chrono::NaiveDate;

use super::codec;
use super::oplog::Log;
use super::trees::T;
use super::views::{self, ContactSummary, SessionRef};
use super::{Store, StoreError};
use crate::domain::schema::PARENT_TAG;
use crate::domain::{
    Coachee, DeviceId, Employer, EntityId, EntityKind, Goal, Placement, Record, Session, ShortCode,
};
use crate::message::Msg;

/// One caseload line: the coachee and what their sessions say about contact.
#[derive(Debug, Clone, PartialEq)]
pub struct CoacheeRow {
    pub coachee: Coachee,
    pub contact: Option<ContactSummary>,
}

/// What a typed reference points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub kind: EntityKind,
    pub id: EntityId,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("no coachee or record matches the reference")]
    NotFound { reference: String },
    #[error("the reference matches several records")]
    Ambiguous {
        reference: String,
        candidates: Vec<String>,
    },
    #[error("the reference points at a {found:?}, not a {wanted:?}")]
    WrongKind {
        reference: String,
        wanted: EntityKind,
        found: EntityKind,
    },
}

impl ResolveError {
    pub fn message(&self) -> Msg {
        match self {
            ResolveError::NotFound { reference } => {
                Msg::new("resolve-not-found").arg("reference", reference)
            }
            ResolveError::Ambiguous {
                reference,
                candidates,
            } => Msg::new("resolve-ambiguous")
                .arg("reference", reference)
                .arg("candidates", candidates.join(", ")),
            ResolveError::WrongKind {
                reference,
                wanted,
                found,
            } => Msg::new("resolve-wrong-kind")
                .arg("reference", reference)
                .arg("wanted", wanted.as_str())
                .arg("found", found.as_str()),
        }
    }
}

/// The shortest id prefix we accept: shorter ones match too much to be useful.
const MIN_ID_PREFIX: usize = 4;

impl Store {
    /// Loads one entity by id, if it exists and is of type `R`.
    pub fn get<R: Record>(&self, id: EntityId) -> Result<Option<R>, StoreError> {
        match self.record(id)? {
            Some(record) if record.kind == R::KIND => {
                Ok(Some(super::views::decode_as(id, &record)?))
            }
            _ => Ok(None),
        }
    }

    /// The device that created a record hanging under a coachee (a goal, session or
    /// placement): the one that wrote its coachee field, which is set once, at creation.
    pub fn created_by(&self, id: EntityId) -> Result<Option<DeviceId>, StoreError> {
        Ok(self
            .record(id)?
            .and_then(|r| r.stamp_of(PARENT_TAG))
            .map(|stamp| stamp.device))
    }

    /// The coachee a goal, session or placement belongs to (None for anything else).
    pub fn coachee_of(&self, id: EntityId) -> Result<Option<EntityId>, StoreError> {
        match self.record(id)? {
            Some(record) => views::parent_coachee(id, &record),
            None => Ok(None),
        }
    }

    /// The kind of an entity, if it exists.
    pub fn kind_of(&self, id: EntityId) -> Result<Option<EntityKind>, StoreError> {
        Ok(self.record(id)?.map(|r| r.kind))
    }

    /// Every coachee with their contact summary, in code order.
    pub fn coachees(&self) -> Result<Vec<CoacheeRow>, StoreError> {
        let contact = self.trees().get(T::Contact);
        self.trees()
            .get(T::Coachees)
            .iter()
            .map(|item| {
                let (id, value) = item?;
                let coachee: Coachee = codec::decode(&value, "coachee")?;
                let contact = contact
                    .get(&id)?
                    .map(|bytes| codec::decode(&bytes, "contact summary"))
                    .transpose()?;
                Ok(CoacheeRow { coachee, contact })
            })
            .collect()
    }

    /// One coachee's caseload row, to refresh the list after a save without reading them all.
    pub fn coachee_row(&self, id: EntityId) -> Result<Option<CoacheeRow>, StoreError> {
        let Some(coachee) = self.get::<Coachee>(id)? else {
            return Ok(None);
        };
        let contact = self.contact_summary(id)?;
        Ok(Some(CoacheeRow { coachee, contact }))
    }

    pub fn coachee_count(&self) -> usize {
        self.trees().get(T::Coachees).len()
    }

    pub fn contact_summary(&self, coachee: EntityId) -> Result<Option<ContactSummary>, StoreError> {
        self.trees()
            .get(T::Contact)
            .get(coachee.as_bytes())?
            .map(|bytes| codec::decode(&bytes, "contact summary"))
            .transpose()
    }

    /// A coachee's sessions, newest first.
    pub fn sessions_of(&self, coachee: EntityId) -> Result<Vec<Session>, StoreError> {
        let mut sessions = self.session_list(&coachee.as_bytes()[..])?;
        sessions.reverse();
        sessions
            .into_iter()
            .map(|s| self.listed_session(s.id))
            .collect()
    }

    /// Every session, grouped by coachee and in date order within each; streamed, because a
    /// programme can hold hundreds of thousands.
    pub fn all_sessions(&self) -> impl Iterator<Item = Result<Session, StoreError>> + '_ {
        self.trees()
            .get(T::Sessions)
            .iter()
            .keys()
            .flat_map(|coachee| match coachee {
                Ok(coachee) => match self.session_list(&coachee) {
                    Ok(list) => list
                        .into_iter()
                        .map(|s| self.listed_session(s.id))
                        .collect(),
                    Err(e) => vec![Err(e)],
                },
                Err(e) => vec![Err(e.into())],
            })
    }

    fn session_list(&self, coachee: &[u8]) -> Result<Vec<SessionRef>, StoreError> {
        views::session_list_from(self.trees().get(T::Sessions).get(coachee)?.as_deref())
    }

    /// A coachee's sessions in date order (oldest first), with only the fields `tags` read and
    /// the rest left at their defaults: for counting over a whole programme, where decoding
    /// every summary would be most of the work.
    pub fn sessions_with_fields_of(
        &self,
        coachee: EntityId,
        tags: &[crate::domain::FieldTag],
    ) -> Result<Vec<Session>, StoreError> {
        let corrupt = || StoreError::Corrupt {
            what: "session list",
        };
        self.session_list(&coachee.as_bytes()[..])?
            .into_iter()
            .map(|entry| {
                let record = self.record(entry.id)?.ok_or_else(corrupt)?;
                record
                    .decode_tags(entry.id, tags)
                    .map_err(|_| StoreError::Corrupt {
                        what: "entity field",
                    })
            })
            .collect()
    }

    /// Every session in `from..=to` (either end open), of the coachees `only` names if it
    /// names any, as (date, id) in date order: read from the coachees' session lists, so a
    /// caller can stream the sessions themselves one by one.
    pub fn session_refs_by_date(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        only: Option<&std::collections::HashSet<EntityId>>,
    ) -> Result<Vec<SessionRef>, StoreError> {
        let mut refs = Vec::new();
        for item in self.trees().get(T::Sessions).iter() {
            let (key, value) = item?;
            let coachee = codec::id_from(&key).ok_or(StoreError::Corrupt {
                what: "session list",
            })?;
            if only.is_some_and(|only| !only.contains(&coachee)) {
                continue;
            }
            refs.extend(
                views::session_list_from(Some(&value))?
                    .into_iter()
                    .filter(|r| from.is_none_or(|f| r.date >= f) && to.is_none_or(|t| r.date <= t)),
            );
        }
        refs.sort_unstable();
        Ok(refs)
    }

    /// A session that a coachee's list names: missing means the views are damaged.
    pub fn listed_session(&self, id: EntityId) -> Result<Session, StoreError> {
        self.get(id)?.ok_or(StoreError::Corrupt {
            what: "session list",
        })
    }

    /// The (entity, field tag) pairs with an open conflict.
    pub fn conflicted_fields(
        &self,
    ) -> Result<Vec<(EntityId, crate::domain::FieldTag)>, StoreError> {
        self.trees()
            .get(T::Conflicts)
            .iter()
            .keys()
            .map(|key| {
                let key = key?;
                let corrupt = || StoreError::Corrupt {
                    what: "conflict key",
                };
                let id = codec::id_from(key.get(..16).ok_or_else(corrupt)?).ok_or_else(corrupt)?;
                let tag = u16::from_be_bytes(
                    key.get(16..18)
                        .ok_or_else(corrupt)?
                        .try_into()
                        .map_err(|_| corrupt())?,
                );
                Ok((id, tag))
            })
            .collect()
    }

    pub fn conflict_count(&self) -> usize {
        self.trees().get(T::Conflicts).len()
    }

    /// The devices that have ops in the log, found by jumping from one origin to the next.
    pub fn origins(&self) -> Result<Vec<DeviceId>, StoreError> {
        Log(self.trees().get(T::OpLog)).origins()
    }

    /// The op that was written at `stamp`: looked for among its device's ops, newest first,
    /// since the op it is asked for is usually recent.
    pub fn op_with_stamp(
        &self,
        stamp: crate::store::hlc::Stamp,
    ) -> Result<Option<crate::store::op::Op>, StoreError> {
        for op in Log(self.trees().get(T::OpLog)).ops_newest_first(stamp.device) {
            let op = op?;
            if op.hlc == stamp.hlc {
                return Ok(Some(op));
            }
            if op.hlc < stamp.hlc {
                break;
            }
        }
        Ok(None)
    }

    /// One origin's ops with a sequence number above `after`, in order; streamed.
    pub fn ops_after(
        &self,
        origin: DeviceId,
        after: u64,
    ) -> impl Iterator<Item = Result<crate::store::op::Op, StoreError>> + '_ {
        Log(self.trees().get(T::OpLog)).ops_from(origin, after.saturating_add(1))
    }

    /// Every op in the log, by origin device and then sequence; streamed.
    pub fn ops(&self) -> impl Iterator<Item = Result<crate::store::op::Op, StoreError>> + '_ {
        Log(self.trees().get(T::OpLog)).ops()
    }

    pub fn goals_of(&self, coachee: EntityId) -> Result<Vec<Goal>, StoreError> {
        self.trees()
            .get(T::Goals)
            .scan_prefix(coachee.as_bytes())
            .map(|item| codec::decode(&item?.1, "goal"))
            .collect()
    }

    /// What anonymised erasures left, for the report.
    pub fn traces(&self) -> Result<Vec<crate::domain::Trace>, StoreError> {
        self.trees()
            .get(T::Traces)
            .iter()
            .map(|item| codec::decode(&item?.1, "trace"))
            .collect()
    }

    pub fn employers(&self) -> Result<Vec<Employer>, StoreError> {
        self.trees()
            .get(T::Employers)
            .iter()
            .map(|item| codec::decode(&item?.1, "employer"))
            .collect()
    }

    pub fn placements(&self) -> Result<Vec<Placement>, StoreError> {
        self.trees()
            .get(T::Placements)
            .iter()
            .map(|item| codec::decode(&item?.1, "placement"))
            .collect()
    }

    /// The employers of each coachee's current placements, by coachee: one pass over
    /// placements and employers, for the caseload's search and the employers tab's counts.
    pub fn current_employers(
        &self,
    ) -> Result<std::collections::HashMap<EntityId, Vec<CurrentEmployer>>, StoreError> {
        let names: std::collections::HashMap<EntityId, String> = self
            .employers()?
            .into_iter()
            .map(|e| (e.id, e.name))
            .collect();
        let mut current: std::collections::HashMap<EntityId, Vec<CurrentEmployer>> =
            Default::default();
        for p in self.placements()?.into_iter().filter(|p| p.is_current()) {
            if let Some(name) = names.get(&p.employer) {
                current.entry(p.coachee).or_default().push(CurrentEmployer {
                    id: p.employer,
                    name: name.clone(),
                });
            }
        }
        Ok(current)
    }

    pub fn placements_of(&self, coachee: EntityId) -> Result<Vec<Placement>, StoreError> {
        self.placements_by(T::PlacementsByCoachee, coachee)
    }

    pub fn placements_at(&self, employer: EntityId) -> Result<Vec<Placement>, StoreError> {
        self.placements_by(T::PlacementsByEmployer, employer)
    }

    fn placements_by(&self, index: T, owner: EntityId) -> Result<Vec<Placement>, StoreError> {
        let placements = self.trees().get(T::Placements);
        let mut found = Vec::new();
        for item in self.trees().get(index).scan_prefix(owner.as_bytes()) {
            let (key, _) = item?;
            if let Some(value) = placements.get(&key[16..])? {
                found.push(codec::decode(&value, "placement")?);
            }
        }
        Ok(found)
    }

    /// Ids of coachees with this short code (more than one only after a rare code clash).
    pub fn coachees_with_code(&self, code: &ShortCode) -> Result<Vec<EntityId>, StoreError> {
        self.trees()
            .get(T::CoacheeCodes)
            .scan_prefix(code.as_str().as_bytes())
            .keys()
            .map(|k| {
                let k = k?;
                codec::id_from(&k[k.len() - 16..]).ok_or(StoreError::Corrupt { what: "code index" })
            })
            .collect()
    }

    /// Finds what a person means by `reference`: a coachee code, a full id, or the start of an
    /// id (at least four characters).
    pub fn resolve(&self, reference: &str) -> Result<Resolved, crate::Error> {
        let typed = reference.trim();
        let not_found = || ResolveError::NotFound {
            reference: typed.to_string(),
        };
        if let Some(code) = ShortCode::parse(typed) {
            let ids = self.coachees_with_code(&code)?;
            match ids.as_slice() {
                [id] => {
                    return Ok(Resolved {
                        kind: EntityKind::Coachee,
                        id: *id,
                    });
                }
                [] => {}
                many => {
                    return Err(ResolveError::Ambiguous {
                        reference: typed.to_string(),
                        candidates: many.iter().map(|id| id.to_string()).collect(),
                    }
                    .into());
                }
            }
        }
        let hex: String = typed
            .chars()
            .filter(|c| *c != '-')
            .collect::<String>()
            .to_lowercase();
        if hex.len() < MIN_ID_PREFIX
            || hex.len() > 32
            || !hex.chars().all(|c| c.is_ascii_hexdigit())
        {
            return Err(not_found().into());
        }
        let byte_prefix: Vec<u8> = (0..hex.len() / 2)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).expect("checked hex"))
            .collect();
        let mut matches = Vec::new();
        for item in self.trees().get(T::Entities).scan_prefix(&byte_prefix) {
            let (key, value) = item.map_err(StoreError::from)?;
            let Some(id) = codec::id_from(&key) else {
                continue;
            };
            if id.0.simple().to_string().starts_with(&hex) {
                let record: super::record::EntityRecord = codec::decode(&value, "entity")?;
                matches.push(Resolved {
                    kind: record.kind,
                    id,
                });
                if matches.len() > 5 {
                    break;
                }
            }
        }
        match matches.as_slice() {
            [] => Err(not_found().into()),
            [one] => Ok(*one),
            many => Err(ResolveError::Ambiguous {
                reference: typed.to_string(),
                candidates: many.iter().map(|r| r.id.to_string()).collect(),
            }
            .into()),
        }
    }

    /// Resolves a reference that must be a coachee.
    pub fn resolve_coachee(&self, reference: &str) -> Result<Coachee, crate::Error> {
        let resolved = self.resolve(reference)?;
        if resolved.kind != EntityKind::Coachee {
            return Err(ResolveError::WrongKind {
                reference: reference.trim().to_string(),
                wanted: EntityKind::Coachee,
                found: resolved.kind,
            }
            .into());
        }
        self.get::<Coachee>(resolved.id)?.ok_or_else(|| {
            ResolveError::NotFound {
                reference: reference.trim().to_string(),
            }
            .into()
        })
    }
}

/// The employer of a current placement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentEmployer {
    pub id: EntityId,
    pub name: String,
}
