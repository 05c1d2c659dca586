//! What a coach does with their caseload (register a coachee, log a session, change a status,
//! keep employers and placements), as library calls shared by the command line and the TUI.
//!
//! Each call cleans the record's text of hidden control characters, validates it with the
//! domain rules, saves exactly one user action (durably), and returns the privacy warnings
//! that free text in it raised.

use chrono::NaiveDate;

use crate::Error;
use crate::domain::sensitive::{SensitiveFinding, scan_all};
use crate::domain::status::{self, StatusChange};
use crate::domain::{
    CleanText, Coachee, Employer, EntityId, Goal, Placement, Record, Role, Session, ShortCode,
    Status,
};
use crate::store::Store;
use crate::store::op::Change;

/// A saved record plus the privacy warnings its free text raised (saving is never blocked).
#[derive(Debug, Clone, PartialEq)]
pub struct Saved<T> {
    pub record: T,
    pub warnings: Vec<SensitiveFinding>,
}

/// A short code no coachee in this database has yet.
pub fn fresh_code(store: &Store, mut random: impl FnMut() -> u32) -> Result<ShortCode, Error> {
    loop {
        let code = ShortCode::from_random(&mut random);
        if store.coachees_with_code(&code)?.is_empty() {
            return Ok(code);
        }
    }
}

/// Registers a new coachee: gives them an id and code, status `aangemeld` from `today`, and
/// (in a coach's database) assigns them to this coach.
pub fn add_coachee(
    store: &mut Store,
    mut coachee: Coachee,
    today: NaiveDate,
) -> Result<Saved<Coachee>, Error> {
    coachee.id = EntityId::new();
    coachee.code = fresh_code(store, rand::random)?;
    prepare_new_coachee(store, &mut coachee, today);
    coachee.clean_text();
    coachee.validate(today)?;
    let warnings = scan_all([coachee.coach_note.as_str()]);
    store.save(vec![
        Change::put(None, &coachee).expect("a new record is always a change"),
    ])?;
    Ok(Saved {
        record: coachee,
        warnings,
    })
}

/// The defaults every new coachee gets, whoever creates them (CLI, TUI or demo).
pub fn prepare_new_coachee(store: &Store, coachee: &mut Coachee, today: NaiveDate) {
    coachee.note_consent_change(None);
    let registered = coachee.registered_on.unwrap_or(today);
    coachee.registered_on = Some(registered);
    coachee.status = Status::Registered;
    coachee.status_history = vec![StatusChange {
        from: None,
        to: Status::Registered,
        date: registered,
        reason: String::new(),
    }];
    if coachee.coach.is_none() && store.identity().role == Role::Coach {
        coachee.coach = Some(store.identity().coach_ref());
    }
}

/// Saves edits to an existing coachee (only the fields that changed are written).
pub fn update_coachee(
    store: &mut Store,
    mut edited: Coachee,
    today: NaiveDate,
) -> Result<Saved<Coachee>, Error> {
    let before: Coachee = existing(store, edited.id, edited.code.to_string())?;
    ensure_still_mine(store, &before)?;
    edited.clean_text();
    edited.validate(today)?;
    edited.note_consent_change(before.consent.as_ref());
    let warnings = scan_all([edited.coach_note.as_str()]);
    save_edit(store, Some(&before), &edited)?;
    Ok(Saved {
        record: edited,
        warnings,
    })
}

