//! Counting what a report shows, in one pass over the coachees: each young person's record,
//! status history and placements, and their sessions read one coachee at a time, so a
//! programme's sessions are never all in memory at once.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::Period;
use super::reasons::DropoutReason;
use crate::domain::{
    Coachee, EducationLevel, EntityId, Outcome, Placement, PlacementStatus, PlacementType,
    Referrer, Sector, Session, SessionType, Status,
};
use crate::store::{CoacheeRow, ContactSummary, Store, StoreError};

/// The session fields a report counts: date, minutes, type and author. Nothing a coach wrote
/// is even decoded.
pub(super) const COUNTED_FIELDS: &[crate::domain::FieldTag] = &[2, 4, 5, 16];

/// A young person without contact for longer than this at the period's end is out of touch.
const OUT_OF_TOUCH_DAYS: u64 = 14;

/// Age bands at the period's end, as funders ask for them.
pub(super) const AGE_BANDS: [(&str, u32, u32); 4] = [
    ("report-age-under-16", 0, 15),
    ("report-age-16-17", 16, 17),
    ("report-age-18-22", 18, 22),
    ("report-age-23-27", 23, 27),
];

/// Statuses after which a young person is no longer in the programme.
fn has_ended(status: Status) -> bool {
    matches!(
        status,
        Status::Completed | Status::DroppedOut | Status::Closed | Status::NotStarted
    )
}

/// The status a coachee had on `day`, from their history (None: not registered yet).
pub(super) fn status_on(coachee: &Coachee, day: NaiveDate) -> Option<Status> {
    coachee
        .status_history
        .iter()
        .filter(|c| c.date <= day)
        .max_by_key(|c| c.date)
        .map(|c| c.to)
}

/// When a young person was registered: the date on file, else their first status change.
pub(super) fn registered_on(coachee: &Coachee) -> Option<NaiveDate> {
    coachee
        .registered_on
        .or_else(|| coachee.status_history.first().map(|s| s.date))
}

/// Whether a young person is in the period's reach: registered by its end, and not ended
/// before its start. Their contacts and placements in it count either way (aftercare, say).
pub(super) fn active_in(coachee: &Coachee, period: Period) -> bool {
    if registered_on(coachee).is_none_or(|r| r > period.to) {
        return false;
    }
    let changed_in_period = coachee
        .status_history
        .iter()
        .any(|s| period.contains(s.date));
    let before = period.from.pred_opt().and_then(|d| status_on(coachee, d));
    !before.is_some_and(has_ended) || changed_in_period
}

/// Counts per key, in the key's own order.
type Tally<K> = BTreeMap<K, u64>;

/// What one coach's young people add up to.
#[derive(Default)]
pub(super) struct CoachTotals {
    pub(super) caseload: u64,
    pub(super) active: u64,
    pub(super) contacts: u64,
    pub(super) minutes: u64,
    pub(super) stage_visits: u64,
    pub(super) overdue: u64,
    pub(super) escalations: u64,
    pub(super) agreements_past_due: u64,
    pub(super) device: Option<crate::domain::DeviceId>,
}

/// Everything the pass counts.
#[derive(Default)]
pub(super) struct Totals {
    pub(super) active: u64,
    pub(super) registered: u64,
    pub(super) minors_with_guardian: u64,
    pub(super) status_at_end: Tally<Status>,
    pub(super) age_bands: Tally<usize>,
    pub(super) age_unknown: u64,
    pub(super) levels: Tally<Option<EducationLevel>>,
    pub(super) referrers: Tally<Option<Referrer>>,
    pub(super) transitions: Tally<Status>,
    pub(super) days_to_placement: Vec<u64>,
    pub(super) started: Tally<Option<PlacementType>>,
    pub(super) running_at_end: u64,
    pub(super) ended: Tally<Option<Outcome>>,
    pub(super) contacts: Tally<SessionType>,
    pub(super) minutes: Tally<SessionType>,
    pub(super) out_of_touch: u64,
    pub(super) coaches: BTreeMap<String, CoachTotals>,
    /// Per band of stage visits during a placement: placements ended, and completed.
    pub(super) visit_bands: [(u64, u64); 3],
    /// Per band of contacts a month: active young people, and those who dropped out.
    pub(super) intensity_bands: [(u64, u64); 3],
    pub(super) dropout_reasons: Tally<DropoutReason>,
    /// Per neighbourhood as typed, compared without case: the first spelling, and a count.
    pub(super) neighbourhoods: BTreeMap<String, (String, u64)>,
    pub(super) neighbourhood_unknown: u64,
    /// Placements that ran in the period (for a while at least), per employer.
    pub(super) employers: BTreeMap<EntityId, EmployerUse>,
}

