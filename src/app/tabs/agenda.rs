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

/// The rows a section of the agenda lists, most urgent first; the rest are counted (and all of
/// them are a command or a sort order away). A team has a handful in each; a programme of
/// 10,000 that never ticks an agreement off has tens of thousands, and building a row for each
/// made the tab take 100–190 ms.
pub const MOST_PER_SECTION: usize = 200;

/// The sections, in the order a coach should work through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Escalated,
    Overdue,
    AgreementsPastDue,
    Upcoming,
    OutOfTouch,
    /// Under 16 without a parent's or guardian's consent (AVG art. 8).
    ConsentMissing,
    /// Closed files kept past the programme's retention period (AVG art. 5(1)(e)).
    ToErase,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Escalated,
        Section::Overdue,
        Section::AgreementsPastDue,
        Section::Upcoming,
        Section::OutOfTouch,
        Section::ConsentMissing,
        Section::ToErase,
    ];

    /// The section's place in [`Section::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Section::Escalated => "agenda-escalated",
            Section::Overdue => "agenda-overdue",
            Section::AgreementsPastDue => "agenda-agreements-past-due",
            Section::Upcoming => "agenda-upcoming",
            Section::OutOfTouch => "agenda-out-of-touch",
            Section::ConsentMissing => "agenda-consent-missing",
            Section::ToErase => "agenda-to-erase",
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

