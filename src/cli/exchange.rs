//! `export`, `import`, `sync --folder`, `conflicts`, `resolve` and `assign`: the work of
//! moving a programme between laptops.

use std::path::Path;

use age::secrecy::SecretString;
use serde::Serialize;

use super::open::open;
use super::{
    AssignArgs, CliResult, ConflictsArgs, Context, ExportArgs, Failure, ImportArgs, ResolveArgs,
    SyncArgs,
};
use crate::domain::Role;
use crate::service::actions;
use crate::store::import::ImportPlan;
use crate::sync::bundle::Addressed;
use crate::sync::conflicts::{self, Keep, OpenConflict};
use crate::sync::export::{self, Exported, Recipient};
use crate::sync::folder::{self, FolderSync};
use crate::sync::import::{self, ImportOptions, ImportOutcome};
use crate::sync::{self, Peer};
use crate::{Error, Msg};

/// Where a passphrase comes from when the command line needs one.
pub const PASSPHRASE_ENV: &str = "STAGECOACH_PASSPHRASE";

pub fn export(ctx: &Context, args: ExportArgs) -> CliResult {
    let store = open(ctx)?;
    let (_, keys) = sync::own_card(&store)?;
    let out = &ctx.out;
    if args.passphrase {
        let passphrase = passphrase(ctx, true)?;
        let exported = export::export(
            &store,
            &keys,
            Recipient::Passphrase(passphrase),
            true,
            &args.to,
            ctx.today,
        )?;
        say_exported(ctx, &exported);
        return Ok(());
    }
    let peers = sync::peers(&store)?;
    let recipients: Vec<Peer> = if args.recipients.is_empty() {
        folder::default_recipients(&store, &peers)
    } else {
        args.recipients
            .iter()
            .map(|name| find_peer(&peers, name))
            .collect::<Result<_, _>>()?
    };
    if recipients.is_empty() {
        return Err(Failure::Message(Msg::new("export-no-recipients")));
    }
    if recipients.len() > 1 && !args.to.is_dir() {
        return Err(Failure::Message(
            Msg::new("export-needs-folder").arg("path", args.to.display()),
        ));
    }
    for peer in &recipients {
        let exported = export::export(
            &store,
            &keys,
            Recipient::Peer(peer),
            args.full,
            &args.to,
            ctx.today,
        )?;
        say_exported(ctx, &exported);
    }
    if store.identity().role == Role::Coordinator && !args.full {
        out.say(&Msg::new("export-delta-hint"));
    }
    Ok(())
}

fn find_peer(peers: &[Peer], name: &str) -> Result<Peer, Failure> {
    named(peers, name).cloned().ok_or_else(|| {
        Failure::Message(
            Msg::new("export-unknown-peer")
                .arg("name", name)
                .arg("known", names(peers)),
        )
    })
}

/// The peer called `name`, whatever its case and surrounding spaces.
fn named<'p>(peers: &'p [Peer], name: &str) -> Option<&'p Peer> {
    let wanted = name.trim().to_lowercase();
    peers.iter().find(|p| p.card.name.to_lowercase() == wanted)
}

/// The peers' names, for "trusted: …" in a message.
fn names(peers: &[Peer]) -> String {
    let names: Vec<&str> = peers.iter().map(|p| p.card.name.as_str()).collect();
    names.join(", ")
}

fn say_exported(ctx: &Context, exported: &Exported) {
    let recipient = exported
        .recipient
        .clone()
        .unwrap_or_else(|| ctx.out.text("export-passphrase-recipient"));
    ctx.out.say(
        &Msg::new("export-written")
            .arg("path", exported.path.display())
            .arg("recipient", recipient)
            .arg("ops", exported.ops)
            .arg("kib", exported.bytes.div_ceil(1024)),
    );
}

/// A passphrase from the environment or typed without echo (twice when making a bundle).
fn passphrase(ctx: &Context, confirm: bool) -> Result<SecretString, Failure> {
    ask_passphrase(ctx, "passphrase-prompt", "passphrase-again", confirm)
}

/// A passphrase from STAGECOACH_PASSPHRASE, or typed without echo after the prompt `prompt_id`
/// (and once more after `again` when `confirm`); never from the command line.
pub(super) fn ask_passphrase(
    ctx: &Context,
    prompt_id: &str,
    again: &str,
    confirm: bool,
) -> Result<SecretString, Failure> {
    // A new passphrase (`confirm`) must be strong, wherever it comes from.
    let strong_enough = |passphrase: &str| {
        if confirm {
            crate::domain::passphrase::check_new(passphrase).map_err(Failure::Message)?;
        }
        Ok::<(), Failure>(())
    };
    if let Ok(value) = std::env::var(PASSPHRASE_ENV)
        && !value.is_empty()
    {
        strong_enough(&value)?;
        return Ok(SecretString::from(value));
    }
    let prompt = |id: &str| rpassword::prompt_password(format!("{}: ", ctx.out.text(id)));
    // Without a terminal there is nothing to type into: the raw error ("No such device or
    // address") would tell a coach nothing, the way out does.
    let failed = |_: std::io::Error| Failure::Message(Msg::new("passphrase-unreadable"));
    let first = prompt(prompt_id).map_err(failed)?;
    strong_enough(&first)?;
    if confirm && prompt(again).map_err(failed)? != first {
        return Err(Failure::Message(Msg::new("passphrase-mismatch")));
    }
    Ok(SecretString::from(first))
}

