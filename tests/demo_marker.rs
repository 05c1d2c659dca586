//! Demo data never mixes with real work (issue 13, item 7): a database filled by `demo` says
//! so on the status line, also after a backup and restore, and a real database refuses its
//! bundles — even in a dry run — with nothing changed.

mod common;

use common::Env;
use common::screen::{app, demo_store, screen};
use stagecoach::domain::Role;
use stagecoach::i18n::Lang;

/// A demo coordinator whose bundle is addressed to `to`.
fn demo_bundle_for(to: &Env, name: &str) -> std::path::PathBuf {
    let mila = Env::coordinator_demo();
    let card = to.card(&format!("{name}.card"));
    mila.ok(&["trust", card.to_str().unwrap()]);
    let bundle = to.temp.path().join("from-demo.stagecoach");
    mila.ok(&["export", "--for", name, "--to", bundle.to_str().unwrap()]);
    bundle
}

#[test]
fn the_status_line_says_demo_only_on_a_demo_database() {
    let f = demo_store(Role::Coach);
    let frame = screen(&app(&f, Lang::Nl), 80, 24);
    let status = frame.lines().nth(22).unwrap();
    assert!(status.starts_with("demo: verzonnen jongeren"), "{status}");
    assert!(f.store.is_demo().unwrap());

    let real = Env::new();
    real.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    let store = common::open_in_test(&real.dir());
    assert!(!store.is_demo().unwrap());
}

#[test]
fn a_real_database_refuses_a_bundle_from_a_demo_database() {
    let kim = Env::new();
    kim.ok(&["init", "--name", "Kim", "--role", "coach"]);
    let bundle = demo_bundle_for(&kim, "Kim");
    let before = kim.dump();
    for extra in [&["--trust"][..], &["--trust", "--dry-run"], &[]] {
        let mut args = vec!["import", bundle.to_str().unwrap()];
        args.extend_from_slice(extra);
        let said = kim.fails(&args);
        assert!(said.contains("demodatabase"), "{extra:?}: {said}");
        assert!(said.contains("stagecoach init"), "{said}");
        assert_eq!(kim.dump(), before, "{extra:?} changed nothing");
    }
    let english = kim
        .cmd()
        .args([
            "--lang",
            "en",
            "import",
            bundle.to_str().unwrap(),
            "--trust",
        ])
        .output()
        .unwrap();
    assert_eq!(english.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&english.stderr).contains("demo database"));
}

#[test]
fn a_demo_database_takes_in_demo_bundles_and_keeps_its_mark_through_a_backup() {
    let kim = Env::coach_demo();
    let bundle = demo_bundle_for(&kim, "Demo-coach");
    kim.ok(&["import", bundle.to_str().unwrap(), "--trust"]);

    let backup = kim.temp.path().join("demo.backup");
    kim.ok(&["backup", "--to", backup.to_str().unwrap()]);
    let restored = Env::new();
    std::fs::create_dir_all(restored.dir()).unwrap();
    std::fs::copy(
        kim.dir().join("device.keys"),
        restored.dir().join("device.keys"),
    )
    .unwrap();
    restored.ok(&["restore", backup.to_str().unwrap()]);
    assert!(common::open_in_test(&restored.dir()).is_demo().unwrap());
}
