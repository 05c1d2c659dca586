//! The sync tab driven headless: peers and an open conflict on screen, settling it with a key,
//! an import previewed before a yes, and a coordinator assigning a coach from a form.

mod common;

use std::path::{Path, PathBuf};

use common::screen::{app, press, screen, today, typed};
use stagecoach::app::{Popup, Tab};
use stagecoach::domain::{Coachee, Role};
use stagecoach::i18n::Lang;
use stagecoach::service::actions;
use stagecoach::store::Store;
use stagecoach::store::maintenance::dump;
use stagecoach::sync::export::{self, Recipient};
use stagecoach::sync::import::{self, ImportOptions};
use stagecoach::sync::{self, Card};

struct Laptop {
    dir: tempfile::TempDir,
    fixture: common::screen::Fixture,
}

impl Laptop {
    fn new(role: Role, name: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::init(&dir.path().join("data"), name, role, today()).unwrap();
        Laptop {
            fixture: common::screen::Fixture {
                _dir: tempfile::tempdir().unwrap(),
                store,
            },
            dir,
        }
    }

    fn store(&mut self) -> &mut Store {
        &mut self.fixture.store
    }

    fn card(&self) -> Card {
        sync::own_card(&self.fixture.store).unwrap().0
    }

    fn trust(&self, other: &Laptop) {
        let (card, keys) = sync::own_card(&other.fixture.store).unwrap();
        let path = self.dir.path().join("peer.card");
        std::fs::write(&path, card.to_text(&keys)).unwrap();
        sync::trust(&self.fixture.store, &path, Default::default(), today()).unwrap();
    }

    /// A bundle for `to` in a fresh folder.
    fn bundle_for(&self, to: &Laptop) -> PathBuf {
        let peer = sync::peers(&self.fixture.store)
            .unwrap()
            .into_iter()
            .find(|p| p.card.device == to.card().device)
            .unwrap();
        let (_, keys) = sync::own_card(&self.fixture.store).unwrap();
        let out = tempfile::tempdir().unwrap().keep();
        export::export(
            &self.fixture.store,
            &keys,
            Recipient::Peer(&peer),
            false,
            &out,
            today(),
        )
        .unwrap()
        .path
    }

    fn import(&mut self, file: &Path) {
        let (_, keys) = sync::own_card(self.store()).unwrap();
        let options = ImportOptions {
            trust_new: true,
            ..ImportOptions::default()
        };
        import::import_file(self.store(), &keys, file, options, today()).unwrap();
    }
}

/// Mila assigns one coachee to Sanne, and Sanne has taken the bundle in.
fn programme() -> (Laptop, Laptop, Coachee) {
    let mut mila = Laptop::new(Role::Coordinator, "Mila");
    let mut sanne = Laptop::new(Role::Coach, "Sanne");
    mila.trust(&sanne);
    let coachee = Coachee {
        first_name: "Aziz".into(),
        last_name: "Bakker".into(),
        ..Coachee::default()
    };
    let added = actions::add_coachee(mila.store(), coachee, today())
        .unwrap()
        .record;
    let sanne_ref = stagecoach::domain::CoachRef {
        device: sanne.card().device,
        name: "Sanne".into(),
    };
    let assigned = actions::assign(mila.store(), &added, sanne_ref).unwrap();
    let bundle = mila.bundle_for(&sanne);
    sanne.import(&bundle);
    (mila, sanne, assigned)
}

/// Random keys and codes replaced, so the screen can be compared with a snapshot.
fn stable(text: String, laptops: &[&Laptop], code: &str) -> String {
    let mut text = text.replace(code, "CODE");
    for laptop in laptops {
        text = text.replace(&laptop.card().fingerprint(), "XXXX-XXXX-XXXX-XXXX");
    }
    text
}

fn set_phone(laptop: &mut Laptop, coachee: &Coachee, phone: &str) {
    let current: Coachee = laptop.store().get(coachee.id).unwrap().unwrap();
    let edited = Coachee {
        phone: phone.into(),
        ..current
    };
    actions::update_coachee(laptop.store(), edited, today()).unwrap();
}

#[test]
fn the_sync_tab_shows_peers_and_a_conflict_that_one_key_settles() {
    let (mut mila, mut sanne, coachee) = programme();
    sanne.trust(&mila);
    set_phone(&mut mila, &coachee, "06-11111111");
    set_phone(&mut sanne, &coachee, "06-22222222");
    let to_sanne = mila.bundle_for(&sanne);
    sanne.import(&to_sanne);

    let mut app = app(&sanne.fixture, Lang::Nl);
    assert_eq!(
        app.owner.conflicts, 1,
        "the status line counts the conflict"
    );
    press(&mut app, sanne.store(), "5");
    assert_eq!(app.tab, Tab::Sync);
    let code = coachee.code.to_string();
    insta::assert_snapshot!(stable(screen(&app, 100, 30), &[&mila, &sanne], &code));

    press(&mut app, sanne.store(), "m");
    assert_eq!(app.owner.conflicts, 0);
    let kept: Coachee = sanne.store().get(coachee.id).unwrap().unwrap();
    assert_eq!(kept.phone, "06-22222222", "m keeps this laptop's value");
    assert!(screen(&app, 100, 30).contains("Geen open conflicten"));
    // The choice travels: Mila's conflict is gone after Sanne's next bundle.
    let to_mila = sanne.bundle_for(&mila);
    mila.import(&to_mila);
    assert_eq!(mila.store().conflict_count(), 0);
    let at_mila: Coachee = mila.store().get(coachee.id).unwrap().unwrap();
    assert_eq!(at_mila.phone, "06-22222222");
}

