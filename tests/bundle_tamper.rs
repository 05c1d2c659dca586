//! A bad bundle is refused with a clear message and exit code 1, and the database stays exactly
//! as it was: every byte of a real bundle flipped or cut off in turn, and each kind of wrong
//! file through the real binary.

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::{Env, dump_dir};
use stagecoach::demo::{self, DemoOptions};
use stagecoach::domain::Role;
use stagecoach::store::Store;
use stagecoach::store::maintenance::dump;
use stagecoach::sync::export::{self, Recipient};
use stagecoach::sync::import::{self, ImportOptions};
use stagecoach::sync::{self, DeviceKeys};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

struct Device {
    dir: tempfile::TempDir,
    store: Store,
    keys: DeviceKeys,
}

fn device(role: Role, name: &str, coachees: usize) -> Device {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(dir.path(), name, role, today()).unwrap();
    // Every device here tries things out with demo programmes, which only demo databases
    // take in.
    store.mark_demo().unwrap();
    if coachees > 0 {
        let options = DemoOptions {
            coachees: Some(coachees),
            sessions: Some(coachees * 4),
            seed: 3,
            today: today(),
        };
        demo::generate(&mut store, &options, |_| {}).unwrap();
    }
    let keys = DeviceKeys::load_or_create(dir.path()).unwrap();
    Device { dir, store, keys }
}

fn introduce(to: &Device, whom: &Device) {
    let (card, keys) = sync::own_card(&whom.store).unwrap();
    let path = whom.dir.path().join("own.card");
    std::fs::write(&path, card.to_text(&keys)).unwrap();
    sync::trust(&to.store, &path, Default::default(), today()).unwrap();
}

/// A real bundle from a coach with a small caseload to their coordinator.
fn coach_bundle() -> (Device, Device, Vec<u8>) {
    let coach = device(Role::Coach, "Sanne", 3);
    let coordinator = device(Role::Coordinator, "Mila", 0);
    introduce(&coach, &coordinator);
    introduce(&coordinator, &coach);
    let peer = sync::peers(&coach.store).unwrap().remove(0);
    let out = tempfile::tempdir().unwrap();
    let written = export::export(
        &coach.store,
        &coach.keys,
        Recipient::Peer(&peer),
        false,
        out.path(),
        today(),
    )
    .unwrap();
    let bytes = std::fs::read(&written.path).unwrap();
    (coach, coordinator, bytes)
}

fn try_import(target: &mut Device, bytes: &[u8]) -> Result<(), sync::SyncError> {
    let path = target.dir.path().join("incoming.stagecoach");
    std::fs::write(&path, bytes).unwrap();
    import::import_file(
        &mut target.store,
        &target.keys,
        &path,
        ImportOptions::default(),
        today(),
    )
    .map(|_| ())
}

#[test]
fn every_flipped_byte_and_every_cut_is_refused_and_changes_nothing() {
    let (_coach, mut coordinator, bytes) = coach_bundle();
    let before = dump(&coordinator.store).unwrap();
    // The clear part byte by byte, then the ciphertext at a stride.
    let offsets = (0..bytes.len()).filter(|i| *i < 400 || i % 13 == 0);
    let mut tried = 0;
    for offset in offsets {
        let mut flipped = bytes.clone();
        flipped[offset] ^= 0x20;
        assert!(
            try_import(&mut coordinator, &flipped).is_err(),
            "a flip at byte {offset} of {} went unnoticed",
            bytes.len()
        );
        assert!(
            try_import(&mut coordinator, &bytes[..offset]).is_err(),
            "a bundle cut at byte {offset} was taken in"
        );
        tried += 1;
    }
    assert!(tried > 400);
    assert_eq!(dump(&coordinator.store).unwrap(), before);
    // The intact bundle still goes in afterwards: nothing was half-applied.
    try_import(&mut coordinator, &bytes).expect("the intact bundle imports");
    assert_ne!(dump(&coordinator.store).unwrap(), before);
}

