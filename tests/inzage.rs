//! Inzage (AVG art. 15, issue 15 point 1): a young person's file holds every field and every
//! session of theirs, the coach's own notes marked as such, nothing of anyone else, and who
//! received their data; it is private, in Markdown or JSON.

mod common;

use common::Env;
use common::laptop::{Laptop, bundle_for, send};
use serde_json::Value;

fn sessions_of(env: &Env, code: &str) -> Vec<Value> {
    env.json(&["list", "sessions", "--coachee", code, "--json"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn the_inzage_holds_all_of_one_person_and_nothing_of_another() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::coordinator_demo();
    let people = env.json(&["list", "coachees", "--json"]);
    let people = people.as_array().unwrap();
    // The person with the most sessions, and someone else.
    let (person, other) = {
        let mut by_sessions: Vec<(usize, &Value)> = people
            .iter()
            .map(|p| (sessions_of(&env, p["code"].as_str().unwrap()).len(), p))
            .collect();
        by_sessions.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
        (by_sessions[0].1, by_sessions[1].1)
    };
    let code = person["code"].as_str().unwrap();
    env.ok(&[
        "log",
        code,
        "--type",
        "telefonisch",
        "--summary",
        "Gebeld over de fietsroute",
        "--note",
        "Moeder klonk bezorgd",
    ]);
    let file = env.temp.path().join("inzage.md");
    let said = env.ok(&["inzage", code, "--out", file.to_str().unwrap()]);
    assert!(said.contains(code), "{said}");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("# Wat er over jou is opgeslagen"),
        "{text}"
    );
    for field in ["first_name", "last_name", "phone", "email", "school"] {
        let value = person[field].as_str().unwrap_or_default();
        if !value.is_empty() {
            assert!(text.contains(value), "{field} {value:?} missing");
        }
    }
    let sessions = sessions_of(&env, code);
    assert!(sessions.len() >= 5, "{}", sessions.len());
    for session in &sessions {
        // Line breaks are written as " / " in the list of fields.
        let summary = session["summary"].as_str().unwrap().replace('\n', " / ");
        assert!(text.contains(&summary), "summary missing: {summary}");
    }
    assert!(
        text.contains("(alleen voor je coach, blijft op deze laptop): Moeder klonk bezorgd"),
        "the coach's own note, marked"
    );
    for field in ["first_name", "last_name", "code"] {
        let value = other[field].as_str().unwrap();
        assert!(!text.contains(value), "{field} of someone else: {value}");
    }
    for session in sessions_of(&env, other["code"].as_str().unwrap()) {
        let headline = session["summary"]
            .as_str()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string();
        assert!(
            !text.contains(&headline),
            "someone else's session: {headline}"
        );
    }

    let json_file = env.temp.path().join("inzage.json");
    env.ok(&[
        "inzage",
        code,
        "--format",
        "json",
        "--out",
        json_file.to_str().unwrap(),
    ]);
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&json_file).unwrap()).unwrap();
    assert_eq!(doc["coachee"]["code"], code);
    assert_eq!(doc["sessions"].as_array().unwrap().len(), sessions.len());
    assert_eq!(doc["coachee"]["coach_note"], person_note(&env, code));
    // Progress on a goal names the goal, not its id.
    for goal in doc["goals"].as_array().unwrap() {
        assert!(
            !text.contains(goal["id"].as_str().unwrap()),
            "a goal's id in {text}"
        );
    }

    let english = env.temp.path().join("inzage-en.md");
    env.cmd()
        .args([
            "--lang",
            "en",
            "inzage",
            code,
            "--out",
            english.to_str().unwrap(),
        ])
        .assert()
        .success();
    let english = std::fs::read_to_string(english).unwrap();
    assert!(
        english.starts_with("# What is stored about you"),
        "{english}"
    );
}

/// The coachee's own coach note as the JSON of `show` has it.
fn person_note(env: &Env, code: &str) -> Value {
    env.json(&["show", code, "--json"])["coach_note"].clone()
}

#[test]
fn the_inzage_names_who_received_the_data() {
    let mila = Laptop::new("coordinator", "Mila");
    let sanne = Laptop::new("coach", "Sanne");
    let piet = Laptop::new("coach", "Piet");
    for coach in [&sanne, &piet] {
        mila.trust(coach);
        coach.trust(&mila);
    }
    let code = mila.env.add_coachee("Hodan", "de Haan");
    let file = mila.env.temp.path().join("inzage.md");
    let inzage = |laptop: &Laptop| {
        laptop.ok(&["inzage", &code, "--out", file.to_str().unwrap()]);
        std::fs::read_to_string(&file).unwrap()
    };
    assert!(inzage(&mila).contains("Niemand: er is nog geen bundel"));
    mila.ok(&["assign", &code, "Sanne"]);
    let out = mila.export(&[]);
    sanne.import(bundle_for(&out, "sanne"), &[]);
    let text = inzage(&mila);
    assert!(
        text.contains("- Sanne (coach), voor het laatst op 23-11-2026"),
        "{text}"
    );
    assert!(!text.contains("Piet"), "Piet never had Hodan: {text}");
    sanne.ok(&["log", &code, "--type", "telefonisch", "--summary", "Gebeld"]);
    send(&sanne, &mila);
    let file_of_sanne = sanne.env.temp.path().join("inzage.md");
    sanne.ok(&["inzage", &code, "--out", file_of_sanne.to_str().unwrap()]);
    let text = std::fs::read_to_string(&file_of_sanne).unwrap();
    assert!(
        text.contains("- Mila (coördinator), voor het laatst op 23-11-2026"),
        "{text}"
    );
}

#[test]
fn the_screen_writes_an_inzage_from_the_palette_or_its_key() {
    use common::screen::{app, demo_store, press, screen, typed};
    use stagecoach::app::{Action, FormKind};
    use stagecoach::domain::Role;
    use stagecoach::i18n::Lang;
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let row = app.caseload.selected_row().unwrap().coachee.clone();
    press(&mut app, &mut f.store, ":");
    typed(&mut app, &mut f.store, "inzage");
    assert_eq!(
        app.palette.as_ref().unwrap().matches.first(),
        Some(&Action::Inzage)
    );
    press(&mut app, &mut f.store, "Enter");
    let form = app.form.as_mut().expect("the inzage form");
    assert_eq!(form.kind, FormKind::Inzage(row.id));
    assert_eq!(
        form.field("file").unwrap().value,
        format!("inzage-{}.md", row.code)
    );
    let drawn = screen(&app, 120, 40);
    assert!(
        drawn.contains("Inzage: alles wat hier over deze jongere staat"),
        "{drawn}"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("voor-de-jongere.md");
    app.form.as_mut().unwrap().field_mut("file").unwrap().value = file.display().to_string();
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "the form closes");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(&row.full_name()), "{text}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(screen(&app, 120, 40).contains("Inzage voor"));

    // Away from the caseload there is no one chosen: the key says where to choose.
    press(&mut app, &mut f.store, "2");
    press(&mut app, &mut f.store, "I");
    assert!(app.form.is_none());
    assert!(screen(&app, 120, 40).contains("Kies eerst in de caseload"));
}
