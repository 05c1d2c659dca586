//! A dry run shows what a bundle from someone not trusted yet would do, with their
//! fingerprint, and never trusts anyone (issue 13, item 6).

mod common;

use common::Env;

/// Kim (a new coach) and a bundle from Mila (a coordinator Kim does not trust yet).
fn kim_and_a_bundle_from_mila() -> (Env, std::path::PathBuf) {
    let mila = Env::coordinator_demo();
    let kim = Env::new();
    kim.ok(&["init", "--name", "Kim", "--role", "coach"]);
    // Kim is trying the app too: her database takes in a demo programme's bundles.
    kim.mark_demo();
    let card = kim.card("kim.card");
    mila.ok(&["trust", card.to_str().unwrap()]);
    let bundle = kim.temp.path().join("from-mila.stagecoach");
    mila.ok(&["export", "--for", "Kim", "--to", bundle.to_str().unwrap()]);
    (kim, bundle)
}

#[test]
fn a_dry_run_from_an_unknown_sender_shows_the_plan_and_the_fingerprint() {
    let (kim, bundle) = kim_and_a_bundle_from_mila();
    let before = kim.dump();
    let out = kim.ok(&["import", "--dry-run", bundle.to_str().unwrap()]);
    assert!(
        out.contains("Mila") && out.contains("vingerafdruk"),
        "{out}"
    );
    assert!(out.contains("nog niet vertrouwd"), "{out}");
    assert_eq!(before, kim.dump(), "a dry run changes nothing");
    // The real import still asks for trust.
    let err = kim.fails(&["import", bundle.to_str().unwrap()]);
    assert!(err.contains("--trust"), "{err}");
    assert_eq!(before, kim.dump());
}

#[test]
fn a_dry_run_with_trust_says_it_would_trust_and_trusts_nobody() {
    let (kim, bundle) = kim_and_a_bundle_from_mila();
    let before = kim.dump();
    let out = kim.ok(&["import", "--dry-run", "--trust", bundle.to_str().unwrap()]);
    assert!(!out.contains("wordt vanaf nu vertrouwd"), "{out}");
    assert!(out.contains("zou"), "{out}");
    assert_eq!(before, kim.dump(), "nobody was trusted");
    let json = kim.json(&[
        "import",
        "--dry-run",
        "--trust",
        "--json",
        bundle.to_str().unwrap(),
    ]);
    assert_eq!(json["sender_trusted"], false);
}