#[test]
fn an_import_from_the_sync_tab_is_previewed_and_needs_a_yes() {
    let mut mila = Laptop::new(Role::Coordinator, "Mila");
    let mut sanne = Laptop::new(Role::Coach, "Sanne");
    mila.trust(&sanne);
    let added = actions::add_coachee(
        mila.store(),
        Coachee {
            first_name: "Bo".into(),
            last_name: "Claes".into(),
            ..Coachee::default()
        },
        today(),
    )
    .unwrap()
    .record;
    let sanne_ref = stagecoach::domain::CoachRef {
        device: sanne.card().device,
        name: "Sanne".into(),
    };
    actions::assign(mila.store(), &added, sanne_ref).unwrap();
    let bundle = mila.bundle_for(&sanne);

    let mut app = app(&sanne.fixture, Lang::Nl);
    let open_preview = |app: &mut stagecoach::app::App, store: &mut Store| {
        press(app, store, "5");
        press(app, store, "i");
        for _ in 0..200 {
            press(app, store, "Backspace");
        }
        typed(app, store, bundle.to_str().unwrap());
        press(app, store, "Down");
        press(app, store, "Space");
        press(app, store, "Ctrl-s");
    };
    let before = dump(sanne.store()).unwrap();
    open_preview(&mut app, sanne.store());
    assert!(matches!(app.popups.last(), Some(Popup::ImportPreview(_))));
    let shown = screen(&app, 100, 30);
    assert!(shown.contains("Deze bundel importeren?"), "{shown}");
    assert!(shown.contains("Mila"), "{shown}");
    press(&mut app, sanne.store(), "n");
    assert_eq!(
        dump(sanne.store()).unwrap(),
        before,
        "no means nothing changes"
    );
    assert!(app.caseload.is_empty());

    open_preview(&mut app, sanne.store());
    press(&mut app, sanne.store(), "j");
    assert!(app.popups.is_empty());
    assert_eq!(
        app.caseload.total(),
        1,
        "the coachee is in the caseload at once"
    );
    assert_eq!(
        app.exchange.as_ref().unwrap().peers.len(),
        1,
        "Mila is trusted now"
    );
}

#[test]
fn a_coordinator_assigns_a_coach_from_a_form() {
    let mut mila = Laptop::new(Role::Coordinator, "Mila");
    let sanne = Laptop::new(Role::Coach, "Sanne");
    mila.trust(&sanne);
    let added = actions::add_coachee(
        mila.store(),
        Coachee {
            first_name: "Cem".into(),
            last_name: "Dekker".into(),
            ..Coachee::default()
        },
        today(),
    )
    .unwrap()
    .record;
    let mut app = app(&mila.fixture, Lang::Nl);
    press(&mut app, mila.store(), "A");
    assert!(app.form.is_some(), "{:?}", app.message);
    press(&mut app, mila.store(), "Right");
    press(&mut app, mila.store(), "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    let saved: Coachee = mila.store().get(added.id).unwrap().unwrap();
    assert_eq!(saved.coach.unwrap().name, "Sanne");
    assert!(
        screen(&app, 120, 30).contains("Sanne"),
        "the coach column shows it"
    );
}

#[test]
fn bundles_are_written_from_the_sync_tab_for_the_ticked_recipients() {
    let (mut mila, sanne, _) = programme();
    let piet = Laptop::new(Role::Coach, "Piet");
    mila.trust(&piet);
    let folder = tempfile::tempdir().unwrap();
    let mut app = app(&mila.fixture, Lang::Nl);
    press(&mut app, mila.store(), "5");
    press(&mut app, mila.store(), "x");
    assert!(app.form.is_some(), "{:?}", app.message);
    // Both coaches are ticked; untick the first (Piet, in name order).
    press(&mut app, mila.store(), "Space");
    press(&mut app, mila.store(), "Down");
    for _ in 0..200 {
        press(&mut app, mila.store(), "Backspace");
    }
    typed(&mut app, mila.store(), folder.path().to_str().unwrap());
    press(&mut app, mila.store(), "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    let written: Vec<String> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written, vec!["sanne-2026-11-23.stagecoach".to_string()]);
    let row = app
        .exchange
        .as_ref()
        .unwrap()
        .peers
        .iter()
        .find(|p| p.name == "Sanne")
        .unwrap();
    assert_eq!(row.last_out, Some(today()));
    drop(sanne);
}