/// How an employer took part: placements that ran in the period, and the first start of any
/// placement with them (an employer whose first placement started in the period is new).
#[derive(Default)]
pub(super) struct EmployerUse {
    pub(super) ran_in_period: u64,
    pub(super) first_start: Option<NaiveDate>,
    pub(super) sbb_recognised: bool,
    pub(super) sector: Option<Sector>,
}

/// The bands of stage visits during a placement: none, one or two, three or more.
pub(super) const VISIT_BANDS: [&str; 3] = [
    "report-visits-none",
    "report-visits-one-two",
    "report-visits-three-plus",
];

fn visit_band(visits: usize) -> usize {
    match visits {
        0 => 0,
        1 | 2 => 1,
        _ => 2,
    }
}

/// The bands of contact intensity: fewer than one contact a month, one to two, more.
pub(super) const INTENSITY_BANDS: [&str; 3] = [
    "report-intensity-low",
    "report-intensity-middle",
    "report-intensity-high",
];

fn intensity_band(contacts: usize, period: Period) -> usize {
    // Whole months, so that a calendar month counts as one and a quarter as three.
    let months = (((period.to - period.from).num_days() + 1) as f64 / 30.44)
        .round()
        .max(1.0);
    match contacts as f64 / months {
        per_month if per_month < 1.0 => 0,
        per_month if per_month <= 2.0 => 1,
        _ => 2,
    }
}

/// Everything the report counts for `period`, of every young person or of `coach`'s only.
pub(super) fn count(
    store: &Store,
    period: Period,
    coach: Option<&str>,
    today: NaiveDate,
) -> Result<Totals, StoreError> {
    let mut totals = Totals::default();
    for employer in store.employers()? {
        totals.employers.insert(
            employer.id,
            EmployerUse {
                sbb_recognised: employer.sbb_recognised,
                sector: employer.sector,
                ..EmployerUse::default()
            },
        );
    }
    for row in store.coachees()? {
        let coach_name = row.coachee.coach.as_ref().map(|c| c.name.clone());
        if coach.is_some_and(|wanted| coach_name.as_deref() != Some(wanted)) {
            continue;
        }
        add_coachee(store, &mut totals, &row, period, today)?;
    }
    Ok(totals)
}

/// One young person as the report counts them: their record, contact summary, sessions and
/// placements, and, for an anonymised trace, the figures it kept instead of exact dates.
pub(super) struct Person<'a> {
    pub(super) coachee: &'a Coachee,
    pub(super) contact: Option<&'a ContactSummary>,
    pub(super) sessions: &'a [Session],
    pub(super) placements: &'a [Placement],
    pub(super) kept: Option<&'a Kept>,
}

/// What a trace keeps because a rounded date could not give it.
#[derive(Debug, Clone, Default)]
pub(super) struct Kept {
    pub(super) days_to_first_placement: Option<u64>,
    /// Per placement, in order: the stage visits during it.
    pub(super) stage_visits: Vec<usize>,
}

fn add_coachee(
    store: &Store,
    totals: &mut Totals,
    row: &CoacheeRow,
    period: Period,
    today: NaiveDate,
) -> Result<(), StoreError> {
    if registered_on(&row.coachee).is_none_or(|r| r > period.to) {
        add_person_to_coach(totals, &row.coachee, row.contact.as_ref(), today);
        return Ok(());
    }
    let sessions = store.sessions_with_fields_of(row.coachee.id, COUNTED_FIELDS)?;
    let placements = store.placements_of(row.coachee.id)?;
    let person = Person {
        coachee: &row.coachee,
        contact: row.contact.as_ref(),
        sessions: &sessions,
        placements: &placements,
        kept: None,
    };
    add_person(totals, &person, period, today);
    Ok(())
}

/// Days from registration to the first placement's start, if both are known.
pub(super) fn days_to_first_placement(coachee: &Coachee, placements: &[Placement]) -> Option<u64> {
    let first = placements.iter().filter_map(|p| p.start).min()?;
    let registered = registered_on(coachee)?;
    Some((first - registered).num_days().max(0) as u64)
}

