//! `init`, `demo`, and what `stagecoach` alone prints.

use std::io::IsTerminal;

use super::open::{open, open_announcing_repairs};
use super::{CliResult, Context, DemoArgs, Failure, InitArgs};
use crate::demo::{self, DemoOptions};
use crate::domain::Role;
use crate::progress::{self, Work};
use crate::store::{BatchProgress, Store, StoreError};
use crate::{Error, Msg};

pub fn parse_role(input: &str) -> Result<Role, Failure> {
    Role::parse(input).ok_or_else(|| {
        Error::invalid(
            "role",
            Msg::new("invalid-choice").arg("allowed", Role::allowed()),
        )
        .into()
    })
}

pub fn orientation(ctx: &Context) -> CliResult {
    let out = &ctx.out;
    match open_announcing_repairs(ctx) {
        // In a terminal the screen opens; piped or scripted, a short orientation is printed.
        Ok(store) if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() => Ok(
            crate::runtime::run(store, out.lang, ctx.today, ctx.debug_timing, ctx.started)?,
        ),
        Ok(store) => {
            if store.undid_interrupted_import() {
                out.warn(&Msg::new("import-undone"));
            }
            let id = store.identity();
            out.say(
                &Msg::new("orientation-with-db")
                    .arg("dir", ctx.data_dir.display())
                    .arg("name", &id.name)
                    .arg("role", out.label(id.role.label_id()))
                    .arg("coachees", store.coachee_count()),
            );
            Ok(())
        }
        Err(StoreError::NotInitialised { .. })
            if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() =>
        {
            match crate::runtime::welcome(&ctx.data_dir, out.lang, ctx.today)? {
                // Counted from the new database: the welcome itself waited on the user.
                Some(store) => Ok(crate::runtime::run(
                    store,
                    out.lang,
                    ctx.today,
                    ctx.debug_timing,
                    std::time::Instant::now(),
                )?),
                None => {
                    out.say(&Msg::new("welcome-left").arg("dir", ctx.data_dir.display()));
                    Ok(())
                }
            }
        }
        Err(StoreError::NotInitialised { .. }) => {
            out.say(&Msg::new("orientation-no-db").arg("dir", ctx.data_dir.display()));
            Ok(())
        }
        Err(other) => Err(other.into()),
    }
}

pub fn init(ctx: &Context, args: InitArgs) -> CliResult {
    let role = parse_role(&args.role)?;
    if args.name.trim().is_empty() {
        return Err(Error::invalid("name", Msg::new("invalid-required")).into());
    }
    let store = Store::init(&ctx.data_dir, &args.name, role, ctx.today)?;
    // The device's keys belong to its identity: made now, not on first sync.
    crate::sync::DeviceKeys::load_or_create(&ctx.data_dir)?;
    let id = store.identity();
    ctx.out.say(
        &Msg::new("init-done")
            .arg("dir", ctx.data_dir.display())
            .arg("name", &id.name)
            .arg("role", ctx.out.label(role.label_id())),
    );
    if args.recovery_passphrase {
        super::maintain::set_recovery_passphrase(ctx)?;
    } else {
        ctx.out.warn(&Msg::new("backup-no-recovery"));
    }
    Ok(())
}

pub fn demo(ctx: &Context, args: DemoArgs) -> CliResult {
    let out = &ctx.out;
    if args.restart {
        Store::discard_interrupted_demo(&ctx.data_dir)?;
        out.say(&Msg::new("demo-restarting"));
    }
    let mut store = if Store::exists(&ctx.data_dir) {
        let store = open(ctx)?;
        if let Some(role) = &args.role
            && parse_role(role)? != store.identity().role
        {
            return Err(Failure::Message(
                Msg::new("demo-role-mismatch")
                    .arg("role", out.label(store.identity().role.label_id())),
            ));
        }
        store
    } else {
        let role = match &args.role {
            Some(role) => parse_role(role)?,
            None => Role::Coach,
        };
        let name = args
            .name
            .clone()
            .unwrap_or_else(|| out.text(&format!("demo-default-name-{}", role.code())));
        Store::init(&ctx.data_dir, &name, role, ctx.today)?
    };
    let options = DemoOptions {
        coachees: args.coachees,
        sessions: args.sessions,
        seed: args.seed,
        today: ctx.today,
    };
    let started = std::time::Instant::now();
    // The total is known from the first batch on.
    let mut task = None;
    let summary = demo::generate(&mut store, &options, |p: BatchProgress| {
        task.get_or_insert_with(|| progress::task(Work::Demo, p.total as u64))
            .advance_to(p.committed as u64);
    })?;
    drop(task);
    out.say(
        &Msg::new("demo-done")
            .arg("coachees", summary.coachees)
            .arg("sessions", summary.sessions)
            .arg("employers", summary.employers)
            .arg("placements", summary.placements)
            .arg("seconds", format!("{:.1}", started.elapsed().as_secs_f64())),
    );
    Ok(())
}
