//! A coach's own hours (`report --mine`): what a student coach accounts for to their own
//! school — contacts and hours per week and per contact type, stage visits among them — with
//! the young people by code only, never by name.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::compute::COUNTED_FIELDS;
use super::{Label, Period, Report, Row, Section, Table, Value};
use crate::domain::SessionType;
use crate::store::{Store, StoreError};

/// Contacts and minutes.
#[derive(Default, Clone, Copy)]
struct Work {
    contacts: u64,
    minutes: u64,
}

impl Work {
    fn add(&mut self, minutes: u16) {
        self.contacts += 1;
        self.minutes += u64::from(minutes);
    }

    fn values(self) -> Vec<Value> {
        vec![Value::Count(self.contacts), Value::Minutes(self.minutes)]
    }
}

/// The contacts this device's owner logged in `period`, per week, per type and per young
/// person (by code).
pub fn own_hours(store: &Store, period: Period, today: NaiveDate) -> Result<Report, StoreError> {
    let me = store.identity();
    let mut weeks: BTreeMap<(i32, u32), Work> = BTreeMap::new();
    let mut types: BTreeMap<SessionType, Work> = BTreeMap::new();
    let mut young_people: BTreeMap<String, Work> = BTreeMap::new();
    let mut total = Work::default();
    for row in store.coachees()? {
        for session in store.sessions_with_fields_of(row.coachee.id, COUNTED_FIELDS)? {
            let mine = session
                .author
                .as_ref()
                .is_some_and(|a| a.device == me.device);
            if !mine || !period.contains(session.date) {
                continue;
            }
            let week = session.date.iso_week();
            weeks
                .entry((week.year(), week.week()))
                .or_default()
                .add(session.minutes);
            types
                .entry(session.kind())
                .or_default()
                .add(session.minutes);
            young_people
                .entry(row.coachee.code.to_string())
                .or_default()
                .add(session.minutes);
            total.add(session.minutes);
        }
    }
    let columns = ["report-col-contacts", "report-col-hours"];
    let mut per_week = Table::new("report-hours-per-week", &columns);
    for ((year, week), work) in weeks {
        per_week.rows.push(Row {
            label: Label::Text(format!("{year}-W{week:02}")),
            values: work.values(),
        });
    }
    per_week.row("report-total", total.values());
    let mut per_type = Table::new("report-hours-per-type", &columns);
    for (kind, work) in types {
        per_type.row(kind.label_id(), work.values());
    }
    let mut per_person = Table::new("report-hours-per-young-person", &columns);
    for (code, work) in young_people {
        per_person.rows.push(Row {
            label: Label::Text(code),
            values: work.values(),
        });
    }
    Ok(Report {
        title_id: "report-hours-title",
        period,
        generated_on: today,
        by: me.name.clone(),
        coach: None,
        programme: None,
        sections: vec![Section {
            title_id: "report-section-hours",
            tables: vec![per_week, per_type, per_person],
        }],
    })
}
