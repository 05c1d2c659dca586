//! The whole coach ↔ coordinator flow through the real binary, on three data dirs: cards,
//! assignment, bundles both ways in several orders, repeats, a conflict settled on one side,
//! a reassignment, and the handover to next year's coordinator.

mod common;

use std::path::Path;

use common::Env;
use common::laptop::{Laptop, bundle_for};
use serde_json::Value;

/// The coordinator's view of one coach's caseload: what that coach must see, exactly.
fn caseload_of(coordinator: &Laptop, coach: &str) -> (Vec<Value>, Vec<Value>) {
    let mut coachees: Vec<Value> = coordinator
        .coachees()
        .into_iter()
        .filter(|c| c["coach"] == coach)
        .collect();
    coachees.sort_by_key(|c| c["code"].as_str().unwrap().to_string());
    let ids: Vec<&str> = coachees.iter().map(|c| c["id"].as_str().unwrap()).collect();
    let sessions = coordinator
        .shared_sessions()
        .into_iter()
        .filter(|s| ids.contains(&s["coachee_id"].as_str().unwrap()))
        .collect();
    (coachees, sessions)
}

fn assert_coach_matches(coordinator: &Laptop, coach: &Laptop) {
    let (coachees, sessions) = caseload_of(coordinator, coach.name);
    let mut theirs = coach.coachees();
    theirs.sort_by_key(|c| c["code"].as_str().unwrap().to_string());
    assert_eq!(theirs, coachees, "{}'s coachees differ", coach.name);
    assert_eq!(
        coach.shared_sessions(),
        sessions,
        "{}'s sessions differ",
        coach.name
    );
}

