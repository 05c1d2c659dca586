//! The goal, placement and employer forms. Goals and placements open with a first field that
//! chooses between a new one and each existing one, so one key adds or edits.

use chrono::NaiveDate;

use super::read::Reader;
use super::{Choice, Field, Form, FormKind, Input, Label};
use crate::domain::dates::{DateSense, format_date};
use crate::domain::{
    Contact, Employer, EntityId, Goal, GoalArea, GoalStatus, KvkNumber, Outcome, Placement,
    PlacementStatus, PlacementType, Sector, ValidationErrors,
};
use crate::message::Msg;

/// The selector's field name; its empty value means "a new one".
pub const TARGET: &str = "target";

fn date(d: Option<NaiveDate>) -> String {
    d.map(format_date).unwrap_or_default()
}

fn number<T: ToString>(n: Option<T>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

fn target_field(label: &str, new_label: &str, existing: Vec<Choice>) -> Field {
    let mut options = vec![Choice {
        code: String::new(),
        label: Label::id(new_label),
    }];
    options.extend(existing);
    Field::new(TARGET, Label::id(label), Input::Choice(options)).required()
}

pub fn goal_form(coachee: EntityId, goals: Vec<Goal>) -> Form {
    let existing = goals
        .iter()
        .map(|g| Choice {
            code: g.id.to_string(),
            label: Label::Plain(g.text.clone()),
        })
        .collect();
    let mut fields = vec![target_field("field-goal", "form-new-goal", existing)];
    fields.extend(goal_fields(&Goal::default()));
    Form::new(FormKind::Goal { coachee, goals }, fields)
}

fn goal_fields(goal: &Goal) -> Vec<Field> {
    vec![
        Field::named("text", Input::Multiline)
            .value(&goal.text)
            .required(),
        Field::named("area", Input::Choice(Choice::all_of::<GoalArea>()))
            .value(goal.area.map_or("", |a| a.code())),
        Field::named("status", Input::Choice(Choice::all_of::<GoalStatus>()))
            .value(goal.status.unwrap_or(GoalStatus::Open).code())
            .required(),
        Field::named("progress", Input::Scale { min: 0, max: 3 })
            .value(goal.progress.to_string())
            .help(Msg::new("form-help-goal-progress")),
    ]
}

pub fn read_goal(form: &Form, goals: &[Goal], today: NaiveDate) -> Result<Goal, ValidationErrors> {
    let mut r = Reader::new(form, today);
    let mut goal = selected(form, goals, |g| g.id).unwrap_or_default();
    goal.text = r.text("text");
    goal.area = r.choice("area");
    goal.status = r.choice("status");
    goal.progress = r.scale("progress").unwrap_or(0);
    r.finish(goal, Goal::validate)
}

pub fn placement_form(
    coachee: EntityId,
    placements: Vec<Placement>,
    employers: Vec<Employer>,
) -> Form {
    let name_of = |id: EntityId| {
        employers
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| id.to_string(), |e| e.name.clone())
    };
    let existing = placements
        .iter()
        .map(|p| Choice {
            code: p.id.to_string(),
            label: Label::Plain(format!("{} ({})", name_of(p.employer), date(p.start))),
        })
        .collect();
    let mut fields = vec![target_field(
        "field-placement",
        "form-new-placement",
        existing,
    )];
    let employer_choices: Vec<Choice> = employers
        .iter()
        .map(|e| Choice {
            code: e.id.to_string(),
            label: Label::Plain(e.name.clone()),
        })
        .collect();
    fields.extend(placement_fields(&Placement::default(), employer_choices));
    Form::new(
        FormKind::Placement {
            coachee,
            placements,
        },
        fields,
    )
}

fn placement_fields(p: &Placement, employers: Vec<Choice>) -> Vec<Field> {
    vec![
        Field::named("employer", Input::Choice(employers))
            .value(if p.employer == EntityId::default() {
                String::new()
            } else {
                p.employer.to_string()
            })
            .required()
            .help(Msg::new("form-help-type-to-find")),
        Field::named(
            "placement_type",
            Input::Choice(Choice::all_of::<PlacementType>()),
        )
        .value(p.placement_type.map_or("", |t| t.code()))
        .required(),
        Field::named("status", Input::Choice(Choice::all_of::<PlacementStatus>()))
            .value(p.state().code())
            .required(),
        Field::named("start", Input::Date(DateSense::Future)).value(date(p.start)),
        Field::named("planned_end", Input::Date(DateSense::Future)).value(date(p.planned_end)),
        Field::named("days_per_week", Input::Number { max: 7 }).value(number(p.days_per_week)),
        Field::named("hours_per_week", Input::Number { max: 60 }).value(number(p.hours_per_week)),
        Field::named("supervisor", Input::Text).value(&p.supervisor),
        Field::named("agreement_signed", Input::Toggle).ticked(p.agreement_signed),
        Field::named("end_reason", Input::Text).value(&p.end_reason),
        Field::named("outcome", Input::Choice(Choice::all_of::<Outcome>()))
            .value(p.outcome.map_or("", |o| o.code())),
    ]
}

