//! Reading the follow-up indexes: the escalated sessions, and the open agreements by due date.
//! Both are views (`views.rs`), so these reads touch only what is listed, never every session.

use chrono::NaiveDate;

use super::codec;
use super::trees::T;
use super::views::{Escalation, OpenAgreement};
use super::{Store, StoreError};
use crate::domain::{AgreementOwner, EntityId};

/// One entry of the escalations index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EscalationEntry {
    pub session: EntityId,
    pub date: NaiveDate,
    pub coachee: EntityId,
    pub open: bool,
    pub coach: String,
    pub headline: String,
}

/// One open agreement with a due date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueAgreement {
    pub due: NaiveDate,
    pub session: EntityId,
    pub index: usize,
    pub coachee: EntityId,
    pub text: String,
    pub owner: AgreementOwner,
}

const CORRUPT: StoreError = StoreError::Corrupt {
    what: "follow-up index",
};

impl Store {
    /// Every escalated session, oldest first.
    pub fn escalation_entries(&self) -> Result<Vec<EscalationEntry>, StoreError> {
        self.trees()
            .get(T::Escalations)
            .iter()
            .map(|item| {
                let (key, value) = item?;
                let entry: Escalation = codec::decode(&value, "escalation")?;
                Ok(EscalationEntry {
                    date: codec::date_from_key(&key).ok_or(CORRUPT)?,
                    session: key.get(4..20).and_then(codec::id_from).ok_or(CORRUPT)?,
                    coachee: entry.coachee,
                    open: entry.open,
                    coach: entry.coach,
                    headline: entry.headline,
                })
            })
            .collect()
    }

    /// The open agreements due on or before `by`, earliest first.
    pub fn open_agreements_due_by(&self, by: NaiveDate) -> Result<Vec<DueAgreement>, StoreError> {
        let end = codec::date_key(by.succ_opt().unwrap_or(by));
        self.trees()
            .get(T::OpenAgreements)
            .range(..end.to_vec())
            .map(|item| {
                let (key, value) = item?;
                let index = key.get(20..22).ok_or(CORRUPT)?;
                let open: OpenAgreement = codec::decode(&value, "open agreement")?;
                Ok(DueAgreement {
                    due: codec::date_from_key(&key).ok_or(CORRUPT)?,
                    session: key.get(4..20).and_then(codec::id_from).ok_or(CORRUPT)?,
                    index: usize::from(u16::from_be_bytes([index[0], index[1]])),
                    coachee: open.coachee,
                    text: open.text,
                    owner: open.owner,
                })
            })
            .collect()
    }
}

impl Store {
    /// The coachees this device learnt had moved to another coach, each with its last own seq
    /// from before it learnt so (see [`T::Handovers`]).
    pub fn handovers(&self) -> Result<Vec<(EntityId, u64)>, StoreError> {
        self.trees()
            .get(T::Handovers)
            .iter()
            .map(|item| {
                let (key, value) = item?;
                Ok((
                    codec::id_from(&key).ok_or(CORRUPT)?,
                    codec::decode(&value, "handover")?,
                ))
            })
            .collect()
    }
}
