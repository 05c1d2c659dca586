//! The agenda: what needs doing across the caseload, computed from the caseload rows already in
//! memory (their contact summaries), so opening the tab reads nothing from the database.

use chrono::{NaiveDate, TimeDelta};

use super::caseload::Caseload;
use crate::app::Action;
use crate::app::layer::Hint;
use crate::domain::EntityId;

/// How far ahead "upcoming" looks, and how long without contact is too long.
pub const HORIZON_DAYS: i64 = 14;

/// The sections, in the order a coach should work through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Escalated,
    Overdue,
    AgreementsPastDue,
    Upcoming,
    OutOfTouch,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Escalated,
        Section::Overdue,
        Section::AgreementsPastDue,
        Section::Upcoming,
        Section::OutOfTouch,
    ];

    pub fn label_id(self) -> &'static str {
        match self {
            Section::Escalated => "agenda-escalated",
            Section::Overdue => "agenda-overdue",
            Section::AgreementsPastDue => "agenda-agreements-past-due",
            Section::Upcoming => "agenda-upcoming",
            Section::OutOfTouch => "agenda-out-of-touch",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaRow {
    pub section: Section,
    pub coachee: EntityId,
    pub code: String,
    pub name: String,
    /// The date the row is about: the next contact, or the last one.
    pub date: Option<NaiveDate>,
}

/// Every row of the agenda for active coachees, by section and then by date.
pub fn build(caseload: &Caseload, today: NaiveDate) -> Vec<AgendaRow> {
    let horizon = today + TimeDelta::days(HORIZON_DAYS);
    let quiet_since = today - TimeDelta::days(HORIZON_DAYS);
    let mut rows = Vec::new();
    for row in caseload.all_rows() {
        let c = &row.coachee;
        if !c.status.is_active() {
            continue;
        }
        let contact = row.contact.as_ref();
        let next = contact.and_then(|s| s.next_contact);
        let last = contact.and_then(|s| s.last_contact);
        let mut add = |section, date| {
            rows.push(AgendaRow {
                section,
                coachee: c.id,
                code: c.code.to_string(),
                name: c.full_name(),
                date,
            })
        };
        if contact.is_some_and(|s| s.escalate) {
            add(Section::Escalated, last);
        }
        if let Some(due) = contact.and_then(|s| s.first_open_due)
            && due < today
        {
            add(Section::AgreementsPastDue, Some(due));
        }
        match next {
            Some(d) if d < today => add(Section::Overdue, Some(d)),
            Some(d) if d <= horizon => add(Section::Upcoming, Some(d)),
            _ => {}
        }
        if last.is_none_or(|d| d < quiet_since) {
            add(Section::OutOfTouch, last);
        }
    }
    rows.sort_by(|a, b| {
        a.section
            .cmp(&b.section)
            .then_with(|| match (a.date, b.date) {
                (Some(x), Some(y)) => x.cmp(&y),
                (None, Some(_)) => std::cmp::Ordering::Less,
                (Some(_), None) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| a.code.cmp(&b.code))
    });
    rows
}

/// The agenda's hints.
pub fn hints() -> Vec<Hint> {
    [Action::Down, Action::Open, Action::TabCaseload]
        .map(Hint::Action)
        .to_vec()
}
