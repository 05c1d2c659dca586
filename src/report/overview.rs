//! The programme at a glance, for the screen's overview tab: the period's headline numbers,
//! the pipeline by status, contacts per week, placements by type, and a line per coach.
//!
//! It must open in a blink at 10,000 young people, so it reads no session: young people come
//! from the caseload rows the screen already holds (with their contact summaries), contacts
//! from the contact tallies (per day, and per month and author), and placements from their
//! index by start date. Its periods are whole months (a month or a year).

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::Period;
use super::compute::{active_in, registered_on, status_on};
use crate::domain::{Coachee, DeviceId, PlacementStatus, PlacementType, SessionType, Status};
use crate::store::views::PlacementFacts;
use crate::store::{CoacheeRow, Store, StoreError};

/// How many weeks of contacts the overview shows.
pub const WEEKS: usize = 12;

/// A coach whose last bundle is older than this is behind.
pub const STALE_AFTER_DAYS: i64 = 7;

/// The figures the tab shows for one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub period: Period,
    /// The day "now" figures are taken on: the period's end, or today while it runs.
    pub as_of: NaiveDate,
    pub headline: Headline,
    /// Young people in the period's reach, by their status on `as_of`.
    pub pipeline: Vec<(Status, u64)>,
    /// Contacts (no-shows left out) in each of the last [`WEEKS`] weeks up to `as_of`, oldest
    /// first, by the Monday that starts the week.
    pub weeks: Vec<(NaiveDate, u64)>,
    /// Placements running on `as_of`, by type (`None`: no type given).
    pub placements: Vec<(Option<PlacementType>, u64)>,
    pub coaches: Vec<CoachLine>,
}

/// The period's headline numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Headline {
    pub active: u64,
    pub registered: u64,
    pub contacts: u64,
    pub minutes: u64,
    pub stage_visits: u64,
    pub no_shows: u64,
    pub placements_started: u64,
    pub completed: u64,
    pub dropped_out: u64,
}

/// One coach's line: their caseload now, and their work in the period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoachLine {
    pub name: String,
    pub caseload: u64,
    pub active: u64,
    pub contacts: u64,
    pub minutes: u64,
    pub stage_visits: u64,
    /// Young people whose planned next contact has passed.
    pub overdue: u64,
    pub escalations: u64,
    pub agreements_past_due: u64,
    /// When this device last received a bundle from the coach (`None`: never).
    pub last_bundle: Option<NaiveDate>,
    device: Option<DeviceId>,
}

impl CoachLine {
    /// Whether the coach's news is more than a week old (or never came): the coordinator
    /// should ask for a bundle. Only coaches with a caseload send bundles.
    pub fn is_behind(&self, today: NaiveDate) -> bool {
        self.caseload > 0
            && self
                .last_bundle
                .is_none_or(|d| (today - d).num_days() > STALE_AFTER_DAYS)
    }
}

