//! The screen's forms, headless: logging, editing and deleting a session, validation shown at
//! the fields, the privacy check before saving, and drafts that survive Esc and a restart.

mod common;

use common::screen::{Fixture, act, app, demo_store, press, screen, typed};
use stagecoach::app::{Action, App, FormKind, Pane, Popup};
use stagecoach::domain::{EntityId, Role, SessionType, Status};
use stagecoach::i18n::Lang;
use stagecoach::store::Store;

/// Selects the first coachee in the list for whom `wanted` holds.
fn select(app: &mut App, store: &mut Store, wanted: impl Fn(&App) -> bool) -> EntityId {
    act(app, store, Action::Top);
    for _ in 0..app.caseload.len() {
        if wanted(app) {
            return app.detail.as_ref().unwrap().coachee.id;
        }
        act(app, store, Action::Down);
    }
    panic!("the demo caseload has no such coachee");
}

fn with_current_placement(app: &App) -> bool {
    let detail = app.detail.as_ref().unwrap();
    detail.coachee.status.accepts_sessions() && detail.placements.iter().any(|p| p.is_current())
}

fn open_new_session(f: &mut Fixture) -> (App, EntityId) {
    let mut app = app(f, Lang::Nl);
    let id = select(&mut app, &mut f.store, with_current_placement);
    act(&mut app, &mut f.store, Action::NewSession);
    assert!(app.form.is_some(), "n opens the form");
    (app, id)
}

/// Moves the form's focus to a field by name.
fn focus(app: &mut App, name: &str) {
    let form = app.form.as_mut().unwrap();
    form.focus = form.fields.iter().position(|f| f.name == name).unwrap();
}

#[test]
fn a_new_session_is_prefilled_as_a_stage_visit_at_the_current_placement() {
    let mut f = demo_store(Role::Coach);
    let (app, _) = open_new_session(&mut f);
    let detail = app.detail.as_ref().unwrap();
    let placement = detail.placements.iter().find(|p| p.is_current()).unwrap();
    let form = app.form.as_ref().unwrap();
    assert_eq!(form.text("session_type"), "stagebezoek");
    assert_eq!(form.text("date"), "23-11-2026");
    assert_eq!(form.text("minutes"), "45");
    assert_eq!(form.text("employer"), placement.employer.to_string());
    assert_eq!(form.text("participants"), "jongere,werkgever");
    assert_eq!(
        form.text("location"),
        detail.employers[&placement.employer].name
    );
    assert_eq!(
        form.fields[form.focus].name, "summary",
        "everything but the report is filled in, so it opens there"
    );
}

#[test]
fn typing_a_summary_and_saving_stores_the_session_and_refreshes_the_panes() {
    let mut f = demo_store(Role::Coach);
    let (mut app, id) = open_new_session(&mut f);
    let before = f.store.sessions_of(id).unwrap().len();
    focus(&mut app, "summary");
    typed(
        &mut app,
        &mut f.store,
        "Sanne werkt zelfstandig aan de kassa.",
    );
    press(&mut app, &mut f.store, "Enter");
    typed(&mut app, &mut f.store, "Werkgever tevreden.");
    press(&mut app, &mut f.store, "Ctrl-s");

    assert!(app.form.is_none(), "the form closes after saving");
    let sessions = f.store.sessions_of(id).unwrap();
    assert_eq!(sessions.len(), before + 1);
    let saved = sessions
        .iter()
        .find(|s| s.summary.starts_with("Sanne"))
        .expect("the new session is stored");
    assert_eq!(
        saved.summary,
        "Sanne werkt zelfstandig aan de kassa.\nWerkgever tevreden."
    );
    assert_eq!(saved.kind(), SessionType::StageVisit);
    assert!(saved.employer.is_some());
    assert_eq!(app.detail.as_ref().unwrap().sessions.len(), before + 1);
    let row = app.caseload.selected_row().unwrap();
    assert_eq!(row.coachee.id, id, "the coachee stays selected");
    assert_eq!(
        row.contact.as_ref().unwrap().last_contact,
        Some(common::screen::today())
    );
    assert!(
        f.store.draft_keys().unwrap().is_empty(),
        "a saved form leaves no draft behind"
    );
}

