//! What is under the pointer: the screen laid out as [`super::draw`] lays it out, so that a
//! click lands on what the user sees there. Reads the app, changes nothing.

use ratatui::layout::{Position, Rect};

use super::{
    APP_LABEL, MIN_HEIGHT, MIN_WIDTH, caseload, caseload_panes, detail, form, screen_areas,
    tab_labels, welcome_areas,
};
use crate::app::mouse::MouseTarget;
use crate::app::{App, FormKind, Layer, Pane, Tab};
use crate::text::width;

/// What is drawn at `at` on a screen of `size`, if it is something a click can act on.
pub fn target_at(app: &App, size: Rect, at: Position) -> Option<MouseTarget> {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT || !size.contains(at) {
        return None;
    }
    if let Some(welcome) = app.form.as_ref().filter(|f| f.kind == FormKind::Welcome) {
        let [body, _] = welcome_areas(size);
        return form::target_at(app, welcome, body, at);
    }
    let [tabs, body, _, _] = screen_areas(size);
    if tabs.contains(at) {
        return tab_at(app, tabs, at);
    }
    if let Some(open) = &app.form {
        return form::target_at(app, open, body, at);
    }
    if !matches!(app.keyboard_owner(), Layer::Tab(_)) || app.tab != Tab::Caseload {
        return None;
    }
    let [list, profile, sessions] = caseload_panes(app, body);
    if list.contains(at) {
        let row = caseload::row_at(app, list, at);
        return Some(row.map_or(MouseTarget::Pane(Pane::List), MouseTarget::CaseloadRow));
    }
    if sessions.contains(at) {
        let row = detail::session_row_at(app, sessions, at);
        return Some(row.map_or(MouseTarget::Pane(Pane::Sessions), MouseTarget::SessionRow));
    }
    profile
        .contains(at)
        .then_some(MouseTarget::Pane(Pane::Profile))
}

fn tab_at(app: &App, tabs: Rect, at: Position) -> Option<MouseTarget> {
    let mut x = tabs.x + width(APP_LABEL) as u16;
    for (tab, label) in tab_labels(app) {
        let end = x + width(&label) as u16;
        if (x..end).contains(&at.x) {
            return Some(MouseTarget::Tab(tab));
        }
        x = end;
    }
    None
}
