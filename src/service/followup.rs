//! Following sessions up: the escalations a coordinator answers and the agreements anyone ticks
//! off, as listed by `stagecoach escalations|agreements` and by the agenda, and the two saves
//! that change them (`acknowledge`, `set_agreement`).
//!
//! An escalation is known by the id of the session that raised it; an agreement by that id
//! and its place in the session's list (`SESSION.N`, counting from 1).

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use crate::Error;
use crate::domain::dates::format_date;
use crate::domain::{
    Acknowledgement, AgreementOwner, CleanText, Coachee, EntityId, EscalationState, Role, Session,
};
use crate::store::Store;
use crate::store::op::Change;

/// An escalation with what a list needs to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EscalationItem {
    /// The session that raised it; also the escalation's id.
    pub session: EntityId,
    pub coachee: EntityId,
    pub code: String,
    pub name: String,
    pub date: NaiveDate,
    /// Who logged the session.
    pub coach: String,
    /// The first line of the coach's account.
    pub headline: String,
    pub state: EscalationState,
    pub acknowledgement: Option<Acknowledgement>,
}

/// Which agreement: a session and its place in that session's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AgreementRef {
    pub session: EntityId,
    pub index: usize,
}

impl fmt::Display for AgreementRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.session, self.index + 1)
    }
}

/// An agreement as `SESSION.N` was typed, with the session part still to be resolved.
struct TypedAgreementRef<'a> {
    session: &'a str,
    index: usize,
}

impl<'a> TypedAgreementRef<'a> {
    fn parse(typed: &'a str) -> Option<Self> {
        let (session, number) = typed.trim().rsplit_once('.')?;
        let number: usize = number.parse().ok()?;
        Some(Self {
            session,
            index: number.checked_sub(1)?,
        })
    }
}

impl FromStr for AgreementRef {
    type Err = ();
    fn from_str(typed: &str) -> Result<Self, ()> {
        let typed = TypedAgreementRef::parse(typed).ok_or(())?;
        Ok(Self {
            session: typed.session.parse().map_err(|_| ())?,
            index: typed.index,
        })
    }
}

/// An agreement with what a list needs to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementItem {
    pub id: AgreementRef,
    pub coachee: EntityId,
    pub code: String,
    pub name: String,
    pub text: String,
    pub owner: AgreementOwner,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

/// What the agenda lists besides contacts: the open escalations, and the open agreements
/// due by today.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUps {
    pub escalations: Vec<EscalationItem>,
    pub agreements: Vec<AgreementItem>,
    /// There are agreements past their date beyond those read.
    pub more_agreements: bool,
    /// The programme's policy: which closed files are due for erasure.
    pub policy: crate::domain::Policy,
}

/// The agenda's follow-ups on `today`, read from their indexes alone: no session and no
/// coachee is read, so the codes and names are left for the caller, who has the caseload.
/// Of the agreements past their date, the `most` oldest about coachees `listed` accepts are
/// read, and whether there are more is said.
pub fn for_agenda(
    store: &Store,
    today: NaiveDate,
    listed: impl Fn(EntityId) -> bool,
    most: usize,
) -> Result<FollowUps, Error> {
    let escalations = store
        .open_escalation_entries()?
        .into_iter()
        .map(|e| EscalationItem {
            session: e.session,
            coachee: e.coachee,
            code: String::new(),
            name: String::new(),
            date: e.date,
            coach: e.coach,
            headline: e.headline,
            state: EscalationState::Open,
            acknowledgement: None,
        })
        .collect();
    let (agreements, more_agreements) =
        store.open_agreements_due_by_for(today.pred_opt().unwrap_or(today), listed, most)?;
    let agreements = agreements
        .into_iter()
        .map(|a| AgreementItem {
            id: AgreementRef {
                session: a.session,
                index: a.index,
            },
            coachee: a.coachee,
            code: String::new(),
            name: String::new(),
            text: a.text,
            owner: a.owner,
            due: Some(a.due),
            done_on: None,
        })
        .collect();
    Ok(FollowUps {
        escalations,
        agreements,
        more_agreements,
        policy: super::retention::policy(store)?,
    })
}

/// Coachees by id, read once each however many rows name them.
struct Coachees<'s> {
    store: &'s Store,
    known: HashMap<EntityId, Option<Coachee>>,
}

impl<'s> Coachees<'s> {
    fn new(store: &'s Store) -> Self {
        Self {
            store,
            known: HashMap::new(),
        }
    }

    fn code_and_name(&mut self, id: EntityId) -> Result<(String, String), Error> {
        if !self.known.contains_key(&id) {
            let coachee = self.store.get::<Coachee>(id)?;
            self.known.insert(id, coachee);
        }
        Ok(match &self.known[&id] {
            Some(c) => (c.code.to_string(), c.full_name()),
            None => (String::new(), String::new()),
        })
    }
}

