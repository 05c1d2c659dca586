//! Every command of the command line, run through the real binary.

mod common;

use common::{Env, TODAY};
use predicates::prelude::*;

#[test]
fn without_a_subcommand_it_orients_instead_of_failing() {
    let env = Env::new();
    env.cmd()
        .assert()
        .success()
        .stdout(predicate::str::contains("stagecoach init"));
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    env.cmd()
        .assert()
        .success()
        .stdout(predicate::str::contains("Sanne").and(predicate::str::contains("0 jongeren")));
}

#[test]
fn init_creates_a_private_database() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let out = env.ok(&["init", "--name", "Sanne de Vries", "--role", "coach"]);
    assert!(
        out.contains("Sanne de Vries") && out.contains("coach"),
        "{out}"
    );
    let mode = std::fs::metadata(env.dir()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
    for entry in walk(&env.dir()) {
        let mode = std::fs::metadata(&entry).unwrap().permissions().mode() & 0o777;
        if entry.is_file() {
            assert_eq!(mode & 0o077, 0, "{} is readable by others", entry.display());
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            all.extend(walk(&path));
        }
        all.push(path);
    }
    all
}

#[test]
fn demo_fills_a_coach_database_with_their_own_caseload() {
    let env = Env::coach_demo();
    let coachees = env.json(&["list", "coachees", "--json"]);
    let coachees = coachees.as_array().unwrap();
    assert_eq!(coachees.len(), 15);
    for c in coachees {
        for key in [
            "id",
            "code",
            "first_name",
            "last_name",
            "status",
            "coach",
            "next_contact",
        ] {
            assert!(c.get(key).is_some(), "coachee JSON lacks {key}: {c}");
        }
        assert_eq!(
            c["coach"], "Demo-coach",
            "a coach's demo is their own caseload"
        );
    }
    let overdue = coachees
        .iter()
        .filter_map(|c| c["next_contact"].as_str())
        .filter(|d| *d < TODAY)
        .count();
    assert!(overdue > 0, "some contacts are overdue");
    assert!(coachees.iter().any(|c| c["minor"] == true));

    let sessions = env.json(&["list", "sessions", "--json"]);
    let sessions = sessions.as_array().unwrap();
    assert_eq!(sessions.len(), 15 * 9);
    for s in sessions {
        for key in [
            "id",
            "coachee_id",
            "date",
            "type",
            "minutes",
            "summary",
            "author",
        ] {
            assert!(s.get(key).is_some(), "session JSON lacks {key}");
        }
        assert!(s["date"].as_str().unwrap() <= TODAY);
    }
    let employers = env.json(&["list", "employers", "--json"]);
    assert!(employers.as_array().unwrap().len() >= 25);
    let placements = env.json(&["list", "placements", "--json"]);
    assert!(!placements.as_array().unwrap().is_empty());
}

#[test]
fn demo_for_a_coordinator_spreads_coachees_over_three_coaches_and_every_status() {
    let env = Env::new();
    env.ok(&["demo", "--role", "coordinator", "--seed", "3"]);
    let coachees = env.json(&["list", "coachees", "--json"]);
    let coachees = coachees.as_array().unwrap();
    assert_eq!(coachees.len(), 40);
    let coaches: std::collections::BTreeSet<_> = coachees
        .iter()
        .filter_map(|c| c["coach"].as_str())
        .collect();
    assert_eq!(coaches.len(), 3, "{coaches:?}");
    for status in [
        "aangemeld",
        "intake",
        "matching",
        "geplaatst",
        "afgerond",
        "uitgevallen",
        "nazorg",
        "gesloten",
        "gepauzeerd",
        "niet_gestart",
    ] {
        assert!(
            coachees.iter().any(|c| c["status"] == status),
            "no {status}"
        );
    }
}

#[test]
fn demo_is_deterministic_for_a_seed() {
    let a = Env::new();
    let b = Env::new();
    a.ok(&["demo", "--seed", "42"]);
    b.ok(&["demo", "--seed", "42"]);
    assert_eq!(
        a.ok(&["list", "sessions", "--json"]),
        b.ok(&["list", "sessions", "--json"])
    );
    let strip_coach = |v: serde_json::Value| v.to_string();
    assert_eq!(
        strip_coach(a.json(&["list", "coachees", "--json"])),
        strip_coach(b.json(&["list", "coachees", "--json"]))
    );
}

