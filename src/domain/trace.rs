//! The statistical trace a young person leaves when erased with `--anonymise`: what the funder
//! report counts, and nothing that points at them. No name, code, contact data, date of birth,
//! free text or link to their records; an id derived one way from theirs (see [`trace_id`]).
//! Dates are rounded to the month, so a report
//! over whole months counts the trace exactly as it counted the person; where the report needs
//! a day (days until the first placement, stage visits during a placement), the trace keeps
//! the number it needs instead of the dates.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::clean::CleanText;
use super::coachee::CoachRef;
use super::codes::{
    EducationLevel, Outcome, PlacementStatus, PlacementType, Referrer, SessionType,
};
use super::fields::record_fields;
use super::ids::{EntityId, EntityKind};
use super::status::Status;

/// The id of the trace that erasing `coachee` leaves: the same on every laptop that erases
/// them, so that a coach and their coordinator who both anonymise one closed file (retention
/// runs on both) leave one trace, not two the report would count twice, and so that a
/// receiver can tell a trace belongs to an erasure it accepted. It is a one-way hash: the
/// trace leads nowhere once the person's id is gone everywhere, and where their id still is,
/// their whole file still is, which tells more than the trace.
pub fn trace_id(coachee: EntityId) -> EntityId {
    let hash = blake3::derive_key("stagecoach 2026-12 anonymised trace id", coachee.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&hash[..16]);
    EntityId::from_bytes(bytes)
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Trace {
    pub id: EntityId,
    /// The coach (a member of staff, not the young person), for the figures per coach.
    pub coach: Option<CoachRef>,
    /// The first day of the month of birth: enough for the age band at the end of any month.
    pub born: Option<NaiveDate>,
    pub registered_on: Option<NaiveDate>,
    pub status: Status,
    pub status_history: Vec<TracedChange>,
    pub neighbourhood: String,
    pub education_level: Option<EducationLevel>,
    pub referrer: Option<Referrer>,
    /// A minor with a guardian on file (a count of the report), not who the guardian was.
    pub had_guardian: bool,
    pub sessions: Vec<TracedSession>,
    pub placements: Vec<TracedPlacement>,
    /// Days from registration to the first placement's start, if there was one.
    pub days_to_first_placement: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TracedChange {
    pub from: Option<Status>,
    pub to: Status,
    pub date: NaiveDate,
    /// A dropout's reason as a category word the report's vocabulary reads back, never the
    /// coach's own words.
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TracedSession {
    /// See [`session_date`].
    pub date: NaiveDate,
    pub session_type: Option<SessionType>,
    pub minutes: u16,
    /// The coach who logged it, for the figures per coach.
    pub author: Option<CoachRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TracedPlacement {
    pub employer: EntityId,
    pub placement_type: Option<PlacementType>,
    pub start: Option<NaiveDate>,
    pub planned_end: Option<NaiveDate>,
    pub status: Option<PlacementStatus>,
    pub outcome: Option<Outcome>,
    /// Stage visits between its start and end, counted before the dates were rounded.
    pub stage_visits: usize,
}

/// The first day of `date`'s month.
pub fn month_of(date: NaiveDate) -> NaiveDate {
    date.with_day(1).expect("every month has a first day")
}

/// A contact's date, rounded to its month: the month's last day if it fell in the last 15 days
/// (where "no contact for 14 days" at a month's end looks), else the first. Which half of the
/// month is all that is kept.
pub fn session_date(date: NaiveDate) -> NaiveDate {
    let first = month_of(date);
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .expect("a month has a last day");
    if (last - date).num_days() <= 14 {
        last
    } else {
        first
    }
}

impl CleanText for Trace {
    fn clean_text(&mut self) -> bool {
        false
    }
}

record_fields!(Trace, EntityKind::Trace, {
    1 => coach: Aggregate,
    2 => born: Aggregate,
    3 => registered_on: Aggregate,
    4 => status: Aggregate,
    5 => status_history: Aggregate,
    6 => neighbourhood: Aggregate,
    7 => education_level: Aggregate,
    8 => referrer: Aggregate,
    9 => had_guardian: Aggregate,
    10 => sessions: Aggregate,
    11 => placements: Aggregate,
    12 => days_to_first_placement: Aggregate,
});

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_contact_keeps_only_the_half_of_its_month() {
        assert_eq!(session_date(date(2026, 9, 3)), date(2026, 9, 1));
        assert_eq!(session_date(date(2026, 9, 15)), date(2026, 9, 1));
        assert_eq!(session_date(date(2026, 9, 16)), date(2026, 9, 30));
        assert_eq!(session_date(date(2026, 2, 14)), date(2026, 2, 28));
        assert_eq!(session_date(date(2026, 2, 13)), date(2026, 2, 1));
        assert_eq!(month_of(date(2024, 12, 31)), date(2024, 12, 1));
    }
}