pub fn import(ctx: &Context, args: ImportArgs) -> CliResult {
    let mut store = open(ctx)?;
    let (_, keys) = sync::own_card(&store)?;
    let header = import::peek(&args.file)?;
    let passphrase = match header.addressed {
        Addressed::Passphrase => Some(passphrase(ctx, false)?),
        Addressed::To(_) => None,
    };
    let options = ImportOptions {
        trust_new: args.trust,
        dry_run: args.dry_run,
        passphrase,
    };
    let outcome = import::import_file(&mut store, &keys, &args.file, options, ctx.today)?;
    // A bundle that erased someone here leaves their bytes in sled's files and the backups.
    let (_store, settled) = crate::service::erasure::settle(store)?;
    if args.json {
        ctx.out
            .json(&ImportJson::new(&outcome, args.dry_run))
            .map_err(|e| Failure::Message(Msg::new("output-failed").arg("reason", e)))?;
    } else {
        say_import(ctx, &outcome, args.dry_run);
        super::privacy::say_settled_after_import(ctx, &settled);
    }
    Ok(())
}

#[derive(Serialize)]
struct ImportJson<'a> {
    sender: &'a str,
    sender_role: &'static str,
    sender_fingerprint: String,
    /// Whether this device trusts the sender after the command (a dry run never trusts).
    sender_trusted: bool,
    newly_trusted: bool,
    dry_run: bool,
    kind: &'static str,
    #[serde(flatten)]
    plan: &'a ImportPlan,
}

impl<'a> ImportJson<'a> {
    fn new(outcome: &'a ImportOutcome, dry_run: bool) -> Self {
        Self {
            sender: &outcome.sender.card.name,
            sender_role: outcome.sender.role.code(),
            sender_fingerprint: outcome.sender.card.fingerprint(),
            // In a dry run, someone it would trust is not trusted yet either.
            sender_trusted: !(outcome.untrusted || dry_run && outcome.newly_trusted),
            newly_trusted: outcome.newly_trusted && !dry_run,
            dry_run,
            kind: match outcome.header.kind {
                sync::bundle::BundleKind::Full => "full",
                sync::bundle::BundleKind::Delta => "delta",
            },
            plan: &outcome.plan,
        }
    }
}

fn say_import(ctx: &Context, outcome: &ImportOutcome, dry_run: bool) {
    let out = &ctx.out;
    let sender = &outcome.sender;
    out.say(
        &Msg::new("import-from")
            .arg("name", &sender.card.name)
            .arg("role", out.label(sender.role.label_id()))
            .arg("fingerprint", sender.card.fingerprint()),
    );
    let name = &sender.card.name;
    match (outcome.newly_trusted, outcome.untrusted, dry_run) {
        (true, _, false) => out.say(&Msg::new("import-newly-trusted").arg("name", name)),
        (true, _, true) => out.say(&Msg::new("import-would-trust").arg("name", name)),
        (false, true, _) => out.say(&Msg::new("import-not-trusted-yet").arg("name", name)),
        (false, false, _) => {}
    }
    let plan = &outcome.plan;
    if let Some(date) = plan.already_imported {
        out.say(&Msg::new("import-already").arg("date", out.date(Some(date))));
        return;
    }
    out.say(
        &Msg::new(if dry_run {
            "import-plan"
        } else {
            "import-done"
        })
        .arg("created", plan.created_count())
        .arg("updated", plan.updated_count())
        .arg("purged", plan.removed_count())
        .arg("known", plan.known_ops),
    );
    for (kind, n) in &plan.created {
        out.say_indented(
            &Msg::new("import-kind-created")
                .arg("kind", out.text(&format!("kind-{kind}")))
                .arg("count", n),
        );
    }
    for (kind, n) in &plan.updated {
        out.say_indented(
            &Msg::new("import-kind-updated")
                .arg("kind", out.text(&format!("kind-{kind}")))
                .arg("count", n),
        );
    }
    if plan.conflicts_after > plan.conflicts_before {
        out.say(
            &Msg::new("import-conflicts")
                .arg("count", plan.conflicts_after - plan.conflicts_before),
        );
    }
    if !plan.refused.is_empty() {
        out.warn(&Msg::new("import-refused").arg("count", plan.refused.len()));
    }
    if !plan.moved_away.is_empty() {
        out.say(&Msg::new("import-moved-away").arg("codes", plan.moved_away.join(", ")));
    }
    if !plan.moving_away.is_empty() {
        out.say(&Msg::new("import-moving-away").arg("codes", plan.moving_away.join(", ")));
    }
    if dry_run {
        out.say(&Msg::new("import-dry-run"));
    } else if let Some(backup) = &outcome.backup {
        out.say(&Msg::new("import-backup").arg("path", backup.display()));
    }
}

