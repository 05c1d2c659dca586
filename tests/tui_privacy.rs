//! Erasure from the screen, headless: `d` on a young person in the list asks first, naming
//! them and everything that goes, and only a yes erases them.

mod common;

use common::screen::{act, app, demo_store, press, screen};
use stagecoach::app::{Action, Pane, Popup};
use stagecoach::domain::{Coachee, Role};
use stagecoach::i18n::Lang;
use stagecoach::service::erasure;

#[test]
fn delete_on_a_young_person_asks_with_what_goes_and_only_yes_erases() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Top);
    assert_eq!(app.focus, Pane::List);
    let chosen = app.detail.as_ref().unwrap().coachee.clone();
    let sessions = app.detail.as_ref().unwrap().sessions.len();
    let listed = app.caseload.len();

    act(&mut app, &mut f.store, Action::Delete);
    let Some(Popup::ConfirmForget(plan)) = app.popups.last() else {
        panic!("d on a young person asks first: {:?}", app.popups);
    };
    assert_eq!(plan.coachee.id, chosen.id);
    assert_eq!(plan.sessions, sessions);
    let asked = screen(&app, 100, 30);
    assert!(asked.contains(&chosen.full_name()), "{asked}");
    assert!(asked.contains(&format!("{sessions} contacten")), "{asked}");
    insta::assert_snapshot!("forget_question_100x30", asked);

    // Any key but yes leaves everything as it was.
    press(&mut app, &mut f.store, "n");
    assert!(app.popups.is_empty());
    assert!(f.store.get::<Coachee>(chosen.id).unwrap().is_some());
    assert_eq!(app.caseload.len(), listed);

    act(&mut app, &mut f.store, Action::Delete);
    press(&mut app, &mut f.store, "j");
    assert!(app.popups.is_empty());
    assert!(f.store.get::<Coachee>(chosen.id).unwrap().is_none());
    assert_eq!(app.caseload.len(), listed - 1);
    assert!(
        app.caseload
            .all_rows()
            .iter()
            .all(|r| r.coachee.id != chosen.id),
        "gone from the list"
    );
    let said = screen(&app, 100, 30);
    assert!(
        said.contains(&format!("{} is gewist", chosen.code.as_str())),
        "{said}"
    );

    // The screen's loop rewrites the files next; here, as there, that leaves nothing owed.
    assert!(erasure::owed(&f.store).unwrap());
    let (store, settled) = erasure::settle(f.store).unwrap();
    assert!(settled.erased && settled.vacuumed);
    assert!(!erasure::owed(&store).unwrap());
}
