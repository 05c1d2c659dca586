//! Shared helpers for the integration tests: a throwaway data directory, the real binary with a
//! pinned date and language, and a full dump of the database for before/after comparisons.
#![allow(dead_code)]

pub mod laptop;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use stagecoach::store::Store;
use stagecoach::store::maintenance::{TreeDump, dump};

/// The date every test runs on, so that "overdue" and "today" are stable.
pub const TODAY: &str = "2026-11-23";

pub struct Env {
    pub temp: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Self {
        Self {
            temp: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn dir(&self) -> PathBuf {
        self.temp.path().join("data")
    }

    /// The binary, pointed at this environment's data dir, in Dutch, on [`TODAY`].
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("stagecoach").expect("binary");
        cmd.arg("--data-dir")
            .arg(self.dir())
            .env("STAGECOACH_TODAY", TODAY)
            .env_remove("STAGECOACH_LANG")
            .env_remove("STAGECOACH_DATA_DIR")
            // No user config (a language chosen on the screen) may change what is tested.
            .env("XDG_CONFIG_HOME", self.temp.path().join("config"))
            .env("NO_COLOR", "1");
        cmd
    }

    /// Runs a command that must succeed and returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run");
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// Runs a command that must fail with exit code 1; returns stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?} should fail with 1; stdout: {}; stderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).expect("utf-8")
    }

    /// `export --full --passphrase --to FILE`, the passphrase given through the environment:
    /// a handover bundle, ready to run.
    pub fn handover(&self, file: &Path, passphrase: &str) -> Command {
        let mut cmd = self.cmd();
        cmd.args(["export", "--full", "--passphrase", "--to"])
            .arg(file)
            .env("STAGECOACH_PASSPHRASE", passphrase);
        cmd
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).expect("valid JSON")
    }

    /// A coordinator database, Mila's, with the demo programme of seed 3 (40 coachees, three
    /// coaches).
    pub fn coordinator_demo() -> Self {
        let env = Self::new();
        env.ok(&[
            "demo",
            "--role",
            "coordinator",
            "--name",
            "Mila",
            "--seed",
            "3",
        ]);
        env
    }

    /// A coach database with the small demo programme.
    pub fn coach_demo() -> Self {
        let env = Self::new();
        env.ok(&["demo", "--seed", "7"]);
        env
    }

    /// Marks this database as a demo one, so that it takes in bundles from the demo
    /// programmes the tests use as convenient senders (a real database refuses them).
    pub fn mark_demo(&self) {
        open_in_test(&self.dir())
            .mark_demo()
            .expect("mark the database as a demo");
    }

    /// Every tree's content.
    pub fn dump(&self) -> Vec<TreeDump> {
        dump_dir(&self.dir())
    }

    /// Writes this device's card (`keys --out`) into the environment's temp dir.
    pub fn card(&self, file: &str) -> PathBuf {
        let path = self.temp.path().join(file);
        self.ok(&["keys", "--out", path.to_str().unwrap()]);
        path
    }

    /// Adds a coachee with only a name and returns the code they were given.
    pub fn add_coachee(&self, first: &str, last: &str) -> String {
        self.ok(&["add", "coachee", "--first-name", first, "--last-name", last]);
        let list = self.json(&["list", "coachees", "--json"]);
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["first_name"] == first && c["last_name"] == last)
            .unwrap_or_else(|| panic!("{first} {last} was not added"))["code"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// The code of the first coachee whose status is `status`.
    pub fn code_with_status(&self, status: &str) -> String {
        let list = self.json(&["list", "coachees", "--json"]);
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["status"] == status)
            .unwrap_or_else(|| panic!("no coachee with status {status}"))["code"]
            .as_str()
            .unwrap()
            .to_string()
    }
}

/// Opens the database inside the test process. Other tests' threads start child processes at
/// the same time, and a child holds a copy of our lock file's descriptor between fork and exec,
/// so "already open" for a few milliseconds is an artefact of the test harness, not a finding.
pub fn open_in_test(dir: &Path) -> Store {
    let started = std::time::Instant::now();
    loop {
        match Store::open(dir) {
            Err(stagecoach::store::StoreError::AlreadyOpen { .. })
                if started.elapsed() < std::time::Duration::from_secs(5) =>
            {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            other => return other.expect("open the test database"),
        }
    }
}

/// sled itself on a database folder, for tests that read or edit it below the store; waits
/// out the same fork-and-exec artefact as [`open_in_test`].
pub fn open_sled_in_test(db: &Path) -> sled::Db {
    let started = std::time::Instant::now();
    loop {
        match sled::open(db) {
            Err(sled::Error::Io(e))
                if e.to_string().contains("could not acquire lock")
                    && started.elapsed() < std::time::Duration::from_secs(5) =>
            {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            other => return other.expect("open the test database with sled"),
        }
    }
}

pub fn dump_dir(dir: &Path) -> Vec<TreeDump> {
    dump(&open_in_test(dir)).expect("dump")
}
pub mod pty;
pub mod screen;

/// Every file below `dir`, in any folder depth (folders themselves left out).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// The files under `dir` that hold any of `needles`, with the needle found.
pub fn holding(dir: &Path, needles: &[&str]) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    for file in files_under(dir) {
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        for needle in needles {
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                found.push((file.clone(), needle.to_string()));
            }
        }
    }
    found
}