#[test]
fn every_problem_is_shown_at_its_field_and_nothing_is_saved() {
    let mut f = demo_store(Role::Coach);
    let (mut app, id) = open_new_session(&mut f);
    let before = f.store.sessions_of(id).unwrap().len();
    focus(&mut app, "date");
    press(&mut app, &mut f.store, "End");
    for _ in 0..10 {
        press(&mut app, &mut f.store, "Backspace");
    }
    typed(&mut app, &mut f.store, "31-02");
    focus(&mut app, "next_contact");
    typed(&mut app, &mut f.store, "gisteren");
    press(&mut app, &mut f.store, "Ctrl-s");

    let form = app.form.as_ref().expect("the form stays open");
    let error = |name: &str| form.field(name).unwrap().error.clone();
    assert_eq!(error("date").unwrap().id, "date-no-such-day");
    assert_eq!(error("summary").unwrap().id, "invalid-required");
    assert!(error("minutes").is_none());
    assert_eq!(
        form.fields[form.focus].name, "date",
        "first problem focused"
    );
    assert_eq!(f.store.sessions_of(id).unwrap().len(), before);

    typed(&mut app, &mut f.store, "x");
    let form = app.form.as_ref().unwrap();
    assert!(
        form.field("date").unwrap().error.is_none(),
        "typing clears the field's message"
    );
}

#[test]
fn escape_keeps_a_draft_that_comes_back_and_ctrl_d_discards_it() {
    let mut f = demo_store(Role::Coach);
    let (mut app, id) = open_new_session(&mut f);
    focus(&mut app, "summary");
    typed(&mut app, &mut f.store, "Halverwege");
    let key = FormKind::NewSession(id).draft_key();
    assert!(
        f.store.draft(&key).unwrap().is_some(),
        "stored while typing, before any Esc"
    );
    press(&mut app, &mut f.store, "Esc");
    assert!(app.form.is_none());

    act(&mut app, &mut f.store, Action::NewSession);
    assert_eq!(app.form.as_ref().unwrap().text("summary"), "Halverwege");
    assert_eq!(app.message.as_ref().unwrap().id, "form-draft-restored");

    // Ctrl-D asks first; any key but yes keeps the draft and the form.
    press(&mut app, &mut f.store, "Ctrl-d");
    assert!(app.form.is_some(), "asked, not yet thrown away");
    assert!(screen(&app, 120, 40).contains("Concept weggooien?"));
    press(&mut app, &mut f.store, "n");
    assert_eq!(app.form.as_ref().unwrap().text("summary"), "Halverwege");
    assert!(f.store.draft(&key).unwrap().is_some());

    press(&mut app, &mut f.store, "Ctrl-d");
    press(&mut app, &mut f.store, "j");
    assert!(app.form.is_none());
    assert!(f.store.draft(&key).unwrap().is_none());
    act(&mut app, &mut f.store, Action::NewSession);
    assert_eq!(app.form.as_ref().unwrap().text("summary"), "");
}

#[test]
fn a_draft_survives_closing_the_database() {
    let mut f = demo_store(Role::Coach);
    let (mut app, id) = open_new_session(&mut f);
    focus(&mut app, "summary");
    typed(&mut app, &mut f.store, "Niet kwijtraken");
    let dir = f.store.dir().to_path_buf();
    drop(app);
    drop(std::mem::replace(
        &mut f.store,
        Store::init(
            &f._dir.path().join("other"),
            "x",
            Role::Coach,
            common::screen::today(),
        )
        .unwrap(),
    ));
    let mut store = Store::open(&dir).unwrap();
    let mut app = stagecoach::runtime::app_for(
        &store,
        Lang::Nl,
        common::screen::today(),
        stagecoach::app::Keymap::defaults(),
    )
    .unwrap();
    select(&mut app, &mut store, |a| {
        a.detail.as_ref().unwrap().coachee.id == id
    });
    act(&mut app, &mut store, Action::NewSession);
    assert_eq!(
        app.form.as_ref().unwrap().text("summary"),
        "Niet kwijtraken"
    );
}

