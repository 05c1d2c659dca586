//! How long bundles take, measured on a coordinator's database of realistic size:
//! `cargo bench --bench sync` (sizes via SYNC_BENCH_COACHEES / SYNC_BENCH_SESSIONS, default
//! 10,000 and 200,000). Prints one line per step; the figures go into BENCHMARKS.md.
//!
//! Steps: a full export of the whole programme, its import into an empty database, and a
//! coach's day (about 100 changes) imported into the big one — the import step alone (plan,
//! apply, flush) and the whole file import including the incremental backup taken before it.

use std::time::Instant;

use chrono::NaiveDate;
use stagecoach::demo::{self, DemoOptions};
use stagecoach::domain::Role;
use stagecoach::store::Store;
use stagecoach::store::backup::Policy;
use stagecoach::sync::bundle::{self, Unseal};
use stagecoach::sync::export::{self, Recipient};
use stagecoach::sync::import::{self, ImportOptions};
use stagecoach::sync::{self, DeviceKeys};

fn size(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn introduce(to: &Store, whom: &Store, folder: &std::path::Path) {
    let (card, keys) = sync::own_card(whom).unwrap();
    let path = folder.join(format!("{}.card", whom.identity().name));
    std::fs::write(&path, card.to_text(&keys)).unwrap();
    sync::trust(to, &path, Default::default(), today()).unwrap();
}

/// The coach's changes the coordinator does not have yet, as a bundle in `folder`.
fn day_bundle(
    coach: &Store,
    keys: &DeviceKeys,
    coordinator: &sync::Peer,
    folder: &std::path::Path,
) -> export::Exported {
    export::export(
        coach,
        keys,
        Recipient::Peer(coordinator),
        false,
        folder,
        today(),
    )
    .unwrap()
}

fn main() {
    let coachees = size("SYNC_BENCH_COACHEES", 10_000);
    let sessions = size("SYNC_BENCH_SESSIONS", 200_000);
    let work = tempfile::tempdir().unwrap();
    let mut big =
        Store::init(&work.path().join("big"), "Mila", Role::Coordinator, today()).unwrap();
    let started = Instant::now();
    let options = DemoOptions {
        coachees: Some(coachees),
        sessions: Some(sessions),
        seed: 1,
        today: today(),
    };
    demo::generate(&mut big, &options, |_| {}).unwrap();
    println!(
        "demo {coachees}/{sessions}: {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // A full bundle of everything, to the next coordinator, and into an empty database.
    let mut next = Store::init(
        &work.path().join("next"),
        "Noor",
        Role::Coordinator,
        today(),
    )
    .unwrap();
    // The programme is a demo one, which only a demo database takes in.
    next.mark_demo().unwrap();
    introduce(&big, &next, work.path());
    let next_keys = DeviceKeys::load_or_create(next.dir()).unwrap();
    let big_keys = DeviceKeys::load_or_create(big.dir()).unwrap();
    let peer = sync::peers(&big).unwrap().remove(0);
    let started = Instant::now();
    let full = export::export(
        &big,
        &big_keys,
        Recipient::Peer(&peer),
        true,
        work.path(),
        today(),
    )
    .unwrap();
    println!(
        "full export: {:.1} s, {} ops, {:.1} MB",
        started.elapsed().as_secs_f64(),
        full.ops,
        full.bytes as f64 / 1e6
    );
    let started = Instant::now();
    let options = ImportOptions {
        trust_new: true,
        ..ImportOptions::default()
    };
    import::import_file(&mut next, &next_keys, &full.path, options, today()).unwrap();
    println!(
        "full import into an empty database: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    drop(next);

    // A coach's day: about a hundred changes, into the big database.
    let mut coach = Store::init(&work.path().join("coach"), "Kim", Role::Coach, today()).unwrap();
    let day = DemoOptions {
        coachees: Some(8),
        sessions: Some(70),
        seed: 2,
        today: today(),
    };
    demo::generate(&mut coach, &day, |_| {}).unwrap();
    introduce(&big, &coach, work.path());
    introduce(&coach, &big, work.path());
    let coach_keys = DeviceKeys::load_or_create(coach.dir()).unwrap();
    let mila = sync::peers(&coach).unwrap().remove(0);
    let delta = day_bundle(&coach, &coach_keys, &mila, work.path());
    let bytes = std::fs::read(&delta.path).unwrap();
    let (header, payload) = bundle::open(&bytes, Unseal::Keys(&big_keys)).unwrap();
    let incoming = header.incoming(Role::Coach, payload.ops, payload.handovers);
    let started = Instant::now();
    let plan = big.import(incoming, today(), false).unwrap();
    println!(
        "delta of {} ops: plan, apply and flush {:.1} ms ({} records added)",
        delta.ops,
        started.elapsed().as_secs_f64() * 1e3,
        plan.created.values().sum::<usize>()
    );
    // The same kind of day again, through the whole pipeline with its backup.
    let open = coach
        .coachees()
        .unwrap()
        .into_iter()
        .map(|row| row.coachee)
        .find(|c| c.status.accepts_sessions())
        .expect("the demo has open files");
    stagecoach::service::actions::log_session(
        &mut coach,
        &open,
        stagecoach::domain::Session {
            date: today(),
            minutes: 20,
            session_type: Some(stagecoach::domain::SessionType::Phone),
            summary: "Kort gesprek".into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    let delta = day_bundle(&coach, &coach_keys, &mila, work.path());
    // The backups folder starts a chain with a full backup (weekly); the backup before each
    // import adds to it only the pages changed since.
    let seal = big_keys.backup_seal(big.dir()).unwrap();
    let started = Instant::now();
    let base = big
        .backup_into_folder(&seal, Policy::default(), true)
        .unwrap();
    println!(
        "full backup into the backups folder: {:.2} s, {} ops, {:.1} MB",
        started.elapsed().as_secs_f64(),
        base.ops,
        base.bytes as f64 / 1e6
    );
    let started = Instant::now();
    let outcome = import::import_file(
        &mut big,
        &big_keys,
        &delta.path,
        ImportOptions::default(),
        today(),
    )
    .unwrap();
    let elapsed = started.elapsed();
    let increment = std::fs::metadata(outcome.backup.expect("a backup before the import"))
        .unwrap()
        .len();
    println!(
        "delta of {} ops through import_file, incremental backup included: {:.1} ms \
         (backup {:.1} KB)",
        delta.ops,
        elapsed.as_secs_f64() * 1e3,
        increment as f64 / 1e3
    );
}