#[test]
fn coordinator_and_two_coaches_converge_through_bundles() {
    let mila = Laptop::new("coordinator", "Mila");
    let sanne = Laptop::new("coach", "Sanne");
    let piet = Laptop::new("coach", "Piet");
    mila.trust(&sanne);
    mila.trust(&piet);

    for (first, last) in [
        ("Aziz", "Bakker"),
        ("Bo", "Claes"),
        ("Cem", "Dekker"),
        ("Dewi", "Eerden"),
    ] {
        mila.ok(&["add", "coachee", "--first-name", first, "--last-name", last]);
    }
    let codes = mila.codes();
    mila.ok(&["assign", &codes[0], "Sanne"]);
    mila.ok(&["assign", &codes[1], "Sanne"]);
    mila.ok(&["assign", &codes[2], "Piet"]);
    mila.ok(&["assign", &codes[3], "Piet"]);

    // One bundle per coach; a coach trusts the coordinator only when asked to.
    let out = mila.export(&[]);
    assert_eq!(out.len(), 2, "{out:?}");
    let before = sanne.env.dump();
    sanne
        .env
        .fails(&["import", bundle_for(&out, "sanne").to_str().unwrap()]);
    assert_eq!(
        sanne.env.dump(),
        before,
        "an untrusted bundle changes nothing"
    );
    let dry = sanne.import(bundle_for(&out, "sanne"), &["--trust", "--dry-run"]);
    assert_eq!(sanne.env.dump(), before, "a dry run changes nothing");
    let applied = sanne.import(bundle_for(&out, "sanne"), &["--trust"]);
    for key in ["created", "updated", "purged", "refused", "new_ops"] {
        assert_eq!(
            dry[key], applied[key],
            "the dry run's {key} is what the import did"
        );
    }
    assert_eq!(applied["sender"], "Mila");
    piet.import(bundle_for(&out, "piet"), &["--trust"]);
    assert_eq!(sanne.codes(), vec![codes[0].clone(), codes[1].clone()]);
    assert_eq!(piet.codes(), vec![codes[2].clone(), codes[3].clone()]);

    // Coaches work offline, with private notes.
    sanne.ok(&[
        "log",
        &codes[0],
        "--type",
        "stagebezoek",
        "--summary",
        "Bezoek bij de bakker",
        "--minutes",
        "45",
        "--note",
        "PRIVENOTITIE-SANNE",
    ]);
    sanne.ok(&[
        "log",
        &codes[1],
        "--type",
        "coachgesprek",
        "--summary",
        "Over school",
        "--minutes",
        "30",
    ]);
    piet.ok(&[
        "log",
        &codes[2],
        "--type",
        "telefonisch",
        "--summary",
        "Even gebeld",
        "--minutes",
        "10",
    ]);
    let from_sanne = sanne.export(&[]);
    let from_piet = piet.export(&[]);
    assert_eq!(from_sanne.len(), 1);
    assert_private_note_absent(&mila, &from_sanne[0], "PRIVENOTITIE-SANNE");

    // Any order, any number of times.
    mila.import(&from_piet[0], &[]);
    mila.import(&from_sanne[0], &[]);
    let settled = mila.env.dump();
    let again = mila.import(&from_piet[0], &[]);
    assert!(again["already_imported"].is_string());
    assert_eq!(mila.env.dump(), settled, "a repeated import is a no-op");
    assert_eq!(mila.shared_sessions().len(), 3);
    let coaches: Vec<Value> = mila.coachees().iter().map(|c| c["coach"].clone()).collect();
    assert!(coaches.contains(&"Sanne".into()) && coaches.contains(&"Piet".into()));

    // Back to the coaches: each has exactly their part of the programme.
    let out = mila.export(&[]);
    sanne.import(bundle_for(&out, "sanne"), &[]);
    piet.import(bundle_for(&out, "piet"), &[]);
    assert_coach_matches(&mila, &sanne);
    assert_coach_matches(&mila, &piet);

    // A concurrent edit: both change the status of the same coachee.
    mila.ok(&["status", &codes[1], "intake"]);
    sanne.ok(&["status", &codes[1], "gepauzeerd", "--reason", "examens"]);
    let from_sanne = sanne.export(&[]);
    let out = mila.export(&["--for", "Sanne"]);
    mila.import(&from_sanne[0], &[]);
    sanne.import(&out[0], &[]);
    let on_mila = mila.conflicts();
    let on_sanne = sanne.conflicts();
    assert_eq!(on_mila.len(), 1, "{on_mila:?}");
    assert_eq!(
        on_mila[0]["id"], on_sanne[0]["id"],
        "one conflict, one id everywhere"
    );
    // Each side is named by who wrote it, and the text says which value is in effect.
    let field = &on_sanne[0]["fields"][0];
    let mut writers: Vec<&str> = std::iter::once(&field["current"])
        .chain(field["others"].as_array().unwrap())
        .map(|side| side["device_name"].as_str().unwrap())
        .collect();
    writers.sort();
    assert_eq!(writers, ["Mila", "Sanne"], "{field}");
    let listed = sanne.ok(&["conflicts"]);
    assert!(listed.contains("nu geldt die van"), "{listed}");
    let id = on_sanne[0]["id"].as_str().unwrap().to_string();
    sanne.ok(&["resolve", &id, "--keep", "mine"]);
    assert!(sanne.conflicts().is_empty());
    mila.import(&sanne.export(&[])[0], &[]);
    assert!(
        mila.conflicts().is_empty(),
        "resolved on one side, resolved on all"
    );
    sanne.import(&mila.export(&["--for", "Sanne"])[0], &[]);
    assert!(sanne.conflicts().is_empty());
    assert_coach_matches(&mila, &sanne);
    let status = |laptop: &Laptop| {
        laptop
            .coachees()
            .into_iter()
            .find(|c| c["code"] == codes[1].as_str())
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(status(&mila), "gepauzeerd");

    // Reassignment: Piet receives the whole file, with what Sanne wrote to it after the move
    // without knowing (her work, whatever her clock said); Sanne gives the coachee up.
    mila.ok(&["assign", &codes[0], "Piet"]);
    sanne.ok(&[
        "log",
        &codes[0],
        "--type",
        "telefonisch",
        "--summary",
        "Na de overdracht",
        "--minutes",
        "5",
    ]);
    let late = mila.import(&sanne.export(&[])[0], &[]);
    assert_eq!(late["refused"], serde_json::json!([]), "{late}");
    let out = mila.export(&[]);
    piet.import(bundle_for(&out, "piet"), &[]);
    assert!(
        piet.shared_sessions()
            .iter()
            .any(|s| s["summary"] == "Na de overdracht"),
        "the late call reached Piet"
    );
    let gone = sanne.import(bundle_for(&out, "sanne"), &[]);
    assert_eq!(
        sanne.codes(),
        vec![codes[1].clone()],
        "the moved coachee is gone from Sanne"
    );
    // The summary counts what left the laptop: the coachee and every record of theirs.
    assert!(gone["evicted"].as_u64().unwrap() >= 2, "{gone}");
    // The views of the coachee who left can be rebuilt to exactly what the import left.
    sanne.ok(&["doctor"]);
    sanne.ok(&["doctor", "--rebuild"]);
    assert_eq!(sanne.codes(), vec![codes[1].clone()], "no nameless coachee");
    sanne.ok(&["doctor"]);
    // And a backup of that laptop restores to the same caseload, which doctor passes.
    let backup = sanne.env.temp.path().join("after-the-move.backup");
    sanne.ok(&["backup", "--to", backup.to_str().unwrap()]);
    let restored = Env::new();
    std::fs::create_dir_all(restored.dir()).unwrap();
    std::fs::copy(
        sanne.env.dir().join("device.keys"),
        restored.dir().join("device.keys"),
    )
    .unwrap();
    restored.ok(&["restore", backup.to_str().unwrap()]);
    restored.ok(&["doctor"]);
    let restored_codes: Vec<String> = restored
        .json(&["list", "coachees", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(restored_codes, vec![codes[1].clone()]);
    assert_eq!(
        piet.codes(),
        vec![codes[0].clone(), codes[2].clone(), codes[3].clone()]
    );
    assert_coach_matches(&mila, &piet);
    assert_coach_matches(&mila, &sanne);

    // Handover: a passphrase bundle into a fresh coordinator database reproduces it all.
    let next = Laptop::new("coordinator", "Noor");
    let handover = mila.env.temp.path().join("handover.stagecoach");
    mila.env
        .handover(&handover, "vijf rode fietsen op het dak")
        .assert()
        .success();
    next.env
        .cmd()
        .args(["import", handover.to_str().unwrap(), "--trust"])
        .env("STAGECOACH_PASSPHRASE", "vijf rode fietsen op het dak")
        .assert()
        .success();
    assert_eq!(next.coachees(), mila.coachees());
    assert_eq!(next.shared_sessions(), mila.shared_sessions());
}

/// Decrypts a bundle as its recipient and looks for the note's text in everything inside.
fn assert_private_note_absent(recipient: &Laptop, bundle: &Path, note: &str) {
    use stagecoach::sync::DeviceKeys;
    use stagecoach::sync::bundle::{self, Unseal};
    let keys = DeviceKeys::load_or_create(&recipient.env.dir()).unwrap();
    let bytes = std::fs::read(bundle).unwrap();
    let (_, payload) = bundle::open(&bytes, Unseal::Keys(&keys)).expect("the recipient opens it");
    let plain = postcard::to_allocvec(&payload).unwrap();
    assert!(!payload.ops.is_empty());
    assert!(
        !plain.windows(note.len()).any(|w| w == note.as_bytes()),
        "a coach-only note left the laptop"
    );
    assert!(!String::from_utf8_lossy(&bytes).contains(note));
}