pub fn sync_folder(ctx: &Context, args: SyncArgs) -> CliResult {
    let mut store = open(ctx)?;
    let (_, keys) = sync::own_card(&store)?;
    if !args.folder.is_dir() {
        return Err(Failure::Message(
            Msg::new("sync-no-folder").arg("path", args.folder.display()),
        ));
    }
    let result = folder::sync_folder(&mut store, &keys, &args.folder, ctx.today)?;
    let (_store, settled) = crate::service::erasure::settle(store)?;
    say_folder(ctx, &result);
    super::privacy::say_settled_after_import(ctx, &settled);
    Ok(())
}

fn say_folder(ctx: &Context, result: &FolderSync) {
    let out = &ctx.out;
    for (path, outcome) in &result.imported {
        out.say(&Msg::new("sync-imported").arg("path", file_name(path)));
        say_import(ctx, outcome, false);
    }
    for (path, name) in &result.untrusted {
        out.warn(
            &Msg::new("sync-untrusted")
                .arg("path", file_name(path))
                .arg("name", name),
        );
    }
    for (path, error) in &result.failed {
        out.warn(
            &Msg::new("sync-failed")
                .arg("path", file_name(path))
                .arg("reason", out.render(&error.message())),
        );
    }
    for exported in &result.exported {
        say_exported(ctx, exported);
    }
    if result.imported.is_empty() && result.exported.is_empty() {
        out.say(&Msg::new("sync-nothing"));
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

pub fn list_conflicts(ctx: &Context, args: ConflictsArgs) -> CliResult {
    let store = open(ctx)?;
    let conflicts = conflicts::open_conflicts(&store)?;
    if args.json {
        return ctx
            .out
            .json(&conflicts)
            .map_err(|e| Failure::Message(Msg::new("output-failed").arg("reason", e)));
    }
    if conflicts.is_empty() {
        ctx.out.say(&Msg::new("conflicts-none"));
        return Ok(());
    }
    for conflict in &conflicts {
        say_conflict(ctx, conflict);
    }
    ctx.out.say(&Msg::new("conflicts-hint"));
    Ok(())
}

fn say_conflict(ctx: &Context, conflict: &OpenConflict) {
    let out = &ctx.out;
    out.say(
        &Msg::new("conflict-line")
            .arg("id", &conflict.id)
            .arg(
                "kind",
                out.text(&format!("record-{}", conflict.kind.as_str())),
            )
            .arg("code", conflict.coachee_code.as_deref().unwrap_or("–")),
    );
    for field in &conflict.fields {
        out.say_indented(
            &Msg::new("conflict-field")
                .arg("field", out.text(&format!("field-{}", field.field)))
                .arg(
                    "mine",
                    crate::sync::conflicts::readable(&field.mine().value),
                )
                .arg(
                    "theirs",
                    crate::sync::conflicts::readable(&field.theirs().value),
                )
                .arg("now", if field.current.mine { "mine" } else { "theirs" }),
        );
    }
}

pub fn resolve(ctx: &Context, args: ResolveArgs) -> CliResult {
    let mut store = open(ctx)?;
    let keep = Keep::parse(&args.keep);
    let conflict = conflicts::resolve(&mut store, &args.conflict, keep)?;
    ctx.out.say(
        &Msg::new("conflict-resolved")
            .arg("id", &conflict.id)
            .arg("code", conflict.coachee_code.as_deref().unwrap_or("–")),
    );
    Ok(())
}

pub fn assign(ctx: &Context, args: AssignArgs) -> CliResult {
    let mut store = open(ctx)?;
    // Said first: to a coach, "no trusted coach is called Piet" would suggest trusting Piet.
    if store.identity().role != Role::Coordinator {
        return Err(Failure::Message(Msg::new("assign-coordinator-only")));
    }
    let coachee = store.resolve_coachee(&args.coachee)?;
    let coaches: Vec<Peer> = sync::peers(&store)?
        .into_iter()
        .filter(|p| p.role == Role::Coach)
        .collect();
    let coach = named(&coaches, &args.coach).ok_or_else(|| {
        Error::invalid(
            "coach",
            Msg::new("assign-unknown-coach")
                .arg("name", &args.coach)
                .arg("known", names(&coaches)),
        )
    })?;
    let coach_ref = crate::domain::CoachRef {
        device: coach.card.device,
        name: coach.card.name.clone(),
    };
    let updated = actions::assign(&mut store, &coachee, coach_ref)?;
    ctx.out.say(
        &Msg::new("assign-done")
            .arg("code", updated.code.as_str())
            .arg("coach", &coach.card.name),
    );
    Ok(())
}
