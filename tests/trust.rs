//! Trust is decided by the receiver: the role this device pinned for a peer is the authority,
//! never the role a card or a bundle claims. Each attack is built as a coach would build it —
//! by editing their own database — and must be refused with the receiver unchanged.

mod common;

use std::path::{Path, PathBuf};

use common::{Env, open_in_test};
use serde_json::Value;
use stagecoach::domain::{Role, Session};
use stagecoach::store::DeviceIdentity;
use stagecoach::store::codec;
use stagecoach::store::op::Change;

fn laptop(role: &str, name: &str) -> Env {
    let env = Env::new();
    env.ok(&["init", "--name", name, "--role", role]);
    env
}

fn trust(receiver: &Env, holder: &Env, file: &str) {
    receiver.ok(&["trust", holder.card(file).to_str().unwrap()]);
}

/// Exports for one peer into a fresh folder and returns the bundle.
fn export_for(from: &Env, to: &str) -> PathBuf {
    let folder = from.temp.path().join(format!("out-{}", rand_suffix()));
    std::fs::create_dir(&folder).unwrap();
    from.ok(&["export", "--for", to, "--to", folder.to_str().unwrap()]);
    let mut files = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path());
    let file = files.next().expect("a bundle was written");
    assert!(files.next().is_none());
    file
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

fn import_json(to: &Env, bundle: &Path) -> Value {
    serde_json::from_str(&to.ok(&["import", bundle.to_str().unwrap(), "--json"])).unwrap()
}

/// What a coach can do to their own laptop: rewrite the role in the database's identity,
/// as the probe did through backup, edit and restore.
fn forge_own_role(env: &Env, role: Role) {
    let db = common::open_sled_in_test(&env.dir().join("db"));
    let meta = db.open_tree("meta").unwrap();
    let mut identity: DeviceIdentity =
        codec::decode(&meta.get(b"device").unwrap().unwrap(), "device").unwrap();
    identity.role = role;
    meta.insert(b"device", codec::encode(&identity)).unwrap();
    db.flush().unwrap();
}

/// A coordinator with two coaches, each with one coachee, every card trusted both ways.
struct Programme {
    mila: Env,
    sanne: Env,
    piet: Env,
    sannes: String,
}

fn programme() -> Programme {
    let mila = laptop("coordinator", "Mila");
    let sanne = laptop("coach", "Sanne");
    let piet = laptop("coach", "Piet");
    for coach in [&sanne, &piet] {
        trust(&mila, coach, "coach.card");
        trust(coach, &mila, "mila.card");
    }
    let sannes = mila.add_coachee("Aziz", "Bakker");
    let piets = mila.add_coachee("Noor", "Visser");
    mila.ok(&["assign", &sannes, "Sanne"]);
    mila.ok(&["assign", &piets, "Piet"]);
    mila.ok(&[
        "log",
        &sannes,
        "--type",
        "intake",
        "--summary",
        "Intake door Mila",
    ]);
    sanne.ok(&["import", export_for(&mila, "Sanne").to_str().unwrap()]);
    Programme {
        mila,
        sanne,
        piet,
        sannes,
    }
}

#[test]
fn a_bundle_from_a_coach_who_made_themselves_coordinator_is_refused() {
    let p = programme();
    forge_own_role(&p.sanne, Role::Coordinator);
    // As a "coordinator" on her own laptop, Sanne may reassign: she hands her coachee to Piet,
    // which only the coordinator may decide.
    trust(&p.sanne, &p.piet, "piet.card");
    p.sanne.ok(&["assign", &p.sannes, "Piet"]);
    let bundle = export_for(&p.sanne, "Mila");
    let before = p.mila.dump();

    let err = p.mila.fails(&["import", bundle.to_str().unwrap()]);
    assert!(
        err.contains("zegt coördinator te zijn") && err.contains("vertrouwt Sanne als coach"),
        "{err}"
    );
    assert!(err.contains("--role coordinator --replace"), "{err}");
    assert_eq!(before, p.mila.dump(), "nothing was imported");
    let dry = p
        .mila
        .fails(&["import", bundle.to_str().unwrap(), "--dry-run"]);
    assert!(dry.contains("vertrouwt Sanne als coach"), "{dry}");
    let coachees = p.mila.json(&["list", "coachees", "--json"]);
    let aziz = coachees
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == p.sannes.as_str())
        .unwrap();
    assert_eq!(aziz["coach"], "Sanne", "{aziz}");
}

