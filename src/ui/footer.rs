//! The status line (data dir, role, unsent changes, transient message) and the hint bar, which
//! shows the hints of the layer with the keyboard with the keys of the live keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Theme;
use crate::app::{App, Hint, HintKey};
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
    // What waits for a person comes before who and where, so a narrow screen cuts the data
    // dir, not a warning; made-up people must never be taken for real ones.
    let mut warnings = Vec::new();
    if owner.demo {
        warnings.push(lang.text("status-demo"));
    }
    if owner.conflicts > 0 {
        warnings.push(lang.render(&Msg::new("status-conflicts").arg("count", owner.conflicts)));
    }
    // Half-filled forms wait for the user (after a restart too); the open one is not waiting.
    let open = app.form.as_ref().map(|f| f.kind.draft_key());
    let waiting = app
        .drafts
        .keys()
        .filter(|key| Some(*key) != open.as_ref())
        .count();
    if waiting > 0 {
        warnings.push(lang.render(&Msg::new("status-drafts").arg("count", waiting)));
    }
    for warning in warnings {
        spans.push(Span::styled(format!("{warning} · "), theme.warning));
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
    frame.render_widget(Line::from(spans), area);
}

/// The hint bar: what the layer with the keyboard offers (`App::hints`), with the keys of the
/// live keymap.
pub fn draw_hints(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let shown = |hints: &[Hint]| -> Vec<(String, String)> {
        hints
            .iter()
            .filter_map(|hint| match *hint {
                Hint::Action(action) => {
                    Some((app.keymap.hint(action)?, lang.text(&action.label_id())))
                }
                Hint::Relabelled(action, label) => {
                    Some((app.keymap.hint(action)?, lang.text(label)))
                }
                Hint::Key(HintKey::Literal(key), label) => {
                    Some((key.to_string(), lang.text(label)))
                }
                Hint::Key(HintKey::Named(key), label) => Some((lang.text(key), lang.text(label))),
            })
            .collect()
    };
    let all = app.hints();
    let hints = shown(&all.hints);
    let last = shown(&all.closing);
    // Whole hints only: one cut off halfway reads as nonsense. Help (?) lists everything.
    let width_of =
        |(key, label): &(String, String)| crate::text::width(key) + crate::text::width(label) + 3;
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
