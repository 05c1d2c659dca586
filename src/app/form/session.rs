//! The session form. A new one is pre-filled for the most common case: a stage visit today at
//! the coachee's current placement, with the employer and the usual length already chosen, so a
//! practised coach only types the summary.

use chrono::NaiveDate;

use super::read::Reader;
use super::{Choice, Field, Form, FormKind, Input, Label};
use crate::domain::dates::{DateSense, format_date};
use crate::domain::session::usual_minutes;
use crate::domain::{
    Agreement, EntityId, GoalProgress, GoalStatus, Participant, Session, SessionType, Signal,
    ValidationErrors,
};
use crate::message::Msg;
use crate::service::detail::Detail;
use crate::service::session;

const GOAL_PREFIX: &str = "goal:";

/// A form for a new contact with the selected coachee.
pub fn new_session(detail: &Detail, today: NaiveDate) -> Form {
    let current = session::current_placement(detail);
    let kind = session::usual_kind(current.is_some());
    let mut template = session::template(kind, current.map(|(_, employer)| employer), today);
    template.next_contact = session::planned_next_contact(detail, today);
    let mut form = form_for(detail, &template, FormKind::NewSession(detail.coachee.id));
    form.context = current.map(|(placement, employer)| {
        Msg::new("form-context-placement")
            .arg("employer", &employer.name)
            .arg("supervisor", &placement.supervisor)
    });
    form
}

/// A form to correct a logged session.
pub fn edit_session(detail: &Detail, session: &Session) -> Form {
    form_for(
        detail,
        session,
        FormKind::EditSession(Box::new(session.clone())),
    )
}