#[test]
fn a_re_signed_card_with_another_role_does_not_replace_the_pinned_one_silently() {
    let p = programme();
    forge_own_role(&p.sanne, Role::Coordinator);
    let forged = p.sanne.card("sanne-coordinator.card");
    let forged = forged.to_str().unwrap();
    let before = p.mila.dump();

    let err = p.mila.fails(&["trust", forged]);
    assert!(
        err.contains("dezelfde sleutels maar een andere kaart"),
        "{err}"
    );
    assert!(err.contains("Sanne (coach)") && err.contains("Sanne (coördinator)"));
    // `--replace` alone does not make a coach a coordinator: the new role must be named.
    let err = p.mila.fails(&["trust", forged, "--replace"]);
    assert!(err.contains("andere kaart"), "{err}");
    let err = p.mila.fails(&["trust", forged, "--role", "coach"]);
    assert!(err.contains("De kaart zegt coördinator"), "{err}");
    // Without a terminal to ask on, the change needs --yes.
    let err = p
        .mila
        .fails(&["trust", forged, "--role", "coordinator", "--replace"]);
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(before, p.mila.dump(), "the pinned card stays");

    // What the coordinator sends "Sanne" still follows the pinned role: her caseload only.
    // Her forged laptop takes in all it is given, so Piet's coachee would show up here.
    p.sanne
        .ok(&["import", export_for(&p.mila, "Sanne").to_str().unwrap()]);
    let listed = p.sanne.json(&["list", "coachees", "--json"]);
    let codes: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, [p.sannes.as_str()]);

    let out = p.mila.ok(&[
        "trust",
        forged,
        "--role",
        "coordinator",
        "--replace",
        "--yes",
    ]);
    assert!(
        out.contains("Nu vertrouwd:  Sanne (coach)")
            && out.contains("Nieuwe kaart:  Sanne (coördinator)")
            && out.contains("nu vertrouwd als coördinator"),
        "{out}"
    );
}

#[test]
fn a_coach_cannot_change_or_delete_the_coordinators_intake() {
    let p = programme();
    let sessions = p.sanne.json(&["list", "sessions", "--json"]);
    let intake = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["summary"] == "Intake door Mila")
        .expect("the intake reached Sanne")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let id = intake.parse().unwrap();

    let mut store = open_in_test(&p.sanne.dir());
    let err = stagecoach::service::actions::delete_session(&mut store, id).unwrap_err();
    assert_eq!(err.message().id, "session-not-yours");
    let mut edited: Session = store.get(id).unwrap().unwrap();
    edited.summary = "Herschreven".into();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let err = stagecoach::service::actions::update_session(&mut store, edited, today).unwrap_err();
    assert_eq!(err.message().id, "session-not-yours");

    // An older or altered stagecoach writes the deletion anyway: the coordinator refuses it.
    let session: Session = store.get(id).unwrap().unwrap();
    store.save(vec![Change::purge(&session)]).unwrap();
    drop(store);
    let plan = import_json(&p.mila, &export_for(&p.sanne, "Mila"));
    let refused = plan["refused"].as_array().unwrap();
    assert_eq!(refused.len(), 1, "{plan}");
    assert_eq!(refused[0]["reason"], "not_their_record");
    let sessions = p.mila.json(&["list", "sessions", "--json"]);
    assert!(
        sessions
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == intake.as_str()),
        "the intake is still at the coordinator's"
    );
}

#[test]
fn a_coach_still_deletes_a_contact_they_logged_themselves() {
    let p = programme();
    p.sanne.ok(&[
        "log",
        &p.sannes,
        "--type",
        "telefonisch",
        "--summary",
        "Per ongeluk",
    ]);
    let sessions = p.sanne.json(&["list", "sessions", "--json"]);
    let own = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["summary"] == "Per ongeluk")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    p.mila
        .ok(&["import", export_for(&p.sanne, "Mila").to_str().unwrap()]);
    let mut store = open_in_test(&p.sanne.dir());
    stagecoach::service::actions::delete_session(&mut store, own.parse().unwrap()).unwrap();
    drop(store);
    let plan = import_json(&p.mila, &export_for(&p.sanne, "Mila"));
    assert_eq!(plan["refused"].as_array().unwrap().len(), 0, "{plan}");
    let sessions = p.mila.json(&["list", "sessions", "--json"]);
    assert!(
        sessions
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["id"] != own.as_str())
    );
}
