//! The store through the library API: durability, the op log's invariants, and rebuilds.

use chrono::NaiveDate;
use stagecoach::demo::{self, DemoOptions};
use stagecoach::domain::{Coachee, Record, Role, Session, SessionType, Status};
use stagecoach::service::actions;
use stagecoach::store::Store;
use stagecoach::store::maintenance::dump;
use stagecoach::store::op::{Change, Op};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn coachee(first: &str) -> Coachee {
    Coachee {
        first_name: first.into(),
        last_name: "Test".into(),
        ..Default::default()
    }
}

fn visit(summary: &str, date: NaiveDate) -> Session {
    Session {
        date,
        minutes: 45,
        session_type: Some(SessionType::StageVisit),
        summary: summary.into(),
        next_contact: Some(date + chrono::Days::new(7)),
        ..Default::default()
    }
}

#[test]
fn saved_data_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = Store::init(dir.path(), "Sanne", Role::Coach, today()).unwrap();
        let c = actions::add_coachee(&mut store, coachee("Noor"), today())
            .unwrap()
            .record;
        actions::log_session(&mut store, &c, visit("Eerste bezoek", today()), today()).unwrap();
        c.id
    };
    let store = Store::open(dir.path()).unwrap();
    let back: Coachee = store.get(id).unwrap().unwrap();
    assert_eq!(back.first_name, "Noor");
    assert_eq!(back.coach.unwrap().name, "Sanne");
    let sessions = store.sessions_of(id).unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].summary, "Eerste bezoek");
    let summary = store.contact_summary(id).unwrap().unwrap();
    assert_eq!(summary.last_contact, Some(today()));
    assert_eq!(summary.next_contact, Some(today() + chrono::Days::new(7)));
}

#[test]
fn one_save_is_one_op_with_only_the_changed_fields() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(dir.path(), "Sanne", Role::Coach, today()).unwrap();
    let c = actions::add_coachee(&mut store, coachee("Noor"), today())
        .unwrap()
        .record;
    assert_eq!(store.last_seq(), 1);
    let mut edited = c.clone();
    edited.phone = "06-12345678".into();
    let ops = store
        .save(vec![Change::put(Some(&c), &edited).unwrap()])
        .unwrap();
    assert_eq!(ops.len(), 1);
    let stagecoach::store::op::OpBody::Put { writes, .. } = &ops[0].body else {
        panic!("a put")
    };
    assert_eq!(writes.len(), 1);
    assert!(writes[0].base.is_none(), "the phone had no value before");
    assert_eq!(store.last_seq(), 2);
}

#[test]
fn clock_and_sequence_stay_monotonic_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let mut seen: Vec<Op> = Vec::new();
    for round in 0..3 {
        let mut store = if round == 0 {
            Store::init(dir.path(), "Sanne", Role::Coach, today()).unwrap()
        } else {
            Store::open(dir.path()).unwrap()
        };
        for i in 0..5 {
            let c = actions::add_coachee(&mut store, coachee(&format!("N{round}{i}")), today())
                .unwrap();
            let change = Change::put(None, &c.record).unwrap();
            seen.extend(store.save(vec![change]).unwrap());
        }
    }
    for pair in seen.windows(2) {
        assert!(
            pair[1].hlc > pair[0].hlc,
            "clock went back: {:?} then {:?}",
            pair[0].hlc,
            pair[1].hlc
        );
    }
    let store = Store::open(dir.path()).unwrap();
    // 15 coachees were added (one op each) and 15 extra saves: seq runs 1..=30 without gaps.
    assert_eq!(store.last_seq(), 30);
    let checkup = store.checkup().unwrap();
    assert_eq!(checkup.ops, 30);
    assert_eq!(checkup.devices_with_gaps, 0);
    assert!(checkup.is_healthy(), "{checkup:?}");
}