#[test]
fn show_accepts_a_code_a_full_id_and_an_id_prefix() {
    let env = Env::coach_demo();
    let first = &env.json(&["list", "coachees", "--json"])[0];
    let code = first["code"].as_str().unwrap();
    let id = first["id"].as_str().unwrap();
    let by_code = env.json(&["show", &code.to_lowercase(), "--json"]);
    assert_eq!(by_code["id"], id);
    assert_eq!(env.json(&["show", id, "--json"])["code"], code);
    assert_eq!(
        env.json(&["show", &id.replace('-', "")[..20], "--json"])["code"],
        code
    );
    assert!(!by_code["sessions"].as_array().unwrap().is_empty());
    let text = env.ok(&["show", code]);
    assert!(text.contains(code) && text.contains("Status"), "{text}");
}

#[test]
fn show_prints_a_session_and_an_employer() {
    let env = Env::coach_demo();
    let session = &env.json(&["list", "sessions", "--json"])[3];
    let text = env.ok(&["show", session["id"].as_str().unwrap()]);
    assert!(text.contains(session["summary"].as_str().unwrap()));
    let employer = &env.json(&["list", "employers", "--json"])[0];
    let text = env.ok(&["show", employer["id"].as_str().unwrap()]);
    assert!(text.contains(employer["name"].as_str().unwrap()));
}

#[test]
fn add_coachee_takes_every_field_and_assigns_the_coach() {
    let env = Env::new();
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    let out = env.ok(&[
        "add",
        "coachee",
        "--first-name",
        "Noor",
        "--last-name",
        "el Idrissi",
        "--birth-date",
        "14-03-2011",
        "--phone",
        "06-12345678",
        "--email",
        "noor@voorbeeld.nl",
        "--guardian-name",
        "Fatima el Idrissi",
        "--guardian-phone",
        "06-87654321",
        "--guardian-relation",
        "moeder",
        "--neighbourhood",
        "Kanaalzijde",
        "--school",
        "ROC Veldhaven",
        "--level",
        "mbo-2",
        "--course",
        "Kok",
        "--path",
        "bol",
        "--referrer",
        "wijkteam",
        "--consent-by",
        "wettelijk_vertegenwoordiger",
        "--share-school",
        "--flag",
        "vervoer",
        "--note",
        "Liever appen dan bellen",
        "--registered",
        "gisteren",
    ]);
    assert!(out.contains("Noor el Idrissi"), "{out}");
    let c = &env.json(&["list", "coachees", "--json"])[0];
    assert_eq!(c["first_name"], "Noor");
    assert_eq!(c["status"], "aangemeld");
    assert_eq!(c["coach"], "Sanne");
    assert_eq!(c["birth_date"], "2011-03-14");
    assert_eq!(c["minor"], true);
    assert_eq!(c["education_level"], "mbo_2");
    let full = env.json(&["show", c["code"].as_str().unwrap(), "--json"]);
    assert_eq!(full["guardian"]["relation"], "moeder");
    assert_eq!(full["consent"]["given_by"], "wettelijk_vertegenwoordiger");
    assert_eq!(full["coach_note"], "Liever appen dan bellen");
    assert_eq!(full["status_history"][0]["date"], "2026-11-22");
}

