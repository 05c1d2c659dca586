//! The log files name nobody: a whole CLI flow and a screen session on the demo, then every
//! file in `logs/` is searched for every demo coachee's first name, last name and code
//! (issue 15, point 7). Logs are one private file a day.

mod common;

use common::Env;
use common::pty::Terminal;

const CTRL_S: &str = "\x13";

#[test]
fn after_a_cli_flow_and_a_screen_session_no_log_names_a_young_person() {
    let env = Env::coordinator_demo();
    let people = env.json(&["list", "coachees", "--json"]);
    let people = people.as_array().unwrap();
    let code = people[0]["code"].as_str().unwrap().to_string();

    for args in [
        vec!["list", "sessions", "--json"],
        vec!["show", &code],
        vec![
            "log",
            &code,
            "--type",
            "telefonisch",
            "--summary",
            "Gebeld over het rooster",
        ],
        vec!["report", "--exact"],
        vec!["agreements", "--open"],
        vec!["escalations"],
        vec!["backup"],
        vec!["doctor"],
    ] {
        env.ok(&args);
    }
    let handover = env.temp.path().join("handover.stagecoach");
    env.handover(&handover, "vijf rode fietsen op het dak")
        .assert()
        .success();

    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Caseload");
    terminal.keys("j");
    terminal.keys("4");
    terminal.wait_for("Overzicht ·");
    terminal.keys("2");
    terminal.wait_for("Naar de coördinator");
    terminal.keys("1");
    terminal.keys("n");
    // The form opens on the report.
    terminal.wait_for("Nieuw contact");
    terminal.typed("Verslag voor de logtest");
    terminal.keys(CTRL_S);
    terminal.wait_for("Opgeslagen");
    terminal.keys("q");
    assert!(terminal.ended().success());

    let logs: Vec<std::path::PathBuf> = std::fs::read_dir(env.dir().join("logs"))
        .expect("a logs folder")
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(logs.len(), 1, "one file for today: {logs:?}");
    let name = logs[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("stagecoach.") && name.ends_with(".log"),
        "{name}"
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&logs[0]).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read(&logs[0]).unwrap();
    let lines = String::from_utf8_lossy(&text).into_owned();
    assert!(
        lines.contains("backup written") && lines.contains("first frame"),
        "both the command line and the screen logged: {lines}"
    );

    let mut checked = 0;
    for person in people {
        for field in ["first_name", "last_name", "code"] {
            let secret = person[field].as_str().unwrap();
            if secret.chars().count() < 4 {
                continue;
            }
            assert!(
                !text.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{field} {secret:?} is in {name}"
            );
            checked += 1;
        }
    }
    assert!(checked > 80, "{checked}");
}

#[test]
fn only_the_last_fourteen_days_of_logs_are_kept() {
    let env = Env::new();
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    let logs = env.dir().join("logs");
    std::fs::create_dir_all(&logs).unwrap();
    for day in 1..=20 {
        let old = logs.join(format!("stagecoach.2026-10-{day:02}.log"));
        std::fs::write(old, "INFO first frame ms=20\n").unwrap();
    }
    // Not a log of ours: never touched.
    std::fs::write(logs.join("notities.txt"), "mijn eigen bestand").unwrap();
    env.ok(&["backup"]);
    let mut names: Vec<String> = std::fs::read_dir(&logs)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(names.contains(&"notities.txt".to_string()), "{names:?}");
    let ours: Vec<&String> = names.iter().filter(|n| n.ends_with(".log")).collect();
    assert_eq!(ours.len(), 14, "{ours:?}");
    // The appender names its files by the UTC date.
    let today = chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    assert!(
        ours.iter().any(|n| n.contains(&today)),
        "today's file is kept: {ours:?}"
    );
}