/// A coordinator, a coach who trusts nobody yet, and a bundle from the coordinator to them.
struct Refusals {
    coordinator: Env,
    coach: Env,
    other_coach: Env,
    bundle: PathBuf,
    other_bundle: PathBuf,
}

fn setup() -> Refusals {
    let coordinator = Env::new();
    coordinator.ok(&["init", "--name", "Mila", "--role", "coordinator"]);
    let coach = Env::new();
    coach.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    coach.ok(&["demo", "--seed", "4"]);
    let other_coach = Env::new();
    other_coach.ok(&["init", "--name", "Piet", "--role", "coach"]);
    coordinator.ok(&["trust", coach.card("sanne.card").to_str().unwrap()]);
    coordinator.ok(&["trust", other_coach.card("piet.card").to_str().unwrap()]);
    let code = coordinator.add_coachee("Aziz", "Bakker");
    coordinator.ok(&["assign", &code, "Sanne"]);
    let out = coordinator.temp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    coordinator.ok(&["export", "--to", out.to_str().unwrap()]);
    Refusals {
        bundle: out.join("sanne-2026-11-23.stagecoach"),
        other_bundle: out.join("piet-2026-11-23.stagecoach"),
        coordinator,
        coach,
        other_coach,
    }
}

/// Imports `file` into `env`, expecting exit 1, a message containing `expect`, and no change.
fn refused(env: &Env, file: &Path, extra: &[&str], expect: &str) {
    let before = dump_dir(&env.dir());
    let mut args = vec!["import", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    let stderr = env.fails(&args);
    assert!(stderr.contains(expect), "expected {expect:?} in: {stderr}");
    assert_eq!(
        dump_dir(&env.dir()),
        before,
        "{file:?} changed the database"
    );
}

#[test]
fn each_kind_of_wrong_file_is_refused_with_what_to_do() {
    let r = setup();
    let scratch = r.coach.temp.path();
    let bundle = std::fs::read(&r.bundle).unwrap();

    // The sender is not trusted yet: only --trust takes it in.
    refused(&r.coach, &r.bundle, &[], "--trust");
    // Meant for someone else.
    refused(&r.coach, &r.other_bundle, &["--trust"], "iemand anders");
    // Written here: a coordinator cannot import its own bundle.
    refused(&r.coordinator, &r.bundle, &[], "op deze laptop gemaakt");

    let write = |name: &str, bytes: &[u8]| {
        let path = scratch.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let truncated = write("truncated.stagecoach", &bundle[..bundle.len() * 2 / 3]);
    refused(&r.coach, &truncated, &["--trust"], "beschadigd");
    let mut flipped = bundle.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x01;
    let flipped = write("flipped.stagecoach", &flipped);
    refused(&r.coach, &flipped, &["--trust"], "beschadigd");
    // A flipped version byte is damage: the bundle names this very release as enough, so
    // "update stagecoach to 0.1.0" would send the coach in circles.
    let mut future = bundle.clone();
    future[17] = 0xff;
    let future = write("future.stagecoach", &future);
    refused(&r.coach, &future, &["--trust"], "beschadigd");
    let not_a_bundle = write("notes.stagecoach", b"Boodschappen: brood, melk\n");
    refused(
        &r.coach,
        &not_a_bundle,
        &["--trust"],
        "geen stagecoach-bundel",
    );
    let empty = write("empty.stagecoach", b"");
    refused(&r.coach, &empty, &["--trust"], "leeg");
    refused(&r.coach, scratch, &["--trust"], "is een map");

    // After all that, the real bundle is fine, and the other coach can take in theirs.
    r.coach
        .ok(&["import", r.bundle.to_str().unwrap(), "--trust"]);
    r.other_coach
        .ok(&["import", r.other_bundle.to_str().unwrap(), "--trust"]);
}
