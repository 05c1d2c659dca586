//! Bad input through the real binary: each case gets a clear message, exit code 1, and leaves
//! the database exactly as it was.

mod common;

use std::process::Stdio;

use common::Env;

/// Runs `args`, expects exit 1 with `expected` in the message, and an unchanged database.
fn refused(env: &Env, args: &[&str], expected: &[&str]) -> String {
    let before = env.dump();
    let stderr = env.fails(args);
    for text in expected {
        assert!(
            stderr.contains(text),
            "{args:?}: expected {text:?} in: {stderr}"
        );
    }
    assert_eq!(before, env.dump(), "{args:?} changed the database");
    stderr
}

#[test]
fn unknown_code_or_id() {
    let env = Env::coach_demo();
    refused(
        &env,
        &["show", "ZZZZ"],
        &["Niets gevonden bij 'ZZZZ'", "list coachees"],
    );
    refused(
        &env,
        &["log", "0000aaaa", "--type", "intake", "--summary", "x"],
        &["Niets gevonden"],
    );
}

#[test]
fn ambiguous_id_prefix_lists_the_candidates() {
    let env = Env::coach_demo();
    let ids: Vec<String> = env
        .json(&["list", "sessions", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().replace('-', ""))
        .collect();
    // Demo ids are time-ordered by session date, so several share a first-8 prefix.
    let prefix = ids
        .iter()
        .map(|id| &id[..8])
        .find(|p| ids.iter().filter(|id| id.starts_with(p)).count() > 1)
        .expect("two ids with a common prefix")
        .to_string();
    let stderr = refused(&env, &["show", &prefix], &["meer dan één"]);
    assert!(stderr.matches(&prefix[..4]).count() >= 2, "{stderr}");
}

#[test]
fn invalid_dates_are_refused_but_gisteren_is_fine() {
    let env = Env::coach_demo();
    let code = env.code_with_status("geplaatst");
    refused(
        &env,
        &[
            "log",
            &code,
            "--type",
            "coachgesprek",
            "--summary",
            "Gesprek",
            "--date",
            "31-02-2026",
        ],
        &["31-02-2026 bestaat niet", "28 dagen", "Datum"],
    );
    refused(
        &env,
        &[
            "log",
            &code,
            "--type",
            "coachgesprek",
            "--summary",
            "Gesprek",
            "--date",
            "morgenvroeg",
        ],
        &["Onbekende datum"],
    );
    env.ok(&[
        "log",
        &code,
        "--type",
        "coachgesprek",
        "--summary",
        "Gesprek",
        "--date",
        "gisteren",
    ]);
}

#[test]
fn invalid_status_transition_names_the_allowed_next_states() {
    let env = Env::new();
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    env.ok(&[
        "add",
        "coachee",
        "--first-name",
        "Daan",
        "--last-name",
        "Vos",
    ]);
    let code = env.code_with_status("aangemeld");
    refused(
        &env,
        &["status", &code, "afgerond"],
        &[
            "Van aangemeld naar afgerond kan niet",
            "intake, niet_gestart, gepauzeerd",
        ],
    );
    refused(
        &env,
        &["status", &code, "gepauzeerd"],
        &["reden", "--reason"],
    );
    refused(
        &env,
        &["status", &code, "klaar"],
        &["'klaar' kennen we niet", "aangemeld"],
    );
}

#[test]
fn wellbeing_seven_is_refused() {
    let env = Env::coach_demo();
    let code = env.code_with_status("geplaatst");
    refused(
        &env,
        &[
            "log",
            &code,
            "--type",
            "coachgesprek",
            "--summary",
            "Gesprek",
            "--wellbeing",
            "7",
        ],
        &["Welbevinden", "7 kan niet", "1 tot en met 5"],
    );
}

#[test]
fn kvk_with_seven_digits_is_refused() {
    let env = Env::coach_demo();
    refused(
        &env,
        &[
            "add",
            "employer",
            "--name",
            "Garage Maasdijk",
            "--kvk",
            "1234567",
        ],
        &["KvK-nummer", "precies 8 cijfers", "hier staan er 7"],
    );
}

#[test]
fn birth_date_in_the_future_is_refused() {
    let env = Env::coach_demo();
    refused(
        &env,
        &[
            "add",
            "coachee",
            "--first-name",
            "A",
            "--last-name",
            "B",
            "--birth-date",
            "01-01-2030",
        ],
        &["Geboortedatum", "toekomst"],
    );
}

#[test]
fn logging_on_a_closed_coachee_is_refused_and_says_how_to_reopen() {
    let env = Env::new();
    env.ok(&["demo", "--role", "coordinator", "--seed", "3"]);
    let code = env.code_with_status("gesloten");
    refused(
        &env,
        &[
            "log",
            &code,
            "--type",
            "telefonisch",
            "--summary",
            "Nagebeld",
        ],
        &["gesloten", &format!("stagecoach status {code} nazorg")],
    );
    env.ok(&["status", &code, "aangemeld"]);
    env.ok(&[
        "log",
        &code,
        "--type",
        "telefonisch",
        "--summary",
        "Nagebeld",
    ]);
}

#[test]
fn init_twice_is_refused_and_changes_nothing() {
    let env = Env::coach_demo();
    refused(
        &env,
        &["init", "--name", "Iemand", "--role", "coordinator"],
        &["staat al een database"],
    );
    assert_eq!(
        env.json(&["list", "coachees", "--json"])
            .as_array()
            .unwrap()
            .len(),
        15
    );
}

/// Every key and value of every tree, read with sled itself (the store refuses to open a
/// newer database). Comparing files byte for byte would not work: sled rewrites its files on
/// every open even when nothing is written.
fn raw_content(db: &std::path::Path) -> Vec<(Vec<u8>, Vec<stagecoach::store::codec::KeyValue>)> {
    let db = common::open_sled_in_test(db);
    db.tree_names()
        .into_iter()
        .map(|name| {
            let tree = db.open_tree(&name).unwrap();
            let rows = tree
                .iter()
                .map(|kv| kv.unwrap())
                .map(|(k, v)| (k.to_vec(), v.to_vec()));
            (name.to_vec(), rows.collect())
        })
        .collect()
}

#[test]
fn a_clashing_code_is_ambiguous_and_lists_both() {
    use stagecoach::domain::Coachee;
    use stagecoach::store::op::Change;
    let env = Env::new();
    env.ok(&["init", "--name", "Mila", "--role", "coordinator"]);
    env.ok(&[
        "add",
        "coachee",
        "--first-name",
        "Noor",
        "--last-name",
        "Bakker",
    ]);
    env.ok(&[
        "add",
        "coachee",
        "--first-name",
        "Sem",
        "--last-name",
        "Visser",
    ]);
    {
        // Two devices can hand out the same code; after a sync both are in one database.
        let mut store = common::open_in_test(&env.dir());
        let rows = store.coachees().unwrap();
        let (a, b): (&Coachee, &Coachee) = (&rows[0].coachee, &rows[1].coachee);
        let mut clash = b.clone();
        clash.code = a.code.clone();
        store
            .save(vec![Change::put(Some(b), &clash).unwrap()])
            .unwrap();
    }
    let code = env.json(&["list", "coachees", "--json"])[0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let stderr = refused(&env, &["show", &code], &["meer dan één"]);
    let ids: Vec<String> = env
        .json(&["list", "coachees", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    for id in ids {
        assert!(stderr.contains(&id), "{stderr}");
    }
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let env = Env::coach_demo();
    {
        let db = common::open_sled_in_test(&env.dir().join("db"));
        let meta = db.open_tree("meta").unwrap();
        let mut value = vec![stagecoach::store::codec::VALUE_VERSION];
        value.extend(postcard::to_allocvec(&99u32).unwrap());
        meta.insert("schema", value).unwrap();
        db.flush().unwrap();
    }
    let before = raw_content(&env.dir().join("db"));
    let stderr = env.fails(&["list", "coachees"]);
    assert!(
        stderr.contains("nieuwere versie") && stderr.contains("schema 99"),
        "{stderr}"
    );
    env.fails(&["add", "coachee", "--first-name", "A", "--last-name", "B"]);
    assert_eq!(
        before,
        raw_content(&env.dir().join("db")),
        "not one record changed"
    );
}

#[test]
fn a_second_process_gets_already_open() {
    let env = Env::coach_demo();
    let before = env.dump();
    let held = common::open_in_test(&env.dir());
    let stderr = env.fails(&["log", "ZZZZ", "--type", "intake", "--summary", "x"]);
    assert!(
        stderr.contains("al geopend in een ander stagecoach-venster"),
        "{stderr}"
    );
    let stderr = env.fails(&["list", "coachees"]);
    assert!(stderr.contains("al geopend"), "{stderr}");
    drop(held);
    assert_eq!(before, env.dump());
}

#[test]
fn a_missing_data_dir_is_reported_and_not_created() {
    let env = Env::new();
    let stderr = env.fails(&["list", "coachees"]);
    assert!(
        stderr.contains("Er staat nog geen database") && stderr.contains("stagecoach init"),
        "{stderr}"
    );
    assert!(!env.dir().exists(), "reading must not create the data dir");
}

/// Makes a directory tree unwritable, also for root (which ignores permission bits), and
/// undoes it on drop so the temp dir can be cleaned up.
struct ReadOnly(std::path::PathBuf);

impl ReadOnly {
    /// None where the file system cannot make it read-only for root (tmpfs, overlay): the
    /// caller then skips, saying so, rather than failing for a reason that is not ours.
    fn new(path: &std::path::Path) -> Option<Self> {
        let root = unsafe { libc::geteuid() } == 0;
        let (tool, args) = if root {
            ("chattr", ["-R", "+i"])
        } else {
            ("chmod", ["-R", "a-w"])
        };
        let ok = std::process::Command::new(tool)
            .args(args)
            .arg(path)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!(
                "skipped: {tool} cannot make {} read-only here",
                path.display()
            );
            return None;
        }
        Some(ReadOnly(path.to_path_buf()))
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr")
            .args(["-R", "-i"])
            .arg(&self.0)
            .status();
        let _ = std::process::Command::new("chmod")
            .args(["-R", "u+w"])
            .arg(&self.0)
            .status();
    }
}

#[test]
fn a_read_only_data_dir_gives_a_clear_message() {
    let env = Env::coach_demo();
    let before = env.dump();
    {
        let Some(_guard) = ReadOnly::new(&env.dir()) else {
            return;
        };
        let stderr = env.fails(&["log", "ZZZZ", "--type", "intake", "--summary", "x"]);
        assert!(
            stderr.contains("Geen toestemming") || stderr.contains("niet geschreven"),
            "{stderr}"
        );
    }
    assert_eq!(before, env.dump());

    let parent = env.temp.path().join("locked");
    std::fs::create_dir(&parent).unwrap();
    let Some(_guard) = ReadOnly::new(&parent) else {
        return;
    };
    let out = assert_cmd::Command::cargo_bin("stagecoach")
        .unwrap()
        .args([
            "--data-dir",
            parent.join("data").to_str().unwrap(),
            "init",
            "--name",
            "S",
            "--role",
            "coach",
        ])
        .env_remove("STAGECOACH_LANG")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Geen toestemming"), "{stderr}");
}

/// Starts a big demo and kills it without warning once its first batch is committed.
fn kill_a_demo_halfway(env: &Env) {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("stagecoach"))
        .args([
            "--data-dir",
            env.dir().to_str().unwrap(),
            "demo",
            "--coachees",
            "4000",
            "--sessions",
            "80000",
        ])
        .env("STAGECOACH_TODAY", common::TODAY)
        .env("STAGECOACH_PROGRESS", "lines")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = lines.next().expect("a progress line").unwrap();
    assert!(first.starts_with("Demoprogramma maken:"), "{first}");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn a_demo_killed_halfway_leaves_a_consistent_database() {
    let env = Env::new();
    kill_a_demo_halfway(&env);

    let out = env.ok(&["doctor"]);
    assert!(out.contains("Alles klopt"), "{out}");
    let count = env
        .json(&["list", "coachees", "--json"])
        .as_array()
        .unwrap()
        .len();
    assert!(count < 4000, "the demo was interrupted ({count} coachees)");
    // Running the demo again says how to start over instead of "not empty".
    refused(
        &env,
        &["demo"],
        &["de vorige keer afgebroken", "stagecoach demo --restart"],
    );
    // And the interrupted database takes new work, which is then the coach's own: the demo
    // can no longer be thrown away.
    env.ok(&[
        "add",
        "coachee",
        "--first-name",
        "Na",
        "--last-name",
        "Afloop",
    ]);
    refused(
        &env,
        &["demo", "--restart"],
        &["geen afgebroken demo", "nooit echt werk"],
    );
}

#[test]
fn a_demo_killed_halfway_can_start_over() {
    let env = Env::new();
    kill_a_demo_halfway(&env);
    let out = env.ok(&["demo", "--restart", "--coachees", "6", "--sessions", "30"]);
    assert!(out.contains("begint opnieuw"), "{out}");
    let coachees = env.json(&["list", "coachees", "--json"]);
    assert_eq!(coachees.as_array().unwrap().len(), 6);
    assert!(env.ok(&["doctor"]).contains("Alles klopt"));
    // A finished demo is not "interrupted": --restart does not throw it away.
    refused(&env, &["demo", "--restart"], &["geen afgebroken demo"]);
}

#[test]
fn a_data_dir_that_is_a_file_is_named_as_such() {
    let env = Env::new();
    std::fs::write(env.dir(), "boodschappen").unwrap();
    for args in [
        &["list", "coachees"][..],
        &["init", "--name", "S", "--role", "coach"],
    ] {
        let err = env.fails(args);
        assert!(err.contains("is een bestand, geen map"), "{args:?}: {err}");
        assert!(!err.contains("stagecoach init"), "{err}");
    }
    assert_eq!(std::fs::read_to_string(env.dir()).unwrap(), "boodschappen");
}

#[test]
fn a_coach_who_assigns_hears_that_only_a_coordinator_assigns() {
    let env = Env::coach_demo();
    let code = env.code_with_status("intake");
    refused(
        &env,
        &["assign", &code, "Piet"],
        &["Alleen een coördinator deelt jongeren toe"],
    );
}

#[test]
fn an_unknown_employer_is_told_as_an_employer() {
    let env = Env::coach_demo();
    let code = env.code_with_status("geplaatst");
    let stderr = refused(
        &env,
        &[
            "log",
            &code,
            "--type",
            "stagebezoek",
            "--summary",
            "x",
            "--employer",
            "Bakkerij Nergens",
        ],
        &["Geen werkgever met 'Bakkerij Nergens'", "list employers"],
    );
    assert!(!stderr.contains("jongere"), "{stderr}");
}