/// Stage visits during a finished placement (None while it runs).
pub(super) fn stage_visits_during(
    p: &Placement,
    coachee: &Coachee,
    sessions: &[Session],
) -> Option<usize> {
    let end = ended_on(p, coachee)?;
    Some(
        sessions
            .iter()
            .filter(|s| s.kind() == SessionType::StageVisit)
            .filter(|s| p.start.is_none_or(|start| s.date >= start) && s.date <= end)
            .count(),
    )
}

/// The coach's own counts: their caseload and what is overdue in it today.
fn add_person_to_coach<'t>(
    totals: &'t mut Totals,
    c: &Coachee,
    contact: Option<&ContactSummary>,
    today: NaiveDate,
) -> &'t mut CoachTotals {
    let coach = totals
        .coaches
        .entry(
            c.coach
                .as_ref()
                .map_or_else(String::new, |r| r.name.clone()),
        )
        .or_default();
    coach.caseload += 1;
    coach.device = c.coach.as_ref().map(|r| r.device);
    if let Some(contact) = contact {
        coach.overdue += u64::from(contact.next_contact.is_some_and(|d| d < today));
        coach.escalations += u64::from(contact.escalate);
        coach.agreements_past_due += u64::from(contact.first_open_due.is_some_and(|d| d < today));
    }
    coach
}

pub(super) fn add_person(
    totals: &mut Totals,
    person: &Person<'_>,
    period: Period,
    today: NaiveDate,
) {
    let c = person.coachee;
    let registered = registered_on(c);
    let coach = add_person_to_coach(totals, c, person.contact, today);
    if registered.is_none_or(|r| r > period.to) {
        return;
    }
    let active = active_in(c, period);
    if active {
        coach.active += 1;
        add_reach(totals, c, registered, period);
    }
    let sessions = person.sessions;
    let placements = person.placements;
    let first_start = placements.iter().filter_map(|p| p.start).min();
    if first_start.is_some_and(|first| period.contains(first)) {
        let days = match person.kept {
            Some(kept) => kept.days_to_first_placement,
            None => days_to_first_placement(c, placements),
        };
        totals.days_to_placement.extend(days);
    }
    for (i, p) in placements.iter().enumerate() {
        let ended = ended_on(p, c);
        add_employer_use(totals, p, ended, period);
        if p.start.is_some_and(|s| period.contains(s)) {
            *totals.started.entry(p.placement_type).or_default() += 1;
        }
        match (p.is_finished(), ended) {
            (true, Some(end)) if period.contains(end) => {
                *totals.ended.entry(p.outcome).or_default() += 1;
                if p.placement_type.is_some_and(PlacementType::is_a_day_or_two) {
                    continue;
                }
                let visits = match person.kept {
                    Some(kept) => kept.stage_visits.get(i).copied().unwrap_or(0),
                    None => stage_visits_during(p, c, sessions).unwrap_or(0),
                };
                let band = &mut totals.visit_bands[visit_band(visits)];
                band.0 += 1;
                band.1 += u64::from(p.state() == PlacementStatus::Completed);
            }
            (false, _)
                if p.state() == PlacementStatus::Running
                    && p.start.is_some_and(|s| s <= period.to) =>
            {
                totals.running_at_end += 1;
            }
            _ => {}
        }
    }

    if active {
        let met = sessions
            .iter()
            .filter(|s| period.contains(s.date) && s.kind() != SessionType::NoShow)
            .count();
        let dropped = c
            .status_history
            .iter()
            .any(|s| period.contains(s.date) && s.to == Status::DroppedOut);
        let band = &mut totals.intensity_bands[intensity_band(met, period)];
        band.0 += 1;
        band.1 += u64::from(dropped);
    }
    let mut last_met: Option<NaiveDate> = None;
    for session in sessions {
        add_session(totals, session, period);
        if session.date <= period.to.min(today) && session.kind() != SessionType::NoShow {
            last_met = last_met.max(Some(session.date));
        }
    }
    // A period that runs on past today is judged as it stands today.
    let end = period.to.min(today);
    let quiet_since = end - Days::new(OUT_OF_TOUCH_DAYS);
    totals.out_of_touch += u64::from(active && last_met.is_none_or(|d| d < quiet_since));
}