/// Every escalation, oldest first; with `open_only`, those still waiting for the coordinator.
pub fn escalations(store: &Store, open_only: bool) -> Result<Vec<EscalationItem>, Error> {
    let mut coachees = Coachees::new(store);
    let mut items = Vec::new();
    for entry in store.escalation_entries()? {
        if open_only && !entry.open {
            continue;
        }
        let Some(session) = store.get::<Session>(entry.session)? else {
            continue;
        };
        let (code, name) = coachees.code_and_name(entry.coachee)?;
        items.push(EscalationItem {
            session: session.id,
            coachee: session.coachee,
            code,
            name,
            date: session.date,
            coach: session.author_name().to_string(),
            headline: session.headline().to_string(),
            state: session.escalation().unwrap_or(EscalationState::Open),
            acknowledgement: session.acknowledgement.clone(),
        });
    }
    Ok(items)
}

/// Answers an escalation: the coordinator has seen it, with an optional reply that travels back
/// to the coach. Only a coordinator's database answers, and each escalation once.
pub fn acknowledge(
    store: &mut Store,
    session: EntityId,
    reply: &str,
    today: NaiveDate,
) -> Result<Session, Error> {
    if store.identity().role != Role::Coordinator {
        return Err(Error::AckCoordinatorOnly);
    }
    let before = existing_session(store, session)?;
    match (&before.acknowledgement, before.escalate) {
        (_, false) => {
            return Err(Error::NotEscalated {
                id: session.to_string(),
            });
        }
        (Some(ack), true) => {
            return Err(Error::AlreadyAcknowledged {
                id: session.to_string(),
                by: ack.by.name.clone(),
                on: format_date(ack.on),
            });
        }
        (None, true) => {}
    }
    let mut after = before.clone();
    let mut acknowledgement = Acknowledgement {
        by: store.identity().coach_ref(),
        on: today,
        reply: reply.trim().to_string(),
    };
    acknowledgement.clean_text();
    after.acknowledgement = Some(acknowledgement);
    store.save(Change::put(Some(&before), &after).into_iter().collect())?;
    Ok(after)
}

fn existing_session(store: &Store, id: EntityId) -> Result<Session, Error> {
    Ok(store
        .get::<Session>(id)?
        .ok_or(crate::store::ResolveError::NotFound {
            reference: id.to_string(),
        })?)
}

/// The agreements of one coachee, or of everyone, in the order of their sessions; with
/// `open_only`, those not yet kept.
pub fn agreements(
    store: &Store,
    coachee: Option<&Coachee>,
    open_only: bool,
) -> Result<Vec<AgreementItem>, Error> {
    let sessions: Vec<Session> = match coachee {
        Some(c) => {
            let mut sessions = store.sessions_of(c.id)?;
            sessions.reverse();
            sessions
        }
        None => store.all_sessions().collect::<Result<_, _>>()?,
    };
    let mut coachees = Coachees::new(store);
    let mut items = Vec::new();
    for session in &sessions {
        for (index, _, done) in session.agreements_with_state() {
            if open_only && done.is_some() {
                continue;
            }
            items.push(item(&mut coachees, session, index)?);
        }
    }
    Ok(items)
}

fn item(
    coachees: &mut Coachees<'_>,
    session: &Session,
    index: usize,
) -> Result<AgreementItem, Error> {
    let agreement = &session.agreements[index];
    let (code, name) = coachees.code_and_name(session.coachee)?;
    Ok(AgreementItem {
        id: AgreementRef {
            session: session.id,
            index,
        },
        coachee: session.coachee,
        code,
        name,
        text: agreement.text.clone(),
        owner: agreement.owner,
        due: agreement.due,
        done_on: session.agreement_done_on(index),
    })
}

/// Finds the agreement a person typed (`SESSION.N`, where SESSION may be the start of the id).
pub fn resolve_agreement(store: &Store, typed: &str) -> Result<AgreementRef, Error> {
    let not_found = || Error::AgreementNotFound {
        reference: typed.trim().to_string(),
    };
    let parsed = TypedAgreementRef::parse(typed).ok_or_else(not_found)?;
    let resolved = store.resolve(parsed.session).map_err(|e| match e {
        Error::Resolve(crate::store::ResolveError::NotFound { .. }) => not_found(),
        other => other,
    })?;
    let session = store.get::<Session>(resolved.id)?.ok_or_else(not_found)?;
    if parsed.index >= session.agreements.len() {
        return Err(not_found());
    }
    Ok(AgreementRef {
        session: session.id,
        index: parsed.index,
    })
}

/// Ticks an agreement off (`done`: the day it was kept) or opens it again (`None`). Anyone who
/// holds the coachee's file may: the coach keeps their own agreements and the coordinator's.
pub fn set_agreement(
    store: &mut Store,
    agreement: AgreementRef,
    done: Option<NaiveDate>,
) -> Result<Session, Error> {
    let before = existing_session(store, agreement.session)?;
    super::actions::ensure_child_still_mine(store, before.coachee)?;
    let mut after = before.clone();
    let id = agreement.to_string();
    let changed = match done {
        Some(on) => {
            if let Some(kept) = before.agreement_done_on(agreement.index) {
                return Err(Error::AgreementAlreadyDone {
                    id,
                    on: format_date(kept),
                });
            }
            after.mark_agreement_done(agreement.index, on)
        }
        None => after.reopen_agreement(agreement.index),
    };
    if !changed {
        return Err(match done {
            Some(_) => Error::AgreementNotFound { reference: id },
            None => Error::AgreementNotDone { id },
        });
    }
    store.save(Change::put(Some(&before), &after).into_iter().collect())?;
    Ok(after)
}
