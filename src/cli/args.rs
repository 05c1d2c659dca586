//! The arguments of every subcommand. Values with a vocabulary (status, level, type …) are
//! taken as text and checked by the domain, so that errors list the allowed values in the
//! user's language.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Your name as your coordinator knows you.
    #[arg(long)]
    pub name: String,
    /// coach or coordinator.
    #[arg(long)]
    pub role: String,
    /// Also set the recovery passphrase that opens your backups on a new laptop (asked
    /// without echo, or taken from STAGECOACH_PASSPHRASE).
    #[arg(long)]
    pub recovery_passphrase: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Number of coachees (default: 15 for a coach, 40 for a coordinator).
    #[arg(long)]
    pub coachees: Option<usize>,
    /// Number of sessions in total (default: about nine per coachee).
    #[arg(long)]
    pub sessions: Option<usize>,
    /// Seed of the random generator: the same seed gives the same programme.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Role of a new database: coach (default) or coordinator.
    #[arg(long)]
    pub role: Option<String>,
    /// Name of a new database's owner.
    #[arg(long)]
    pub name: Option<String>,
    /// Start over after a demo that was killed before it finished (throws that half-filled
    /// demo database away; refused for any other database).
    #[arg(long)]
    pub restart: bool,
}

#[derive(Debug, Args)]
pub struct ConsentArgs {
    /// The young person's code (K7F3) or id.
    #[arg(value_name = "CODE")]
    pub reference: String,
    /// Who gave consent: jongere (the young person, 16 or older) or
    /// wettelijk_vertegenwoordiger (a parent or guardian).
    #[arg(long, value_name = "WHO", required_unless_present = "withdraw")]
    pub given_by: Option<String>,
    /// The day consent was given or withdrawn (default: today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// What it covers, comma-separated: register, school, employer (default: register).
    #[arg(long, value_name = "SCOPES", value_delimiter = ',')]
    pub scope: Vec<String>,
    /// Withdraw consent for the scopes given (all of it, without --scope).
    #[arg(long, conflicts_with = "given_by")]
    pub withdraw: bool,
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Months a file is kept after it was closed (gesloten), 1–120; the default is 24.
    #[arg(long, value_name = "N")]
    pub retention_months: Option<u32>,
}

#[derive(Debug, Args)]
pub struct RetentionArgs {
    /// Erase the files listed (asks first; --yes without a terminal).
    #[arg(long)]
    pub apply: bool,
    /// Keep an anonymous trace of each for the funder report, as `forget --anonymise` does.
    #[arg(long, requires = "apply")]
    pub anonymise: bool,
    /// Do not ask first (for scripts).
    #[arg(long, requires = "apply")]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListWhat {
    Coachees,
    Sessions,
    Employers,
    Placements,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(value_enum)]
    pub what: ListWhat,
    /// Only this coachee's sessions or placements (code or id).
    #[arg(long, value_name = "ID|CODE")]
    pub coachee: Option<String>,
    /// Only the coachees of this coach, or the sessions this coach logged.
    #[arg(long, value_name = "NAME")]
    pub coach: Option<String>,
    /// Only coachees with this status (e.g. geplaatst).
    #[arg(long)]
    pub status: Option<String>,
    /// Only sessions on or after this day.
    #[arg(long, value_name = "D")]
    pub from: Option<String>,
    /// Only sessions on or before this day.
    #[arg(long, value_name = "D")]
    pub to: Option<String>,
    /// Only sessions of this type (e.g. stagebezoek).
    #[arg(long = "type", value_name = "TYPE")]
    pub session_type: Option<String>,
    /// Print one JSON document instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A coachee code (K7F3), a full id, or the first characters of an id.
    #[arg(value_name = "ID|CODE")]
    pub reference: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum AddCommand {
    /// Register a coachee.
    Coachee(Box<AddCoacheeArgs>),
    /// Add an employer (stagebedrijf) with a contact person.
    Employer(Box<AddEmployerArgs>),
}

