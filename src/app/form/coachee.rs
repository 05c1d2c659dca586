//! The coachee forms: registering or editing a young person, and moving them along the
//! pipeline (only the transitions the pipeline allows are offered).

use chrono::NaiveDate;

use super::read::Reader;
use super::{Choice, Field, Form, FormKind, Input, Label};
use crate::domain::dates::{DateSense, format_date};
use crate::domain::{
    AttentionFlag, Coachee, Consent, ConsentGiver, EducationLevel, Guardian, LearningPath,
    Referrer, Status, ValidationErrors,
};
use crate::i18n::Lang;
use crate::message::Msg;

pub fn coachee_form(coachee: Option<&Coachee>) -> Form {
    let blank = Coachee::default();
    let c = coachee.unwrap_or(&blank);
    let guardian = c.guardian.clone().unwrap_or_default();
    let consent = c.consent.as_ref();
    let date = |d: Option<NaiveDate>| d.map(format_date).unwrap_or_default();
    let fields = vec![
        Field::named("first_name", Input::Text)
            .value(&c.first_name)
            .required(),
        Field::named("last_name", Input::Text)
            .value(&c.last_name)
            .required(),
        Field::named("birth_date", Input::Date(DateSense::Past)).value(date(c.birth_date)),
        Field::named("phone", Input::Text).value(&c.phone),
        Field::named("email", Input::Text).value(&c.email),
        Field::new(
            "guardian:name",
            Label::id("field-guardian_name"),
            Input::Text,
        )
        .value(&guardian.name)
        .help(Msg::new("form-help-guardian")),
        Field::new(
            "guardian:phone",
            Label::id("field-guardian_phone"),
            Input::Text,
        )
        .value(&guardian.phone),
        Field::new(
            "guardian:relation",
            Label::id("field-guardian_relation"),
            Input::Text,
        )
        .value(&guardian.relation),
        Field::named("neighbourhood", Input::Text).value(&c.neighbourhood),
        Field::named("school", Input::Text).value(&c.school),
        Field::named(
            "education_level",
            Input::Choice(Choice::all_of::<EducationLevel>()),
        )
        .value(c.education_level.map_or("", |v| v.code())),
        Field::named("course", Input::Text).value(&c.course),
        Field::named(
            "learning_path",
            Input::Choice(Choice::all_of::<LearningPath>()),
        )
        .value(c.learning_path.map_or("", |v| v.code())),
        Field::named("referrer", Input::Choice(Choice::all_of::<Referrer>()))
            .value(c.referrer.map_or("", |v| v.code())),
        Field::new(
            "consent:given_by",
            Label::id("field-consent_given_by"),
            Input::Choice(Choice::all_of::<ConsentGiver>()),
        )
        .value(consent.map_or("", |k| k.given_by.code()))
        .help(Msg::new("form-help-consent")),
        Field::new(
            "consent:date",
            Label::id("field-consent_date"),
            Input::Date(DateSense::Past),
        )
        .value(date(consent.map(|k| k.date))),
        Field::new(
            "consent:school",
            Label::id("field-share_with_school"),
            Input::Toggle,
        )
        .ticked(consent.is_some_and(|k| k.share_with_school)),
        Field::new(
            "consent:employer",
            Label::id("field-share_with_employer"),
            Input::Toggle,
        )
        .ticked(consent.is_some_and(|k| k.share_with_employer)),
        Field::new(
            "consent:withdrawn",
            Label::id("field-consent_withdrawn"),
            Input::Date(DateSense::Past),
        )
        .value(date(consent.and_then(|k| k.withdrawn)))
        .help(Msg::new("form-help-consent-withdrawn")),
        Field::named(
            "attention_flags",
            Input::Multi(Choice::all_of::<AttentionFlag>()),
        )
        .chosen_from(&c.attention_flags),
        Field::named("coach_note", Input::Multiline)
            .value(&c.coach_note)
            .help(Msg::new("form-help-coach-note")),
    ];
    let kind = match coachee {
        Some(c) => FormKind::EditCoachee(Box::new(c.clone())),
        None => FormKind::NewCoachee,
    };
    Form::new(kind, fields)
}

pub fn read_coachee(
    form: &Form,
    base: Option<&Coachee>,
    today: NaiveDate,
) -> Result<Coachee, ValidationErrors> {
    let mut r = Reader::new(form, today);
    let mut c = base.cloned().unwrap_or_default();
    c.first_name = r.text("first_name");
    c.last_name = r.text("last_name");
    c.birth_date = r.date("birth_date", DateSense::Past);
    c.phone = r.text("phone");
    c.email = r.text("email");
    let guardian = Guardian {
        name: r.text("guardian:name"),
        phone: r.text("guardian:phone"),
        relation: r.text("guardian:relation"),
    };
    c.guardian = (guardian != Guardian::default()).then_some(guardian);
    c.neighbourhood = r.text("neighbourhood");
    c.school = r.text("school");
    c.education_level = r.choice("education_level");
    c.course = r.text("course");
    c.learning_path = r.choice("learning_path");
    c.referrer = r.choice("referrer");
    let consent_date = r.date("consent:date", DateSense::Past);
    // Withdrawal is its own act, never undone by editing the form: a date once stored stays.
    let withdrawn = c
        .consent
        .as_ref()
        .and_then(|k| k.withdrawn)
        .or_else(|| r.date("consent:withdrawn", DateSense::Past));
    c.consent = r
        .choice::<ConsentGiver>("consent:given_by")
        .map(|given_by| Consent {
            given_by,
            date: consent_date.unwrap_or(today),
            register: withdrawn.is_none(),
            share_with_school: withdrawn.is_none() && r.toggle("consent:school"),
            share_with_employer: withdrawn.is_none() && r.toggle("consent:employer"),
            withdrawn,
        });
    c.attention_flags = r.multi("attention_flags");
    c.coach_note = r.text("coach_note");
    r.finish(c, |c| c.validate(today))
}

/// Only the statuses the pipeline allows from here are offered; the first is chosen.
pub fn status_form(coachee: &Coachee, today: NaiveDate, lang: Lang) -> Form {
    let options: Vec<Choice> = coachee
        .status
        .allowed_next()
        .iter()
        .map(|s| Choice::of(*s))
        .collect();
    let first = options.first().map(|o| o.code.clone()).unwrap_or_default();
    let fields = vec![
        Field::named("status", Input::Choice(options))
            .value(first)
            .required(),
        Field::named("date", Input::Date(DateSense::Past))
            .value(format_date(today))
            .required(),
        Field::new("reason", Label::id("field-reason"), Input::Text)
            .help(Msg::new("form-help-reason")),
    ];
    let mut form = Form::new(FormKind::Status(Box::new(coachee.clone())), fields);
    form.context = Some(
        Msg::new("form-context-status")
            .arg("status", lang.text(coachee.status.label_id()))
            .arg("symbol", coachee.status.symbol()),
    );
    form
}

/// The chosen status, date and reason; the pipeline's own rules are checked on saving.
pub fn read_status(
    form: &Form,
    today: NaiveDate,
) -> Result<(Status, NaiveDate, String), ValidationErrors> {
    let mut r = Reader::new(form, today);
    let to = r.choice::<Status>("status");
    let date = r.required_date("date", DateSense::Past);
    let reason = r.text("reason");
    r.finish((to, date, reason), |_| Ok(()))
        .map(|(to, date, reason)| {
            let missing = "a missing status or date is reported as a field error";
            (to.expect(missing), date.expect(missing), reason)
        })
}