/// What a placement tells of its employer. An employer this device does not know (a placement
/// that arrived before its employer's record) still counts, as an unknown sector.
fn add_employer_use(totals: &mut Totals, p: &Placement, ended: Option<NaiveDate>, period: Period) {
    let employer = totals.employers.entry(p.employer).or_default();
    if let Some(start) = p.start {
        employer.first_start = Some(employer.first_start.map_or(start, |s| s.min(start)));
    }
    let started = p.start.is_some_and(|s| s <= period.to);
    let ran_in_period = started && ended.is_none_or(|end| end >= period.from);
    employer.ran_in_period += u64::from(ran_in_period);
}

/// When a finished placement ended (None: it has not). A placement records no end date of its
/// own: it ended on its planned end, or earlier when the trajectory ended first (a completion
/// or a dropout on or after its start).
fn ended_on(p: &Placement, coachee: &Coachee) -> Option<NaiveDate> {
    if !p.is_finished() {
        return None;
    }
    let trajectory_end = coachee
        .status_history
        .iter()
        .filter(|s| matches!(s.to, Status::Completed | Status::DroppedOut))
        .filter(|s| p.start.is_none_or(|start| s.date >= start))
        .map(|s| s.date)
        .min();
    match (p.planned_end, trajectory_end) {
        (Some(planned), Some(actual)) => Some(planned.min(actual)),
        (planned, actual) => planned.or(actual),
    }
}

/// What an active young person adds to reach and pipeline.
fn add_reach(totals: &mut Totals, c: &Coachee, registered: Option<NaiveDate>, period: Period) {
    totals.active += 1;
    totals.registered += u64::from(registered.is_some_and(|r| period.contains(r)));
    if let Some(status) = status_on(c, period.to) {
        *totals.status_at_end.entry(status).or_default() += 1;
    }
    match c.age(period.to) {
        Some(age) => match AGE_BANDS
            .iter()
            .position(|(_, lo, hi)| (*lo..=*hi).contains(&age))
        {
            Some(band) => *totals.age_bands.entry(band).or_default() += 1,
            None => totals.age_unknown += 1,
        },
        None => totals.age_unknown += 1,
    }
    totals.minors_with_guardian += u64::from(c.is_minor(period.to) && c.guardian.is_some());
    *totals.levels.entry(c.education_level).or_default() += 1;
    *totals.referrers.entry(c.referrer).or_default() += 1;
    for change in c.status_history.iter().filter(|s| period.contains(s.date)) {
        *totals.transitions.entry(change.to).or_default() += 1;
        if change.to == Status::DroppedOut {
            let reason = DropoutReason::of(&change.reason);
            *totals.dropout_reasons.entry(reason).or_default() += 1;
        }
    }
    let neighbourhood = c.neighbourhood.trim();
    if neighbourhood.is_empty() {
        totals.neighbourhood_unknown += 1;
    } else {
        totals
            .neighbourhoods
            .entry(neighbourhood.to_lowercase())
            .or_insert_with(|| (neighbourhood.to_string(), 0))
            .1 += 1;
    }
}

fn add_session(totals: &mut Totals, session: &Session, period: Period) {
    if !period.contains(session.date) {
        return;
    }
    let kind = session.kind();
    *totals.contacts.entry(kind).or_default() += 1;
    *totals.minutes.entry(kind).or_default() += u64::from(session.minutes);
    let author = session.author_name().to_string();
    let coach = totals.coaches.entry(author).or_default();
    coach.contacts += 1;
    coach.minutes += u64::from(session.minutes);
    coach.stage_visits += u64::from(kind == SessionType::StageVisit);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::EntityKind;
    use crate::domain::schema::field_name;

    #[test]
    fn visits_and_contact_intensity_fall_in_their_bands() {
        assert_eq!([0, 1, 2, 3, 9].map(visit_band), [0, 1, 1, 2, 2]);
        let month = Period::month_of(NaiveDate::from_ymd_opt(2026, 11, 5).unwrap());
        assert_eq!([0, 1, 2, 3].map(|n| intensity_band(n, month)), [0, 1, 1, 2]);
        let quarter = Period {
            from: NaiveDate::from_ymd_opt(2026, 7, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 9, 30).unwrap(),
        };
        assert_eq!(
            [2, 3, 6, 7].map(|n| intensity_band(n, quarter)),
            [0, 1, 1, 2]
        );
    }

    #[test]
    fn the_counted_fields_are_the_ones_a_report_reads() {
        let names: Vec<String> = COUNTED_FIELDS
            .iter()
            .map(|tag| field_name(EntityKind::Session, *tag))
            .collect();
        assert_eq!(names, ["date", "minutes", "session_type", "author"]);
    }
}
