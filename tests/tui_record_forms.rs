//! The record forms, headless: registering and editing a coachee, changing a status, goals,
//! placements and employers, each saved through `update()` and checked in the database.

mod common;

use common::screen::{act, app, demo_store, press, screen, typed};
use stagecoach::app::{Action, App, Pane};
use stagecoach::domain::{Coachee, Goal, GoalStatus, Role, Status};
use stagecoach::i18n::Lang;

fn focus(app: &mut App, name: &str) {
    let form = app.form.as_mut().unwrap();
    form.focus = form
        .fields
        .iter()
        .position(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field {name}"));
}

fn field_error(app: &App, name: &str) -> Option<&'static str> {
    let form = app.form.as_ref().expect("the form is still open");
    form.field(name).unwrap().error.as_ref().map(|m| m.id)
}

#[test]
fn a_new_coachee_is_registered_with_a_code_and_selected() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let total = app.caseload.total();
    act(&mut app, &mut f.store, Action::NewCoachee);
    typed(&mut app, &mut f.store, "Noor");
    press(&mut app, &mut f.store, "Tab");
    typed(&mut app, &mut f.store, "Bakker");
    press(&mut app, &mut f.store, "Tab");
    typed(&mut app, &mut f.store, "12-03-2010");
    press(&mut app, &mut f.store, "Ctrl-s");

    assert!(app.form.is_none(), "{:?}", app.message);
    assert_eq!(app.caseload.total(), total + 1);
    let row = app.caseload.selected_row().unwrap();
    assert_eq!(row.coachee.full_name(), "Noor Bakker");
    assert_eq!(row.coachee.status, Status::Registered);
    let stored = f.store.get::<Coachee>(row.coachee.id).unwrap().unwrap();
    assert_eq!(stored.code.to_string().len(), 4);
}

#[test]
fn a_coachee_form_refuses_a_bad_email_and_a_child_consenting_alone() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let before = app.detail.as_ref().unwrap().coachee.clone();
    act(&mut app, &mut f.store, Action::Edit);
    assert_eq!(
        app.form.as_ref().unwrap().text("first_name"),
        before.first_name
    );
    focus(&mut app, "email");
    press(&mut app, &mut f.store, "End");
    typed(&mut app, &mut f.store, " x");
    focus(&mut app, "birth_date");
    for _ in 0..12 {
        press(&mut app, &mut f.store, "Backspace");
    }
    typed(&mut app, &mut f.store, "01-01-2012");
    focus(&mut app, "consent:given_by");
    typed(&mut app, &mut f.store, "j");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert_eq!(field_error(&app, "email"), Some("invalid-email"));
    assert_eq!(
        field_error(&app, "consent:given_by"),
        Some("invalid-consent-under-16")
    );
    assert_eq!(
        f.store.get::<Coachee>(before.id).unwrap().unwrap(),
        before,
        "nothing saved"
    );
}

#[test]
fn a_status_change_offers_only_allowed_steps_and_asks_a_reason_where_needed() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let coachee = app.detail.as_ref().unwrap().coachee.clone();
    act(&mut app, &mut f.store, Action::ChangeStatus);
    let offered: Vec<String> = app.form.as_ref().unwrap().fields[0]
        .options()
        .iter()
        .map(|o| o.code.clone())
        .collect();
    let allowed: Vec<String> = coachee
        .status
        .allowed_next()
        .iter()
        .map(|s| s.code().to_string())
        .collect();
    assert_eq!(offered, allowed);

    // Step to "gepauzeerd", which needs a reason.
    while app.form.as_ref().unwrap().text("status") != "gepauzeerd" {
        press(&mut app, &mut f.store, "Right");
    }
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_some(), "no reason, no pause");
    assert_eq!(
        f.store.get::<Coachee>(coachee.id).unwrap().unwrap().status,
        coachee.status
    );
    focus(&mut app, "reason");
    typed(&mut app, &mut f.store, "Examenweken");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    let stored = f.store.get::<Coachee>(coachee.id).unwrap().unwrap();
    assert_eq!(stored.status, Status::Paused);
    assert_eq!(stored.status_history.last().unwrap().reason, "Examenweken");
}

