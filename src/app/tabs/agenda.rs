//! The agenda: what needs doing across the caseload. Contacts come from the caseload rows
//! already in memory (their contact summaries); escalations and agreements past their date come
//! from their indexes (`FollowUps`), read when the tab opens, so no session is read for a row
//! that is not open.

use std::collections::HashMap;

use chrono::{NaiveDate, TimeDelta};

use super::caseload::Caseload;
use crate::app::cursor::{moved, movement};
use crate::app::form::acknowledge::acknowledge_form;
use crate::app::layer::Hint;
use crate::app::{Action, App, Effect, Pane, Popup, Tab};
use crate::domain::{AgreementOwner, EntityId};
use crate::message::Msg;
use crate::service::followup::{AgreementRef, FollowUps};

/// How far ahead "upcoming" looks, and how long without contact is too long.
pub const HORIZON_DAYS: i64 = 14;

/// The agreements past their date the agenda lists, oldest first; the rest are counted (all of
/// them: `stagecoach agreements --open`). A team has a handful; a programme that never ticks
/// any off has tens of thousands, and building a row for each made the tab take 100–190 ms.
pub const MOST_AGREEMENTS: usize = 200;

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
    /// The date the row is about: the next contact, the last one, the escalated session's or
    /// the agreement's due date.
    pub date: Option<NaiveDate>,
    pub subject: Subject,
}

/// What a row is about besides the coachee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A contact to make or to catch up on.
    Contact,
    /// An escalation waiting for the coordinator: Enter opens the session.
    Escalation {
        session: EntityId,
        coach: String,
        headline: String,
    },
    /// An agreement past its date: one key ticks it off.
    Agreement {
        id: AgreementRef,
        text: String,
        owner: AgreementOwner,
    },
}

/// Every row of the agenda for active coachees, by section and then by date. Open
/// escalations are listed whatever the coachee's status: they wait for an answer all the same.
pub fn build(caseload: &Caseload, followups: &FollowUps, today: NaiveDate) -> Agenda {
    let horizon = today + TimeDelta::days(HORIZON_DAYS);
    let quiet_since = today - TimeDelta::days(HORIZON_DAYS);
    let mut rows = Vec::new();
    // The follow-ups come from their indexes without codes or names: the caseload has those.
    let known: HashMap<EntityId, &crate::service::CoacheeRow> =
        if followups.escalations.is_empty() && followups.agreements.is_empty() {
            HashMap::new()
        } else {
            caseload
                .all_rows()
                .iter()
                .map(|r| (r.coachee.id, r))
                .collect()
        };
    let code_and_name = |id: EntityId| {
        known.get(&id).map_or((String::new(), String::new()), |r| {
            (r.coachee.code.to_string(), r.coachee.full_name())
        })
    };
    for e in &followups.escalations {
        let (code, name) = code_and_name(e.coachee);
        rows.push(AgendaRow {
            section: Section::Escalated,
            coachee: e.coachee,
            code,
            name,
            date: Some(e.date),
            subject: Subject::Escalation {
                session: e.session,
                coach: e.coach.clone(),
                headline: e.headline.clone(),
            },
        });
    }
    // The service read at most the oldest MOST_AGREEMENTS and counted the rest; they come in
    // due-date order from their index.
    let mut agreements_not_listed = followups.agreements_not_listed;
    let mut agreements_listed = 0;
    for a in &followups.agreements {
        let active = known
            .get(&a.coachee)
            .is_some_and(|r| r.coachee.status.is_active());
        if a.due.is_some_and(|d| d < today) && active {
            if agreements_listed == MOST_AGREEMENTS {
                agreements_not_listed += 1;
                continue;
            }
            agreements_listed += 1;
            let (code, name) = code_and_name(a.coachee);
            rows.push(AgendaRow {
                section: Section::AgreementsPastDue,
                coachee: a.coachee,
                code,
                name,
                date: a.due,
                subject: Subject::Agreement {
                    id: a.id,
                    text: a.text.clone(),
                    owner: a.owner,
                },
            });
        }
    }
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
                subject: Subject::Contact,
            })
        };
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
    Agenda {
        rows,
        agreements_not_listed,
    }
}

/// The agenda's rows, sorted by section, and what it leaves out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agenda {
    pub rows: Vec<AgendaRow>,
    /// Agreements past their date beyond [`MOST_AGREEMENTS`].
    pub agreements_not_listed: usize,
}

