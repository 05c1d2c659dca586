//! `doctor` on a data dir it may not write to: checking only reads, so it works (on a private
//! copy) and changes nothing; `doctor --rebuild` says plainly that it has to write.
//!
//! Root may write anywhere whatever the permissions say, so as root the command runs as an
//! unprivileged user who owns the data dir but has no write permission on it.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};

use common::{Env, TODAY};

/// The unprivileged user the command runs as when the tests run as root.
const NOBODY: u32 = 65534;

fn running_as_root() -> bool {
    // SAFETY: getuid(2) cannot fail.
    unsafe { libc::getuid() == 0 }
}

fn walk(path: &Path, each: &mut impl FnMut(&Path)) {
    each(path);
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            walk(&entry.unwrap().path(), each);
        }
    }
}

/// Takes every write permission away from the data dir (and, as root, hands it to nobody).
fn make_read_only(env: &Env) {
    let owner = running_as_root().then_some(NOBODY);
    walk(&env.dir(), &mut |path| {
        if let Some(uid) = owner {
            std::os::unix::fs::chown(path, Some(uid), Some(uid)).unwrap();
        }
        let mode = if path.is_dir() { 0o500 } else { 0o400 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    });
    // nobody must be able to walk into the temp dir to reach the data dir.
    std::fs::set_permissions(env.temp.path(), std::fs::Permissions::from_mode(0o711)).unwrap();
}

/// Gives the write permissions back, so the temp dir can be removed by a non-root user.
fn make_writable(env: &Env) {
    walk(&env.dir(), &mut |path| {
        let mode = if path.is_dir() { 0o700 } else { 0o600 };
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
    });
}

/// Every file under the data dir with its bytes.
fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    walk(dir, &mut |path| {
        if path.is_file() {
            files.insert(path.to_path_buf(), std::fs::read(path).unwrap());
        }
    });
    files
}

/// The binary as `Env::cmd` runs it, as nobody when we are root, with its own runtime folder.
fn run(env: &Env, runtime: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_stagecoach"));
    cmd.arg("--data-dir")
        .arg(env.dir())
        .args(args)
        .env("STAGECOACH_TODAY", TODAY)
        .env("STAGECOACH_LANG", "nl")
        .env_remove("STAGECOACH_DATA_DIR")
        .env("XDG_RUNTIME_DIR", runtime)
        .env("NO_COLOR", "1");
    if running_as_root() {
        cmd.uid(NOBODY).gid(NOBODY);
    }
    cmd.output().expect("run stagecoach")
}

/// The pid of a process that has ended (and been waited for).
fn gone_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

fn runtime_dir(env: &Env) -> PathBuf {
    let runtime = env.temp.path().join("runtime");
    std::fs::create_dir(&runtime).unwrap();
    if running_as_root() {
        std::os::unix::fs::chown(&runtime, Some(NOBODY), Some(NOBODY)).unwrap();
    }
    std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    runtime
}

#[test]
fn doctor_checks_a_read_only_data_dir_and_changes_nothing() {
    let env = Env::coach_demo();
    let runtime = runtime_dir(&env);
    // What a check killed halfway leaves: a copy, named after a process that is gone.
    let left = runtime.join(format!("stagecoach-check-{}-0123456789abcdef", gone_pid()));
    std::fs::create_dir(&left).unwrap();
    std::fs::write(left.join("db"), "personal data").unwrap();
    if running_as_root() {
        walk(&left, &mut |path| {
            std::os::unix::fs::chown(path, Some(NOBODY), Some(NOBODY)).unwrap()
        });
    }
    make_read_only(&env);
    let before = contents(&env.dir());

    let out = run(&env, &runtime, &["doctor"]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "stdout: {stdout}\nstderr: {stderr}");
    assert!(stdout.contains("Alles klopt"), "{stdout}");
    assert!(
        stderr.contains("alleen-lezen"),
        "says how it checked: {stderr}"
    );
    assert_eq!(contents(&env.dir()), before, "the data dir is only read");
    assert_eq!(
        std::fs::read_dir(&runtime).unwrap().count(),
        0,
        "the private copy is gone, and so is the one a killed check left"
    );
    make_writable(&env);
}

#[test]
fn doctor_rebuild_in_a_read_only_data_dir_says_it_must_write_and_changes_nothing() {
    let env = Env::coach_demo();
    let runtime = runtime_dir(&env);
    make_read_only(&env);
    let before = contents(&env.dir());

    let out = run(&env, &runtime, &["doctor", "--rebuild"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("doctor --rebuild moet in") && stderr.contains("alleen-lezen"),
        "{stderr}"
    );
    assert_eq!(contents(&env.dir()), before);
    make_writable(&env);
}

#[test]
fn doctor_in_a_read_only_dir_still_finds_what_is_wrong() {
    // A database whose views are damaged, then made read-only: the copy must be checked as it
    // is, not repaired into health first.
    let env = Env::coach_demo();
    {
        // Behind stagecoach's back: the agenda view loses its rows.
        let db = sled::open(env.dir().join("db")).unwrap();
        db.open_tree("agenda").unwrap().clear().unwrap();
        db.flush().unwrap();
    }
    let runtime = runtime_dir(&env);
    make_read_only(&env);
    let out = run(&env, &runtime, &["doctor"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("agenda"),
        "names the damaged view: {stderr}"
    );
    assert!(stderr.contains("doctor --rebuild"), "{stderr}");
    make_writable(&env);
}
