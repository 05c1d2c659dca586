//! What follows a session up: its agreements being kept (ticked off, or reopened) and its
//! escalation being answered by the coordinator.
//!
//! Both are fields of their own on the session (not part of the agreement list or the
//! escalate flag), so that ticking off an agreement or answering an escalation on one laptop
//! never collides with the coach correcting the session's account on another.

use chrono::NaiveDate;
use serde::Serialize;

use super::session::{Agreement, AgreementDone, Session};

/// Where an escalation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EscalationState {
    /// Waiting for the coordinator.
    Open,
    Acknowledged,
}

impl EscalationState {
    pub fn label_id(self) -> &'static str {
        match self {
            EscalationState::Open => "escalation-open",
            EscalationState::Acknowledged => "escalation-acknowledged",
        }
    }
}

impl Session {
    /// When agreement `index` was kept, if it was. An agreement ticked off by an older version
    /// (a flag without a date) counts as kept on the day of the session.
    pub fn agreement_done_on(&self, index: usize) -> Option<NaiveDate> {
        let marked = self
            .agreements_done
            .iter()
            .find(|d| usize::from(d.agreement) == index)
            .map(|d| d.on);
        let flagged = self.agreements.get(index).filter(|a| a.done);
        marked.or(flagged.map(|_| self.date))
    }

    /// The agreements with their place in the list, and when each was kept.
    pub fn agreements_with_state(
        &self,
    ) -> impl Iterator<Item = (usize, &Agreement, Option<NaiveDate>)> {
        self.agreements
            .iter()
            .enumerate()
            .map(|(i, a)| (i, a, self.agreement_done_on(i)))
    }

    /// Agreements not yet kept.
    pub fn open_agreements(&self) -> impl Iterator<Item = &Agreement> {
        self.agreements_with_state()
            .filter(|(_, _, done)| done.is_none())
            .map(|(_, a, _)| a)
    }

    /// Ticks agreement `index` off as kept on `on`. False when it was kept already or there is
    /// no such agreement.
    pub fn mark_agreement_done(&mut self, index: usize, on: NaiveDate) -> bool {
        if index >= self.agreements.len() || self.agreement_done_on(index).is_some() {
            return false;
        }
        self.agreements_done.push(AgreementDone {
            agreement: index as u16,
            on,
        });
        self.agreements_done.sort();
        true
    }

    /// Opens agreement `index` again. False when it was open already.
    pub fn reopen_agreement(&mut self, index: usize) -> bool {
        if self.agreement_done_on(index).is_none() {
            return false;
        }
        self.agreements_done
            .retain(|d| usize::from(d.agreement) != index);
        if let Some(agreement) = self.agreements.get_mut(index) {
            agreement.done = false;
        }
        true
    }

    /// After the agreement list was edited: keeps each kept agreement kept where it now
    /// stands, matched by its line, and forgets those that are gone.
    pub fn carry_agreements_done(&mut self, before: &Session) {
        let mut carried = Vec::new();
        for (_, old, done) in before.agreements_with_state() {
            let (Some(on), false) = (done, old.done) else {
                continue;
            };
            let line = old.to_line();
            let new_index = self.agreements.iter().enumerate().position(|(i, a)| {
                a.to_line() == line
                    && !carried
                        .iter()
                        .any(|d: &AgreementDone| usize::from(d.agreement) == i)
            });
            if let Some(i) = new_index {
                carried.push(AgreementDone {
                    agreement: i as u16,
                    on,
                });
            }
        }
        carried.sort();
        self.agreements_done = carried;
    }

    /// Whether this session escalated something, and where that stands.
    pub fn escalation(&self) -> Option<EscalationState> {
        let state = match self.acknowledgement {
            Some(_) => EscalationState::Acknowledged,
            None => EscalationState::Open,
        };
        self.escalate.then_some(state)
    }

    /// An escalation still waiting for the coordinator.
    pub fn escalation_open(&self) -> bool {
        self.escalation() == Some(EscalationState::Open)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Acknowledgement, AgreementOwner};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn agreement(text: &str) -> Agreement {
        Agreement {
            text: text.into(),
            owner: AgreementOwner::Coachee,
            due: None,
            done: false,
        }
    }

    fn session() -> Session {
        Session {
            date: day(1),
            agreements: vec![agreement("cv sturen"), agreement("rooster vragen")],
            ..Default::default()
        }
    }

    #[test]
    fn an_agreement_is_ticked_off_once_and_reopened_once() {
        let mut s = session();
        assert!(s.mark_agreement_done(1, day(3)));
        assert!(!s.mark_agreement_done(1, day(4)), "kept already");
        assert!(!s.mark_agreement_done(2, day(4)), "no such agreement");
        assert_eq!(s.agreement_done_on(1), Some(day(3)));
        assert_eq!(s.open_agreements().count(), 1);
        assert!(s.reopen_agreement(1));
        assert!(!s.reopen_agreement(1), "open already");
        assert_eq!(s.open_agreements().count(), 2);
    }

    #[test]
    fn an_old_done_flag_counts_as_kept_on_the_session_day_and_can_be_reopened() {
        let mut s = session();
        s.agreements[0].done = true;
        assert_eq!(s.agreement_done_on(0), Some(day(1)));
        assert!(s.reopen_agreement(0));
        assert!(!s.agreements[0].done);
    }

    #[test]
    fn editing_the_list_keeps_a_kept_agreement_kept_where_it_moved() {
        let before = {
            let mut s = session();
            s.mark_agreement_done(1, day(2));
            s
        };
        let mut after = before.clone();
        after.agreements = vec![agreement("rooster vragen"), agreement("nieuw")];
        after.carry_agreements_done(&before);
        assert_eq!(after.agreement_done_on(0), Some(day(2)));
        assert_eq!(after.agreement_done_on(1), None);
    }

    #[test]
    fn an_escalation_is_open_until_acknowledged() {
        let mut s = session();
        assert_eq!(s.escalation(), None);
        s.escalate = true;
        assert!(s.escalation_open());
        s.acknowledgement = Some(Acknowledgement::default());
        assert_eq!(s.escalation(), Some(EscalationState::Acknowledged));
        assert!(!s.escalation_open());
    }
}