#[test]
fn add_employer_then_log_a_stage_visit_with_every_field() {
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
    env.ok(&[
        "add",
        "employer",
        "--name",
        "Bakkerij Het Korenschoof",
        "--kvk",
        "1234 5678",
        "--sbb",
        "--sector",
        "horeca",
        "--contact-name",
        "Mieke Jansen",
        "--contact-phone",
        "06-11223344",
    ]);
    let code = env.json(&["list", "coachees", "--json"])[0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let out = env.ok(&[
        "log",
        &code,
        "--type",
        "stagebezoek",
        "--date",
        "gisteren",
        "--time",
        "10:30",
        "--minutes",
        "40",
        "--summary",
        "Werkt netjes mee aan de ovens.\nTweede regel.",
        "--with",
        "werkgever",
        "--wellbeing",
        "4",
        "--satisfaction",
        "5",
        "--signal",
        "motivatie",
        "--escalate",
        "--agreement",
        "coach|Bel Mieke over rooster|vr",
        "--agreement",
        "Cv bijwerken",
        "--next",
        "2026-12-01",
        "--employer",
        "korenschoof",
        "--note",
        "eigen notitie",
    ]);
    assert!(out.contains(&code), "{out}");
    let s = &env.json(&["list", "sessions", "--coachee", &code, "--json"])[0];
    assert_eq!(s["type"], "stagebezoek");
    assert_eq!(s["date"], "2026-11-22");
    assert_eq!(s["minutes"], 40);
    assert_eq!(s["wellbeing"], 4);
    assert_eq!(s["employer_satisfaction"], 5);
    assert_eq!(s["signals"][0], "motivatie");
    assert_eq!(s["escalate"], true);
    assert_eq!(s["agreements"].as_array().unwrap().len(), 2);
    assert_eq!(s["agreements"][0]["owner"], "coach");
    assert_eq!(
        s["agreements"][0]["due"], "2026-11-27",
        "vr = the next Friday"
    );
    assert_eq!(s["location"], "Bakkerij Het Korenschoof");
    assert_eq!(s["author"], "Sanne");
    let c = &env.json(&["list", "coachees", "--json"])[0];
    assert_eq!(c["next_contact"], "2026-12-01");
    assert_eq!(c["last_contact"], "2026-11-22");
    assert_eq!(c["escalated"], true);
    let employer = &env.json(&["list", "employers", "--json"])[0];
    assert_eq!(employer["kvk"], "12345678");
    assert_eq!(employer["last_contact"], "2026-11-22");
}

#[test]
fn status_moves_along_the_pipeline_with_dated_history() {
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
    let code = env.json(&["list", "coachees", "--json"])[0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&["status", &code, "intake"]);
    env.ok(&["status", &code, "matching"]);
    let out = env.ok(&["status", &code, "gepauzeerd", "--reason", "Examenperiode"]);
    assert!(out.contains("gepauzeerd"), "{out}");
    let full = env.json(&["show", &code, "--json"]);
    assert_eq!(full["status"], "gepauzeerd");
    let history = full["status_history"].as_array().unwrap();
    assert_eq!(history.len(), 4);
    assert_eq!(history[3]["reason"], "Examenperiode");
    assert_eq!(history[3]["date"], TODAY);
}

#[test]
fn english_switch_changes_the_messages() {
    let env = Env::new();
    env.cmd()
        .args(["--lang", "en", "init", "--name", "Sanne", "--role", "coach"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Database created"));
    env.cmd()
        .env("STAGECOACH_LANG", "en")
        .args(["list", "coachees"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 young people"));
}

#[test]
fn backup_and_restore_reproduce_the_database() {
    let env = Env::coach_demo();
    let file = env.temp.path().join("backup.stagecoach-backup");
    let out = env.ok(&["backup", "--to", file.to_str().unwrap()]);
    assert!(out.contains("backup.stagecoach-backup"), "{out}");
    // The same laptop, its database folder lost but its keys file kept.
    let restored = Env::new();
    std::fs::create_dir_all(restored.dir()).unwrap();
    std::fs::copy(
        env.dir().join("device.keys"),
        restored.dir().join("device.keys"),
    )
    .unwrap();
    restored.ok(&["restore", file.to_str().unwrap()]);
    assert_eq!(
        env.ok(&["list", "sessions", "--json"]),
        restored.ok(&["list", "sessions", "--json"])
    );
    assert_eq!(
        env.dump(),
        restored.dump(),
        "every tree is identical after a restore"
    );
    // The default location is inside the data dir.
    let out = env.ok(&["backup"]);
    assert!(out.contains("backups"), "{out}");
}

#[test]
fn a_damaged_backup_is_refused_and_leaves_nothing_behind() {
    let env = Env::coach_demo();
    let file = env.temp.path().join("b.backup");
    env.ok(&["backup", "--to", file.to_str().unwrap()]);
    let bytes = std::fs::read(&file).unwrap();
    let cut = env.temp.path().join("cut.backup");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let target = Env::new();
    std::fs::create_dir_all(target.dir()).unwrap();
    std::fs::copy(
        env.dir().join("device.keys"),
        target.dir().join("device.keys"),
    )
    .unwrap();
    let stderr = target.fails(&["restore", cut.to_str().unwrap()]);
    assert!(stderr.contains("back-upbestand is beschadigd"), "{stderr}");
    assert!(
        !target.dir().join("db").exists(),
        "no half-restored database remains"
    );
    target.ok(&["restore", file.to_str().unwrap()]);
}

#[test]
fn doctor_finds_a_healthy_database_and_rebuild_changes_nothing() {
    let env = Env::coach_demo();
    let out = env.ok(&["doctor"]);
    assert!(out.contains("Alles klopt"), "{out}");
    let before = env.dump();
    let out = env.ok(&["doctor", "--rebuild"]);
    assert!(out.contains("opnieuw opgebouwd"), "{out}");
    assert_eq!(before, env.dump());
}

#[test]
fn usage_errors_exit_with_two() {
    let env = Env::new();
    env.cmd().args(["list", "nonsense"]).assert().code(2);
    env.cmd().args(["log"]).assert().code(2);
}

#[test]
fn a_data_dir_in_a_folder_with_other_files_leaves_those_files_alone() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    std::fs::create_dir_all(env.dir()).unwrap();
    let script = env.dir().join("script.sh");
    std::fs::write(&script, "#!/bin/sh\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(env.dir(), std::fs::Permissions::from_mode(0o755)).unwrap();
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    env.ok(&["list", "coachees"]);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&script), 0o755, "not stagecoach's file");
    assert_eq!(mode(&env.dir()), 0o755, "the user's own folder");
    assert_eq!(mode(&env.dir().join("db")), 0o700);
}

#[test]
fn reading_a_folder_without_a_database_creates_nothing_in_it() {
    let env = Env::new();
    std::fs::create_dir_all(env.dir()).unwrap();
    env.fails(&["list", "coachees"]);
    assert_eq!(
        std::fs::read_dir(env.dir()).unwrap().count(),
        0,
        "no logs/ or lock left behind"
    );
}

#[test]
fn counts_of_one_read_in_the_singular_and_advice_fits_the_role() {
    let env = Env::new();
    env.ok(&["init", "--name", "Mila", "--role", "coordinator"]);
    env.add_coachee("Noor", "Enkelvoud");
    let orientation = env.ok(&[]);
    assert!(orientation.contains("· 1 jongere."), "{orientation}");
    let card = env.temp.path().join("mila.card");
    let written = env.ok(&["keys", "--out", card.to_str().unwrap()]);
    assert!(written.contains("geef hem aan je coaches"), "{written}");
    assert!(!written.contains("(of coach)"), "{written}");
    // A bundle that is no bundle: no advice to pick a file whose name it already has.
    let fake = env.temp.path().join("x.stagecoach");
    std::fs::write(&fake, b"not a bundle at all").unwrap();
    let refused = env.fails(&["import", fake.to_str().unwrap()]);
    assert!(!refused.contains("eindigt op .stagecoach"), "{refused}");
    assert!(refused.contains("Vraag de afzender"), "{refused}");
}

#[test]
fn list_columns_line_up_for_names_with_wide_characters() {
    let env = Env::new();
    env.ok(&["init", "--name", "Mila", "--role", "coordinator"]);
    env.add_coachee("Mỹ Linh 😀", "Nguyễn-Đặng 张伟");
    env.add_coachee("Bram", "Jansen");
    let list = env.ok(&["list", "coachees"]);
    // The status column starts in the same screen column on every row.
    let columns: Vec<usize> = list
        .lines()
        .filter(|l| l.contains("aangemeld"))
        .map(|l| {
            let before = &l[..l.find("○").expect("status symbol")];
            unicode_width::UnicodeWidthStr::width(before)
        })
        .collect();
    assert_eq!(columns.len(), 2, "{list}");
    assert_eq!(columns[0], columns[1], "{list}");
}
