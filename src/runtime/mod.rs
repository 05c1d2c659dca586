//! Everything impure the screen needs, around the pure `app`: the terminal loop (read an event,
//! turn a key into a chord, let `app` update, run its effects through `service`, draw), the
//! first-start welcome, `$EDITOR` and path completion. The terminal is given back on quitting,
//! on a panic (ratatui's hook) and on SIGTERM, SIGHUP or SIGINT (`signals`).

pub mod editor;
pub mod editor_command;
pub mod effects;
pub mod exchange;
pub mod paths;
pub mod refresh;
pub mod signals;
pub mod system;

use crate::app::mouse::{Mouse, handle_mouse};
use crate::preferences::{Chosen, Preferences};
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use std::time::Instant;

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::backend::Backend;

use self::effects::run_effects;
use crate::app::form::welcome::welcome_form;
use crate::app::{
    App, Caseload, Effect, Key, KeyChord, Keymap, Owner, Submission, handle_key, handle_paste,
};
use crate::i18n::Lang;
use crate::message::Msg;
use crate::service::detail::load_detail;
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

/// Builds the app state for a store (also used by tests and benchmarks).
pub fn app_for(
    store: &Store,
    lang: Lang,
    today: chrono::NaiveDate,
    keymap: Keymap,
) -> Result<App, StoreError> {
    let identity = store.identity();
    let owner = Owner {
        device: identity.device,
        demo: store.is_demo()?,
        name: identity.name.clone(),
        role: identity.role,
        data_dir: store.dir().display().to_string(),
        unsent_changes: crate::sync::unsent_changes(store).unwrap_or(store.last_seq()),
        conflicts: crate::sync::conflicts::count(store),
    };
    let caseload = Caseload::with_employers(store.coachees()?, store.current_employers()?);
    let mut app = App::new(lang, today, owner, keymap, caseload);
    app.config_file = crate::config::path().map(|p| p.display().to_string());
    app.drafts = crate::service::drafts::waiting(store)?;
    if let Some(row) = app.caseload.selected_row() {
        app.detail = load_detail(store, row.coachee.id)?;
    }
    Ok(app)
}

