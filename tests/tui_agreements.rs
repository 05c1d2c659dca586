//! A session's agreements as a small form of their own, headless: typing on *Afspraken* opens
//! it with what was typed, the due date is read in words, Enter on its last field adds the
//! agreement, Esc adds nothing, an agreement without text is refused at its field, Backspace
//! takes one out, and a saved session keeps every agreement as the command line writes them.

mod common;

use chrono::NaiveDate;
use common::screen::{Fixture, demo_store, new_session_focused_on, press, screen, typed};
use stagecoach::app::App;
use stagecoach::domain::{AgreementOwner, EntityId, Role};

/// A new session for the first young person who takes one, its agreements focused.
fn agreements_of_new_session(f: &mut Fixture) -> (App, EntityId) {
    let app = new_session_focused_on(f, "agreements");
    let id = app.detail.as_ref().unwrap().coachee.id;
    (app, id)
}

fn agreements(app: &App) -> String {
    app.form.as_ref().unwrap().text("agreements").to_string()
}

fn sub_focus(app: &App) -> Option<String> {
    let sub = app.form.as_ref().unwrap().sub.as_ref()?;
    Some(sub.focused().name.clone())
}

/// Friday after the demo's today (Monday 23-11-2026).
const FRIDAY: &str = "27-11-2026";

#[test]
fn typing_opens_a_new_agreement_and_enter_on_the_due_date_adds_it() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = agreements_of_new_session(&mut f);
    typed(&mut app, &mut f.store, "cv sturen");
    assert_eq!(sub_focus(&app).as_deref(), Some("text"), "typing opened it");
    assert_eq!(
        app.form
            .as_ref()
            .unwrap()
            .sub
            .as_ref()
            .unwrap()
            .text("text"),
        "cv sturen"
    );
    press(&mut app, &mut f.store, "Enter");
    assert_eq!(sub_focus(&app).as_deref(), Some("due"));
    typed(&mut app, &mut f.store, "vr");
    let drawn = screen(&app, 120, 40);
    assert!(
        drawn.contains("→ vr 27-11-2026"),
        "the date it understood:\n{drawn}"
    );
    press(&mut app, &mut f.store, "Enter");
    assert_eq!(sub_focus(&app), None, "added, the small form closes");
    assert_eq!(agreements(&app), format!("jongere|cv sturen|{FRIDAY}"));
    assert_eq!(
        app.form.as_ref().unwrap().focused().name,
        "agreements",
        "the focus stays on the agreements, ready for the next"
    );
    assert!(
        !f.store.draft_keys().unwrap().is_empty(),
        "the added agreement is in the draft at once"
    );
}

#[test]
fn the_owner_is_a_choice_and_a_second_agreement_goes_after_the_first() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = agreements_of_new_session(&mut f);
    typed(&mut app, &mut f.store, "cv sturen");
    press(&mut app, &mut f.store, "Ctrl-s");
    // Past the last agreement is the place of a new one: Enter opens it, empty.
    press(&mut app, &mut f.store, "Enter");
    assert_eq!(sub_focus(&app).as_deref(), Some("text"));
    press(&mut app, &mut f.store, "BackTab");
    assert_eq!(sub_focus(&app).as_deref(), Some("owner"));
    press(&mut app, &mut f.store, "Right");
    press(&mut app, &mut f.store, "Tab");
    typed(&mut app, &mut f.store, "rooster doorgeven");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert_eq!(sub_focus(&app), None);
    let owner = AgreementOwner::Coach.code();
    assert_eq!(
        agreements(&app),
        format!("cv sturen\n{owner}|rooster doorgeven"),
        "the lines the command line reads"
    );
}