#[test]
fn rebuilding_from_the_log_gives_byte_identical_views() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(dir.path(), "Mila", Role::Coordinator, today()).unwrap();
    let options = DemoOptions {
        coachees: Some(60),
        sessions: Some(600),
        seed: 9,
        today: today(),
    };
    demo::generate(&mut store, &options, |_| {}).unwrap();
    // Edits on top of the bulk data: a status change, a moved session, a purge.
    let rows = store.coachees().unwrap();
    let placed = rows
        .iter()
        .find(|r| r.coachee.status == Status::Placed)
        .unwrap()
        .coachee
        .clone();
    actions::change_status(&mut store, &placed, Status::Completed, "", today(), today()).unwrap();
    let session = store.sessions_of(placed.id).unwrap()[0].clone();
    let mut moved = session.clone();
    moved.date = today() - chrono::Days::new(40);
    moved.next_contact = None;
    store
        .save(vec![Change::put(Some(&session), &moved).unwrap()])
        .unwrap();
    let gone = rows[3].coachee.clone();
    store.save(vec![Change::purge(&gone)]).unwrap();

    let incremental = dump(&store).unwrap();
    assert!(store.checkup().unwrap().is_healthy());
    store.rebuild().unwrap();
    assert_eq!(incremental, dump(&store).unwrap());
    // The purge left bytes for sled to forget: opening rewrites the database, and the mark that
    // asked for it is all that differs.
    assert!(store.vacuum_owed().unwrap());
    drop(store);
    let reopened = Store::open(dir.path()).unwrap();
    assert!(!reopened.vacuum_owed().unwrap());
    let mut vacuumed = incremental.clone();
    for (tree, entries) in &mut vacuumed {
        if *tree == "meta" {
            entries.retain(|(key, _)| key.as_slice() != b"vacuum-owed");
        }
    }
    assert_ne!(vacuumed, incremental);
    assert_eq!(vacuumed, dump(&reopened).unwrap());
}

#[test]
fn a_purge_removes_the_coachee_with_everything_under_it_and_stays() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(dir.path(), "Sanne", Role::Coach, today()).unwrap();
    let c = actions::add_coachee(&mut store, coachee("Noor"), today())
        .unwrap()
        .record;
    let s = actions::log_session(&mut store, &c, visit("Bezoek", today()), today())
        .unwrap()
        .record;
    store.save(vec![Change::purge(&c)]).unwrap();
    assert!(store.get::<Coachee>(c.id).unwrap().is_none());
    assert!(store.get::<Session>(s.id).unwrap().is_none());
    assert!(store.sessions_of(c.id).unwrap().is_empty());
    assert!(store.contact_summary(c.id).unwrap().is_none());
    assert_eq!(store.coachee_count(), 0);
    // A later write to the purged coachee or a new child of it is dropped.
    let mut late = c.clone();
    late.phone = "06-12345678".into();
    store
        .save(vec![Change::put(Some(&c), &late).unwrap()])
        .unwrap();
    let mut orphan = visit("Te laat", today());
    orphan.id = stagecoach::domain::EntityId::new();
    orphan.coachee = c.id;
    store
        .save(vec![Change::put(None, &orphan).unwrap()])
        .unwrap();
    assert!(store.get::<Coachee>(c.id).unwrap().is_none());
    assert!(store.get::<Session>(orphan.id).unwrap().is_none());
    assert!(store.checkup().unwrap().is_healthy());
}

#[test]
fn unknown_fields_from_a_newer_version_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(dir.path(), "Sanne", Role::Coach, today()).unwrap();
    let c = actions::add_coachee(&mut store, coachee("Noor"), today())
        .unwrap()
        .record;
    store
        .save(vec![Change::Put {
            kind: Coachee::KIND,
            entity: c.id,
            fields: vec![(999, vec![1, 2, 3])],
        }])
        .unwrap();
    let record = store.get::<Coachee>(c.id).unwrap().unwrap();
    assert_eq!(record.first_name, "Noor");
    let dumped = dump(&store).unwrap();
    let entities = &dumped
        .iter()
        .find(|(name, _)| *name == "entities")
        .unwrap()
        .1;
    let raw: stagecoach::store::record::EntityRecord =
        stagecoach::store::codec::decode(&entities[0].1, "entity").unwrap();
    assert_eq!(raw.value_of(999), Some(&[1u8, 2, 3][..]));
}

#[test]
fn session_dates_order_the_log_and_the_latest_drives_next_contact() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(dir.path(), "Sanne", Role::Coach, today()).unwrap();
    let c = actions::add_coachee(&mut store, coachee("Noor"), today())
        .unwrap()
        .record;
    let d = |n| today() - chrono::Days::new(n);
    actions::log_session(&mut store, &c, visit("midden", d(10)), today()).unwrap();
    actions::log_session(&mut store, &c, visit("nieuwst", d(2)), today()).unwrap();
    actions::log_session(&mut store, &c, visit("oudst", d(30)), today()).unwrap();
    let sessions = store.sessions_of(c.id).unwrap();
    let order: Vec<_> = sessions.iter().map(|s| s.summary.as_str()).collect();
    assert_eq!(order, ["nieuwst", "midden", "oudst"]);
    let summary = store.contact_summary(c.id).unwrap().unwrap();
    assert_eq!(summary.next_contact, Some(d(2) + chrono::Days::new(7)));
    assert_eq!(summary.sessions, 3);
}