#[derive(Debug, Args)]
pub struct AddCoacheeArgs {
    #[arg(long)]
    pub first_name: String,
    #[arg(long)]
    pub last_name: String,
    /// e.g. 14-03-2009 or 2009-03-14.
    #[arg(long)]
    pub birth_date: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    /// Parent or guardian (for minors).
    #[arg(long)]
    pub guardian_name: Option<String>,
    #[arg(long)]
    pub guardian_phone: Option<String>,
    /// e.g. moeder, vader, voogd.
    #[arg(long)]
    pub guardian_relation: Option<String>,
    #[arg(long)]
    pub neighbourhood: Option<String>,
    /// School or ROC.
    #[arg(long)]
    pub school: Option<String>,
    /// pro, vso, vmbo-b/k/g/t, mbo-1…4, havo, vwo, geen.
    #[arg(long)]
    pub level: Option<String>,
    /// The course (opleiding).
    #[arg(long)]
    pub course: Option<String>,
    /// bol or bbl.
    #[arg(long)]
    pub path: Option<String>,
    /// school, wijkteam, jongerenwerk, leerplicht, zelf, anders.
    #[arg(long)]
    pub referrer: Option<String>,
    /// Who gave consent: jongere or wettelijk_vertegenwoordiger.
    #[arg(long)]
    pub consent_by: Option<String>,
    /// Date of consent (default: today).
    #[arg(long)]
    pub consent_date: Option<String>,
    /// Consent covers sharing with the school.
    #[arg(long)]
    pub share_school: bool,
    /// Consent covers sharing with the employer.
    #[arg(long)]
    pub share_employer: bool,
    /// Attention point (repeatable): taal, vervoer, bereikbaarheid, planning, thuissituatie,
    /// geldzaken, extra_begeleiding.
    #[arg(long = "flag")]
    pub flags: Vec<String>,
    /// Your own working note (coach-only: never leaves this laptop).
    #[arg(long)]
    pub note: Option<String>,
    /// Date of registration (default: today).
    #[arg(long)]
    pub registered: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddEmployerArgs {
    #[arg(long)]
    pub name: String,
    /// KvK number: eight digits.
    #[arg(long)]
    pub kvk: Option<String>,
    /// Recognised by SBB as a learning company (erkend leerbedrijf).
    #[arg(long)]
    pub sbb: bool,
    #[arg(long)]
    pub sector: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub neighbourhood: Option<String>,
    /// Contact person (e.g. the praktijkopleider).
    #[arg(long)]
    pub contact_name: Option<String>,
    #[arg(long, default_value = "praktijkopleider")]
    pub contact_role: String,
    #[arg(long)]
    pub contact_phone: Option<String>,
    #[arg(long)]
    pub contact_email: Option<String>,
    /// How many trainees at once.
    #[arg(long)]
    pub capacity: Option<u8>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The coachee: code or id.
    #[arg(value_name = "ID|CODE")]
    pub coachee: String,
    /// intake, kennismaking, coachgesprek, stagebezoek, klikgesprek, telefonisch, online,
    /// tussenevaluatie, eindevaluatie, nazorg, no_show, overleg, overig.
    #[arg(long = "type")]
    pub session_type: String,
    /// vandaag (default), gisteren, ma…zo, 12-11, 12-11-2026 or 2026-11-12.
    #[arg(long)]
    pub date: Option<String>,
    /// Start time, HH:MM.
    #[arg(long)]
    pub time: Option<String>,
    /// Length in minutes (default depends on the type).
    #[arg(long)]
    pub minutes: Option<u16>,
    /// The factual account of the contact.
    #[arg(long)]
    pub summary: String,
    #[arg(long)]
    pub location: Option<String>,
    /// Who else took part (repeatable): werkgever, ouder, school, coordinator.
    #[arg(long = "with")]
    pub participants: Vec<String>,
    /// How the coachee is doing, 1–5.
    #[arg(long)]
    pub wellbeing: Option<u8>,
    /// The employer's satisfaction, 1–5 (stage visits).
    #[arg(long)]
    pub satisfaction: Option<u8>,
    /// Signal for follow-up (repeatable): verzuim, motivatie, conflict_werk, thuissituatie,
    /// zorgsignaal.
    #[arg(long = "signal")]
    pub signals: Vec<String>,
    /// Ask the coordinator to look at this.
    #[arg(long)]
    pub escalate: bool,
    /// An agreement (repeatable): "TEXT", "OWNER|TEXT" or "OWNER|TEXT|DUE".
    #[arg(long = "agreement")]
    pub agreements: Vec<String>,
    /// Date of the next contact. Without it, a next contact planned earlier stands.
    #[arg(long)]
    pub next: Option<String>,
    /// Call off the planned next contact (without planning another).
    #[arg(long, conflicts_with = "next")]
    pub no_next: bool,
    /// The employer visited (name or id); default: the current placement's employer.
    #[arg(long)]
    pub employer: Option<String>,
    /// Your own working note (coach-only: never leaves this laptop).
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(value_name = "ID|CODE")]
    pub coachee: String,
    /// The new status, e.g. intake, matching, geplaatst, afgerond, uitgevallen.
    pub status: String,
    /// Why (required for uitgevallen, gepauzeerd, niet_gestart).
    #[arg(long)]
    pub reason: Option<String>,
    /// When (default: today).
    #[arg(long)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// File to write (default: a dated file in the data directory's backups folder).
    #[arg(long, value_name = "FILE")]
    pub to: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file written by `stagecoach backup` (a file of the backups folder finds the files
    /// it builds on next to it). The recovery passphrase, when needed, is asked without echo
    /// or taken from STAGECOACH_PASSPHRASE.
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Rebuild every view from the operation log.
    #[arg(long)]
    pub rebuild: bool,
}

#[derive(Debug, Args)]
pub struct KeysArgs {
    /// Write the card to this file (e.g. sanne.card) to hand to your coordinator.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TrustArgs {
    /// A card file made with `stagecoach keys --out`.
    #[arg(value_name = "CARD")]
    pub card: PathBuf,
    /// The role you expect this person to have: coach or coordinator. The card must say the
    /// same; with --replace it is how a known peer's role is changed.
    #[arg(long)]
    pub role: Option<String>,
    /// Replace the card of someone you already trust (a new name or role, the same keys).
    #[arg(long)]
    pub replace: bool,
    /// Do not ask before replacing a card (for scripts).
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    #[arg(value_name = "ID|CODE")]
    pub coachee: String,
    /// The coach's name, as on the card you trusted.
    pub coach: String,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The peer to write a bundle for (repeatable; default: your coordinator, or as a
    /// coordinator every coach you trust).
    #[arg(long = "for", value_name = "NAME")]
    pub recipients: Vec<String>,
    /// Encrypt to a passphrase instead (a full handover bundle); the passphrase comes from
    /// STAGECOACH_PASSPHRASE or is asked for without echo.
    #[arg(long)]
    pub passphrase: bool,
    /// Everything the recipient may have, not only what they lack.
    #[arg(long)]
    pub full: bool,
    /// A folder (one file per recipient) or, for one bundle, a file name.
    #[arg(long, value_name = "FILE|DIR", default_value = ".")]
    pub to: PathBuf,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A .stagecoach file.
    pub file: PathBuf,
    /// Show what would change, change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Trust the sender's card if it is not trusted yet (check the fingerprint first).
    #[arg(long)]
    pub trust: bool,
    /// Print the plan as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ConflictsArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// The conflict's id, as `stagecoach conflicts` shows it (a prefix is enough).
    pub conflict: String,
    /// mine (this device's value), theirs (the other value), or a new value as JSON text.
    #[arg(long, value_name = "mine|theirs|VALUE")]
    pub keep: String,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// A folder that Syncthing, Nextcloud or OneDrive keeps in step between the laptops.
    #[arg(long, value_name = "DIR")]
    pub folder: PathBuf,
}

#[derive(Debug, Args)]
pub struct EscalationsArgs {
    /// Only the escalations still waiting for the coordinator.
    #[arg(long)]
    pub open: bool,
    /// Print one JSON document instead of a list.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AckArgs {
    /// The escalation's id, as `stagecoach escalations` shows it (the start is enough).
    pub escalation: String,
    /// Your answer to the coach, which travels back with your next bundle.
    #[arg(long)]
    pub reply: Option<String>,
}

#[derive(Debug, Args)]
pub struct AgreementsArgs {
    /// Only this coachee's agreements (code or id).
    pub coachee: Option<String>,
    /// Only the agreements not yet kept.
    #[arg(long)]
    pub open: bool,
    /// Print one JSON document instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum AgreementCommand {
    /// Tick an agreement off as kept.
    Done(AgreementDoneArgs),
    /// Open a kept agreement again.
    Reopen(AgreementRefArgs),
}

#[derive(Debug, Args)]
pub struct AgreementDoneArgs {
    /// The agreement's id, as `stagecoach agreements` shows it (SESSION.N).
    pub agreement: String,
    /// When it was kept: vandaag (default), gisteren, 12-11 …
    #[arg(long)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct AgreementRefArgs {
    /// The agreement's id, as `stagecoach agreements` shows it (SESSION.N).
    pub agreement: String,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// First day of the period (default: the first of this month).
    #[arg(long)]
    pub from: Option<String>,
    /// Last day of the period (default: the last of this month).
    #[arg(long)]
    pub to: Option<String>,
    /// A whole calendar year instead, e.g. 2026.
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,
    /// A quarter (1 to 4) of --year, or of this year.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=4), conflicts_with_all = ["from", "to"])]
    pub quarter: Option<u32>,
    /// Exact counts, for internal use (default: counts from 1 to 4 shown as <5, for a funder).
    #[arg(long)]
    pub exact: bool,
    /// Only the young people of this coach (the name as on their card).
    #[arg(long)]
    pub coach: Option<String>,
    /// Your own contact hours instead, per week and per type, for your school (young people
    /// by code only).
    #[arg(long, conflicts_with_all = ["coach", "exact"])]
    pub mine: bool,
    /// md (default): Markdown tables; csv: one file per section into the folder --out names;
    /// xlsx: an Excel workbook, one sheet per section, into the file --out names.
    #[arg(long, value_enum, default_value = "md")]
    pub format: ReportFormat,
    /// CSV with `,` and a decimal point (default: `;`, a decimal comma and a byte-order mark,
    /// as Dutch Excel opens it).
    #[arg(long)]
    pub csv_comma: bool,
    /// Write the report to this file (a folder for csv) instead of the screen.
    #[arg(long, value_name = "FILE|DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InzageArgs {
    /// The young person's code (K7F3) or id.
    #[arg(value_name = "CODE")]
    pub reference: String,
    /// The file to write (readable by you only).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// md (default): to read, in plain words; json: every field as stored.
    #[arg(long, value_enum, default_value = "md")]
    pub format: InzageFormat,
}

#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// The young person's code (K7F3) or id.
    #[arg(
        value_name = "CODE",
        required_unless_present = "session",
        conflicts_with = "session"
    )]
    pub reference: Option<String>,
    /// Delete one contact (by its id, from `list sessions`) instead of a young person.
    #[arg(long, value_name = "ID")]
    pub session: Option<String>,
    /// Keep an anonymous trace for the funder report (months, types, minutes, outcomes, age
    /// band, neighbourhood), so past periods keep their numbers.
    #[arg(long, conflicts_with = "session")]
    pub anonymise: bool,
    /// Do not ask first (for scripts).
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InzageFormat {
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Md,
    Csv,
    Xlsx,
}
