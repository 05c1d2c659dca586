//! The privacy operations of the AVG: `forget` (erasure, of a young person or one contact)
//! and `consent` (recorded and withdrawn, dated).

use super::open::open;
use std::io::IsTerminal;

use super::add::choice;
use super::{CliResult, ConsentArgs, Context, Failure, ForgetArgs, confirmed};
use crate::domain::ConsentGiver;
use crate::domain::dates::{DateSense, format_date};
use crate::domain::{EntityKind, Session};
use crate::message::Msg;
use crate::service::consent::{self, Scope};
use crate::service::erasure::{self, ForgetPlan, Settled};

pub fn forget(ctx: &Context, args: ForgetArgs) -> CliResult {
    match (&args.session, &args.reference) {
        (Some(session), _) => forget_session(ctx, session, args.yes),
        (None, Some(reference)) => forget_coachee(ctx, reference, args.anonymise, args.yes),
        (None, None) => Err(Failure::Message(Msg::new("forget-what"))),
    }
}

fn forget_coachee(ctx: &Context, reference: &str, anonymise: bool, yes: bool) -> CliResult {
    let store = open(ctx)?;
    let coachee = store.resolve_coachee(reference)?;
    let plan = erasure::plan(&store, coachee.id)?;
    say_plan(ctx, &plan);
    if anonymise {
        ctx.out.say_indented(&Msg::new("forget-plan-trace"));
    }
    if !yes && !confirmed(ctx, "forget-confirm", "forget-needs-yes")? {
        return Err(Failure::Message(Msg::new("forget-cancelled")));
    }
    erase_and_say(ctx, store, coachee.id, anonymise)
}

/// Erases a young person once the question was answered, and says what was done.
fn erase_and_say(
    ctx: &Context,
    store: crate::store::Store,
    coachee: crate::domain::EntityId,
    anonymise: bool,
) -> CliResult {
    let (_store, forgotten) = if anonymise {
        erasure::forget_anonymised(store, coachee)?
    } else {
        erasure::forget(store, coachee)?
    };
    ctx.out
        .say(&Msg::new("forget-done").arg("code", forgotten.code.as_str()));
    say_settled(ctx, &forgotten.settled);
    Ok(())
}

fn forget_session(ctx: &Context, reference: &str, yes: bool) -> CliResult {
    let store = open(ctx)?;
    let resolved = store.resolve(reference)?;
    if resolved.kind != EntityKind::Session {
        let wrong = crate::store::ResolveError::WrongKind {
            reference: reference.trim().to_string(),
            wanted: EntityKind::Session,
            found: resolved.kind,
        };
        return Err(crate::Error::from(wrong).into());
    }
    let session: Session = store
        .get(resolved.id)?
        .ok_or_else(|| crate::store::ResolveError::NotFound {
            reference: reference.trim().to_string(),
        })
        .map_err(crate::Error::from)?;
    let code = store
        .get::<crate::domain::Coachee>(session.coachee)?
        .map(|c| c.code.as_str().to_string())
        .unwrap_or_default();
    ctx.out.say(
        &Msg::new("forget-session-plan")
            .arg("date", format_date(session.date))
            .arg("type", ctx.out.label(session.kind().label_id()))
            .arg("code", &code),
    );
    if !yes && !confirmed(ctx, "forget-session-confirm", "forget-needs-yes")? {
        return Err(Failure::Message(Msg::new("forget-cancelled")));
    }
    let (_store, _session, settled) = erasure::delete_session(store, resolved.id)?;
    ctx.out.say(
        &Msg::new("forget-session-done")
            .arg("date", format_date(session.date))
            .arg("code", code),
    );
    say_settled(ctx, &settled);
    Ok(())
}

/// Names the person and everything that goes with them, and where copies are that this
/// laptop cannot reach.
fn say_plan(ctx: &Context, plan: &ForgetPlan) {
    let out = &ctx.out;
    let mut lines = plan.lines(|id| out.label(id)).into_iter();
    if let Some(heading) = lines.next() {
        out.say(&heading);
    }
    for line in lines {
        out.say_indented(&line);
    }
}

pub(super) fn say_settled(ctx: &Context, settled: &Settled) {
    say_what_was_settled(ctx, settled, "forget-settled");
}

/// After an import that erased someone: the backups rewritten, or the vacuum put off.
pub(super) fn say_settled_after_import(ctx: &Context, settled: &Settled) {
    if settled.erased {
        say_what_was_settled(ctx, settled, "import-erased");
    }
}

/// `done` names the backups rewritten; what could not be done now is said as a warning, with
/// when it will be.
fn say_what_was_settled(ctx: &Context, settled: &Settled, done: &'static str) {
    match settled.backups {
        Some(backups) => ctx.out.say_indented(
            &Msg::new(done)
                .arg("rewritten", backups.rewritten)
                .arg("wiped", backups.wiped),
        ),
        None => ctx.out.warn(&Msg::new("erasure-backups-later")),
    }
    if !settled.vacuumed {
        ctx.out.warn(&Msg::new("forget-vacuum-later"));
    }
}

/// `consent CODE --given-by WHO [--date D] [--scope S]` or `consent CODE --withdraw [--scope S]`.
pub fn consent(ctx: &Context, args: ConsentArgs) -> CliResult {
    let mut store = open(ctx)?;
    let coachee = store.resolve_coachee(&args.reference)?;
    let date = super::add::optional_date("consent", &args.date, ctx.today, DateSense::Past)?
        .unwrap_or(ctx.today);
    let mut scopes = args
        .scope
        .iter()
        .map(|input| choice("consent", input, Scope::parse, Scope::allowed))
        .collect::<Result<Vec<_>, _>>()?;
    let code = coachee.code.as_str().to_string();
    if args.withdraw {
        if scopes.is_empty() {
            scopes = Scope::ALL.to_vec();
        }
        let withdrawn = consent::withdraw(&mut store, coachee, &scopes, date, ctx.today)?;
        if !withdrawn.register {
            ctx.out
                .say(&Msg::new("consent-withdrawn-part").arg("code", &code));
            return Ok(());
        }
        ctx.out
            .say(&Msg::new("consent-withdrawn").arg("code", &code));
        // Without consent to be registered the data may not be kept: offer the erasure
        // straight away, where someone can answer.
        if std::io::stdin().is_terminal()
            && confirmed(ctx, "consent-offer-forget", "forget-needs-yes")?
        {
            let plan = erasure::plan(&store, withdrawn.coachee.id)?;
            say_plan(ctx, &plan);
            if confirmed(ctx, "forget-confirm", "forget-needs-yes")? {
                return erase_and_say(ctx, store, withdrawn.coachee.id, false);
            }
        }
        ctx.out
            .say(&Msg::new("consent-forget-how").arg("code", &code));
        return Ok(());
    }
    let by = args.given_by.as_deref().unwrap_or_default();
    let given_by = choice("consent", by, consent::parse_giver, ConsentGiver::allowed)?;
    if scopes.is_empty() {
        scopes.push(Scope::Register);
    }
    let saved = consent::record(&mut store, coachee, given_by, date, &scopes, ctx.today)?;
    ctx.out.say(
        &Msg::new("consent-recorded")
            .arg("code", &code)
            .arg("by", ctx.out.label(given_by.label_id()))
            .arg("date", format_date(date)),
    );
    if saved.needs_representative_consent(ctx.today) {
        ctx.out.warn(&Msg::new("consent-still-missing"));
    }
    Ok(())
}