#[test]
fn sensitive_text_is_shown_before_saving_and_a_second_save_goes_ahead() {
    let mut f = demo_store(Role::Coach);
    let (mut app, id) = open_new_session(&mut f);
    let before = f.store.sessions_of(id).unwrap().len();
    focus(&mut app, "summary");
    typed(&mut app, &mut f.store, "BSN 123456782 genoteerd");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.as_ref().unwrap().privacy.is_some());
    assert_eq!(f.store.sessions_of(id).unwrap().len(), before);

    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none());
    assert_eq!(f.store.sessions_of(id).unwrap().len(), before + 1);
}

#[test]
fn a_session_opens_edits_and_deletes_only_after_yes() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let id = select(&mut app, &mut f.store, |a| {
        a.detail.as_ref().unwrap().sessions.len() >= 2
    });
    let count = f.store.sessions_of(id).unwrap().len();
    act(&mut app, &mut f.store, Action::Open);
    assert_eq!(
        app.focus,
        Pane::Sessions,
        "Enter on the list goes to the log"
    );
    act(&mut app, &mut f.store, Action::Down);
    let target = app.selected_session().unwrap().clone();
    act(&mut app, &mut f.store, Action::Open);
    assert_eq!(app.popups, vec![Popup::Session(target.id)]);

    act(&mut app, &mut f.store, Action::Edit);
    assert!(app.popups.is_empty());
    focus(&mut app, "summary");
    press(&mut app, &mut f.store, "End");
    typed(&mut app, &mut f.store, " Aangevuld.");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    let edited = f
        .store
        .get::<stagecoach::domain::Session>(target.id)
        .unwrap()
        .unwrap();
    assert_eq!(edited.summary, format!("{} Aangevuld.", target.summary));
    assert_eq!(edited.author, target.author, "the author stays");
    assert_eq!(f.store.sessions_of(id).unwrap().len(), count);

    act(&mut app, &mut f.store, Action::Delete);
    assert!(matches!(app.popups.last(), Some(Popup::ConfirmDelete(_))));
    press(&mut app, &mut f.store, "n");
    assert!(app.popups.is_empty());
    assert_eq!(f.store.sessions_of(id).unwrap().len(), count, "n means no");

    act(&mut app, &mut f.store, Action::Delete);
    press(&mut app, &mut f.store, "j");
    assert_eq!(f.store.sessions_of(id).unwrap().len(), count - 1);
    assert_eq!(app.detail.as_ref().unwrap().sessions.len(), count - 1);
}

#[test]
fn a_closed_file_takes_no_new_session() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::ToggleClosed);
    select(&mut app, &mut f.store, |a| {
        a.detail.as_ref().unwrap().coachee.status == Status::Closed
    });
    act(&mut app, &mut f.store, Action::NewSession);
    assert!(app.form.is_none());
    assert_eq!(app.message.as_ref().unwrap().id, "screen-coachee-closed");
}

#[test]
fn choices_in_the_form_follow_the_arrow_keys_and_the_length_follows_the_type() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = open_new_session(&mut f);
    focus(&mut app, "session_type");
    typed(&mut app, &mut f.store, "t");
    let form = app.form.as_ref().unwrap();
    assert_eq!(form.text("session_type"), "telefonisch");
    assert_eq!(
        form.text("minutes"),
        "15",
        "a phone call is usually shorter"
    );
    focus(&mut app, "wellbeing");
    press(&mut app, &mut f.store, "Right");
    press(&mut app, &mut f.store, "Right");
    assert_eq!(app.form.as_ref().unwrap().text("wellbeing"), "2");
    focus(&mut app, "escalate");
    typed(&mut app, &mut f.store, " ");
    assert_eq!(app.form.as_ref().unwrap().text("escalate"), "1");
}

#[test]
fn snapshot_new_session_form_120x40() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = open_new_session(&mut f);
    focus(&mut app, "summary");
    typed(&mut app, &mut f.store, "Gesprek met praktijkopleider.");
    insta::assert_snapshot!(screen(&app, 120, 40));
}

