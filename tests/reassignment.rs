//! A coachee reassigned while their old coach works offline (issue 13, item 4): what the old
//! coach wrote before they knew of the move is their work, which the coordinator takes in and
//! passes to the new coach; after they know, the file is read-only for them; and they give the
//! coachee up once the coordinator holds everything they wrote, also when that is nothing.

mod common;

use common::laptop::{Laptop, bundle_for, refusal_reasons};

/// Mila (coordinator) with coaches Sanne and Piet; one coachee, Sanne's.
fn team() -> (Laptop, Laptop, Laptop, String) {
    let mila = Laptop::new("coordinator", "Mila");
    let sanne = Laptop::new("coach", "Sanne");
    let piet = Laptop::new("coach", "Piet");
    mila.trust(&sanne);
    mila.trust(&piet);
    sanne.trust(&mila);
    piet.trust(&mila);
    let code = mila.env.add_coachee("Hodan", "de Haan");
    mila.ok(&["assign", &code, "Sanne"]);
    let out = mila.export(&[]);
    sanne.import(bundle_for(&out, "sanne"), &[]);
    piet.import(bundle_for(&out, "piet"), &[]);
    (mila, sanne, piet, code)
}

fn log(laptop: &Laptop, code: &str, summary: &str, extra: &[&str]) {
    let mut args = vec!["log", code, "--type", "stagebezoek", "--summary", summary];
    args.extend_from_slice(extra);
    laptop.ok(&args);
}

fn summaries(laptop: &Laptop) -> Vec<String> {
    let mut all: Vec<String> = laptop
        .shared_sessions()
        .iter()
        .map(|s| s["summary"].as_str().unwrap().to_string())
        .collect();
    all.sort();
    all
}

#[test]
fn offline_work_on_a_coachee_who_moved_reaches_the_new_coach_and_nothing_is_lost() {
    let (mila, sanne, piet, code) = team();
    // Mila moves the coachee to Piet; Sanne, offline, does not know yet.
    mila.ok(&["assign", &code, "Piet"]);
    log(&sanne, &code, "Bezoek voor het nieuws", &[]);
    // A bundle written before Sanne knew: her laptop's clock is later than the move, and
    // that is no reason to refuse her work.
    let plan = mila.import(&sanne.export(&[])[0], &[]);
    assert_eq!(refusal_reasons(&plan), Vec::<String>::new(), "{plan}");

    log(
        &sanne,
        &code,
        "Nog een bezoek, ook voor het nieuws",
        &["--escalate"],
    );
    // Now she hears of the move; the coachee stays until Mila has her work.
    let out = mila.export(&[]);
    let moving = sanne.import(bundle_for(&out, "sanne"), &[]);
    assert_eq!(sanne.codes(), vec![code.clone()], "{moving}");
    let before = sanne.env.dump();
    let read_only = sanne.env.fails(&[
        "log",
        &code,
        "--type",
        "telefonisch",
        "--summary",
        "Na het nieuws",
    ]);
    assert!(read_only.contains("overgedragen aan Piet"), "{read_only}");
    assert_eq!(sanne.env.dump(), before, "a refused log changes nothing");

    let plan = mila.import(&sanne.export(&[])[0], &[]);
    assert_eq!(refusal_reasons(&plan), Vec::<String>::new(), "{plan}");
    let open = mila.env.json(&["escalations", "--open", "--json"]);
    assert_eq!(open.as_array().unwrap().len(), 1, "{open}");
    assert_eq!(open[0]["coach"], "Sanne");

    // Piet receives the whole file, Sanne's late visits included; Sanne gives it up.
    let out = mila.export(&[]);
    piet.import(bundle_for(&out, "piet"), &[]);
    let expected = vec![
        "Bezoek voor het nieuws".to_string(),
        "Nog een bezoek, ook voor het nieuws".to_string(),
    ];
    assert_eq!(summaries(&piet), expected);
    assert_eq!(summaries(&mila), expected);
    let gone = sanne.import(bundle_for(&out, "sanne"), &[]);
    assert!(sanne.codes().is_empty(), "{gone}");
    sanne.ok(&["doctor"]);
}

#[test]
fn a_note_written_after_the_coach_knew_of_the_move_is_refused() {
    let (mila, sanne, _piet, code) = team();
    mila.ok(&["assign", &code, "Piet"]);
    log(&sanne, &code, "Voor het nieuws", &[]);
    let out = mila.export(&[]);
    sanne.import(bundle_for(&out, "sanne"), &[]);
    // An older version of the app would still let her write; this one says so up front, so
    // write past it, as such a version would.
    {
        let mut store = common::open_in_test(&sanne.env.dir());
        let coachee = store.resolve_coachee(&code).unwrap();
        let session = stagecoach::domain::Session {
            id: stagecoach::domain::EntityId::new(),
            coachee: coachee.id,
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            minutes: 10,
            session_type: Some(stagecoach::domain::SessionType::Phone),
            summary: "Na het nieuws".into(),
            ..Default::default()
        };
        store
            .save(vec![
                stagecoach::store::op::Change::put(None, &session).unwrap(),
            ])
            .unwrap();
    }
    let plan = mila.import(&sanne.export(&[])[0], &[]);
    assert_eq!(refusal_reasons(&plan), ["not_their_coachee"], "{plan}");
    assert_eq!(summaries(&mila), ["Voor het nieuws"]);
}

#[test]
fn a_coach_who_never_wrote_anything_gives_a_moved_coachee_up_at_once() {
    let (mila, sanne, piet, code) = team();
    mila.ok(&["assign", &code, "Piet"]);
    let out = mila.export(&[]);
    let plan = sanne.import(bundle_for(&out, "sanne"), &[]);
    assert!(sanne.codes().is_empty(), "{plan}");
    assert_eq!(plan["moved_away"], serde_json::json!([code.clone()]));
    piet.import(bundle_for(&out, "piet"), &[]);
    assert_eq!(piet.codes(), vec![code]);
}

#[test]
fn the_screen_says_a_moved_coachee_is_read_only_before_a_form_opens() {
    use common::screen::{app, demo_store, press};
    use stagecoach::domain::{CoachRef, Coachee, DeviceId, Role};
    use stagecoach::store::op::Change;

    let mut f = demo_store(Role::Coach);
    // The coordinator's move, as an import would leave it while the coach's notes are on
    // their way: the coachee is still here, with another coach.
    let first = f.store.coachees().unwrap()[0].coachee.clone();
    let mut moved: Coachee = first.clone();
    moved.coach = Some(CoachRef {
        device: DeviceId::from_bytes([9; 16]),
        name: "Piet".into(),
    });
    f.store
        .save(vec![Change::put(Some(&first), &moved).unwrap()])
        .unwrap();
    let mut app = app(&f, stagecoach::i18n::Lang::Nl);
    app.caseload.select_id(first.id);
    let effects = app.load_selected();
    stagecoach::runtime::effects::run_effects(&mut app, &mut f.store, effects).unwrap();
    for key in ["n", "e", "s", "w"] {
        press(&mut app, &mut f.store, key);
        assert!(app.form.is_none(), "{key} opens no form");
        let said = app.lang.render(app.message.as_ref().unwrap());
        assert!(said.contains("overgedragen aan Piet"), "{key}: {said}");
    }
}