/// The agenda's hints: what the selected row lets you do first.
pub fn hints(selected: Option<&AgendaRow>, coordinator: bool) -> Vec<Hint> {
    let mut actions = vec![Action::Down, Action::Open];
    match selected.map(|r| &r.subject) {
        Some(Subject::Escalation { .. }) if coordinator => actions.push(Action::Acknowledge),
        Some(Subject::Agreement { .. }) => actions.push(Action::TickOff),
        _ => {}
    }
    actions.push(Action::TabCaseload);
    actions.into_iter().map(Hint::Action).collect()
}

/// Shows freshly read follow-ups: the rows are built again, the cursor kept where it can be.
pub fn show(app: &mut App, followups: &FollowUps) {
    let agenda = build(&app.caseload, followups, app.today);
    app.agenda = agenda.rows;
    app.agenda_not_listed = agenda.agreements_not_listed;
    app.agenda_selected = app.agenda_selected.min(app.agenda.len().saturating_sub(1));
}

/// Moving through the agenda; Enter goes to the coachee (and an escalation's session), `b`
/// answers an escalation (coordinator), `v` ticks an agreement off.
pub fn agenda_action(app: &mut App, action: Action) -> Vec<Effect> {
    if let Some(delta) = movement(action) {
        app.agenda_selected = moved(app.agenda_selected, delta, app.agenda.len());
        return Vec::new();
    }
    let Some(row) = app.agenda.get(app.agenda_selected).cloned() else {
        return Vec::new();
    };
    match (action, &row.subject) {
        (Action::Open, subject) => {
            app.tab = Tab::Caseload;
            app.focus = Pane::List;
            app.caseload.select_id(row.coachee);
            let mut effects = vec![Effect::LoadDetail(row.coachee)];
            if let Subject::Escalation { session, .. } = subject {
                app.focus = Pane::Sessions;
                effects.push(Effect::SelectSession(*session));
                app.popups.push(Popup::Session(*session));
            }
            effects
        }
        (
            Action::Acknowledge,
            Subject::Escalation {
                session,
                coach,
                headline,
            },
        ) => {
            if app.owner.role != crate::domain::Role::Coordinator {
                app.message = Some(Msg::new("ack-coordinator-only"));
                return Vec::new();
            }
            app.form = Some(acknowledge_form(*session, row.coachee, coach, headline));
            vec![Effect::RestoreDraft]
        }
        (Action::TickOff, Subject::Agreement { id, .. }) => {
            vec![Effect::SetAgreement {
                id: *id,
                done: true,
            }]
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AgreementOwner, Coachee, Status};
    use crate::service::CoacheeRow;
    use crate::service::followup::AgreementItem;

    #[test]
    fn past_due_agreements_beyond_the_most_are_counted_not_listed() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let coachee = Coachee {
            id: EntityId::new(),
            status: Status::Placed,
            ..Coachee::default()
        };
        let caseload = Caseload::new(vec![CoacheeRow {
            coachee: coachee.clone(),
            contact: None,
        }]);
        let agreements = (0..MOST_AGREEMENTS + 50)
            .map(|n| AgreementItem {
                id: AgreementRef {
                    session: EntityId::new(),
                    index: 0,
                },
                coachee: coachee.id,
                code: String::new(),
                name: String::new(),
                text: format!("afspraak {n}"),
                owner: AgreementOwner::Coachee,
                due: Some(today - TimeDelta::days(400 - n as i64)),
                done_on: None,
            })
            .collect();
        let followups = FollowUps {
            escalations: Vec::new(),
            agreements,
            agreements_not_listed: 7,
        };
        let agenda = build(&caseload, &followups, today);
        let listed: Vec<&AgendaRow> = agenda
            .rows
            .iter()
            .filter(|r| r.section == Section::AgreementsPastDue)
            .collect();
        assert_eq!(listed.len(), MOST_AGREEMENTS);
        assert_eq!(agenda.agreements_not_listed, 50 + 7, "with those not read");
        // The oldest are the ones listed.
        assert_eq!(listed[0].date, Some(today - TimeDelta::days(400)));
        assert!(matches!(&listed[MOST_AGREEMENTS - 1].subject,
            Subject::Agreement { text, .. } if text == &format!("afspraak {}", MOST_AGREEMENTS - 1)));
    }
}
