//! Reading the follow-up indexes: the escalated sessions, and the open agreements by due date.
//! Both are views (`views.rs`), so these reads touch only what is listed, never every session.

use chrono::NaiveDate;

use super::codec;
use super::trees::T;
use super::views::{Escalation, OpenAgreement};
use super::{Store, StoreError};
use crate::domain::{AgreementOwner, DeviceId, EntityId};

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

/// The first fields of an escalations entry, read without its text: postcard writes fields
/// in order, so a prefix of [`Escalation`] decodes from its bytes.
#[derive(serde::Deserialize)]
struct EscalationHead {
    /// Decoded to reach `open`, which follows it; the whole entry names the coachee too.
    #[allow(dead_code)]
    coachee: EntityId,
    open: bool,
}

/// The first field of an open-agreements entry (a prefix of [`OpenAgreement`]).
#[derive(serde::Deserialize)]
struct AgreementHead {
    coachee: EntityId,
}

impl Store {
    /// Every escalated session, oldest first.
    pub fn escalation_entries(&self) -> Result<Vec<EscalationEntry>, StoreError> {
        self.trees()
            .get(T::Escalations)
            .iter()
            .map(|item| {
                let (key, value) = item?;
                escalation_entry(&key, codec::decode(&value, "escalation")?)
            })
            .collect()
    }

    /// The open escalations, oldest first; the answered ones are passed over undecoded.
    pub fn open_escalation_entries(&self) -> Result<Vec<EscalationEntry>, StoreError> {
        let mut open = Vec::new();
        for item in self.trees().get(T::Escalations).iter() {
            let (key, value) = item?;
            let head: EscalationHead = codec::decode(&value, "escalation")?;
            if !head.open {
                continue;
            }
            open.push(escalation_entry(
                &key,
                codec::decode(&value, "escalation")?,
            )?);
        }
        Ok(open)
    }

    /// The first `most` open agreements due on or before `by` about coachees `keep` accepts,
    /// earliest first, and whether there are more. Counting those would mean reading every
    /// one of them: tens of thousands in a programme that never ticks any off.
    pub fn open_agreements_due_by_for(
        &self,
        by: NaiveDate,
        keep: impl Fn(EntityId) -> bool,
        most: usize,
    ) -> Result<(Vec<DueAgreement>, bool), StoreError> {
        let mut listed = Vec::new();
        for item in self.date_range(T::OpenAgreements, NaiveDate::MIN, by) {
            let (key, value) = item?;
            let head: AgreementHead = codec::decode(&value, "open agreement")?;
            if !keep(head.coachee) {
                continue;
            }
            if listed.len() == most {
                return Ok((listed, true));
            }
            listed.push(due_agreement(
                &key,
                codec::decode(&value, "open agreement")?,
            )?);
        }
        Ok((listed, false))
    }
}

fn escalation_entry(key: &[u8], entry: Escalation) -> Result<EscalationEntry, StoreError> {
    Ok(EscalationEntry {
        date: codec::date_from_key(key).ok_or(CORRUPT)?,
        session: key.get(4..20).and_then(codec::id_from).ok_or(CORRUPT)?,
        coachee: entry.coachee,
        open: entry.open,
        coach: entry.coach,
        headline: entry.headline,
    })
}

fn due_agreement(key: &[u8], open: OpenAgreement) -> Result<DueAgreement, StoreError> {
    let index = key.get(20..22).ok_or(CORRUPT)?;
    Ok(DueAgreement {
        due: codec::date_from_key(key).ok_or(CORRUPT)?,
        session: key.get(4..20).and_then(codec::id_from).ok_or(CORRUPT)?,
        index: usize::from(u16::from_be_bytes([index[0], index[1]])),
        coachee: open.coachee,
        text: open.text,
        owner: open.owner,
    })
}

impl Store {
    /// Whether `coach` was ever `coachee`'s coach, as any write of the coachee said.
    pub fn was_coach_of(&self, coachee: EntityId, coach: DeviceId) -> Result<bool, StoreError> {
        let key = codec::key(&[coachee.as_bytes(), coach.as_bytes()]);
        Ok(self.trees().get(T::PastCoaches).contains_key(key)?)
    }

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AgreementOwner;

    #[test]
    fn the_heads_decode_from_the_whole_entries() {
        let coachee = EntityId::new();
        let escalation = codec::encode(&Escalation {
            coachee,
            open: true,
            coach: "Sanne".into(),
            headline: "Ruzie met de leidinggevende".into(),
        });
        let head: EscalationHead = codec::decode(&escalation, "escalation").unwrap();
        assert!(head.coachee == coachee && head.open);
        let agreement = codec::encode(&OpenAgreement {
            coachee,
            text: "Rooster mailen".into(),
            owner: AgreementOwner::Coachee,
        });
        let head: AgreementHead = codec::decode(&agreement, "open agreement").unwrap();
        assert_eq!(head.coachee, coachee);
    }
}
