//! The anonymised trace of an erased young person (`forget --anonymise`), made from what the
//! report counts and read back as a person the report counts the same way over whole months.
//! Both directions live here, next to the counting, so that what a trace keeps follows what a
//! report reads.

use chrono::NaiveDate;

use super::Period;
use super::compute::{
    Kept, Person, Totals, add_person, days_to_first_placement, registered_on, stage_visits_during,
};
use super::reasons::DropoutReason;
use crate::domain::trace::{
    TracedChange, TracedPlacement, TracedSession, month_of, session_date, trace_id,
};
use crate::domain::{Coachee, Guardian, Placement, Session, Status, StatusChange, Trace};

/// The trace of `coachee`: nothing that names them or links to their records (its id is a
/// one-way hash of theirs), dates rounded to the month, a dropout's reason as its category.
pub fn trace_of(coachee: &Coachee, sessions: &[Session], placements: &[Placement]) -> Trace {
    Trace {
        id: trace_id(coachee.id),
        coach: coachee.coach.clone(),
        born: coachee.birth_date.map(month_of),
        registered_on: registered_on(coachee).map(month_of),
        status: coachee.status,
        status_history: coachee
            .status_history
            .iter()
            .map(|change| TracedChange {
                from: change.from,
                to: change.to,
                date: month_of(change.date),
                reason: if change.to == Status::DroppedOut {
                    DropoutReason::of(&change.reason).keyword().to_string()
                } else {
                    String::new()
                },
            })
            .collect(),
        neighbourhood: coachee.neighbourhood.trim().to_string(),
        education_level: coachee.education_level,
        referrer: coachee.referrer,
        had_guardian: coachee.guardian.is_some(),
        sessions: sessions
            .iter()
            .map(|s| TracedSession {
                date: session_date(s.date),
                session_type: s.session_type,
                minutes: s.minutes,
                author: s.author.clone(),
            })
            .collect(),
        placements: placements
            .iter()
            .map(|p| TracedPlacement {
                employer: p.employer,
                placement_type: p.placement_type,
                start: p.start.map(month_of),
                planned_end: p.planned_end.map(month_of),
                status: p.status,
                outcome: p.outcome,
                stage_visits: stage_visits_during(p, coachee, sessions).unwrap_or(0),
            })
            .collect(),
        days_to_first_placement: days_to_first_placement(coachee, placements),
    }
}

/// Adds the traces of the erased (of `coach`'s only, when given) to what [`count`] counted.
///
/// [`count`]: super::compute::count
pub(super) fn add_traces(
    store: &crate::store::Store,
    totals: &mut Totals,
    period: Period,
    coach: Option<&str>,
    today: NaiveDate,
) -> Result<(), crate::store::StoreError> {
    for trace in store.traces()? {
        let coach_name = trace.coach.as_ref().map(|c| c.name.as_str());
        if coach.is_some_and(|wanted| coach_name != Some(wanted)) {
            continue;
        }
        let (coachee, sessions, placements, kept) = person_of(&trace);
        let person = Person {
            coachee: &coachee,
            contact: None,
            sessions: &sessions,
            placements: &placements,
            kept: Some(&kept),
        };
        add_person(totals, &person, period, today);
    }
    Ok(())
}

/// A trace as the person the report counts: a nameless coachee, their contacts and their
/// placements, with what the trace kept in place of exact dates.
pub(super) fn person_of(trace: &Trace) -> (Coachee, Vec<Session>, Vec<Placement>, Kept) {
    let coachee = Coachee {
        id: trace.id,
        coach: trace.coach.clone(),
        birth_date: trace.born,
        registered_on: trace.registered_on,
        status: trace.status,
        status_history: trace
            .status_history
            .iter()
            .map(|change| StatusChange {
                from: change.from,
                to: change.to,
                date: change.date,
                reason: change.reason.clone(),
            })
            .collect(),
        neighbourhood: trace.neighbourhood.clone(),
        education_level: trace.education_level,
        referrer: trace.referrer,
        guardian: trace.had_guardian.then(Guardian::default),
        ..Coachee::default()
    };
    let sessions = trace
        .sessions
        .iter()
        .map(|s| Session {
            coachee: trace.id,
            date: s.date,
            session_type: s.session_type,
            minutes: s.minutes,
            author: s.author.clone(),
            ..Session::default()
        })
        .collect();
    let placements = trace
        .placements
        .iter()
        .map(|p| Placement {
            coachee: trace.id,
            employer: p.employer,
            placement_type: p.placement_type,
            start: p.start,
            planned_end: p.planned_end,
            status: p.status,
            outcome: p.outcome,
            ..Placement::default()
        })
        .collect();
    let kept = Kept {
        days_to_first_placement: trace.days_to_first_placement,
        stage_visits: trace.placements.iter().map(|p| p.stage_visits).collect(),
    };
    (coachee, sessions, placements, kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dropout_category_survives_as_its_keyword() {
        for category in DropoutReason::ALL {
            assert_eq!(
                DropoutReason::of(category.keyword()),
                category,
                "{category:?}"
            );
        }
    }
}
