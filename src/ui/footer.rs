//! The status line (data dir, role, unsent changes, transient message) and the hint bar, which
//! is generated from the live keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Theme;
use crate::app::{Action, App};
use crate::message::Msg;

pub fn draw_status(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let owner = &app.owner;
    let mut spans = vec![Span::styled(
        lang.render(
            &Msg::new("status-line")
                .arg("name", &owner.name)
                .arg("role", lang.text(owner.role.label_id()))
                .arg("dir", &owner.data_dir)
                .arg("changes", owner.unsent_changes),
        ),
        theme.dim,
    )];
    if let Some(message) = &app.message {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(lang.render(message), theme.warning));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The actions worth a reminder on the main screen, in order.
const HINTED: [Action; 7] = [
    Action::Down,
    Action::NextPane,
    Action::Filter,
    Action::Sort,
    Action::ToggleClosed,
    Action::Help,
    Action::Quit,
];

pub fn draw_hints(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let hints: Vec<(String, String)> = if app.caseload.filtering {
        vec![
            ("Enter".into(), lang.text("hint-filter-keep")),
            ("Esc".into(), lang.text("hint-filter-clear")),
        ]
    } else {
        HINTED
            .iter()
            .filter_map(|a| Some((app.keymap.hint(*a)?, lang.text(&a.label_id()))))
            .collect()
    };
    let mut spans = Vec::new();
    for (key, label) in hints {
        spans.push(Span::styled(format!(" {key} "), theme.key));
        spans.push(Span::raw(format!("{label} ")));
    }
    frame.render_widget(Line::from(spans), area);
}
