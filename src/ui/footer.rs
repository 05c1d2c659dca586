//! The status line (data dir, role, unsent changes, transient message) and the hint bar, which
//! is generated from the live keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Theme;
use crate::app::form::Input;
use crate::app::{Action, App};
use crate::message::Msg;

pub fn draw_status(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let owner = &app.owner;
    let mut spans = Vec::new();
    // The message comes first: on a narrow screen it is what must not be cut off.
    if let Some(message) = &app.message {
        spans.push(Span::styled(
            format!("{}  ", lang.render(message)),
            theme.warning,
        ));
    }
    spans.push(Span::styled(
        lang.render(
            &Msg::new("status-line")
                .arg("name", &owner.name)
                .arg("role", lang.text(owner.role.label_id()))
                .arg("dir", &owner.data_dir)
                .arg("changes", owner.unsent_changes),
        ),
        theme.dim,
    ));
    // Open conflicts stand out: they wait for a person.
    if owner.conflicts > 0 {
        spans.push(Span::styled(
            format!(
                " · {}",
                lang.render(&Msg::new("status-conflicts").arg("count", owner.conflicts))
            ),
            theme.warning,
        ));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The actions worth a reminder on the main screen, most useful first; help and quit always
/// close the bar.
const LIST_HINTS: [Action; 5] = [
    Action::NewSession,
    Action::Filter,
    Action::NextPane,
    Action::Sort,
    Action::ToggleClosed,
];
const SESSION_HINTS: [Action; 5] = [
    Action::Open,
    Action::NewSession,
    Action::Edit,
    Action::Delete,
    Action::NextPane,
];
const ALWAYS_HINTED: [Action; 2] = [Action::Help, Action::Quit];

pub fn draw_hints(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let hinted = |actions: &[Action]| -> Vec<(String, String)> {
        actions
            .iter()
            .filter_map(|a| Some((app.keymap.hint(*a)?, lang.text(&a.label_id()))))
            .collect()
    };
    let hints: Vec<(String, String)> = if let Some(form) = app.form.as_ref() {
        let mut hints = hinted(&[Action::Save, Action::Back]);
        // On a path field Tab completes first; its hint says so instead.
        if let Some(key) = app.keymap.hint(Action::NextPane)
            && form.focused().input != Input::Path
        {
            hints.push((key, lang.text("hint-next-field")));
        }
        match form.focused().input {
            Input::Multiline => hints.extend(hinted(&[Action::OpenEditor])),
            Input::Choice(_) | Input::Scale { .. } => {
                hints.push(("← →".into(), lang.text("hint-choose")));
            }
            Input::Multi(_) => {
                hints.push(("← →".into(), lang.text("hint-move")));
                hints.push((lang.text("key-space"), lang.text("hint-tick")));
            }
            Input::Toggle => hints.push((lang.text("key-space"), lang.text("hint-toggle"))),
            Input::Path => hints.push(("Tab".into(), lang.text("hint-complete"))),
            _ => {}
        }
        if form.kind != crate::app::FormKind::Welcome {
            hints.extend(hinted(&[Action::DiscardDraft]));
        }
        hints
    } else if app.caseload.filtering {
        vec![
            ("Enter".into(), lang.text("hint-filter-keep")),
            ("Esc".into(), lang.text("hint-filter-clear")),
        ]
    } else if app.tab == crate::app::Tab::Agenda {
        hinted(&[Action::Down, Action::Open, Action::TabCaseload])
    } else if app.tab == crate::app::Tab::Employers {
        hinted(&[
            Action::Down,
            Action::NextPane,
            Action::Open,
            Action::Edit,
            Action::NewEmployer,
        ])
    } else if app.tab == crate::app::Tab::Sync {
        let mut hints = hinted(&[Action::Export, Action::Import]);
        if app.owner.conflicts > 0 {
            hints.extend(hinted(&[
                Action::Down,
                Action::KeepMine,
                Action::KeepTheirs,
            ]));
        }
        hints
    } else if app.tab != crate::app::Tab::Caseload {
        hinted(&[Action::TabCaseload])
    } else if app.focus == crate::app::Pane::Sessions {
        hinted(&SESSION_HINTS)
    } else if app.owner.role == crate::domain::Role::Coordinator {
        // Handing out caseloads is what a coordinator does most from this list.
        let mut hints = hinted(&[Action::Assign]);
        hints.extend(hinted(&LIST_HINTS));
        hints
    } else {
        hinted(&LIST_HINTS)
    };
    // In a form or the filter field, q and ? are just letters.
    let last = if app.form.is_some() || app.caseload.filtering {
        Vec::new()
    } else {
        hinted(&ALWAYS_HINTED)
    };
    // Whole hints only: one cut off halfway reads as nonsense. Help (?) lists everything.
    let width_of =
        |(key, label): &(String, String)| key.chars().count() + label.chars().count() + 3;
    let mut used: usize = last.iter().map(width_of).sum();
    let mut spans = Vec::new();
    let mut push = |(key, label): (String, String)| {
        spans.push(Span::styled(format!(" {key} "), theme.key));
        spans.push(Span::raw(format!("{label} ")));
    };
    for hint in hints {
        used += width_of(&hint);
        if used > area.width as usize {
            break;
        }
        push(hint);
    }
    last.into_iter().for_each(push);
    frame.render_widget(Line::from(spans), area);
}
