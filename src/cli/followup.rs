//! `escalations`, `ack`, `agreements` and `agreement done|reopen`: following sessions up from
//! the command line, as tables or JSON.

use serde::Serialize;

use super::add::optional_date;
use super::open::open;
use super::output::table;
use super::{
    AckArgs, AgreementDoneArgs, AgreementRefArgs, AgreementsArgs, CliResult, Context,
    EscalationsArgs, Failure,
};
use crate::domain::dates::{DateSense, format_date};
use crate::domain::{EntityId, EscalationState};
use crate::message::Msg;
use crate::service::followup::{self, AgreementItem, EscalationItem};
use crate::text::clip;

/// How wide the first line of an account or an agreement's text is in a table.
const TEXT_WIDTH: usize = 48;

#[derive(Serialize)]
struct EscalationJson<'a> {
    id: String,
    coachee_code: &'a str,
    session_id: String,
    date: chrono::NaiveDate,
    coach: &'a str,
    first_line: &'a str,
    state: EscalationState,
    acknowledged_by: Option<&'a str>,
    acknowledged_on: Option<chrono::NaiveDate>,
    reply: Option<&'a str>,
}

impl<'a> EscalationJson<'a> {
    fn of(item: &'a EscalationItem) -> Self {
        let ack = item.acknowledgement.as_ref();
        Self {
            id: item.session.to_string(),
            coachee_code: &item.code,
            session_id: item.session.to_string(),
            date: item.date,
            coach: &item.coach,
            first_line: &item.headline,
            state: item.state,
            acknowledged_by: ack.map(|a| a.by.name.as_str()),
            acknowledged_on: ack.map(|a| a.on),
            reply: ack.map(|a| a.reply.as_str()).filter(|r| !r.is_empty()),
        }
    }
}

#[derive(Serialize)]
struct AgreementJson<'a> {
    id: String,
    coachee: &'a str,
    coachee_id: EntityId,
    session: EntityId,
    text: &'a str,
    owner: &'a str,
    due: Option<chrono::NaiveDate>,
    done_on: Option<chrono::NaiveDate>,
}

impl<'a> AgreementJson<'a> {
    fn of(item: &'a AgreementItem) -> Self {
        Self {
            id: item.id.to_string(),
            coachee: &item.code,
            coachee_id: item.coachee,
            session: item.id.session,
            text: &item.text,
            owner: item.owner.code(),
            due: item.due,
            done_on: item.done_on,
        }
    }
}

/// A table under translated headers; nothing at all when there are no rows (the count line
/// that follows says so).
fn headed_table(ctx: &Context, header_ids: &[&str], lines: &[Vec<String>]) {
    if lines.is_empty() {
        return;
    }
    let headers: Vec<String> = header_ids.iter().map(|id| ctx.out.text(id)).collect();
    ctx.out.print(&table(&headers, lines));
}

fn output_failed(e: std::io::Error) -> Failure {
    Failure::Message(Msg::new("output-failed").arg("reason", e))
}

pub fn escalations(ctx: &Context, args: EscalationsArgs) -> CliResult {
    let store = open(ctx)?;
    let items = followup::escalations(&store, args.open)?;
    if args.json {
        let docs: Vec<_> = items.iter().map(EscalationJson::of).collect();
        return ctx.out.json(&docs).map_err(output_failed);
    }
    let out = &ctx.out;
    let lines: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let state = match &item.acknowledgement {
                Some(ack) => out.render(
                    &Msg::new("escalation-acknowledged-by")
                        .arg("name", &ack.by.name)
                        .arg("date", format_date(ack.on)),
                ),
                None => out.text(item.state.label_id()),
            };
            vec![
                item.session.to_string(),
                item.code.clone(),
                format_date(item.date),
                item.coach.clone(),
                state,
                clip(&item.headline, TEXT_WIDTH),
            ]
        })
        .collect();
    headed_table(
        ctx,
        &[
            "col-id",
            "col-code",
            "col-date",
            "col-coach",
            "col-state",
            "col-summary",
        ],
        &lines,
    );
    for item in &items {
        if let Some(ack) = item
            .acknowledgement
            .as_ref()
            .filter(|a| !a.reply.is_empty())
        {
            out.say(
                &Msg::new("escalation-reply-line")
                    .arg("code", &item.code)
                    .arg("date", format_date(item.date))
                    .arg("name", &ack.by.name)
                    .arg("reply", &ack.reply),
            );
        }
    }
    let open = items
        .iter()
        .filter(|i| i.state == EscalationState::Open)
        .count();
    out.say(
        &Msg::new("escalations-count")
            .arg("count", items.len())
            .arg("open", open),
    );
    Ok(())
}

