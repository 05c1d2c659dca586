//! `backup`, `restore`, `recover`, `recovery-passphrase` and `doctor`.

use std::path::Path;

use super::exchange::ask_passphrase;
use super::open::open;
use super::{BackupArgs, CliResult, Context, DoctorArgs, Failure, RestoreArgs};
use crate::Msg;
use crate::store::backup::{BackupError, Keyring, Policy, RecoveryKey};
use crate::store::{Store, StoreError};
use crate::sync::DeviceKeys;

pub fn backup(ctx: &Context, args: BackupArgs) -> CliResult {
    let store = open(ctx)?;
    let keys = DeviceKeys::load_or_create(&ctx.data_dir)?;
    let seal = keys.backup_seal(&ctx.data_dir)?;
    let summary = match &args.to {
        Some(path) => store.backup_to(path, &seal)?,
        None => store.backup_into_folder(&seal, Policy::from_user_config(), true)?,
    };
    ctx.out.say(
        &Msg::new("backup-done")
            .arg("path", summary.path.display())
            .arg("ops", summary.ops)
            .arg("kib", summary.bytes.div_ceil(1024)),
    );
    if !seal.has_recovery() {
        ctx.out.warn(&Msg::new("backup-no-recovery"));
    }
    Ok(())
}

pub fn restore(ctx: &Context, args: RestoreArgs) -> CliResult {
    let mut keyring = device_keyring(&ctx.data_dir);
    let store = with_passphrase_if_needed(ctx, &mut keyring, |keyring| {
        Store::restore(&ctx.data_dir, &args.file, keyring)
    })?;
    ctx.out.say(
        &Msg::new("restore-done")
            .arg("dir", ctx.data_dir.display())
            .arg("coachees", store.coachee_count()),
    );
    Ok(())
}

/// The keys a backup may open with: the device's own, if this data dir has them. A damaged
/// keys file is no reason to stop: the recovery passphrase may still open the backup.
fn device_keyring(dir: &Path) -> Keyring {
    let device = DeviceKeys::load_existing(dir).ok().flatten();
    Keyring::new(device.map(|keys| keys.decryption), None)
}

/// Runs `action`, and once more with the recovery passphrase when it says it needs one.
fn with_passphrase_if_needed<T>(
    ctx: &Context,
    keyring: &mut Keyring,
    mut action: impl FnMut(&mut Keyring) -> Result<T, StoreError>,
) -> Result<T, Failure> {
    match action(keyring) {
        Err(StoreError::Backup(BackupError::NeedsPassphrase)) => {
            keyring.set_passphrase(ask_passphrase(
                ctx,
                "recovery-passphrase-prompt",
                "recovery-passphrase-again",
                false,
            )?);
            Ok(action(keyring)?)
        }
        other => Ok(other?),
    }
}

/// Whether the data dir holds a database that opens and that `doctor` finds healthy.
fn is_healthy(dir: &Path) -> Result<bool, Failure> {
    match Store::open(dir) {
        Ok(store) => Ok(store.checkup().is_ok_and(|c| c.is_healthy())),
        Err(e @ StoreError::AlreadyOpen { .. }) => Err(e.into()),
        Err(_) => Ok(false),
    }
}

pub fn recover(ctx: &Context) -> CliResult {
    let out = &ctx.out;
    let dir = &ctx.data_dir;
    if is_healthy(dir)? {
        out.say(&Msg::new("recover-nothing-to-do").arg("dir", dir.display()));
        return Ok(());
    }
    out.say(
        &Msg::new("recover-plan")
            .arg("dir", dir.display())
            .arg("folder", dir.join("backups").display()),
    );
    let mut keyring = device_keyring(dir);
    let recovered =
        with_passphrase_if_needed(ctx, &mut keyring, |keyring| Store::recover(dir, keyring))?;
    if let Some(damaged) = &recovered.damaged {
        out.say(&Msg::new("recover-kept").arg("path", damaged.display()));
    }
    if recovered.skipped > 0 {
        out.warn(&Msg::new("recover-skipped").arg("count", recovered.skipped));
    }
    let made = chrono::DateTime::from_timestamp_millis(recovered.made_at)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%d-%m-%Y %H:%M")
                .to_string()
        })
        .unwrap_or_default();
    out.say(
        &Msg::new("recover-done")
            .arg("file", recovered.from.display())
            .arg("date", &made)
            .arg("coachees", recovered.store.coachee_count()),
    );
    out.say(&Msg::new("recover-bundles").arg("date", &made));
    Ok(())
}

pub fn recovery_passphrase(ctx: &Context) -> CliResult {
    let store = open(ctx)?;
    set_recovery_passphrase(ctx)?;
    // A full backup sealed to the new key right away: from now on a lost laptop loses nothing
    // that is in a backup.
    let keys = DeviceKeys::load_or_create(&ctx.data_dir)?;
    let seal = keys.backup_seal(&ctx.data_dir)?;
    let summary = store.backup_into_folder(&seal, Policy::from_user_config(), true)?;
    ctx.out
        .say(&Msg::new("recovery-passphrase-backup").arg("path", summary.path.display()));
    Ok(())
}

/// Asks for a new recovery passphrase (twice) and makes a new recovery key wrapped with it.
pub fn set_recovery_passphrase(ctx: &Context) -> CliResult {
    let passphrase = ask_passphrase(
        ctx,
        "recovery-passphrase-prompt",
        "recovery-passphrase-again",
        true,
    )?;
    let replaced = RecoveryKey::load(&ctx.data_dir).ok().flatten().is_some();
    RecoveryKey::create(&ctx.data_dir, &passphrase)?;
    ctx.out.say(&Msg::new(if replaced {
        "recovery-passphrase-changed"
    } else {
        "recovery-passphrase-set"
    }));
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
