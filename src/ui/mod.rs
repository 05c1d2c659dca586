//! Drawing only: turns an `App` into a frame. Nothing here changes state.

mod agenda;
mod caseload;
mod detail;
mod employers;
mod exchange;
mod footer;
mod form;
pub mod mouse;
mod overview;
mod popup;
mod privacy_warning;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::{App, FormKind, Layer, Pane, Popup, Tab};
use crate::message::Msg;
pub use theme::Theme;

/// Below this size the layout cannot show the three panes legibly.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    draw_screen(frame, app, theme);
    use_symbols(frame.buffer_mut(), crate::glyphs::chosen());
}

/// Redraws each cell's symbol as `symbols` has it: one pass over the frame instead of a
/// choice at every place that draws a symbol, so none is missed (`glyphs`).
pub fn use_symbols(buffer: &mut ratatui::buffer::Buffer, symbols: crate::glyphs::Symbols) {
    if symbols == crate::glyphs::Symbols::Full {
        return;
    }
    for cell in buffer.content.iter_mut() {
        let mut chars = cell.symbol().chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            let glyph = symbols.glyph(c);
            if glyph != c {
                cell.set_char(glyph);
            }
        }
    }
}

fn draw_screen(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = app.lang.render(
            &Msg::new("screen-too-small")
                .arg("width", area.width)
                .arg("height", area.height)
                .arg("min_width", MIN_WIDTH)
                .arg("min_height", MIN_HEIGHT),
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let [tabs, body, status, hints] = screen_areas(area);
    if let Some(form) = app.form.as_ref().filter(|f| f.kind == FormKind::Welcome) {
        // Before there is a database there are no tabs and no status to show.
        let [body, hints] = welcome_areas(area);
        form::draw(frame, app, form, theme, body);
        footer::draw_hints(frame, app, theme, hints);
        return;
    }
    draw_tabs(frame, app, theme, tabs);
    match app.tab {
        _ if app.form.is_some() => {
            let form = app.form.as_ref().expect("checked just now");
            form::draw(frame, app, form, theme, body);
        }
        Tab::Caseload => {
            let [list, profile, sessions] = caseload_panes(app, body);
            caseload::draw(frame, app, theme, list);
            detail::draw_profile(frame, app, theme, profile);
            detail::draw_sessions(frame, app, theme, sessions);
        }
        Tab::Agenda => agenda::draw(frame, app, theme, body),
        Tab::Employers => employers::draw(frame, app, theme, body),
        Tab::Overview => overview::draw(frame, app, theme, body),
        Tab::Sync => exchange::draw(frame, app, theme, body),
    }
    footer::draw_status(frame, app, theme, status);
    footer::draw_hints(frame, app, theme, hints);
    match app.keyboard_owner() {
        Layer::Help => popup::help::draw(frame, app, theme, area),
        Layer::Session(id) => popup::session::draw_session(frame, app, theme, body, id),
        Layer::ConfirmDelete(_) => popup::confirm::draw_confirm(
            frame,
            app,
            theme,
            area,
            "confirm-title",
            "confirm-delete-session",
        ),
        Layer::ConfirmDiscard => popup::confirm::draw_confirm(
            frame,
            app,
            theme,
            area,
            "confirm-discard-title",
            "confirm-discard-draft",
        ),
        Layer::ConfirmForget(_) => {
            if let Some(Popup::ConfirmForget(plan)) = app.popups.last() {
                popup::forget::draw_forget(frame, app, theme, area, plan);
            }
        }
        Layer::ImportPreview => {
            if let Some(Popup::ImportPreview(preview)) = app.popups.last() {
                popup::import_preview::draw_preview(frame, app, theme, area, preview);
            }
        }
        Layer::Palette => popup::palette::draw_palette(frame, app, theme, area),
        Layer::Form | Layer::Filter | Layer::Tab(_) => {}
    }
}

/// How far the open form's privacy warning can scroll on a screen of `size` (0 without one).
pub fn warning_scroll_limit(app: &App, size: Rect) -> usize {
    let [_, body, _, _] = screen_areas(size);
    app.form
        .as_ref()
        .map_or(0, |open| form::warning_scroll_limit(app, open, body))
}

/// The screen from top to bottom: tabs, the tab's body, the status line and the hint bar.
fn screen_areas(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(10),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// The first start's screen: its form, and the hint bar.
fn welcome_areas(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area)
}

/// The caseload tab's panes: the list, the profile and the contacts.
fn caseload_panes(app: &App, body: Rect) -> [Rect; 3] {
    // On narrow screens the list needs half the width to show names at all.
    let coordinator = app.owner.role == crate::domain::Role::Coordinator;
    let list_share = match (body.width < 100, coordinator) {
        (true, _) => 50,
        // Room for the coach column.
        (false, true) => 55,
        (false, false) => 42,
    };
    let [list, right] =
        Layout::horizontal([Constraint::Percentage(list_share), Constraint::Fill(1)]).areas(body);
    let [profile, sessions] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(right);
    [list, profile, sessions]
}

/// The tab labels as the tab bar shows them, after the programme's name.
fn tab_labels(app: &App) -> impl Iterator<Item = (Tab, String)> + '_ {
    Tab::ALL.iter().enumerate().map(|(i, tab)| {
        (
            *tab,
            format!(" {} {} ", i + 1, app.lang.text(tab.label_id())),
        )
    })
}

const APP_LABEL: &str = " stagecoach ";

fn draw_tabs(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let mut spans = vec![Span::styled(APP_LABEL, theme.title)];
    for (tab, label) in tab_labels(app) {
        let style = if tab == app.tab {
            theme.selected
        } else {
            theme.dim
        };
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The block of a caseload pane: its border shows whether it has the keyboard.
pub(crate) fn pane_block<'a>(app: &App, theme: &Theme, pane: Pane, title: String) -> Block<'a> {
    focus_block(theme, title, app.pane_has_keyboard(pane))
}

/// A bordered block marked (▶ and a bold border) when it has the keyboard.
pub(crate) fn focus_block<'a>(theme: &Theme, title: String, focused: bool) -> Block<'a> {
    let marker = if focused { "▶ " } else { "" };
    Block::bordered()
        .title(Span::styled(format!(" {marker}{title} "), theme.title))
        .border_style(if focused {
            theme.focused_border
        } else {
            theme.border
        })
}
