//! A choice among a thousand employers, headless: Enter or a letter on the placement form's
//! employer opens a picker, sorted by name, that a fuzzy search narrows as the user types;
//! Enter takes the option pointed at, Esc keeps what was chosen, and a paste goes into the
//! search.

mod common;

use common::screen::{Fixture, act, app, demo_store, press, screen, typed};
use stagecoach::app::{Action, App};
use stagecoach::domain::{Employer, Role};
use stagecoach::i18n::Lang;
use stagecoach::service::actions;

const TRADES: [&str; 10] = [
    "Bakkerij",
    "Garage",
    "Zorgcentrum",
    "Kapsalon",
    "Supermarkt",
    "Drukkerij",
    "Hotel",
    "Installatiebedrijf",
    "Kinderopvang",
    "Timmerwerkplaats",
];
const NAMES: [&str; 10] = [
    "De Korenaar",
    "Van Dijk",
    "Het Anker",
    "De Linde",
    "Oost",
    "Zonnehoek",
    "De Vaart",
    "Meerzicht",
    "De Eik",
    "Noorderlicht",
];

/// The demo programme with a thousand employers more, and the placement form open on the
/// employer field.
fn placement_form_with_many_employers(f: &mut Fixture) -> App {
    for n in 0..1000 {
        let name = format!(
            "{} {} {}",
            TRADES[n % 10],
            NAMES[(n / 10) % 10],
            n / 100 + 1
        );
        let employer = Employer {
            name,
            ..Default::default()
        };
        actions::add_employer(&mut f.store, employer).unwrap();
    }
    // One name that exists once, to be found.
    let unique = Employer {
        name: "Fietsenmaker Spaak & Zoon".into(),
        ..Default::default()
    };
    actions::add_employer(&mut f.store, unique).unwrap();
    let mut app = app(f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Top);
    act(&mut app, &mut f.store, Action::Placements);
    let form = app.form.as_mut().expect("the placement form opens");
    let at = form
        .fields
        .iter()
        .position(|f| f.name == "employer")
        .unwrap();
    form.focus_on(at);
    app
}

fn picked(app: &App) -> Vec<String> {
    let form = app.form.as_ref().unwrap();
    let stagecoach::app::form::Input::Choice(options) = &form.focused().input else {
        panic!("the employer is a choice");
    };
    let picker = form.picker.as_ref().expect("the picker is open");
    picker
        .matches
        .iter()
        .map(|&i| options[i].label.render(Lang::Nl))
        .collect()
}

fn chosen_name(app: &App) -> String {
    let form = app.form.as_ref().unwrap();
    let stagecoach::app::form::Input::Choice(options) = &form.focused().input else {
        panic!("the employer is a choice");
    };
    let value = form.text("employer");
    options
        .iter()
        .find(|o| o.code == value)
        .map(|o| o.label.render(Lang::Nl))
        .unwrap_or_default()
}

#[test]
fn enter_opens_every_employer_sorted_and_a_search_narrows_them() {
    let mut f = demo_store(Role::Coach);
    let mut app = placement_form_with_many_employers(&mut f);
    press(&mut app, &mut f.store, "Enter");
    let all = picked(&app);
    assert!(all.len() > 1000, "every employer: {}", all.len());
    let mut sorted = all.clone();
    sorted.sort_by_key(|name| name.to_lowercase());
    assert_eq!(all, sorted, "in name order");

    typed(&mut app, &mut f.store, "fietsspk");
    assert_eq!(
        picked(&app),
        ["Fietsenmaker Spaak & Zoon"],
        "letters may be skipped"
    );
    press(&mut app, &mut f.store, "Enter");
    assert!(app.form.as_ref().unwrap().picker.is_none());
    assert_eq!(chosen_name(&app), "Fietsenmaker Spaak & Zoon");
    assert!(
        !f.store.draft_keys().unwrap().is_empty(),
        "the choice is in the draft at once"
    );
}

#[test]
fn a_letter_starts_the_search_and_esc_keeps_the_earlier_choice() {
    let mut f = demo_store(Role::Coach);
    let mut app = placement_form_with_many_employers(&mut f);
    typed(&mut app, &mut f.store, "zorg linde");
    let found = picked(&app);
    assert!(found.len() >= 10, "{found:?}");
    assert!(
        found
            .iter()
            .all(|name| name.starts_with("Zorgcentrum De Linde"))
    );
    press(&mut app, &mut f.store, "Down");
    press(&mut app, &mut f.store, "Enter");
    let first_choice = chosen_name(&app);
    assert_eq!(first_choice, found[1]);

    press(&mut app, &mut f.store, "Enter");
    typed(&mut app, &mut f.store, "garage");
    press(&mut app, &mut f.store, "Esc");
    assert!(app.form.is_some(), "Esc closed the picker, not the form");
    assert_eq!(chosen_name(&app), first_choice, "and kept the choice");
}

#[test]
fn a_paste_goes_into_the_search() {
    let mut f = demo_store(Role::Coach);
    let mut app = placement_form_with_many_employers(&mut f);
    press(&mut app, &mut f.store, "Enter");
    let effects = stagecoach::app::form::keys::form_paste(&mut app, "Spaak\n");
    assert!(effects.is_empty(), "a paste chooses nothing by itself");
    assert_eq!(
        picked(&app)[0],
        "Fietsenmaker Spaak & Zoon",
        "the best match first"
    );
    assert_eq!(
        app.form.as_ref().unwrap().picker.as_ref().unwrap().query,
        "Spaak"
    );
}

#[test]
fn snapshots_of_the_picker() {
    let mut f = demo_store(Role::Coach);
    let mut app = placement_form_with_many_employers(&mut f);
    typed(&mut app, &mut f.store, "bakk kor");
    insta::assert_snapshot!("employer_picker_120x40", screen(&app, 120, 40));
    insta::assert_snapshot!("employer_picker_80x24", screen(&app, 80, 24));
}

#[test]
fn the_placement_form_opens_on_the_employer_as_a_new_placement_is_chosen_already() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Placements);
    let form = app.form.as_ref().unwrap();
    assert_eq!(form.text("target"), "", "a new placement");
    assert_eq!(form.focused().name, "employer");
}
