//! `backup`, `restore` and `doctor`.

use super::setup::open;
use super::{BackupArgs, CliResult, Context, DoctorArgs, Failure, RestoreArgs};
use crate::Msg;
use crate::store::Store;

pub fn backup(ctx: &Context, args: BackupArgs) -> CliResult {
    let store = open(ctx)?;
    let path = args.to.unwrap_or_else(|| store.default_backup_path());
    let summary = store.backup_to(&path)?;
    ctx.out.say(
        &Msg::new("backup-done")
            .arg("path", summary.path.display())
            .arg("ops", summary.ops)
            .arg("kib", summary.bytes.div_ceil(1024)),
    );
    Ok(())
}

pub fn restore(ctx: &Context, args: RestoreArgs) -> CliResult {
    let store = Store::restore(&ctx.data_dir, &args.file)?;
    ctx.out.say(
        &Msg::new("restore-done")
            .arg("dir", ctx.data_dir.display())
            .arg("coachees", store.coachee_count()),
    );
    Ok(())
}

pub fn doctor(ctx: &Context, args: DoctorArgs) -> CliResult {
    if args.rebuild {
        if Store::exists(&ctx.data_dir) && !Store::writable(&ctx.data_dir) {
            return Err(Failure::Message(
                Msg::new("doctor-rebuild-read-only").arg("dir", ctx.data_dir.display()),
            ));
        }
        let mut store = open(ctx)?;
        let ops = store.rebuild()?;
        ctx.out.say(&Msg::new("doctor-rebuilt").arg("ops", ops));
        return Ok(());
    }
    // Checking only reads: a read-only data dir is checked through a private copy.
    let opened = Store::open_for_checking(&ctx.data_dir, |in_copy| {
        if in_copy {
            ctx.out.warn(&Msg::new("doctor-read-only-repair"));
        } else {
            ctx.out.warn(&Msg::new("views-rebuilding"));
        }
    })?;
    if let Some(place) = opened.copy_place() {
        ctx.out
            .warn(&Msg::new("doctor-read-only").arg("place", place.display()));
    } else if opened.store.undid_interrupted_import() {
        ctx.out.warn(&Msg::new("import-undone"));
    }
    let checkup = opened.store.checkup()?;
    ctx.out.say(
        &Msg::new("doctor-summary")
            .arg("ops", checkup.ops)
            .arg("devices", checkup.devices),
    );
    if checkup.is_healthy() {
        ctx.out.say(&Msg::new("doctor-healthy"));
        return Ok(());
    }
    if checkup.devices_with_gaps > 0 {
        ctx.out
            .warn(&Msg::new("doctor-gaps").arg("devices", checkup.devices_with_gaps));
    }
    if checkup.sequence_mismatch {
        ctx.out.warn(&Msg::new("doctor-sequence"));
    }
    if !checkup.stale_views.is_empty() {
        ctx.out
            .warn(&Msg::new("doctor-stale").arg("views", checkup.stale_views.join(", ")));
    }
    Err(Failure::Message(Msg::new("doctor-unhealthy")))
}
