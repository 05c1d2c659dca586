//! Keys, cards and trust through the real binary: the first steps of coach ↔ coordinator sync.

mod common;

use common::Env;

fn init(role: &str, name: &str) -> Env {
    let env = Env::new();
    env.ok(&["init", "--name", name, "--role", role]);
    env
}

#[test]
fn init_makes_private_keys_and_keys_shows_a_fingerprint() {
    let coach = init("coach", "Sanne");
    let keys = coach.dir().join("device.keys");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&keys).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let out = coach.ok(&["keys"]);
    assert!(out.contains("Sanne (coach)"), "{out}");
    let again = coach.ok(&["keys"]);
    assert_eq!(out, again, "the same keys every time");
}

#[test]
fn a_card_holds_only_public_keys_and_the_coordinator_trusts_it() {
    let coach = init("coach", "Sanne");
    let coordinator = init("coordinator", "Mila");
    let card = coach.card("sanne.card");
    let text = std::fs::read_to_string(&card).unwrap();
    let secrets = std::fs::read_to_string(coach.dir().join("device.keys")).unwrap();
    for line in secrets.lines().skip(1) {
        let secret = line.split_once(' ').unwrap().1;
        assert!(!text.contains(secret), "no secret key in the card");
    }
    let fingerprint = text
        .lines()
        .find_map(|l| l.strip_prefix("fingerprint "))
        .unwrap()
        .to_string();

    let out = coordinator.ok(&["trust", card.to_str().unwrap()]);
    assert!(out.contains("Sanne") && out.contains(&fingerprint), "{out}");
    let again = coordinator.ok(&["trust", card.to_str().unwrap()]);
    assert!(again.contains("al vertrouwd"), "{again}");
}

#[test]
fn a_tampered_card_a_non_card_and_ones_own_card_are_refused_and_change_nothing() {
    let coach = init("coach", "Sanne");
    let coordinator = init("coordinator", "Mila");
    let card = coach.card("sanne.card");
    let before = coordinator.dump();

    let forged = coach.temp.path().join("forged.card");
    let text = std::fs::read_to_string(&card).unwrap();
    std::fs::write(&forged, text.replace("name Sanne", "name Mila")).unwrap();
    let err = coordinator.fails(&["trust", forged.to_str().unwrap()]);
    assert!(err.contains("onderweg veranderd"), "{err}");

    let other = coach.temp.path().join("notes.txt");
    std::fs::write(&other, "boodschappen").unwrap();
    let err = coordinator.fails(&["trust", other.to_str().unwrap()]);
    assert!(err.contains("geen stagecoach-kaart"), "{err}");

    let missing = coach.temp.path().join("missing.card");
    let err = coordinator.fails(&["trust", missing.to_str().unwrap()]);
    assert!(err.contains("kon niet gelezen"), "{err}");

    let own = coordinator.card("mila.card");
    let err = coordinator.fails(&["trust", own.to_str().unwrap()]);
    assert!(err.contains("dit apparaat zelf"), "{err}");

    assert_eq!(before, coordinator.dump(), "the database is unchanged");
}

#[test]
fn a_known_device_with_other_keys_is_refused() {
    let coach = init("coach", "Sanne");
    let coordinator = init("coordinator", "Mila");
    let card = coach.card("sanne.card");
    coordinator.ok(&["trust", card.to_str().unwrap()]);
    // The same device, its keys file lost and remade: to the coordinator that looks like an
    // impostor, and must be settled in person.
    std::fs::remove_file(coach.dir().join("device.keys")).unwrap();
    let remade = coach.card("sanne-new.card");
    let err = coordinator.fails(&["trust", remade.to_str().unwrap()]);
    assert!(err.contains("andere sleutels"), "{err}");
}

#[test]
fn a_shared_folder_carries_the_bundles_both_ways() {
    let mila = init("coordinator", "Mila");
    let sanne = init("coach", "Sanne");
    mila.ok(&["trust", sanne.card("sanne.card").to_str().unwrap()]);
    sanne.ok(&["trust", mila.card("mila.card").to_str().unwrap()]);
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_str().unwrap();
    let code = mila.add_coachee("Aziz", "Bakker");
    mila.ok(&["assign", &code, "Sanne"]);

    mila.ok(&["sync", "--folder", folder]);
    // A file that is not for Sanne, and one that is no bundle, are left alone.
    std::fs::write(shared.path().join("boodschappen.txt"), "brood").unwrap();
    sanne.ok(&["sync", "--folder", folder]);
    assert_eq!(
        sanne.json(&["list", "coachees", "--json"])[0]["code"],
        code.as_str()
    );

    sanne.ok(&[
        "log",
        &code,
        "--type",
        "stagebezoek",
        "--summary",
        "Via de gedeelde map",
        "--minutes",
        "40",
    ]);
    sanne.ok(&["sync", "--folder", folder]);
    mila.ok(&["sync", "--folder", folder]);
    let sessions = mila.json(&["list", "sessions", "--json"]);
    assert_eq!(sessions[0]["summary"], "Via de gedeelde map");
    // Nothing new the second time round: the same bundles are not imported twice.
    let before = mila.dump();
    mila.ok(&["sync", "--folder", folder]);
    let after = mila.dump();
    let exchange = |dump: &Vec<stagecoach::store::maintenance::TreeDump>| {
        dump.iter()
            .filter(|(name, _)| *name != "peer_exchange")
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(exchange(&after), exchange(&before));
}