fn form_for(detail: &Detail, session: &Session, kind: FormKind) -> Form {
    // The employers this coachee has been placed with, current placement first.
    let mut employers: Vec<Choice> = Vec::new();
    let mut placements: Vec<_> = detail.placements.iter().collect();
    placements.sort_by_key(|p| !p.is_current());
    for placement in placements {
        if let Some(employer) = detail.employers.get(&placement.employer)
            && !employers.iter().any(|c| c.code == employer.id.to_string())
        {
            employers.push(Choice {
                code: employer.id.to_string(),
                label: Label::Plain(employer.name.clone()),
            });
        }
    }
    let mut fields = vec![
        Field::named(
            "session_type",
            Input::Choice(Choice::all_of::<SessionType>()),
        )
        .value(session.session_type.map_or("", |k| k.code()))
        .required(),
        Field::named("date", Input::Date(DateSense::Past))
            .value(format_date(session.date))
            .required(),
        Field::named("start_time", Input::Time).value(
            session
                .start_time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default(),
        ),
        Field::named("minutes", Input::Number { max: 600 }).value(session.minutes.to_string()),
        Field::named("employer", Input::Choice(employers))
            .value(session.employer.map(|e| e.to_string()).unwrap_or_default()),
        Field::named("location", Input::Text).value(&session.location),
        Field::named(
            "participants",
            Input::Multi(Choice::all_of::<Participant>()),
        )
        .chosen_from(&session.participants),
        Field::named("summary", Input::Multiline)
            .value(&session.summary)
            .required()
            .help(Msg::new("form-help-summary")),
    ];
    for goal in &detail.goals {
        let recorded = session.goal_progress.iter().find(|g| g.goal == goal.id);
        let finished = matches!(
            goal.status,
            Some(GoalStatus::Achieved | GoalStatus::Dropped)
        );
        if finished && recorded.is_none() {
            continue;
        }
        fields.push(
            Field::new(
                format!("{GOAL_PREFIX}{}", goal.id),
                Label::Plain(goal.text.clone()),
                Input::Scale { min: 0, max: 3 },
            )
            .value(recorded.map(|g| g.progress.to_string()).unwrap_or_default())
            .help(Msg::new("form-help-goal-progress")),
        );
    }
    fields.extend([
        Field::named("wellbeing", Input::Scale { min: 1, max: 5 })
            .value(session.wellbeing.map(|v| v.to_string()).unwrap_or_default()),
        Field::named("employer_satisfaction", Input::Scale { min: 1, max: 5 }).value(
            session
                .employer_satisfaction
                .map(|v| v.to_string())
                .unwrap_or_default(),
        ),
        Field::named("signals", Input::Multi(Choice::all_of::<Signal>()))
            .chosen_from(&session.signals),
        Field::named("escalate", Input::Toggle).ticked(session.escalate),
        Field::named("agreements", Input::Agreements)
            .value(
                session
                    .agreements
                    .iter()
                    .map(Agreement::to_line)
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
            .help(Msg::new("form-help-agreements")),
        Field::named("next_contact", Input::Date(DateSense::Future))
            .value(session.next_contact.map(format_date).unwrap_or_default()),
        Field::named("coach_note", Input::Multiline)
            .value(&session.coach_note)
            .help(Msg::new("form-help-coach-note")),
    ]);
    Form::new(kind, fields)
}

/// Keeps the length in step with the type while the user has not typed a length of their own.
pub fn after_edit(form: &mut Form, field: &str, before: &str) {
    if field != "session_type" {
        return;
    }
    let old = SessionType::parse(before).map(usual_minutes);
    let new = SessionType::parse(form.text("session_type")).map(usual_minutes);
    if let (Some(old), Some(new), Some(minutes)) = (old, new, form.field_mut("minutes"))
        && minutes.value == old.to_string()
    {
        *minutes = minutes.clone().value(new.to_string());
    }
}

/// Reads the form into a session; `base` is the session being edited, if any.
pub fn read(
    form: &Form,
    base: Option<&Session>,
    today: NaiveDate,
) -> Result<Session, ValidationErrors> {
    let mut r = Reader::new(form, today);
    let mut session = base.cloned().unwrap_or_default();
    session.session_type = r.choice::<SessionType>("session_type");
    session.date = r.required_date("date", DateSense::Past).unwrap_or(today);
    session.start_time = r.time("start_time");
    session.minutes = r
        .number("minutes")
        .unwrap_or_else(|| usual_minutes(session.kind()));
    session.employer = form.text("employer").parse().ok();
    session.location = r.text("location");
    session.participants = r.multi("participants");
    session.summary = r.text("summary");
    session.goal_progress = form
        .fields
        .iter()
        .filter_map(|f| {
            let goal: EntityId = f.name.strip_prefix(GOAL_PREFIX)?.parse().ok()?;
            let progress = f.value.parse().ok()?;
            Some(GoalProgress { goal, progress })
        })
        .collect();
    session.wellbeing = r.scale("wellbeing");
    session.employer_satisfaction = r.scale("employer_satisfaction");
    session.signals = r.multi("signals");
    session.escalate = r.toggle("escalate");
    let mut agreements = Vec::new();
    for line in form
        .text("agreements")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        match Agreement::parse(line, today) {
            Ok(mut agreement) => {
                // An agreement already ticked off stays done when its line is unchanged.
                agreement.done = base.is_some_and(|b| {
                    b.agreements
                        .iter()
                        .any(|a| a.done && a.to_line() == agreement.to_line())
                });
                agreements.push(agreement);
            }
            Err(problem) => r.fail("agreements", problem),
        }
    }
    session.agreements = agreements;
    session.next_contact = r.date("next_contact", DateSense::Future);
    // A new contact's form shows the planned next contact: emptying that field calls it off.
    // A corrected session keeps what it said, unless it now plans one.
    session.clears_next_contact = match base {
        None => session.next_contact.is_none(),
        Some(base) => base.clears_next_contact && session.next_contact.is_none(),
    };
    session.coach_note = r.text("coach_note");
    r.finish(session, |s| s.validate(today))
}

/// The free text a person typed, for the privacy check before saving.
pub fn free_text(form: &Form) -> Vec<&str> {
    ["summary", "agreements", "coach_note", "location"]
        .into_iter()
        .map(|name| form.text(name))
        .collect()
}
