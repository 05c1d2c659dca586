//! `policy` (the programme's retention period) and `retention` (the closed files past it,
//! erased with --apply).

use super::open::open;
use super::{CliResult, Context, Failure, PolicyArgs, RetentionArgs, confirmed};
use crate::domain::dates::format_date;
use crate::message::Msg;
use crate::service::retention;

pub fn policy(ctx: &Context, args: PolicyArgs) -> CliResult {
    let mut store = open(ctx)?;
    let Some(months) = args.retention_months else {
        let policy = retention::policy(&store)?;
        ctx.out.say(
            &Msg::new("policy-shown")
                .arg("months", policy.retention_months)
                .arg(
                    "set",
                    store
                        .get::<crate::domain::Policy>(policy.id)?
                        .is_some()
                        .to_string(),
                ),
        );
        return Ok(());
    };
    let policy = retention::set_retention(&mut store, months)?;
    ctx.out
        .say(&Msg::new("policy-set").arg("months", policy.retention_months));
    Ok(())
}

pub fn retention(ctx: &Context, args: RetentionArgs) -> CliResult {
    let store = open(ctx)?;
    let policy = retention::policy(&store)?;
    let due = retention::due_here(&store, ctx.today)?;
    let out = &ctx.out;
    if due.is_empty() {
        out.say(&Msg::new("retention-none").arg("months", policy.retention_months));
        return Ok(());
    }
    out.say(
        &Msg::new("retention-due")
            .arg("count", due.len())
            .arg("months", policy.retention_months),
    );
    for file in &due {
        out.say_indented(
            &Msg::new("retention-file")
                .arg("code", file.coachee.code.as_str())
                .arg("name", file.coachee.full_name())
                .arg("closed", format_date(file.closed_on))
                .arg("due", format_date(file.erase_from)),
        );
    }
    if !args.apply {
        out.say(&Msg::new("retention-how"));
        return Ok(());
    }
    out.say_indented(&Msg::new("forget-plan-in-transit"));
    if args.anonymise {
        out.say_indented(&Msg::new("forget-plan-trace"));
    }
    if !args.yes && !confirmed(ctx, "retention-confirm", "forget-needs-yes")? {
        return Err(Failure::Message(Msg::new("forget-cancelled")));
    }
    let (_store, settled) = retention::erase_due(store, &due, args.anonymise)?;
    out.say(&Msg::new("retention-erased").arg("count", due.len()));
    super::privacy::say_settled(ctx, &settled);
    Ok(())
}