pub fn ack(ctx: &Context, args: AckArgs) -> CliResult {
    let mut store = open(ctx)?;
    let session = store.resolve(&args.escalation)?;
    let reply = args.reply.as_deref().unwrap_or("");
    let answered = followup::acknowledge(&mut store, session.id, reply, ctx.today)?;
    let code = store
        .get::<crate::domain::Coachee>(answered.coachee)?
        .map(|c| c.code.to_string())
        .unwrap_or_default();
    let coach = answered
        .author
        .as_ref()
        .map(|a| a.name.as_str())
        .unwrap_or("–");
    ctx.out.say(
        &Msg::new("ack-done")
            .arg("code", code)
            .arg("coach", coach)
            .arg(
                "replied",
                if reply.trim().is_empty() { "no" } else { "yes" },
            ),
    );
    Ok(())
}

pub fn agreements(ctx: &Context, args: AgreementsArgs) -> CliResult {
    let store = open(ctx)?;
    let coachee = match &args.coachee {
        Some(reference) => Some(store.resolve_coachee(reference)?),
        None => None,
    };
    let items = followup::agreements(&store, coachee.as_ref(), args.open)?;
    if args.json {
        let docs: Vec<_> = items.iter().map(AgreementJson::of).collect();
        return ctx.out.json(&docs).map_err(output_failed);
    }
    let out = &ctx.out;
    let lines: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let state = match item.done_on {
                Some(on) => out.render(&Msg::new("agreement-kept-on").arg("date", format_date(on))),
                None if item.due.is_some_and(|d| d < ctx.today) => out.text("agreement-past-due"),
                None => out.text("agreement-open"),
            };
            vec![
                item.id.to_string(),
                item.code.clone(),
                clip(&item.text, TEXT_WIDTH),
                out.label(item.owner.label_id()),
                out.date(item.due),
                state,
            ]
        })
        .collect();
    headed_table(
        ctx,
        &[
            "col-id",
            "col-code",
            "col-agreement",
            "col-owner",
            "col-due",
            "col-state",
        ],
        &lines,
    );
    let open = items.iter().filter(|i| i.done_on.is_none()).count();
    out.say(
        &Msg::new("agreements-count")
            .arg("count", items.len())
            .arg("open", open),
    );
    Ok(())
}

pub fn done(ctx: &Context, args: AgreementDoneArgs) -> CliResult {
    let mut store = open(ctx)?;
    let agreement = followup::resolve_agreement(&store, &args.agreement)?;
    let on = optional_date("date", &args.date, ctx.today, DateSense::Past)?.unwrap_or(ctx.today);
    let session = followup::set_agreement(&mut store, agreement, Some(on))?;
    ctx.out.say(
        &Msg::new("agreement-marked-done")
            .arg("text", &session.agreements[agreement.index].text)
            .arg("date", format_date(on)),
    );
    Ok(())
}

pub fn reopen(ctx: &Context, args: AgreementRefArgs) -> CliResult {
    let mut store = open(ctx)?;
    let agreement = followup::resolve_agreement(&store, &args.agreement)?;
    let session = followup::set_agreement(&mut store, agreement, None)?;
    ctx.out.say(
        &Msg::new("agreement-reopened").arg("text", &session.agreements[agreement.index].text),
    );
    Ok(())
}
