//! Retention (AVG art. 5(1)(e)): a closed file is kept for the programme's retention period
//! and then erased. The coordinator sets the period (`policy`); it travels to every coach in
//! bundles, so each laptop finds the same files due, and erases them as `forget` does.

use chrono::NaiveDate;

use crate::Error;
use crate::domain::policy::{MAX_RETENTION_MONTHS, Policy};
use crate::domain::{Coachee, Role, Status};
use crate::message::Msg;
use crate::store::op::Change;
use crate::store::{CoacheeRow, Store};

/// A closed file and the day its retention ran out.
#[derive(Debug, Clone, PartialEq)]
pub struct DueFile {
    pub coachee: Coachee,
    pub closed_on: NaiveDate,
    pub erase_from: NaiveDate,
}

/// The programme's policy as this laptop last heard it (the default until a coordinator
/// sets one).
pub fn policy(store: &Store) -> Result<Policy, Error> {
    Ok(store.get::<Policy>(Policy::ID)?.unwrap_or_default())
}

/// Sets how many months a closed file is kept. Only a coordinator does: a coach's bundle
/// that tries is refused by the coordinator who imports it.
pub fn set_retention(store: &mut Store, months: u32) -> Result<Policy, Error> {
    if store.identity().role != Role::Coordinator {
        return Err(Error::CoordinatorOnly);
    }
    if !(1..=MAX_RETENTION_MONTHS).contains(&months) {
        return Err(Error::invalid(
            "retention_months",
            Msg::new("policy-retention-range")
                .arg("value", months)
                .arg("max", MAX_RETENTION_MONTHS),
        ));
    }
    let old = store.get::<Policy>(Policy::ID)?;
    let new = Policy {
        retention_months: months,
        ..old.clone().unwrap_or_default()
    };
    if let Some(change) = Change::put(old.as_ref(), &new) {
        store.save(vec![change])?;
    }
    Ok(new)
}

/// When a file was closed: the day it took the closed status it has now. None while it is
/// open.
pub fn closed_on(coachee: &Coachee) -> Option<NaiveDate> {
    if !matches!(coachee.status, Status::Closed | Status::NotStarted) {
        return None;
    }
    coachee
        .status_history
        .iter()
        .rev()
        .find(|change| change.to == coachee.status)
        .map(|change| change.date)
}

/// The closed files whose retention has run out on `today`, longest overdue first.
pub fn due(policy: &Policy, rows: &[CoacheeRow], today: NaiveDate) -> Vec<DueFile> {
    let mut due: Vec<DueFile> = rows
        .iter()
        .filter_map(|row| {
            let closed_on = closed_on(&row.coachee)?;
            let erase_from = policy.erase_from(closed_on);
            (erase_from <= today).then(|| DueFile {
                coachee: row.coachee.clone(),
                closed_on,
                erase_from,
            })
        })
        .collect();
    due.sort_by_key(|file| (file.erase_from, file.coachee.code.clone()));
    due
}

/// The files due on this laptop today.
pub fn due_here(store: &Store, today: NaiveDate) -> Result<Vec<DueFile>, Error> {
    Ok(due(&policy(store)?, &store.coachees()?, today))
}

/// Erases every file in `due` (each leaving an anonymous trace when `anonymise`), and settles
/// the files and backups once.
pub fn erase_due(
    store: Store,
    due: &[DueFile],
    anonymise: bool,
) -> Result<(Store, super::erasure::Settled), Error> {
    let mut store = store;
    if due.is_empty() {
        return Ok((store, super::erasure::Settled::default()));
    }
    if anonymise {
        for file in due {
            super::erasure::erase_leaving_trace(&mut store, file.coachee.id)?;
        }
    } else {
        store.save(
            due.iter()
                .map(|file| Change::purge(&file.coachee))
                .collect(),
        )?;
    }
    tracing::info!(
        files = due.len(),
        "closed files erased after their retention period"
    );
    Ok(super::erasure::settle(store)?)
}
