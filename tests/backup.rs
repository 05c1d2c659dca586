//! Backups through the real binary: unreadable without a key, refused when damaged, never
//! overwritten, restorable on a new laptop, complete enough for `doctor`, incremental before
//! an import, pruned, and `recover` for a database that no longer opens.

mod common;

use std::path::{Path, PathBuf};

use common::{Env, open_in_test};

const PASSPHRASE: &str = "paard batterij nietje";

fn init(role: &str, name: &str) -> Env {
    let env = Env::new();
    env.ok(&["init", "--name", name, "--role", role]);
    env
}

/// The backup files in the data dir's backups folder, oldest name first.
fn backup_files(env: &Env) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(env.dir().join("backups")) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "backup"))
        .collect();
    files.sort();
    files
}

/// The same laptop after its database folder is lost: the keys file survived.
fn laptop_with_keys_of(env: &Env) -> Env {
    let target = Env::new();
    std::fs::create_dir_all(target.dir()).unwrap();
    let keys = env.dir().join("device.keys");
    if keys.exists() {
        std::fs::copy(keys, target.dir().join("device.keys")).unwrap();
    }
    target
}

fn restore_fails(target: &Env, file: &Path) -> String {
    let err = target.fails(&["restore", file.to_str().unwrap()]);
    assert!(
        !target.dir().join("db").exists(),
        "no half-restored database remains"
    );
    err
}

fn coachee_names(env: &Env) -> Vec<String> {
    let list = env.json(&["list", "coachees", "--json"]);
    let mut names: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{} {}", c["first_name"], c["last_name"]).replace('"', ""))
        .collect();
    names.sort();
    names
}

/// The trees a restore must reproduce: all of them but what the next backup must add.
fn restorable(env: &Env) -> Vec<stagecoach::store::maintenance::TreeDump> {
    env.dump()
}

#[test]
fn a_backup_shows_no_personal_data_even_decompressed() {
    let env = Env::coach_demo();
    env.add_coachee("Zoraida", "Wilhelmientje");
    let file = env.temp.path().join("b.backup");
    env.ok(&["backup", "--to", file.to_str().unwrap()]);
    let bytes = std::fs::read(&file).unwrap();
    let needle = b"Wilhelmientje";
    assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    // What the probe did: skip the clear part and decompress the rest.
    for skip in 0..bytes.len().min(2_000) {
        if let Ok(plain) = zstd::decode_all(&bytes[skip..]) {
            assert!(
                !plain.windows(needle.len()).any(|w| w == needle),
                "readable after {skip} bytes"
            );
        }
    }
}

#[test]
fn every_flipped_bit_and_every_truncation_of_a_backup_is_refused() {
    let env = Env::coach_demo();
    let file = env.temp.path().join("b.backup");
    env.ok(&["backup", "--to", file.to_str().unwrap()]);
    let bytes = std::fs::read(&file).unwrap();
    let target = laptop_with_keys_of(&env);
    let damaged = env.temp.path().join("damaged.backup");
    // Positions all over the file: the clear part, the age header, the body and its end.
    let mut positions: Vec<usize> = (0..24).collect();
    positions.extend((1..40).map(|i| i * bytes.len() / 40));
    positions.extend(bytes.len() - 20..bytes.len());
    for (n, position) in positions.into_iter().enumerate() {
        let mut flipped = bytes.clone();
        flipped[position] ^= 1 << (n % 8);
        std::fs::write(&damaged, &flipped).unwrap();
        restore_fails(&target, &damaged);
    }
    for length in [0, 9, 40, 200, bytes.len() / 2, bytes.len() - 1] {
        std::fs::write(&damaged, &bytes[..length]).unwrap();
        restore_fails(&target, &damaged);
    }
    target.ok(&["restore", file.to_str().unwrap()]);
    assert_eq!(coachee_names(&target), coachee_names(&env));
}