#[test]
fn the_goal_form_adds_a_goal_and_edits_an_existing_one_chosen_in_its_first_field() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let id = app.detail.as_ref().unwrap().coachee.id;
    let goals = f.store.goals_of(id).unwrap();
    assert!(!goals.is_empty());

    act(&mut app, &mut f.store, Action::Goals);
    focus(&mut app, "text");
    typed(&mut app, &mut f.store, "Op tijd komen");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    assert_eq!(f.store.goals_of(id).unwrap().len(), goals.len() + 1);

    // The form opens on the new goal's text; the first field chooses an existing goal.
    act(&mut app, &mut f.store, Action::Goals);
    assert_eq!(app.form.as_ref().unwrap().focused().name, "text");
    focus(&mut app, "target");
    press(&mut app, &mut f.store, "Right");
    let chosen = app.form.as_ref().unwrap().text("target").to_string();
    assert_eq!(chosen, goals[0].id.to_string());
    assert_eq!(app.form.as_ref().unwrap().text("text"), goals[0].text);
    focus(&mut app, "status");
    while app.form.as_ref().unwrap().text("status") != "behaald" {
        press(&mut app, &mut f.store, "Right");
    }
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    let edited = f.store.get::<Goal>(goals[0].id).unwrap().unwrap();
    assert_eq!(edited.status, Some(GoalStatus::Achieved));
    assert_eq!(edited.text, goals[0].text);
}

#[test]
fn a_placement_is_added_at_an_employer_found_by_searching_its_name() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let id = app.detail.as_ref().unwrap().coachee.id;
    let before = f.store.placements_of(id).unwrap().len();
    act(&mut app, &mut f.store, Action::Placements);
    press(&mut app, &mut f.store, "Ctrl-s");
    assert_eq!(field_error(&app, "employer"), Some("invalid-required"));

    let employer = f.store.employers().unwrap().into_iter().last().unwrap();
    focus(&mut app, "employer");
    // The demo's employers are many: typing opens the search, Enter takes the best match.
    typed(&mut app, &mut f.store, &employer.name);
    assert!(app.form.as_ref().unwrap().picker.is_some());
    press(&mut app, &mut f.store, "Enter");
    assert_eq!(
        app.form.as_ref().unwrap().text("employer"),
        employer.id.to_string()
    );
    focus(&mut app, "placement_type");
    press(&mut app, &mut f.store, "Right");
    focus(&mut app, "supervisor");
    typed(&mut app, &mut f.store, "Mw. Jansen");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    let placements = f.store.placements_of(id).unwrap();
    assert_eq!(placements.len(), before + 1);
    assert!(placements.iter().any(|p| p.supervisor == "Mw. Jansen"));
    assert_eq!(
        app.detail.as_ref().unwrap().placements.len(),
        before + 1,
        "the profile shows it at once"
    );
}

#[test]
fn an_employer_with_a_wrong_kvk_number_is_not_saved() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let before = f.store.employers().unwrap().len();
    act(&mut app, &mut f.store, Action::NewEmployer);
    typed(&mut app, &mut f.store, "Fietsenmakerij Spaak");
    focus(&mut app, "kvk");
    typed(&mut app, &mut f.store, "123");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(field_error(&app, "kvk").is_some());
    for _ in 0..3 {
        press(&mut app, &mut f.store, "Backspace");
    }
    typed(&mut app, &mut f.store, "12345678");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    assert_eq!(f.store.employers().unwrap().len(), before + 1);
}

#[test]
fn edit_on_the_session_log_edits_the_session_not_the_coachee() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    app.focus = Pane::Sessions;
    act(&mut app, &mut f.store, Action::Edit);
    assert!(app.form.as_ref().unwrap().field("summary").is_some());
}

#[test]
fn snapshot_status_form_80x24() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::ChangeStatus);
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn snapshot_coachee_form_120x40_english() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::En);
    act(&mut app, &mut f.store, Action::Edit);
    insta::assert_snapshot!(screen(&app, 120, 40));
}

#[test]
fn snapshot_placement_form_120x40() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Placements);
    insta::assert_snapshot!(screen(&app, 120, 40));
}

#[test]
fn the_welcome_form_needs_a_name_and_reads_role_and_start() {
    use stagecoach::app::Submission;
    use stagecoach::app::form::welcome::welcome_form;
    let mut form = welcome_form("/tmp/x");
    let today = common::screen::today();
    let errors = form.submission(today).unwrap_err();
    assert!(errors.mentions("name"));
    form.fields[0].value = "Sanne".into();
    form.fields[1].value = "coordinator".into();
    form.fields[2].value = "empty".into();
    assert_eq!(
        form.submission(today).unwrap(),
        Submission::Welcome {
            name: "Sanne".into(),
            role: Role::Coordinator,
            demo: false
        }
    );
}

#[test]
fn snapshot_welcome_80x24() {
    let f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    app.form = Some(stagecoach::app::form::welcome::welcome_form(
        "~/.local/share/stagecoach",
    ));
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn snapshot_goal_form_80x24() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Goals);
    focus(&mut app, "target");
    press(&mut app, &mut f.store, "Right");
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn snapshot_employer_form_120x40() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::NewEmployer);
    typed(&mut app, &mut f.store, "Fietsenmakerij Spaak");
    insta::assert_snapshot!(screen(&app, 120, 40));
}
