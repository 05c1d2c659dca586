//! A full disk costs nothing: on a small real filesystem, saves and imports are refused before
//! sled runs out of room, no command hangs, and every acknowledged write stays readable.
//!
//! The filesystem is a tmpfs mounted for the test, which needs root; elsewhere the test says
//! why it did not run (the guard's arithmetic is unit-tested in `store/space.rs`).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::Duration;

use common::Env;

/// A tmpfs of `megabytes`, unmounted when dropped (also when the test fails).
struct SmallDisk {
    root: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(megabytes: u32) -> Option<SmallDisk> {
        let root = tempfile::tempdir().unwrap();
        let mounted = Process::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m,mode=0700")])
            .arg("tmpfs")
            .arg(root.path())
            .output()
            .is_ok_and(|out| out.status.success());
        if !mounted {
            eprintln!("skipped: mounting a {megabytes} MB tmpfs needs root (run as root to test)");
            return None;
        }
        Some(SmallDisk { root })
    }

    fn path(&self) -> &Path {
        self.root.path()
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Process::new("umount").arg(self.root.path()).status();
    }
}

/// The binary on a data dir of the small disk, with a generous limit: a hang fails the test.
fn on(disk: &SmallDisk, name: &str) -> (PathBuf, impl Fn(&[&str]) -> std::process::Output) {
    let dir = disk.path().join(name);
    let env_dir = dir.clone();
    let run = move |args: &[&str]| {
        let mut cmd = assert_cmd::Command::cargo_bin("stagecoach").unwrap();
        cmd.arg("--data-dir")
            .arg(&env_dir)
            .env("STAGECOACH_TODAY", common::TODAY)
            .env_remove("STAGECOACH_LANG")
            .env("NO_COLOR", "1")
            .timeout(Duration::from_secs(60))
            .args(args);
        let out = cmd.output().expect("run");
        assert!(
            out.status.code().is_some(),
            "{args:?} did not finish: it hung or was killed"
        );
        out
    };
    (dir, run)
}

fn sessions(dir: &Path) -> usize {
    common::open_in_test(dir)
        .all_sessions()
        .collect::<Result<Vec<_>, _>>()
        .expect("every session reads")
        .len()
}

#[test]
fn saves_on_a_full_disk_are_refused_and_every_acknowledged_one_stays() {
    let Some(disk) = SmallDisk::mount(3) else {
        return;
    };
    let (dir, run) = on(&disk, "data");
    assert!(
        run(&["init", "--name", "Sanne", "--role", "coach"])
            .status
            .success()
    );
    let out = run(&[
        "add",
        "coachee",
        "--first-name",
        "Aziz",
        "--last-name",
        "Bakker",
    ]);
    assert!(out.status.success());
    let code = String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .find(|w| w.len() == 5 && w.ends_with('.'))
        .map(|w| w.trim_end_matches('.').to_string())
        .expect("the new code");
    // A long visit report, as the probe used: about 90 KB.
    let summary = "Een lang verslag van het bezoek. ".repeat(2_800);

    let mut acknowledged = 0;
    let refusal = loop {
        assert!(acknowledged < 40, "a 3 MB disk cannot hold 40 such saves");
        let out = run(&["log", &code, "--type", "stagebezoek", "--summary", &summary]);
        if out.status.success() {
            acknowledged += 1;
            continue;
        }
        break out;
    };
    let err = String::from_utf8_lossy(&refusal.stderr);
    assert_eq!(refusal.status.code(), Some(1), "{err}");
    assert!(
        err.contains("De schijf is (bijna) vol") && err.contains("er is niets veranderd"),
        "{err}"
    );
    assert!(acknowledged >= 1, "the first save fits");

    let before = common::dump_dir(&dir);
    let again = run(&["log", &code, "--type", "stagebezoek", "--summary", &summary]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        before,
        common::dump_dir(&dir),
        "a refused save changes nothing"
    );
    // What still fits is still taken: a short phone call needs far less room.
    let short = run(&["log", &code, "--type", "telefonisch", "--summary", "Kort"]);
    assert!(short.status.success());
    acknowledged += 1;
    assert_eq!(
        sessions(&dir),
        acknowledged,
        "every acknowledged save is there"
    );
    let doctor = run(&["doctor"]);
    assert!(
        doctor.status.success(),
        "{}",
        String::from_utf8_lossy(&doctor.stderr)
    );
}

#[test]
fn an_import_that_would_fill_the_disk_is_refused_before_anything_is_written() {
    let Some(disk) = SmallDisk::mount(6) else {
        return;
    };
    // The sender lives on a normal disk and has a programme of some size.
    let mila = Env::new();
    mila.ok(&["demo", "--role", "coordinator", "--seed", "3"]);
    let (dir, run) = on(&disk, "data");
    assert!(
        run(&["init", "--name", "Kim", "--role", "coordinator"])
            .status
            .success()
    );
    // The sender is a demo programme, which only a demo database takes in.
    common::open_in_test(&dir).mark_demo().unwrap();
    let card = disk.path().join("kim.card");
    assert!(
        run(&["keys", "--out", card.to_str().unwrap()])
            .status
            .success()
    );
    mila.ok(&["trust", card.to_str().unwrap()]);
    let bundle = mila.temp.path().join("for-kim.stagecoach");
    mila.ok(&[
        "export",
        "--for",
        "Kim",
        "--full",
        "--to",
        bundle.to_str().unwrap(),
    ]);
    // Fill the small disk until only a little room is left.
    let filler = disk.path().join("filler");
    let free = fs2::available_space(disk.path()).unwrap();
    std::fs::write(&filler, vec![7u8; (free - 2_600_000) as usize]).unwrap();

    let before = common::dump_dir(&dir);
    let out = run(&["import", bundle.to_str().unwrap(), "--trust"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("De schijf is (bijna) vol"), "{err}");
    assert_eq!(before, common::dump_dir(&dir), "the database is as before");

    // With room again, the same bundle goes in whole.
    std::fs::remove_file(&filler).unwrap();
    let out = run(&["import", bundle.to_str().unwrap(), "--trust"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(sessions(&dir) > 0);
}

#[test]
fn a_backup_that_would_leave_the_database_no_room_is_refused() {
    let Some(disk) = SmallDisk::mount(4) else {
        return;
    };
    let (dir, run) = on(&disk, "data");
    assert!(
        run(&["init", "--name", "Sanne", "--role", "coach"])
            .status
            .success()
    );
    let filler = disk.path().join("filler");
    let free = fs2::available_space(disk.path()).unwrap();
    std::fs::write(&filler, vec![7u8; (free - 1_500_000) as usize]).unwrap();

    let out = run(&["backup"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("De schijf is (bijna) vol"), "{err}");
    let backups = std::fs::read_dir(dir.join("backups"))
        .map(|entries| entries.count())
        .unwrap_or(0);
    assert_eq!(backups, 0, "no backup file was left behind");
    assert!(run(&["doctor"]).status.success());

    std::fs::remove_file(&filler).unwrap();
    let out = run(&["backup"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
