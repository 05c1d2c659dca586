//! `add coachee` and `add employer`, plus the value parsers the other write commands share.

use chrono::NaiveDate;

use super::open::open;
use super::{AddCoacheeArgs, AddEmployerArgs, CliResult, Context, Failure};
use crate::domain::dates::{DateSense, parse_date};
use crate::domain::{
    AttentionFlag, Coachee, Consent, ConsentGiver, Contact, EducationLevel, Employer, Guardian,
    KvkNumber, LearningPath, Referrer, Sector,
};
use crate::service::actions;
use crate::{Error, Msg};

/// Parses a vocabulary value, naming the field and the allowed values when it is wrong.
pub fn choice<T>(
    field: &'static str,
    input: &str,
    parse: fn(&str) -> Option<T>,
    allowed: fn() -> String,
) -> Result<T, Failure> {
    parse(input).ok_or_else(|| {
        Error::invalid(
            field,
            Msg::new("invalid-choice-value")
                .arg("value", input.trim())
                .arg("allowed", allowed()),
        )
        .into()
    })
}

pub fn optional_choice<T>(
    field: &'static str,
    input: &Option<String>,
    parse: fn(&str) -> Option<T>,
    allowed: fn() -> String,
) -> Result<Option<T>, Failure> {
    input
        .as_deref()
        .map(|i| choice(field, i, parse, allowed))
        .transpose()
}

pub fn date(
    field: &'static str,
    input: &str,
    today: NaiveDate,
    sense: DateSense,
) -> Result<NaiveDate, Failure> {
    parse_date(input, today, sense).map_err(|e| Error::date(field, e).into())
}

pub fn optional_date(
    field: &'static str,
    input: &Option<String>,
    today: NaiveDate,
    sense: DateSense,
) -> Result<Option<NaiveDate>, Failure> {
    input
        .as_deref()
        .map(|i| date(field, i, today, sense))
        .transpose()
}

fn text(value: &Option<String>) -> String {
    value.as_deref().unwrap_or("").trim().to_string()
}

pub fn coachee(ctx: &Context, args: AddCoacheeArgs) -> CliResult {
    let today = ctx.today;
    let guardian =
        (args.guardian_name.is_some() || args.guardian_phone.is_some()).then(|| Guardian {
            name: text(&args.guardian_name),
            phone: text(&args.guardian_phone),
            relation: text(&args.guardian_relation),
        });
    let consent = match &args.consent_by {
        Some(by) => Some(Consent {
            given_by: choice("consent", by, ConsentGiver::parse, ConsentGiver::allowed)?,
            date: optional_date("consent", &args.consent_date, today, DateSense::Past)?
                .unwrap_or(today),
            register: true,
            share_with_school: args.share_school,
            share_with_employer: args.share_employer,
            withdrawn: None,
        }),
        None => None,
    };
    let attention_flags = args
        .flags
        .iter()
        .map(|f| {
            choice(
                "attention_flags",
                f,
                AttentionFlag::parse,
                AttentionFlag::allowed,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let draft = Coachee {
        first_name: args.first_name.trim().to_string(),
        last_name: args.last_name.trim().to_string(),
        birth_date: optional_date("birth_date", &args.birth_date, today, DateSense::Past)?,
        phone: text(&args.phone),
        email: text(&args.email),
        guardian,
        neighbourhood: text(&args.neighbourhood),
        school: text(&args.school),
        education_level: optional_choice(
            "education_level",
            &args.level,
            EducationLevel::parse,
            EducationLevel::allowed,
        )?,
        course: text(&args.course),
        learning_path: optional_choice(
            "learning_path",
            &args.path,
            LearningPath::parse,
            LearningPath::allowed,
        )?,
        referrer: optional_choice(
            "referrer",
            &args.referrer,
            Referrer::parse,
            Referrer::allowed,
        )?,
        consent,
        attention_flags,
        coach_note: text(&args.note),
        registered_on: optional_date("registered_on", &args.registered, today, DateSense::Past)?,
        ..Default::default()
    };
    let mut store = open(ctx)?;
    let saved = actions::add_coachee(&mut store, draft, today)?;
    let c = &saved.record;
    ctx.out.say(
        &Msg::new("add-coachee-done")
            .arg("code", &c.code)
            .arg("name", c.full_name()),
    );
    for reminder in c.reminders(today) {
        ctx.out.warn(&reminder);
    }
    ctx.out.privacy_warnings(&saved.warnings);
    Ok(())
}

pub fn employer(ctx: &Context, args: AddEmployerArgs) -> CliResult {
    let kvk = match &args.kvk {
        Some(k) => Some(KvkNumber::parse(k).map_err(|problem| Error::invalid("kvk", problem))?),
        None => None,
    };
    let contacts = match &args.contact_name {
        Some(name) => vec![Contact {
            name: name.trim().to_string(),
            role: args.contact_role.trim().to_string(),
            phone: text(&args.contact_phone),
            email: text(&args.contact_email),
        }],
        None => Vec::new(),
    };
    let draft = Employer {
        name: args.name.trim().to_string(),
        kvk,
        sbb_recognised: args.sbb,
        sector: optional_choice("sector", &args.sector, Sector::parse, Sector::allowed)?,
        address: text(&args.address),
        neighbourhood: text(&args.neighbourhood),
        contacts,
        capacity: args.capacity,
        notes: text(&args.notes),
        ..Default::default()
    };
    let mut store = open(ctx)?;
    let saved = actions::add_employer(&mut store, draft)?;
    ctx.out.say(
        &Msg::new("add-employer-done")
            .arg("name", &saved.record.name)
            .arg("id", saved.record.id),
    );
    ctx.out.privacy_warnings(&saved.warnings);
    Ok(())
}
