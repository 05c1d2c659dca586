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

    // A habitual j (down, and yes elsewhere) does not erase: this question wants a capital.
    act(&mut app, &mut f.store, Action::Delete);
    press(&mut app, &mut f.store, "j");
    assert!(f.store.get::<Coachee>(chosen.id).unwrap().is_some());
    act(&mut app, &mut f.store, Action::Delete);
    press(&mut app, &mut f.store, "J");
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

#[test]
fn a_capital_a_erases_leaving_the_anonymous_trace() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Top);
    let chosen = app.detail.as_ref().unwrap().coachee.clone();
    assert!(f.store.traces().unwrap().is_empty());
    act(&mut app, &mut f.store, Action::Delete);
    let asked = screen(&app, 100, 30);
    assert!(asked.contains("A (hoofdletter)"), "{asked}");
    // A lower-case a is no answer either.
    press(&mut app, &mut f.store, "a");
    assert!(f.store.get::<Coachee>(chosen.id).unwrap().is_some());
    act(&mut app, &mut f.store, Action::Delete);
    press(&mut app, &mut f.store, "A");
    assert!(f.store.get::<Coachee>(chosen.id).unwrap().is_none());
    assert_eq!(f.store.traces().unwrap().len(), 1);
    assert!(screen(&app, 100, 30).contains("anoniem spoor"));
}

#[test]
fn the_agenda_lists_minors_without_a_parents_consent_and_files_past_retention() {
    use stagecoach::app::tabs::agenda::Section;
    use stagecoach::service::{actions, retention};

    let mut f = demo_store(Role::Coordinator);
    let today = common::screen::today();
    // A fourteen-year-old whose consent is not on file.
    let mut young: Coachee = f.store.coachees().unwrap()[0].coachee.clone();
    young.birth_date = today.checked_sub_months(chrono::Months::new(14 * 12 + 2));
    young.consent = None;
    actions::update_coachee(&mut f.store, young.clone(), today).unwrap();
    // A programme that keeps closed files a month: the demo's closed ones are past it.
    retention::set_retention(&mut f.store, 1).unwrap();
    let due = retention::due_here(&f.store, today).unwrap();
    assert!(
        !due.is_empty(),
        "the demo has files closed more than a month ago"
    );

    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabAgenda);
    let in_section = |section| -> Vec<_> {
        app.agenda
            .iter()
            .filter(|r| r.section == section)
            .map(|r| r.coachee)
            .collect()
    };
    assert_eq!(in_section(Section::ConsentMissing), vec![young.id]);
    let mut expected: Vec<_> = due.iter().map(|d| d.coachee.id).collect();
    let mut listed = in_section(Section::ToErase);
    expected.sort();
    listed.sort();
    assert_eq!(listed, expected);
    // They come last, after the day's work: the bottom of the list shows them.
    act(&mut app, &mut f.store, Action::Bottom);
    let drawn = screen(&app, 100, 40);
    assert!(
        drawn.contains("Jonger dan 16 zonder toestemming"),
        "{drawn}"
    );
    assert!(drawn.contains("Te verwijderen"), "{drawn}");

    // The caseload marks the young person too.
    act(&mut app, &mut f.store, Action::TabCaseload);
    app.caseload.select_id(young.id);
    let caseload = screen(&app, 120, 40);
    let line = caseload
        .lines()
        .find(|l| l.contains(young.code.as_str()))
        .unwrap();
    assert!(line.contains('§'), "{line}");
}

#[test]
fn withdrawing_consent_in_the_profile_form_offers_the_erasure() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Top);
    let chosen = app.detail.as_ref().unwrap().coachee.clone();
    assert!(chosen.consent.as_ref().is_some_and(|k| k.is_active()));
    act(&mut app, &mut f.store, Action::Edit);
    {
        let form = app.form.as_mut().expect("e opens the profile form");
        form.focus = form
            .fields
            .iter()
            .position(|field| field.name == "consent:withdrawn")
            .expect("the form has a withdrawal date");
    }
    common::screen::typed(&mut app, &mut f.store, "20-11-2026");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    let stored: Coachee = f.store.get(chosen.id).unwrap().unwrap();
    let consent = stored.consent.unwrap();
    assert_eq!(
        consent.withdrawn,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 20)
    );
    assert!(!consent.is_active());
    assert_eq!(stored.consent_history.last(), Some(&consent));
    // The question to erase follows at once; a no keeps the file.
    assert!(
        matches!(app.popups.last(), Some(Popup::ConfirmForget(plan)) if plan.coachee.id == chosen.id)
    );
    press(&mut app, &mut f.store, "n");
    assert!(f.store.get::<Coachee>(chosen.id).unwrap().is_some());
}

/// A report that trips several warnings at once: a BSN-like number and three kinds of special
/// data. At 80×24 the warning is longer than its panel.
const MANY_WARNINGS: &str = "Moskee bezocht, BSN 123456782, strafblad, ook depressie.";

#[test]
fn a_long_privacy_warning_scrolls_so_every_line_can_be_read_at_80x24() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::NewSession);
    let form = app.form.as_mut().unwrap();
    let at = form
        .fields
        .iter()
        .position(|f| f.name == "summary")
        .unwrap();
    form.focus_on(at);
    common::screen::typed(&mut app, &mut f.store, MANY_WARNINGS);
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.as_ref().unwrap().privacy.as_ref().unwrap().len() >= 3);
    let first = screen(&app, 80, 24);
    assert!(
        first.contains("PageDown/PageUp"),
        "it says there is more:\n{first}"
    );
    insta::assert_snapshot!("privacy_warning_80x24", first);
    // Paging down reaches the warning's last line: the choice the user has.
    for _ in 0..10 {
        page(&mut app, &mut f.store, "PageDown");
    }
    let last = screen(&app, 80, 24);
    assert!(last.contains("als het zo moet blijven."), "{last}");
    assert_eq!(
        app.form.as_ref().unwrap().text("summary"),
        MANY_WARNINGS,
        "paging touched nothing"
    );
    page(&mut app, &mut f.store, "PageUp");
    assert_ne!(screen(&app, 80, 24), last, "and back up at once");
}

/// A paging key, and what the loop does after it: the scroll stays within the warning.
fn page(app: &mut stagecoach::app::App, store: &mut stagecoach::store::Store, key: &str) {
    press(app, store, key);
    let size = ratatui::layout::Rect::new(0, 0, 80, 24);
    let limit = stagecoach::ui::warning_scroll_limit(app, size);
    let form = app.form.as_mut().unwrap();
    form.privacy_scroll = form.privacy_scroll.min(limit);
}