/// Every row of the agenda for active coachees, by section and then by date, at most
/// [`MOST_PER_SECTION`] a section (the rest counted). Open escalations are listed whatever
/// the coachee's status: they wait for an answer all the same.
pub fn build(caseload: &Caseload, followups: &FollowUps, today: NaiveDate) -> Agenda {
    let horizon = today + TimeDelta::days(HORIZON_DAYS);
    let quiet_since = today - TimeDelta::days(HORIZON_DAYS);
    let mut rows = Vec::new();
    let mut not_listed = [0; Section::ALL.len()];
    let all_rows = caseload.all_rows();
    // The follow-ups come from their indexes without codes or names: the caseload has those.
    let known: HashMap<EntityId, &crate::service::CoacheeRow> =
        if followups.escalations.is_empty() && followups.agreements.is_empty() {
            HashMap::new()
        } else {
            all_rows.iter().map(|r| (r.coachee.id, r)).collect()
        };
    let code_and_name = |id: EntityId| {
        known.get(&id).map_or((String::new(), String::new()), |r| {
            (r.coachee.code.to_string(), r.coachee.full_name())
        })
    };
    // Escalations come oldest first from their index.
    for (n, e) in followups.escalations.iter().enumerate() {
        if n == MOST_PER_SECTION {
            not_listed[Section::Escalated.index()] = followups.escalations.len() - n;
            break;
        }
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
    // The service read at most the oldest MOST_PER_SECTION, and says whether there are more;
    // they come in due-date order from their index.
    let mut more_agreements = followups.more_agreements;
    let mut agreements_listed = 0;
    for a in &followups.agreements {
        let active = known
            .get(&a.coachee)
            .is_some_and(|r| r.coachee.status.is_active());
        if a.due.is_some_and(|d| d < today) && active {
            if agreements_listed == MOST_PER_SECTION {
                more_agreements = true;
                break;
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
    // Which coachees belong in the contact sections, by date; the strings of a row are built
    // only for the ones listed.
    let mut contacts: [(Section, Vec<Candidate>); 3] = [
        (Section::Overdue, Vec::new()),
        (Section::Upcoming, Vec::new()),
        (Section::OutOfTouch, Vec::new()),
    ];
    for (i, row) in all_rows.iter().enumerate() {
        let c = &row.coachee;
        if !c.status.is_active() {
            continue;
        }
        let contact = row.contact.as_ref();
        let next = contact.and_then(|s| s.next_contact);
        let last = contact.and_then(|s| s.last_contact);
        let code = c.code.as_str();
        match next {
            Some(d) if d < today => contacts[0].1.push((Some(d), code, i)),
            Some(d) if d <= horizon => contacts[1].1.push((Some(d), code, i)),
            _ => {}
        }
        if last.is_none_or(|d| d < quiet_since) {
            contacts[2].1.push((last, code, i));
        }
    }
    // Rare rows, so all of them are listed: each is a legal duty, not a reminder.
    for (i, row) in all_rows.iter().enumerate() {
        let c = &row.coachee;
        if c.status.is_active() && c.needs_representative_consent(today) {
            rows.push(contact_row(Section::ConsentMissing, &all_rows[i], None));
        }
    }
    for file in crate::service::retention::due(&followups.policy, all_rows, today) {
        rows.push(AgendaRow {
            section: Section::ToErase,
            coachee: file.coachee.id,
            code: file.coachee.code.to_string(),
            name: file.coachee.full_name(),
            date: Some(file.erase_from),
            subject: Subject::Contact,
        });
    }
    for (section, mut candidates) in contacts {
        candidates.sort_unstable_by(|a, b| by_date(a.0, b.0).then_with(|| a.1.cmp(b.1)));
        not_listed[section.index()] = candidates.len().saturating_sub(MOST_PER_SECTION);
        for (date, _, i) in candidates.into_iter().take(MOST_PER_SECTION) {
            rows.push(contact_row(section, &all_rows[i], date));
        }
    }
    rows.sort_by(|a, b| {
        a.section
            .cmp(&b.section)
            .then_with(|| by_date(a.date, b.date))
            .then_with(|| a.code.cmp(&b.code))
    });
    Agenda {
        rows,
        left_out: LeftOut {
            not_listed,
            more_agreements,
        },
    }
}

fn contact_row(
    section: Section,
    row: &crate::service::CoacheeRow,
    date: Option<NaiveDate>,
) -> AgendaRow {
    AgendaRow {
        section,
        coachee: row.coachee.id,
        code: row.coachee.code.to_string(),
        name: row.coachee.full_name(),
        date,
        subject: Subject::Contact,
    }
}

/// A coachee who belongs in a contact section: the date the row is about, their code (to
/// break ties) and their place in the caseload's rows.
type Candidate<'a> = (Option<NaiveDate>, &'a str, usize);

/// Earliest first; no date (never contacted) before any date.
fn by_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.cmp(&y),
        (None, Some(_)) => std::cmp::Ordering::Less,
        (Some(_), None) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// The agenda's rows, sorted by section, and what it leaves out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agenda {
    pub rows: Vec<AgendaRow>,
    pub left_out: LeftOut,
}

/// What the agenda counts but does not list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Per section (in [`Section::ALL`] order), the rows beyond [`MOST_PER_SECTION`].
    pub not_listed: [usize; Section::ALL.len()],
    /// There are agreements past their date beyond those listed (not counted: see
    /// `Store::open_agreements_due_by_for`).
    pub more_agreements: bool,
}

impl LeftOut {
    /// Whether `section` has more than it lists without saying how many.
    pub fn uncounted(&self, section: Section) -> bool {
        section == Section::AgreementsPastDue && self.more_agreements
    }

    /// How many rows `section` has, of which `listed` are listed: "12", or "200+".
    pub fn count(&self, section: Section, listed: usize) -> String {
        let total = listed + self.not_listed[section.index()];
        let more = if self.uncounted(section) { "+" } else { "" };
        format!("{total}{more}")
    }

    /// How many rows the agenda has, of which `listed` are listed.
    pub fn total(&self, listed: usize) -> String {
        let total = listed + self.not_listed.iter().sum::<usize>();
        let more = if self.more_agreements { "+" } else { "" };
        format!("{total}{more}")
    }
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
    app.agenda_left_out = agenda.left_out;
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
        let agreements = (0..MOST_PER_SECTION + 50)
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
            more_agreements: false,
            policy: Default::default(),
        };
        let agenda = build(&caseload, &followups, today);
        let listed: Vec<&AgendaRow> = agenda
            .rows
            .iter()
            .filter(|r| r.section == Section::AgreementsPastDue)
            .collect();
        assert_eq!(listed.len(), MOST_PER_SECTION);
        assert!(agenda.left_out.more_agreements);
        // The oldest are the ones listed.
        assert_eq!(listed[0].date, Some(today - TimeDelta::days(400)));
        assert!(matches!(&listed[MOST_PER_SECTION - 1].subject,
            Subject::Agreement { text, .. } if text == &format!("afspraak {}", MOST_PER_SECTION - 1)));
    }

    #[test]
    fn a_contact_section_lists_the_most_overdue_and_counts_the_rest() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let rows: Vec<CoacheeRow> = (0..MOST_PER_SECTION + 30)
            .map(|n| CoacheeRow {
                coachee: Coachee {
                    id: EntityId::new(),
                    code: crate::domain::ShortCode::parse(&format!("K{:03}", n % 1000))
                        .unwrap_or_default(),
                    status: Status::Placed,
                    ..Coachee::default()
                },
                contact: Some(crate::service::ContactSummary {
                    last_contact: Some(today),
                    next_contact: Some(today - TimeDelta::days(1 + n as i64)),
                    sessions: 1,
                    open_agreements: 0,
                    first_open_due: None,
                    escalate: false,
                    signals: Vec::new(),
                }),
            })
            .collect();
        let agenda = build(&Caseload::new(rows), &FollowUps::default(), today);
        let overdue: Vec<&AgendaRow> = agenda
            .rows
            .iter()
            .filter(|r| r.section == Section::Overdue)
            .collect();
        assert_eq!(overdue.len(), MOST_PER_SECTION);
        assert_eq!(agenda.left_out.not_listed[Section::Overdue.index()], 30);
        let most_overdue = today - TimeDelta::days(MOST_PER_SECTION as i64 + 30);
        assert_eq!(
            overdue[0].date,
            Some(most_overdue),
            "the most overdue first"
        );
    }
}