#[test]
fn a_backup_opens_on_a_new_laptop_with_the_recovery_passphrase_as_the_same_device() {
    let sanne = init("coach", "Sanne");
    sanne
        .cmd()
        .env("STAGECOACH_PASSPHRASE", PASSPHRASE)
        .arg("recovery-passphrase")
        .assert()
        .success();
    sanne.add_coachee("Aziz", "Bakker");
    let out = sanne.ok(&["backup"]);
    let file = backup_files(&sanne)
        .pop()
        .expect("a backup in the backups folder");
    assert!(
        out.contains(file.file_name().unwrap().to_str().unwrap()),
        "{out}"
    );

    let new_laptop = Env::new();
    let err = new_laptop
        .cmd()
        .env("STAGECOACH_PASSPHRASE", "not the passphrase")
        .args(["restore", file.to_str().unwrap()])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).unwrap();
    assert!(
        err.contains("beschadigd of de herstelwachtwoordzin klopt niet"),
        "{err}"
    );
    assert!(!new_laptop.dir().join("db").exists());

    new_laptop
        .cmd()
        .env("STAGECOACH_PASSPHRASE", PASSPHRASE)
        .args(["restore", file.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(coachee_names(&new_laptop), ["Aziz Bakker"]);
    assert_eq!(
        sanne.ok(&["keys"]),
        new_laptop.ok(&["keys"]),
        "the restored laptop is the same device to its peers"
    );
}

#[test]
fn without_a_recovery_passphrase_the_tool_says_a_lost_laptop_loses_the_data() {
    let sanne = init("coach", "Sanne");
    let out = sanne.cmd().arg("backup").output().unwrap();
    assert!(out.status.success());
    let warning = String::from_utf8(out.stderr).unwrap();
    assert!(
        warning.contains("stagecoach recovery-passphrase"),
        "{warning}"
    );
    let file = backup_files(&sanne).pop().unwrap();
    let err = restore_fails(&Env::new(), &file);
    assert!(err.contains("alleen openen op de laptop"), "{err}");
}

#[test]
fn two_backups_in_the_same_second_are_both_kept() {
    let env = Env::coach_demo();
    env.ok(&["backup"]);
    env.ok(&["backup"]);
    let files = backup_files(&env);
    assert_eq!(files.len(), 2, "{files:?}");
    for file in files {
        laptop_with_keys_of(&env).ok(&["restore", file.to_str().unwrap()]);
    }
}

/// A coordinator and a coach who trust each other; the coach has imported a bundle with the
/// coachee the coordinator gave them.
fn coordinator_and_coach() -> (Env, Env, String) {
    coordinator_with_demo_and_coach(None)
}

/// The same, the coordinator's database first filled with a demo of `coachees` and `sessions`.
fn coordinator_with_demo_and_coach(demo: Option<(&str, &str)>) -> (Env, Env, String) {
    let mila = init("coordinator", "Mila");
    if let Some((coachees, sessions)) = demo {
        mila.ok(&["demo", "--coachees", coachees, "--sessions", sessions]);
    }
    let sanne = init("coach", "Sanne");
    if demo.is_some() {
        // A demo programme's bundles go only into a demo database.
        sanne.mark_demo();
    }
    mila.ok(&["trust", sanne.card("sanne.card").to_str().unwrap()]);
    sanne.ok(&["trust", mila.card("mila.card").to_str().unwrap()]);
    let code = mila.add_coachee("Aziz", "Bakker");
    mila.add_coachee("Bram", "de Wit");
    mila.ok(&["assign", &code, "Sanne"]);
    let bundle = mila.temp.path().join("voor-sanne.stagecoach");
    mila.ok(&["export", "--for", "Sanne", "--to", bundle.to_str().unwrap()]);
    sanne.ok(&["import", bundle.to_str().unwrap()]);
    (mila, sanne, code)
}

fn log_session(env: &Env, code: &str, summary: &str) {
    env.ok(&[
        "log",
        code,
        "--type",
        "coachgesprek",
        "--summary",
        summary,
        "--minutes",
        "30",
    ]);
}

#[test]
fn a_restored_coach_backup_passes_doctor() {
    let (_mila, sanne, code) = coordinator_and_coach();
    log_session(&sanne, &code, "Eerste gesprek");
    let file = sanne.temp.path().join("sanne.backup");
    sanne.ok(&["backup", "--to", file.to_str().unwrap()]);
    let restored = laptop_with_keys_of(&sanne);
    restored.ok(&["restore", file.to_str().unwrap()]);
    let out = restored.ok(&["doctor"]);
    assert!(out.contains("Alles klopt"), "{out}");
    assert!(
        open_in_test(&restored.dir())
            .checkup()
            .unwrap()
            .is_healthy()
    );
    assert_eq!(restorable(&restored), restorable(&sanne));
}

#[test]
fn the_backup_before_an_import_adds_only_what_is_new_and_restores_exactly() {
    let (mila, sanne, code) = coordinator_with_demo_and_coach(Some(("30", "600")));
    let bundle = |n: u32| {
        log_session(&sanne, &code, &format!("Gesprek {n}"));
        let path = sanne.temp.path().join(format!("voor-mila-{n}.stagecoach"));
        sanne.ok(&["export", "--to", path.to_str().unwrap()]);
        path
    };
    let first = bundle(1);
    mila.ok(&["import", first.to_str().unwrap()]);
    let second = bundle(2);
    let before_second = restorable(&mila);
    let out = mila.ok(&["import", second.to_str().unwrap()]);
    let files = backup_files(&mila);
    assert_eq!(files.len(), 2, "{files:?}");
    let size = |p: &PathBuf| std::fs::metadata(p).unwrap().len();
    assert!(
        size(&files[1]) * 10 < size(&files[0]),
        "the second backup holds only what is new: {} vs {} bytes",
        size(&files[1]),
        size(&files[0])
    );
    assert!(
        out.contains(files[1].file_name().unwrap().to_str().unwrap()),
        "{out}"
    );

    let restored = laptop_with_keys_of(&mila);
    restored.ok(&["restore", files[1].to_str().unwrap()]);
    assert_eq!(
        restorable(&restored),
        before_second,
        "the restore point is the database just before the second import"
    );
    // An increment without the files it builds on is refused with a clear message.
    let alone = Env::new().temp;
    let copy = alone.path().join(files[1].file_name().unwrap());
    std::fs::copy(&files[1], &copy).unwrap();
    let err = restore_fails(&laptop_with_keys_of(&mila), &copy);
    assert!(err.contains("bouwt voort op"), "{err}");
}

#[test]
fn old_backups_are_pruned_as_configured() {
    let env = Env::coach_demo();
    let config = env.temp.path().join("config");
    std::fs::create_dir_all(config.join("stagecoach")).unwrap();
    for _ in 0..12 {
        env.ok(&["backup"]);
    }
    assert_eq!(backup_files(&env).len(), 10, "the last ten by default");
    std::fs::write(
        config.join("stagecoach/config.toml"),
        "[backups]\nkeep_last = 3\nkeep_weeks = 0\n",
    )
    .unwrap();
    env.cmd()
        .env("XDG_CONFIG_HOME", &config)
        .arg("backup")
        .assert()
        .success();
    let kept = backup_files(&env);
    assert_eq!(kept.len(), 3, "{kept:?}");
    laptop_with_keys_of(&env).ok(&["restore", kept[0].to_str().unwrap()]);
}

/// Overwrites the start of every file of the sled database with junk.
fn damage_database(env: &Env) {
    for entry in common::files_under(&env.dir().join("db")) {
        let len = std::fs::metadata(&entry).unwrap().len() as usize;
        if len == 0 {
            continue;
        }
        let junk = vec![0xA5u8; len.min(4096)];
        let mut bytes = std::fs::read(&entry).unwrap();
        bytes[..junk.len()].copy_from_slice(&junk);
        std::fs::write(&entry, bytes).unwrap();
    }
}

#[test]
fn recover_brings_back_a_damaged_database_from_its_backups() {
    let (_mila, sanne, code) = coordinator_and_coach();
    log_session(&sanne, &code, "Voor de back-up");
    sanne.ok(&["backup"]);
    sanne.add_coachee("Na", "de Back-up");
    damage_database(&sanne);
    let err = sanne.fails(&["list", "coachees"]);
    assert!(err.contains("stagecoach recover"), "{err}");

    let out = sanne.ok(&["recover"]);
    assert!(out.contains("db.damaged-"), "{out}");
    assert_eq!(coachee_names(&sanne), ["Aziz Bakker"]);
    let sessions = sanne.json(&["list", "sessions", "--json"]);
    assert_eq!(sessions[0]["summary"], "Voor de back-up");
    let doctor = sanne.ok(&["doctor"]);
    assert!(doctor.contains("Alles klopt"), "{doctor}");
    let kept: Vec<PathBuf> = std::fs::read_dir(sanne.dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("db.damaged-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the damaged database is kept aside");
    assert!(!common::files_under(&kept[0]).is_empty());
    // A healthy database is left alone.
    let again = sanne.ok(&["recover"]);
    assert!(again.contains("niets te herstellen"), "{again}");
}

#[test]
fn init_sets_the_recovery_passphrase_or_says_it_is_missing() {
    let with = Env::new();
    with.cmd()
        .env("STAGECOACH_PASSPHRASE", PASSPHRASE)
        .args([
            "init",
            "--name",
            "Sanne",
            "--role",
            "coach",
            "--recovery-passphrase",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("Herstelwachtwoordzin ingesteld"));
    use std::os::unix::fs::PermissionsExt;
    let key = std::fs::metadata(with.dir().join("recovery.key")).unwrap();
    assert_eq!(key.permissions().mode() & 0o777, 0o600);

    let without = Env::new();
    without
        .cmd()
        .args(["init", "--name", "Sanne", "--role", "coach"])
        .assert()
        .success()
        .stderr(predicates::str::contains("stagecoach recovery-passphrase"));
    assert!(!without.dir().join("recovery.key").exists());
}