pub fn read_placement(
    form: &Form,
    placements: &[Placement],
    today: NaiveDate,
) -> Result<Placement, ValidationErrors> {
    let mut r = Reader::new(form, today);
    let mut p = selected(form, placements, |p| p.id).unwrap_or_default();
    match form.text("employer").parse() {
        Ok(id) => p.employer = id,
        Err(_) => r.fail("employer", Msg::new("invalid-required")),
    }
    p.placement_type = r.choice("placement_type");
    p.status = r.choice("status");
    p.start = r.date("start", DateSense::Future);
    p.planned_end = r.date("planned_end", DateSense::Future);
    p.days_per_week = r.number("days_per_week").map(|n| n.min(255) as u8);
    p.hours_per_week = r.number("hours_per_week").map(|n| n.min(255) as u8);
    p.supervisor = r.text("supervisor");
    p.agreement_signed = r.toggle("agreement_signed");
    p.end_reason = r.text("end_reason");
    p.outcome = r.choice("outcome");
    r.finish(p, Placement::validate)
}

pub fn employer_form(employer: Option<&Employer>) -> Form {
    let blank = Employer::default();
    let e = employer.unwrap_or(&blank);
    let contact = e.main_contact().cloned().unwrap_or_default();
    let fields = vec![
        Field::named("name", Input::Text).value(&e.name).required(),
        Field::named("sector", Input::Choice(Choice::all_of::<Sector>()))
            .value(e.sector.map_or("", |s| s.code())),
        Field::named("kvk", Input::Text).value(e.kvk.as_ref().map_or("", |k| k.as_str())),
        Field::named("sbb_recognised", Input::Toggle).ticked(e.sbb_recognised),
        Field::named("address", Input::Text).value(&e.address),
        Field::named("neighbourhood", Input::Text).value(&e.neighbourhood),
        Field::new(
            "contacts:name",
            Label::id("field-contact_name"),
            Input::Text,
        )
        .value(&contact.name),
        Field::new(
            "contacts:role",
            Label::id("field-contact_role"),
            Input::Text,
        )
        .value(&contact.role),
        Field::new(
            "contacts:phone",
            Label::id("field-contact_phone"),
            Input::Text,
        )
        .value(&contact.phone),
        Field::new(
            "contacts:email",
            Label::id("field-contact_email"),
            Input::Text,
        )
        .value(&contact.email),
        Field::named("capacity", Input::Number { max: 255 }).value(number(e.capacity)),
        Field::named("notes", Input::Multiline)
            .value(&e.notes)
            .help(Msg::new("form-help-employer-notes")),
    ];
    let kind = match employer {
        Some(e) => FormKind::EditEmployer(Box::new(e.clone())),
        None => FormKind::NewEmployer,
    };
    Form::new(kind, fields)
}

pub fn read_employer(
    form: &Form,
    base: Option<&Employer>,
    today: NaiveDate,
) -> Result<Employer, ValidationErrors> {
    let mut r = Reader::new(form, today);
    let mut e = base.cloned().unwrap_or_default();
    e.name = r.text("name");
    e.sector = r.choice("sector");
    let kvk = r.text("kvk");
    e.kvk = if kvk.is_empty() {
        None
    } else {
        match KvkNumber::parse(&kvk) {
            Ok(k) => Some(k),
            Err(problem) => {
                r.fail("kvk", problem);
                None
            }
        }
    };
    e.sbb_recognised = r.toggle("sbb_recognised");
    e.address = r.text("address");
    e.neighbourhood = r.text("neighbourhood");
    let contact = Contact {
        name: r.text("contacts:name"),
        role: r.text("contacts:role"),
        phone: r.text("contacts:phone"),
        email: r.text("contacts:email"),
    };
    // The form edits the main contact; any others (from the CLI or a sync) stay as they were.
    if !e.contacts.is_empty() {
        e.contacts.remove(0);
    }
    if contact != Contact::default() {
        e.contacts.insert(0, contact);
    }
    e.capacity = r.number("capacity").map(|n| n.min(255) as u8);
    e.notes = r.text("notes");
    r.finish(e, Employer::validate)
}

/// The existing record the selector points at, if any.
fn selected<T: Clone>(form: &Form, records: &[T], id_of: impl Fn(&T) -> EntityId) -> Option<T> {
    let chosen: EntityId = form.text(TARGET).parse().ok()?;
    records.iter().find(|r| id_of(r) == chosen).cloned()
}

/// After the selector moved: fill the fields from the chosen goal or placement (or empty them
/// for a new one), keeping the selector itself.
pub fn after_target_change(form: &mut Form) {
    let fresh: Vec<Field> = match &form.kind {
        FormKind::Goal { goals, .. } => {
            let goal = selected(form, goals, |g| g.id).unwrap_or_default();
            goal_fields(&goal)
        }
        FormKind::Placement { placements, .. } => {
            let placement = selected(form, placements, |p| p.id).unwrap_or_default();
            let employers = form
                .field("employer")
                .map(|f| f.options().to_vec())
                .unwrap_or_default();
            placement_fields(&placement, employers)
        }
        _ => return,
    };
    form.fields.truncate(1);
    form.fields.extend(fresh);
}