#[test]
fn escape_adds_nothing_and_an_empty_text_is_refused_at_its_field() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = agreements_of_new_session(&mut f);
    press(&mut app, &mut f.store, "Enter");
    assert_eq!(sub_focus(&app).as_deref(), Some("text"));
    press(&mut app, &mut f.store, "Ctrl-s");
    let sub = app.form.as_ref().unwrap().sub.as_ref().unwrap();
    assert!(
        sub.field("text").unwrap().error.is_some(),
        "the text is asked for"
    );
    typed(&mut app, &mut f.store, "bellen");
    press(&mut app, &mut f.store, "Esc");
    assert_eq!(sub_focus(&app), None, "Esc closes the small form");
    assert_eq!(agreements(&app), "", "and adds nothing");
    assert!(app.form.is_some(), "the session form stays open");
}

#[test]
fn up_and_down_walk_the_agreements_and_backspace_takes_one_out() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = agreements_of_new_session(&mut f);
    for text in ["eerste", "tweede", "derde"] {
        typed(&mut app, &mut f.store, text);
        press(&mut app, &mut f.store, "Ctrl-s");
    }
    press(&mut app, &mut f.store, "Up");
    press(&mut app, &mut f.store, "Up");
    assert_eq!(
        app.form.as_ref().unwrap().focused().cursor,
        1,
        "on the second"
    );
    press(&mut app, &mut f.store, "Backspace");
    assert_eq!(agreements(&app), "eerste\nderde");
    // Ctrl-Z puts it back where it was, and Backspace takes it out again.
    press(&mut app, &mut f.store, "Ctrl-z");
    assert_eq!(agreements(&app), "eerste\ntweede\nderde");
    press(&mut app, &mut f.store, "Backspace");
    assert_eq!(agreements(&app), "eerste\nderde");
    // Enter opens the one pointed at, to be mended.
    press(&mut app, &mut f.store, "Enter");
    let sub = app.form.as_ref().unwrap().sub.as_ref().unwrap();
    assert_eq!(sub.text("text"), "derde");
    press(&mut app, &mut f.store, "Tab");
    typed(&mut app, &mut f.store, "morgen");
    press(&mut app, &mut f.store, "Enter");
    assert_eq!(agreements(&app), "eerste\njongere|derde|24-11-2026");
    // Up past the first agreement moves on to the field above.
    for _ in 0..3 {
        press(&mut app, &mut f.store, "Up");
    }
    assert_ne!(app.form.as_ref().unwrap().focused().name, "agreements");
}

#[test]
fn a_saved_session_keeps_its_agreements() {
    let mut f = demo_store(Role::Coach);
    let (mut app, id) = agreements_of_new_session(&mut f);
    let form = app.form.as_mut().unwrap();
    form.field_mut("summary").unwrap().value = "Afspraken gemaakt.".into();
    typed(&mut app, &mut f.store, "cv sturen");
    press(&mut app, &mut f.store, "Tab");
    typed(&mut app, &mut f.store, "vr");
    press(&mut app, &mut f.store, "Enter");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "saved:\n{}", screen(&app, 120, 40));
    let saved = f
        .store
        .sessions_of(id)
        .unwrap()
        .into_iter()
        .find(|s| s.summary == "Afspraken gemaakt.")
        .unwrap();
    assert_eq!(saved.agreements.len(), 1);
    assert_eq!(saved.agreements[0].text, "cv sturen");
    assert_eq!(saved.agreements[0].owner, AgreementOwner::Coachee);
    assert_eq!(
        saved.agreements[0].due,
        NaiveDate::from_ymd_opt(2026, 11, 27)
    );
}

#[test]
fn snapshots_of_the_small_form() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = agreements_of_new_session(&mut f);
    typed(&mut app, &mut f.store, "eerste");
    press(&mut app, &mut f.store, "Ctrl-s");
    typed(&mut app, &mut f.store, "stageverslag inleveren");
    press(&mut app, &mut f.store, "Tab");
    typed(&mut app, &mut f.store, "over 2 weken");
    insta::assert_snapshot!("agreement_form_120x40", screen(&app, 120, 40));
    insta::assert_snapshot!("agreement_form_80x24", screen(&app, 80, 24));
}
