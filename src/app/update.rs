//! `update`: how each action changes the state. No drawing, no terminal, no database writes;
//! reads are requested as effects.

use super::{Action, App, Effect, Key, KeyChord, Pane, Popup, Tab};
use crate::message::Msg;

/// Rows moved by PageUp/PageDown.
const PAGE: usize = 10;

/// Routes a key: typing into the filter field while it is open, otherwise through the keymap.
pub fn handle_key(app: &mut App, chord: KeyChord) -> Vec<Effect> {
    if chord == KeyChord::ctrl('c') {
        app.quit = true;
        return Vec::new();
    }
    if app.caseload.filtering && app.popups.is_empty() {
        return filter_key(app, chord);
    }
    match app.keymap.action_for(chord) {
        Some(action) => update(app, action),
        None => Vec::new(),
    }
}

fn filter_key(app: &mut App, chord: KeyChord) -> Vec<Effect> {
    match chord.key {
        Key::Enter => app.caseload.filtering = false,
        Key::Esc => {
            // Esc leaves the filter field and clears it: back to the whole caseload.
            app.caseload.filtering = false;
            app.caseload.filter.clear();
            app.caseload.refresh();
        }
        Key::Backspace => {
            app.caseload.filter.pop();
            app.caseload.refresh();
        }
        Key::Char(c) if !chord.ctrl && !chord.alt => {
            app.caseload.filter.push(c);
            app.caseload.refresh();
        }
        Key::Up | Key::Down => {
            let action = if chord.key == Key::Up {
                Action::Up
            } else {
                Action::Down
            };
            return update(app, action);
        }
        _ => {}
    }
    app.load_selected()
}

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    app.message = None;
    if let Some(Popup::Help) = app.popups.last() {
        // Help closes on its own key, Esc or q; everything else is ignored while it is open.
        if matches!(action, Action::Help | Action::Back | Action::Quit) {
            app.popups.pop();
        }
        return Vec::new();
    }
    match action {
        Action::Quit => app.quit = true,
        Action::Help => app.popups.push(Popup::Help),
        Action::TabCaseload => app.tab = Tab::Caseload,
        Action::TabAgenda => app.tab = Tab::Agenda,
        Action::TabEmployers => app.tab = Tab::Employers,
        Action::TabOverview => app.tab = Tab::Overview,
        Action::TabSync => app.tab = Tab::Sync,
        _ if app.tab != Tab::Caseload => {}
        Action::NextPane => app.focus = next_pane(app.focus, true),
        Action::PrevPane => app.focus = next_pane(app.focus, false),
        Action::Up => move_by(app, -1),
        Action::Down => move_by(app, 1),
        Action::PageUp => move_by(app, -(PAGE as isize)),
        Action::PageDown => move_by(app, PAGE as isize),
        Action::Top => move_by(app, isize::MIN / 2),
        Action::Bottom => move_by(app, isize::MAX / 2),
        Action::Filter => {
            app.focus = Pane::List;
            app.caseload.filtering = true;
        }
        Action::Sort => {
            app.caseload.sort = app.caseload.sort.next();
            app.caseload.refresh();
            app.message = Some(
                Msg::new("sorted-by").arg("order", app.lang.text(app.caseload.sort.label_id())),
            );
        }
        Action::ToggleClosed => {
            app.caseload.show_closed = !app.caseload.show_closed;
            app.caseload.refresh();
            let id = if app.caseload.show_closed {
                "closed-shown"
            } else {
                "closed-hidden"
            };
            app.message = Some(Msg::new(id));
        }
        Action::Back => {
            if !app.caseload.filter.is_empty() {
                app.caseload.filter.clear();
                app.caseload.refresh();
            } else {
                app.focus = Pane::List;
            }
        }
    }
    app.load_selected()
}

fn next_pane(pane: Pane, forward: bool) -> Pane {
    match (pane, forward) {
        (Pane::List, true) | (Pane::Sessions, false) => Pane::Profile,
        (Pane::Profile, true) | (Pane::List, false) => Pane::Sessions,
        (Pane::Sessions, true) | (Pane::Profile, false) => Pane::List,
    }
}

/// Moves the cursor of the focused pane, clamped to its content.
fn move_by(app: &mut App, delta: isize) {
    let clamp = |current: usize, len: usize| -> usize {
        (current as isize)
            .saturating_add(delta)
            .clamp(0, len.saturating_sub(1) as isize) as usize
    };
    match app.focus {
        Pane::List => app.caseload.selected = clamp(app.caseload.selected, app.caseload.len()),
        Pane::Profile => app.profile_scroll = clamp(app.profile_scroll as usize, 200) as u16,
        Pane::Sessions => {
            let len = app.detail.as_ref().map_or(0, |d| d.sessions.len());
            app.session_selected = clamp(app.session_selected, len);
        }
    }
}
