//! `log` (record a contact) and `status` (move a coachee along the pipeline).

use chrono::NaiveTime;

use super::add::{choice, optional_date};
use super::open::open;
use super::{CliResult, Context, Failure, LogArgs, StatusArgs};
use crate::domain::dates::DateSense;
use crate::domain::{
    Agreement, Employer, EntityKind, Participant, Placement, Session, SessionType, Signal, Status,
};
use crate::service::{actions, session};
use crate::store::Store;
use crate::{Error, Msg};

/// Parses one `--agreement`, naming the field when it is wrong.
fn agreement(input: &str, ctx: &Context) -> Result<Agreement, Failure> {
    Agreement::parse(input, ctx.today)
        .map_err(|problem| Error::invalid("agreements", problem).into())
}

/// The employer of a stage visit: the one named, else the coachee's current placement's.
fn employer_for(
    store: &Store,
    reference: Option<&str>,
    coachee: &crate::domain::Coachee,
) -> Result<Option<Employer>, Failure> {
    if let Some(reference) = reference {
        let by_name = store
            .employers()?
            .into_iter()
            .filter(|e| {
                e.name
                    .to_lowercase()
                    .contains(&reference.trim().to_lowercase())
            })
            .collect::<Vec<_>>();
        match by_name.as_slice() {
            [one] => return Ok(Some(one.clone())),
            [] => {}
            several => {
                let names: Vec<&str> = several.iter().map(|e| e.name.as_str()).collect();
                return Err(Error::invalid(
                    "employer",
                    Msg::new("log-employer-ambiguous")
                        .arg("reference", reference)
                        .arg("names", names.join(", ")),
                )
                .into());
            }
        }
        // Not a name: perhaps an id. An unknown one is told as an unknown employer, not as a
        // young person's code.
        let resolved = match store.resolve(reference) {
            Err(Error::Resolve(crate::store::ResolveError::NotFound { .. })) => {
                return Err(Error::invalid(
                    "employer",
                    Msg::new("log-employer-unknown").arg("reference", reference),
                )
                .into());
            }
            other => other?,
        };
        if resolved.kind != EntityKind::Employer {
            return Err(Error::from(crate::store::ResolveError::WrongKind {
                reference: reference.to_string(),
                wanted: EntityKind::Employer,
                found: resolved.kind,
            })
            .into());
        }
        return Ok(store.get::<Employer>(resolved.id)?);
    }
    let placements = store.placements_of(coachee.id)?;
    Ok(match Placement::the_current(&placements) {
        Some(p) => store.get::<Employer>(p.employer)?,
        None => None,
    })
}

pub fn session(ctx: &Context, args: LogArgs) -> CliResult {
    let today = ctx.today;
    let kind = choice(
        "session_type",
        &args.session_type,
        SessionType::parse,
        SessionType::allowed,
    )?;
    let date = optional_date("date", &args.date, today, DateSense::Past)?.unwrap_or(today);
    let start_time = match &args.time {
        Some(t) => Some(NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| {
            Error::invalid(
                "start_time",
                Msg::new("invalid-time").arg("value", t.trim()),
            )
        })?),
        None => None,
    };
    let mut participants = vec![Participant::Coachee];
    for p in &args.participants {
        let p = choice("participants", p, Participant::parse, Participant::allowed)?;
        if !participants.contains(&p) {
            participants.push(p);
        }
    }
    let signals = args
        .signals
        .iter()
        .map(|s| choice("signals", s, Signal::parse, Signal::allowed))
        .collect::<Result<Vec<_>, _>>()?;
    let agreements = args
        .agreements
        .iter()
        .map(|a| agreement(a, ctx))
        .collect::<Result<Vec<_>, _>>()?;
    let next_contact = optional_date("next_contact", &args.next, today, DateSense::Future)?;

    let mut store = open(ctx)?;
    let coachee = store.resolve_coachee(&args.coachee)?;
    let employer = if session::at_employer(kind) || args.employer.is_some() {
        employer_for(&store, args.employer.as_deref(), &coachee)?
    } else {
        None
    };
    let template = session::template(kind, employer.as_ref(), date);
    // The participants named first, then whoever the template adds (the employer at a visit).
    for p in template.participants.iter() {
        if !participants.contains(p) {
            participants.push(*p);
        }
    }
    let draft = Session {
        start_time,
        minutes: args.minutes.unwrap_or(template.minutes),
        location: args.location.clone().unwrap_or(template.location),
        participants,
        summary: args.summary.trim().to_string(),
        wellbeing: args.wellbeing,
        employer_satisfaction: args.satisfaction,
        signals,
        escalate: args.escalate,
        agreements,
        next_contact,
        clears_next_contact: args.no_next,
        coach_note: args.note.as_deref().unwrap_or("").trim().to_string(),
        ..template
    };
    let saved = actions::log_session(&mut store, &coachee, draft, today)?;
    ctx.out.say(
        &Msg::new("log-done")
            .arg("type", ctx.out.label(kind.label_id()))
            .arg("code", &coachee.code)
            .arg("date", ctx.out.date(Some(saved.record.date))),
    );
    ctx.out.privacy_warnings(&saved.warnings);
    Ok(())
}

pub fn status(ctx: &Context, args: StatusArgs) -> CliResult {
    let to = choice("status", &args.status, Status::parse, Status::allowed)?;
    let date = optional_date("date", &args.date, ctx.today, DateSense::Past)?.unwrap_or(ctx.today);
    let mut store = open(ctx)?;
    let coachee = store.resolve_coachee(&args.coachee)?;
    let updated = actions::change_status(
        &mut store,
        &coachee,
        to,
        args.reason.as_deref().unwrap_or(""),
        date,
        ctx.today,
    )?;
    ctx.out.say(
        &Msg::new("status-done")
            .arg("code", &updated.code)
            .arg("from", ctx.out.label(coachee.status.label_id()))
            .arg("to", ctx.out.label(to.label_id())),
    );
    Ok(())
}
