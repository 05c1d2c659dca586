//! The screen, headless: actions through `update()` against a real demo database, and insta
//! snapshots of whole frames drawn on a `TestBackend`.

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use stagecoach::app::data::run_effects;
use stagecoach::app::{Action, App, KeyChord, Keymap, Pane, Popup, SortOrder, handle_key, update};
use stagecoach::demo::{self, DemoOptions};
use stagecoach::domain::{Role, Status};
use stagecoach::i18n::Lang;
use stagecoach::store::Store;
use stagecoach::tui::app_for;
use stagecoach::ui::{self, Theme};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
}

fn demo_store(role: Role) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(&dir.path().join("data"), "Demo-coach", role, today()).unwrap();
    let options = DemoOptions {
        coachees: None,
        sessions: None,
        seed: 2026,
        today: today(),
    };
    demo::generate(&mut store, &options, |_| {}).unwrap();
    Fixture { _dir: dir, store }
}

fn app(fixture: &Fixture, lang: Lang) -> App {
    let mut app = app_for(&fixture.store, lang, today(), Keymap::defaults()).unwrap();
    // The data dir is a temp path; keep snapshots stable.
    app.owner.data_dir = "~/.local/share/stagecoach".into();
    app
}

fn act(app: &mut App, store: &Store, action: Action) {
    let effects = update(app, action);
    run_effects(app, store, effects).unwrap();
}

fn typed(app: &mut App, store: &Store, text: &str) {
    for c in text.chars() {
        let effects = handle_key(app, KeyChord::parse(&c.to_string()).unwrap());
        run_effects(app, store, effects).unwrap();
    }
}

fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| ui::draw(f, app, &Theme::monochrome()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn moving_down_loads_the_next_coachees_details() {
    let f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let first = app.caseload.selected_row().unwrap().coachee.id;
    assert_eq!(app.detail.as_ref().unwrap().coachee.id, first);
    act(&mut app, &f.store, Action::Down);
    let second = app.caseload.selected_row().unwrap().coachee.id;
    assert_ne!(first, second);
    let detail = app.detail.as_ref().unwrap();
    assert_eq!(detail.coachee.id, second);
    assert_eq!(detail.sessions, f.store.sessions_of(second).unwrap());
    act(&mut app, &f.store, Action::Bottom);
    assert_eq!(app.caseload.selected, app.caseload.len() - 1);
    act(&mut app, &f.store, Action::Down);
    assert_eq!(
        app.caseload.selected,
        app.caseload.len() - 1,
        "the cursor stops at the end"
    );
    act(&mut app, &f.store, Action::Top);
    assert_eq!(app.caseload.selected, 0);
}

#[test]
fn the_caseload_hides_closed_files_until_toggled_and_sorts_by_next_contact() {
    let f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    let closed = |app: &App| {
        (0..app.caseload.len())
            .filter(|i| app.caseload.row(*i).unwrap().coachee.status == Status::Closed)
            .count()
    };
    assert_eq!(closed(&app), 0);
    let dates: Vec<_> = (0..app.caseload.len())
        .filter_map(|i| app.caseload.row(i).unwrap().contact.as_ref()?.next_contact)
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "soonest next contact first"
    );
    act(&mut app, &f.store, Action::ToggleClosed);
    assert!(closed(&app) > 0);
    act(&mut app, &f.store, Action::Sort);
    assert_eq!(app.caseload.sort, SortOrder::Name);
    assert!(app.message.is_some(), "the new order is announced");
}

#[test]
fn typing_a_filter_narrows_the_list_and_esc_clears_it() {
    let f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let total = app.caseload.len();
    let target = app.caseload.row(4).unwrap().coachee.clone();
    act(&mut app, &f.store, Action::Filter);
    assert!(app.caseload.filtering);
    typed(&mut app, &f.store, &target.last_name.to_lowercase());
    assert!(app.caseload.len() < total);
    assert_eq!(
        app.caseload.selected_row().unwrap().coachee.id,
        target.id,
        "best match first"
    );
    assert_eq!(app.detail.as_ref().unwrap().coachee.id, target.id);
    handle_key(&mut app, KeyChord::parse("Esc").unwrap());
    assert!(!app.caseload.filtering);
    assert_eq!(app.caseload.len(), total);
}

#[test]
fn panes_cycle_and_help_opens_and_closes() {
    let f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &f.store, Action::NextPane);
    assert_eq!(app.focus, Pane::Profile);
    act(&mut app, &f.store, Action::NextPane);
    assert_eq!(app.focus, Pane::Sessions);
    act(&mut app, &f.store, Action::Down);
    assert_eq!(app.session_selected, 1);
    act(&mut app, &f.store, Action::PrevPane);
    assert_eq!(app.focus, Pane::Profile);
    act(&mut app, &f.store, Action::Help);
    assert_eq!(app.popups, vec![Popup::Help]);
    act(&mut app, &f.store, Action::Down);
    assert_eq!(
        app.focus,
        Pane::Profile,
        "keys do not reach the screen under help"
    );
    act(&mut app, &f.store, Action::Back);
    assert!(app.popups.is_empty());
    act(&mut app, &f.store, Action::Quit);
    assert!(app.quit);
}

#[test]
fn ctrl_c_quits_even_while_typing_a_filter() {
    let f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &f.store, Action::Filter);
    handle_key(&mut app, KeyChord::ctrl('c'));
    assert!(app.quit);
}

#[test]
fn snapshot_main_screen_dutch_80x24() {
    let f = demo_store(Role::Coach);
    insta::assert_snapshot!(screen(&app(&f, Lang::Nl), 80, 24));
}

#[test]
fn snapshot_main_screen_dutch_120x40() {
    let f = demo_store(Role::Coach);
    insta::assert_snapshot!(screen(&app(&f, Lang::Nl), 120, 40));
}

#[test]
fn snapshot_main_screen_english_120x40() {
    let f = demo_store(Role::Coordinator);
    insta::assert_snapshot!(screen(&app(&f, Lang::En), 120, 40));
}

#[test]
fn snapshot_help_screen() {
    let f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &f.store, Action::Help);
    insta::assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn snapshot_too_small() {
    let f = demo_store(Role::Coach);
    insta::assert_snapshot!(screen(&app(&f, Lang::Nl), 60, 20));
}