/// Moves a coachee along the pipeline, refusing transitions the pipeline does not allow.
pub fn change_status(
    store: &mut Store,
    coachee: &Coachee,
    to: Status,
    reason: &str,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<Coachee, Error> {
    ensure_still_mine(store, coachee)?;
    let change = status::transition(
        coachee.status,
        &coachee.status_history,
        to,
        date,
        reason,
        today,
    )?;
    let mut updated = coachee.clone();
    updated.status = to;
    updated.status_history.push(change);
    updated.clean_text();
    save_edit(store, Some(coachee), &updated)?;
    Ok(updated)
}

/// Logs a contact. Refused for a closed coachee, who must be reopened first.
pub fn log_session(
    store: &mut Store,
    coachee: &Coachee,
    mut session: Session,
    today: NaiveDate,
) -> Result<Saved<Session>, Error> {
    ensure_still_mine(store, coachee)?;
    if !coachee.status.accepts_sessions() {
        return Err(Error::CoacheeClosed {
            code: coachee.code.to_string(),
        });
    }
    session.id = EntityId::new();
    session.coachee = coachee.id;
    if session.author.is_none() {
        session.author = Some(store.identity().coach_ref());
    }
    session.clean_text();
    session.validate(today)?;
    let warnings = session_warnings(&session);
    let mut changes = vec![Change::put(None, &session).expect("a new record is always a change")];
    // A visit is also the employer's latest contact with the programme.
    if let Some(employer_id) = session.employer
        && let Some(employer) = store.get::<Employer>(employer_id)?
        && employer.last_contact.is_none_or(|d| d < session.date)
    {
        let mut touched = employer.clone();
        touched.last_contact = Some(session.date);
        changes.extend(Change::put(Some(&employer), &touched));
    }
    store.save(changes)?;
    Ok(Saved {
        record: session,
        warnings,
    })
}

/// Corrects a logged session. The author, coachee and id stay as they were.
pub fn update_session(
    store: &mut Store,
    edited: Session,
    today: NaiveDate,
) -> Result<Saved<Session>, Error> {
    let before: Session = existing(store, edited.id, edited.id.to_string())?;
    ensure_child_still_mine(store, before.coachee)?;
    ensure_own_contact(store, before.id)?;
    let mut edited = edited;
    edited.coachee = before.coachee;
    edited.author = before.author.clone();
    // What others add to a session stays, even if it arrived while the form was open: the
    // coordinator's answer, and the agreements kept (which move with an edited list).
    edited.acknowledgement = before.acknowledgement.clone();
    edited.carry_agreements_done(&before);
    edited.clean_text();
    edited.validate(today)?;
    let warnings = session_warnings(&edited);
    save_edit(store, Some(&before), &edited)?;
    Ok(Saved {
        record: edited,
        warnings,
    })
}

/// Deletes a session that was logged by mistake. The deletion travels to the coordinator like
/// any other change, so the session disappears there too.
pub fn delete_session(store: &mut Store, id: EntityId) -> Result<Session, Error> {
    let session: Session = existing(store, id, id.to_string())?;
    ensure_child_still_mine(store, session.coachee)?;
    ensure_own_contact(store, id)?;
    store.save(vec![Change::purge(&session)])?;
    Ok(session)
}

/// On a coach's laptop, a contact someone else logged (the coordinator's intake, a previous
/// coach's visit) is read-only: the coordinator would refuse the change anyway, and the two
/// copies of the file would drift apart.
fn ensure_own_contact(store: &Store, id: EntityId) -> Result<(), Error> {
    let me = store.identity();
    if me.role == Role::Coach && store.created_by(id)?.is_some_and(|by| by != me.device) {
        return Err(Error::NotYourSession);
    }
    Ok(())
}

/// On a coach's laptop, a coachee who moved to another coach is read-only: what was written
/// before goes to the coordinator and on to the new coach; anything after would be refused.
pub fn ensure_still_mine(store: &Store, coachee: &Coachee) -> Result<(), Error> {
    let me = store.identity();
    match coachee.handed_over_from(me.role, me.device) {
        Some(coach) => Err(Error::CoacheeMovedAway {
            code: coachee.code.to_string(),
            coach: coach.name.clone(),
        }),
        None => Ok(()),
    }
}

/// [`ensure_still_mine`] for a record of this coachee.
pub fn ensure_child_still_mine(store: &Store, coachee: EntityId) -> Result<(), Error> {
    match store.get::<Coachee>(coachee)? {
        Some(coachee) => ensure_still_mine(store, &coachee),
        None => Ok(()),
    }
}

fn session_warnings(session: &Session) -> Vec<SensitiveFinding> {
    scan_all(
        [session.summary.as_str(), session.coach_note.as_str()]
            .into_iter()
            .chain(session.agreements.iter().map(|a| a.text.as_str())),
    )
}

/// Adds a goal to a coachee.
pub fn add_goal(store: &mut Store, coachee: &Coachee, mut goal: Goal) -> Result<Goal, Error> {
    ensure_still_mine(store, coachee)?;
    goal.id = EntityId::new();
    goal.coachee = coachee.id;
    goal.clean_text();
    goal.validate()?;
    save_edit(store, None, &goal)?;
    Ok(goal)
}

/// Adds an employer to the programme's list.
pub fn add_employer(store: &mut Store, mut employer: Employer) -> Result<Saved<Employer>, Error> {
    employer.id = EntityId::new();
    employer.clean_text();
    employer.validate()?;
    let warnings = scan_all([employer.notes.as_str()]);
    save_edit(store, None, &employer)?;
    Ok(Saved {
        record: employer,
        warnings,
    })
}

/// Places a coachee at an employer.
pub fn add_placement(
    store: &mut Store,
    coachee: &Coachee,
    mut placement: Placement,
) -> Result<Placement, Error> {
    ensure_still_mine(store, coachee)?;
    placement.id = EntityId::new();
    placement.coachee = coachee.id;
    existing::<Employer>(store, placement.employer, placement.employer.to_string())?;
    placement.clean_text();
    placement.validate()?;
    save_edit(store, None, &placement)?;
    Ok(placement)
}

/// Assigns a coachee to a coach. Only a coordinator hands out caseloads.
pub fn assign(
    store: &mut Store,
    coachee: &Coachee,
    coach: crate::domain::CoachRef,
) -> Result<Coachee, Error> {
    if store.identity().role != Role::Coordinator {
        return Err(Error::CoordinatorOnly);
    }
    let mut updated = coachee.clone();
    updated.coach = Some(coach);
    updated.clean_text();
    save_edit(store, Some(coachee), &updated)?;
    Ok(updated)
}

/// Saves an edited goal, placement or employer: validated, and only the fields that changed.
pub fn update_record<R: Record + CleanText>(
    store: &mut Store,
    mut edited: R,
    validate: impl FnOnce(&R) -> Result<(), crate::domain::ValidationErrors>,
) -> Result<R, Error> {
    let before: R = existing(store, edited.id(), edited.id().to_string())?;
    if let Some(coachee) = store.coachee_of(before.id())? {
        ensure_child_still_mine(store, coachee)?;
    }
    edited.clean_text();
    validate(&edited)?;
    save_edit(store, Some(&before), &edited)?;
    Ok(edited)
}

/// A record that must be there; `reference` is what the user knows it by (a code, an id).
fn existing<R: Record>(store: &Store, id: EntityId, reference: String) -> Result<R, Error> {
    Ok(store
        .get::<R>(id)?
        .ok_or(crate::store::ResolveError::NotFound { reference })?)
}

fn save_edit<R: Record>(store: &mut Store, before: Option<&R>, after: &R) -> Result<(), Error> {
    if let Some(change) = Change::put(before, after) {
        store.save(vec![change])?;
    }
    Ok(())
}
