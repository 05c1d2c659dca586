//! Escalations and agreements across the coach ↔ coordinator loop, through the real binary
//! (issue 13, items 2 and 3): an escalation stays open whatever is logged after it, until the
//! coordinator answers it; the answer travels back; agreements are ticked off and reopened on
//! either side, and travel like any change.

mod common;

use common::laptop::{Laptop, bundle_for, refusal_reasons, send};
use serde_json::Value;

/// A coordinator and one coach who trust each other, with one coachee assigned to the coach.
fn loop_of_two() -> (Laptop, Laptop, String) {
    let mila = Laptop::new("coordinator", "Mila");
    let sanne = Laptop::new("coach", "Sanne");
    mila.trust(&sanne);
    sanne.trust(&mila);
    let code = mila.env.add_coachee("Hodan", "de Haan");
    mila.ok(&["assign", &code, "Sanne"]);
    let out = mila.export(&[]);
    sanne.import(bundle_for(&out, "sanne"), &[]);
    (mila, sanne, code)
}

fn escalations(laptop: &Laptop, open: bool) -> Vec<Value> {
    let mut args = vec!["escalations", "--json"];
    if open {
        args.push("--open");
    }
    laptop.env.json(&args).as_array().unwrap().clone()
}

fn escalated_flag(laptop: &Laptop, code: &str) -> bool {
    laptop
        .coachees()
        .iter()
        .find(|c| c["code"] == code)
        .expect("listed")["escalated"]
        .as_bool()
        .unwrap()
}

