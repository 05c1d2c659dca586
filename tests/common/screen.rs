//! Helpers for driving the screen headless: a demo database, an app on it, actions and keys
//! run through `update()` and their effects, and a whole frame drawn as text.

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use stagecoach::app::{Action, App, Key, KeyChord, Keymap, handle_key, update};
use stagecoach::demo::{self, DemoOptions};
use stagecoach::domain::Role;
use stagecoach::i18n::Lang;
use stagecoach::runtime::app_for;
use stagecoach::runtime::effects::run_effects;
use stagecoach::store::Store;
use stagecoach::ui::{self, Theme};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub struct Fixture {
    pub _dir: tempfile::TempDir,
    pub store: Store,
}

pub fn demo_store(role: Role) -> Fixture {
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

pub fn app(fixture: &Fixture, lang: Lang) -> App {
    let mut app = app_for(&fixture.store, lang, today(), Keymap::defaults()).unwrap();
    // The data dir is a temp path; keep snapshots stable.
    app.owner.data_dir = "~/.local/share/stagecoach".into();
    app.config_file = Some("~/.config/stagecoach/config.toml".into());
    app
}

pub fn act(app: &mut App, store: &mut Store, action: Action) {
    let effects = update(app, action);
    run_effects(app, store, effects).unwrap();
}

/// Types text as single key presses.
pub fn typed(app: &mut App, store: &mut Store, text: &str) {
    for c in text.chars() {
        let effects = handle_key(app, KeyChord::plain(Key::Char(c)));
        run_effects(app, store, effects).unwrap();
    }
}

pub fn screen(app: &App, width: u16, height: u16) -> String {
    screen_and_cursor(app, width, height).0
}

/// The screen as text, and where the terminal cursor is.
#[allow(dead_code)]
pub fn screen_and_cursor(app: &App, width: u16, height: u16) -> (String, (u16, u16)) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| ui::draw(f, app, &Theme::monochrome()))
        .unwrap();
    let position = terminal.get_cursor_position().unwrap();
    let buffer = terminal.backend().buffer();
    let text = (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n");
    (text, (position.x, position.y))
}

/// A new session for the first young person in the list who takes one, focused on `field`.
#[allow(dead_code)]
pub fn new_session_focused_on(f: &mut Fixture, field: &str) -> App {
    let mut app = app(f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Top);
    while !app
        .detail
        .as_ref()
        .unwrap()
        .coachee
        .status
        .accepts_sessions()
    {
        act(&mut app, &mut f.store, Action::Down);
    }
    act(&mut app, &mut f.store, Action::NewSession);
    let form = app.form.as_mut().unwrap();
    let at = form.fields.iter().position(|f| f.name == field).unwrap();
    form.focus_on(at);
    app
}

/// Presses one key (as written in keymap files: "Enter", "Ctrl-s", "x").
pub fn press(app: &mut App, store: &mut Store, key: &str) {
    let effects = handle_key(app, KeyChord::parse(key).unwrap());
    run_effects(app, store, effects).unwrap();
}
