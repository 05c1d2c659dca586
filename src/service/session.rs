//! The contact a coach most often logs, pre-filled the same way by the screen's session form
//! and by `stagecoach log`: at the employer of a current placement it is a stage visit, with the
//! employer among the participants, the employer's name as the place and the usual length.

use chrono::NaiveDate;

use super::detail::Detail;
use crate::domain::session::usual_minutes;
use crate::domain::{Employer, Participant, Placement, Session, SessionType};

/// Whether a contact of this kind takes place at the employer.
pub fn at_employer(kind: SessionType) -> bool {
    matches!(kind, SessionType::StageVisit | SessionType::MatchTalk)
}

/// The coachee's current placement and its employer, if both are known.
pub fn current_placement(detail: &Detail) -> Option<(&Placement, &Employer)> {
    let placement = Placement::the_current(&detail.placements)?;
    Some((placement, detail.employers.get(&placement.employer)?))
}

/// The next contact planned for the coachee, if it lies after `date`: a new contact's form
/// shows it, so that the coach keeps, changes or clears it (one on or before `date` is reached
/// by this contact).
pub fn planned_next_contact(detail: &Detail, date: NaiveDate) -> Option<NaiveDate> {
    detail
        .contact
        .as_ref()
        .and_then(|c| c.next_contact)
        .filter(|planned| *planned > date)
}

/// The kind of contact to offer first: a stage visit while the coachee has a placement.
pub fn usual_kind(has_current_placement: bool) -> SessionType {
    if has_current_placement {
        SessionType::StageVisit
    } else {
        SessionType::Coaching
    }
}

/// A new contact of `kind` on `date`, pre-filled for `employer`: the coachee (and, at the
/// employer, the employer) taking part, the employer's name as the place, the usual length.
pub fn template(kind: SessionType, employer: Option<&Employer>, date: NaiveDate) -> Session {
    let here = employer.filter(|_| at_employer(kind));
    let mut participants = vec![Participant::Coachee];
    if here.is_some() {
        participants.push(Participant::Employer);
    }
    Session {
        participants,
        date,
        minutes: usual_minutes(kind),
        session_type: Some(kind),
        location: here.map(|e| e.name.clone()).unwrap_or_default(),
        employer: employer.map(|e| e.id),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stage_visit_is_at_the_employer_and_a_phone_call_is_not() {
        let employer = Employer {
            name: "Bakkerij De Korenaar".into(),
            ..Default::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let visit = template(SessionType::StageVisit, Some(&employer), today);
        assert_eq!(
            visit.participants,
            [Participant::Coachee, Participant::Employer]
        );
        assert_eq!(visit.location, "Bakkerij De Korenaar");
        assert_eq!(visit.minutes, 45);
        assert_eq!(visit.employer, Some(employer.id));

        let call = template(SessionType::Phone, Some(&employer), today);
        assert_eq!(call.participants, [Participant::Coachee]);
        assert_eq!(call.location, "");
        assert_eq!(call.minutes, 15);
    }
}
