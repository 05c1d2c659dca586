//! The command line: argument definitions and dispatch to one module per command group.
//!
//! Exit codes: 0 success, 1 a runtime error (one paragraph on stderr: what happened, what to
//! do), 2 a usage error (from clap).

mod add;
mod args;
mod exchange;
mod followup;
pub mod help;
mod inspect;
mod json;
mod log;
mod maintain;
mod open;
mod output;
mod peers;
mod privacy;
mod profile;
pub mod progress_bar;
mod report;
mod retention;
mod setup;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub use args::*;
pub use output::Output;

use crate::i18n::Lang;
use crate::{Error, Msg};

/// `--version`: the release, the commit it was built from and the day (build.rs).
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("STAGECOACH_COMMIT"),
    ", ",
    env!("STAGECOACH_BUILD_DATE"),
    ")"
);

/// Keyboard-first caseload and session log for student coaches in youth-to-work programmes.
#[derive(Debug, Parser)]
#[command(name = "stagecoach", version = VERSION, about, long_about = None)]
pub struct Cli {
    // First: `--help` lists headings in the order of their first option, and a command's own
    // options come before the global ones.
    /// Measure the screen: on quitting, print how long start-up and each key took. Only the
    /// screen (`stagecoach` without a command) has keys to time, so no command takes it.
    #[arg(long)]
    pub debug_timing: bool,