#[test]
fn backup_then_restore_gives_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(dir.path(), "Sanne", Role::Coach, today()).unwrap();
    let options = DemoOptions {
        coachees: None,
        sessions: None,
        seed: 1,
        today: today(),
    };
    demo::generate(&mut store, &options, |_| {}).unwrap();
    let file = dir.path().join("b.backup");
    let key = age::x25519::Identity::generate();
    let seal = stagecoach::store::backup::Seal {
        recipients: vec![key.to_public()],
        recovery: None,
        device_keys: Vec::new(),
    };
    let summary = store.backup_to(&file, &seal).unwrap();
    assert_eq!(summary.ops as usize, store.last_seq() as usize);
    let target = tempfile::tempdir().unwrap();
    let mut keyring = stagecoach::store::backup::Keyring::new(Some(key), None);
    let restored = Store::restore(&target.path().join("data"), &file, &mut keyring).unwrap();
    assert_eq!(dump(&store).unwrap(), dump(&restored).unwrap());
    assert_eq!(restored.identity(), store.identity());
    assert_eq!(restored.last_seq(), store.last_seq());
}

#[test]
fn the_clock_never_runs_behind_a_value_it_issued_before_a_restart() {
    use stagecoach::store::hlc::Hlc;
    let dir = tempfile::tempdir().unwrap();
    drop(Store::init(dir.path(), "Sanne", Role::Coach, today()).unwrap());
    // As if an earlier run had a wall clock an hour ahead.
    let ahead = Hlc::new(Hlc::now_millis() + 3_600_000, 7);
    {
        let db = raw_sled(dir.path());
        let meta = db.open_tree("meta").unwrap();
        meta.insert("hlc", stagecoach::store::codec::encode(&ahead))
            .unwrap();
        db.flush().unwrap();
    }
    let mut store = Store::open(dir.path()).unwrap();
    let saved = actions::add_coachee(&mut store, coachee("Noor"), today()).unwrap();
    let op = store
        .save(vec![Change::put(None, &saved.record).unwrap()])
        .unwrap();
    assert!(
        op[0].hlc > ahead,
        "{:?} is not after {:?}",
        op[0].hlc,
        ahead
    );
}

#[test]
fn an_interrupted_rebuild_is_finished_on_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let expected = demo_dump(dir.path(), 4);
    {
        // Killed after clearing the views but before replaying the log.
        let db = raw_sled(dir.path());
        db.open_tree("meta")
            .unwrap()
            .insert("rebuilding", &[])
            .unwrap();
        for tree in ["coachees", "sessions", "entities", "contact"] {
            db.open_tree(tree).unwrap().clear().unwrap();
        }
        db.flush().unwrap();
    }
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(expected, dump(&store).unwrap());
}

#[test]
fn views_of_an_older_shape_are_rebuilt_when_the_database_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let expected = demo_dump(dir.path(), 5);
    {
        // A database written before the contact summary had its due dates: version 1 views,
        // here a summary that no longer decodes.
        let db = raw_sled(dir.path());
        db.open_tree("meta").unwrap().remove("views").unwrap();
        let contact = db.open_tree("contact").unwrap();
        let (key, _) = contact.first().unwrap().unwrap();
        contact.insert(key, &[1u8, 0][..]).unwrap();
        db.flush().unwrap();
    }
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(expected, dump(&store).unwrap());
    assert!(store.coachees().is_ok(), "every summary decodes again");
}

/// Fills a fresh coach database with the demo programme and returns its dump.
fn demo_dump(dir: &std::path::Path, seed: u64) -> Vec<stagecoach::store::maintenance::TreeDump> {
    let mut store = Store::init(dir, "Sanne", Role::Coach, today()).unwrap();
    let options = DemoOptions {
        coachees: None,
        sessions: None,
        seed,
        today: today(),
    };
    demo::generate(&mut store, &options, |_| {}).unwrap();
    dump(&store).unwrap()
}

/// The database's sled, opened directly to damage it. sled lets go of its file lock only when
/// the flusher of a just-dropped `Store` has finished, so wait for that.
fn raw_sled(dir: &std::path::Path) -> sled::Db {
    let started = std::time::Instant::now();
    loop {
        match sled::open(Store::db_path(dir)) {
            Err(sled::Error::Io(e))
                if e.to_string().contains("could not acquire lock")
                    && started.elapsed() < std::time::Duration::from_secs(5) =>
            {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other.expect("open sled"),
        }
    }
}