/// The overview of `period`, from the caseload `rows` (every young person on this device).
pub fn overview(
    store: &Store,
    rows: &[CoacheeRow],
    period: Period,
    today: NaiveDate,
) -> Result<Overview, StoreError> {
    let as_of = period.to.min(today).max(period.from);
    let mut headline = Headline::default();
    let mut placements_now = BTreeMap::<Option<PlacementType>, u64>::new();
    let mut pipeline = BTreeMap::<Status, u64>::new();
    let mut coaches = BTreeMap::<String, CoachLine>::new();
    for row in rows {
        let c = &row.coachee;
        let coach = c.coach.as_ref().map(|coach| {
            let line = coaches.entry(coach.name.clone()).or_default();
            line.device = Some(coach.device);
            line.caseload += 1;
            line
        });
        let active = active_in(c, period);
        if let Some(line) = coach {
            line.active += u64::from(active);
            if let Some(contact) = &row.contact {
                line.overdue += u64::from(contact.next_contact.is_some_and(|d| d < today));
                line.escalations += u64::from(contact.escalate);
                line.agreements_past_due +=
                    u64::from(contact.first_open_due.is_some_and(|d| d < today));
            }
        }
        if active {
            add_active(&mut headline, &mut pipeline, c, period, as_of);
        }
    }
    // The anonymously erased count for the months they were there, as in the report: in the
    // headline, the pipeline, the placements and their coach's work, though not in the
    // weekly chart (a trace keeps months, not weeks) or in anyone's caseload now.
    let traced = store.traces()?;
    for trace in &traced {
        let (c, sessions, placements, _) = super::traces::person_of(trace);
        let active = active_in(&c, period);
        if let Some(coach) = &c.coach {
            coaches.entry(coach.name.clone()).or_default().active += u64::from(active);
        }
        if active {
            add_active(&mut headline, &mut pipeline, &c, period, as_of);
        }
        for session in sessions.iter().filter(|s| period.contains(s.date)) {
            let kind = session.kind();
            let no_show = kind == SessionType::NoShow;
            headline.contacts += 1;
            headline.minutes += u64::from(session.minutes);
            headline.stage_visits += u64::from(kind == SessionType::StageVisit);
            headline.no_shows += u64::from(no_show);
            let line = coaches
                .entry(session.author_name().to_string())
                .or_default();
            line.contacts += 1;
            line.minutes += u64::from(session.minutes);
            line.stage_visits += u64::from(kind == SessionType::StageVisit);
        }
        for p in &placements {
            if let Some(start) = p.start.filter(|s| *s <= period.to.max(as_of)) {
                let facts = PlacementFacts::of(p);
                add_placement(
                    &mut headline,
                    &mut placements_now,
                    start,
                    facts,
                    period,
                    as_of,
                );
            }
        }
    }

    let weeks_from = monday_of(as_of) - Days::new(7 * (WEEKS as u64 - 1));
    let mut weeks: Vec<(NaiveDate, u64)> = (0..WEEKS as u64)
        .map(|w| (weeks_from + Days::new(7 * w), 0))
        .collect();
    for (day, tally) in store.contacts_by_day(period.from.min(weeks_from), period.to.max(as_of))? {
        for t in &tally.by_type {
            let (contacts, minutes) = (u64::from(t.contacts), u64::from(t.minutes));
            let no_shows = u64::from(t.kind == SessionType::NoShow) * contacts;
            if day >= weeks_from && day <= as_of {
                weeks[((day - weeks_from).num_days() / 7) as usize].1 += contacts - no_shows;
            }
            if period.contains(day) {
                headline.contacts += contacts;
                headline.minutes += minutes;
                headline.stage_visits += u64::from(t.kind == SessionType::StageVisit) * contacts;
                headline.no_shows += no_shows;
            }
        }
    }
    // Per coach by whole months: the tab's periods are months and years. Contacts count for
    // whoever logged them, as in the report.
    for month in store.contacts_by_month(period.from, period.to)? {
        let line = coaches.entry(month.author).or_default();
        for t in &month.tally.by_type {
            line.contacts += u64::from(t.contacts);
            line.minutes += u64::from(t.minutes);
            line.stage_visits +=
                u64::from(t.kind == SessionType::StageVisit) * u64::from(t.contacts);
        }
    }

    for (start, p) in store.placements_started_by(period.to.max(as_of))? {
        add_placement(&mut headline, &mut placements_now, start, p, period, as_of);
    }

    coaches.remove("");
    for line in coaches.values_mut() {
        if let Some(device) = line.device {
            line.last_bundle = store.peer_exchange(device)?.last_in;
        }
    }
    Ok(Overview {
        period,
        as_of,
        headline,
        pipeline: Status::ALL
            .iter()
            .map(|s| (*s, pipeline.get(s).copied().unwrap_or(0)))
            .collect(),
        weeks,
        placements: placements_now.into_iter().collect(),
        coaches: coaches
            .into_iter()
            .map(|(name, line)| CoachLine { name, ..line })
            .collect(),
    })
}

/// What a young person active in the period adds to the headline and the pipeline.
fn add_active(
    headline: &mut Headline,
    pipeline: &mut BTreeMap<Status, u64>,
    c: &Coachee,
    period: Period,
    as_of: NaiveDate,
) {
    headline.active += 1;
    headline.registered += u64::from(registered_on(c).is_some_and(|r| period.contains(r)));
    for change in c.status_history.iter().filter(|s| period.contains(s.date)) {
        headline.completed += u64::from(change.to == Status::Completed);
        headline.dropped_out += u64::from(change.to == Status::DroppedOut);
    }
    if let Some(status) = status_on(c, as_of) {
        *pipeline.entry(status).or_default() += 1;
    }
}

/// A placement that started on `start`: started in the period, and running on `as_of`?
fn add_placement(
    headline: &mut Headline,
    running_now: &mut BTreeMap<Option<PlacementType>, u64>,
    start: NaiveDate,
    p: PlacementFacts,
    period: Period,
    as_of: NaiveDate,
) {
    headline.placements_started += u64::from(period.contains(start));
    let running = p.state == PlacementStatus::Running
        && start <= as_of
        && p.planned_end.is_none_or(|end| end >= as_of);
    if running {
        *running_now.entry(p.kind).or_default() += 1;
    }
}

fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_coach_is_behind_after_a_week_without_a_bundle() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let line = |caseload, last_bundle| CoachLine {
            caseload,
            last_bundle,
            ..CoachLine::default()
        };
        let days_ago = |n| Some(today - Days::new(n));
        assert!(!line(3, days_ago(7)).is_behind(today));
        assert!(line(3, days_ago(8)).is_behind(today));
        assert!(line(3, None).is_behind(today));
        assert!(!line(0, None).is_behind(today), "no caseload, no bundles");
        assert_eq!(
            monday_of(today),
            today,
            "23 November 2026 is itself a Monday"
        );
        assert_eq!(monday_of(today + Days::new(6)), today);
    }
}