fn agreements(laptop: &Laptop, code: &str) -> Vec<Value> {
    laptop
        .env
        .json(&["agreements", code, "--json"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn an_escalation_stays_open_until_the_coordinator_answers_and_the_answer_reaches_the_coach() {
    let (mila, sanne, code) = loop_of_two();
    sanne.ok(&[
        "log",
        &code,
        "--type",
        "stagebezoek",
        "--date",
        "20-11-2026",
        "--summary",
        "Werkgever twijfelt of de stage door kan gaan\nDetails volgen.",
        "--escalate",
    ]);
    // A later contact, not escalated: before, this cleared the flag before Mila saw it.
    sanne.ok(&[
        "log",
        &code,
        "--type",
        "telefonisch",
        "--summary",
        "Kort gebeld",
    ]);
    assert!(escalated_flag(&sanne, &code), "the coach's ⚑ stays");
    send(&sanne, &mila);

    let open = escalations(&mila, true);
    assert_eq!(open.len(), 1, "{open:?}");
    let escalation = &open[0];
    assert_eq!(escalation["coachee_code"], code.as_str());
    assert_eq!(escalation["coach"], "Sanne");
    assert_eq!(escalation["state"], "open");
    assert_eq!(escalation["date"], "2026-11-20");
    assert_eq!(
        escalation["first_line"],
        "Werkgever twijfelt of de stage door kan gaan"
    );
    assert_eq!(escalation["id"], escalation["session_id"]);
    assert!(escalated_flag(&mila, &code));
    let id = escalation["id"].as_str().unwrap().to_string();

    // A coach cannot answer, not even their own escalation.
    let before = sanne.env.dump();
    let refused = sanne.env.fails(&["ack", &id, "--reply", "zelf opgelost"]);
    assert!(refused.contains("Alleen de coördinator"), "{refused}");
    assert_eq!(sanne.env.dump(), before, "a refused ack changes nothing");

    // The coordinator answers once; a second answer is refused.
    mila.ok(&["ack", &id, "--reply", "Ik bel de werkgever morgen."]);
    let before = mila.env.dump();
    let again = mila.env.fails(&["ack", &id]);
    assert!(again.contains("al beantwoord door Mila"), "{again}");
    assert_eq!(mila.env.dump(), before);
    let unknown = mila.env.fails(&["ack", "0000dead"]);
    assert!(unknown.contains("0000dead"), "{unknown}");
    assert!(escalations(&mila, true).is_empty());
    assert!(
        !escalated_flag(&mila, &code),
        "an answered escalation is no ⚑"
    );

    // The answer travels back and shows in the coach's profile.
    send(&mila, &sanne);
    let all = escalations(&sanne, false);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["state"], "acknowledged");
    assert_eq!(all[0]["acknowledged_by"], "Mila");
    assert_eq!(all[0]["acknowledged_on"], common::TODAY);
    assert_eq!(all[0]["reply"], "Ik bel de werkgever morgen.");
    assert!(!escalated_flag(&sanne, &code));
    let profile = sanne.ok(&["show", &code]);
    assert!(profile.contains("Naar de coördinator"), "{profile}");
    assert!(
        profile.contains("beantwoord door Mila op 23-11-2026"),
        "{profile}"
    );
    assert!(profile.contains("Ik bel de werkgever morgen."), "{profile}");
}

#[test]
fn a_coach_who_acknowledges_in_a_bundle_is_refused_by_the_coordinator() {
    let (mila, sanne, code) = loop_of_two();
    sanne.ok(&[
        "log",
        &code,
        "--type",
        "coachgesprek",
        "--summary",
        "Zorgen",
        "--escalate",
    ]);
    send(&sanne, &mila);
    // A coach's database that writes an answer anyway (an old or altered version) is told
    // apart by the coordinator: the answer is refused, the escalation stays open.
    let id = escalations(&sanne, true)[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let store_dir = sanne.env.dir();
    {
        let mut store = common::open_in_test(&store_dir);
        let session: stagecoach::domain::Session = store.get(id.parse().unwrap()).unwrap().unwrap();
        let mut answered = session.clone();
        answered.acknowledgement = Some(stagecoach::domain::Acknowledgement {
            by: store.identity().coach_ref(),
            on: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            reply: "zelf gedaan".into(),
        });
        store
            .save(vec![
                stagecoach::store::op::Change::put(Some(&session), &answered).unwrap(),
            ])
            .unwrap();
    }
    let plan = send(&sanne, &mila);
    assert_eq!(refusal_reasons(&plan), ["acknowledgement"]);
    assert_eq!(
        escalations(&mila, true).len(),
        1,
        "still open at the coordinator"
    );
}

#[test]
fn agreements_are_ticked_off_and_reopened_on_either_side_and_travel() {
    let (mila, sanne, code) = loop_of_two();
    // The coordinator's own intake, with an agreement for the coachee.
    mila.ok(&[
        "log",
        &code,
        "--type",
        "intake",
        "--summary",
        "Intake",
        "--agreement",
        "jongere|Cv mailen|25-11-2026",
    ]);
    send(&mila, &sanne);
    sanne.ok(&[
        "log",
        &code,
        "--type",
        "coachgesprek",
        "--summary",
        "Gesprek",
        "--agreement",
        "coach|Werkgever bellen|30-11-2026",
        "--agreement",
        "Rooster opvragen",
    ]);
    let listed = agreements(&sanne, &code);
    assert_eq!(listed.len(), 3, "{listed:?}");
    assert!(listed.iter().all(|a| a["done_on"].is_null()));
    let cv = listed.iter().find(|a| a["text"] == "Cv mailen").unwrap();
    let call = listed
        .iter()
        .find(|a| a["text"] == "Werkgever bellen")
        .unwrap();
    assert_eq!(call["owner"], "coach");
    assert_eq!(call["due"], "2026-11-30");
    let (cv, call) = (
        cv["id"].as_str().unwrap().to_string(),
        call["id"].as_str().unwrap().to_string(),
    );

    // The coach ticks off the coordinator's agreement and their own.
    sanne.ok(&["agreement", "done", &cv, "--date", "gisteren"]);
    sanne.ok(&["agreement", "done", &call]);
    let before = sanne.env.dump();
    let twice = sanne.env.fails(&["agreement", "done", &call]);
    assert!(twice.contains("al afgevinkt"), "{twice}");
    let nothing = sanne.env.fails(&["agreement", "done", "geen-id.1"]);
    assert!(nothing.contains("Geen afspraak"), "{nothing}");
    assert_eq!(sanne.env.dump(), before, "refusals change nothing");
    let open: Vec<Value> = sanne
        .env
        .json(&["agreements", &code, "--open", "--json"])
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["text"], "Rooster opvragen");

    let plan = send(&sanne, &mila);
    assert_eq!(
        plan["refused"],
        serde_json::json!([]),
        "ticking off is the coach's to do"
    );
    let at_mila = agreements(&mila, &code);
    let done_on =
        |list: &[Value], id: &str| list.iter().find(|a| a["id"] == id).unwrap()["done_on"].clone();
    assert_eq!(done_on(&at_mila, &cv), "2026-11-22");
    assert_eq!(done_on(&at_mila, &call), "2026-11-23");

    // The coordinator reopens one; it reaches the coach open again.
    mila.ok(&["agreement", "reopen", &call]);
    let not_done = mila.env.fails(&["agreement", "reopen", &call]);
    assert!(not_done.contains("staat nog open"), "{not_done}");
    send(&mila, &sanne);
    let at_sanne = agreements(&sanne, &code);
    assert_eq!(done_on(&at_sanne, &call), Value::Null);
    assert_eq!(done_on(&at_sanne, &cv), "2026-11-22");
}
