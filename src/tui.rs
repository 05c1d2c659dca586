//! The terminal loop: read an event, turn a key into a chord, let `app` update, run the
//! effects against the database, draw. ratatui restores the terminal on exit and on panic.

use std::time::Instant;

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::data::run_effects;
use crate::app::{App, Caseload, Key, KeyChord, Keymap, Owner, handle_key};
use crate::i18n::Lang;
use crate::message::Msg;
use crate::store::{Store, StoreError};
use crate::ui::{self, Theme};

/// Translates a terminal key event; None for keys the app has no name for.
pub fn chord_from(event: KeyEvent) -> Option<KeyChord> {
    let key = match event.code {
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::F(n) => Key::F(n),
        _ => return None,
    };
    Some(KeyChord {
        key,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        alt: event.modifiers.contains(KeyModifiers::ALT),
    })
}

/// The user's keymap, with a status-line message when their config has a problem.
fn load_keymap(lang: Lang) -> (Keymap, Option<Msg>) {
    let Some(path) = crate::paths::config_dir().map(|d| d.join("config.toml")) else {
        return (Keymap::defaults(), None);
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        return (Keymap::defaults(), None);
    };
    let (keymap, problems) = Keymap::with_user_config(&text);
    let message = problems.first().map(|p| {
        Msg::new("keymap-problem")
            .arg("path", path.display())
            .arg("line", p.line)
            .arg("problem", lang.render(&p.problem))
    });
    (keymap, message)
}

/// Builds the app state for a store (also used by tests and benchmarks).
pub fn app_for(
    store: &Store,
    lang: Lang,
    today: chrono::NaiveDate,
    keymap: Keymap,
) -> Result<App, StoreError> {
    let identity = store.identity();
    let owner = Owner {
        name: identity.name.clone(),
        role: identity.role,
        data_dir: store.dir().display().to_string(),
        unsent_changes: store.last_seq(),
    };
    let mut app = App::new(lang, today, owner, keymap, Caseload::new(store.coachees()?));
    let effects = app.load_selected();
    run_effects(&mut app, store, effects)?;
    Ok(app)
}

/// Runs the screen until the user quits.
pub fn run(store: &Store, lang: Lang, today: chrono::NaiveDate) -> Result<(), StoreError> {
    let started = Instant::now();
    let (keymap, problem) = load_keymap(lang);
    let mut app = app_for(store, lang, today, keymap)?;
    app.message = problem;
    let theme = Theme::from_env();
    let mut terminal = ratatui::init();
    let result = (|| -> Result<(), StoreError> {
        let draw_err = |e: std::io::Error| StoreError::io("draw the screen", "terminal", e);
        terminal
            .draw(|f| ui::draw(f, &app, &theme))
            .map_err(draw_err)?;
        tracing::info!(ms = started.elapsed().as_millis() as u64, "first frame");
        while !app.quit {
            match event::read().map_err(draw_err)? {
                Event::Key(key) if key.kind == KeyEventKind::Press => {
                    if let Some(chord) = chord_from(key) {
                        let effects = handle_key(&mut app, chord);
                        run_effects(&mut app, store, effects)?;
                    }
                }
                // A resize needs nothing but a redraw.
                _ => {}
            }
            terminal
                .draw(|f| ui::draw(f, &app, &theme))
                .map_err(draw_err)?;
        }
        Ok(())
    })();
    ratatui::restore();
    result
}