#[test]
fn snapshot_new_session_form_80x24_with_errors() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = open_new_session(&mut f);
    press(&mut app, &mut f.store, "Ctrl-s");
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn snapshot_session_opened_in_english() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::En);
    act(&mut app, &mut f.store, Action::Open);
    act(&mut app, &mut f.store, Action::Open);
    insta::assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn the_form_shows_the_planned_next_contact_and_emptying_it_calls_it_off() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let planned = |app: &App| {
        app.detail
            .as_ref()
            .and_then(|d| d.contact.as_ref()?.next_contact)
    };
    let id = select(&mut app, &mut f.store, |app| {
        let detail = app.detail.as_ref().unwrap();
        detail.coachee.status.accepts_sessions()
            && planned(app).is_some_and(|d| d > common::screen::today())
    });
    let date = planned(&app).unwrap();
    let shown = stagecoach::domain::dates::format_date(date);

    // Kept as shown: the plan stands after the new contact.
    act(&mut app, &mut f.store, Action::NewSession);
    assert_eq!(app.form.as_ref().unwrap().text("next_contact"), shown);
    focus(&mut app, "summary");
    typed(&mut app, &mut f.store, "Even gebeld");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "saved");
    assert_eq!(planned(&app), Some(date));

    // Emptied: the plan is off.
    act(&mut app, &mut f.store, Action::NewSession);
    focus(&mut app, "next_contact");
    for _ in 0..shown.chars().count() {
        press(&mut app, &mut f.store, "Backspace");
    }
    assert_eq!(app.form.as_ref().unwrap().text("next_contact"), "");
    focus(&mut app, "summary");
    typed(&mut app, &mut f.store, "Afspraak vervalt");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "saved");
    assert_eq!(planned(&app), None);
    assert_eq!(app.detail.as_ref().unwrap().coachee.id, id);
}

#[test]
fn a_waiting_draft_is_marked_in_the_caseload_and_counted_after_a_restart() {
    let mut f = demo_store(Role::Coach);
    let (mut before, id) = open_new_session(&mut f);
    focus(&mut before, "summary");
    typed(&mut before, &mut f.store, "Halverwege");
    // The screen dies with the form open; a new one starts on the same database.
    drop(before);
    let mut app = app(&f, Lang::Nl);
    assert_eq!(app.drafts.values().collect::<Vec<_>>(), [&Some(id)]);
    let frame = screen(&app, 120, 40);
    assert!(frame.contains("1 concept wacht"), "{frame}");
    let code = f
        .store
        .get::<stagecoach::domain::Coachee>(id)
        .unwrap()
        .unwrap()
        .code;
    let row = frame
        .lines()
        .find(|l| l.contains(code.as_str()))
        .expect("the coachee's row");
    assert!(row.contains('✎'), "{row}");

    // Saved, the draft is gone from both.
    select(&mut app, &mut f.store, |app| {
        app.detail.as_ref().unwrap().coachee.id == id
    });
    act(&mut app, &mut f.store, Action::NewSession);
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "saved");
    assert!(app.drafts.is_empty());
    assert!(!screen(&app, 120, 40).contains("concept wacht"));
}

