//! Computing a [`Report`] in one pass over the coachees: each young person's record, status
//! history and placements, and their sessions read one coachee at a time, so a programme's
//! sessions are never all in memory at once.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::{Label, Period, Report, Row, Section, Table, Value};
use crate::domain::{
    Coachee, EducationLevel, Outcome, PlacementStatus, PlacementType, Referrer, Role, Session,
    SessionType, Status,
};
use crate::store::{CoacheeRow, Store, StoreError};

/// The session fields a report counts: date, minutes, type and author. Nothing a coach wrote
/// is even decoded.
pub(super) const COUNTED_FIELDS: &[crate::domain::FieldTag] = &[2, 4, 5, 16];

/// A young person without contact for longer than this at the period's end is out of touch.
const OUT_OF_TOUCH_DAYS: u64 = 14;

/// Age bands at the period's end, as funders ask for them.
const AGE_BANDS: [(&str, u32, u32); 4] = [
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
fn status_on(coachee: &Coachee, day: NaiveDate) -> Option<Status> {
    coachee
        .status_history
        .iter()
        .filter(|c| c.date <= day)
        .max_by_key(|c| c.date)
        .map(|c| c.to)
}

/// Counts per key, in the key's own order.
type Tally<K> = BTreeMap<K, u64>;

/// What one coach's young people add up to.
#[derive(Default)]
struct CoachTotals {
    caseload: u64,
    active: u64,
    contacts: u64,
    minutes: u64,
    stage_visits: u64,
    overdue: u64,
    escalations: u64,
    agreements_past_due: u64,
    device: Option<crate::domain::DeviceId>,
}

/// Everything the pass counts.
#[derive(Default)]
struct Totals {
    active: u64,
    registered: u64,
    minors_with_guardian: u64,
    status_at_end: Tally<Status>,
    age_bands: Tally<usize>,
    age_unknown: u64,
    levels: Tally<Option<EducationLevel>>,
    referrers: Tally<Option<Referrer>>,
    transitions: Tally<Status>,
    days_to_placement: Vec<u64>,
    started: Tally<Option<PlacementType>>,
    running_at_end: u64,
    ended: Tally<Option<Outcome>>,
    contacts: Tally<SessionType>,
    minutes: Tally<SessionType>,
    out_of_touch: u64,
    coaches: BTreeMap<String, CoachTotals>,
    /// Per band of stage visits during a placement: placements ended, and completed.
    visit_bands: [(u64, u64); 3],
    /// Per band of contacts a month: active young people, and those who dropped out.
    intensity_bands: [(u64, u64); 3],
}

/// The bands of stage visits during a placement: none, one or two, three or more.
const VISIT_BANDS: [&str; 3] = [
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
const INTENSITY_BANDS: [&str; 3] = [
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

/// The report for `period`, of every young person or of `coach`'s only.
pub fn compute(
    store: &Store,
    period: Period,
    coach: Option<&str>,
    today: NaiveDate,
) -> Result<Report, StoreError> {
    let mut totals = Totals::default();
    for row in store.coachees()? {
        let coach_name = row.coachee.coach.as_ref().map(|c| c.name.clone());
        if coach.is_some_and(|wanted| coach_name.as_deref() != Some(wanted)) {
            continue;
        }
        add_coachee(store, &mut totals, &row, period, today)?;
    }
    let identity = store.identity();
    let mut sections = vec![
        reach(&totals),
        pipeline(&totals),
        placements(&totals),
        contacts(&totals),
        what_works(&totals),
    ];
    if identity.role == Role::Coordinator {
        sections.push(per_coach(store, &totals)?);
    }
    Ok(Report {
        title_id: "report-title",
        period,
        generated_on: today,
        by: identity.name.clone(),
        coach: coach.map(str::to_string),
        sections,
    })
}

fn add_coachee(
    store: &Store,
    totals: &mut Totals,
    row: &CoacheeRow,
    period: Period,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let c = &row.coachee;
    let registered = c
        .registered_on
        .or_else(|| c.status_history.first().map(|s| s.date));
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
    if let Some(contact) = &row.contact {
        coach.overdue += u64::from(contact.next_contact.is_some_and(|d| d < today));
        coach.escalations += u64::from(contact.escalate);
        coach.agreements_past_due += u64::from(contact.first_open_due.is_some_and(|d| d < today));
    }
    if registered.is_none_or(|r| r > period.to) {
        return Ok(());
    }
    let changed_in_period = c.status_history.iter().any(|s| period.contains(s.date));
    let before = period.from.pred_opt().and_then(|d| status_on(c, d));
    // Young people who ended before the period are not in its reach; their contacts and
    // placements in it (aftercare, say) still count.
    let active = !before.is_some_and(has_ended) || changed_in_period;
    if active {
        coach.active += 1;
        add_reach(totals, c, registered, period);
    }
    let sessions = store.sessions_with_fields_of(c.id, COUNTED_FIELDS)?;
    let placements = store.placements_of(c.id)?;
    let first_start = placements.iter().filter_map(|p| p.start).min();
    if let (Some(first), Some(registered)) = (first_start, registered)
        && period.contains(first)
    {
        totals
            .days_to_placement
            .push((first - registered).num_days().max(0) as u64);
    }
    for p in &placements {
        if p.start.is_some_and(|s| period.contains(s)) {
            *totals.started.entry(p.placement_type).or_default() += 1;
        }
        let finished = matches!(
            p.state(),
            PlacementStatus::Completed | PlacementStatus::Ended
        );
        // A placement has no end date of its own: a finished one ended on its planned end.
        match (finished, p.planned_end) {
            (true, Some(end)) if period.contains(end) => {
                *totals.ended.entry(p.outcome).or_default() += 1;
                let visits = sessions
                    .iter()
                    .filter(|s| s.kind() == SessionType::StageVisit)
                    .filter(|s| p.start.is_none_or(|start| s.date >= start) && s.date <= end)
                    .count();
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
        add_session(totals, &session, period);
        if session.date <= period.to.min(today) && session.kind() != SessionType::NoShow {
            last_met = last_met.max(Some(session.date));
        }
    }
    // A period that runs on past today is judged as it stands today.
    let end = period.to.min(today);
    let quiet_since = end - Days::new(OUT_OF_TOUCH_DAYS);
    totals.out_of_touch += u64::from(active && last_met.is_none_or(|d| d < quiet_since));
    Ok(())
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

fn count(n: u64) -> Vec<Value> {
    vec![Value::Count(n)]
}

fn reach(t: &Totals) -> Section {
    let mut totals = Table::new("report-reach-totals", &["report-col-young-people"]);
    totals.row("report-active", count(t.active));
    totals.row("report-registered", count(t.registered));
    totals.row("report-minors-with-guardian", count(t.minors_with_guardian));
    let mut status = Table::new("report-reach-status", &["report-col-young-people"]);
    for s in Status::ALL {
        status.row(
            s.label_id(),
            count(t.status_at_end.get(s).copied().unwrap_or(0)),
        );
    }
    let mut ages = Table::new("report-reach-age", &["report-col-young-people"]);
    for (i, (label, _, _)) in AGE_BANDS.iter().enumerate() {
        ages.row(label, count(t.age_bands.get(&i).copied().unwrap_or(0)));
    }
    ages.row("report-unknown", count(t.age_unknown));
    let mut levels = Table::new("report-reach-level", &["report-col-young-people"]);
    for level in EducationLevel::ALL {
        levels.row(
            level.label_id(),
            count(t.levels.get(&Some(*level)).copied().unwrap_or(0)),
        );
    }
    levels.row(
        "report-unknown",
        count(t.levels.get(&None).copied().unwrap_or(0)),
    );
    let mut referrers = Table::new("report-reach-referrer", &["report-col-young-people"]);
    for referrer in Referrer::ALL {
        let n = t.referrers.get(&Some(*referrer)).copied().unwrap_or(0);
        referrers.row(referrer.label_id(), count(n));
    }
    referrers.row(
        "report-unknown",
        count(t.referrers.get(&None).copied().unwrap_or(0)),
    );
    Section {
        title_id: "report-section-reach",
        tables: vec![totals, status, ages, levels, referrers],
    }
}

fn pipeline(t: &Totals) -> Section {
    let mut transitions = Table::new("report-pipeline-transitions", &["report-col-transitions"]);
    for s in Status::ALL.iter().filter(|s| **s != Status::Registered) {
        transitions.row(
            s.label_id(),
            count(t.transitions.get(s).copied().unwrap_or(0)),
        );
    }
    let mut days = t.days_to_placement.clone();
    days.sort_unstable();
    let median = (!days.is_empty()).then(|| days[days.len() / 2]);
    let mut speed = Table::new("report-pipeline-speed", &["report-col-days"]);
    speed.row("report-days-to-placement", vec![Value::Days(median)]);
    Section {
        title_id: "report-section-pipeline",
        tables: vec![transitions, speed],
    }
}

fn placements(t: &Totals) -> Section {
    let mut started = Table::new("report-placements-started", &["report-col-placements"]);
    for kind in PlacementType::ALL {
        let n = t.started.get(&Some(*kind)).copied().unwrap_or(0);
        started.row(kind.label_id(), count(n));
    }
    let mut state = Table::new("report-placements-state", &["report-col-placements"]);
    state.row("report-running-at-end", count(t.running_at_end));
    let mut ended = Table::new("report-placements-ended", &["report-col-placements"]);
    for outcome in Outcome::ALL {
        let n = t.ended.get(&Some(*outcome)).copied().unwrap_or(0);
        ended.row(outcome.label_id(), count(n));
    }
    ended.row(
        "report-unknown",
        count(t.ended.get(&None).copied().unwrap_or(0)),
    );
    Section {
        title_id: "report-section-placements",
        tables: vec![started, state, ended],
    }
}

fn contacts(t: &Totals) -> Section {
    let mut by_type = Table::new(
        "report-contacts-by-type",
        &["report-col-contacts", "report-col-hours"],
    );
    for kind in SessionType::ALL {
        by_type.row(
            kind.label_id(),
            vec![
                Value::Count(t.contacts.get(kind).copied().unwrap_or(0)),
                Value::Minutes(t.minutes.get(kind).copied().unwrap_or(0)),
            ],
        );
    }
    by_type.row(
        "report-total",
        vec![
            Value::Count(t.contacts.values().sum()),
            Value::Minutes(t.minutes.values().sum()),
        ],
    );
    let mut touch = Table::new("report-contacts-touch", &["report-col-share"]);
    touch.row(
        "report-out-of-touch",
        vec![Value::Rate {
            part: t.out_of_touch,
            base: t.active,
        }],
    );
    Section {
        title_id: "report-section-contacts",
        tables: vec![by_type, touch],
    }
}

fn what_works(t: &Totals) -> Section {
    let rate = |(base, part): (u64, u64)| {
        vec![
            Value::Count(base),
            Value::Count(part),
            Value::Rate { part, base },
        ]
    };
    let mut visits = Table::new(
        "report-works-visits",
        &[
            "report-col-placements-ended",
            "report-col-completed",
            "report-col-share",
        ],
    );
    for (label, band) in VISIT_BANDS.iter().zip(t.visit_bands) {
        visits.row(label, rate(band));
    }
    let mut intensity = Table::new(
        "report-works-intensity",
        &[
            "report-col-young-people",
            "report-col-dropped-out",
            "report-col-share",
        ],
    );
    for (label, band) in INTENSITY_BANDS.iter().zip(t.intensity_bands) {
        intensity.row(label, rate(band));
    }
    Section {
        title_id: "report-section-what-works",
        tables: vec![visits, intensity],
    }
}

fn per_coach(store: &Store, t: &Totals) -> Result<Section, StoreError> {
    let mut table = Table::new(
        "report-per-coach",
        &[
            "report-col-caseload",
            "report-col-active",
            "report-col-contacts",
            "report-col-hours",
            "report-col-stage-visits",
            "report-col-overdue",
            "report-col-escalations",
            "report-col-agreements-past-due",
            "report-col-last-bundle",
        ],
    );
    for (name, coach) in t.coaches.iter().filter(|(name, _)| !name.is_empty()) {
        let last_bundle = match coach.device {
            Some(device) => store.peer_exchange(device)?.last_in,
            None => None,
        };
        table.rows.push(Row {
            label: Label::Text(name.clone()),
            values: vec![
                Value::Count(coach.caseload),
                Value::Count(coach.active),
                Value::Count(coach.contacts),
                Value::Minutes(coach.minutes),
                Value::Count(coach.stage_visits),
                Value::Count(coach.overdue),
                Value::Count(coach.escalations),
                Value::Count(coach.agreements_past_due),
                Value::Date(last_bundle),
            ],
        });
    }
    Ok(Section {
        title_id: "report-section-per-coach",
        tables: vec![table],
    })
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