/// The first start, without a database: asks name, role and demo-or-empty, then creates the
/// database. `None` when the user left without saving (nothing is written then).
pub fn welcome(
    dir: &std::path::Path,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Result<Option<Store>, crate::Error> {
    let owner = Owner {
        device: Default::default(),
        demo: false,
        name: String::new(),
        role: crate::domain::Role::Coach,
        data_dir: dir.display().to_string(),
        unsent_changes: 0,
        conflicts: 0,
    };
    let (keymap, _) = crate::config::keymap(lang);
    let mut app = App::new(lang, today, owner, keymap, Caseload::new(Vec::new()));
    app.form = Some(welcome_form(&app.owner.data_dir));
    let signals = signals::install();
    signals::watch_terminal();
    // A bar on stderr would run through the screen.
    let _quiet = crate::progress::silenced();
    let mut terminal = ratatui::init();
    let draw_err = |e: std::io::Error| StoreError::io("draw the screen", "terminal", e);
    let result = (|| -> Result<Option<Store>, crate::Error> {
        loop {
            // Before any database exists there is nothing to save: a signal just ends it.
            if signals.received().is_some() {
                return Ok(None);
            }
            draw_unless_ended(&mut terminal, &app, signals).map_err(draw_err)?;
            if app.quit || app.form.is_none() {
                return Ok(None);
            }
            let Some(Event::Key(key)) = next_event(signals).map_err(draw_err)? else {
                continue;
            };
            let Some(chord) = chord_from(key).filter(|_| key.kind == KeyEventKind::Press) else {
                continue;
            };
            for effect in handle_key(&mut app, chord) {
                if let Effect::Submit(submission) = effect
                    && let Submission::Welcome { name, role, demo } = *submission
                {
                    let mut store = Store::init(dir, &name, role, today)?;
                    crate::sync::DeviceKeys::load_or_create(dir)?;
                    if demo {
                        // The default programme for the role; the seed the CLI uses too.
                        let options = crate::demo::DemoOptions {
                            coachees: None,
                            sessions: None,
                            seed: 2026,
                            today,
                        };
                        crate::demo::generate(&mut store, &options, |_| {})?;
                    }
                    return Ok(Some(store));
                }
            }
        }
    })();
    give_back(terminal);
    result
}

/// Runs the screen until the user quits or a signal ends it ([`signals::ended_by`] says which).
/// `started` is when the wait began (the process start), for the first frame's figure.
pub fn run(
    mut store: Store,
    lang: Lang,
    today: chrono::NaiveDate,
    debug_timing: bool,
    started: Instant,
) -> Result<(), StoreError> {
    let mut timing = Timing::default();
    let (keymap, config_problem) = crate::config::keymap(lang);
    let mut app = app_for(&store, lang, today, keymap)?;
    let import_undone = store
        .undid_interrupted_import()
        .then(|| Msg::new("import-undone"));
    // Not being able to store it is said, not fatal: the file stays for the next start.
    let editor_text = editor::recover_left_text(&store).unwrap_or_else(|e| Some(e.message()));
    app.message = import_undone.or(editor_text).or(config_problem);
    let preferences = Preferences::here();
    // STAGECOACH_THEME is asked for now; the config keeps what was chosen on the screen.
    app.theme = std::env::var("STAGECOACH_THEME")
        .map(|name| crate::app::ThemeChoice::from_name(&name))
        .ok()
        .or(preferences.theme)
        .unwrap_or_default();
    if let Some(sort) = preferences.sort {
        app.caseload.sort = sort;
        app.caseload.refresh();
        // The list opens on its first row, in the order kept.
        app.caseload.selected = 0;
        if let Some(row) = app.caseload.selected_row() {
            app.detail = load_detail(&store, row.coachee.id)?;
        }
    }
    let signals = signals::install();
    signals::watch_terminal();
    // A bar on stderr would run through the screen.
    let _quiet = crate::progress::silenced();
    let mut terminal = ratatui::init();
    let mouse = preferences.mouse;
    take_input(mouse);
    let result = (|| -> Result<(), StoreError> {
        let draw_err = |e: std::io::Error| StoreError::io("draw the screen", "terminal", e);
        draw_unless_ended(&mut terminal, &app, signals).map_err(draw_err)?;
        timing.first_frame = started.elapsed();
        tracing::info!(ms = timing.first_frame.as_millis() as u64, "first frame");
        while !app.quit {
            if let Some(signal) = signals.received() {
                tracing::info!(signal, "the screen ends on a signal");
                return save_open_form(&mut app, &mut store);
            }
            let Some(event) = next_event(signals).map_err(draw_err)? else {
                continue;
            };
            let key_read = Instant::now();
            let chosen_before = chosen(&app);
            match event {
                Event::Key(key) if key.kind == KeyEventKind::Press => {
                    if let Some(chord) = chord_from(key) {
                        let mut effects = handle_key(&mut app, chord);
                        if effects.contains(&Effect::OpenEditor) {
                            effects.retain(|e| *e != Effect::OpenEditor);
                            edit_in_editor(&mut app, &store, &mut terminal, signals, mouse);
                        }
                        // Only after a commit: a rewrite that failed (no room) is tried
                        // again with the next change, not with every key.
                        let wrote = effects.iter().any(Effect::writes);
                        run_effects(&mut app, &mut store, effects)?;
                        if wrote {
                            store = settle_erasure(&mut app, store)?;
                        }
                    }
                }
                Event::Paste(text) => {
                    let effects = handle_paste(&mut app, &text);
                    run_effects(&mut app, &mut store, effects)?;
                }
                // With the mouse off, a terminal that sends its events anyway is not heard.
                Event::Mouse(event) if mouse => {
                    let size = terminal.size().map_err(draw_err)?;
                    let Some(mouse) = mouse_input(&app, size.into(), event) else {
                        // The pointer moved, or a button did nothing: no frame to draw.
                        continue;
                    };
                    let effects = handle_mouse(&mut app, mouse);
                    let wrote = effects.iter().any(Effect::writes);
                    run_effects(&mut app, &mut store, effects)?;
                    if wrote {
                        store = settle_erasure(&mut app, store)?;
                    }
                }
                // A resize needs nothing but a redraw.
                _ => {}
            }
            if chosen(&app) != chosen_before {
                remember_chosen(&mut app, chosen_before);
            }
            keep_warning_in_view(&mut app, &terminal);
            draw_unless_ended(&mut terminal, &app, signals).map_err(draw_err)?;
            timing.keys.push(key_read.elapsed());
        }
        Ok(())
    })();
    give_back(terminal);
    if debug_timing {
        crate::cli::Output { lang }.error_line(&lang.render(&timing.report()));
    }
    result
}

/// Input the screen asks of the terminal: a paste arrives whole (one event), not as keys (typed
/// as keys, a line break in it would move to the next field and a space would tick a box), and
/// clicks and the wheel arrive as mouse events unless the config turned the mouse off.
fn take_input(mouse: bool) {
    // ratatui's own panic hook leaves the alternate screen but knows nothing of the mouse: a
    // shell left with mouse reporting on prints codes at every move of the pointer.
    static HOOKED: std::sync::Once = std::sync::Once::new();
    HOOKED.call_once(|| {
        let earlier = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            give_input_back();
            earlier(info);
        }));
    });
    let mut out = std::io::stdout();
    let _ = crossterm::execute!(out, crossterm::event::EnableBracketedPaste);
    if mouse {
        let _ = crossterm::execute!(out, crossterm::event::EnableMouseCapture);
    }
}