#[test]
fn a_paste_lands_whole_in_the_focused_field_and_touches_nothing_else() {
    use stagecoach::app::handle_paste;
    use stagecoach::runtime::effects::run_effects;

    let mut f = demo_store(Role::Coach);
    let (mut app, _) = open_new_session(&mut f);
    focus(&mut app, "location");
    let others = |app: &App| -> Vec<(String, String)> {
        let form = app.form.as_ref().unwrap();
        form.fields
            .iter()
            .filter(|field| field.name != "location" && field.name != "summary")
            .map(|field| (field.name.clone(), field.value.clone()))
            .collect()
    };
    let before = others(&app);
    let focus_before = app.form.as_ref().unwrap().focus;
    app.form
        .as_mut()
        .unwrap()
        .fields
        .iter_mut()
        .for_each(|field| {
            if field.name == "location" {
                field.value.clear();
                field.cursor = 0;
            }
        });

    let effects = handle_paste(&mut app, "Bakkerij De Korenaar\nKerkstraat 12\r\nAlmere\n");
    run_effects(&mut app, &mut f.store, effects).unwrap();
    let form = app.form.as_ref().unwrap();
    assert_eq!(
        form.text("location"),
        "Bakkerij De Korenaar Kerkstraat 12 Almere"
    );
    assert_eq!(form.focus, focus_before, "a paste never moves the focus");
    assert_eq!(others(&app), before, "nor changes another field");
    assert!(
        form.text("summary").is_empty(),
        "nothing slipped into the summary"
    );
    assert!(
        app.drafts.keys().any(|k| *k == form.kind.draft_key()),
        "the paste is saved as a draft"
    );

    // A multi-line field keeps the lines.
    focus(&mut app, "summary");
    let effects = handle_paste(&mut app, "Eerste regel\nTweede regel");
    run_effects(&mut app, &mut f.store, effects).unwrap();
    assert_eq!(
        app.form.as_ref().unwrap().text("summary"),
        "Eerste regel\nTweede regel"
    );
    assert_eq!(others(&app), before);

    // A tick box or a choice takes no paste.
    focus(&mut app, "participants");
    let effects = handle_paste(&mut app, " x \n");
    assert!(effects.is_empty());
    assert_eq!(others(&app), before);
}

#[test]
fn typing_into_a_prefilled_field_replaces_it_and_an_arrow_keeps_it() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = open_new_session(&mut f);
    let today = app.form.as_ref().unwrap().text("date").to_string();
    assert!(!today.is_empty(), "the date is pre-filled");
    let type_field = app
        .form
        .as_ref()
        .unwrap()
        .fields
        .iter()
        .position(|f| f.name == "session_type");
    app.form.as_mut().unwrap().focus_on(type_field.unwrap());
    press(&mut app, &mut f.store, "Tab");
    assert_eq!(app.form.as_ref().unwrap().focused().name, "date");
    assert!(
        app.form.as_ref().unwrap().selected,
        "arriving selects the value"
    );
    typed(&mut app, &mut f.store, "13-11-2026");
    assert_eq!(app.form.as_ref().unwrap().text("date"), "13-11-2026");

    // Away and back: selected again; → lets go and keeps it, so typing adds to it.
    press(&mut app, &mut f.store, "Tab");
    press(&mut app, &mut f.store, "BackTab");
    assert!(app.form.as_ref().unwrap().selected);
    press(&mut app, &mut f.store, "Right");
    assert!(!app.form.as_ref().unwrap().selected);
    press(&mut app, &mut f.store, "Backspace");
    typed(&mut app, &mut f.store, "5");
    assert_eq!(app.form.as_ref().unwrap().text("date"), "13-11-2025");

    // Backspace on a selected value empties it.
    press(&mut app, &mut f.store, "Tab");
    press(&mut app, &mut f.store, "BackTab");
    press(&mut app, &mut f.store, "Backspace");
    assert_eq!(app.form.as_ref().unwrap().text("date"), "");
}

#[test]
fn a_date_field_shows_the_date_it_understood_while_typing() {
    let mut f = demo_store(Role::Coach);
    let (mut app, _) = open_new_session(&mut f);
    focus(&mut app, "next_contact");
    app.form
        .as_mut()
        .unwrap()
        .fields
        .iter_mut()
        .for_each(|field| {
            if field.name == "next_contact" {
                field.value.clear();
                field.cursor = 0;
            }
        });
    typed(&mut app, &mut f.store, "over 2 weken");
    // The tests' today is Monday 23-11-2026.
    let drawn = screen(&app, 120, 40);
    assert!(drawn.contains("→ ma 07-12-2026"), "{drawn}");
    focus(&mut app, "summary");
    typed(&mut app, &mut f.store, "Kort gesproken.");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "{:?}", app.message);
    let detail = app.detail.as_ref().unwrap();
    let saved = detail
        .sessions
        .iter()
        .find(|s| s.summary == "Kort gesproken.")
        .unwrap();
    assert_eq!(
        saved.next_contact,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 7)
    );
}