    /// Where the database lives (default: the platform's data directory).
    #[arg(long, global = true, env = crate::paths::DATA_DIR_ENV, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language of messages: nl (default) or en.
    #[arg(long, global = true, env = crate::i18n::LANG_ENV, value_name = "nl|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_lang(input: &str) -> Result<Lang, String> {
    Lang::parse(input).ok_or_else(|| format!("'{input}': use nl or en"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database for this laptop, with your name and role.
    Init(InitArgs),
    /// Fill the database with a realistic, fictional programme to try things out.
    Demo(DemoArgs),
    /// List coachees, sessions, employers or placements.
    List(ListArgs),
    /// Show one coachee (by code or id), session, employer or placement.
    Show(ShowArgs),
    /// Register a coachee or an employer.
    #[command(subcommand)]
    Add(AddCommand),
    /// Log a contact with a coachee (a stage visit, a coaching talk, a phone call …).
    Log(Box<LogArgs>),
    /// Move a coachee to another status in the pipeline.
    Status(StatusArgs),
    /// Write a backup of the whole database to one file.
    Backup(BackupArgs),
    /// Create the database from a backup file (into an empty data directory).
    Restore(RestoreArgs),
    /// Bring back a damaged database from the newest intact backup (the damaged one is kept).
    Recover,
    /// Set or change the passphrase that opens your backups on a new laptop.
    RecoveryPassphrase,
    /// Show this device's card (name, role, fingerprint) and write it to a file for a peer.
    Keys(KeysArgs),
    /// Trust a peer's card, so bundles from and to them can be exchanged.
    Trust(TrustArgs),
    /// Check the database, or rebuild its views from the operation log.
    Doctor(DoctorArgs),
    /// Give a coachee to a coach (coordinator only).
    Assign(AssignArgs),
    /// Write an encrypted, signed bundle for your coordinator, your coaches or a successor.
    Export(ExportArgs),
    /// Take in a bundle: shows what changes and who sent it first.
    Import(ImportArgs),
    /// Exchange bundles through a shared folder (Syncthing, Nextcloud, OneDrive).
    Sync(SyncArgs),
    /// List the fields two people changed at the same time.
    Conflicts(ConflictsArgs),
    /// Settle a conflict: keep your value, theirs, or a new one.
    Resolve(ResolveArgs),
    /// List the sessions escalated to the coordinator, open or answered.
    Escalations(EscalationsArgs),
    /// Answer an escalation (coordinator only), with an optional reply for the coach.
    Ack(AckArgs),
    /// List agreements: of one coachee or everyone, kept or open.
    Agreements(AgreementsArgs),
    /// Tick an agreement off, or open it again.
    #[command(subcommand)]
    Agreement(AgreementCommand),
    /// The programme's figures over a period, for the funder (or exact, for the team).
    Report(ReportArgs),
    /// Everything this laptop holds about one young person, and who received it, for them to
    /// read (AVG art. 15).
    Inzage(InzageArgs),
    /// Erase a young person (or, with --session, one contact) from this laptop for good: the
    /// log, the files and the backups; the erasure travels to your peers (AVG art. 17).
    Forget(ForgetArgs),
    /// Show the programme's policy, or (as coordinator) set how long closed files are kept;
    /// coaches receive it with your next bundle.
    Policy(PolicyArgs),
    /// Record a young person's consent (or a parent's, under 16), or its withdrawal, dated.
    Consent(ConsentArgs),
    /// List the closed files kept longer than the programme's retention period, and with
    /// --apply erase them as `forget` does.
    Retention(RetentionArgs),
}

/// The resolved settings every command runs with.
pub struct Context {
    pub data_dir: PathBuf,
    pub out: Output,
    pub today: chrono::NaiveDate,
    pub debug_timing: bool,
    /// When the process started: `--debug-timing` counts the first frame from here.
    pub started: std::time::Instant,
}

/// A failure of a command: either a library error or a problem found by the CLI itself.
#[derive(Debug)]
pub enum Failure {
    Lib(Error),
    Message(Msg),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Lib(e)
    }
}

impl From<crate::store::StoreError> for Failure {
    fn from(e: crate::store::StoreError) -> Self {
        Failure::Lib(e.into())
    }
}

pub type CliResult = Result<(), Failure>;

/// Runs a parsed command line. The caller prints failures and sets the exit code.
pub fn run(cli: Cli, ctx: &Context) -> CliResult {
    match cli.command {
        None => setup::orientation(ctx),
        Some(Command::Init(args)) => setup::init(ctx, args),
        Some(Command::Demo(args)) => setup::demo(ctx, args),
        Some(Command::List(args)) => inspect::list(ctx, args),
        Some(Command::Show(args)) => inspect::show(ctx, args),
        Some(Command::Add(AddCommand::Coachee(args))) => add::coachee(ctx, *args),
        Some(Command::Add(AddCommand::Employer(args))) => add::employer(ctx, *args),
        Some(Command::Log(args)) => log::session(ctx, *args),
        Some(Command::Status(args)) => log::status(ctx, args),
        Some(Command::Backup(args)) => maintain::backup(ctx, args),
        Some(Command::Restore(args)) => maintain::restore(ctx, args),
        Some(Command::Recover) => maintain::recover(ctx),
        Some(Command::RecoveryPassphrase) => maintain::recovery_passphrase(ctx),
        Some(Command::Doctor(args)) => maintain::doctor(ctx, args),
        Some(Command::Keys(args)) => peers::keys(ctx, args),
        Some(Command::Trust(args)) => peers::trust(ctx, args),
        Some(Command::Assign(args)) => exchange::assign(ctx, args),
        Some(Command::Export(args)) => exchange::export(ctx, args),
        Some(Command::Import(args)) => exchange::import(ctx, args),
        Some(Command::Sync(args)) => exchange::sync_folder(ctx, args),
        Some(Command::Conflicts(args)) => exchange::list_conflicts(ctx, args),
        Some(Command::Resolve(args)) => exchange::resolve(ctx, args),
        Some(Command::Escalations(args)) => followup::escalations(ctx, args),
        Some(Command::Ack(args)) => followup::ack(ctx, args),
        Some(Command::Agreements(args)) => followup::agreements(ctx, args),
        Some(Command::Agreement(AgreementCommand::Done(args))) => followup::done(ctx, args),
        Some(Command::Agreement(AgreementCommand::Reopen(args))) => followup::reopen(ctx, args),
        Some(Command::Report(args)) => report::report(ctx, args),
        Some(Command::Inzage(args)) => report::inzage(ctx, args),
        Some(Command::Forget(args)) => privacy::forget(ctx, args),
        Some(Command::Policy(args)) => retention::policy(ctx, args),
        Some(Command::Consent(args)) => privacy::consent(ctx, args),
        Some(Command::Retention(args)) => retention::retention(ctx, args),
    }
}

/// Asks the question `question` on a terminal and reads a yes or no; without a terminal the
/// person must have said `--yes` up front, which `needs_yes` tells them.
pub(crate) fn confirmed(
    ctx: &Context,
    question: &str,
    needs_yes: &'static str,
) -> Result<bool, Failure> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Message(Msg::new(needs_yes)));
    }
    ctx.out.prompt(&ctx.out.text(question));
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Failure::Message(Msg::new("confirm-unreadable").arg("reason", e)))?;
    let answer = answer.trim().to_lowercase();
    Ok(["j", "ja", "y", "yes"].contains(&answer.as_str()))
}

/// Renders a failure as the one paragraph the user sees on stderr.
pub fn describe(failure: &Failure, lang: Lang) -> String {
    let (main, details) = match failure {
        Failure::Lib(e) => (e.message(), e.details()),
        Failure::Message(m) => (m.clone(), Vec::new()),
    };
    let mut text = lang.render(&Msg::new("cli-error").arg("message", lang.render(&main)));
    for (field, problem) in details {
        let label = lang.text(&format!("field-{field}"));
        text.push_str(&format!("\n  - {label}: {}", lang.render(&problem)));
    }
    text
}