/// Gives the terminal its own paste and mouse back (for an editor, or on leaving).
fn give_input_back() {
    let mut out = std::io::stdout();
    let _ = crossterm::execute!(
        out,
        crossterm::event::DisableBracketedPaste,
        crossterm::event::DisableMouseCapture
    );
}

/// A left click or a turn of the wheel, with what is under the pointer; None for the rest
/// (moves, drags, other buttons).
fn mouse_input(app: &App, size: ratatui::layout::Rect, event: MouseEvent) -> Option<Mouse> {
    let at = ratatui::layout::Position::new(event.column, event.row);
    // Every move of the pointer arrives too: the screen is laid out only for what acts.
    let over = || ui::mouse::target_at(app, size, at);
    match event.kind {
        MouseEventKind::Down(MouseButton::Left) => over().map(Mouse::Click),
        MouseEventKind::ScrollDown => Some(Mouse::Wheel {
            over: over(),
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Mouse::Wheel {
            over: over(),
            down: false,
        }),
        _ => None,
    }
}

/// Scrolling the privacy warning stops at its last line, which depends on the screen's width.
fn keep_warning_in_view(app: &mut App, terminal: &ratatui::DefaultTerminal) {
    let Ok(size) = terminal.size() else {
        return;
    };
    let limit = ui::warning_scroll_limit(app, size.into());
    if let Some(form) = app.form.as_mut() {
        form.privacy_scroll = form.privacy_scroll.min(limit);
    }
}

/// The preferences the screen can change, as they are now.
fn chosen(app: &App) -> Chosen {
    Chosen {
        language: app.lang,
        theme: app.theme,
        sort: app.caseload.sort,
    }
}

/// Keeps a changed language, theme or sort order in `config.toml` for the next start; a config
/// that cannot be written is said on the status line, and the screen goes on.
fn remember_chosen(app: &mut App, before: Chosen) {
    let Some(path) = crate::config::path() else {
        return;
    };
    if let Err(problem) = crate::preferences::remember(&path, before, chosen(app)) {
        app.message = Some(problem);
    }
}

/// After a write that erased someone (a forget, a deleted contact, an import): rewrites the
/// backups and the database files without them, and says on the status line what had to wait.
fn settle_erasure(app: &mut App, store: Store) -> Result<Store, StoreError> {
    if !crate::service::erasure::owed(&store)? {
        return Ok(store);
    }
    let (store, settled) = crate::service::erasure::settle(store)?;
    if settled.backups.is_none() {
        app.message = Some(Msg::new("erasure-backups-later"));
    } else if !settled.vacuumed {
        app.message = Some(Msg::new("forget-vacuum-later"));
    }
    Ok(store)
}

/// The next event, or `None` when none came within [`signals::CHECK_EVERY`] (so the caller can
/// look for a signal) or reading failed because a signal ended the terminal (a hangup).
fn next_event(signals: &signals::Signals) -> std::io::Result<Option<Event>> {
    let ready = match event::poll(signals::CHECK_EVERY) {
        Ok(ready) => ready,
        Err(_) if signals.received().is_some() => return Ok(None),
        Err(e) => return Err(e),
    };
    if !ready {
        return Ok(None);
    }
    match event::read() {
        Ok(event) => Ok(Some(event)),
        Err(_) if signals.received().is_some() => Ok(None),
        Err(e) => Err(e),
    }
}

/// Draws the screen; a terminal that a hangup took away is no error, the loop ends on the signal.
fn draw_unless_ended(
    terminal: &mut ratatui::DefaultTerminal,
    app: &App,
    signals: &signals::Signals,
) -> std::io::Result<()> {
    match terminal.draw(|f| ui::draw(f, app, &Theme::choose(app.theme))) {
        Err(_) if signals.received().is_some() => Ok(()),
        other => other.map(drop),
    }
}

/// Ending on a signal: the open form's draft is stored once more (it already is after every key
/// that changed it; this covers the form that was just restored or came back from the editor).
fn save_open_form(app: &mut App, store: &mut Store) -> Result<(), StoreError> {
    if app.form.as_ref().is_some_and(|form| form.dirty) {
        run_effects(app, store, vec![Effect::SaveDraft])?;
    }
    Ok(())
}

/// Leaves the alternate screen, turns raw mode off and shows the cursor again. Failures are
/// ignored: after a hangup there is no terminal left to give back.
fn give_back(mut terminal: ratatui::DefaultTerminal) {
    give_input_back();
    let _ = ratatui::try_restore();
    let _ = terminal.show_cursor();
}

/// Start-up and per-key times, for `--debug-timing`. Only durations: nothing typed is kept.
#[derive(Default)]
struct Timing {
    first_frame: std::time::Duration,
    /// From reading a key to the frame that shows its effect (database work included).
    keys: Vec<std::time::Duration>,
}

impl Timing {
    fn report(&mut self) -> Msg {
        self.keys.sort();
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        let at = |q: f64| {
            self.keys
                .get(((self.keys.len() as f64 - 1.0) * q).round() as usize)
                .copied()
                .map_or(0.0, ms)
        };
        let shown = |v: f64| format!("{v:.2}");
        Msg::new("debug-timing")
            .arg("first", shown(ms(self.first_frame)))
            .arg("keys", self.keys.len())
            .arg("median", shown(at(0.5)))
            .arg("p95", shown(at(0.95)))
            .arg("max", shown(at(1.0)))
    }
}

/// Hands the focused field to `$VISUAL` or `$EDITOR` (else the system's plain editor,
/// `runtime::editor_command`) and takes the text back.
/// The scratch file sits in the data dir, not in /tmp: it holds personal data. If the screen
/// dies meanwhile, the next start puts the text back into the draft (`runtime::editor`).
fn edit_in_editor(
    app: &mut App,
    store: &Store,
    terminal: &mut ratatui::DefaultTerminal,
    signals: &signals::Signals,
    mouse: bool,
) {
    let Some(form) = app.form.as_mut() else {
        return;
    };
    let editor = match editor_command::chosen(
        std::env::var("VISUAL").ok(),
        std::env::var("EDITOR").ok(),
        system::System::NATIVE,
        std::path::Path::is_file,
    ) {
        Ok(editor) => editor,
        Err(given) => {
            app.message = Some(Msg::new("editor-failed").arg("editor", given));
            return;
        }
    };
    let had_draft = match editor::before_editing(store, form) {
        Ok(had_draft) => had_draft,
        Err(e) => {
            app.message = Some(e.message());
            return;
        }
    };
    let path = editor::scratch_path(store.dir());
    let outcome = (|| -> std::io::Result<String> {
        // The editor gets the terminal as the user's shell has it.
        give_input_back();
        ratatui::restore();
        let status = signals.sheltering_interrupts(|| {
            std::process::Command::new(&editor.program)
                .args(&editor.args)
                .arg(&path)
                .status()
        });
        *terminal = ratatui::init();
        take_input(mouse);
        // Not `terminal.clear()`: that asks the terminal where its cursor is, and one that does
        // not answer would cost the text. The next frame is drawn whole on the cleared screen.
        let _ = terminal.backend_mut().clear();
        if !status?.success() {
            return Err(std::io::Error::other("editor exited with an error"));
        }
        std::fs::read_to_string(&path)
    })();
    match outcome {
        Ok(text) => {
            form.replace_focused(text.trim_end_matches('\n').to_string());
        }
        Err(e) => {
            // The error names no file and holds nothing typed.
            tracing::warn!(error = %e, "the editor could not be used");
            app.message = Some(Msg::new("editor-failed").arg("editor", &editor.given));
        }
    }
    // Stores the edited text as the draft, as every typed key does.
    if let Err(e) = editor::after_editing(store, form, had_draft) {
        app.message = Some(e.message());
    }
}
